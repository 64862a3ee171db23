import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import {
  ActionStatus,
  ClientError,
  EntityKind,
  GeoplayClient,
  type WorldEntity,
} from '../../client/index.js';
import { gpsConfig } from '../../src/gps/config.js';
import { GpsPipeline } from '../../src/gps/pipeline.js';
import { mulberry32 } from '../../src/gps/synth.js';
import {
  emptyCounters,
  modelRank,
  type ParentMessage,
  type ReportRecords,
  type WorkerCounters,
  type WorkerDone,
  type WorkerMessage,
  type WorkerSample,
  type WorkerStart,
} from './protocol.js';
import { lightenFrame, OwnView } from './lightDelta.js';
import { raidLoop } from './raid.js';
import { BotSocket } from './socket.js';
import { encodeHistogram, newHistogram } from './stats.js';

/**
 * One bots worker process: opens its share of SDK clients at a steady rate, runs the scenario,
 * and reports counters and histograms to the parent. Each worker keeps its own sockets, so no
 * process needs more than its share of file descriptors.
 *
 * Scenarios: idle (connect and hold), walk (1 Hz GPS reports of a random walk at 1-2 m/s with
 * white Gaussian noise of 5-15 m per axis), catch (walk, ask `nearby` about every 10 s, walk to
 * the nearest spawn and `catch` it within 60 m of the bot's true position; spin a stop when out
 * of balls), raid (groups of --room-size stand at a gym and raid it as a party, attacking at
 * --input-hz; bench/bots/raid.ts). How the latency and AOI figures are measured: docs/BENCHMARKS.md,
 * "World".
 */

const M_PER_DEG_LAT = 111_320;
/** Own positions kept per bot for the AOI samples (at 1 Hz: the last 16 s). */
const HIST = 16;
/** Timed reports kept per timed mover to match observations against. */
const RECORDS = 32;
/** An observation that matched no timed report for this long counts as unmatched. */
const MATCH_WAIT_MS = 5000;
/** The bot calls catch within this distance of the spawn (its true position; the server allows 80 m). */
const CATCH_M = 60;
const NEARBY_EVERY_MS = 10_000;

interface Goal {
  kind: 'spawn' | 'stop';
  id: string;
  lat: number;
  lng: number;
  expiresAtMs: number;
  attempts: number;
}

interface Bot {
  index: number;
  id: string;
  client: GeoplayClient;
  /** True position. */
  lat: number;
  lng: number;
  headingRad: number;
  speedMps: number;
  /** GPS noise, metres per axis. */
  sigmaM: number;
  lastStepMs: number;
  /** Timed movers: a replica of the server's location pipeline for this player. */
  replica: GpsPipeline | undefined;
  /**
   * Light bots (no world model): what they read from each WorldDelta's bytes. Undefined for the
   * bots whose SDK client keeps a world model (observers, timed movers, the catch scenario).
   */
  view: OwnView | undefined;
  // Own entity as seen in the bot's own world model (ring of HIST).
  histTick: Int32Array;
  histLat: Int32Array;
  histLng: Int32Array;
  histLen: number;
  histNext: number;
  // catch scenario
  goal: Goal | undefined;
  busy: boolean;
  nextNearbyMs: number;
  needBalls: boolean;
  done: Set<string>;
}

/** The timed reports of one mover: predicted server position (E7) and send time. */
class RecordRing {
  readonly lat = new Int32Array(RECORDS);
  readonly lng = new Int32Array(RECORDS);
  readonly sent = new Float64Array(RECORDS);
  len = 0;
  next = 0;
  add(latE7: number, lngE7: number, sentMs: number): void {
    this.lat[this.next] = latE7;
    this.lng[this.next] = lngE7;
    this.sent[this.next] = sentMs;
    this.next = (this.next + 1) % RECORDS;
    if (this.len < RECORDS) this.len++;
  }
  /** Send time of the newest report predicted at exactly this position, or NaN. */
  find(latE7: number, lngE7: number): number {
    for (let k = 1; k <= this.len; k++) {
      const i = (this.next - k + RECORDS) % RECORDS;
      if (this.lat[i] === latE7 && this.lng[i] === lngE7) return this.sent[i]!;
    }
    return Number.NaN;
  }
}

