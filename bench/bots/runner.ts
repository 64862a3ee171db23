import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { creatures } from '../../games/creatures/index.js';
import { TokenAuthority } from '../../src/session/auth.js';
import { generateDemoPois } from '../../src/world/poiDemo.js';
import { awaitExits } from '../children.js';
import { cpuS } from '../procStats.js';
import { type AoiMiss, newAoiTally, tallyAoiSample } from './aoi.js';
import {
  emptyCounters,
  type RaidSpec,
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
  /** Raid scenario: bots per room (a party). Default 10. */
  roomSize?: number;
  /** Raid scenario: attacks per bot per second. Default 5 (the raid allows 10). */
  inputHz?: number;
  /**
   * Raid scenario: the gyms, nearest the centre first. Default: the gyms of the demo world a server
   * generates with its default demoRadiusM (4000 m) around the centre for the creatures game, whose
   * raid on the creatures schedule is open for the whole run.
   */
  gyms?: RaidSpec['gyms'];
  /**
   * Called when the ramp is over, before the hold begins (which waits for it): e.g. to sample the
   * server at the start of the hold, which an overloaded server answers late.
   */
  beforeHold?: () => void | Promise<void>;
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
  /** Raid scenario (zeros otherwise): seats taken, raid outcomes (one per room), attacks and updates per second. */
  raids_joined: number;
  raids_defeated: number;
  raids_escaped: number;
  raids_abandoned: number;
  room_inputs_per_s: number;
  room_updates_per_s: number;
  /** From sending an attack to the room update showing the bot's own attack count past it. */
  input_to_effect_ms: Percentiles;
  input_to_effect_samples: number;
  /** Room join and message refusals by code. */
  room_errors: Record<string, number>;
}

/**
 * The gyms of the demo world the server generates by default for creatures whose raid (on the
 * creatures schedule) stays open until `untilMs`, nearest the centre first.
 */
function demoGyms(centre: { lat: number; lng: number }, untilMs: number): RaidSpec['gyms'] {
  const d = (p: { lat: number; lng: number }) => Math.hypot(p.lat - centre.lat, (p.lng - centre.lng) * 0.8);
  const schedule = creatures.rooms?.raid?.placement?.schedule;
  const now = Date.now();
  return generateDemoPois({ centre, radiusM: 4000, seed: creatures.params.seed })
    .filter((p) => p.kind === 'gym' && (!schedule || (schedule(p, now)?.endsAtMs ?? 0) > untilMs))
    .sort((a, b) => d(a) - d(b))
    .map((p) => ({ id: p.id, lat: p.lat, lng: p.lng }));
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

  const centre = opts.centre ?? { lat: 35.6586, lng: 139.7454 };
  let raid: RaidSpec | undefined;
  if (opts.scenario === 'raid') {
    const roomSize = Math.max(1, opts.roomSize ?? 10);
    // Gyms whose raid stays open through the run (with a generous ramp).
    const untilMs = Date.now() + (opts.durationS + 60 + count / rampPerS) * 1000;
    const gyms = (opts.gyms ?? demoGyms(centre, untilMs)).slice(0, Math.ceil(count / roomSize));
    if (gyms.length === 0) throw new Error('the raid scenario needs gyms; none in the demo world');
    raid = { roomSize, inputHz: opts.inputHz ?? 5, gyms };
  }
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
      centre,
      areaM: opts.areaM ?? 5000,
      seed: (opts.seed ?? 1) * 1000 + w,
      modelBots,
      trackStride,
      sampleIntervalMs,
      observerStride,
      ...(raid ? { raid } : {}),
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
  // The bots' CPU: the workers and this process (relaying timed reports, tallying AOI samples).
  const selfCpuS = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  let cpuHoldS: number;
  let holdS: number;
  try {
    await opts.beforeHold?.();
    progress(`holding ${opts.durationS} s`);
    for (const c of children) if (c.connected) c.send({ type: 'hold' });
    const cpuHoldStart = children.reduce((a, c) => a + cpuS(c.pid), selfCpuS());
    const holdStart = Date.now();
    await sleep(opts.durationS * 1000);
    cpuHoldS = children.reduce((a, c) => a + cpuS(c.pid), selfCpuS()) - cpuHoldStart;
    holdS = (Date.now() - holdStart) / 1000;
    // The workers' figures end with the hold, not when stop reaches them after beforeStop.
    for (const c of children) if (c.connected) c.send({ type: 'endHold' });
    await opts.beforeStop?.();
  } finally {
    // Also when a hook threw: the workers' IPC channels would keep this process alive.
    for (const c of children) if (c.connected) c.send({ type: 'stop' });
    await awaitExits(children, exited, 60_000);
  }
  incompleteSamples += samples.size;
  samples.clear();

  const total: WorkerCounters = emptyCounters();
  const rtt = newHistogram();
  const seen = newHistogram();
  const effect = newHistogram();
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
      'raidsJoined',
      'raidsDefeated',
      'raidsEscaped',
      'raidsAbandoned',
      'roomInputs',
      'roomUpdates',
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
    effect.add(decodeHistogram(d.inputToEffect));
    addCounts(total.roomErrors, d.counters.roomErrors);
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
    timed_movers:
      opts.scenario === 'walk' || opts.scenario === 'catch' ? Math.ceil(modelBots / trackStride) : 0,
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
    raids_joined: total.raidsJoined,
    raids_defeated: total.raidsDefeated,
    raids_escaped: total.raidsEscaped,
    raids_abandoned: total.raidsAbandoned,
    room_inputs_per_s: holdS > 0 ? round(total.roomInputs / holdS, 1) : 0,
    room_updates_per_s: holdS > 0 ? round(total.roomUpdates / holdS, 1) : 0,
    input_to_effect_ms: percentilesMs(effect),
    input_to_effect_samples: effect.totalCount,
    room_errors: total.roomErrors,
  };
}
