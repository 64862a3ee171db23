import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { TokenAuthority } from '../../src/session/auth.js';
import type { Scenario, WorkerCounters, WorkerDone, WorkerMessage, WorkerStart } from './protocol.js';
import { decodeHistogram, newHistogram, type Percentiles, percentilesMs } from './stats.js';

export interface BotsOptions {
  /** WebSocket URL of the server, e.g. ws://127.0.0.1:8080/ws. */
  url: string;
  count: number;
  /** Seconds to hold the bots after all are connected (the measured phase). */
  durationS: number;
  scenario: Scenario;
  /** Worker processes. Default: enough for 5,000 bots each, at least 2. */
  workers?: number;
  /** Source addresses 127.0.0.1 .. 127.0.0.N. Default 8. */
  addresses?: number;
  /** Connections per second over all workers while ramping up. Default 2000. */
  rampPerS?: number;
  /** Sign tokens locally with this secret; otherwise ask the server's dev token endpoint. */
  secret?: string;
  centre?: { lat: number; lng: number };
  areaM?: number;
  seed?: number;
  /** Called at the end of the hold, while every bot is still connected (e.g. to sample the server). */
  beforeStop?: () => void | Promise<void>;
  /** Progress lines (stderr in the CLI). */
  progress?: (line: string) => void;
}

export interface BotsResult {
  scenario: Scenario;
  count: number;
  connected: number;
  /** Connections lost during the hold. */
  disconnects: number;
  /** Connections lost (and retried by the SDK) while ramping up. */
  ramp_disconnects: number;
  errors: number;
  /** Error codes from the server and close codes (close_NNNN) seen by the bots. */
  error_codes: Record<string, number>;
  rtt_ms: Percentiles;
  rtt_samples: number;
  frames_in: number;
  frames_out: number;
  bytes_in: number;
  bytes_out: number;
  ramp_s: number;
  duration_s: number;
  workers: number;
  addresses: number;
}

/** The worker module beside this file, run with the same loader (tsx in tests, plain node from dist). */
function workerPath(): string {
  const self = fileURLToPath(import.meta.url);
  return self.replace(/runner\.(ts|js)$/, (_m, ext: string) => `worker.${ext}`);
}

