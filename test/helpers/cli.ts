import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

/** Runs the geoplay CLI from source (through tsx) to completion. */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `geoplay serve` as a child process and resolves with its URL once it listens. */
export async function spawnServer(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; url: string; exit: Promise<number | null>; logs: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${logs.join('\n')}`)), 30_000);
    createInterface({ input: child.stderr! }).on('line', (l) => logs.push(l));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      logs.push(line);
      try {
        const rec = JSON.parse(line) as { msg?: string; url?: string };
        if (rec.msg === 'geoplay listening' && rec.url) {
          clearTimeout(timer);
          resolve(rec.url);
        }
      } catch {
        // not JSON
      }
    });
    exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${logs.join('\n')}`));
    });
  });
  return { child, url, exit, logs };
}
