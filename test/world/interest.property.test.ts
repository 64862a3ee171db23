import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { WorldModel } from '../../client/world.js';
import { fastDistanceM } from '../../src/geo/distance.js';
import { decodeFrame } from '../../src/protocol/frame.js';
import type { geoplay } from '../../src/protocol/gen/geoplay.js';
import { HybridLogicalClock } from '../../src/session/hlc.js';
import { generateDemoPois } from '../../src/world/poiDemo.js';
import { createSpawnRules } from '../../src/world/spawnRules.js';
import { World } from '../../src/world/world.js';
import { WorldSession } from '../../src/world/worldSession.js';
import { CaptureTransport, CENTRE, captureSession } from '../helpers/captureSession.js';

interface Client {
  id: string;
  transport: CaptureTransport;
  ws: WorldSession;
  model: WorldModel;
  lat: number;
  lng: number;
}

function makeClient(id: string, hlc: HybridLogicalClock, now: number, lat: number, lng: number): Client {
  const { session, transport } = captureSession(id, hlc, now);
  return { id, transport, ws: new WorldSession(session), model: new WorldModel(), lat, lng };
}

function deliver(c: Client, now: number): void {
  for (const frame of c.transport.frames) {
    const env = decodeFrame(frame, 1 << 24);
    assert.ok(!(env instanceof Error), 'frames decode');
    assert.equal(env.body, 'worldDelta');
    c.model.applyDelta(env.worldDelta as geoplay.v1.WorldDelta, now);
  }
  c.transport.frames.length = 0;
}

/** The server's truth for one observer: every entity in the view cells of its interest set. */
function expected(world: World, c: Client): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  for (const cell of c.ws.interest) {
    for (const eid of cell.members) out.set(eid, [world.store.latE7[eid]!, world.store.lngE7[eid]!]);
  }
  return out;
}

const step = fc.record({
  who: fc.nat(),
  // Up to ~330 m per step in each axis: crosses view cells and interest edges often.
  dLat: fc.integer({ min: -30, max: 30 }),
  dLng: fc.integer({ min: -30, max: 30 }),
  op: fc.constantFrom('move', 'move', 'move', 'move', 'join', 'leave', 'tick', 'tick', 'minutes'),
});

test('property: after every tick each client holds exactly the entities of its interest cells, with exact E7', () => {
  const pois = generateDemoPois({ centre: CENTRE, radiusM: 1500, seed: 3 });
  const rules = createSpawnRules({
    seed: 7,
    densityPerKm2: 300,
    table: [{ species: 'a', weight: 1 }],
    lifetimeMs: 10 * 60_000,
  });
  fc.assert(
    fc.property(
      fc.array(step, { minLength: 20, maxLength: 120 }),
      fc.integer({ min: 2, max: 8 }),
      (steps, players) => {
        const world = new World({}, rules, pois);
        const hlc = new HybridLogicalClock(() => 0);
        let now = Date.UTC(2026, 10, 22, 10, 0, 0);
        const clients: Client[] = [];
        let joined = 0;
        const join = () => {
          const c = makeClient(`p${joined++}`, hlc, now, CENTRE.lat + (joined % 3) * 0.002, CENTRE.lng);
          world.attach(c.ws);
          world.movePlayer(c.ws, c.lat, c.lng, 0, 0, now);
          clients.push(c);
        };
        for (let i = 0; i < players; i++) join();
        const check = () => {
          for (const c of clients) {
            deliver(c, now);
            const truth = expected(world, c);
            const seen = new Map(
              [...c.model.entities.values()].map((e) => [e.eid, [e.latE7, e.lngE7] as [number, number]]),
            );
            assert.deepEqual(seen, truth, `client ${c.id}: entity set equals its interest cells`);
            // Recall of the AOI circle around the observer's server-side position.
            for (const other of clients) {
              if (other.ws.eid < 0) continue;
              const d = fastDistanceM(c.ws.lat, c.ws.lng, other.ws.lat, other.ws.lng);
              if (d <= world.params.aoiRadiusM)
                assert.ok(seen.has(other.ws.eid), `${c.id} sees ${other.id} at ${d} m`);
            }
          }
        };
        for (const s of steps) {
          const c = clients.length > 0 ? clients[s.who % clients.length] : undefined;
          if (s.op === 'join' || !c) join();
          else if (s.op === 'leave') {
            world.detach(c.ws);
            clients.splice(clients.indexOf(c), 1);
          } else if (s.op === 'move') {
            c.lat += s.dLat * 0.0001;
            c.lng += s.dLng * 0.0001;
            world.movePlayer(c.ws, c.lat, c.lng, 90, 1.5, now);
          } else {
            now += s.op === 'minutes' ? 7 * 60_000 : 200;
            world.tick(now);
            check();
          }
        }
        now += 200;
        world.tick(now);
        check();
      },
    ),
    { numRuns: 60 },
  );
});