interface PendingObs {
  latE7: number;
  lngE7: number;
  atMs: number;
  self: boolean;
}

const counters: WorkerCounters = emptyCounters();
const rtt = newHistogram();
const moveToSeen = newHistogram();
const inputToEffect = newHistogram();
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
const bots: Bot[] = [];
const records = new Map<number, RecordRing>();
const pending = new Map<number, PendingObs[]>();
let outgoing: number[] = [];
let holding = false;
/** Set by endHold: what the figures cover is over, the sockets are not closed yet. */
let holdEnded = false;
/** Bots connected when the hold ended (the figures' `connected`). */
let connectedAtHoldEnd = 0;
let stopping = false;
let failed = 0;
let connectedOnce = 0;
let holdBytesAtStart = 0;
let timers: ReturnType<typeof setInterval>[] = [];
let sampleTimer: ReturnType<typeof setTimeout> | undefined;

function send(msg: WorkerMessage): void {
  process.send?.(msg);
}

function nowPrecise(): number {
  return performance.timeOrigin + performance.now();
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function bump(map: Record<string, number>, key: string, n = 1): void {
  map[key] = (map[key] ?? 0) + n;
}

// --- report-to-seen matching ---------------------------------------------------------------------

function addRecord(index: number, latE7: number, lngE7: number, sentMs: number): void {
  let ring = records.get(index);
  if (!ring) {
    ring = new RecordRing();
    records.set(index, ring);
  }
  ring.add(latE7, lngE7, sentMs);
  const waiting = pending.get(index);
  if (!waiting) return;
  for (let i = waiting.length - 1; i >= 0; i--) {
    const p = waiting[i]!;
    if (p.latE7 === latE7 && p.lngE7 === lngE7) {
      settle(p, sentMs);
      waiting.splice(i, 1);
    }
  }
  if (waiting.length === 0) pending.delete(index);
}

function settle(p: PendingObs, sentMs: number): void {
  if (p.self) counters.selfMatched++;
  else {
    counters.seenMatched++;
    moveToSeen.recordValue(Math.max(1, Math.round((p.atMs - sentMs) * 1000)));
  }
}

/** A world model of `observer` moved a timed mover's entity to a new position. */
function observe(observer: Bot, mover: number, e: WorldEntity): void {
  const p: PendingObs = {
    latE7: e.latE7,
    lngE7: e.lngE7,
    atMs: nowPrecise(),
    self: mover === observer.index,
  };
  const sent = records.get(mover)?.find(e.latE7, e.lngE7) ?? Number.NaN;
  if (!Number.isNaN(sent)) settle(p, sent);
  else {
    const list = pending.get(mover);
    if (list) list.push(p);
    else pending.set(mover, [p]);
  }
}

function expirePending(olderThanMs: number): void {
  for (const [index, list] of pending) {
    let keep = 0;
    for (const p of list) {
      if (p.atMs < olderThanMs) {
        if (p.self) counters.selfUnmatched++;
        else counters.seenUnmatched++;
      } else list[keep++] = p;
    }
    list.length = keep;
    if (keep === 0) pending.delete(index);
  }
}

function flushRecords(): void {
  if (outgoing.length === 0) return;
  const msg: ReportRecords = {
    type: 'records',
    data: Float64Array.from(outgoing),
  };
  outgoing = [];
  send(msg);
}

// --- AOI samples ---------------------------------------------------------------------------------

function ownPosition(b: Bot, latE7: number, lngE7: number, tick: number): void {
  if (b.histLen > 0) {
    // A move to the same E7 position (a light bot reads every move record) adds nothing.
    const last = (b.histNext - 1 + HIST) % HIST;
    if (b.histLat[last] === latE7 && b.histLng[last] === lngE7) return;
  }
  b.histTick[b.histNext] = tick;
  b.histLat[b.histNext] = latE7;
  b.histLng[b.histNext] = lngE7;
  b.histNext = (b.histNext + 1) % HIST;
  if (b.histLen < HIST) b.histLen++;
}

function takeSample(msg: WorkerStart, allIndex: Map<string, number>): void {
  const k = Math.round(Date.now() / msg.sampleIntervalMs);
  const idx: number[] = [];
  const tick: number[] = [];
  const histStart: number[] = [0];
  const histTick: number[] = [];
  const histLat: number[] = [];
  const histLng: number[] = [];
  const obsIdx: number[] = [];
  const obsTick: number[] = [];
  const visStart: number[] = [0];
  const vis: number[] = [];
  for (const b of bots) {
    if (b.client.state !== 'connected' || b.histLen === 0) continue;
    const w = b.client.world;
    idx.push(b.index);
    tick.push(b.view ? b.view.tick : w.tick);
    for (let j = b.histLen; j >= 1; j--) {
      const i = (b.histNext - j + HIST) % HIST;
      histTick.push(b.histTick[i]!);
      histLat.push(b.histLat[i]!);
      histLng.push(b.histLng[i]!);
    }
    histStart.push(histTick.length);
    // Observers are among the bots with a world model.
    const rank = modelRank(b.index, msg.count, msg.modelBots);
    if (rank >= 0 && rank % msg.observerStride === k % msg.observerStride) {
      obsIdx.push(b.index);
      obsTick.push(w.tick);
      for (const e of w.entities.values()) {
        if (e.kind !== EntityKind.ENTITY_KIND_PLAYER) continue;
        const i = allIndex.get(e.id);
        if (i !== undefined) vis.push(i);
      }
      visStart.push(vis.length);
    }
  }
  const sample: WorkerSample = {
    type: 'sample',
    k,
    idx: Int32Array.from(idx),
    tick: Int32Array.from(tick),
    histStart: Int32Array.from(histStart),
    histTick: Int32Array.from(histTick),
    histLat: Int32Array.from(histLat),
    histLng: Int32Array.from(histLng),
    obsIdx: Int32Array.from(obsIdx),
    obsTick: Int32Array.from(obsTick),
    visStart: Int32Array.from(visStart),
    vis: Int32Array.from(vis),
  };
  send(sample);
}

function scheduleSamples(msg: WorkerStart, allIndex: Map<string, number>): void {
  const every = msg.sampleIntervalMs;
  const wait = every - (Date.now() % every);
  sampleTimer = setTimeout(() => {
    if (stopping) return;
    if (holding) takeSample(msg, allIndex);
    scheduleSamples(msg, allIndex);
  }, wait);
}

// --- actions (catch scenario) --------------------------------------------------------------------

interface NearbySpawn {
  spawnId: string;
  distanceM: number;
  expiresAtMs: number;
}

interface Outcome {
  code: string;
  value: unknown;
  message: string;
}

async function act(b: Bot, kind: string, payload: unknown): Promise<Outcome> {
  b.busy = true;
  let code: string;
  let value: unknown;
  let message = '';
  try {
    const r = await b.client.act(kind, payload);
    if (r.status === ActionStatus.ACTION_STATUS_ACCEPTED) {
      code = 'OK';
      value = r.payload && r.payload.length > 0 ? JSON.parse(new TextDecoder().decode(r.payload)) : null;
    } else {
      code = r.errorCode || 'REJECTED';
      message = r.errorMessage;
    }
  } catch (err) {
    code = err instanceof ClientError ? err.code : 'CLIENT_ERROR';
  } finally {
    b.busy = false;
  }
  if (holding) {
    bump(counters.actions, code);
    const byKind = counters.actionsByKind[kind] ?? {};
    counters.actionsByKind[kind] = byKind;
    bump(byKind, code);
  }
  return { code, value, message };
}

function distanceM(b: Bot, lat: number, lng: number): number {
  const mPerDegLng = M_PER_DEG_LAT * Math.cos((b.lat * Math.PI) / 180);
  return Math.hypot((lat - b.lat) * M_PER_DEG_LAT, (lng - b.lng) * mPerDegLng);
}

/** The nearest stop in the bot's world model not spun yet. */
function nearestStop(b: Bot): Goal | undefined {
  let best: WorldEntity | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const e of b.client.world.entities.values()) {
    if (e.kind !== EntityKind.ENTITY_KIND_POI || e.poiKind !== 'stop' || b.done.has(e.id)) continue;
    const d = distanceM(b, e.latE7 / 1e7, e.lngE7 / 1e7);
    if (d < bestD) {
      bestD = d;
      best = e;
    }
  }
  if (!best) return undefined;
  return {
    kind: 'stop',
    id: best.id,
    lat: best.latE7 / 1e7,
    lng: best.lngE7 / 1e7,
    expiresAtMs: Number.POSITIVE_INFINITY,
    attempts: 0,
  };
}

