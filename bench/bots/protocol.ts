/** Messages between the bots parent process and its workers (child_process IPC). */
export type Scenario = 'idle' | 'walk';

export interface WorkerStart {
  type: 'start';
  url: string;
  /** Player ids and tokens of this worker's bots. */
  bots: { id: string; token: string }[];
  localAddresses: string[];
  scenario: Scenario;
  /** Connections per second this worker opens while ramping up. */
  rampPerS: number;
  centre: { lat: number; lng: number };
  areaM: number;
  seed: number;
}

export interface WorkerHold {
  type: 'hold';
}

export interface WorkerStop {
  type: 'stop';
}

export type ParentMessage = WorkerStart | WorkerHold | WorkerStop;

export interface WorkerCounters {
  connected: number;
  /** Connections lost while holding (the figure that must be 0). */
  disconnects: number;
  /** Connections lost while ramping up, before the hold. */
  rampDisconnects: number;
  errors: number;
  framesIn: number;
  framesOut: number;
  bytesIn: number;
  bytesOut: number;
  errorCodes: Record<string, number>;
}

export interface WorkerProgress {
  type: 'progress';
  connected: number;
  failed: number;
}

export interface WorkerDone {
  type: 'done';
  counters: WorkerCounters;
  /** HDR histogram of Ping RTT in microseconds during the hold phase, compressed base64. */
  rtt: string;
}

export type WorkerMessage = WorkerProgress | WorkerDone;
