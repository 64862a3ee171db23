// `geoplay bench journal`: acknowledged ops per second and ack latency of the Store's group commit,
// on PGlite and on PostgreSQL. Ops arrive continuously at a fixed rate; every tick the ops that
// arrived since the last commit are committed in one commitOps call (one batch, one transaction),
// as the world does once per 200 ms tick; an op's ack latency runs from its arrival to the end of
// its batch's commit. A tick that finds the previous commit still running leaves the ops for the
// next tick. Also measured: back-to-back commits of fixed batch sizes (capacity, and what one
// round trip per batch buys). One JSON line per store and variant.
//   npx tsx -e "import('./bench/journal.ts').then(m=>m.main(process.argv.slice(1)))" -- --seconds 10
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type OpCommit, openPGliteStore, openPostgresStore, type Store } from '../src/cluster/store/index.js';

export interface JournalBenchOptions {
  stores: ('pglite' | 'postgres')[];
  /** A PostgreSQL admin URL: the bench creates a temporary database there and drops it after. */
  url: string;
  /** Offered load, ops per second. Default 6,000. */
  rate: number;
  /** Seconds per tick variant (after 1 s of warm-up). Default 10. */
  seconds: number;
  /** Commit intervals to simulate, ms; 0 = continuous (commit again as soon as the last one is done). Default 200 (the world tick), 50, 0. */
  tickMs: number[];
  /** Batch sizes of the back-to-back capacity runs (empty: none). Default 1, 100, 1000. */
  capacityBatches: number[];
  /** Seconds per capacity run. Default 3. */
  capacitySeconds: number;
  /** Distinct players the ops spread over. Default 2,000. */
  players: number;
}

export const defaultJournalOptions: JournalBenchOptions = {
  stores: ['pglite', 'postgres'],
  url: process.env.GEOPLAY_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  rate: 6000,
  seconds: 10,
  tickMs: [200, 50, 0],
  capacityBatches: [1, 100, 1000],
  capacitySeconds: 3,
  players: 2000,
};

interface Percentiles {
  p50: number;
  p99: number;
  max: number;
}

export interface TickResult {
  bench: 'journal';
  mode: 'tick';
  store: string;
  tick_ms: number;
  offered_ops_per_s: number;
  ops: number;
  ops_per_s: number;
  ack_ms: Percentiles;
  commit_ms: Percentiles;
  batches: number;
  batch_ops_mean: number;
  /** Ticks that found the previous commit still running. */
  ticks_deferred: number;
  /** Ops the store journaled as rejected (short of items: the slow op-by-op path). 0 in a fair run. */
  ops_short: number;
  target: { ops_per_s: number; ack_p99_ms: number; met: boolean } | null;
}

export interface CapacityResult {
  bench: 'journal';
  mode: 'capacity';
  store: string;
  batch_ops: number;
  batches: number;
  ops_per_s: number;
  commit_ms: Percentiles;
}

function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { p50: 0, p99: 0, max: 0 };
  const s = Float64Array.from(values).sort();
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { p50: r(at(0.5)), p99: r(at(0.99)), max: r(s[s.length - 1]!) };
}

