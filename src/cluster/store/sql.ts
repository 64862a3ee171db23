import type { Logger } from 'pino';
import type { Row, SqlDriver, SqlExecutor } from './driver.js';
import { StoreError } from './errors.js';
import { migrate } from './migrations.js';
import {
  type Hlc,
  INSUFFICIENT_ITEMS,
  type JournalQuery,
  type JournalRow,
  type OpCommit,
  type OpOutcome,
  type OpStatus,
  type PlayerRecord,
  type PlayerUpsert,
  type ShardSnapshot,
  type Store,
  type StoredShardSnapshot,
  type WorldEffect,
} from './types.js';
import { badJson, validateOp } from './validate.js';

export interface SqlStoreOptions {
  logger?: Logger | undefined;
  /** Snapshots kept per shard (the newest ones). Default 3. */
  keepSnapshots?: number | undefined;
  /** Attempts of a batch that hit a deadlock or serialization failure. Default 3. */
  conflictAttempts?: number | undefined;
}

const OP_COLUMNS =
  'op_id, player_id, kind, payload, status, error_code, result, hlc_ms, hlc_logical, client_time_ms, shard, world_effects, created_at';

/**
 * The group commit: one statement, so one round trip and one transaction for a whole batch.
 * $1: ops, $2: inventory deltas, $3: cooldowns, each a JSON array of records; `i` is the op's index
 * in the batch (op ids are unique within it), `j` a cooldown's index.
 *
 * - `short` finds a delta that would take a count below zero when the batch's not yet journaled
 *   ops are applied in order; then nothing is written and the caller replays the batch op by op.
 * - `ins` inserts every op id not yet journaled, in op id order (so concurrent batches take their
 *   locks in one order), and returns the ids it inserted: an id another batch committed first,
 *   even concurrently, waits for that batch and is skipped.
 * - The effects of exactly the inserted ops are applied: inventory deltas summed per row,
 *   cooldowns last-wins per key. All sub-statements see one snapshot and the effects join on
 *   `ins`, so nothing is applied twice. Existing inventory rows are UPDATEd and only missing ones
 *   INSERTed: PostgreSQL checks `count >= 0` on a row proposed for insertion before ON CONFLICT
 *   turns it into an update, so upserting a negative delta would fail even with enough items. A
 *   concurrent change that makes a count negative after all fails the CHECK (23514): the caller
 *   replays the batch op by op too.
 * - It returns one row: `short`, the transaction time and the inserted op ids; the stored rows
 *   of inserted ops are the input, so payloads are not shipped back.
 *
 * Joins between the CTEs are hash joins because every CTE is estimated at 100 rows: keep it so
 * (an anti-join CTE estimated at 1 row turned them into nested loops, 1,000x slower at 1,000 ops).
 */
