// Geo queries benchmark: the spatial hot paths the world leans on. See docs/BENCHMARKS.md, section
// "Geo queries".
//
//   geoplay bench geo [--points N] [--queries N] [--radius M] [--spread M] [--quick]
//   npx tsx -e "import('./bench/geo.ts').then(m=>m.main(process.argv.slice(1)))" -- --points 1000000
//
// 1. nearby: `PointIndex.within` (flatbush + cheap-ruler filter, what `PoiIndex` wraps) over N points
//    spread uniformly on a disc around the demo centre, radius 300 m, one query at a time.
// 2. view cell: `cellIdAt(lat, lng, 16)`, the call made on every position update.
// 3. AOI covering: `coverCircle(lat, lng, 300, 16)`, made whenever a player crosses a view cell.
// 4. spawns: `spawnsInCell(viewCell, t, rules)`, made when a view cell becomes active.
// Prints one JSON line. Figures are truncated, never rounded up.
import { cellIdAt, VIEW_LEVEL } from '../src/geo/cells.js';
import { coverCircle } from '../src/geo/cover.js';
import { LocalProjection } from '../src/geo/enu.js';
import { PointIndex, WithinResult } from '../src/geo/pointIndex.js';
import { DEFAULT_DEMO_CENTRE } from '../src/world/pois.js';
import { createSpawnRules, spawnsInCell } from '../src/world/spawns.js';

export interface GeoBenchOptions {
  /** Indexed points (default 1,000,000). */
  points?: number;
  /** Nearby queries timed (default 50,000). */
  queries?: number;
  /** Nearby and AOI radius in metres (default 300). */
  radiusM?: number;
  /** Radius of the disc the points and query centres are spread over (default 30 km). */
  spreadM?: number;
  /** View-cell lookups timed (default 500,000, in batches of 1000). */
  viewCellCalls?: number;
  /** AOI coverings timed (default 5,000). */
  covers?: number;
  /** spawnsInCell calls timed (default 5,000). */
  spawnCells?: number;
  seed?: number;
}

export interface Percentiles {
  p50: number;
  p99: number;
}

