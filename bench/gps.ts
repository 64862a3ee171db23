// `geoplay bench gps`: Kalman update cost and allocations, whole-pipeline throughput, geofence
// checks against 100,000 fences. Deterministic (seeded). Run with --expose-gc for heap figures:
//   node --expose-gc --import tsx bench/gps.ts [--quick]
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { measure } from 'mitata';
import { LocalProjection } from '../src/geo/enu.js';
import { type FenceDef, GeofenceIndex, GeofenceTracker } from '../src/gps/geofence.js';
import { KalmanCV } from '../src/gps/kalman.js';
import { GpsPipeline } from '../src/gps/pipeline.js';
import { gaussian, mulberry32, synthTrack } from '../src/gps/synth.js';
import type { Fix } from '../src/gps/types.js';

export interface GpsBenchOptions {
  /** Kalman updates in the allocation run. Default 10,000,000. */
  kalmanUpdates?: number;
  /** Players × fixes each in the pipeline run. Default 1,000 × 1,000. */
  players?: number;
  fixesPerPlayer?: number;
  /** Fences in the index. Default 100,000. */
  fences?: number;
  /** Geofence checks. Default 1,000,000. */
  fenceChecks?: number;
  /** Shorter mitata sampling (for smoke tests). */
  quick?: boolean;
  seed?: number;
}

export interface GpsBenchResult {
  bench: 'gps';
  node: string;
  gcExposed: boolean;
  kalman: {
    medianNs: number;
    p99Ns: number;
    updates: number;
    loopNsPerUpdate: number;
    /** heapUsed after the loop minus before it, no collection in between (see gcEventsDuringLoop). */
    heapGrowthBytes: number;
    bytesPerUpdate: number;
    gcEventsDuringLoop: number;
  };
  pipeline: {
    players: number;
    fixes: number;
    fixesPerSec: number;
    nsPerFix: number;
    slowestSliceFixesPerSec: number;
    retainedBytesPerPlayer: number | null;
  };
  geofence: {
    fences: number;
    buildMs: number;
    checks: number;
    checksPerSec: number;
    slowestSliceChecksPerSec: number;
    events: number;
    meanCandidates: number;
  };
  targets: {
    kalmanMedianNs: 1000;
    kalmanBytesPerUpdate: 0;
    pipelineFixesPerSec: 500000;
    geofenceChecksPerSec: 200000;
  };
  met: { kalmanMedian: boolean; kalmanAllocationFree: boolean; pipeline: boolean; geofence: boolean };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** JS heap plus typed-array backing stores (which live outside the heap), after a full collection. */
function heapAfterGc(): number | null {
  if (!gc) return null;
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Counts GC events (scavenges and mark-sweeps) while `fn` runs. */
async function countGc(fn: () => void): Promise<number> {
  let n = 0;
  const obs = new PerformanceObserver((list) => {
    n += list.getEntries().length;
  });
  obs.observe({ entryTypes: ['gc'] });
  fn();
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setTimeout(r, 20));
  obs.disconnect();
  return n;
}

async function benchKalman(n: number, quick: boolean, seed: number) {
  const rng = mulberry32(seed);
  const Z = 4096;
  const zs = new Float64Array(Z * 2);
  for (let i = 0; i < Z; i++) {
    zs[i * 2] = 1.4 * i + 8 * gaussian(rng);
    zs[i * 2 + 1] = 8 * gaussian(rng);
  }
  const kf = new KalmanCV();
  kf.init(0, 0, 0, 0, 0, 64, 4);
  // time and index live in a typed array: a closure-captured `let` number would be boxed on each
  // write and the harness, not the filter, would allocate
  const st = new Float64Array(2);
  const step = () => {
    const t = st[0]! + 1000;
    st[0] = t;
    let k = st[1]! + 1;
    if (k === Z) {
      k = 0;
      kf.init(t, zs[0]!, zs[1]!, 0, 0, 64, 4);
    }
    st[1] = k;
    kf.predict(t, 0.15);
    kf.updatePosition(zs[k * 2]!, zs[k * 2 + 1]!, 64, 13.82);
  };
  const stats = await measure(step, quick ? { min_cpu_time: 50e6 } : {});
  // the allocation run: n updates with nothing else going on. With no collection during the loop
  // the young generation only grows, so heapUsed after minus before is what the loop allocated.
  heapAfterGc();
  let before = 0;
  let after = 0;
  let elapsed = 0;
  const gcEvents = await countGc(() => {
    before = process.memoryUsage().heapUsed;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) step();
    elapsed = Number(process.hrtime.bigint() - t0);
    after = process.memoryUsage().heapUsed;
  });
  return {
    medianNs: round(stats.p50, 1),
    p99Ns: round(stats.p99, 1),
    updates: n,
    loopNsPerUpdate: round(elapsed / n, 1),
    heapGrowthBytes: after - before,
    bytesPerUpdate: round((after - before) / n, 4),
    gcEventsDuringLoop: gcEvents,
  };
}