const COMMIT_SQL = `WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::text::jsonb) AS x(
    i integer, op_id text, player_id text, kind text, payload jsonb, status text, error_code text,
    result jsonb, hlc_ms bigint, hlc_logical integer, client_time_ms double precision, shard text,
    world_effects jsonb)
), deltas AS (
  SELECT * FROM jsonb_to_recordset($2::text::jsonb) AS d(i integer, player_id text, item text, delta integer)
), cds AS (
  SELECT * FROM jsonb_to_recordset($3::text::jsonb) AS c(j integer, i integer, player_id text, key text, until_ms bigint)
), short AS (
  SELECT 1 FROM (
    SELECT coalesce(inv.count, 0) + sum(d.delta) OVER (PARTITION BY d.player_id, d.item ORDER BY d.i) AS running
    FROM deltas d
    LEFT JOIN inventory inv ON inv.player_id = d.player_id AND inv.item = d.item
    WHERE NOT EXISTS (SELECT 1 FROM input x JOIN ops o ON o.op_id = x.op_id WHERE x.i = d.i)
  ) r WHERE r.running < 0 LIMIT 1
), ins AS (
  INSERT INTO ops (op_id, player_id, kind, payload, status, error_code, result, hlc_ms, hlc_logical, client_time_ms, shard, world_effects)
  SELECT op_id, player_id, kind, payload, status, error_code, result, hlc_ms, hlc_logical, client_time_ms, shard, world_effects
  FROM input WHERE NOT EXISTS (SELECT 1 FROM short)
  ORDER BY op_id
  ON CONFLICT (op_id) DO NOTHING
  RETURNING op_id
), applied AS (
  SELECT input.i FROM input JOIN ins ON ins.op_id = input.op_id
), sums AS (
  SELECT d.player_id, d.item, sum(d.delta) AS delta FROM deltas d JOIN applied a ON a.i = d.i
  GROUP BY d.player_id, d.item
), inv_old AS (
  UPDATE inventory SET count = inventory.count + s.delta FROM sums s
  WHERE inventory.player_id = s.player_id AND inventory.item = s.item AND s.delta <> 0
), inv_new AS (
  INSERT INTO inventory (player_id, item, count)
  SELECT s.player_id, s.item, s.delta FROM sums s
  WHERE NOT EXISTS (SELECT 1 FROM inventory i WHERE i.player_id = s.player_id AND i.item = s.item)
  ORDER BY s.player_id, s.item
  ON CONFLICT (player_id, item) DO UPDATE SET count = inventory.count + excluded.count
), cd AS (
  INSERT INTO cooldowns (player_id, key, until_ms)
  SELECT DISTINCT ON (c.player_id, c.key) c.player_id, c.key, c.until_ms FROM cds c JOIN applied a ON a.i = c.i
  ORDER BY c.player_id, c.key, c.j DESC
  ON CONFLICT (player_id, key) DO UPDATE SET until_ms = excluded.until_ms
)
SELECT EXISTS (SELECT 1 FROM short) AS short, (extract(epoch FROM now()) * 1000)::float8 AS created_ms,
  (SELECT coalesce(jsonb_agg(op_id), '[]'::jsonb) FROM ins)::text AS inserted`;

const GET_OPS_SQL = `SELECT ${OP_COLUMNS} FROM ops
WHERE op_id IN (SELECT jsonb_array_elements_text($1::text::jsonb))`;

const LOAD_PLAYER_SQL = `SELECT p.id, p.name, p.team, p.state, p.created_at, p.updated_at,
  (SELECT coalesce(jsonb_object_agg(item, count), '{}'::jsonb) FROM inventory
   WHERE player_id = p.id AND count > 0) AS inventory,
  (SELECT coalesce(jsonb_object_agg(key, until_ms), '{}'::jsonb) FROM cooldowns
   WHERE player_id = p.id) AS cooldowns
FROM players p WHERE p.id = $1`;

const UPSERT_PLAYER_SQL = `INSERT INTO players (id, name, team, state)
VALUES ($1, $2, coalesce($3::integer, 0), coalesce($4::text::jsonb, '{}'::jsonb))
ON CONFLICT (id) DO UPDATE SET
  name = excluded.name,
  team = coalesce($3::integer, players.team),
  state = coalesce($4::text::jsonb, players.state),
  updated_at = now()`;

const SAVE_SNAPSHOT_SQL = `INSERT INTO shard_snapshots (shard, hlc_ms, hlc_logical, taken_at, state)
VALUES ($1, $2, $3, to_timestamp($4::double precision / 1000), $5::text::jsonb)
ON CONFLICT (shard, hlc_ms, hlc_logical) DO UPDATE SET taken_at = excluded.taken_at, state = excluded.state`;

const PRUNE_SNAPSHOTS_SQL = `DELETE FROM shard_snapshots WHERE shard = $1 AND (hlc_ms, hlc_logical) < (
  SELECT hlc_ms, hlc_logical FROM shard_snapshots WHERE shard = $1
  ORDER BY hlc_ms DESC, hlc_logical DESC OFFSET ($2::integer - 1) LIMIT 1)`;

const LATEST_SNAPSHOTS_SQL = `SELECT DISTINCT ON (shard) shard, hlc_ms, hlc_logical, taken_at, state
FROM shard_snapshots ORDER BY shard, hlc_ms DESC, hlc_logical DESC`;

const LATEST_SNAPSHOT_SQL = `SELECT shard, hlc_ms, hlc_logical, taken_at, state FROM shard_snapshots
WHERE shard = $1 ORDER BY hlc_ms DESC, hlc_logical DESC LIMIT 1`;

