import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { encodeHistogram, newHistogram } from '../bots/stats.js';
import {
  emptyRoomsCounters,
  type RoomsParentMessage,
  type RoomsWorkerMessage,
  type RoomsWorkerStart,
} from './protocol.js';
import type { ConnectRoomClient, RoomClient } from './target.js';

/**
 * One worker process of the rooms benchmark: joins its share of clients through the target's
 * client module, sends every joined client's inputs on one clock, and times each input from its
 * send to the first room update showing it applied. Counts only between 'hold' and 'stop'.
 */

/** Send times kept per client: 51 s of inputs at 20 Hz, longer than any input is expected to wait. */
const RING = 1024;
/** The input clock runs this many slices per input period; a client sends in one of them. */
const SLICES = 10;

interface Member {
  index: number;
  client: RoomClient | undefined;
  joined: boolean;
  /** Last input id sent; ids start at 1. */
  lastSent: number;
  /** Highest own input id seen applied in an update. */
  lastSeen: number;
  /** Send time (performance.now(), ms) of input id at id % RING. */
  sentAt: Float64Array;
}

const counters = emptyRoomsCounters();
const latency = newHistogram();
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
const members: Member[] = [];
const timers: ReturnType<typeof setInterval>[] = [];
let holding = false;
let stopping = false;
/** performance.now() at the hold: inputs sent before it are not timed. */
let holdAt = Number.POSITIVE_INFINITY;
let joinedOnce = 0;
let assigned = 0;
let pendingJoins = 0;

function send(msg: RoomsWorkerMessage, then?: () => void): void {
  if (!process.send) then?.();
  else if (then) process.send(msg, () => then());
  else process.send(msg);
}

function bump(key: string): void {
  counters.errorCodes[key] = (counters.errorCodes[key] ?? 0) + 1;
}

function fail(key: string): void {
  if (!holding || stopping) return;
  counters.errors++;
  bump(key);
}

function onUpdate(m: Member, lastInput: number | undefined, value: number | undefined): void {
  if (stopping || !holding) {
    if (lastInput !== undefined && lastInput > m.lastSeen) m.lastSeen = lastInput;
    return;
  }
  counters.updates++;
  if (lastInput === undefined) return;
  counters.ownUpdates++;
  if (value !== undefined && value !== lastInput) {
    counters.stateMismatches++;
    fail('STATE_MISMATCH');
  }
  if (lastInput < m.lastSeen || lastInput > m.lastSent) {
    counters.orderErrors++;
    fail('INPUT_ORDER');
    return;
  }
  if (lastInput === m.lastSeen) return;
  const now = performance.now();
  // Every input up to lastInput took effect in this update (inputs are applied in order).
  for (let id = Math.max(m.lastSeen + 1, lastInput - RING + 1); id <= lastInput; id++) {
    const at = m.sentAt[id % RING]!;
    if (at >= holdAt) latency.recordValue(Math.max(1, Math.round((now - at) * 1000)));
  }
  m.lastSeen = lastInput;
}

function withTimeout<T>(p: Promise<T>, ms: number, onLate: (v: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      reject(Object.assign(new Error(`join timed out after ${ms} ms`), { code: 'JOIN_TIMEOUT' }));
    }, ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        if (late) onLate(v);
        else resolve(v);
      },
      (err: unknown) => {
        clearTimeout(timer);
        if (!late) reject(err);
      },
    );
  });
}

function join(msg: RoomsWorkerStart, connect: ConnectRoomClient, index: number): void {
  const m: Member = {
    index,
    client: undefined,
    joined: false,
    lastSent: 0,
    lastSeen: 0,
    sentAt: new Float64Array(RING).fill(Number.NEGATIVE_INFINITY),
  };
  members.push(m);
  const joining = connect(
    {
      url: msg.url,
      room: Math.floor(index / msg.roomSize),
      roomSize: msg.roomSize,
      client: index,
      localAddress: msg.localAddresses[index % msg.localAddresses.length]!,
    },
    {
      update: (lastInput, value) => onUpdate(m, lastInput, value),
      closed: (code) => {
        if (!m.joined || stopping) return;
        m.joined = false;
        counters.joined--;
        if (holding) counters.disconnects++;
        else counters.rampDisconnects++;
        bump(code);
      },
      error: (code) => {
        counters.errors++;
        bump(code);
      },
    },
  );
  pendingJoins++;
  withTimeout(joining, msg.joinTimeoutMs, (late) => late.close()).then(
    (client) => {
      pendingJoins--;
      if (stopping) {
        client.close();
        return;
      }
      m.client = client;
      m.joined = true;
      counters.joined++;
      joinedOnce++;
    },
    (err: unknown) => {
      pendingJoins--;
      counters.joinFailures++;
      counters.errors++;
      const code = (err as { code?: unknown } | null)?.code;
      bump(typeof code === 'string' ? code : 'JOIN_FAILED');
    },
  );
}