/** UUIDv7 as clients make them: 48-bit ms timestamp, then random bits. */
function uuidv7(ms: number): string {
  const b = randomBytes(16);
  b.writeUIntBE(ms, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The k-th op of the workload: mostly catches (spend a ball, gain a creature), every 4th a spin. */
function workloadOp(k: number, players: number, nowMs: number, logical: number): OpCommit {
  const playerId = `player-${k % players}`;
  const base = {
    opId: uuidv7(nowMs),
    playerId,
    hlc: { ms: nowMs, logical },
    clientTimeMs: nowMs - 40,
    shard: '89c259',
  };
  if (k % 4 === 3) {
    const poi = `poi-${k % 500}`;
    return {
      ...base,
      kind: 'spin',
      payload: { poiId: poi, latE7: 356_586_000 + (k % 1000), lngE7: 1_397_454_000 + (k % 777) },
      status: 'accepted',
      result: { items: [{ item: 'ball', n: 3 }], xp: 50 },
      inventoryDeltas: [{ item: 'ball', delta: 3 }],
      cooldowns: [{ key: `spin:${poi}`, untilMs: nowMs + 300_000 }],
    };
  }
  return {
    ...base,
    kind: 'catch',
    payload: { spawnId: `spawn-${k % 5000}`, ball: 'ball', throw: { curve: k % 2 === 0, accuracy: 0.83 } },
    status: 'accepted',
    result: { caught: true, creature: { species: 'pidgey', cp: 100 + (k % 400) }, xp: 100 },
    inventoryDeltas: [
      { item: 'ball', delta: -1 },
      { item: 'creature:pidgey', delta: 1 },
    ],
    cooldowns: [],
  };
}

/** Players with enough balls that no op of the run is short (no fallback path in the figures). */
async function seed(store: Store, players: number): Promise<void> {
  const now = Date.now();
  for (let start = 0; start < players; start += 500) {
    const batch: OpCommit[] = [];
    for (let i = start; i < Math.min(players, start + 500); i++) {
      await store.upsertPlayer({ id: `player-${i}`, name: `Player ${i}`, team: i % 3 });
      batch.push({
        opId: uuidv7(now),
        playerId: `player-${i}`,
        kind: 'grant',
        payload: null,
        status: 'accepted',
        hlc: { ms: now, logical: i },
        inventoryDeltas: [{ item: 'ball', delta: 1_000_000 }],
      });
    }
    await store.commitOps(batch);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

export async function runTickVariant(
  store: Store,
  name: string,
  opts: { rate: number; seconds: number; tickMs: number; players: number; warmupS?: number },
): Promise<TickResult> {
  const warmupMs = (opts.warmupS ?? 1) * 1000;
  const intervalMs = 1000 / opts.rate;
  const start = performance.now();
  const end = start + warmupMs + opts.seconds * 1000;
  const wallOffset = Date.now() - start;
  let next = 0; // index of the next op to arrive (arrival = start + next * intervalMs)
  let k = 0;
  let logical = 0;
  let inFlight = false;
  let failure: unknown = null;
  let last: Promise<void> = Promise.resolve();
  let deferred = 0;
  const acks: number[] = [];
  const commits: number[] = [];
  let acked = 0;
  let short = 0;
  let measuredFrom = -1;
  let lastDone = 0;
  // tickMs 0: continuous group commit, each commit takes whatever arrived during the previous one.
  const continuous = opts.tickMs === 0;
  for (let tick = 1; ; tick++) {
    const tickAt = continuous ? performance.now() + 1 : start + tick * opts.tickMs;
    if (tickAt > end) break;
    if (continuous) await last;
    await sleep(tickAt - performance.now());
    if (failure) throw failure;
    if (inFlight) {
      deferred++;
      continue;
    }
    const now = performance.now();
    const arrived = Math.floor((Math.min(now, end) - start) / intervalMs);
    if (arrived <= next) continue;
    const arrivals: number[] = [];
    const batch: OpCommit[] = [];
    const wallMs = Math.floor(now + wallOffset);
    for (let i = next; i < arrived; i++) {
      arrivals.push(start + i * intervalMs);
      batch.push(workloadOp(k++, opts.players, wallMs, logical++));
    }
    next = arrived;
    const t0 = performance.now();
    const measured = t0 - start >= warmupMs;
    if (measured && measuredFrom < 0) measuredFrom = arrivals[0]!;
    inFlight = true;
    last = store
      .commitOps(batch)
      .then((outs) => {
        const done = performance.now();
        if (outs.some((o) => !o.applied)) throw new Error('journal bench: an op was not applied');
        if (!measured) return;
        commits.push(done - t0);
        acked += batch.length;
        for (const o of outs) if (o.stored.status !== 'accepted') short++;
        lastDone = done;
        for (const a of arrivals) acks.push(done - a);
      })
      .catch((e: unknown) => {
        failure = e;
      })
      .finally(() => {
        inFlight = false;
      });
  }
  await last;
  if (failure) throw failure;
  const spanS = Math.max(1e-3, (lastDone - measuredFrom) / 1000);
  const ack = percentiles(acks);
  const opsPerS = Math.round(acked / spanS);
  const isTarget = name === 'postgres' && opts.tickMs === 200;
  return {
    bench: 'journal',
    mode: 'tick',
    store: name,
    tick_ms: opts.tickMs,
    offered_ops_per_s: opts.rate,
    ops: acked,
    ops_per_s: opsPerS,
    ack_ms: ack,
    commit_ms: percentiles(commits),
    batches: commits.length,
    batch_ops_mean: Math.round(acked / Math.max(1, commits.length)),
    ticks_deferred: deferred,
    ops_short: short,
    target: isTarget ? { ops_per_s: 5000, ack_p99_ms: 220, met: opsPerS >= 5000 && ack.p99 <= 220 } : null,
  };
}

export async function runCapacity(
  store: Store,
  name: string,
  batchOps: number,
  seconds: number,
  players: number,
): Promise<CapacityResult> {
  const commits: number[] = [];
  let ops = 0;
  let k = 1_000_000_000;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    const now = Date.now();
    const batch = Array.from({ length: batchOps }, (_, i) => workloadOp(k++, players, now, i));
    const t0 = performance.now();
    await store.commitOps(batch);
    commits.push(performance.now() - t0);
    ops += batchOps;
  }
  const spanS = (performance.now() - start) / 1000;
  return {
    bench: 'journal',
    mode: 'capacity',
    store: name,
    batch_ops: batchOps,
    batches: commits.length,
    ops_per_s: Math.round(ops / spanS),
    commit_ms: percentiles(commits),
  };
}

async function withStore<T>(
  kind: 'pglite' | 'postgres',
  opts: JournalBenchOptions,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'geoplay-bench-journal-'));
    try {
      const store = await openPGliteStore({ dataDir: join(dir, 'pglite') });
      try {
        return await fn(store);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const admin = new URL(opts.url);
  const db = `geoplay_bench_${randomBytes(4).toString('hex')}`;
  const adminSql = async (sql: string) => {
    const c = new pg.Client({ connectionString: opts.url, connectionTimeoutMillis: 5000 });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await adminSql(`CREATE DATABASE "${db}"`);
  try {
    const url = new URL(admin.href);
    url.pathname = `/${db}`;
    const store = await openPostgresStore({ url: url.href });
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  } finally {
    await adminSql(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  }
}

export async function runJournalBench(
  opts: JournalBenchOptions,
  emit: (line: TickResult | CapacityResult) => void,
): Promise<void> {
  for (const kind of opts.stores) {
    await withStore(kind, opts, async (store) => {
      await seed(store, opts.players);
      for (const tickMs of opts.tickMs) {
        emit(
          await runTickVariant(store, kind, {
            rate: opts.rate,
            seconds: opts.seconds,
            tickMs,
            players: opts.players,
          }),
        );
      }
      for (const b of opts.capacityBatches)
        emit(await runCapacity(store, kind, b, opts.capacitySeconds, opts.players));
    });
  }
}

export const journalBenchUsage =
  'geoplay bench journal [--stores pglite,postgres] [--url POSTGRES_ADMIN_URL] [--rate OPS_PER_S] ' +
  '[--seconds S] [--tick MS[,MS...]] [--capacity N[,N...]|none] [--capacity-seconds S] [--players N]';

export async function main(argv: string[]): Promise<number> {
  const opts: JournalBenchOptions = { ...defaultJournalOptions };
  const list = (v: string) => v.split(',').filter(Boolean);
  const nums = (v: string) => (v === 'none' ? [] : list(v).map(Number));
  for (let i = 0; i < argv.length; i += 2) {
    const a = argv[i]!;
    const v = argv[i + 1];
    if (v === undefined) {
      console.error(`geoplay bench journal: ${a} needs a value\nusage: ${journalBenchUsage}`);
      return 2;
    }
    if (a === '--stores')
      opts.stores = list(v).filter((s): s is 'pglite' | 'postgres' => s === 'pglite' || s === 'postgres');
    else if (a === '--url') opts.url = v;
    else if (a === '--rate') opts.rate = Number(v);
    else if (a === '--seconds') opts.seconds = Number(v);
    else if (a === '--tick') opts.tickMs = nums(v);
    else if (a === '--capacity') opts.capacityBatches = nums(v);
    else if (a === '--capacity-seconds') opts.capacitySeconds = Number(v);
    else if (a === '--players') opts.players = Number(v);
    else {
      console.error(`geoplay bench journal: unknown argument ${a}\nusage: ${journalBenchUsage}`);
      return 2;
    }
  }
  const bad =
    [opts.rate, opts.seconds, opts.players, opts.capacitySeconds, ...opts.capacityBatches].some(
      (x) => !Number.isFinite(x) || x <= 0,
    ) || opts.tickMs.some((x) => !Number.isFinite(x) || x < 0);
  if (bad || opts.stores.length === 0) {
    console.error(`geoplay bench journal: bad arguments\nusage: ${journalBenchUsage}`);
    return 2;
  }
  await runJournalBench(opts, (line) => console.log(JSON.stringify(line)));
  return 0;
}