/** Journal pages: strictly after an HLC, or after an (HLC, op id) cursor; optionally one shard. */
function journalSql(cursor: boolean, shard: boolean): string {
  const after = cursor ? '(hlc_ms, hlc_logical, op_id) > ($1, $2, $4)' : '(hlc_ms, hlc_logical) > ($1, $2)';
  const where = shard ? `shard = $${cursor ? 5 : 4} AND ${after}` : after;
  return `SELECT ${OP_COLUMNS} FROM ops WHERE ${where} ORDER BY hlc_ms, hlc_logical, op_id LIMIT $3`;
}

/** Journal pages of the ops with world effects (served by the partial index ops_world_effects). */
function worldEffectsSql(cursor: boolean): string {
  const after = cursor ? '(hlc_ms, hlc_logical, op_id) > ($1, $2, $4)' : '(hlc_ms, hlc_logical) > ($1, $2)';
  return `SELECT ${OP_COLUMNS} FROM ops WHERE world_effects IS NOT NULL AND ${after}
ORDER BY hlc_ms, hlc_logical, op_id LIMIT $3`;
}

/** $1-$4 of a journal page ($4, the cursor's op id, only with one), or INVALID. */
function pageParams(what: string, after: Hlc, query: JournalQuery): unknown[] | StoreError {
  const limit = query.limit ?? 10_000;
  if (
    !Number.isSafeInteger(after.ms) ||
    !Number.isInteger(after.logical) ||
    !Number.isInteger(limit) ||
    limit < 1
  ) {
    return new StoreError('INVALID', `${what}: an integer hlc and a positive integer limit are required`);
  }
  const params: unknown[] = [after.ms, after.logical, limit];
  if (query.afterOpId !== undefined) params.push(query.afterOpId);
  return params;
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

function epochMs(v: unknown): number {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number') return v;
  return new Date(String(v)).getTime();
}

function obj(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function numbers(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, x] of Object.entries(obj(v))) out[k] = num(x);
  return out;
}

function toJournalRow(r: Row): JournalRow {
  return {
    opId: String(r.op_id),
    playerId: String(r.player_id),
    kind: String(r.kind),
    payload: r.payload ?? null,
    status: r.status as OpStatus,
    errorCode: r.error_code === null || r.error_code === undefined ? null : String(r.error_code),
    result: r.result ?? null,
    hlc: { ms: num(r.hlc_ms), logical: num(r.hlc_logical) },
    clientTimeMs: r.client_time_ms === null || r.client_time_ms === undefined ? null : num(r.client_time_ms),
    shard: r.shard === null || r.shard === undefined ? null : String(r.shard),
    worldEffects: Array.isArray(r.world_effects) ? (r.world_effects as WorldEffect[]) : null,
    createdAtMs: epochMs(r.created_at),
  };
}

/** JSON text for a $n::text::jsonb parameter; undefined becomes JSON null. */
function jsonParam(v: unknown): string {
  return JSON.stringify(v) ?? 'null';
}

/** The three JSON parameters of COMMIT_SQL for a batch of ops with unique op ids. */
function commitParams(ops: readonly OpCommit[]): [string, string, string] {
  const input: unknown[] = [];
  const deltas: unknown[] = [];
  const cds: unknown[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    input.push({
      i,
      op_id: op.opId,
      player_id: op.playerId,
      kind: op.kind,
      payload: op.payload ?? null,
      status: op.status,
      error_code: op.errorCode ?? null,
      result: op.result ?? null,
      hlc_ms: op.hlc.ms,
      hlc_logical: op.hlc.logical,
      client_time_ms: op.clientTimeMs ?? null,
      shard: op.shard ?? null,
      world_effects: op.worldEffects && op.worldEffects.length > 0 ? op.worldEffects : null,
    });
    for (const d of op.inventoryDeltas ?? [])
      deltas.push({ i, player_id: op.playerId, item: d.item, delta: d.delta });
    for (const c of op.cooldowns ?? []) {
      cds.push({ j: cds.length, i, player_id: op.playerId, key: c.key, until_ms: Math.ceil(c.untilMs) });
    }
  }
  return [JSON.stringify(input), JSON.stringify(deltas), JSON.stringify(cds)];
}

