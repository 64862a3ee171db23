// Room rewards through the journal of a real PostgreSQL, taken away by a TCP proxy: a grant made
// while the store is down is retried (well past five attempts) and applied once when it is back;
// at shutdown a grant still waiting gets one last attempt, and one that cannot be committed
// rejects with the StoreError instead of hanging, and is logged with its op for an operator.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { isStoreError } from '../../src/cluster/store/errors.js';
import { openStore } from '../../src/cluster/store/index.js';
import { TimerRegistry } from '../../src/ops/timers.js';
import { HybridLogicalClock } from '../../src/session/hlc.js';
import { DurableGrants, GRANT_OP_PREFIX } from '../../src/world/grants.js';
import { OpJournal } from '../../src/world/journal.js';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.js';
import { TcpProxy } from '../store/proxy.js';

let pg: TestPostgres;
before(async () => {
  pg = await startTestPostgres();
});
after(async () => {
  await pg?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `p`, or a failure after `ms` (a grant left hanging must fail the test, not stall it). */
async function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not settled within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Log lines as objects, for the test to read what an operator would. */
function memoryLog(): { log: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n'))
        if (l) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level: 'warn' }, sink), lines };
}

async function setup(db: string) {
  const proxy = new TcpProxy(pg.host, pg.port);
  await proxy.up();
  const url = pg.url(db).replace(`:${pg.port}/`, `:${proxy.port}/`);
  const store = await openStore({
    databaseUrl: url,
    dataDir: '/nonexistent',
    statementTimeoutMs: 500,
    connectTimeoutMs: 500,
  });
  await store.upsertPlayer({ id: 'ann', name: 'Ann' });
  const timers = new TimerRegistry();
  const { log, lines } = memoryLog();
  const registry = new Registry();
  const journal = new OpJournal(store, { intervalMs: 0, maxBatch: 100 }, timers, log, registry);
  const applied: { playerId: string; items: Record<string, number> }[] = [];
  const grants = new DurableGrants(
    journal,
    new HybridLogicalClock(),
    timers,
    log,
    (playerId, items) => applied.push({ playerId, items }),
    { firstRetryMs: 20, maxRetryMs: 100, registry },
  );
  const close = async () => {
    grants.stop();
    await journal.close();
    await store.close();
    timers.close();
    await proxy.down();
  };
  return { db, proxy, store, timers, journal, grants, applied, lines, registry, close };
}

/** Runs `fn` against a fresh database behind its proxy, and takes everything down after it. */
async function withGrants(fn: (s: Awaited<ReturnType<typeof setup>>) => Promise<void>): Promise<void> {
  const db = await pg.createDatabase('geoplay_grants');
  const s = await setup(db);
  try {
    await fn(s);
  } finally {
    await s.close();
    await pg.dropDatabase(db);
  }
}

test('a grant made while the store is down is retried until it is back, then applied once', async () => {
  await withGrants(async (s) => {
    await s.proxy.down();
    let outcome: string | undefined;
    const granting = s.grants.grant('ann', 'raid:r1:ann', { rare_candy: 2 }).then((o) => (outcome = o));
    // Far more than the five attempts an earlier version made before giving up.
    for (
      let i = 0;
      i < 200 && s.lines.filter((l) => l.msg === 'grant not committed; retrying').length < 8;
      i++
    ) {
      await sleep(25);
    }
    const retries = s.lines.filter((l) => l.msg === 'grant not committed; retrying');
    assert.ok(retries.length >= 8, `${retries.length} retries while the store is down`);
    assert.equal(outcome, undefined, 'not resolved while the store is down');
    assert.equal(s.grants.size, 1);
    assert.match(await s.registry.metrics(), /geoplay_grants_pending 1/);
    assert.equal(s.timers.live()['world.grantRetry'], 1, 'one timer: the retry');

    await s.proxy.up();
    await within(20_000, granting, 'the grant once the store is back');
    assert.equal(outcome, 'applied');
    assert.deepEqual(s.applied, [{ playerId: 'ann', items: { rare_candy: 2 } }]);
    assert.equal(s.grants.size, 0);
    const rows = await pg.sql(
      'SELECT count(*)::int AS n FROM ops WHERE op_id = $1',
      [`${GRANT_OP_PREFIX}raid:r1:ann`],
      s.db,
    );
    assert.equal(rows.rows[0].n, 1);
    assert.equal((await s.store.loadPlayer('ann'))?.inventory.rare_candy, 2);

    // The same op id again: nothing more.
    assert.equal(await s.grants.grant('ann', 'raid:r1:ann', { rare_candy: 2 }), 'duplicate');
    assert.equal((await s.store.loadPlayer('ann'))?.inventory.rare_candy, 2);
    assert.equal(s.applied.length, 1);
    assert.ok(!s.lines.some((l) => l.level === 50), 'nothing logged as lost');
  });
});

