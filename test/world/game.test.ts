import assert from 'node:assert/strict';
import { test } from 'node:test';
import { connect, type GeoplayClient } from '../../client/index.js';
import { creatures } from '../../games/creatures/index.js';
import { cellIdAt } from '../../src/geo/cells.js';
import { fastDistanceM } from '../../src/geo/distance.js';
import { createSpawnRules } from '../../src/world/spawnRules.js';
import { spawnsInCell } from '../../src/world/spawns.js';
import { startTestServer } from '../helpers/server.js';

const CENTRE = { lat: 35.6586, lng: 139.7454 };

function decode(bytes: Uint8Array): unknown {
  return JSON.parse(new TextDecoder().decode(bytes));
}

function until<T>(fn: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const tick = () => {
      const v = fn();
      if (v !== undefined && v !== false) resolve(v);
      else if (Date.now() - start > timeoutMs) reject(new Error('timed out'));
      else setTimeout(tick, 10);
    };
    tick();
  });
}

/** An active spawn near the demo centre, computed the way any process would. */
function someSpawn() {
  const rules = createSpawnRules({
    seed: creatures.params.seed,
    densityPerKm2: 120,
    table: creatures.spawns!.table,
  });
  const now = Date.now();
  for (let dx = 0; dx < 40; dx++) {
    const lat = CENTRE.lat + dx * 0.0015;
    const spawns = spawnsInCell(cellIdAt(lat, CENTRE.lng, 16), now, rules).filter(
      (s) => s.expiresAtMs > now + 60_000,
    );
    if (spawns[0]) return spawns[0];
  }
  throw new Error('no spawn found');
}

test('creatures end to end: world deltas, nearby, catch, out of range, spin cooldown', async () => {
  const t = await startTestServer({}, undefined, { game: creatures });
  const clients: GeoplayClient[] = [];
  try {
    const spawn = someSpawn();
    const a = await connect(t.server.wsUrl, await t.token('alice'));
    const b = await connect(t.server.wsUrl, await t.token('bob'));
    clients.push(a, b);
    const deltas: number[] = [];
    a.on('delta', (d) => deltas.push(d.chunks.length));
    a.reportLocation({ lat: spawn.lat + 0.0001, lng: spawn.lng, accuracyM: 5 });
    // Bob stands ~500 m away: far enough to be out of range, close enough that the cell is loaded.
    b.reportLocation({ lat: spawn.lat + 0.0045, lng: spawn.lng, accuracyM: 5 });
    await until(() => deltas.length > 0);

    const nearby = await a.act('nearby', {});
    assert.equal(nearby.status, 1, nearby.errorMessage);
    const list = decode(nearby.payload) as { spawnId: string; distanceM: number }[];
    const seen = list.find((s) => s.spawnId === spawn.id);
    assert.ok(seen, `nearby lists ${spawn.id}`);
    assert.ok(
      Math.abs(seen.distanceM - fastDistanceM(spawn.lat + 0.0001, spawn.lng, spawn.lat, spawn.lng)) <= 2,
    );

    const far = await b.act('catch', { spawnId: spawn.id });
    assert.equal(far.status, 2);
    assert.equal(far.errorCode, 'OUT_OF_RANGE');

    let caught = false;
    for (let i = 0; i < 10 && !caught; i++) {
      const r = await a.act('catch', { spawnId: spawn.id });
      if (r.status === 2 && r.errorCode === 'RATE_LIMITED') {
        await new Promise((res) => setTimeout(res, 1000));
        continue;
      }
      assert.equal(r.status, 1, r.errorMessage);
      caught = (decode(r.payload) as { caught: boolean }).caught;
    }
    assert.ok(caught, 'caught within 10 throws');
    // Up to 5 catches a second: the throws above may have used this second's allowance.
    await new Promise((res) => setTimeout(res, 1000));
    const again = await a.act('catch', { spawnId: spawn.id });
    assert.equal(again.errorCode, 'INVALID');
    const inv = decode((await a.act('inventory', {})).payload) as Record<string, number>;
    assert.equal(inv[`creature:${spawn.species}`], 1);

    const missing = await a.act('catch', { spawnId: 'nope:1' });
    assert.equal(missing.errorCode, 'NOT_FOUND');
    const bad = await a.act('catch', { spawn: 1 });
    assert.equal(bad.errorCode, 'INVALID');
    const unknown = await a.act('dance', {});
    assert.equal(unknown.errorCode, 'INVALID');

    // Spin the nearest stop: a brand-new player placed right on it.
    const stop = t.server.runtime!.pois.all().find((p) => p.kind === 'stop')!;
    const c = await connect(t.server.wsUrl, await t.token('carol'));
    clients.push(c);
    c.reportLocation({ lat: stop.lat, lng: stop.lng, accuracyM: 5 });
    await until(() => t.server.runtime!.world.session(c.hello!.sessionId)?.hasPosition);
    const spin = await c.act('spin', { poiId: stop.id });
    assert.equal(spin.status, 1, spin.errorMessage);
    const spin2 = await c.act('spin', { poiId: stop.id });
    assert.equal(spin2.errorCode, 'COOLDOWN');
    assert.ok(spin2.retryAfterS > 290 && spin2.retryAfterS <= 300);
  } finally {
    for (const c of clients) c.close();
    await t.stop();
  }
});
