import pg from 'pg';
import type { Logger } from 'pino';
import type { Row, SqlDriver, SqlExecutor } from './driver.js';
import { toStoreError } from './errors.js';
import { SqlStore, type SqlStoreOptions } from './sql.js';
import type { Store } from './types.js';

export interface PostgresStoreOptions extends SqlStoreOptions {
  /** `postgres://user:password@host:port/database` (anything `pg` accepts). */
  url: string;
  /** Connections in the pool. Default 4: batches are few and large (one per tick and shard). */
  poolSize?: number | undefined;
  /**
   * Server-side `statement_timeout` in ms: a statement running longer (waiting on a lock, a slow
   * disk) is cancelled and the call fails with UNAVAILABLE. The client also gives up
   * `statementTimeoutMs + 1000` ms after sending (a frozen server or network). Default 2000.
   */
  statementTimeoutMs?: number | undefined;
  /** Opening a connection (and waiting for a free pool connection) gives up after this. Default 2000. */
  connectTimeoutMs?: number | undefined;
  logger?: Logger | undefined;
}

const INT8_OID = 20;

/** int8 as a JS number (counts, epoch ms); every other type as `pg` parses it. Per pool, not global. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

class PgExecutor implements SqlExecutor {
  constructor(
    protected readonly client: pg.Pool | pg.PoolClient,
    /** `postgres <host>:<port>/<db>` for error messages (never the password). */
    protected readonly where: string,
  ) {}

  async query<R extends object = Row>(
    text: string,
    params: readonly unknown[] = [],
    name?: string,
  ): Promise<R[]> {
    try {
      const config: pg.QueryConfig = { text, values: [...params] };
      if (name) config.name = name;
      return (await this.client.query<R & pg.QueryResultRow>(config)).rows;
    } catch (e) {
      throw toStoreError(e, this.where);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.client.query(sql);
    } catch (e) {
      throw toStoreError(e, this.where);
    }
  }
}

class PgDriver extends PgExecutor implements SqlDriver {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly pool: pg.Pool,
    where: string,
  ) {
    super(pool, where);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      throw toStoreError(e, `${this.where} connect`);
    }
    const tx = new PgExecutor(client, this.where);
    let broken: unknown = undefined;
    try {
      await tx.query('BEGIN');
      const out = await fn(tx);
      await tx.query('COMMIT');
      return out;
    } catch (e) {
      // A failed ROLLBACK means the connection is unusable: release it with the error, so the
      // pool destroys it instead of handing out a connection in an unknown state.
      await client.query('ROLLBACK').catch((rollbackError: unknown) => {
        broken = rollbackError;
      });
      throw toStoreError(e, this.where);
    } finally {
      client.release(broken === undefined ? undefined : broken instanceof Error ? broken : true);
    }
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

function describe(url: string): string {
  try {
    const u = new URL(url);
    return `postgres ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}

/**
 * The PostgreSQL adapter: a `pg` pool with bounded connect, statement and read timeouts and TCP
 * keepalive, so a server that is down or frozen surfaces as UNAVAILABLE within seconds. Runs the
 * migrations before returning (several nodes may start at once: an advisory lock orders them).
 */
export async function openPostgresStore(opts: PostgresStoreOptions): Promise<Store> {
  const statementTimeoutMs = Math.max(1, Math.floor(opts.statementTimeoutMs ?? 2000));
  const connectTimeoutMs = Math.max(1, Math.floor(opts.connectTimeoutMs ?? 2000));
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: Math.max(1, Math.floor(opts.poolSize ?? 4)),
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementTimeoutMs,
    lock_timeout: statementTimeoutMs,
    idle_in_transaction_session_timeout: Math.max(10_000, statementTimeoutMs * 5),
    query_timeout: statementTimeoutMs + 1000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    application_name: 'geoplay',
    types,
  });
  // An idle connection the server drops emits 'error' on the pool; unhandled, it would end the
  // process. The pool discards that connection and opens a new one on the next call.
  pool.on('error', (e) => opts.logger?.warn({ err: e.message }, 'postgres idle connection lost'));
  return SqlStore.open(new PgDriver(pool, describe(opts.url)), opts);
}
