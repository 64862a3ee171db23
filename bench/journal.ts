// `geoplay bench journal`: acknowledged ops per second and ack latency of the world's write path,
// `OpJournal` (src/world/journal.ts, the component ActionRunner submits every executed action to),
// on PGlite and on PostgreSQL. Two modes, one JSON line per store and run:
//   rate:     ops arrive at a fixed offered rate and are submitted as they arrive; an op's ack
//             latency runs from `submit()` to its promise resolving (after its commit).
//   capacity: a closed loop keeps a fixed number of ops outstanding (each ack submits the next op),
//             so the journal always has work: its ops/s is the ceiling on this machine.
//   npx tsx -e "import('./bench/journal.ts').then(m=>m.main(process.argv.slice(1)))" -- --seconds 10
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  type OpCommit,
  type OpOutcome,
  openPGliteStore,
  openPostgresStore,
  type Store,
} from '../src/cluster/store/index.js';
import { silentLogger } from '../src/ops/logger.js';
import { TimerRegistry } from '../src/ops/timers.js';
import { OpJournal } from '../src/world/journal.js';

export interface JournalBenchOptions {
  stores: ('pglite' | 'postgres')[];
  /** A PostgreSQL admin URL: the bench creates a temporary database there and drops it after. */
  url: string;
  /** Offered load of the rate runs, ops per second. Default 6,000. */
  rate: number;
  /** Measured seconds per rate run (after 1 s of warm-up). Default 10. */
  seconds: number;
  /** OpJournal `intervalMs` values to run (0 = continuous, the server's default). Default 0. */
  intervalMs: number[];
  /** OpJournal `maxBatch`. Default 2,000 (the server's `commitMaxOps`). */
  maxBatch: number;
  /** Ops kept outstanding in the capacity runs (empty: none). Default 4,000 (two full commits). */
  capacityOutstanding: number[];
  /** Measured seconds per capacity run (after 0.5 s of warm-up). Default 5. */
  capacitySeconds: number;
  /** Distinct players the ops spread over. Default 2,000. */
  players: number;
}

export const defaultJournalOptions: JournalBenchOptions = {
  stores: ['pglite', 'postgres'],
  url: process.env.GEOPLAY_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  rate: 6000,
  seconds: 10,
  intervalMs: [0],
  maxBatch: 2000,
  capacityOutstanding: [4000],
  capacitySeconds: 5,
  players: 2000,
};

/** Issue 5's target on PostgreSQL: 5,000 acknowledged ops/s, ack p99 within one 200 ms world tick + 20 ms. */
const TARGET = { ops_per_s: 5000, ack_p99_ms: 200 + 20 };

interface Percentiles {
  p50: number;
  p99: number;
  max: number;
}