test('positions round-trip E7 exactly through the chunk encoder', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -850_000_000, max: 850_000_000 }),
      fc.integer({ min: -1_800_000_000, max: 1_800_000_000 }),
      (latE7, lngE7) => {
        const world = new World({}, undefined, []);
        const c = makeClient('x', new HybridLogicalClock(), 0, latE7 / 1e7, lngE7 / 1e7);
        world.attach(c.ws);
        world.movePlayer(c.ws, latE7 / 1e7, lngE7 / 1e7, 0, 0, 0);
        world.tick(1);
        deliver(c, 1);
        const me = c.model.get(c.ws.eid);
        assert.equal(me?.latE7, latE7);
        assert.equal(me?.lngE7, lngE7);
      },
    ),
    { numRuns: 300 },
  );
});

test('nothing is sent when nothing changed', () => {
  const world = new World({}, undefined, []);
  const c = makeClient('quiet', new HybridLogicalClock(), 0, CENTRE.lat, CENTRE.lng);
  world.attach(c.ws);
  world.movePlayer(c.ws, CENTRE.lat, CENTRE.lng, 0, 0, 0);
  world.tick(200);
  assert.equal(c.transport.frames.length, 1);
  c.transport.frames.length = 0;
  world.tick(400);
  world.tick(600);
  assert.equal(c.transport.frames.length, 0);
  world.movePlayer(c.ws, CENTRE.lat + 0.00001, CENTRE.lng, 0, 0, 700);
  world.tick(800);
  assert.equal(c.transport.frames.length, 1, 'one write per session per tick');
});

test('two independent worlds produce identical spawns for the same cells and times', () => {
  const rules = () =>
    createSpawnRules({
      seed: 'same',
      densityPerKm2: 200,
      table: [
        { species: 'a', weight: 1 },
        { species: 'b', weight: 2 },
      ],
    });
  const a = new World({}, rules(), []);
  const b = new World({}, rules(), []);
  const t = Date.UTC(2026, 10, 22, 9, 0, 0);
  const ca = makeClient('a', new HybridLogicalClock(), t, CENTRE.lat, CENTRE.lng);
  const cb = makeClient('b', new HybridLogicalClock(), t, CENTRE.lat, CENTRE.lng);
  a.attach(ca.ws);
  b.attach(cb.ws);
  a.movePlayer(ca.ws, CENTRE.lat, CENTRE.lng, 0, 0, t);
  b.movePlayer(cb.ws, CENTRE.lat, CENTRE.lng, 0, 0, t);
  for (let m = 0; m < 90; m += 3) {
    a.tick(t + m * 60_000);
    b.tick(t + m * 60_000);
    deliver(ca, t);
    deliver(cb, t);
    const spawnsOf = (c: Client) =>
      [...c.model.entities.values()]
        .filter((e) => e.kind === 2)
        .map((e) => `${e.id}@${e.latE7},${e.lngE7}:${e.name}:${e.level}`)
        .sort();
    assert.deepEqual(spawnsOf(ca), spawnsOf(cb));
  }
});
