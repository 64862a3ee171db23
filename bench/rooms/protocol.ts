/** Messages between the rooms benchmark parent and its worker processes (child_process IPC). */

export interface RoomsWorkerStart {
  type: 'start';
  /** File URL of the target's client module (exports `connect`). */
  clientModule: string;
  url: string;
  /** Global indices of this worker's clients; client i is in room floor(i / roomSize). */
  clients: number[];
  roomSize: number;
  inputHz: number;
  localAddresses: string[];
  /** Joins per second this worker starts while ramping up. */
  rampPerS: number;
  /** Joins of this worker in progress at most: a slow server is not sent more than it can take. */
  maxPendingJoins: number;
  /** A join that has not completed after this long counts as failed. */
  joinTimeoutMs: number;
}

export interface RoomsWorkerHold {
  type: 'hold';
}

export interface RoomsWorkerStop {
  type: 'stop';
}

export type RoomsParentMessage = RoomsWorkerStart | RoomsWorkerHold | RoomsWorkerStop;

export interface RoomsCounters {
  /** Clients joined (at the stop: still joined). */
  joined: number;
  joinFailures: number;
  /** Joins neither done nor failed at the stop (still in progress, or never started: ramp deadline). */
  joinsUnfinished: number;
  /** Connections lost during the hold (the figure that must be 0). */
  disconnects: number;
  /** Connections lost before the hold. */
  rampDisconnects: number;
  errors: number;
  /** Error and close codes seen by the clients, joins failed included. */
  errorCodes: Record<string, number>;
  /** Inputs sent during the hold. */
  inputs: number;
  /** Inputs the client could not send (socket not open) during the hold. */
  inputsUnsent: number;
  /** Room updates received during the hold. */
  updates: number;
  /** Updates during the hold that showed this client's own state. */
  ownUpdates: number;
  /** Inputs sent during the hold whose effect had not been seen at the stop (in flight, or lost). */
  inputsUnseen: number;
  /** Own state in an update that disagrees with the inputs sent (value != last input id). */
  stateMismatches: number;
  /** Own last input id going backwards or beyond what was sent. */
  orderErrors: number;
}

export function emptyRoomsCounters(): RoomsCounters {
  return {
    joined: 0,
    joinFailures: 0,
    joinsUnfinished: 0,
    disconnects: 0,
    rampDisconnects: 0,
    errors: 0,
    errorCodes: {},
    inputs: 0,
    inputsUnsent: 0,
    updates: 0,
    ownUpdates: 0,
    inputsUnseen: 0,
    stateMismatches: 0,
    orderErrors: 0,
  };
}

export interface RoomsWorkerProgress {
  type: 'progress';
  joined: number;
  failed: number;
}

export interface RoomsWorkerDone {
  type: 'done';
  counters: RoomsCounters;
  /** Input-to-own-effect latency in µs, hdr-histogram compressed base64 (bench/bots/stats.ts). */
  latency: string;
  /** This worker's event-loop delay during the hold, ms (a busy worker inflates the latencies). */
  loopDelayMs: { p99: number; max: number };
}

export interface RoomsWorkerFailed {
  type: 'failed';
  message: string;
}

export type RoomsWorkerMessage = RoomsWorkerProgress | RoomsWorkerDone | RoomsWorkerFailed;
