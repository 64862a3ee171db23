import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { encodeRoomFrame, encodeUpdateFrameWithWriter, type RoomUpdateInit } from '../../src/rooms/codec.js';
import { roomUpdate as update, stoppedClock, u32 } from './updateArbitrary.js';
import { decodeFrame } from '../../src/protocol/frame.js';

// The one-pass ASCII encoder and protobufjs's Writer must agree byte for byte on every update,
// whether the fast path takes it (ASCII, short strings, no members or result) or hands it over.
test('property: encodeRoomFrame writes the same bytes as protobufjs for any update', () => {
  fc.assert(
    fc.property(
      update,
      fc.oneof(fc.constant(0), fc.constant(1_765_000_000_000), fc.double({ min: 0, max: 4e12, noNaN: true })),
      u32,
      (u, ms, logical) => {
        const fast = encodeRoomFrame(u, stoppedClock(ms, logical));
        const reference = encodeUpdateFrameWithWriter(u, ms, logical);
        assert.deepEqual(Buffer.from(fast), Buffer.from(reference));
      },
    ),
    { numRuns: 3000 },
  );
});

test("a tick's usual update decodes back to what was sent", () => {
  const u: RoomUpdateInit = {
    roomId: '01JR0000000000000000000000',
    tick: 300,
    baseTick: 299,
    snapshot: false,
    phase: 2,
    phaseEndsMs: 1_765_000_123_456,
    setKeys: ['p-1', 'p-2'],
    setValues: ['[12,34]', '{"hp":-5}'],
    removedKeys: ['gone'],
    members: [],
    left: ['p-9'],
  };
  const env = decodeFrame(encodeRoomFrame(u, stoppedClock(1_765_000_000_001, 3)), 1 << 20);
  assert.ok(!(env instanceof Error));
  assert.equal(env.hlcMs, 1_765_000_000_001);
  assert.equal(env.hlcLogical, 3);
  const r = env.roomUpdate!;
  assert.equal(r.roomId, u.roomId);
  assert.equal(r.tick, 300);
  assert.equal(r.baseTick, 299);
  assert.equal(r.phase, 2);
  assert.equal(r.phaseEndsMs, 1_765_000_123_456);
  assert.deepEqual([...(r.setKeys ?? [])], u.setKeys);
  assert.deepEqual([...(r.setValues ?? [])], u.setValues);
  assert.deepEqual([...(r.removedKeys ?? [])], u.removedKeys);
  assert.deepEqual([...(r.left ?? [])], u.left);
});