/** The op as the store journals it when its deltas would make a count negative. */
function insufficient(op: OpCommit): OpCommit {
  return {
    ...op,
    status: 'rejected',
    errorCode: INSUFFICIENT_ITEMS,
    result: null,
    inventoryDeltas: [],
    cooldowns: [],
    worldEffects: [],
  };
}

const CHECK_VIOLATION = '23514';

/**
 * The Store port over any SqlDriver: both adapters are this class with a different driver, so the
 * SQL, the batching and the error handling are one code path.
 */
export class SqlStore implements Store {
  readonly kind: 'pglite' | 'postgres';
  private closed = false;
  private closing: Promise<void> | null = null;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly log: Logger | undefined;
  private readonly keepSnapshots: number;
  private readonly conflictAttempts: number;

  private constructor(
    private readonly driver: SqlDriver,
    opts: SqlStoreOptions,
  ) {
    this.kind = driver.kind;
    this.log = opts.logger;
    this.keepSnapshots = Math.max(1, Math.floor(opts.keepSnapshots ?? 3));
    this.conflictAttempts = Math.max(1, Math.floor(opts.conflictAttempts ?? 3));
  }

  /** Runs the migrations, then returns the store; closes the driver if they fail. */
  static async open(driver: SqlDriver, opts: SqlStoreOptions = {}): Promise<SqlStore> {
    try {
      const applied = await migrate(driver);
      if (applied.length > 0) opts.logger?.info({ store: driver.kind, applied }, 'store migrations applied');
    } catch (e) {
      await driver.close().catch(() => undefined);
      throw e;
    }
    return new SqlStore(driver, opts);
  }

  /** Runs one call, refusing it once the store is closing, and tracks it so close() can wait. */
  private run<T>(what: string, fn: () => Promise<T>): Promise<T> {
    if (this.closed) {
      return Promise.reject(new StoreError('UNAVAILABLE', `${what}: the ${this.kind} store is closed`));
    }
    const p = fn();
    this.inFlight.add(p);
    const done = () => this.inFlight.delete(p);
    p.then(done, done);
    return p;
  }

  commitOps(ops: readonly OpCommit[]): Promise<OpOutcome[]> {
    for (const op of ops) {
      const bad = validateOp(op);
      if (bad) return Promise.reject(bad);
    }
    if (ops.length === 0) return Promise.resolve([]);
    return this.run('commitOps', () => this.commitWithRetries(ops));
  }

