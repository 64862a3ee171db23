import WebSocket from 'ws';
import { GeoplayClient, type WebSocketLike } from '../../client/index.js';
import type { ParentMessage, WorkerCounters, WorkerMessage, WorkerStart } from './protocol.js';
import { encodeHistogram, newHistogram } from './stats.js';

/**
 * One bots worker process: opens its share of SDK clients at a steady rate, runs the scenario,
 * and reports counters and an RTT histogram to the parent. Each worker keeps its own sockets,
 * so no process needs more than its share of file descriptors.
 */
interface Bot {
  client: GeoplayClient;
  lat: number;
  lng: number;
  headingRad: number;
  speedMps: number;
  sigmaM: number;
}

const counters: WorkerCounters = {
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
const bots: Bot[] = [];
let holding = false;
let stopping = false;
let failed = 0;
let connectedOnce = 0;
let timers: ReturnType<typeof setInterval>[] = [];

function send(msg: WorkerMessage): void {
  process.send?.(msg);
}

/** mulberry32: a small seeded PRNG so runs with the same seed walk the same way. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
}

function start(msg: WorkerStart): void {
  const rand = prng(msg.seed);
  const mPerDegLat = 111_320;
  const mPerDegLng = 111_320 * Math.cos((msg.centre.lat * Math.PI) / 180);
  let next = 0;
  const perTick = Math.max(1, Math.round(msg.rampPerS / 100));
  const open = () => {
    for (let k = 0; k < perTick && next < msg.bots.length; k++, next++) {
      const spec = msg.bots[next]!;
      const localAddress = msg.localAddresses[next % msg.localAddresses.length]!;
      const client = new GeoplayClient(msg.url, spec.token, {
        webSocket: (u) =>
          new WebSocket(u, { perMessageDeflate: false, localAddress }) as unknown as WebSocketLike,
        clientName: 'geoplay-bots/0.1.0',
        backoff: { baseMs: 500, capMs: 10_000 },
      });
      const bot: Bot = {
        client,
        lat: msg.centre.lat + ((rand() - 0.5) * msg.areaM) / mPerDegLat,
        lng: msg.centre.lng + ((rand() - 0.5) * msg.areaM) / mPerDegLng,
        headingRad: rand() * 2 * Math.PI,
        speedMps: 1 + rand(),
        sigmaM: 5 + rand() * 10,
      };
      client.on('state', (s, prev) => {
        if (s === 'connected') {
          counters.connected++;
          connectedOnce++;
        } else if (prev === 'connected') counters.connected--;
      });
      client.on('close', (code) => {
        if (stopping) return;
        // Drops while ramping (e.g. a full accept queue) are counted apart from drops while holding.
        if (holding) counters.disconnects++;
        else counters.rampDisconnects++;
        const key = `close_${code}`;
        counters.errorCodes[key] = (counters.errorCodes[key] ?? 0) + 1;
      });
      client.on('error', (e) => {
        counters.errors++;
        counters.errorCodes[e.code] = (counters.errorCodes[e.code] ?? 0) + 1;
      });
      client.on('rtt', (ms) => {
        if (holding) rtt.recordValue(Math.max(1, Math.round(ms * 1000)));
      });
      client.start().catch(() => {
        failed++;
      });
      bots.push(bot);
    }
    if (next >= msg.bots.length) {
      clearInterval(opener);
    }
  };
  const opener = setInterval(open, 10);
  timers.push(opener);
  timers.push(setInterval(() => send({ type: 'progress', connected: connectedOnce, failed }), 250));
  if (msg.scenario === 'walk') {
    // One timer walks a tenth of the bots every 100 ms: each bot reports once a second.
    let slice = 0;
    timers.push(
      setInterval(() => {
        const now = Date.now();
        for (let i = slice; i < bots.length; i += 10) {
          const b = bots[i]!;
          if (b.client.state !== 'connected') continue;
          b.headingRad += gaussian(rand) * 0.2;
          b.lat += (Math.cos(b.headingRad) * b.speedMps) / mPerDegLat;
          b.lng += (Math.sin(b.headingRad) * b.speedMps) / mPerDegLng;
          // Turn back towards the centre when leaving the area.
          const dy = (b.lat - msg.centre.lat) * mPerDegLat;
          const dx = (b.lng - msg.centre.lng) * mPerDegLng;
          if (Math.abs(dx) > msg.areaM / 2 || Math.abs(dy) > msg.areaM / 2)
            b.headingRad = Math.atan2(-dx, -dy);
          b.client.reportLocation({
            lat: b.lat + (gaussian(rand) * b.sigmaM) / mPerDegLat,
            lng: b.lng + (gaussian(rand) * b.sigmaM) / mPerDegLng,
            accuracyM: b.sigmaM * Math.SQRT2,
            speedMps: b.speedMps,
            headingDeg: ((b.headingRad * 180) / Math.PI + 360) % 360,
            timeMs: now,
          });
        }
        slice = (slice + 1) % 10;
      }, 100),
    );
  }
}

function stop(): void {
  stopping = true;
  for (const t of timers) clearInterval(t);
  timers = [];
  for (const b of bots) {
    counters.framesIn += b.client.stats.framesIn;
    counters.framesOut += b.client.stats.framesOut;
    counters.bytesIn += b.client.stats.bytesIn;
    counters.bytesOut += b.client.stats.bytesOut;
  }
  const connectedAtStop = bots.filter((b) => b.client.state === 'connected').length;
  for (const b of bots) b.client.close();
  send({ type: 'done', counters: { ...counters, connected: connectedAtStop }, rtt: encodeHistogram(rtt) });
  // Let the IPC message flush, then leave.
  setTimeout(() => process.exit(0), 200);
}

process.on('message', (msg: ParentMessage) => {
  if (msg.type === 'start') start(msg);
  else if (msg.type === 'hold') holding = true;
  else if (msg.type === 'stop') stop();
});
process.on('disconnect', () => process.exit(0));
