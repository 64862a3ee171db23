import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RoomsTarget, ServerOptions, TargetServer } from './target.js';

/** bench/peers/, from the sources (tsx) or from the build (dist/bench/rooms/, .mjs files are not copied). */
export function peersDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'peers'), join(here, '..', '..', '..', 'bench', 'peers')];
  return candidates.find((d) => existsSync(join(d, 'README.md'))) ?? candidates[0]!;
}

/**
 * Starts `node bench/peers/<name>/server.mjs` (contract in bench/peers/README.md) and resolves once
 * it listens. Its stdin is a pipe from this process: if the harness dies, the peer exits too.
 */
export function startPeer(name: string, opts: ServerOptions): Promise<TargetServer> {
  const script = join(peersDir(), name, 'server.mjs');
  return startListening(name, [
    script,
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--room-size',
    String(opts.roomSize),
    '--tick-hz',
    String(opts.tickHz),
  ]);
}

/**
 * Runs `node <args>` for a server that follows the peer contract of bench/peers/README.md (one
 * `{"listening":PORT}` line on stdout, stops on SIGTERM or when its stdin closes) and resolves once
 * it listens, with `ws://127.0.0.1:PORT` + `path` as the clients' url.
 */
export async function startListening(
  name: string,
  args: string[],
  extra: { env?: NodeJS.ProcessEnv; path?: string } = {},
): Promise<TargetServer> {
  const child = spawn(process.execPath, args, {
    stdio: ['pipe', 'pipe', 'inherit'],
    ...(extra.env ? { env: extra.env } : {}),
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} peer did not listen within 30 s`)), 30_000);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        try {
          const rec = JSON.parse(line) as { listening?: unknown };
          if (typeof rec.listening === 'number') {
            clearTimeout(timer);
            resolve(rec.listening);
          }
        } catch {
          // not our line
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} peer exited with ${code} before listening`));
      });
    });
    if (child.pid === undefined) throw new Error(`${name} peer has no pid`);
    const pid = child.pid;
    return {
      url: `ws://127.0.0.1:${port}${extra.path ?? ''}`,
      pid,
      stop: async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        let timer: ReturnType<typeof setTimeout> | undefined;
        const killed = new Promise<void>((resolve) => {
          timer = setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
          }, 5000);
        });
        await Promise.race([exited, killed]);
        clearTimeout(timer);
        await exited;
      },
    };
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
}

/** A target whose server and client are a peer of bench/peers/. */
export function peerTarget(name: string, unavailable: () => string | undefined): RoomsTarget {
  return {
    name,
    unavailable,
    start: (opts) => startPeer(name, opts),
    get clientModule() {
      return pathToFileURL(join(peersDir(), name, 'client.mjs')).href;
    },
  };
}
