import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { TokenAuthority } from '../../src/session/auth.js';
import { type AoiMiss, newAoiTally, tallyAoiSample } from './aoi.js';
import {
  emptyCounters,
  type Scenario,
  type WorkerCounters,
  type WorkerDone,
  type WorkerMessage,
  type WorkerSample,
  type WorkerStart,
} from './protocol.js';
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
  /** Side of the square the bots walk in, metres. Default 5000. */
  areaM?: number;
  seed?: number;
  /** Timed movers (report-to-seen latency): about this many bots, evenly spread. Default 500. */
  timedMovers?: number;
  /** Period of the AOI samples, ms. Default 5000. */
  sampleIntervalMs?: number;
  /** Observers whose world model is compared per AOI sample (rotating). Default 1000. */
  observersPerSample?: number;
  /**
   * Walk scenario: bots whose SDK client keeps a world model, evenly spread (the observers and
   * the timed movers are among them); the others read only their own entity from each delta's
   * bytes (bench/bots/lightDelta.ts). Default: all.
   */
  modelBots?: number;
  /** The server's AOI radius, metres. Default 300. */
  aoiRadiusM?: number;
  /**
   * Scheduling niceness of the worker processes (0..19): above 0 the server, when it shares the
   * machine with the bots, gets the CPU first. Default 0.
   */
  nice?: number;
  /** Margin for entities whose own view lags the observer's (see bench/bots/aoi.ts). Default 20. */
  aoiLagToleranceM?: number;
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
  /** Sockets closed before their session was established (upgrade refused or timed out; retried). */
  connect_failures: number;
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
  /** Bytes received per connected bot per second of the hold. */
  bytes_in_per_client_per_s: number;
  /** Location reports sent per second during the hold. */
  reports_per_s: number;
  /** From a timed mover's report (send time) to another bot's world model showing that position. */
  move_to_seen_ms: Percentiles;
  move_to_seen_samples: number;
  /** Observed moves of timed movers that matched no timed report (see docs/BENCHMARKS.md). */
  move_to_seen_unmatched: number;
  /** Fraction of the timed movers' own seen positions that the pipeline replica predicted (1 = exact). */
  move_to_seen_self_match: number | null;
  timed_movers: number;
  /** Bots whose SDK client kept a world model (the rest were light bots). */
  model_bots: number;
  /** Fraction of (observer, bot within the AOI radius) pairs visible; null without pairs. */
  aoi_recall: number | null;
  aoi_pairs: number;
  aoi_pairs_lagged: number;
  aoi_misses: number;
  aoi_samples: number;
  aoi_observations: number;
  /** Bots visible / bots within the AOI radius; null without any within. */
  overfetch: number | null;
  /** Action results by code (OK when accepted). */
  actions: Record<string, number>;
  actions_by_kind: Record<string, Record<string, number>>;
  caught: number;
  /** Worst worker event-loop delay during the hold (a busy bot process inflates the latencies). */
  bots_loop_delay_ms: { p99: number; max: number };
  /** CPU of the bot workers and the parent during the hold, percent of one core (Linux). */
  bots_cpu_pct: number;
}

