import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Logger } from 'pino';
import type { Row, SqlDriver, SqlExecutor } from './driver.js';
import { StoreError, toStoreError } from './errors.js';
import { SqlStore, type SqlStoreOptions } from './sql.js';
import type { Store } from './types.js';

export interface PGliteStoreOptions extends SqlStoreOptions {
  /**
   * The database directory (created if missing), e.g. `./data/pglite`; `memory://` keeps
   * everything in memory (tests). One process at a time may open a directory.
   */
  dataDir: string;
  logger?: Logger | undefined;
}

/** int8 as a JS number: counts and epoch milliseconds stay far below 2^53. */
const INT8_OID = 20;

async function guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toStoreError(e, what);
  }
}

class PGliteExecutor implements SqlExecutor {
  constructor(
    private readonly db: PGlite | Transaction,
    private readonly what: string,
  ) {}

  query<R extends object = Row>(text: string, params: readonly unknown[] = []): Promise<R[]> {
    return guard(this.what, async () => (await this.db.query<R>(text, [...params])).rows);
  }

  exec(sql: string): Promise<void> {
    return guard(this.what, async () => {
      await this.db.exec(sql);
    });
  }
}

class PGliteDriver extends PGliteExecutor implements SqlDriver {
  readonly kind = 'pglite' as const;

  constructor(
    private readonly pg: PGlite,
    private readonly unlock: () => void,
  ) {
    super(pg, 'pglite');
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return guard('pglite transaction', () =>
      this.pg.transaction((tx) => fn(new PGliteExecutor(tx, 'pglite'))),
    );
  }

  async close(): Promise<void> {
    try {
      if (!this.pg.closed) await guard('pglite close', () => this.pg.close());
    } finally {
      this.unlock();
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite does not lock its directory, and two instances on one directory corrupt it: a lock file
 * beside it holds the owner's pid. A lock left by a process that died is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const path = `${dataDir.replace(/\/+$/, '')}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) {
        throw new StoreError('UNAVAILABLE', `cannot create the lock file ${path}: ${(e as Error).message}`, {
          cause: e,
        });
      }
      const owner = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && alive(owner)) {
        throw new StoreError(
          'UNAVAILABLE',
          `PGlite directory ${dataDir} is in use by process ${owner}${owner === process.pid ? ' (this one)' : ''}: ` +
            'close that store first, or give this one another data directory',
        );
      }
      unlinkSync(path);
    }
  }
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  };
}

/**
 * The embedded adapter: PostgreSQL compiled to WebAssembly, in-process, over a data directory, so
 * a single node needs no database server. Calls are serialized by PGlite (one connection).
 * Opening a new directory runs initdb (seconds); reopening one takes well under a second.
 */
export async function openPGliteStore(opts: PGliteStoreOptions): Promise<Store> {
  const memory = opts.dataDir.startsWith('memory://');
  let unlock: () => void = () => undefined;
  let pg: PGlite;
  try {
    if (!memory) {
      unlock = lockDataDir(opts.dataDir);
      mkdirSync(opts.dataDir, { recursive: true });
    }
    pg = await PGlite.create(opts.dataDir, { parsers: { [INT8_OID]: (v: string) => Number(v) } });
  } catch (e) {
    unlock();
    if (e instanceof StoreError) throw e;
    throw new StoreError(
      'UNAVAILABLE',
      `open PGlite in ${opts.dataDir}: ${e instanceof Error ? e.message : String(e)} ` +
        '(is it a PGlite data directory of this version?)',
      { cause: e },
    );
  }
  return SqlStore.open(new PGliteDriver(pg, unlock), opts);
}
