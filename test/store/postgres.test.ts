import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  MIGRATIONS,
  openPostgresStore,
  openStore,
  type Store,
  StoreError,
  type StoreErrorCode,
} from '../../src/cluster/store/index.js';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.js';
import { op, runStoreContract, type StoreTarget } from './contract.js';
import { closedPort, silentServer, TcpProxy } from './proxy.js';

/** Short timeouts, so the unavailability tests are quick. */
const TIMEOUTS = { statementTimeoutMs: 1000, connectTimeoutMs: 1000 };

/**
 * One random database per contract test on the found or started server (all dropped at the end);
 * each store connects through its own proxy, so an outage is the proxy going down.
 */
async function postgresTarget(server?: TestPostgres): Promise<StoreTarget & { pg: TestPostgres }> {
  const pg = server ?? (await startTestPostgres());
  const prefix = `geoplay_store_${Math.random().toString(16).slice(2, 8)}`;
  const dbs = new Map<string, string>();
  const proxies = new Map<Store, TcpProxy>();
  const dbFor = async (name: string) => {
    let db = dbs.get(name);
    if (!db) {
      db = await pg.createDatabase(prefix);
      dbs.set(name, db);
    }
    return db;
  };
  return {
    pg,
    async open(name) {
      const db = await dbFor(name);
      const proxy = new TcpProxy(pg.host, pg.port);
      await proxy.up();
      const url = `postgres://${encodeURIComponent(pg.user)}@127.0.0.1:${proxy.port}/${db}`;
      try {
        const store = await openPostgresStore({ url, ...TIMEOUTS });
        proxies.set(store, proxy);
        return store;
      } catch (e) {
        await proxy.down();
        throw e;
      }
    },
    async outage(store) {
      await proxies.get(store)?.down();
    },
    async query(name, sql) {
      return (await pg.sql(sql, [], await dbFor(name))).rows as Record<string, unknown>[];
    },
    async dispose() {
      for (const p of proxies.values()) await p.down();
      for (const db of dbs.values()) await pg.dropDatabase(db);
      if (!server) await pg.stop();
    },
  };
}

runStoreContract('postgres', () => postgresTarget());

async function code(p: Promise<unknown>): Promise<StoreErrorCode | 'resolved'> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    assert.ok(e instanceof StoreError, String(e));
    return e.code;
  }
}

