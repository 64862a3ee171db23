/**
 * Messages between the bots parent process and its workers (child_process IPC with the 'advanced'
 * serialization, so typed arrays cross as binary).
 */
export type Scenario = 'idle' | 'walk' | 'catch' | 'raid';

export const SCENARIOS: readonly Scenario[] = ['idle', 'walk', 'catch', 'raid'];

/** The raid scenario: bot i belongs to group floor(i / roomSize), which raids at gyms[group]. */
export interface RaidSpec {
  roomSize: number;
  /** Attacks per bot per second while its raid runs. */
  inputHz: number;
  gyms: { id: string; lat: number; lng: number }[];
}

export interface WorkerStart {
  type: 'start';
  url: string;
  /** This worker's bots: global index (the player id is `${idPrefix}${index}`) and token. */
  bots: { index: number; token: string }[];
  /** Player ids of the run are `${idPrefix}0` .. `${idPrefix}${count - 1}`. */
  idPrefix: string;
  count: number;
  localAddresses: string[];
  scenario: Scenario;
  /** Connections per second this worker opens while ramping up. */
  rampPerS: number;
  centre: { lat: number; lng: number };
  areaM: number;
  seed: number;
  /**
   * Bots that keep a world model in their SDK client: bot i when (i * modelBots) % count <
   * modelBots (exactly modelBots of them, evenly spread), its rank among them floor(i * modelBots /
   * count). The others are light bots (bench/bots/lightDelta.ts). All of them unless walking.
   */
  modelBots: number;
  /** Bots with a world model whose rank is a multiple of this are timed movers (report-to-seen latency). */
  trackStride: number;
  /** Wall-clock period of the AOI samples, ms (samples at multiples of it since the epoch). */
  sampleIntervalMs: number;
  /** Sample k takes the visible sets of the bots with a world model whose rank % observerStride == k % observerStride. */
  observerStride: number;
  raid?: RaidSpec;
}

export interface WorkerHold {
  type: 'hold';
}

/**
 * The hold is over: counters, histograms and samples stop here, before the parent reads the
 * server's metrics (which an overloaded server may answer tens of seconds late) and sends stop.
 */
export interface WorkerEndHold {
  type: 'endHold';
}

export interface WorkerStop {
  type: 'stop';
}

/**
 * Timed reports: for each report of a timed mover that the server will apply, the E7 position the
 * server's location pipeline makes of it (computed by a replica of the pipeline in the mover's
 * worker) and the time it was sent. Flat: [index, latE7, lngE7, sentAtMs] repeated.
 */
export interface ReportRecords {
  type: 'records';
  data: Float64Array;
}

export type ParentMessage = WorkerStart | WorkerHold | WorkerEndHold | WorkerStop | ReportRecords;

export interface WorkerCounters {
  connected: number;
  /** Connections lost while holding (the figure that must be 0). */
  disconnects: number;
  /** Connections lost while ramping up, before the hold. */
  rampDisconnects: number;
  /** Sockets that closed before their session was established (retried by the SDK). */
  connectFailures: number;
  errors: number;
  framesIn: number;
  framesOut: number;
  bytesIn: number;
  bytesOut: number;
  /** Bytes received by the bots between the hold and the stop. */
  holdBytesIn: number;
  errorCodes: Record<string, number>;
  /** Action results by code (OK when accepted), including SDK failures (TIMEOUT, NOT_CONNECTED). */
  actions: Record<string, number>;
  /** The same per action kind. */
  actionsByKind: Record<string, Record<string, number>>;
  /** Catches that caught the creature (accepted with caught: true). */
  caught: number;
  /** Location reports sent during the hold. */
  reports: number;
  /** Observed moves of timed movers that matched a timed report. */
  seenMatched: number;
  /** Observed moves of timed movers that matched no timed report within 5 s. */
  seenUnmatched: number;
  /** A timed mover's view of its own entity: positions matched / not matched to its predictions. */
  selfMatched: number;
  selfUnmatched: number;
  /** Raid scenario: seats taken, raids ended (counted once per room, by the first bot of its group). */
  raidsJoined: number;
  raidsDefeated: number;
  raidsEscaped: number;
  raidsAbandoned: number;
  /** Attacks sent while holding, and room updates (and snapshots) received while holding. */
  roomInputs: number;
  roomUpdates: number;
  /** Join refusals and message refusals, by code. */
  roomErrors: Record<string, number>;
}

export interface WorkerProgress {
  type: 'progress';
  connected: number;
  failed: number;
}

/**
 * One AOI sample of one worker. For every bot whose own entity is in its world model: its index,
 * the tick of the last WorldDelta it applied, and its own recent positions as it saw them
 * (tick, latE7, lngE7; oldest first). For the sampled observers: the indexes of the run's players
 * in their world model.
 */
export interface WorkerSample {
  type: 'sample';
  k: number;
  idx: Int32Array;
  tick: Int32Array;
  /** Positions of bot i are hist*[histStart[i] .. histStart[i + 1]). */
  histStart: Int32Array;
  histTick: Int32Array;
  histLat: Int32Array;
  histLng: Int32Array;
  /** Sampled observers (indexes), their view tick, and what they see: vis[visStart[j] .. visStart[j + 1]). */
  obsIdx: Int32Array;
  obsTick: Int32Array;
  visStart: Int32Array;
  vis: Int32Array;
}

export interface WorkerDone {
  type: 'done';
  counters: WorkerCounters;
  /** HDR histogram of Ping RTT in microseconds during the hold phase, compressed base64. */
  rtt: string;
  /** HDR histogram of report-to-seen latency in microseconds during the hold, compressed base64. */
  moveToSeen: string;
  /** Raid: HDR histogram of input-to-own-effect latency in microseconds during the hold. */
  inputToEffect: string;
  /** This worker's event-loop delay during the hold, ms (perf_hooks.monitorEventLoopDelay). */
  loopDelayMs: { p50: number; p99: number; max: number };
}

export type WorkerMessage = WorkerProgress | WorkerDone | ReportRecords | WorkerSample;

/** All counters at zero: a worker's start, and the parent's sum over workers. */
export function emptyCounters(): WorkerCounters {
  return {
    connected: 0,
    disconnects: 0,
    rampDisconnects: 0,
    connectFailures: 0,
    errors: 0,
    framesIn: 0,
    framesOut: 0,
    bytesIn: 0,
    bytesOut: 0,
    holdBytesIn: 0,
    errorCodes: {},
    actions: {},
    actionsByKind: {},
    caught: 0,
    reports: 0,
    seenMatched: 0,
    seenUnmatched: 0,
    selfMatched: 0,
    selfUnmatched: 0,
    raidsJoined: 0,
    raidsDefeated: 0,
    raidsEscaped: 0,
    raidsAbandoned: 0,
    roomInputs: 0,
    roomUpdates: 0,
    roomErrors: {},
  };
}

/** Rank of bot `index` among the bots with a world model, or -1 for a light bot (see WorkerStart). */
export function modelRank(index: number, count: number, modelBots: number): number {
  if (modelBots >= count) return index;
  return (index * modelBots) % count < modelBots ? Math.floor((index * modelBots) / count) : -1;
}
