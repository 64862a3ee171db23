import { type ChildProcess, fork } from 'node:child_process';
import { cpus, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { awaitExits } from '../children.js';
import { decodeHistogram, newHistogram, type Percentiles, percentilesMs } from '../bots/stats.js';
import { cpuS, cpuSplitS, loadAvg, machineBusyS, rssKb } from '../procStats.js';
import {
  emptyRoomsCounters,
  type RoomsCounters,
  type RoomsParentMessage,
  type RoomsWorkerDone,
  type RoomsWorkerMessage,
} from './protocol.js';
import type { RoomsTarget, TargetServer } from './target.js';

export interface RoomsOptions {
  target: RoomsTarget;
  clients: number;
  roomSize: number;
  /** Inputs per second per client. */
  inputHz: number;
  /** Room updates per second (the server's room tick). Default 20. */
  tickHz?: number;
  /** Seconds measured, after every client joined and the warm-up. */
  durationS: number;
  /** Seconds between the last join and the measurement. Default 2. */
  warmupS?: number;
  /** Worker processes. Default: one per 5,000 clients, at least 2. */
  workers?: number;
  /** Source addresses 127.0.0.1 .. 127.0.0.N. Default 8. */
  addresses?: number;
  /** Joins per second over all workers. Default 500. */
  rampPerS?: number;
  /** Joins in progress at most, over all workers. Default 100. */
  joinConcurrency?: number;
  /** Default 30,000. */
  joinTimeoutMs?: number;
  /**
   * Scheduling niceness of the worker processes (0..19): above 0 the server, sharing the machine
   * with the clients, gets the CPU first. Default 0.
   */
  nice?: number;
  progress?: (line: string) => void;
}

export interface RoomsResult {
  bench: 'rooms';
  target: string;
  clients: number;
  room_size: number;
  rooms: number;
  input_hz: number;
  tick_hz: number;
  duration_s: number;
  /** Clients still joined at the end of the measurement. */
  joined: number;
  /** Room update frames received by the clients per second. */
  updates_per_s: number;
  /** Inputs sent by the clients per second. */
  inputs_per_s: number;
  /** Inputs sent during the measurement: each one is either in latency_samples or in inputs_unseen. */
  inputs_sent: number;
  /** From sending an input to receiving the first room update that shows it applied. */
  latency_ms: Percentiles;
  latency_samples: number;
  /** Inputs of the measurement whose effect had not arrived at its end (in flight, or lost). */
  inputs_unseen: number;
  /** Every failure but disconnects: joins failed or unfinished, server errors, wrong state, workers lost. */
  errors: number;
  /** Connections lost during the measurement. */
  disconnects: number;
  /** Connections lost after joining but before the measurement. */
  ramp_disconnects: number;
  join_failures: number;
  /** Joins neither done nor failed when the measurement ended (the ramp's deadline passed first). */
  joins_unfinished: number;
  error_codes: Record<string, number>;
  /** The server process, percent of one core, during the measurement. */
  server_cpu_pct: number;
  server_cpu_user_pct: number;
  server_cpu_sys_pct: number;
  /** The server's resident memory at the end of the measurement. */
  server_rss_mb: number;
  /** Stopped when the run returns; to find its profile after `node --cpu-prof` runs of a peer. */
  server_pid: number;
  ramp_s: number;
  workers: number;
  bots_nice: number;
  /** CPU of the worker processes and this one during the measurement, percent of one core. */
  bots_cpu_pct: number;
  /** Worst worker event-loop delay during the measurement (a busy worker inflates the latencies). */
  bots_loop_delay_ms: { p99: number; max: number };
  /**
   * The machine during the measurement (100 = one core): all cores busy, interrupts and softirqs
   * (loopback TCP, charged to no process), steal (a virtual machine's CPUs kept waiting by the
   * host, counted in busy: the run was slowed by another guest), other processes (what neither the
   * server, the bots nor interrupts used: other work on a shared machine), and the one-minute load
   * average.
   */
  machine: {
    cores: number;
    busy_pct: number;
    irq_pct: number;
    steal_pct: number;
    other_pct: number;
    load_avg_start: number;
    load_avg_end: number;
  };
}

/** The worker module beside this file, run with the same loader (tsx in tests, plain node from dist). */
function workerPath(): string {
  return fileURLToPath(import.meta.url).replace(/runner\.(ts|js)$/, (_m, ext: string) => `worker.${ext}`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function pct(seconds: number, overS: number): number {
  return overS > 0 ? Math.round((seconds / overS) * 1000) / 10 : 0;
}

function perS(n: number, overS: number): number {
  return overS > 0 ? Math.round((n / overS) * 10) / 10 : 0;
}

function mergeCounters(into: RoomsCounters, from: RoomsCounters): void {
  const sums = into as unknown as Record<string, number>;
  for (const [k, v] of Object.entries(from)) if (typeof v === 'number') sums[k] = (sums[k] ?? 0) + v;
  for (const [code, n] of Object.entries(from.errorCodes))
    into.errorCodes[code] = (into.errorCodes[code] ?? 0) + n;
}

/**
 * Runs the rooms scenario against one target: starts its server, spreads the clients over worker
 * processes, ramps up, measures for `durationS`, and stops every process it started, whatever
 * happens (errors, Ctrl-C).
 */
export async function runRooms(opts: RoomsOptions): Promise<RoomsResult> {
  const { target, clients, roomSize, inputHz, durationS } = opts;
  const why = target.unavailable();
  if (why) throw new Error(why);
  const tickHz = opts.tickHz ?? 20;
  const workers = Math.max(1, opts.workers ?? Math.max(2, Math.ceil(clients / 5000)));
  const addresses = Math.max(1, Math.min(254, opts.addresses ?? 8));
  const rampPerS = opts.rampPerS ?? 500;
  const progress = opts.progress ?? (() => {});

  const children: ChildProcess[] = [];
  let server: TargetServer | undefined;
  const killAll = () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  };
  const onSignal = (signal: NodeJS.Signals) => {
    killAll();
    void (server?.stop() ?? Promise.resolve()).finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await target.start({ roomSize, tickHz });
    const serverPid = server.pid;
    const joinedBy = new Map<ChildProcess, { joined: number; failed: number }>();
    const done = new Map<ChildProcess, RoomsWorkerDone>();
    const exited: Promise<void>[] = [];
    let workerFailure: string | undefined;
    for (let w = 0; w < workers; w++) {
      const child = fork(workerPath(), [], {
        execArgv: process.execArgv,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.push(child);
      if (opts.nice && child.pid !== undefined) setPriority(child.pid, Math.min(19, Math.max(0, opts.nice)));
      joinedBy.set(child, { joined: 0, failed: 0 });
      child.on('message', (m: RoomsWorkerMessage) => {
        if (m.type === 'progress') joinedBy.set(child, { joined: m.joined, failed: m.failed });
        else if (m.type === 'done') done.set(child, m);
        else if (m.type === 'failed') workerFailure = m.message;
      });
      exited.push(new Promise((resolve) => child.once('exit', () => resolve())));
    }
    const tell = (msg: RoomsParentMessage) => {
      for (const c of children) if (c.connected) c.send(msg);
    };
    const localAddresses = Array.from({ length: addresses }, (_, i) => `127.0.0.${i + 1}`);
    children.forEach((child, w) => {
      const mine: number[] = [];
      for (let i = w; i < clients; i += workers) mine.push(i);
      const start: RoomsParentMessage = {
        type: 'start',
        clientModule: target.clientModule,
        url: server!.url,
        clients: mine,
        roomSize,
        inputHz,
        localAddresses,
        rampPerS: rampPerS / workers,
        maxPendingJoins: Math.max(1, Math.ceil((opts.joinConcurrency ?? 100) / workers)),
        joinTimeoutMs: opts.joinTimeoutMs ?? 30_000,
      };
      child.send(start);
    });

    const rampStart = Date.now();
    const rampDeadline = rampStart + (clients / rampPerS) * 3000 + 30_000;
    let lastLog = 0;
    for (;;) {
      if (workerFailure) throw new Error(`a worker failed: ${workerFailure}`);
      let joined = 0;
      let failed = 0;
      for (const p of joinedBy.values()) {
        joined += p.joined;
        failed += p.failed;
      }
      if (Date.now() - lastLog >= 2000) {
        progress(`ramp: ${joined}/${clients} joined, ${failed} failed`);
        lastLog = Date.now();
      }
      if (joined + failed >= clients || Date.now() > rampDeadline) break;
      await sleep(100);
    }
    const rampS = (Date.now() - rampStart) / 1000;
    await sleep((opts.warmupS ?? 2) * 1000);

    progress(`measuring ${durationS} s`);
    const selfCpuS = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1e6;
    };
    const botsCpuS = () => children.reduce((a, c) => a + cpuS(c.pid), selfCpuS());
    const loadStart = loadAvg();
    const machine0 = machineBusyS();
    const server0 = cpuSplitS(serverPid);
    const bots0 = botsCpuS();
    const t0 = performance.now();
    tell({ type: 'hold' });
    await sleep(durationS * 1000);
    tell({ type: 'stop' });
    const holdS = (performance.now() - t0) / 1000;
    const server1 = cpuSplitS(serverPid);
    const bots1 = botsCpuS();
    const machine1 = machineBusyS();
    const rss = rssKb(serverPid);
    const loadEnd = loadAvg();

    await awaitExits(children, exited, 30_000);

    const total = emptyRoomsCounters();
    const latency = newHistogram();
    let loopP99 = 0;
    let loopMax = 0;
    for (const d of done.values()) {
      mergeCounters(total, d.counters);
      latency.add(decodeHistogram(d.latency));
      loopP99 = Math.max(loopP99, d.loopDelayMs.p99);
      loopMax = Math.max(loopMax, d.loopDelayMs.max);
    }
    const lost = workers - done.size;
    if (lost > 0) {
      total.errors += lost;
      total.errorCodes.WORKER_LOST = lost;
    }
    const serverUser = server1.user - server0.user;
    const serverSys = server1.sys - server0.sys;
    const busyS = machine1.busy - machine0.busy;
    const irqS = machine1.irq - machine0.irq;
    const stealS = machine1.steal - machine0.steal;
    const botsS = bots1 - bots0;
    return {
      bench: 'rooms',
      target: target.name,
      clients,
      room_size: roomSize,
      rooms: Math.ceil(clients / roomSize),
      input_hz: inputHz,
      tick_hz: tickHz,
      duration_s: durationS,
      joined: total.joined,
      updates_per_s: perS(total.updates, holdS),
      inputs_per_s: perS(total.inputs, holdS),
      inputs_sent: total.inputs,
      latency_ms: percentilesMs(latency),
      latency_samples: latency.totalCount,
      inputs_unseen: total.inputsUnseen,
      errors: total.errors,
      disconnects: total.disconnects,
      ramp_disconnects: total.rampDisconnects,
      join_failures: total.joinFailures,
      joins_unfinished: total.joinsUnfinished,
      error_codes: total.errorCodes,
      server_cpu_pct: pct(serverUser + serverSys, holdS),
      server_cpu_user_pct: pct(serverUser, holdS),
      server_cpu_sys_pct: pct(serverSys, holdS),
      server_rss_mb: Math.round(rss / 102.4) / 10,
      server_pid: serverPid,
      ramp_s: rampS,
      workers,
      bots_nice: opts.nice ?? 0,
      bots_cpu_pct: pct(botsS, holdS),
      bots_loop_delay_ms: { p99: loopP99, max: loopMax },
      machine: {
        cores: cpus().length,
        busy_pct: pct(busyS, holdS),
        irq_pct: pct(irqS, holdS),
        steal_pct: pct(stealS, holdS),
        // Not less irqS: the kernel charges interrupt time to the interrupted process as well.
        other_pct: pct(Math.max(0, busyS - stealS - serverUser - serverSys - botsS), holdS),
        load_avg_start: loadStart,
        load_avg_end: loadEnd,
      },
    };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    killAll();
    await server?.stop();
  }
}