async function catchStep(b: Bot, rand: () => number): Promise<void> {
  const now = Date.now();
  const g = b.goal;
  if (g) {
    if (now >= g.expiresAtMs || g.attempts >= 5) {
      b.done.add(g.id);
      b.goal = undefined;
      return;
    }
    if (distanceM(b, g.lat, g.lng) > CATCH_M) return;
    g.attempts++;
    if (g.kind === 'stop') {
      const r = await act(b, 'spin', { poiId: g.id });
      if (r.code === 'OK') b.needBalls = false;
      if (r.code !== 'OUT_OF_RANGE' && r.code !== 'RATE_LIMITED') {
        b.done.add(g.id);
        b.goal = undefined;
      }
      return;
    }
    const r = await act(b, 'catch', { spawnId: g.id });
    const caught = r.code === 'OK' && (r.value as { caught?: boolean } | null)?.caught === true;
    if (caught && holding) counters.caught++;
    if (r.code === 'INVALID' && /out of balls/.test(r.message)) {
      // Go and spin a stop, then hunt again.
      b.needBalls = true;
      b.goal = nearestStop(b);
      return;
    }
    // A catch that failed may be tried again; anything but a miss or out of range ends the hunt.
    if (caught || (r.code !== 'OK' && r.code !== 'OUT_OF_RANGE' && r.code !== 'RATE_LIMITED')) {
      b.done.add(g.id);
      b.goal = undefined;
    }
    return;
  }
  if (b.needBalls) {
    b.goal = nearestStop(b);
    if (b.goal) return;
  }
  if (now < b.nextNearbyMs) return;
  b.nextNearbyMs = now + NEARBY_EVERY_MS * (0.8 + 0.4 * rand());
  const r = await act(b, 'nearby', {});
  if (r.code !== 'OK' || !Array.isArray(r.value)) return;
  for (const s of r.value as NearbySpawn[]) {
    if (b.done.has(s.spawnId)) continue;
    const e = b.client.world.byId(s.spawnId);
    if (!e) continue;
    const lat = e.latE7 / 1e7;
    const lng = e.lngE7 / 1e7;
    // Worth walking to only if it is still there when the bot arrives.
    const walkMs = (Math.max(0, distanceM(b, lat, lng) - CATCH_M) / b.speedMps) * 1000;
    if (now + walkMs + 5000 >= s.expiresAtMs) continue;
    b.goal = {
      kind: 'spawn',
      id: s.spawnId,
      lat,
      lng,
      expiresAtMs: s.expiresAtMs,
      attempts: 0,
    };
    return;
  }
}

