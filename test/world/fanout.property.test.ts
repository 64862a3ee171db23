import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { WorldModel } from '../../client/world.js';
import { decodeFrame } from '../../src/protocol/frame.js';
import type { geoplay } from '../../src/protocol/gen/geoplay.js';
import { HybridLogicalClock } from '../../src/session/hlc.js';
import { World } from '../../src/world/world.js';
import { WorldSession } from '../../src/world/worldSession.js';
import { CaptureTransport, CENTRE, captureSession } from '../helpers/captureSession.js';

/**
 * The server writes a tick's WorldDeltas in slices (World.step, then World.flush with a deadline),
 * with moves, joins, leaves and snapshot requests arriving between the slices. Whatever the
 * interleaving, once everything is written each client holds exactly its interest cells, and its
 * numbered frames arrive in order without gaps.
 */

interface Client {
  id: string;
  transport: CaptureTransport;
  ws: WorldSession;
  model: WorldModel;
  lastSeq: number;
  /** A snapshot was requested: the next WorldDelta must be a full snapshot (docs/PROTOCOL.md). */
  expectFull: boolean;
  lat: number;
  lng: number;
}

function makeClient(id: string, hlc: HybridLogicalClock, now: number, lat: number, lng: number): Client {
  const { session, transport } = captureSession(id, hlc, now);
  return {
    id,
    transport,
    ws: new WorldSession(session),
    model: new WorldModel(),
    lastSeq: 0,
    expectFull: false,
    lat,
    lng,
  };
}

function deliver(c: Client, now: number): void {
  for (const frame of c.transport.frames) {
    const env = decodeFrame(frame, 1 << 24);
    assert.ok(!(env instanceof Error), 'frames decode');
    assert.equal(env.body, 'worldDelta');
    assert.equal(env.seq, c.lastSeq + 1, `${c.id}: frames in order, no gap`);
    c.lastSeq = env.seq;
    if (c.expectFull) {
      assert.equal(env.worldDelta?.fullSnapshot, true, `${c.id}: the delta after a snapshot request is full`);
      c.expectFull = false;
    }
    c.model.applyDelta(env.worldDelta as geoplay.v1.WorldDelta, now);
  }
  c.transport.frames.length = 0;
}

const op = fc.record({
  who: fc.nat(),
  dLat: fc.integer({ min: -30, max: 30 }),
  dLng: fc.integer({ min: -30, max: 30 }),
  op: fc.constantFrom('move', 'move', 'move', 'move', 'join', 'leave', 'snapshot', 'partial', 'tick'),
});

test('property: ticks written in slices, with changes between the slices, leave every client exact', () => {
  fc.assert(
    fc.property(
      fc.array(op, { minLength: 20, maxLength: 80 }),
      fc.integer({ min: 17, max: 40 }),
      (ops, n) => {
        const world = new World({}, undefined, []);
        const hlc = new HybridLogicalClock(() => 0);
        let now = Date.UTC(2026, 10, 22, 10, 0, 0);
        const clients: Client[] = [];
        let joined = 0;
        const join = () => {
          const i = joined++;
          const c = makeClient(`p${i}`, hlc, now, CENTRE.lat + (i % 5) * 0.001, CENTRE.lng + (i % 7) * 0.001);
          world.attach(c.ws);
          world.movePlayer(c.ws, c.lat, c.lng, 0, 0, now);
          clients.push(c);
        };
        for (let i = 0; i < n; i++) join();
        const check = () => {
          assert.equal(world.unsent, 0);
          for (const c of clients) {
            deliver(c, now);
            const truth = new Map<number, [number, number]>();
            for (const cell of c.ws.interest) {
              for (const eid of cell.members)
                truth.set(eid, [world.store.latE7[eid]!, world.store.lngE7[eid]!]);
            }
            const seen = new Map(
              [...c.model.entities.values()].map((e) => [e.eid, [e.latE7, e.lngE7] as [number, number]]),
            );
            assert.deepEqual(seen, truth, `client ${c.id}: entity set equals its interest cells`);
          }
        };
        for (const s of ops) {
          const c = clients[s.who % clients.length]!;
          if (s.op === 'join') join();
          else if (s.op === 'leave' && clients.length > 1) {
            world.detach(c.ws);
            clients.splice(clients.indexOf(c), 1);
          } else if (s.op === 'move') {
            c.lat += s.dLat * 0.0001;
            c.lng += s.dLng * 0.0001;
            world.movePlayer(c.ws, c.lat, c.lng, 90, 1.5, now);
          } else if (s.op === 'snapshot') {
            // As after a resume outside the ring: the client starts over from a full snapshot.
            c.model.clear();
            c.transport.frames.length = 0;
            c.lastSeq = c.ws.session.outSeq;
            c.expectFull = true;
            world.requestSnapshot(c.ws);
          } else if (s.op === 'partial') {
            now += 200;
            // A deadline in the past: one slice (16 sessions) is written, the rest wait.
            world.step(now);
            world.flush(0);
          } else {
            now += 200;
            world.tick(now);
            check();
          }
        }
        now += 200;
        world.tick(now);
        now += 200;
        world.tick(now);
        check();
      },
    ),
    { numRuns: 40 },
  );
});

test('a slice that passes its deadline leaves the rest of the tick for the next slice, in order', () => {
  const world = new World({}, undefined, []);
  const hlc = new HybridLogicalClock(() => 0);
  const clients: Client[] = [];
  for (let i = 0; i < 40; i++) {
    const c = makeClient(`s${i}`, hlc, 0, CENTRE.lat + i * 0.0001, CENTRE.lng);
    world.attach(c.ws);
    world.movePlayer(c.ws, c.lat, c.lng, 0, 0, 0);
    clients.push(c);
  }
  world.step(200);
  assert.equal(world.unsent, 40);
  assert.equal(world.flush(0), false);
  assert.equal(world.unsent, 24, 'one slice of 16 written');
  assert.equal(clients.filter((c) => c.transport.frames.length === 1).length, 16);
  // The next tick first writes what is left of this one: nobody gets tick 2 before tick 1.
  for (const c of clients) world.movePlayer(c.ws, c.lat + 0.00001, c.lng, 0, 0, 300);
  world.step(400);
  for (const c of clients) assert.equal(c.transport.frames.length, 1);
  assert.equal(world.flush(), true);
  for (const c of clients) {
    assert.equal(c.transport.frames.length, 2, `${c.id}: one write per tick`);
    deliver(c, 400);
    assert.equal(c.model.get(c.ws.eid)?.latE7, Math.round((c.lat + 0.00001) * 1e7));
  }
});