test('at shutdown with the store still down, waiting grants are rejected, not left hanging, and logged for an operator', async () => {
  await withGrants(async (s) => {
    await s.proxy.down();
    const r2 = s.grants.grant('ann', 'raid:r2:ann', { rare_candy: 1 });
    const r3 = s.grants.grant('ann', 'raid:r3:ann', { rare_candy: 3 });
    const settled = Promise.allSettled([r2, r3]);
    for (let i = 0; i < 200 && s.lines.length < 2; i++) await sleep(25);
    assert.equal(s.grants.size, 2);

    // The server stops with the store still down: each waiting grant gets its last attempt, which
    // fails, and is rejected with UNAVAILABLE rather than left hanging.
    s.grants.stop();
    const [a, b] = await within(10_000, settled, 'the waiting grants after stop');
    assert.equal(a.status, 'rejected');
    assert.equal(b.status, 'rejected');
    assert.ok(a.status === 'rejected' && isStoreError(a.reason, 'UNAVAILABLE'));
    const given = s.lines.filter((l) => l.level === 50);
    assert.deepEqual(
      given.map((l) => [l.opId, l.playerId, l.items]).sort(),
      [
        ['raid:r2:ann', 'ann', { rare_candy: 1 }],
        ['raid:r3:ann', 'ann', { rare_candy: 3 }],
      ],
      'each lost grant logged at error level with what an operator needs',
    );
    assert.equal(s.grants.size, 0);
    assert.ok(!s.timers.live()['world.grantRetry'], 'no retry timer left');
    await assert.rejects(s.grants.grant('ann', 'raid:r4:ann', { rare_candy: 1 }), (e) =>
      isStoreError(e, 'UNAVAILABLE'),
    );
  });
});

test('at shutdown with the store back, a grant waiting for its retry is committed at once', async () => {
  await withGrants(async (s) => {
    await s.proxy.down();
    // Long waits between attempts: without the last attempt at stop, nothing would commit.
    const slow = new DurableGrants(
      s.journal,
      new HybridLogicalClock(),
      s.timers,
      pino({ level: 'silent' }),
      () => {},
      {
        firstRetryMs: 60_000,
      },
    );
    const granting = slow.grant('ann', 'raid:r5:ann', { rare_candy: 4 });
    for (let i = 0; i < 200 && s.timers.live()['world.grantRetry'] !== 1; i++) await sleep(25);
    assert.equal(s.timers.live()['world.grantRetry'], 1, 'waiting for a retry in a minute');
    await s.proxy.up();
    const started = Date.now();
    slow.stop();
    assert.equal(await within(10_000, granting, 'the grant after stop'), 'applied');
    assert.ok(Date.now() - started < 10_000, 'committed at stop, not at the next retry');
    assert.equal((await s.store.loadPlayer('ann'))?.inventory.rare_candy, 4);
  });
});

test('a grant the store cannot hold is refused alone; one made with it in the same commit is applied', async () => {
  await withGrants(async (s) => {
    const bad = s.grants.grant('ann', 'raid:r6:ann', { rare_candy: 1.5 });
    const good = s.grants.grant('ann', 'raid:r7:ann', { rare_candy: 1 });
    await assert.rejects(bad, (e) => isStoreError(e, 'INVALID'));
    assert.equal(await within(10_000, good, 'the good grant'), 'applied');
    assert.equal((await s.store.loadPlayer('ann'))?.inventory.rare_candy, 1);
    const refused = s.lines.filter((l) => l.level === 50);
    assert.deepEqual(
      refused.map((l) => l.opId),
      ['raid:r6:ann'],
      'the refused grant is logged with its op id',
    );
  });
});
