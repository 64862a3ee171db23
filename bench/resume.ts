import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GeoplayClient } from '../client/client.js';
import { TokenAuthority } from '../src/session/auth.js';
import { CutProxy } from './proxy.js';
import type { FromServer, ToServer } from './resumeServer.js';

export const resumeUsage = `geoplay bench resume [--clients 1000] [--rounds 3] [--backoff-ms 10] [--push-ms 200]
    [--lost-ms 600] [--ring-frames 256] [--ring-bytes 262144] [--warmup-ms 1000]
Starts a server (own process) that sends every session one numbered frame every --push-ms; connects
the clients (SDK, this process) through a TCP proxy; then the proxy swallows server bytes for
--lost-ms (frames lost in a dying network) and cuts every connection at once. The clients
reconnect (SDK backoff with full jitter, base and cap --backoff-ms) and resume; --rounds times.
Prints one JSON line: resume_ms (cut to resumed hello and replay received; rounds after the first,
which also pays for JIT compilation) p50/p99/max, frames replayed, snapshot resumes, frames lost or
duplicated (checked against the server's seq per session at the end), and per round the phases
and the CPU time of the server and of the clients with the proxy.`;

type Msg<T extends FromServer['type']> = Extract<FromServer, { type: T }>;

/** The server child beside this file, run with the same loader (tsx, or plain node from dist). */
function serverPath(): string {
  const self = fileURLToPath(import.meta.url);
  return self.replace(/resume\.(ts|js)$/, (_m, ext: string) => `resumeServer.${ext}`);
}

class ServerChild {
  private readonly waiters: ((m: FromServer) => boolean)[] = [];
  private constructor(readonly child: ChildProcess) {
    child.on('message', (m: FromServer) => {
      const i = this.waiters.findIndex((w) => w(m));
      if (i >= 0) this.waiters.splice(i, 1);
    });
  }

  static start(): ServerChild {
    return new ServerChild(
      fork(serverPath(), [], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
  }

  send(m: ToServer): void {
    this.child.send(m);
  }

  ask<T extends FromServer['type']>(m: ToServer, type: T, timeoutMs = 30_000): Promise<Msg<T>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`bench server: no ${type} in ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push((r) => {
        if (r.type !== type) return false;
        clearTimeout(timer);
        resolve(r as Msg<T>);
        return true;
      });
      this.send(m);
    });
  }

  async exit(): Promise<void> {
    const exited = new Promise<void>((r) => this.child.once('exit', () => r()));
    this.send({ type: 'exit' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** What one bot saw, for the figures. */
interface Bot {
  id: string;
  client: GeoplayClient;
  /** Numbered frames delivered (not counting the ServerHello). */
  frames: number;
  /** After the cut: when the resumed ServerHello came, and when the last replayed frame came. */
  resumedAt: number;
  lastReplayAt: number;
  replayed: number;
  /** After the cut: when the drop was seen, the new socket dialled, and opened. */
  droppedAt: number;
  dialAt: number;
  openAt: number;
}

interface Summary {
  p50: number;
  p99: number;
  max: number;
}

interface RoundResult {
  round: number;
  cut: number;
  resumed: number;
  all_resumed: boolean;
  /** Per client: ms from the cut to the resumed ServerHello and the last replayed frame. */
  times: number[];
  phases_ms: Record<'drop_seen' | 'dial' | 'open' | 'hello', Summary>;
  server_cpu_ms: number;
  clients_and_proxy_cpu_ms: number;
  /** CPU the rest of the machine used meanwhile (other processes: the figures are not clean). */
  other_cpu_ms: number;
}

/** Busy CPU time of the whole machine so far, ms (Linux /proc/stat; 0 elsewhere). */
function machineBusyMs(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (f[3] ?? 0) + (f[4] ?? 0);
    const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
    return ((total - idle) * 1000) / 100;
  } catch {
    return 0;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const round = (x: number) => Math.round(x * 10) / 10;
const summary = (sorted: number[]): Summary => ({
  p50: round(percentile(sorted, 50)),
  p99: round(percentile(sorted, 99)),
  max: round(sorted[sorted.length - 1] ?? 0),
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(fn: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!fn()) {
    if (performance.now() > deadline) return false;
    await sleep(2);
  }
  return true;
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      clients: { type: 'string', default: '1000' },
      'backoff-ms': { type: 'string', default: '10' },
      'push-ms': { type: 'string', default: '200' },
      'lost-ms': { type: 'string', default: '600' },
      'ring-frames': { type: 'string', default: '256' },
      'ring-bytes': { type: 'string', default: '262144' },
      'warmup-ms': { type: 'string', default: '1000' },
      rounds: { type: 'string', default: '3' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${resumeUsage}\n`);
    return 0;
  }
  const out = await runResumeBench({
    clients: Number(values.clients),
    backoffMs: Number(values['backoff-ms']),
    pushMs: Number(values['push-ms']),
    lostMs: Number(values['lost-ms']),
    rounds: Number(values.rounds),
    ringFrames: Number(values['ring-frames']),
    ringBytes: Number(values['ring-bytes']),
    warmupMs: Number(values['warmup-ms']),
    log: (line) => process.stderr.write(`bench resume: ${line}\n`),
  });
  process.stdout.write(`${JSON.stringify(out)}\n`);
  return out.all_resumed && out.caught_up && out.lost === 0 && out.duplicated === 0 ? 0 : 1;
}