async function devToken(url: string, playerId: string): Promise<string> {
  const http = url.replace(/^ws/, 'http').replace(/\/ws(\?.*)?$/, '');
  const res = await fetch(`${http}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ playerId }),
  });
  if (!res.ok)
    throw new Error(`dev token endpoint answered ${res.status}: is dev auth on? else pass --secret`);
  return ((await res.json()) as { token: string }).token;
}

async function makeTokens(opts: BotsOptions, ids: string[]): Promise<string[]> {
  if (opts.secret) {
    const auth = new TokenAuthority(opts.secret, 86_400);
    return Promise.all(ids.map((id) => auth.issue({ playerId: id })));
  }
  const out: string[] = new Array(ids.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < ids.length) {
        const i = next++;
        out[i] = await devToken(opts.url, ids[i]!);
      }
    }),
  );
  return out;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Runs N SDK bots over several worker processes and source addresses; resolves with the merged figures. */
export async function runBots(opts: BotsOptions): Promise<BotsResult> {
  const count = opts.count;
  const workers = Math.max(
    1,
    opts.workers ?? Math.min(Math.max(2, Math.ceil(count / 5000)), Math.max(2, cpus().length * 4)),
  );
  const addresses = Math.max(1, Math.min(254, opts.addresses ?? 8));
  const rampPerS = opts.rampPerS ?? 2000;
  const progress = opts.progress ?? (() => {});
  const run = randomBytes(3).toString('hex');
  const ids = Array.from({ length: count }, (_, i) => `bot-${run}-${i}`);
  const tokens = await makeTokens(opts, ids);
  const localAddresses = Array.from({ length: addresses }, (_, i) => `127.0.0.${i + 1}`);

  const children: ChildProcess[] = [];
  const progressBy = new Map<ChildProcess, { connected: number; failed: number }>();
  const done = new Map<ChildProcess, WorkerDone>();
  const exited: Promise<void>[] = [];
  for (let w = 0; w < workers; w++) {
    const child = fork(workerPath(), [], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(child);
    progressBy.set(child, { connected: 0, failed: 0 });
    child.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') progressBy.set(child, { connected: m.connected, failed: m.failed });
      else if (m.type === 'done') done.set(child, m);
    });
    exited.push(new Promise((resolve) => child.once('exit', () => resolve())));
  }
  const rampStart = Date.now();
  children.forEach((child, w) => {
    const mine = ids.flatMap((id, i) => (i % workers === w ? [{ id, token: tokens[i]! }] : []));
    const msg: WorkerStart = {
      type: 'start',
      url: opts.url,
      bots: mine,
      // Each worker cycles through every address so no address runs out of ports.
      localAddresses,
      scenario: opts.scenario,
      rampPerS: rampPerS / workers,
      centre: opts.centre ?? { lat: 35.6586, lng: 139.7454 },
      areaM: opts.areaM ?? 5000,
      seed: (opts.seed ?? 1) * 1000 + w,
    };
    child.send(msg);
  });

  // Ramp: until every bot connected or failed, or a generous deadline.
  const rampDeadline = rampStart + (count / rampPerS) * 3000 + 30_000;
  let lastLog = 0;
  for (;;) {
    const sum = [...progressBy.values()].reduce(
      (a, p) => ({ connected: a.connected + p.connected, failed: a.failed + p.failed }),
      {
        connected: 0,
        failed: 0,
      },
    );
    if (Date.now() - lastLog > 2000) {
      progress(`ramp: ${sum.connected}/${count} connected, ${sum.failed} failed`);
      lastLog = Date.now();
    }
    if (sum.connected + sum.failed >= count || Date.now() > rampDeadline) break;
    await sleep(100);
  }
  const rampS = (Date.now() - rampStart) / 1000;
  progress(`holding ${opts.durationS} s`);
  for (const c of children) c.send({ type: 'hold' });
  await sleep(opts.durationS * 1000);
  await opts.beforeStop?.();
  for (const c of children) c.send({ type: 'stop' });
  await Promise.race([Promise.all(exited), sleep(30_000)]);
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');

  const total: WorkerCounters = {
    connected: 0,
    disconnects: 0,
    rampDisconnects: 0,
    errors: 0,
    framesIn: 0,
    framesOut: 0,
    bytesIn: 0,
    bytesOut: 0,
    errorCodes: {},
  };
  const rtt = newHistogram();
  for (const d of done.values()) {
    for (const k of [
      'connected',
      'disconnects',
      'errors',
      'framesIn',
      'framesOut',
      'bytesIn',
      'bytesOut',
    ] as const) {
      total[k] += d.counters[k];
    }
    for (const [code, n] of Object.entries(d.counters.errorCodes))
      total.errorCodes[code] = (total.errorCodes[code] ?? 0) + n;
    rtt.add(decodeHistogram(d.rtt));
  }
  const missing = workers - done.size;
  if (missing > 0) {
    total.errors += missing;
    total.errorCodes.WORKER_LOST = missing;
  }
  return {
    scenario: opts.scenario,
    count,
    connected: total.connected,
    disconnects: total.disconnects,
    ramp_disconnects: total.rampDisconnects,
    errors: total.errors,
    error_codes: total.errorCodes,
    rtt_ms: percentilesMs(rtt),
    rtt_samples: rtt.totalCount,
    frames_in: total.framesIn,
    frames_out: total.framesOut,
    bytes_in: total.bytesIn,
    bytes_out: total.bytesOut,
    ramp_s: rampS,
    duration_s: opts.durationS,
    workers,
    addresses,
  };
}