/** Sends the inputs of one slice of the clients. */
function sendSlice(slice: number): void {
  for (let i = slice; i < members.length; i += SLICES) {
    const m = members[i]!;
    if (!m.joined || !m.client) continue;
    const id = m.lastSent + 1;
    const at = performance.now();
    if (!m.client.send(id, 1)) {
      if (holding) counters.inputsUnsent++;
      continue;
    }
    m.lastSent = id;
    m.sentAt[id % RING] = at;
    if (holding) counters.inputs++;
  }
}

async function start(msg: RoomsWorkerStart): Promise<void> {
  assigned = msg.clients.length;
  let connect: ConnectRoomClient;
  try {
    const mod = (await import(msg.clientModule)) as { connect?: ConnectRoomClient };
    if (typeof mod.connect !== 'function') throw new Error(`${msg.clientModule} exports no connect()`);
    connect = mod.connect;
  } catch (err) {
    send({ type: 'failed', message: (err as Error).message }, () => process.exit(1));
    return;
  }
  let next = 0;
  // Joins are opened every 10 ms at the worker's rate (fractions carried over), never more than
  // maxPendingJoins at once.
  let credit = 0;
  const opener = setInterval(() => {
    credit = Math.min(credit + msg.rampPerS / 100, Math.max(1, msg.rampPerS / 100));
    while (credit >= 1 && next < msg.clients.length && pendingJoins < msg.maxPendingJoins) {
      credit--;
      join(msg, connect, msg.clients[next++]!);
    }
    if (next >= msg.clients.length) clearInterval(opener);
  }, 10);
  timers.push(opener);
  timers.push(
    setInterval(() => send({ type: 'progress', joined: joinedOnce, failed: counters.joinFailures }), 250),
  );
  // The input clock catches up when a timer fires late, so a busy worker still sends at the rate
  // (late inputs are timed from when they are actually sent).
  const sliceMs = 1000 / msg.inputHz / SLICES;
  const t0 = performance.now();
  let done = 0;
  timers.push(
    setInterval(() => {
      const due = Math.floor((performance.now() - t0) / sliceMs);
      // After a long stall, skip rather than burst more than one period of inputs.
      if (due - done > SLICES) done = due - SLICES;
      for (; done < due; done++) sendSlice(done % SLICES);
    }, sliceMs),
  );
}

function hold(): void {
  holding = true;
  holdAt = performance.now();
  loopDelay.enable();
}

function stop(): void {
  if (stopping) return;
  stopping = true;
  loopDelay.disable();
  for (const t of timers) clearInterval(t);
  counters.joinsUnfinished = Math.max(0, assigned - joinedOnce - counters.joinFailures);
  if (counters.joinsUnfinished > 0) {
    counters.errors += counters.joinsUnfinished;
    counters.errorCodes.JOIN_UNFINISHED = counters.joinsUnfinished;
  }
  for (const m of members) {
    for (let id = Math.max(m.lastSeen + 1, m.lastSent - RING + 1); id <= m.lastSent; id++) {
      if (m.sentAt[id % RING]! >= holdAt) counters.inputsUnseen++;
    }
  }
  const ms = (ns: number) => Math.round(ns / 1000) / 1000;
  const hasDelay = loopDelay.count > 0;
  send(
    {
      type: 'done',
      counters,
      latency: encodeHistogram(latency),
      loopDelayMs: {
        p99: hasDelay ? ms(loopDelay.percentile(99)) : 0,
        max: hasDelay ? ms(loopDelay.max) : 0,
      },
    },
    () => {
      for (const m of members) m.client?.close();
      setTimeout(() => process.exit(0), 200);
    },
  );
}

process.on('message', (msg: RoomsParentMessage) => {
  if (msg.type === 'start') void start(msg);
  else if (msg.type === 'hold') hold();
  else if (msg.type === 'stop') stop();
});
process.on('disconnect', () => process.exit(0));
