import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lightenFrame, OwnView } from '../../bench/bots/lightDelta.js';
import { WorldModel } from '../../client/world.js';
import { decodeFrame } from '../../src/protocol/frame.js';
import type { geoplay } from '../../src/protocol/gen/geoplay.js';
import { HybridLogicalClock } from '../../src/session/hlc.js';
import { World } from '../../src/world/world.js';
import { WorldSession } from '../../src/world/worldSession.js';
import { type CaptureTransport as Capture, CENTRE, captureSession } from '../helpers/captureSession.js';

interface Bot {
  id: string;
  t: Capture;
  ws: WorldSession;
  model: WorldModel;
  view: OwnView;
  lat: number;
  lng: number;
}

test('property: a light bot reads the tick and its own position as the world model does', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          who: fc.nat(),
          dLat: fc.integer({ min: -40, max: 40 }),
          dLng: fc.integer({ min: -40, max: 40 }),
          tick: fc.boolean(),
        }),
        {
          minLength: 10,
          maxLength: 60,
        },
      ),
      fc.integer({ min: 2, max: 6 }),
      (steps, n) => {
        const world = new World({}, undefined, []);
        const hlc = new HybridLogicalClock(() => 1_763_800_000_000);
        const bots: Bot[] = [];
        let now = 1_763_800_000_000;
        for (let i = 0; i < n; i++) {
          const id = `bot-ü-${i}`;
          const { session: s, transport: t } = captureSession(id, hlc, now, { messages: 1, locations: 1 });
          const b: Bot = {
            id,
            t,
            ws: new WorldSession(s),
            model: new WorldModel(),
            view: new OwnView(new TextEncoder().encode(id)),
            lat: CENTRE.lat + i * 0.0005,
            lng: CENTRE.lng,
          };
          world.attach(b.ws);
          world.movePlayer(b.ws, b.lat, b.lng, 0, 0, now);
          bots.push(b);
        }
        const deliver = () => {
          for (const b of bots) {
            for (const frame of b.t.frames) {
              const full = decodeFrame(frame, 1 << 24);
              assert.ok(!(full instanceof Error));
              const light = lightenFrame(frame, b.view);
              assert.notEqual(light, frame, 'a WorldDelta frame is replaced');
              const stand = decodeFrame(light, 1 << 24);
              assert.ok(!(stand instanceof Error), 'the stand-in is a valid frame');
              assert.equal(stand.seq, full.seq);
              assert.equal(stand.ack, full.ack);
              assert.equal(stand.hlcMs, full.hlcMs);
              assert.equal(stand.hlcLogical, full.hlcLogical);
              assert.equal(stand.body, 'worldDelta');
              assert.equal(stand.worldDelta?.chunks?.length ?? 0, 0);
              b.model.applyDelta(full.worldDelta as geoplay.v1.WorldDelta, now);
              assert.equal(b.view.tick, b.model.tick);
              const me = b.model.byId(b.id);
              if (b.view.seen) {
                assert.equal(b.view.eid, me?.eid);
                assert.equal(b.view.latE7, me?.latE7);
                assert.equal(b.view.lngE7, me?.lngE7);
              }
            }
            b.t.frames.length = 0;
            // Whatever the deltas were, the last position read is the model's.
            const me = b.model.byId(b.id);
            if (me && b.view.eid >= 0) {
              assert.equal(b.view.latE7, me.latE7);
              assert.equal(b.view.lngE7, me.lngE7);
            }
          }
        };
        for (const s of steps) {
          const b = bots[s.who % bots.length]!;
          b.lat += s.dLat * 0.0001;
          b.lng += s.dLng * 0.0001;
          world.movePlayer(b.ws, b.lat, b.lng, 90, 1.5, now);
          if (s.tick) {
            now += 200;
            world.tick(now);
            deliver();
          }
        }
        now += 200;
        world.tick(now);
        deliver();
        for (const b of bots) assert.equal(b.view.bad, 0);
      },
    ),
    { numRuns: 60 },
  );
});

test('a light bot passes other frames through, and counts a frame with a bad CRC', () => {
  const view = new OwnView(new TextEncoder().encode('x'));
  const { session: s, transport: t } = captureSession('x', new HybridLogicalClock(), 0, {
    messages: 1,
    locations: 1,
  });
  s.send({ actionResult: { opId: 'a', status: 1 } }, true);
  const other = t.frames[0]!;
  assert.equal(lightenFrame(other, view), other);
  s.sendDelta(new Uint8Array([8, 7]), 0);
  const delta = t.frames[1]!;
  assert.notEqual(lightenFrame(delta, view), delta);
  assert.equal(view.tick, 7);
  delta[delta.length - 1] = delta[delta.length - 1]! ^ 1;
  assert.equal(lightenFrame(delta, view), delta);
  assert.equal(view.bad, 1);
});
