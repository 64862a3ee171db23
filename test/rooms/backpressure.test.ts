// A member whose socket backs up: the room holds its updates back while the backlog is over the
// coalesce threshold (the other members get every update), then sends it one snapshot of the room
// as it is once the backlog clears, and plain updates after that. Nobody else ever gets a snapshot.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pino } from 'pino';
import { decodeFrame } from '../../src/protocol/frame.js';
import { geoplay } from '../../src/protocol/gen/geoplay.js';
import { TimerRegistry } from '../../src/ops/timers.js';
import { RoomHost } from '../../src/rooms/host.js';
import { HybridLogicalClock } from '../../src/session/hlc.js';
import { SessionState } from '../../src/session/session.js';
import { type CaptureTransport, captureSession } from '../helpers/captureSession.js';
import { counterRoom } from './helpers.js';

const TICK_MS = 20;

function updates(t: CaptureTransport): geoplay.v1.RoomUpdate[] {
  const out: geoplay.v1.RoomUpdate[] = [];
  for (const bytes of t.frames) {
    const env = decodeFrame(bytes, 1 << 20);
    assert.ok(!(env instanceof Error), 'a frame the client can read');
    if (env.roomUpdate) out.push(env.roomUpdate as geoplay.v1.RoomUpdate);
  }
  return out;
}

/** The room's entries as a member sees them: a snapshot replaces, an update sets and removes. */
function mirror(us: geoplay.v1.RoomUpdate[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const u of us) {
    if (u.snapshot) m.clear();
    u.setKeys.forEach((k, i) => m.set(k, u.setValues[i]!));
    for (const k of u.removedKeys) m.delete(k);
  }
  return m;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

test('a member behind on its socket gets no updates, then one snapshot, then updates again', async () => {
  const timers = new TimerRegistry();
  const hlc = new HybridLogicalClock();
  const host = new RoomHost({
    rooms: { counter: counterRoom({ tickHz: 1000 / TICK_MS, minPlayers: 2, maxPlayers: 2 }) },
    timers,
    log: pino({ level: 'silent' }),
    hlc,
    rewards: { grant: () => Promise.resolve('applied' as const) },
  });
  try {
    const now = Date.now();
    const a = captureSession('a', hlc, now);
    const b = captureSession('b', hlc, now);
    for (const [i, c] of [a, b].entries()) {
      c.session.state = SessionState.OPEN;
      host.onRoomJoin(c.session, geoplay.v1.RoomJoin.create({ requestId: i + 1, roomType: 'counter' }), now);
    }
    const room = () => host.roomOf('a');
    await until('the room to run', () => room()?.phaseName === 'running');
    const roomId = room()!.id;
    const add = (n: number) =>
      host.onRoomMessage(a.session, { roomId, type: 'add', payload: Buffer.from(`{"n":${n}}`) }, Date.now());
    const total = (t: CaptureTransport) => mirror(updates(t)).get('total');

    add(1);
    await until('both to see total 1', () => total(a.transport) === '1' && total(b.transport) === '1');

    // b's socket backs up: a keeps getting every update, b gets nothing.
    b.transport.bufferedAmount = b.session.coalesceLimit + 1;
    const bFramesBefore = b.transport.frames.length;
    for (let n = 2; n <= 4; n++) {
      add(n);
      await sleep(TICK_MS * 2);
    }
    await until('a to see total 10', () => total(a.transport) === '10');
    assert.equal(b.transport.frames.length, bFramesBefore, 'nothing written to a member behind');

    // The backlog clears, and the state changes in the same tick: b's next frame is a snapshot with
    // the room as it is now, and the tick's update is not written to b before it.
    b.transport.bufferedAmount = 0;
    add(5);
    await until('b to get a frame', () => b.transport.frames.length > bFramesBefore);
    await until('a to see total 15', () => total(a.transport) === '15');
    const caughtUp = updates(b.transport).slice(-(b.transport.frames.length - bFramesBefore));
    assert.equal(caughtUp[0]!.snapshot, true, 'the first frame after the backlog is a snapshot');
    assert.equal(mirror([caughtUp[0]!]).get('total'), '15');
    assert.equal(mirror([caughtUp[0]!]).get('p:a'), '15');

    // After it, plain updates again; the member never behind got no snapshot after its first.
    const bAfter = b.transport.frames.length;
    add(6);
    await until('both to see total 21', () => total(a.transport) === '21' && total(b.transport) === '21');
    assert.ok(
      updates(b.transport)
        .slice(bAfter - b.transport.frames.length)
        .every((u) => !u.snapshot),
    );
    assert.equal(updates(a.transport).filter((u) => u.snapshot).length, 1, 'a: the join snapshot only');
    assert.equal(updates(b.transport).filter((u) => u.snapshot).length, 2, 'b: join and catch-up snapshots');

    // Identical state for both members at the end.
    assert.deepEqual(mirror(updates(a.transport)), mirror(updates(b.transport)));
  } finally {
    host.close();
    timers.close();
  }
});
