import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { cpuS, rssKb } from './procStats.js';

/**
 * `geoplay serve` in a child process for benchmarks: the server gets its own process (and its
 * own file descriptor budget), and its CPU and RSS are read from /proc.
 */
export class ServerProcess {
  readonly secret = `bench-secret-${Math.random().toString(36).slice(2)}-${Date.now()}-padding`;
  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
    readonly dataDir: string,
    /** Where /metrics is scraped: the server's ops listener, whose accept queue players do not fill. */
    readonly opsUrl: string,
  ) {}

  private inspectPort = 0;

  static async start(flags: Record<string, string | number> = {}): Promise<ServerProcess> {
    const dataDir = mkdtempSync(join(tmpdir(), 'geoplay-bench-'));
    const self = fileURLToPath(import.meta.url);
    const cli = self.replace(/bench[/\\]serverProcess\.(ts|js)$/, (_m, ext: string) => `src/cli.${ext}`);
    const args = ['serve', '--port', '0', '--ops-port', '0', '--data', dataDir, '--log-level', 'info'];
    for (const [k, v] of Object.entries(flags)) args.push(`--${k}`, String(v));
    const secret = `bench-secret-${Math.random().toString(36).slice(2)}-${Date.now()}-padding`;
    // The inspector stays closed until SIGUSR1; gc() opens it to ask V8 for a full collection.
    const inspectPort = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(
      process.execPath,
      [...process.execArgv, `--inspect-port=127.0.0.1:${inspectPort}`, cli, ...args],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, GEOPLAY_JWT_SECRET: secret, NODE_ENV: 'development' },
      },
    );
    const urls = await new Promise<{ url: string; opsUrl: string }>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      const timer = setTimeout(() => reject(new Error('server did not start within 30 s')), 30_000);
      lines.on('line', (line) => {
        try {
          const rec = JSON.parse(line) as { msg?: string; url?: string; opsUrl?: string };
          if (rec.msg === 'geoplay listening' && rec.url) {
            clearTimeout(timer);
            resolve({ url: rec.url, opsUrl: rec.opsUrl ?? rec.url });
          }
        } catch {
          // not a log line
        }
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
    });
    const sp = new ServerProcess(child, urls.url, dataDir, urls.opsUrl);
    (sp as { secret: string }).secret = secret;
    sp.inspectPort = inspectPort;
    return sp;
  }

  get wsUrl(): string {
    return `${this.url.replace(/^http/, 'ws')}/ws`;
  }

  /** Resident set size in kB. */
  rssKb(): number {
    return rssKb(this.child.pid);
  }

  /** User + system CPU time in seconds. */
  cpuS(): number {
    return cpuS(this.child.pid);
  }

  /**
   * A full garbage collection in the server, through the inspector protocol (SIGUSR1 opens it),
   * so memory per connection can be read without the garbage of the ramp-up.
   */
  async gc(): Promise<void> {
    this.child.kill('SIGUSR1');
    let target: string | undefined;
    for (let i = 0; i < 50 && !target; i++) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        const list = (await (await fetch(`http://127.0.0.1:${this.inspectPort}/json/list`)).json()) as {
          webSocketDebuggerUrl: string;
        }[];
        target = list[0]?.webSocketDebuggerUrl;
      } catch {
        // not open yet
      }
    }
    if (!target) throw new Error('inspector did not open');
    const ws = new WebSocket(target);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => ws.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' })));
      ws.on('message', (data) => {
        if ((JSON.parse(String(data)) as { id?: number }).id === 1) resolve();
      });
      ws.once('error', reject);
    });
    ws.close();
  }

  /**
   * The server's /metrics text. Retried: a server busy with thousands of sockets has been seen to
   * reset the scrape's connection (ECONNRESET), which would lose the whole run's figures.
   */
  async metrics(): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await (await fetch(`${this.opsUrl}/metrics`)).text();
      } catch (err) {
        if (attempt >= 5) throw err;
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
  }

  /** SIGTERM (drain) and wait for the exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((r) => this.child.once('exit', (code) => r(code)));
    this.child.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise<null>((r) => setTimeout(() => r(null), 30_000))]);
    if (code === null) this.child.kill('SIGKILL');
    rmSync(this.dataDir, { recursive: true, force: true });
    return code;
  }
}
