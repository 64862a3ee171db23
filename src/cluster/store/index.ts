/**
 * The Store port and its two adapters. Everything outside src/cluster/store imports from here.
 */
import type { Logger } from 'pino';
import { join } from 'node:path';
import { openPGliteStore } from './pglite.js';
import { openPostgresStore } from './postgres.js';
import type { Store } from './types.js';

export { StoreError, StoreErrorCodes, isStoreError, type StoreErrorCode } from './errors.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { openPGliteStore, type PGliteStoreOptions } from './pglite.js';
export { openPostgresStore, type PostgresStoreOptions } from './postgres.js';
export { validateOp, MAX_KEY_LENGTH } from './validate.js';
export {
  INSUFFICIENT_ITEMS,
  type CooldownSet,
  type Hlc,
  type InventoryDelta,
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

export interface OpenStoreOptions {
  /** A PostgreSQL URL: use PostgreSQL. Empty or absent: PGlite under `dataDir`. */
  databaseUrl?: string | undefined;
  /** The server's data directory; PGlite keeps its files in `<dataDir>/pglite`. */
  dataDir: string;
  statementTimeoutMs?: number | undefined;
  connectTimeoutMs?: number | undefined;
  poolSize?: number | undefined;
  logger?: Logger | undefined;
}

/** Picks the adapter: PostgreSQL when a URL is configured, embedded PGlite otherwise. */
export function openStore(opts: OpenStoreOptions): Promise<Store> {
  if (opts.databaseUrl) {
    return openPostgresStore({
      url: opts.databaseUrl,
      statementTimeoutMs: opts.statementTimeoutMs,
      connectTimeoutMs: opts.connectTimeoutMs,
      poolSize: opts.poolSize,
      logger: opts.logger,
    });
  }
  return openPGliteStore({ dataDir: join(opts.dataDir, 'pglite'), logger: opts.logger });
}
