import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { connect, type GeoplayClient } from '../../client/index.js';
import { creatures } from '../../games/creatures/index.js';
import type { Poi } from '../../src/world/poiTypes.js';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.js';
import { RawClient, startTestServer, type TestServer } from '../helpers/server.js';
import { TcpProxy } from '../store/proxy.js';

const STOP_A: Poi = { id: 'stop-a', name: 'Fountain', kind: 'stop', lat: 35.6586, lng: 139.7454 };
const STOP_B: Poi = { id: 'stop-b', name: 'Statue', kind: 'stop', lat: 35.6588, lng: 139.7456 };
const POIS = [STOP_A, STOP_B];

function decode(bytes: Uint8Array): Record<string, number> {
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, number>;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function player(t: TestServer, id: string): Promise<GeoplayClient> {
  const c = await connect(t.server.wsUrl, await t.token(id));
  c.reportLocation({ lat: STOP_A.lat, lng: STOP_A.lng, accuracyM: 5 });
  // The first report gives the server a position; actions before it are INVALID.
  for (let i = 0; i < 100; i++) {
    const r = await c.act('nearby', {});
    if (r.status === 1) break;
    await sleep(20);
  }
  await sleep(50);
  return c;
}

test('PGlite: a spin is journaled; inventory and cooldown survive a restart; a resent op applies once', async () => {
  const data = mkdtempSync(join(tmpdir(), 'geoplay-durable-'));
  try {
    let t = await startTestServer({ store: 'auto', data }, undefined, { game: creatures, pois: POIS });
    let c = await player(t, 'ann');
    const spin = await c.act('spin', { poiId: STOP_A.id }, { opId: '0190a000-0000-7000-8000-000000000001' });
    assert.equal(spin.status, 1, spin.errorMessage);
    const items = (decode(spin.payload) as unknown as { items: Record<string, number> }).items;
    // The same op id again, on the same connection: the stored answer, applied once.
    const again = await c.act('spin', { poiId: STOP_A.id }, { opId: '0190a000-0000-7000-8000-000000000001' });
    assert.equal(again.status, 1);
    assert.deepEqual(decode(again.payload), decode(spin.payload));
    const inv1 = decode((await c.act('inventory', {})).payload);
    assert.deepEqual(inv1, items);
    const row = await t.server.store!.getOp('0190a000-0000-7000-8000-000000000001');
    assert.equal(row?.status, 'accepted');
    c.close();
    await t.stop();

    t = await startTestServer({ store: 'auto', data }, undefined, { game: creatures, pois: POIS });
    try {
      c = await player(t, 'ann');
      assert.deepEqual(decode((await c.act('inventory', {})).payload), items, 'inventory after restart');
      const cooled = await c.act('spin', { poiId: STOP_A.id });
      assert.equal(cooled.errorCode, 'COOLDOWN', 'the spin cooldown survived the restart');
      // After the restart the op id is only in the store: a resend still applies nothing.
      const resent = await c.act(
        'spin',
        { poiId: STOP_A.id },
        { opId: '0190a000-0000-7000-8000-000000000001' },
      );
      assert.equal(resent.status, 1);
      assert.deepEqual(decode(resent.payload), decode(spin.payload));
      assert.deepEqual(decode((await c.act('inventory', {})).payload), items);
      c.close();
    } finally {
      await t.stop();
    }
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});

test('PGlite: the same op sent twice at once is applied once, both get the same answer', async () => {
  const data = mkdtempSync(join(tmpdir(), 'geoplay-durable-'));
  const t = await startTestServer({ store: 'auto', data }, undefined, { game: creatures, pois: POIS });
  const raw = await RawClient.connect(t.server.wsUrl, await t.token('bo'));
  try {
    await raw.hello();
    raw.send({
      location: {
        latE7: STOP_B.lat * 1e7,
        lngE7: STOP_B.lng * 1e7,
        accuracyM: 5,
        speedMps: NaN,
        headingDeg: NaN,
      },
    });
    await sleep(100);
    const opId = '0190a000-0000-7000-8000-0000000000b0';
    const req = {
      opId,
      kind: 'spin',
      payload: new TextEncoder().encode(JSON.stringify({ poiId: STOP_B.id })),
    };
    raw.send({ actionRequest: req });
    raw.send({ actionRequest: req });
    const a = (await raw.next('actionResult')).actionResult!;
    const b = (await raw.next('actionResult')).actionResult!;
    assert.equal(a.status, 1, a.errorMessage ?? '');
    assert.equal(b.status, 1, b.errorMessage ?? '');
    assert.deepEqual(decode(a.payload!), decode(b.payload!));
    const items = (decode(a.payload!) as unknown as { items: Record<string, number> }).items;
    const rec = await t.server.store!.loadPlayer('bo');
    assert.deepEqual(rec!.inventory, items);
  } finally {
    raw.close();
    await t.stop();
    rmSync(data, { recursive: true, force: true });
  }
});

let pg: TestPostgres;
before(async () => {
  pg = await startTestPostgres();
});
after(async () => {
  await pg?.stop();
});

test('PostgreSQL down: actions fail UNAVAILABLE, the world keeps ticking, the retry applies once', async () => {
  const db = await pg.createDatabase('geoplay_durable');
  const proxy = new TcpProxy(pg.host, pg.port);
  await proxy.up();
  const url = pg.url(db).replace(`:${pg.port}/`, `:${proxy.port}/`);
  const t = await startTestServer({ store: 'auto', databaseUrl: url, storeTimeoutMs: 1000 }, undefined, {
    game: creatures,
    pois: POIS,
  });
  let c: GeoplayClient | undefined;
  try {
    c = await player(t, 'cy');
    const first = await c.act('spin', { poiId: STOP_A.id });
    assert.equal(first.status, 1, first.errorMessage);

    await proxy.down();
    let deltas = 0;
    c.on('delta', () => deltas++);
    const opId = '0190a000-0000-7000-8000-0000000000c1';
    const down = await c.act('spin', { poiId: STOP_B.id }, { opId });
    assert.equal(down.status, 2);
    assert.equal(down.errorCode, 'UNAVAILABLE');
    assert.ok(down.retryAfterS > 0);
    // Other players' world goes on: deltas keep coming while the store is down.
    c.reportLocation({ lat: STOP_A.lat + 0.0002, lng: STOP_A.lng, accuracyM: 5 });
    for (let i = 0; i < 100 && deltas === 0; i++) await sleep(20);
    assert.ok(deltas > 0, 'world deltas arrive while the store is down');
    const metrics = await (await fetch(`${t.server.url}/metrics`)).text();
    assert.match(metrics, /geoplay_journal_commit_failures_total\{code="UNAVAILABLE"\} [1-9]/);
    assert.match(metrics, /geoplay_actions_total\{kind="spin",result="UNAVAILABLE"\} 1/);

    await proxy.up();
    let retry = await c.act('spin', { poiId: STOP_B.id }, { opId });
    for (let i = 0; i < 20 && retry.errorCode === 'UNAVAILABLE'; i++) {
      await sleep(250);
      retry = await c.act('spin', { poiId: STOP_B.id }, { opId });
    }
    assert.equal(retry.status, 1, retry.errorMessage);
    const rows = await pg.sql('SELECT count(*)::int AS n FROM ops WHERE op_id = $1', [opId], db);
    assert.equal(rows.rows[0].n, 1);
    // What the client saw matches the store: memory was reloaded after the failed commit.
    const inv = decode((await c.act('inventory', {})).payload);
    const rec = await t.server.store!.loadPlayer('cy');
    assert.deepEqual(inv, rec!.inventory);
  } finally {
    c?.close();
    await t.stop();
    await proxy.down();
    await pg.dropDatabase(db);
  }
});

test('place state: journaled, snapshotted, and restored from the snapshot plus the journal after it', async () => {
  const GYM_A: Poi = { id: 'gym-a', name: 'Tower', kind: 'gym', lat: 35.6586, lng: 139.7454 };
  const GYM_B: Poi = { id: 'gym-b', name: 'Park', kind: 'gym', lat: 35.6587, lng: 139.7455 };
  const pois = [GYM_A, GYM_B];
  const db = await pg.createDatabase('geoplay_places');
  const url = pg.url(db);
  const config = { store: 'auto' as const, databaseUrl: url, snapshotIntervalMs: 3_600_000 };
  const first = await startTestServer(config, undefined, { game: creatures, pois });
  let second: TestServer | undefined;
  let c: GeoplayClient | undefined;
  try {
    c = await connect(first.server.wsUrl, await first.server.auth.issue({ playerId: 'dee', team: 2 }));
    c.reportLocation({ lat: GYM_A.lat, lng: GYM_A.lng, accuracyM: 5 });
    let r = await c.act('claim', { gymId: GYM_A.id });
    for (let i = 0; i < 50 && r.errorCode === 'INVALID'; i++) {
      await sleep(20);
      r = await c.act('claim', { gymId: GYM_A.id });
    }
    assert.equal(r.status, 1, r.errorMessage);
    await first.server.runtime!.snapshotNow();
    const all = await first.server.store!.latestShardSnapshots();
    // One shard snapshot, and the marker of the complete round the restore starts its replay after.
    assert.deepEqual(
      all.map((x) => x.shard).filter((x) => x === '~round'),
      ['~round'],
    );
    const snaps = all.filter((x) => x.shard !== '~round');
    assert.equal(snaps.length, 1);
    assert.deepEqual(Object.keys((snaps[0]!.state as { places: object }).places), ['gym-a']);
    // After the snapshot: only in the journal.
    const rb = await c.act('claim', { gymId: GYM_B.id });
    assert.equal(rb.status, 1, rb.errorMessage);

    // A second node on the same database restores both: A from the snapshot, B from the journal.
    second = await startTestServer(config, undefined, { game: creatures, pois });
    const d = await connect(second.server.wsUrl, await second.token('eve'));
    try {
      for (const gym of [GYM_A, GYM_B]) {
        const g = await d.act('gym', { gymId: gym.id });
        assert.equal(g.status, 1, g.errorMessage);
        const body = JSON.parse(new TextDecoder().decode(g.payload)) as {
          holder: { team: number; by: string };
        };
        assert.deepEqual([body.holder.team, body.holder.by], [2, 'dee'], gym.id);
      }
    } finally {
      d.close();
    }
  } finally {
    c?.close();
    await second?.stop();
    await first.stop();
    await pg.dropDatabase(db);
  }
});

test('PGlite: an op resent after a reconnect (the answer was lost with the connection) is applied once', async () => {
  const data = mkdtempSync(join(tmpdir(), 'geoplay-durable-'));
  const t = await startTestServer({ store: 'auto', data }, undefined, { game: creatures, pois: POIS });
  const opId = '0190a000-0000-7000-8000-0000000000d1';
  const req = {
    opId,
    kind: 'spin',
    payload: new TextEncoder().encode(JSON.stringify({ poiId: STOP_A.id })),
  };
  const here = {
    latE7: STOP_A.lat * 1e7,
    lngE7: STOP_A.lng * 1e7,
    accuracyM: 5,
    speedMps: NaN,
    headingDeg: NaN,
  };
  let second: RawClient | undefined;
  try {
    const first = await RawClient.connect(t.server.wsUrl, await t.token('flo'));
    await first.hello();
    first.send({ location: here });
    await sleep(100);
    // The request goes out and the connection dies before any answer can arrive.
    first.send({ actionRequest: req });
    first.close();
    second = await RawClient.connect(t.server.wsUrl, await t.token('flo'));
    await second.hello();
    second.send({ location: here });
    await sleep(100);
    second.send({ actionRequest: req });
    const r = (await second.next('actionResult')).actionResult!;
    assert.equal(r.status, 1, r.errorMessage ?? '');
    const items = (decode(r.payload!) as unknown as { items: Record<string, number> }).items;
    const rec = await t.server.store!.loadPlayer('flo');
    assert.deepEqual(rec!.inventory, items, 'the spin was applied once');
    const rows = await t.server.store!.journalSince({ ms: 0, logical: 0 });
    assert.equal(rows.filter((row) => row.opId === opId).length, 1);
  } finally {
    second?.close();
    await t.stop();
    rmSync(data, { recursive: true, force: true });
  }
});