export interface GeoBenchResult {
  points: number;
  radius_m: number;
  spread_m: number;
  build_ms: number;
  queries: number;
  queries_per_s: number;
  query_us: Percentiles;
  hits_mean: number;
  view_cell_calls: number;
  view_cells_per_s: number;
  /** Per call, from the mean of each batch of 1000 calls (single calls are below timer resolution). */
  view_cell_us: Percentiles;
  aoi_covers: number;
  aoi_covers_per_s: number;
  aoi_cover_us: Percentiles;
  aoi_cells_mean: number;
  spawn_cells: number;
  spawn_density_per_km2: number;
  spawns_in_cell_us: Percentiles;
  node: string;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Truncates (never rounds up) to `decimals` places. */
function trunc(x: number, decimals = 3): number {
  const f = 10 ** decimals;
  return Math.floor(x * f) / f;
}

/** Nearest-rank percentiles of the samples (sorted in place). */
function percentiles(samples: Float64Array): Percentiles {
  samples.sort();
  const at = (q: number) => samples[Math.max(0, Math.ceil(q * samples.length) - 1)]!;
  return { p50: trunc(at(0.5)), p99: trunc(at(0.99)) };
}

export function runGeoBench(options: GeoBenchOptions = {}): GeoBenchResult {
  const n = options.points ?? 1_000_000;
  const queries = options.queries ?? 50_000;
  const radiusM = options.radiusM ?? 300;
  const spreadM = options.spreadM ?? 30_000;
  const viewCalls = options.viewCellCalls ?? 500_000;
  const covers = options.covers ?? 5_000;
  const spawnCells = options.spawnCells ?? 5_000;
  const rnd = mulberry32(options.seed ?? 1);
  const proj = new LocalProjection(DEFAULT_DEMO_CENTRE.lat, DEFAULT_DEMO_CENTRE.lng);
  const randomPosition = (out: Float64Array, k: number) => {
    const r = spreadM * Math.sqrt(rnd());
    const th = rnd() * 2 * Math.PI;
    out[2 * k] = proj.lat(r * Math.sin(th));
    out[2 * k + 1] = proj.lng(r * Math.cos(th));
  };

  const pts = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) randomPosition(pts, k);
  const lats = new Float64Array(n);
  const lngs = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    lats[k] = pts[2 * k]!;
    lngs[k] = pts[2 * k + 1]!;
  }
  const t0 = performance.now();
  const index = new PointIndex(lats, lngs);
  const buildMs = performance.now() - t0;

  // Query centres are drawn from the same disc (inner 90%, so queries are not biased to the sparse rim).
  const qn = Math.max(queries, 1);
  const centres = new Float64Array(2 * qn);
  for (let k = 0; k < qn; k++) randomPosition(centres, k);
  for (let k = 0; k < qn; k++) {
    centres[2 * k] = DEFAULT_DEMO_CENTRE.lat + (centres[2 * k]! - DEFAULT_DEMO_CENTRE.lat) * 0.9;
    centres[2 * k + 1] = DEFAULT_DEMO_CENTRE.lng + (centres[2 * k + 1]! - DEFAULT_DEMO_CENTRE.lng) * 0.9;
  }
  const out = new WithinResult(1024);
  const warm = Math.min(2000, qn);
  for (let k = 0; k < warm; k++) index.within(centres[2 * k]!, centres[2 * k + 1]!, radiusM, out);
  const queryUs = new Float64Array(queries);
  let hits = 0;
  const tq = performance.now();
  for (let k = 0; k < queries; k++) {
    const s = performance.now();
    hits += index.within(centres[2 * k]!, centres[2 * k + 1]!, radiusM, out);
    queryUs[k] = (performance.now() - s) * 1000;
  }
  const queryTotalS = (performance.now() - tq) / 1000;

  // View cell of a point, timed per batch of 1000 calls.
  const BATCH = 1000;
  const batches = Math.max(1, Math.floor(viewCalls / BATCH));
  const viewUs = new Float64Array(batches);
  let sink = 0n;
  for (let k = 0; k < 20_000; k++) sink ^= cellIdAt(lats[k % n]!, lngs[k % n]!, VIEW_LEVEL);
  const tv = performance.now();
  for (let b = 0; b < batches; b++) {
    const s = performance.now();
    for (let k = 0; k < BATCH; k++) {
      const i = (b * BATCH + k) % n;
      sink ^= cellIdAt(lats[i]!, lngs[i]!, VIEW_LEVEL);
    }
    viewUs[b] = ((performance.now() - s) * 1000) / BATCH;
  }
  const viewTotalS = (performance.now() - tv) / 1000;

  // AOI covering at random positions.
  for (let k = 0; k < 200; k++) coverCircle(lats[k % n]!, lngs[k % n]!, radiusM, VIEW_LEVEL);
  const coverUs = new Float64Array(covers);
  let cells = 0;
  const tc = performance.now();
  for (let k = 0; k < covers; k++) {
    const i = (k * 7919) % n;
    const s = performance.now();
    cells += coverCircle(lats[i]!, lngs[i]!, radiusM, VIEW_LEVEL).length;
    coverUs[k] = (performance.now() - s) * 1000;
  }
  const coverTotalS = (performance.now() - tc) / 1000;

  // Spawns of a view cell (cold: nothing cached between calls).
  const density = 400;
  const rules = createSpawnRules({
    seed: 1,
    densityPerKm2: density,
    table: [
      { species: 'a', weight: 5 },
      { species: 'b', weight: 3 },
      { species: 'c', weight: 1 },
    ],
  });
  const now = Date.UTC(2026, 0, 1);
  for (let k = 0; k < 200; k++) spawnsInCell(cellIdAt(lats[k % n]!, lngs[k % n]!, VIEW_LEVEL), now, rules);
  const spawnUs = new Float64Array(spawnCells);
  for (let k = 0; k < spawnCells; k++) {
    const i = (k * 104_729) % n;
    const cell = cellIdAt(lats[i]!, lngs[i]!, VIEW_LEVEL);
    const s = performance.now();
    spawnsInCell(cell, now + k * 60_000, rules);
    spawnUs[k] = (performance.now() - s) * 1000;
  }
  if (sink === 1n) process.stderr.write('');

  return {
    points: n,
    radius_m: radiusM,
    spread_m: spreadM,
    build_ms: trunc(buildMs, 1),
    queries,
    queries_per_s: Math.floor(queries / queryTotalS),
    query_us: percentiles(queryUs),
    hits_mean: trunc(hits / Math.max(1, queries), 1),
    view_cell_calls: batches * BATCH,
    view_cells_per_s: Math.floor((batches * BATCH) / viewTotalS),
    view_cell_us: percentiles(viewUs),
    aoi_covers: covers,
    aoi_covers_per_s: Math.floor(covers / coverTotalS),
    aoi_cover_us: percentiles(coverUs),
    aoi_cells_mean: trunc(cells / Math.max(1, covers), 1),
    spawn_cells: spawnCells,
    spawn_density_per_km2: density,
    spawns_in_cell_us: percentiles(spawnUs),
    node: process.version,
  };
}

export const geoBenchUsage =
  'geoplay bench geo [--points N] [--queries N] [--radius M] [--spread M] [--quick]  (prints one JSON line)';

export async function main(argv: string[]): Promise<number> {
  const opts: GeoBenchOptions = {};
  const flags: Record<string, (v: number) => void> = {
    '--points': (v) => {
      opts.points = v;
    },
    '--queries': (v) => {
      opts.queries = v;
    },
    '--radius': (v) => {
      opts.radiusM = v;
    },
    '--spread': (v) => {
      opts.spreadM = v;
    },
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      console.log(geoBenchUsage);
      return 0;
    }
    if (a === '--quick') {
      Object.assign(opts, {
        points: 100_000,
        queries: 5000,
        viewCellCalls: 50_000,
        covers: 500,
        spawnCells: 500,
      });
      continue;
    }
    const set = flags[a];
    const v = Number(argv[i + 1]);
    if (set === undefined || !(v > 0 && Number.isFinite(v))) {
      console.error(`geoplay bench geo: bad argument ${a} ${argv[i + 1] ?? ''}\nusage: ${geoBenchUsage}`);
      return 2;
    }
    set(v);
    i++;
  }
  console.log(JSON.stringify(runGeoBench(opts)));
  return 0;
}