// --- the walk ------------------------------------------------------------------------------------

function step(b: Bot, msg: WorkerStart, rand: () => number, now: number): void {
  const dtS = Number.isNaN(b.lastStepMs) ? 1 : Math.min(3, Math.max(0, (now - b.lastStepMs) / 1000));
  b.lastStepMs = now;
  const mPerDegLng = M_PER_DEG_LAT * Math.cos((b.lat * Math.PI) / 180);
  let dist = b.speedMps * dtS;
  const g = b.goal;
  if (g) {
    const dx = (g.lng - b.lng) * mPerDegLng;
    const dy = (g.lat - b.lat) * M_PER_DEG_LAT;
    b.headingRad = Math.atan2(dx, dy) + gaussian(rand) * 0.05;
    // Stop a few metres short of it.
    dist = Math.min(dist, Math.max(0, Math.hypot(dx, dy) - 5));
  } else {
    b.headingRad += gaussian(rand) * 0.2 * Math.sqrt(dtS);
  }
  b.lat += (Math.cos(b.headingRad) * dist) / M_PER_DEG_LAT;
  b.lng += (Math.sin(b.headingRad) * dist) / mPerDegLng;
  // Turn back towards the centre when leaving the area.
  const ex = (b.lng - msg.centre.lng) * mPerDegLng;
  const ny = (b.lat - msg.centre.lat) * M_PER_DEG_LAT;
  if (!g && (Math.abs(ex) > msg.areaM / 2 || Math.abs(ny) > msg.areaM / 2))
    b.headingRad = Math.atan2(-ex, -ny);
  const speed = dtS > 0 ? dist / dtS : 0;
  const fixLat = b.lat + (gaussian(rand) * b.sigmaM) / M_PER_DEG_LAT;
  const fixLng = b.lng + (gaussian(rand) * b.sigmaM) / mPerDegLng;
  // The server reads accuracy as sqrt(2) x the per-axis sigma (docs/GPS.md).
  const accuracyM = b.sigmaM * Math.SQRT2;
  const headingDeg = ((((b.headingRad * 180) / Math.PI) % 360) + 360) % 360;
  const sentAt = nowPrecise();
  const timeMs = Date.now();
  const sent = b.client.reportLocation({
    lat: fixLat,
    lng: fixLng,
    accuracyM,
    speedMps: speed,
    headingDeg,
    timeMs,
  });
  if (!sent) return;
  if (holding) counters.reports++;
  if (b.replica) {
    // Exactly what the server decodes and pushes through its pipeline (src/world/runtime.ts).
    const latE7 = Math.round(fixLat * 1e7);
    const lngE7 = Math.round(fixLng * 1e7);
    const u = b.replica.push(
      {
        tMs: timeMs,
        lat: latE7 / 1e7,
        lng: lngE7 / 1e7,
        accuracyM: Math.fround(accuracyM),
        speedMps: Math.fround(speed),
        headingDeg: Math.fround(headingDeg),
        source: 'gps',
        mock: false,
      },
      timeMs,
    );
    if (u.applied && !Number.isNaN(u.lat)) {
      const pLat = Math.round(u.lat * 1e7);
      const pLng = Math.round(u.lng * 1e7);
      addRecord(b.index, pLat, pLng, sentAt);
      outgoing.push(b.index, pLat, pLng, sentAt);
    }
  }
}