function benchPipeline(players: number, perPlayer: number, seed: number) {
  // one track per player (walks, runs, stops; 1 Hz, sigma 8 m), interleaved as a server sees them
  const tracks: Fix[][] = [];
  for (let p = 0; p < players; p++) {
    const speed = [0, 1.4, 1.4, 2.8][p % 4]!;
    tracks.push(
      synthTrack({
        seed: seed + p,
        lat: 48.85 + (p % 50) * 0.01,
        lng: 2.35 + Math.floor(p / 50) * 0.01,
        legs: [{ durationS: perPlayer - 1, speedMps: speed, headingDeg: (p * 37) % 360, turnDegPerS: 0.2 }],
      }).fixes,
    );
  }
  const base = heapAfterGc();
  const pipes = tracks.map(() => new GpsPipeline());
  // warm-up on the first 10% so the timed part is the steady state
  const warm = Math.floor(perPlayer / 10);
  for (let i = 0; i < warm; i++)
    for (let p = 0; p < players; p++) pipes[p]!.push(tracks[p]![i]!, tracks[p]![i]!.tMs);
  // timed in ROUNDS slices of the track; the median slice is the figure (the machine is shared)
  const rates: number[] = [];
  const slice = Math.ceil((perPlayer - warm) / ROUNDS);
  for (let from = warm; from < perPlayer; from += slice) {
    const to = Math.min(perPlayer, from + slice);
    const t0 = process.hrtime.bigint();
    for (let i = from; i < to; i++) {
      for (let p = 0; p < players; p++) {
        const f = tracks[p]![i]!;
        pipes[p]!.push(f, f.tMs);
      }
    }
    rates.push(((to - from) * players * 1e9) / Number(process.hrtime.bigint() - t0));
  }
  const after = heapAfterGc();
  // (tracks and pipes are used below, so the collection above could not free them: V8 frees what
  // a function no longer uses)
  const fixes = tracks.length * (perPlayer - warm);
  const rate = median(rates);
  return {
    players: pipes.length,
    fixes,
    fixesPerSec: Math.round(rate),
    nsPerFix: round(1e9 / rate, 1),
    slowestSliceFixesPerSec: Math.round(Math.min(...rates)),
    // what a player's pipeline keeps, typed arrays included (filter, reorder window, a full history)
    retainedBytesPerPlayer: base === null || after === null ? null : Math.round((after - base) / players),
  };
}

