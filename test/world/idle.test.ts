// The world's side of resume: a frozen (idle) player, snapshots on request, deltas of a session in
// its grace period going to its replay ring.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorldModel } from '../../client/world.js';
import { loadConfig } from '../../src/config.js';
import { decodeFrame } from '../../src/protocol/frame.js';
import type { geoplay } from '../../src/protocol/gen/geoplay.js';
import { HybridLogicalClock } from '../../src/session/hlc.js';
import {
  DETACHED_TRANSPORT,
  Session,
  type SessionSink,
  SessionState,
  type SessionTransport,
} from '../../src/session/session.js';
import { World } from '../../src/world/world.js';
import { WorldSession } from '../../src/world/worldSession.js';

const config = loadConfig({ env: {}, overrides: { data: '/nonexistent' } });
const sink: SessionSink = { close() {}, framesOut() {}, coalesced() {} };
const hlc = new HybridLogicalClock();

class CaptureTransport implements SessionTransport {
  frames: Uint8Array[] = [];
  bufferedAmount = 0;
  onSend: (() => void) | undefined;
  send(data: Uint8Array): void {
    this.frames.push(Uint8Array.from(data));
    this.onSend?.();
  }
  close(): void {}
  terminate(): void {}
}

function client(id: string) {
  const transport = new CaptureTransport();
  const session = new Session(
    id,
    id,
    id,
    0,
    '127.0.0.1',
    transport,
    0,
    { messages: 9, locations: 9 },
    hlc,
    config,
    sink,
  );
  session.state = SessionState.OPEN;
  const model = new WorldModel();
  const deltas: geoplay.v1.WorldDelta[] = [];
  return {
    session,
    transport,
    ws: new WorldSession(session),
    model,
    deltas,
    /** Applies and returns what arrived since the last call. */
    read(now: number): geoplay.v1.WorldDelta[] {
      const out: geoplay.v1.WorldDelta[] = [];
      for (const f of transport.frames) {
        const env = decodeFrame(f, 1 << 24);
        assert.ok(!(env instanceof Error));
        const d = env.worldDelta as geoplay.v1.WorldDelta;
        model.applyDelta(d, now);
        out.push(d);
      }
      transport.frames.length = 0;
      deltas.push(...out);
      return out;
    },
  };
}

function setup() {
  const world = new World({ tickHz: 10 }, undefined, []);
  const a = client('a');
  const b = client('b');
  world.attach(a.ws);
  world.attach(b.ws);
  world.movePlayer(a.ws, 51.5, -0.12, 0, 0, 1);
  world.movePlayer(b.ws, 51.5001, -0.1201, 0, 0, 1);
  world.tick(100);
  a.read(100);
  b.read(100);
  return { world, a, b };
}

test('a frozen player is sent again with idle set, and again without it when unfrozen', () => {
  const { world, a, b } = setup();
  assert.equal(b.model.byId('a')?.idle, false);
  world.freeze(a.ws);
  world.tick(200);
  b.read(200);
  assert.equal(b.model.byId('a')?.idle, true);
  assert.equal(world.store.idle[a.ws.eid], 1);
  // Nothing else changes while frozen: no more deltas about it.
  world.tick(300);
  assert.equal(b.read(300).length, 0);
  world.unfreeze(a.ws);
  world.tick(400);
  b.read(400);
  assert.equal(b.model.byId('a')?.idle, false);
});

test('a freeze during the tick (a write that detached a session) shows at the next tick', () => {
  const { world, a, b } = setup();
  // The tick's write to b makes a freeze: as when b's backlog closes a's... any session mid-tick.
  let once = true;
  b.transport.onSend = () => {
    if (once) world.freeze(a.ws);
    once = false;
  };
  world.movePlayer(b.ws, 51.50011, -0.1201, 0, 0, 150);
  world.tick(200);
  b.read(200);
  assert.equal(b.model.byId('a')?.idle, false, 'not in the tick that was being sent');
  world.tick(300);
  b.read(300);
  assert.equal(b.model.byId('a')?.idle, true, 'but in the next one');
});

test('requestSnapshot: the next delta is a full snapshot of the interest set', () => {
  const { world, b } = setup();
  world.requestSnapshot(b.ws);
  assert.ok(b.session.needsSnapshot);
  world.tick(200);
  const [d] = b.read(200);
  assert.ok(d?.fullSnapshot);
  assert.deepEqual(new Set(d.chunks.map((c) => c.cell)), new Set([...b.ws.interest].map((c) => c.token)));
  assert.ok(d.chunks.every((c) => c.snapshot));
  assert.equal(b.session.needsSnapshot, false);
  world.tick(300);
  assert.equal(b.read(300).length, 0, 'one snapshot, then only changes');
});

test('a session in its grace period keeps getting numbered deltas, into its ring only', () => {
  const { world, a, b } = setup();
  const seqBefore = b.session.outSeq;
  b.session.state = SessionState.DETACHED;
  b.session.transport = DETACHED_TRANSPORT;
  for (let i = 1; i <= 3; i++) {
    world.movePlayer(a.ws, 51.5 + i * 0.00001, -0.12, 0, 0, 100 + i * 100);
    world.tick(100 + i * 100);
  }
  assert.equal(b.transport.frames.length, 0, 'nothing is written');
  assert.equal(b.session.outSeq, seqBefore + 3);
  assert.ok(b.session.canReplay(seqBefore));
  const replayed = new CaptureTransport();
  b.session.transport = replayed;
  b.session.state = SessionState.OPEN;
  assert.equal(b.session.replay(seqBefore), 3);
  const seqs = replayed.frames.map((f) => {
    const env = decodeFrame(f, 1 << 24);
    assert.ok(!(env instanceof Error));
    assert.equal(f[3], 1, 'REPLAYED flag');
    return env.seq;
  });
  assert.deepEqual(seqs, [seqBefore + 1, seqBefore + 2, seqBefore + 3]);
});