export interface ResumeBenchOptions {
  clients: number;
  backoffMs: number;
  pushMs: number;
  lostMs: number;
  rounds: number;
  ringFrames: number;
  ringBytes: number;
  warmupMs: number;
  log?: (line: string) => void;
}

export type ResumeBenchResult = Awaited<ReturnType<typeof runResumeBench>>;

export async function runResumeBench(o: ResumeBenchOptions) {
  const count = o.clients;
  const backoffMs = o.backoffMs;
  const pushMs = o.pushMs;
  const lostMs = o.lostMs;
  const roundCount = Math.max(1, o.rounds);
  const log = o.log ?? (() => {});
  const secret = randomBytes(32).toString('base64url');
  const server = ServerChild.start();
  let proxy: CutProxy | undefined;
  const bots: Bot[] = [];
  try {
    const { port } = await server.ask(
      {
        type: 'start',
        secret,
        replayRingFrames: o.ringFrames,
        replayRingBytes: o.ringBytes,
        resumeGraceMs: 60_000,
      },
      'ready',
    );
    proxy = await CutProxy.start({ targetPort: port });
    const url = `ws://127.0.0.1:${proxy.port}/ws`;
    const auth = new TokenAuthority(secret, 3600);
    log(`connecting ${count} clients through the proxy`);
    for (let i = 0; i < count; i += 100) {
      const batch: Promise<void>[] = [];
      for (let k = i; k < Math.min(count, i + 100); k++) {
        const id = `bot-${k}`;
        const client = new GeoplayClient(url, await auth.issue({ playerId: id }), {
          backoff: { baseMs: backoffMs, capMs: Math.max(backoffMs, 1) },
          // No clock-sync Pings beyond the SDK's burst after each hello.
          clockSyncIntervalMs: 3_600_000,
        });
        const bot: Bot = {
          id,
          client,
          frames: 0,
          resumedAt: 0,
          lastReplayAt: 0,
          replayed: 0,
          droppedAt: 0,
          dialAt: 0,
          openAt: 0,
        };
        client.on('state', (state) => {
          const now = performance.now();
          if (state === 'disconnected' && bot.droppedAt === 0) bot.droppedAt = now;
          else if (state === 'connecting' && bot.droppedAt > 0 && bot.dialAt === 0) bot.dialAt = now;
          else if (state === 'syncing' && bot.dialAt > 0 && bot.openAt === 0) bot.openAt = now;
        });
        client.on('envelope', (env) => {
          if (env.seq > 0 && env.body !== 'serverHello') bot.frames++;
          if (client.stats.replayed !== bot.replayed) {
            bot.replayed = client.stats.replayed;
            bot.lastReplayAt = performance.now();
          }
        });
        client.on('resume', () => {
          bot.resumedAt = performance.now();
        });
        bots.push(bot);
        batch.push(client.start());
      }
      await Promise.all(batch);
    }
    server.send({ type: 'push', intervalMs: pushMs });
    await sleep(o.warmupMs);
    const rounds: RoundResult[] = [];
    for (let r = 1; r <= roundCount; r++) {
      log(`round ${r}: the network dies for ${lostMs} ms, then all ${count} connections are cut`);
      for (const b of bots) {
        b.resumedAt = 0;
        b.lastReplayAt = 0;
        b.droppedAt = 0;
        b.dialAt = 0;
        b.openAt = 0;
      }
      proxy.blackhole = true;
      await sleep(lostMs);
      const before = await server.ask({ type: 'stats' }, 'stats');
      const cpuBefore = process.cpuUsage();
      const busyBefore = machineBusyMs();
      const cutAt = performance.now();
      const cut = proxy.cutAll();
      proxy.blackhole = false;
      const resumed = await waitFor(() => bots.every((b) => b.resumedAt > 0), 60_000);
      const cpuClients = process.cpuUsage(cpuBefore);
      const after = await server.ask({ type: 'stats' }, 'stats');
      const busy = machineBusyMs() - busyBefore;
      // Replays are written with the resumed hello; give the last ones time to arrive.
      await sleep(200);
      const since = (f: (b: Bot) => number) =>
        bots
          .filter((b) => f(b) > 0)
          .map((b) => f(b) - cutAt)
          .sort((a, b) => a - b);
      rounds.push({
        round: r,
        cut,
        resumed: bots.filter((b) => b.resumedAt > 0).length,
        all_resumed: resumed,
        times: since((b) => (b.resumedAt > 0 ? Math.max(b.resumedAt, b.lastReplayAt) : 0)),
        phases_ms: {
          drop_seen: summary(since((b) => b.droppedAt)),
          dial: summary(since((b) => b.dialAt)),
          open: summary(since((b) => b.openAt)),
          hello: summary(since((b) => b.resumedAt)),
        },
        server_cpu_ms: after.cpuMs - before.cpuMs,
        clients_and_proxy_cpu_ms: Math.round((cpuClients.user + cpuClients.system) / 1000),
        other_cpu_ms: 0,
      });
      const last = rounds[rounds.length - 1]!;
      last.other_cpu_ms = Math.max(0, Math.round(busy - last.server_cpu_ms - last.clients_and_proxy_cpu_ms));
      await sleep(300);
    }
    const stats = await server.ask({ type: 'stats' }, 'stats');
    const { outSeq } = await server.ask({ type: 'stop-push' }, 'stopped');
    const caughtUp = await waitFor(() => bots.every((b) => b.client.lastSeq >= (outSeq[b.id] ?? 0)), 10_000);
    let lost = 0;
    let skipped = 0;
    let duplicated = 0;
    let replayed = 0;
    let snapshots = 0;
    let gaps = 0;
    for (const b of bots) {
      // Every seq after the hello (seq 1), each once: frames delivered must be outSeq - 1, except
      // after a snapshot resume, where the server said the missed frames are gone (skipped).
      const missing = Math.max(0, (outSeq[b.id] ?? 0) - 1 - b.frames);
      if (b.client.stats.snapshots > 0) skipped += missing;
      else lost += missing;
      duplicated += b.client.stats.duplicates + Math.max(0, b.frames - ((outSeq[b.id] ?? 0) - 1));
      replayed += b.client.stats.replayed;
      snapshots += b.client.stats.snapshots;
      gaps += b.client.stats.gaps;
    }
    // The headline: every resume of the warm rounds (round 1 also pays for JIT compilation).
    const warm = rounds.length > 1 ? rounds.slice(1) : rounds;
    const pooled = warm.flatMap((r) => r.times).sort((a, b) => a - b);
    const out = {
      bench: 'resume',
      clients: count,
      resume_ms: summary(pooled),
      replayed,
      snapshots,
      lost,
      skipped_after_snapshot: skipped,
      duplicated,
      gaps,
      all_resumed: rounds.every((r) => r.all_resumed),
      caught_up: caughtUp,
      rounds: rounds.map(({ times, ...r }) => ({ ...r, resume_ms: summary(times) })),
      server_resumes: stats.resumes,
      backoff_ms: backoffMs,
      push_ms: pushMs,
      lost_ms: lostMs,
      cpus: cpus().length,
      cpu_model: cpus()[0]?.model ?? '',
      node: process.version,
    };
    return out;
  } finally {
    for (const b of bots) b.client.close();
    await proxy?.close();
    await server.exit();
  }
}
