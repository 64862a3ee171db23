import assert from 'node:assert/strict';
import { test } from 'node:test';
import { connect, type GeoplayClient } from '../../client/index.js';
import { OfflineQueue, type QueuedOp } from '../../client/offline.js';
import { creatures } from '../../games/creatures/index.js';
import { defineGame } from '../../src/game/index.js';
import { metresPerDegreeLat } from '../../src/geo/distance.js';
import type { Poi } from '../../src/world/poiTypes.js';
import { startTestServer } from '../helpers/server.js';
import { TcpProxy } from '../store/proxy.js';

const A = { lat: 35.6586, lng: 139.7454 };
const B = { lat: A.lat + 400 / metresPerDegreeLat(A.lat), lng: A.lng };
const STOP_A: Poi = { id: 'stop-a', name: 'A', kind: 'stop', ...A };
const STOP_B: Poi = { id: 'stop-b', name: 'B', kind: 'stop', lat: B.lat, lng: B.lng };

// Offline judgement is the subject here, not anti-spoofing: let the test jump 400 m in a second.
const game = defineGame({
  ...creatures,
  gps: {
    tooFastSpeedMps: 1000,
    tooFastSustainS: 1000,
    maxAccelMps2: 1e6,
    // A 400 m jump re-acquires the track at once (instead of three gated outliers first).
    teleportMinDistanceM: 300,
    cooldownTable: [{ distanceKm: 1000, cooldownMin: 0.01 }],
  },
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function op(t: number): QueuedOp<string> {
  return {
    request: { opId: `op-${t}`, kind: 'k', clientTimeMs: t },
    resolve() {},
    reject() {},
    optimistic: undefined,
    timeoutMs: 1000,
  };
}

test('offline queue plan: each op goes after the fixes around its time, thinned, newest fix last', () => {
  const q = new OfflineQueue<string>({ maxOps: 10, maxFixes: 100 });
  for (let t = 0; t <= 100; t += 10) q.addFix({ latE7: t, lngE7: 0, clientTimeMs: t });
  q.addOp(op(35));
  q.addOp(op(61));
  const plan = q.plan().map((i) => ('location' in i ? `f${i.location.clientTimeMs}` : i.op.request.opId));
  assert.deepEqual(plan, ['f30', 'f40', 'op-35', 'f60', 'f70', 'op-61', 'f100']);
  assert.equal(q.size, 0);
  assert.equal(q.fixCount, 0);
  const full = new OfflineQueue<string>({ maxOps: 1, maxFixes: 2 });
  assert.equal(full.addOp(op(1)), true);
  assert.equal(full.addOp(op(2)), false, 'a full queue refuses');
  for (let t = 0; t < 5; t++) full.addFix({ latE7: t, lngE7: 0, clientTimeMs: t });
  assert.equal(full.fixCount, 2, 'the oldest fixes go first');
});

async function fixes(c: GeoplayClient, at: { lat: number; lng: number }, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    c.reportLocation({ lat: at.lat, lng: at.lng, accuracyM: 5 });
    await sleep(100);
  }
}

test('offline actions: judged at their time and place after the reconnect; a rejected one rolls back', async () => {
  const t = await startTestServer({}, undefined, { game, pois: [STOP_A, STOP_B] });
  const proxy = new TcpProxy('127.0.0.1', t.server.port);
  await proxy.up();
  const url = t.server.wsUrl.replace(`:${t.server.port}/`, `:${proxy.port}/`);
  const c = await connect(url, await t.token('olga'), { backoff: { baseMs: 50, capMs: 200 } });
  try {
    await fixes(c, A, 3);
    await proxy.down();
    while (c.state === 'connected') await sleep(10);

    await fixes(c, B, 3);
    let balance = 0;
    const rolledBack: string[] = [];
    c.on('rollback', (_id, kind, r) => rolledBack.push(`${kind}:${r.errorCode}`));
    const optimistic = { apply: () => balance++, rollback: () => balance-- };
    const spinB = c.act('spin', { poiId: STOP_B.id }, { optimistic });
    const spinA = c.act('spin', { poiId: STOP_A.id }, { optimistic });
    assert.equal(c.queuedActions, 2);
    assert.equal(balance, 2, 'applied optimistically while offline');
    await fixes(c, B, 2);
    await fixes(c, A, 3);

    await proxy.up();
    const [rb, ra] = await Promise.all([spinB, spinA]);
    // Spun at B while at B: accepted, although the player is back at A when it arrives.
    assert.equal(rb.status, 1, rb.errorMessage);
    // Spun at A while standing at B: out of range then, whatever the position now.
    assert.equal(ra.status, 2);
    assert.equal(ra.errorCode, 'OUT_OF_RANGE');
    assert.deepEqual(rolledBack, ['spin:OUT_OF_RANGE']);
    assert.equal(balance, 1);
    // A fresh (online) spin at A is judged at the live position: the player is at A now.
    const live = await c.act('spin', { poiId: STOP_A.id });
    assert.equal(live.status, 1, live.errorMessage);
  } finally {
    c.close();
    await proxy.down();
    await t.stop();
  }
});

test('offline actions older than offlineOpMaxAgeMs are rejected EXPIRED', async () => {
  const t = await startTestServer({ offlineOpMaxAgeMs: 1000 }, undefined, { game, pois: [STOP_A] });
  const proxy = new TcpProxy('127.0.0.1', t.server.port);
  await proxy.up();
  const url = t.server.wsUrl.replace(`:${t.server.port}/`, `:${proxy.port}/`);
  const c = await connect(url, await t.token('pat'), { backoff: { baseMs: 50, capMs: 200 } });
  try {
    await fixes(c, A, 3);
    await proxy.down();
    while (c.state === 'connected') await sleep(10);
    const spin = c.act('spin', { poiId: STOP_A.id });
    await sleep(1500);
    await proxy.up();
    const r = await spin;
    assert.equal(r.status, 2);
    assert.equal(r.errorCode, 'EXPIRED');
  } finally {
    c.close();
    await proxy.down();
    await t.stop();
  }
});