// --- lifecycle -----------------------------------------------------------------------------------

function start(msg: WorkerStart): void {
  const rand = mulberry32(msg.seed);
  const allIndex = new Map<string, number>();
  const tracked = new Map<string, number>();
  for (let i = 0; i < msg.count; i++) {
    const id = `${msg.idPrefix}${i}`;
    allIndex.set(id, i);
    const rank = modelRank(i, msg.count, msg.modelBots);
    if (rank >= 0 && rank % msg.trackStride === 0) tracked.set(id, i);
  }
  const gps = gpsConfig({});
  const walking = msg.scenario === 'walk' || msg.scenario === 'catch';
  const raid = msg.raid
    ? {
        spec: msg.raid,
        idPrefix: msg.idPrefix,
        count: msg.count,
        counters,
        inputToEffect,
        holding: () => holding,
        stopping: () => stopping,
        now: nowPrecise,
      }
    : undefined;
  let next = 0;
  const perTick = Math.max(1, Math.round(msg.rampPerS / 100));
  const open = () => {
    for (let k = 0; k < perTick && next < msg.bots.length; k++, next++) {
      const spec = msg.bots[next]!;
      const localAddress = msg.localAddresses[spec.index % msg.localAddresses.length]!;
      const id = `${msg.idPrefix}${spec.index}`;
      const view =
        modelRank(spec.index, msg.count, msg.modelBots) < 0
          ? new OwnView(new TextEncoder().encode(id))
          : undefined;
      // Called once the socket is open, when `bot` below exists.
      const lighten = view
        ? (frame: Uint8Array) => {
            const out = lightenFrame(frame, view);
            if (view.seen) ownPosition(bot, view.latE7, view.lngE7, view.tick);
            return out;
          }
        : undefined;
      const client = new GeoplayClient(msg.url, spec.token, {
        webSocket: (u) => new BotSocket(u, localAddress, lighten),
        clientName: 'geoplay-bots/0.1.0',
        backoff: { baseMs: 500, capMs: 10_000 },
      });
      const mPerDegLng = M_PER_DEG_LAT * Math.cos((msg.centre.lat * Math.PI) / 180);
      const bot: Bot = {
        index: spec.index,
        id,
        client,
        lat: msg.centre.lat + ((rand() - 0.5) * msg.areaM) / M_PER_DEG_LAT,
        lng: msg.centre.lng + ((rand() - 0.5) * msg.areaM) / mPerDegLng,
        headingRad: rand() * 2 * Math.PI,
        speedMps: 1 + rand(),
        sigmaM: 5 + rand() * 10,
        lastStepMs: Number.NaN,
        replica: walking && tracked.has(id) ? new GpsPipeline(gps) : undefined,
        view,
        histTick: new Int32Array(HIST),
        histLat: new Int32Array(HIST),
        histLng: new Int32Array(HIST),
        histLen: 0,
        histNext: 0,
        goal: undefined,
        busy: false,
        nextNearbyMs: Date.now() + 1000 + rand() * 3000,
        needBalls: false,
        done: new Set(),
      };
      client.on('state', (s, prev) => {
        if (s === 'connected') {
          counters.connected++;
          connectedOnce++;
        } else if (prev === 'connected') counters.connected--;
      });
      client.on('close', (code) => {
        if (stopping) return;
        // The SDK emits 'close' before it leaves the 'connected' state: a session that was up
        // dropped. Drops while ramping are counted apart from drops while holding; a socket that
        // closed before its session was established is a failed attempt (the SDK retries).
        if (client.state !== 'connected') counters.connectFailures++;
        // After the hold, until stop: still a drop of the run (the parent is reading the server).
        else if (holding || holdEnded) counters.disconnects++;
        else counters.rampDisconnects++;
        bump(counters.errorCodes, `close_${code}`);
      });
      client.on('error', (e) => {
        counters.errors++;
        bump(counters.errorCodes, e.code);
      });
      client.on('rtt', (ms) => {
        if (holding) rtt.recordValue(Math.max(1, Math.round(ms * 1000)));
      });
      const w = client.world;
      w.on('enter', (e) => {
        if (e.id === id) ownPosition(bot, e.latE7, e.lngE7, w.tick);
      });
      w.on('move', (e) => {
        if (e.id === id) ownPosition(bot, e.latE7, e.lngE7, w.tick);
        if (!holding) return;
        const mover = tracked.get(e.id);
        if (mover !== undefined) observe(bot, mover, e);
      });
      w.on('leave', (e) => {
        if (e.id === id) bot.histLen = 0;
      });
      client.start().catch(() => {
        failed++;
      });
      bots.push(bot);
      if (raid) void raidLoop(bot, raid);
    }
    if (next >= msg.bots.length) clearInterval(opener);
  };
  const opener = setInterval(open, 10);
  timers.push(opener);
  timers.push(setInterval(() => send({ type: 'progress', connected: connectedOnce, failed }), 250));
  timers.push(setInterval(flushRecords, 100));
  timers.push(setInterval(() => expirePending(nowPrecise() - MATCH_WAIT_MS), 1000));
  scheduleSamples(msg, allIndex);
  if (walking) {
    // One timer walks a tenth of the bots every 100 ms: each bot reports once a second.
    let slice = 0;
    timers.push(
      setInterval(() => {
        const now = Date.now();
        for (let i = slice; i < bots.length; i += 10) {
          const b = bots[i]!;
          if (b.client.state !== 'connected') continue;
          step(b, msg, rand, now);
          if (msg.scenario === 'catch' && !b.busy && b.histLen > 0) void catchStep(b, rand);
        }
        slice = (slice + 1) % 10;
      }, 100),
    );
  }
}