/** User + system CPU seconds of a process from /proc (0 when unavailable). */
function cpuS(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
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
  const idPrefix = `bot-${run}-`;
  const ids = Array.from({ length: count }, (_, i) => `${idPrefix}${i}`);
  const tokens = await makeTokens(opts, ids);
  const localAddresses = Array.from({ length: addresses }, (_, i) => `127.0.0.${i + 1}`);
  const modelBots = opts.scenario === 'walk' ? Math.min(count, Math.max(1, opts.modelBots ?? count)) : count;
  // Timed movers and observers keep a world model: strides over the ranks of those bots.
  const trackStride = Math.max(1, Math.ceil(modelBots / Math.max(1, opts.timedMovers ?? 500)));
  const observerStride = Math.max(1, Math.ceil(modelBots / Math.max(1, opts.observersPerSample ?? 1000)));
  const sampleIntervalMs = opts.sampleIntervalMs ?? 5000;
  const aoiRadiusM = opts.aoiRadiusM ?? 300;
  const aoiLagToleranceM = opts.aoiLagToleranceM ?? 20;

  const children: ChildProcess[] = [];
  const progressBy = new Map<ChildProcess, { connected: number; failed: number }>();
  const done = new Map<ChildProcess, WorkerDone>();
  const exited: Promise<void>[] = [];
  const samples = new Map<number, WorkerSample[]>();
  const aoi = newAoiTally();
  let incompleteSamples = 0;
  for (let w = 0; w < workers; w++) {
    const child = fork(workerPath(), [], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    children.push(child);
    if (opts.nice && child.pid !== undefined) setPriority(child.pid, Math.min(19, Math.max(0, opts.nice)));
    progressBy.set(child, { connected: 0, failed: 0 });
    child.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') progressBy.set(child, { connected: m.connected, failed: m.failed });
      else if (m.type === 'done') done.set(child, m);
      else if (m.type === 'records') {
        // Every other worker's observers match against the timed reports of this one's movers.
        for (const other of children) {
          if (other !== child && other.connected) other.send(m, (err) => void err);
        }
      } else if (m.type === 'sample') {
        const parts = samples.get(m.k) ?? [];
        parts.push(m);
        samples.set(m.k, parts);
        if (parts.length === workers) {
          tallyAoiSample(parts, aoiRadiusM, aoiLagToleranceM, aoi);
          samples.delete(m.k);
        }
      }
    });
    exited.push(new Promise((resolve) => child.once('exit', () => resolve())));
  }
  const rampStart = Date.now();
  children.forEach((child, w) => {
    const mine = ids.flatMap((_id, i) => (i % workers === w ? [{ index: i, token: tokens[i]! }] : []));
    const msg: WorkerStart = {
      type: 'start',
      url: opts.url,
      bots: mine,
      idPrefix,
      count,
      // Each worker cycles through every address so no address runs out of ports.
      localAddresses,
      scenario: opts.scenario,
      rampPerS: rampPerS / workers,
      centre: opts.centre ?? { lat: 35.6586, lng: 139.7454 },
      areaM: opts.areaM ?? 5000,
      seed: (opts.seed ?? 1) * 1000 + w,
      modelBots,
      trackStride,
      sampleIntervalMs,
      observerStride,
    };
    child.send(msg);
  });

  // Ramp: until every bot connected or failed, or a generous deadline.
  const rampDeadline = rampStart + (count / rampPerS) * 3000 + 30_000;
  let lastLog = 0;
  for (;;) {
    const sum = [...progressBy.values()].reduce(
      (a, p) => ({
        connected: a.connected + p.connected,
        failed: a.failed + p.failed,
      }),
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
  // The bots' CPU: the workers and this process (relaying timed reports, tallying AOI samples).
  const selfCpuS = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const cpuHoldStart = children.reduce((a, c) => a + cpuS(c.pid), selfCpuS());
  const holdStart = Date.now();
  await sleep(opts.durationS * 1000);
  const cpuHoldS = children.reduce((a, c) => a + cpuS(c.pid), selfCpuS()) - cpuHoldStart;
  const holdS = (Date.now() - holdStart) / 1000;
  await opts.beforeStop?.();
  for (const c of children) c.send({ type: 'stop' });
  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.all(exited),
    new Promise<void>((r) => {
      waitTimer = setTimeout(r, 60_000);
    }),
  ]);
  clearTimeout(waitTimer);
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  incompleteSamples += samples.size;
  samples.clear();

  const total: WorkerCounters = emptyCounters();
  const rtt = newHistogram();
  const seen = newHistogram();
  let loopP99 = 0;
  let loopMax = 0;
  for (const d of done.values()) {
    for (const k of [
      'connected',
      'disconnects',
      'rampDisconnects',
      'connectFailures',
      'errors',
      'framesIn',
      'framesOut',
      'bytesIn',
      'bytesOut',
      'holdBytesIn',
      'caught',
      'reports',
      'seenMatched',
      'seenUnmatched',
      'selfMatched',
      'selfUnmatched',
    ] as const) {
      total[k] += d.counters[k];
    }
    addCounts(total.errorCodes, d.counters.errorCodes);
    addCounts(total.actions, d.counters.actions);
    for (const [kind, codes] of Object.entries(d.counters.actionsByKind)) {
      const into = total.actionsByKind[kind] ?? {};
      total.actionsByKind[kind] = into;
      addCounts(into, codes);
    }
    rtt.add(decodeHistogram(d.rtt));
    seen.add(decodeHistogram(d.moveToSeen));
    loopP99 = Math.max(loopP99, d.loopDelayMs.p99);
    loopMax = Math.max(loopMax, d.loopDelayMs.max);
  }
  const missing = workers - done.size;
  if (missing > 0) {
    total.errors += missing;
    total.errorCodes.WORKER_LOST = missing;
  }
  if (aoi.missCount > 0) {
    const shown = aoi.misses.slice(0, 5).map((m: AoiMiss) => JSON.stringify(m));
    progress(`aoi: ${aoi.missCount} of ${aoi.pairs} pairs missed, e.g. ${shown.join(' ')}`);
  }
  if (incompleteSamples > 0)
    progress(`aoi: ${incompleteSamples} samples incomplete (not all workers), left out`);
  const selfTotal = total.selfMatched + total.selfUnmatched;
  return {
    scenario: opts.scenario,
    count,
    connected: total.connected,
    disconnects: total.disconnects,
    ramp_disconnects: total.rampDisconnects,
    connect_failures: total.connectFailures,
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
    bytes_in_per_client_per_s:
      total.connected > 0 && holdS > 0 ? Math.round(total.holdBytesIn / total.connected / holdS) : 0,
    reports_per_s: holdS > 0 ? round(total.reports / holdS, 1) : 0,
    move_to_seen_ms: percentilesMs(seen),
    move_to_seen_samples: seen.totalCount,
    move_to_seen_unmatched: total.seenUnmatched,
    move_to_seen_self_match: selfTotal > 0 ? round(total.selfMatched / selfTotal, 4) : null,
    timed_movers: opts.scenario === 'idle' ? 0 : Math.ceil(modelBots / trackStride),
    model_bots: modelBots,
    aoi_recall: aoi.pairs > 0 ? round(aoi.recalled / aoi.pairs, 6) : null,
    aoi_pairs: aoi.pairs,
    aoi_pairs_lagged: aoi.pairsLagged,
    aoi_misses: aoi.missCount,
    aoi_samples: aoi.samples,
    aoi_observations: aoi.observations,
    overfetch: aoi.inCircle > 0 ? round(aoi.visible / aoi.inCircle, 3) : null,
    actions: total.actions,
    actions_by_kind: total.actionsByKind,
    caught: total.caught,
    bots_loop_delay_ms: { p99: loopP99, max: loopMax },
    bots_cpu_pct: holdS > 0 ? round((cpuHoldS / holdS) * 100, 1) : 0,
  };
}