export interface JournalResult {
  bench: 'journal';
  mode: 'rate' | 'capacity';
  store: string;
  interval_ms: number;
  max_batch: number;
  /** rate: the offered ops/s; capacity: null. */
  offered_ops_per_s: number | null;
  /** capacity: the ops kept outstanding; rate: null. */
  outstanding: number | null;
  /** Acks within the measured window, and per second of it. */
  ops: number;
  ops_per_s: number;
  /** From submit() to the promise resolving, for the ops submitted in the measured window. */
  ack_ms: Percentiles;
  /** rate: how late submit() ran after the op's scheduled arrival (the event loop was busy). */
  submit_lag_ms: Percentiles | null;
  /** The store's commitOps calls OpJournal made in the measured window. */
  commit_ms: Percentiles;
  commits: number;
  batch_ops: { mean: number; max: number };
  /** Ops the store journaled as rejected (short of items: the slow op-by-op path). 0 in a fair run. */
  ops_short: number;
  target: { ops_per_s: number; ack_p99_ms: number; met: boolean } | null;
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
export async function seedPlayers(store: Store, players: number): Promise<void> {
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

/** The store as OpJournal sees it, with each commitOps call timed (the bench's only view inside). */
function timedStore(store: Store, onCommit: (ops: number, startedAt: number, ms: number) => void): Store {
  const commitOps = async (ops: readonly OpCommit[]): Promise<OpOutcome[]> => {
    const t0 = performance.now();
    const out = await store.commitOps(ops);
    onCommit(ops.length, t0, performance.now() - t0);
    return out;
  };
  return new Proxy(store, {
    get: (target, key, receiver) => (key === 'commitOps' ? commitOps : Reflect.get(target, key, receiver)),
  });
}

export type JournalLoad = { rate: number } | { outstanding: number };

export interface JournalRunOptions {
  load: JournalLoad;
  intervalMs: number;
  maxBatch: number;
  seconds: number;
  players: number;
  /** Seconds before the measured window (default 1). */
  warmupS?: number;
}

/**
 * One run through a fresh OpJournal on `store`. Ops are submitted during warm-up + `seconds`;
 * the measured window is the last `seconds`: acks in it give ops/s, ops submitted in it give the
 * ack latencies. The journal is closed (everything flushed) before returning.
 */
export async function runJournal(
  store: Store,
  name: string,
  opts: JournalRunOptions,
): Promise<JournalResult> {
  const timers = new TimerRegistry();
  const commitMs: number[] = [];
  const batchSizes: number[] = [];
  const start = performance.now();
  const from = start + (opts.warmupS ?? 1) * 1000;
  const end = from + opts.seconds * 1000;
  const journal = new OpJournal(
    timedStore(store, (ops, t0, ms) => {
      if (t0 < from || t0 >= end) return;
      commitMs.push(ms);
      batchSizes.push(ops);
    }),
    { intervalMs: opts.intervalMs, maxBatch: opts.maxBatch },
    timers,
    silentLogger(),
  );
  const acks: number[] = [];
  const lags: number[] = [];
  let ackedInWindow = 0;
  let submitted = 0;
  let acked = 0;
  let short = 0;
  let failure: unknown = null;
  let logical = 0;
  const closedLoop = 'outstanding' in opts.load;

  const submit = (arrivalAt: number): void => {
    const t0 = performance.now();
    const op = workloadOp(submitted++, opts.players, Date.now(), logical++);
    if (t0 >= from && t0 < end && !closedLoop) lags.push(t0 - arrivalAt);
    journal.submit(op).then(
      (outcome) => {
        const done = performance.now();
        acked++;
        if (!outcome.applied) failure ??= new Error(`journal bench: op ${outcome.opId} was not applied`);
        if (outcome.stored.status !== 'accepted') short++;
        if (done >= from && done < end) ackedInWindow++;
        if (t0 >= from && t0 < end) acks.push(done - t0);
        if (closedLoop && done < end && failure === null) submit(done);
      },
      (err: unknown) => {
        failure ??= err;
      },
    );
  };

  try {
    if ('outstanding' in opts.load) {
      for (let i = 0; i < opts.load.outstanding; i++) submit(start);
      await sleep(end - performance.now());
    } else {
      const perOpMs = 1000 / opts.load.rate;
      let next = 0; // the next op's arrival is start + next * perOpMs
      for (let now = performance.now(); now < end && failure === null; now = performance.now()) {
        const due = Math.floor((now - start) / perOpMs);
        for (; next <= due; next++) submit(start + next * perOpMs);
        await sleep(1);
      }
    }
  } finally {
    await journal.close();
    timers.close();
  }
  if (failure !== null) throw failure;
  if (acked !== submitted) throw new Error(`journal bench: ${submitted - acked} ops never acknowledged`);
  const ack = percentiles(acks);
  const opsPerS = Math.round(ackedInWindow / opts.seconds);
  const batched = batchSizes.reduce((a, b) => a + b, 0);
  return {
    bench: 'journal',
    mode: closedLoop ? 'capacity' : 'rate',
    store: name,
    interval_ms: opts.intervalMs,
    max_batch: opts.maxBatch,
    offered_ops_per_s: 'rate' in opts.load ? opts.load.rate : null,
    outstanding: 'outstanding' in opts.load ? opts.load.outstanding : null,
    ops: ackedInWindow,
    ops_per_s: opsPerS,
    ack_ms: ack,
    submit_lag_ms: closedLoop ? null : percentiles(lags),
    commit_ms: percentiles(commitMs),
    commits: commitMs.length,
    batch_ops: {
      mean: Math.round(batched / Math.max(1, batchSizes.length)),
      max: batchSizes.reduce((a, b) => Math.max(a, b), 0),
    },
    ops_short: short,
    target:
      name === 'postgres' && !closedLoop
        ? { ...TARGET, met: opsPerS >= TARGET.ops_per_s && ack.p99 <= TARGET.ack_p99_ms }
        : null,
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
  emit: (line: JournalResult) => void,
): Promise<void> {
  for (const kind of opts.stores) {
    await withStore(kind, opts, async (store) => {
      await seedPlayers(store, opts.players);
      const common = { maxBatch: opts.maxBatch, players: opts.players };
      for (const intervalMs of opts.intervalMs) {
        emit(
          await runJournal(store, kind, {
            ...common,
            load: { rate: opts.rate },
            intervalMs,
            seconds: opts.seconds,
          }),
        );
        for (const outstanding of opts.capacityOutstanding) {
          emit(
            await runJournal(store, kind, {
              ...common,
              load: { outstanding },
              intervalMs,
              seconds: opts.capacitySeconds,
              warmupS: 0.5,
            }),
          );
        }
      }
    });
  }
}

export const journalBenchUsage =
  'geoplay bench journal [--stores pglite,postgres] [--url POSTGRES_ADMIN_URL] [--rate OPS_PER_S] ' +
  '[--seconds S] [--interval-ms MS[,MS...]] [--max-batch N] [--capacity OUTSTANDING[,...]|none] ' +
  '[--capacity-seconds S] [--players N]';

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
    else if (a === '--interval-ms') opts.intervalMs = list(v).map(Number);
    else if (a === '--max-batch') opts.maxBatch = Number(v);
    else if (a === '--capacity') opts.capacityOutstanding = nums(v);
    else if (a === '--capacity-seconds') opts.capacitySeconds = Number(v);
    else if (a === '--players') opts.players = Number(v);
    else {
      console.error(`geoplay bench journal: unknown argument ${a}\nusage: ${journalBenchUsage}`);
      return 2;
    }
  }
  const positive = [opts.rate, opts.seconds, opts.players, opts.capacitySeconds, ...opts.capacityOutstanding];
  const bad =
    positive.some((x) => !Number.isFinite(x) || x <= 0) ||
    !Number.isInteger(opts.maxBatch) ||
    opts.maxBatch < 1 ||
    opts.intervalMs.length === 0 ||
    opts.intervalMs.some((x) => !Number.isFinite(x) || x < 0);
  if (bad || opts.stores.length === 0) {
    console.error(`geoplay bench journal: bad arguments\nusage: ${journalBenchUsage}`);
    return 2;
  }
  await runJournalBench(opts, (line) => console.log(JSON.stringify(line)));
  return 0;
}