function hold(): void {
  holding = true;
  let bytes = 0;
  for (const b of bots) bytes += b.client.stats.bytesIn + (b.view?.hiddenBytes ?? 0);
  holdBytesAtStart = bytes;
  loopDelay.enable();
}

/** The end of the hold: what was counted while holding stays as it is now. */
function endHold(): void {
  if (!holding) return;
  holding = false;
  holdEnded = true;
  connectedAtHoldEnd = bots.filter((b) => b.client.state === 'connected').length;
  loopDelay.disable();
  let bytes = 0;
  for (const b of bots) bytes += b.client.stats.bytesIn + (b.view?.hiddenBytes ?? 0);
  counters.holdBytesIn = bytes - holdBytesAtStart;
}

function stop(): void {
  // Also ends the loop-delay histogram, which only a hold enables.
  endHold();
  stopping = true;
  for (const t of timers) clearInterval(t);
  timers = [];
  if (sampleTimer) clearTimeout(sampleTimer);
  flushRecords();
  // Observations younger than the matching window at the stop are neither matched nor missed.
  expirePending(nowPrecise() - MATCH_WAIT_MS);
  for (const b of bots) {
    if (b.view && b.view.bad > 0) {
      counters.errors += b.view.bad;
      bump(counters.errorCodes, 'LIGHT_BAD_FRAME', b.view.bad);
    }
    counters.framesIn += b.client.stats.framesIn;
    counters.framesOut += b.client.stats.framesOut;
    counters.bytesIn += b.client.stats.bytesIn + (b.view?.hiddenBytes ?? 0);
    counters.bytesOut += b.client.stats.bytesOut;
  }
  // Stopped without a hold (the ramp failed): connected as of now.
  const connected = holdEnded
    ? connectedAtHoldEnd
    : bots.filter((b) => b.client.state === 'connected').length;
  const ms = (ns: number) => Math.round(ns / 1000) / 1000;
  const hasDelay = loopDelay.count > 0;
  const done: WorkerDone = {
    type: 'done',
    counters: { ...counters, connected },
    rtt: encodeHistogram(rtt),
    moveToSeen: encodeHistogram(moveToSeen),
    inputToEffect: encodeHistogram(inputToEffect),
    loopDelayMs: {
      p50: hasDelay ? ms(loopDelay.percentile(50)) : 0,
      p99: hasDelay ? ms(loopDelay.percentile(99)) : 0,
      max: hasDelay ? ms(loopDelay.max) : 0,
    },
  };
  // Report first (a busy worker may take long to close thousands of sockets), then leave.
  const leave = () => {
    for (const b of bots) b.client.close();
    setTimeout(() => process.exit(0), 100);
  };
  if (process.send) process.send(done, leave);
  else leave();
}

process.on('message', (msg: ParentMessage) => {
  if (msg.type === 'start') start(msg);
  else if (msg.type === 'hold') hold();
  else if (msg.type === 'endHold') endHold();
  else if (msg.type === 'stop') stop();
  else if (msg.type === 'records') {
    const d = msg.data;
    for (let i = 0; i + 3 < d.length; i += 4) addRecord(d[i]!, d[i + 1]!, d[i + 2]!, d[i + 3]!);
  }
});
process.on('disconnect', () => process.exit(0));