function benchGeofence(nFences: number, nChecks: number, seed: number) {
  // fences over a 30 km x 30 km city: half circles (20-200 m), half 5-8-sided polygons (40-400 m)
  const rng = mulberry32(seed);
  const proj = new LocalProjection(40.7128, -74.006);
  const SIDE = 30_000;
  const fences: FenceDef[] = [];
  for (let i = 0; i < nFences; i++) {
    const x = SIDE * rng();
    const y = SIDE * rng();
    if (i % 2 === 0) {
      fences.push({ id: `c${i}`, circle: { lat: proj.lat(y), lng: proj.lng(x), radiusM: 20 + 180 * rng() } });
    } else {
      const n = 5 + Math.floor(4 * rng());
      const r = 20 + 180 * rng();
      const ring: number[][] = [];
      for (let k = 0; k < n; k++) {
        const a = (2 * Math.PI * k) / n;
        ring.push([proj.lng(x + r * Math.cos(a)), proj.lat(y + r * Math.sin(a))]);
      }
      ring.push(ring[0]!);
      fences.push({ id: `p${i}`, geometry: { type: 'Polygon', coordinates: [ring] } });
    }
  }
  const t0 = process.hrtime.bigint();
  const index = new GeofenceIndex(fences);
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // 1,000 players walking about the city, checked in turn
  const P = 1000;
  const trackers = Array.from({ length: P }, () => new GeofenceTracker(index));
  const px = Float64Array.from({ length: P }, () => SIDE * rng());
  const py = Float64Array.from({ length: P }, () => SIDE * rng());
  const heading = Float64Array.from({ length: P }, () => 2 * Math.PI * rng());
  let events = 0;
  let cands = 0;
  for (let i = 0; i < 2000; i++)
    cands += index.candidates(proj.lat(SIDE * rng()), proj.lng(SIDE * rng())).length;
  // timed in ROUNDS slices; the median slice is the figure (the machine is shared)
  const rates: number[] = [];
  const slice = Math.ceil(nChecks / ROUNDS);
  for (let from = 0; from < nChecks; from += slice) {
    const to = Math.min(nChecks, from + slice);
    const t1 = process.hrtime.bigint();
    for (let i = from; i < to; i++) {
      const p = i % P;
      heading[p] = heading[p]! + 0.1 * (rng() - 0.5);
      px[p] = px[p]! + 1.4 * Math.sin(heading[p]!);
      py[p] = py[p]! + 1.4 * Math.cos(heading[p]!);
      events += trackers[p]!.check(
        proj.lat(py[p]!),
        proj.lng(px[p]!),
        6,
        1.4,
        Math.floor(i / P) * 1000,
      ).length;
    }
    rates.push(((to - from) * 1e9) / Number(process.hrtime.bigint() - t1));
  }
  return {
    fences: nFences,
    buildMs: round(buildMs, 1),
    checks: nChecks,
    checksPerSec: Math.round(median(rates)),
    slowestSliceChecksPerSec: Math.round(Math.min(...rates)),
    events,
    meanCandidates: round(cands / 2000, 2),
  };
}

const ROUNDS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function round(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

/** Runs the three parts and returns a JSON-serialisable result. */
export async function runGpsBench(opts: GpsBenchOptions = {}): Promise<GpsBenchResult> {
  const seed = opts.seed ?? 42;
  const quick = opts.quick ?? false;
  const kalman = await benchKalman(opts.kalmanUpdates ?? 10_000_000, quick, seed);
  const pipeline = benchPipeline(opts.players ?? 1000, opts.fixesPerPlayer ?? 1000, seed);
  const geofence = benchGeofence(opts.fences ?? 100_000, opts.fenceChecks ?? 1_000_000, seed);
  return {
    bench: 'gps',
    node: process.version,
    gcExposed: gc !== undefined,
    kalman,
    pipeline,
    geofence,
    targets: {
      kalmanMedianNs: 1000,
      kalmanBytesPerUpdate: 0,
      pipelineFixesPerSec: 500000,
      geofenceChecksPerSec: 200000,
    },
    met: {
      kalmanMedian: kalman.medianNs <= 1000,
      // under one byte per update and not one collection: what is left is code and feedback, not the update
      kalmanAllocationFree: kalman.gcEventsDuringLoop === 0 && kalman.bytesPerUpdate < 1,
      pipeline: pipeline.fixesPerSec >= 500_000,
      geofence: geofence.checksPerSec >= 200_000,
    },
  };
}

/** `geoplay bench gps [--quick]`: prints the result as one JSON line. */
export async function main(argv: readonly string[] = []): Promise<number> {
  const quick = argv.includes('--quick');
  const r = await runGpsBench(
    quick
      ? {
          quick,
          kalmanUpdates: 1_000_000,
          players: 200,
          fixesPerPlayer: 500,
          fences: 100_000,
          fenceChecks: 200_000,
        }
      : {},
  );
  process.stdout.write(`${JSON.stringify(r)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