  private async commitWithRetries(ops: readonly OpCommit[]): Promise<OpOutcome[]> {
    // Duplicates inside the batch: the first occurrence is committed, the others answer from it.
    const unique: OpCommit[] = [];
    const seen = new Set<string>();
    for (const op of ops) {
      if (!seen.has(op.opId)) {
        seen.add(op.opId);
        unique.push(op);
      }
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const inserted = await this.commitUnique(unique);
        return await this.outcomes(ops, inserted);
      } catch (e) {
        if (!(e instanceof StoreError) || e.code !== 'CONFLICT' || attempt >= this.conflictAttempts) throw e;
        this.log?.warn({ store: this.kind, attempt, sqlState: e.sqlState }, 'store batch conflict, retrying');
        await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 10));
      }
    }
  }

  /** Commits ops with unique ids; returns the rows this call inserted, by op id. */
  private async commitUnique(ops: readonly OpCommit[]): Promise<Map<string, JournalRow>> {
    try {
      const rows = await this.driver.query(COMMIT_SQL, commitParams(ops));
      if (rows[0]?.short !== true) return insertedRows(ops, rows);
    } catch (e) {
      if (!(e instanceof StoreError) || e.sqlState !== CHECK_VIOLATION) throw e;
    }
    // Some op would take a count below zero (or a concurrent batch spent the items first): replay
    // the batch op by op in one transaction, each behind a savepoint, so only those ops turn into
    // rejections and every other op commits as it came.
    this.log?.warn(
      { store: this.kind, ops: ops.length },
      'store batch has an op short of items; committing op by op',
    );
    return this.driver.transaction(async (tx) => {
      const inserted = new Map<string, JournalRow>();
      for (const op of ops) {
        for (const [id, row] of await commitOneInTx(tx, op)) inserted.set(id, row);
      }
      return inserted;
    });
  }

  /** Outcomes in input order: inserted rows as applied, everything else from the journal. */
  private async outcomes(ops: readonly OpCommit[], inserted: Map<string, JournalRow>): Promise<OpOutcome[]> {
    const missing = [...new Set(ops.filter((op) => !inserted.has(op.opId)).map((op) => op.opId))];
    const existing = new Map<string, JournalRow>();
    if (missing.length > 0) {
      const rows = await this.driver.query(GET_OPS_SQL, [JSON.stringify(missing)]);
      for (const r of rows) existing.set(String(r.op_id), toJournalRow(r));
    }
    const claimed = new Set<string>();
    return ops.map((op) => {
      const mine = inserted.get(op.opId);
      if (mine && !claimed.has(op.opId)) {
        claimed.add(op.opId);
        return { opId: op.opId, applied: true, stored: mine };
      }
      const stored = mine ?? existing.get(op.opId);
      if (!stored) {
        throw new StoreError(
          'INTERNAL',
          `commitOps: op ${op.opId} was neither inserted nor found in the journal`,
        );
      }
      return { opId: op.opId, applied: false, stored };
    });
  }

  getOp(opId: string): Promise<JournalRow | null> {
    return this.run('getOp', async () => {
      const rows = await this.driver.query(GET_OPS_SQL, [JSON.stringify([opId])]);
      return rows[0] ? toJournalRow(rows[0]) : null;
    });
  }

  loadPlayer(id: string): Promise<PlayerRecord | null> {
    return this.run('loadPlayer', async () => {
      const rows = await this.driver.query(LOAD_PLAYER_SQL, [id], 'geoplay_load_player');
      const r = rows[0];
      if (!r) return null;
      return {
        id: String(r.id),
        name: String(r.name),
        team: num(r.team),
        state: obj(r.state),
        createdAtMs: epochMs(r.created_at),
        updatedAtMs: epochMs(r.updated_at),
        inventory: numbers(r.inventory),
        cooldowns: numbers(r.cooldowns),
      };
    });
  }

  upsertPlayer(player: PlayerUpsert): Promise<void> {
    if (typeof player.id !== 'string' || player.id.length === 0 || typeof player.name !== 'string') {
      return Promise.reject(
        new StoreError('INVALID', 'upsertPlayer: id (non-empty) and name must be strings'),
      );
    }
    if (player.team !== undefined && !Number.isInteger(player.team)) {
      return Promise.reject(new StoreError('INVALID', `upsertPlayer ${player.id}: team must be an integer`));
    }
    // JSON encoding runs outside `run`'s error mapping: a state it cannot hold is refused here.
    const bad = player.state === undefined ? null : badJson(player.state);
    if (bad) return Promise.reject(new StoreError('INVALID', `upsertPlayer ${player.id}: state ${bad}`));
    return this.run('upsertPlayer', async () => {
      await this.driver.query(UPSERT_PLAYER_SQL, [
        player.id,
        player.name,
        player.team ?? null,
        player.state === undefined ? null : jsonParam(player.state),
      ]);
    });
  }

  saveShardSnapshot(snapshot: ShardSnapshot): Promise<void> {
    const { shard, hlc } = snapshot;
    if (
      typeof shard !== 'string' ||
      shard.length === 0 ||
      !Number.isSafeInteger(hlc.ms) ||
      !Number.isInteger(hlc.logical)
    ) {
      return Promise.reject(
        new StoreError('INVALID', 'saveShardSnapshot: shard (non-empty) and an integer hlc are required'),
      );
    }
    return this.run('saveShardSnapshot', () =>
      this.driver.transaction(async (tx) => {
        await tx.query(SAVE_SNAPSHOT_SQL, [
          shard,
          hlc.ms,
          hlc.logical,
          snapshot.takenAtMs ?? Date.now(),
          jsonParam(snapshot.state),
        ]);
        await tx.query(PRUNE_SNAPSHOTS_SQL, [shard, this.keepSnapshots]);
      }),
    );
  }

  latestShardSnapshot(shard: string): Promise<StoredShardSnapshot | null> {
    return this.run('latestShardSnapshot', async () => {
      const rows = await this.driver.query(LATEST_SNAPSHOT_SQL, [shard]);
      const r = rows[0];
      if (!r) return null;
      return {
        shard: String(r.shard),
        hlc: { ms: num(r.hlc_ms), logical: num(r.hlc_logical) },
        takenAtMs: epochMs(r.taken_at),
        state: r.state ?? null,
      };
    });
  }

  latestShardSnapshots(): Promise<StoredShardSnapshot[]> {
    return this.run('latestShardSnapshots', async () => {
      const rows = await this.driver.query(LATEST_SNAPSHOTS_SQL, []);
      return rows.map((r) => ({
        shard: String(r.shard),
        hlc: { ms: num(r.hlc_ms), logical: num(r.hlc_logical) },
        takenAtMs: epochMs(r.taken_at),
        state: r.state ?? null,
      }));
    });
  }

  worldEffectsSince(after: Hlc, query: JournalQuery = {}): Promise<JournalRow[]> {
    const params = pageParams('worldEffectsSince', after, query);
    if (params instanceof StoreError) return Promise.reject(params);
    return this.run('worldEffectsSince', async () => {
      const rows = await this.driver.query(worldEffectsSql(query.afterOpId !== undefined), params);
      return rows.map(toJournalRow);
    });
  }

  journalSince(after: Hlc, query: JournalQuery = {}): Promise<JournalRow[]> {
    const params = pageParams('journalSince', after, query);
    if (params instanceof StoreError) return Promise.reject(params);
    const cursor = query.afterOpId !== undefined;
    const shard = query.shard !== undefined;
    if (shard) params.push(query.shard);
    return this.run('journalSince', async () => {
      const rows = await this.driver.query(journalSql(cursor, shard), params);
      return rows.map(toJournalRow);
    });
  }

  close(): Promise<void> {
    if (!this.closing) {
      this.closed = true;
      this.closing = (async () => {
        await Promise.allSettled([...this.inFlight]);
        await this.driver.close();
      })();
    }
    return this.closing;
  }
}

