import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A PostgreSQL server for tests, found or started:
 *
 * 1. `GEOPLAY_TEST_PG_URL` (an admin URL) if set;
 * 2. the server on 127.0.0.1:5432 if one answers (trust auth, user postgres, root or the current
 *    user);
 * 3. otherwise a private cluster in a temporary directory, made with the installed `initdb` and
 *    `pg_ctl` (under /usr/lib/postgresql/<version>/bin or on PATH) on a free port, run as the
 *    `postgres` user when we are root; `stop()` removes it.
 *
 * `GEOPLAY_TEST_PG=private` skips 1 and 2. Tests create a database with a random name per file
 * (or per test) and drop it at the end.
 */
export interface TestPostgres {
  /** Where it came from. */
  readonly source: 'env' | 'local' | 'private';
  readonly host: string;
  readonly port: number;
  readonly user: string;
  /** A URL for database `db` on this server. */
  url(db: string): string;
  /** Creates an empty database with a random name starting with `prefix`; returns its name. */
  createDatabase(prefix?: string): Promise<string>;
  /** Drops a database, closing whatever is still connected to it. */
  dropDatabase(name: string): Promise<void>;
  /** Runs one SQL statement on database `db` (default: the admin database). */
  sql(text: string, params?: unknown[], db?: string): Promise<pg.QueryResult>;
  /** Stops a private cluster and removes its files; a shared server is left running. */
  stop(): Promise<void>;
}

const INSTALL_HINT =
  'PostgreSQL is needed for the store tests: no server answers on 127.0.0.1:5432 and no initdb/pg_ctl ' +
  'were found under /usr/lib/postgresql/*/bin or on PATH. Install it (Debian: `apt-get install -y postgresql`; ' +
  '.ci/run does this on a fresh machine) or point GEOPLAY_TEST_PG_URL at a server where the user may create databases.';

async function tryConnect(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  c.on('error', () => undefined);
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** initdb and pg_ctl of the newest installed major version, or null. */
export function findPostgresBin(): { initdb: string; pgCtl: string } | null {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(join(base, v, 'bin', 'initdb')) && existsSync(join(base, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0])
      return {
        initdb: join(base, versions[0], 'bin', 'initdb'),
        pgCtl: join(base, versions[0], 'bin', 'pg_ctl'),
      };
  }
  const which = (cmd: string) => {
    const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : '';
  };
  const initdb = which('initdb');
  const pgCtl = which('pg_ctl');
  return initdb && pgCtl ? { initdb, pgCtl } : null;
}

function make(
  source: TestPostgres['source'],
  host: string,
  port: number,
  user: string,
  adminDb: string,
  stop: () => Promise<void>,
): TestPostgres {
  const url = (db: string) =>
    `postgres://${encodeURIComponent(user)}@${host}:${port}/${encodeURIComponent(db)}`;
  const sql = async (text: string, params: unknown[] = [], db = adminDb) => {
    const c = new pg.Client({ connectionString: url(db), connectionTimeoutMillis: 5000 });
    c.on('error', () => undefined);
    await c.connect();
    try {
      return await c.query(text, params);
    } finally {
      await c.end().catch(() => undefined);
    }
  };
  return {
    source,
    host,
    port,
    user,
    url,
    sql,
    async createDatabase(prefix = 'geoplay_test') {
      const name = `${prefix}_${randomBytes(5).toString('hex')}`;
      await sql(`CREATE DATABASE "${name}"`);
      return name;
    },
    async dropDatabase(name: string) {
      await sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
    stop,
  };
}

async function startPrivate(): Promise<TestPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(INSTALL_HINT);
  const dir = mkdtempSync(join(tmpdir(), 'geoplay-pg-'));
  const data = join(dir, 'data');
  // initdb and postgres refuse to run as root: run them as the postgres system user.
  let uid: number | undefined;
  let gid: number | undefined;
  if (process.getuid?.() === 0) {
    try {
      uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    } catch {
      throw new Error(`${INSTALL_HINT} (running as root, and there is no postgres user to run initdb as)`);
    }
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const asUser = { uid, gid, encoding: 'utf8' as const, timeout: 60_000 };
  const port = await freePort();
  const init = spawnSync(
    bin.initdb,
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'],
    asUser,
  );
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (${bin.initdb}): ${init.stderr || init.error?.message}`);
  }
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const start = spawnSync(
    bin.pgCtl,
    ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '60', 'start'],
    asUser,
  );
  if (start.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `pg_ctl start failed (${bin.pgCtl}): ${start.stderr || start.stdout || start.error?.message}`,
    );
  }
  return make('private', '127.0.0.1', port, 'postgres', 'postgres', async () => {
    spawnSync(bin.pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop'], asUser);
    rmSync(dir, { recursive: true, force: true });
  });
}

/** Finds or starts a server (see TestPostgres); fails with what to install when it cannot. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const mode = process.env.GEOPLAY_TEST_PG;
  const envUrl = process.env.GEOPLAY_TEST_PG_URL;
  if (envUrl && mode !== 'private') {
    const u = new URL(envUrl);
    if (!(await tryConnect(envUrl))) throw new Error(`GEOPLAY_TEST_PG_URL=${envUrl} does not answer`);
    return make(
      'env',
      u.hostname,
      Number(u.port || 5432),
      decodeURIComponent(u.username),
      u.pathname.slice(1) || 'postgres',
      async () => undefined,
    );
  }
  if (mode !== 'private') {
    for (const user of new Set(['postgres', 'root', userInfo().username])) {
      for (const db of ['postgres', 'template1']) {
        if (await tryConnect(`postgres://${encodeURIComponent(user)}@127.0.0.1:5432/${db}`)) {
          return make('local', '127.0.0.1', 5432, user, db, async () => undefined);
        }
      }
    }
  }
  return startPrivate();
}
