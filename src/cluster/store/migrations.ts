import { createHash } from 'node:crypto';
import { StoreError } from './errors.js';
import type { SqlDriver } from './driver.js';

/**
 * The schema, as numbered migrations. Both adapters run exactly this SQL. An applied migration is
 * never edited: add a new one (its checksum is stored and checked at every start).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'players, inventory, cooldowns, ops journal, shard snapshots',
    sql: `
CREATE TABLE players (
  id text PRIMARY KEY,
  name text NOT NULL,
  team integer NOT NULL DEFAULT 0,
  state jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Counts never go below zero: commitOps journals an op that would as rejected instead.
CREATE TABLE inventory (
  player_id text NOT NULL,
  item text NOT NULL,
  count bigint NOT NULL CHECK (count >= 0),
  PRIMARY KEY (player_id, item)
);

CREATE TABLE cooldowns (
  player_id text NOT NULL,
  key text NOT NULL,
  until_ms bigint NOT NULL,
  PRIMARY KEY (player_id, key)
);

-- The ops journal: one row per op id, written in the same transaction as the op's effects.
CREATE TABLE ops (
  op_id text COLLATE "C" PRIMARY KEY,
  player_id text NOT NULL,
  kind text NOT NULL,
  payload jsonb,
  status text NOT NULL CHECK (status IN ('accepted', 'rejected')),
  error_code text,
  result jsonb,
  hlc_ms bigint NOT NULL,
  hlc_logical integer NOT NULL,
  client_time_ms double precision,
  shard text,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Journal order, for recovery. One index only (each costs every insert): a shard's rows are
-- filtered on the included shard column, without visiting the table.
CREATE INDEX ops_hlc ON ops (hlc_ms, hlc_logical, op_id) INCLUDE (shard);

CREATE TABLE shard_snapshots (
  shard text NOT NULL,
  hlc_ms bigint NOT NULL,
  hlc_logical integer NOT NULL,
  taken_at timestamptz NOT NULL,
  state jsonb NOT NULL,
  PRIMARY KEY (shard, hlc_ms, hlc_logical)
);
`,
  },
  {
    version: 2,
    name: 'world effects of ops (game state kept at places, replayed after a shard snapshot)',
    sql: `
ALTER TABLE ops ADD COLUMN world_effects jsonb;
-- Recovery reads only the ops that changed world state, in journal order.
CREATE INDEX ops_world_effects ON ops (hlc_ms, hlc_logical, op_id) WHERE world_effects IS NOT NULL;
`,
  },
];

/** Any constant: serializes concurrent migrators (two nodes starting at once) on one database. */
const MIGRATION_LOCK = 4_711_080_001;

function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex').slice(0, 16);
}

/**
 * Brings the database to the newest schema in one transaction (PostgreSQL DDL is transactional, so
 * a failure leaves it as it was). Idempotent; a database newer than this code, or an applied
 * migration whose SQL changed, fails with MIGRATION_FAILED instead of running on.
 * Returns the versions applied now.
 */
export async function migrate(
  driver: SqlDriver,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  try {
    return await driver.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`);
      const rows = await tx.query<{ version: number; checksum: string }>(
        'SELECT version, checksum FROM schema_migrations ORDER BY version',
      );
      const known = new Map(migrations.map((m) => [m.version, m]));
      for (const r of rows) {
        const m = known.get(Number(r.version));
        if (!m) {
          throw new StoreError(
            'MIGRATION_FAILED',
            `the database has schema version ${r.version}, newer than this geoplay knows ` +
              `(${migrations.at(-1)?.version ?? 0}): run a newer geoplay or use another database`,
          );
        }
        if (r.checksum !== checksum(m.sql)) {
          throw new StoreError(
            'MIGRATION_FAILED',
            `migration ${m.version} (${m.name}) was changed after it was applied: ` +
              'restore its SQL and put the change in a new migration',
          );
        }
      }
      const done = new Set(rows.map((r) => Number(r.version)));
      const applied: number[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        try {
          await tx.exec(m.sql);
        } catch (e) {
          throw new StoreError(
            'MIGRATION_FAILED',
            `migration ${m.version} (${m.name}) failed: ${e instanceof Error ? e.message : String(e)}`,
            { cause: e },
          );
        }
        await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          m.version,
          m.name,
          checksum(m.sql),
        ]);
        applied.push(m.version);
      }
      return applied;
    });
  } catch (e) {
    if (e instanceof StoreError && (e.code === 'MIGRATION_FAILED' || e.code === 'UNAVAILABLE')) throw e;
    throw new StoreError(
      'MIGRATION_FAILED',
      `schema migrations failed: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
}