/**
 * The rows COMMIT_SQL inserted, built from the input (the statement returns only their op ids and
 * the transaction time, so a batch does not ship its payloads back): payload and result are the
 * caller's values, which getOp returns as JSON decoded.
 */
function insertedRows(ops: readonly OpCommit[], rows: Row[]): Map<string, JournalRow> {
  const out = new Map<string, JournalRow>();
  const r = rows[0];
  if (!r) return out;
  const ids = new Set(JSON.parse(String(r.inserted)) as string[]);
  const createdAtMs = Math.floor(num(r.created_ms));
  for (const op of ops) {
    if (!ids.has(op.opId)) continue;
    out.set(op.opId, {
      opId: op.opId,
      playerId: op.playerId,
      kind: op.kind,
      payload: op.payload ?? null,
      status: op.status,
      errorCode: op.errorCode ?? null,
      result: op.result ?? null,
      hlc: { ms: op.hlc.ms, logical: op.hlc.logical },
      clientTimeMs: op.clientTimeMs ?? null,
      shard: op.shard ?? null,
      worldEffects: op.worldEffects && op.worldEffects.length > 0 ? [...op.worldEffects] : null,
      createdAtMs,
    });
  }
  return out;
}

/** One op inside the fallback transaction, behind a savepoint; a short op is journaled rejected. */
async function commitOneInTx(tx: SqlExecutor, op: OpCommit): Promise<Map<string, JournalRow>> {
  await tx.query('SAVEPOINT geoplay_op');
  let rows: Row[] | null = null;
  try {
    rows = await tx.query(COMMIT_SQL, commitParams([op]));
  } catch (e) {
    if (!(e instanceof StoreError) || e.sqlState !== CHECK_VIOLATION) throw e;
    await tx.query('ROLLBACK TO SAVEPOINT geoplay_op');
  }
  let stored = op;
  if (rows === null || rows[0]?.short === true) {
    stored = insufficient(op);
    rows = await tx.query(COMMIT_SQL, commitParams([stored]));
  }
  await tx.query('RELEASE SAVEPOINT geoplay_op');
  return insertedRows([stored], rows);
}
