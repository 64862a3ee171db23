import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

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
  ) {}

  static async start(flags: Record<string, string | number> = {}): Promise<ServerProcess> {
    const dataDir = mkdtempSync(join(tmpdir(), 'geoplay-bench-'));
    const self = fileURLToPath(import.meta.url);
    const cli = self.replace(/bench[/\\]serverProcess\.(ts|js)$/, (_m, ext: string) => `src/cli.${ext}`);
    const args = ['serve', '--port', '0', '--data', dataDir, '--log-level', 'info'];
    for (const [k, v] of Object.entries(flags)) args.push(`--${k}`, String(v));
    const secret = `bench-secret-${Math.random().toString(36).slice(2)}-${Date.now()}-padding`;
    const child = spawn(process.execPath, [...process.execArgv, cli, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, GEOPLAY_JWT_SECRET: secret, NODE_ENV: 'development' },
    });
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      const timer = setTimeout(() => reject(new Error('server did not start within 30 s')), 30_000);
      lines.on('line', (line) => {
        try {
          const rec = JSON.parse(line) as { msg?: string; url?: string };
          if (rec.msg === 'geoplay listening' && rec.url) {
            clearTimeout(timer);
            resolve(rec.url);
          }
        } catch {
          // not a log line
        }
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
    });
    const sp = new ServerProcess(child, url, dataDir);
    (sp as { secret: string }).secret = secret;
    return sp;
  }

  get wsUrl(): string {
    return `${this.url.replace(/^http/, 'ws')}/ws`;
  }

  /** Resident set size in kB. */
  rssKb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }

  /** User + system CPU time in seconds. */
  cpuS(): number {
    const stat = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  }

  async metrics(): Promise<string> {
    return (await fetch(`${this.url}/metrics`)).text();
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