describe('PostgreSQL store', () => {
  let pg: TestPostgres;
  let db: string;
  const stores: Store[] = [];
  const url = () => pg.url(db);
  before(async () => {
    pg = await startTestPostgres();
    db = await pg.createDatabase('geoplay_store_pg');
  });
  after(async () => {
    await Promise.allSettled(stores.map((s) => s.close()));
    await pg.dropDatabase(db);
    await pg.stop();
  });

  it('fails UNAVAILABLE within the connect timeout on a closed port', async () => {
    const port = await closedPort();
    const t0 = Date.now();
    assert.equal(
      await code(openPostgresStore({ url: `postgres://postgres@127.0.0.1:${port}/x`, ...TIMEOUTS })),
      'UNAVAILABLE',
    );
    assert.ok(Date.now() - t0 < 3000, `${Date.now() - t0} ms`);
  });

  it('fails UNAVAILABLE within the connect timeout on a server that never answers', async () => {
    const silent = await silentServer();
    try {
      const t0 = Date.now();
      const r = openPostgresStore({ url: `postgres://postgres@127.0.0.1:${silent.port}/x`, ...TIMEOUTS });
      assert.equal(await code(r), 'UNAVAILABLE');
      assert.ok(Date.now() - t0 < 4000, `${Date.now() - t0} ms`);
    } finally {
      await silent.close();
    }
  });

  it('fails UNAVAILABLE on a database that does not exist', async () => {
    assert.equal(
      await code(openPostgresStore({ url: pg.url('geoplay_no_such_db_x'), ...TIMEOUTS })),
      'UNAVAILABLE',
    );
  });

  it('a frozen server fails the commit within statement timeout + 1 s; the op was not acknowledged', async () => {
    const proxy = new TcpProxy(pg.host, pg.port);
    await proxy.up();
    const s = await openPostgresStore({
      url: `postgres://${pg.user}@127.0.0.1:${proxy.port}/${db}`,
      ...TIMEOUTS,
      poolSize: 1,
    });
    stores.push(s);
    await s.upsertPlayer({ id: 'frozen', name: 'F' });
    proxy.freeze();
    const a = op({ playerId: 'frozen', inventoryDeltas: [{ item: 'ball', delta: 1 }] });
    const t0 = Date.now();
    assert.equal(await code(s.commitOps([a])), 'UNAVAILABLE');
    const took = Date.now() - t0;
    assert.ok(took >= 900 && took < 4000, `${took} ms`);
    proxy.thaw();
    // The request never reached the server: nothing is there, and a retry applies it once.
    const direct = await openPostgresStore({ url: url(), ...TIMEOUTS });
    stores.push(direct);
    assert.equal(await direct.getOp(a.opId), null);
    const [again] = await direct.commitOps([a]);
    assert.equal(again?.applied, true);
    const [thrice] = await direct.commitOps([a]);
    assert.equal(thrice?.applied, false);
    assert.equal((await direct.loadPlayer('frozen'))?.inventory.ball, 1);
    await proxy.down();
  });

  it('a lock held elsewhere cancels the commit as UNAVAILABLE (lock/statement timeout), writing nothing', async () => {
    const s = await openPostgresStore({ url: url(), ...TIMEOUTS });
    stores.push(s);
    const { Client } = (await import('pg')).default;
    const admin = new Client({ connectionString: url() });
    await admin.connect();
    try {
      await admin.query('BEGIN');
      await admin.query('LOCK TABLE ops IN ACCESS EXCLUSIVE MODE');
      const a = op();
      const t0 = Date.now();
      assert.equal(await code(s.commitOps([a])), 'UNAVAILABLE');
      assert.ok(Date.now() - t0 < 3000, `${Date.now() - t0} ms`);
      await admin.query('ROLLBACK');
      assert.equal(await s.getOp(a.opId), null);
    } finally {
      await admin.end();
    }
  });

  it('reconnects after the server drops its connections (restart)', async () => {
    const s = await openPostgresStore({ url: url(), ...TIMEOUTS });
    stores.push(s);
    await s.commitOps([op()]);
    await pg.sql(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [db],
    );
    // An idle connection killed by the server is dropped by the pool; the next call opens a new one
    // (or, if it raced the kill, fails UNAVAILABLE and the one after works).
    let ok = false;
    for (let i = 0; i < 3 && !ok; i++) ok = (await code(s.commitOps([op()]))) === 'resolved';
    assert.ok(ok);
  });

  it('two nodes migrating a new database at once both open it; the schema is applied once', async () => {
    const fresh = await pg.createDatabase('geoplay_store_mig');
    try {
      const [a, b] = await Promise.all([
        openPostgresStore({ url: pg.url(fresh), ...TIMEOUTS }),
        openPostgresStore({ url: pg.url(fresh), ...TIMEOUTS }),
      ]);
      const shared = Array.from({ length: 20 }, () => op({ inventoryDeltas: [{ item: 'ball', delta: 1 }] }));
      await a.upsertPlayer({ id: 'p1', name: 'Ann' });
      const [ra, rb] = await Promise.all([a.commitOps(shared), b.commitOps([...shared].reverse())]);
      assert.equal(ra.filter((o) => o.applied).length + rb.filter((o) => o.applied).length, 20);
      assert.equal((await b.loadPlayer('p1'))?.inventory.ball, 20);
      await Promise.all([a.close(), b.close()]);
      const rows = await pg.sql('SELECT version FROM schema_migrations ORDER BY version', [], fresh);
      assert.deepEqual(
        rows.rows.map((r: { version: number }) => r.version),
        MIGRATIONS.map((m) => m.version),
      );
    } finally {
      await pg.dropDatabase(fresh);
    }
  });

  it('openStore with a URL is PostgreSQL', async () => {
    const s = await openStore({ databaseUrl: url(), dataDir: '/nonexistent' });
    assert.equal(s.kind, 'postgres');
    await s.close();
  });
});
