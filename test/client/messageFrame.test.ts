import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { encodeRoomMessageFrame } from '../../client/messageFrame.js';
import { decodeFrame, encodeFrame } from '../../src/protocol/frame.js';

const ascii = fc.string({
  unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
  maxLength: 200,
});
const text = fc.oneof(
  { weight: 6, arbitrary: ascii },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('', 'x'.repeat(127), 'y'.repeat(128), 'z'.repeat(20_000), 'zoë') },
);
const u32 = fc.oneof(fc.constantFrom(0, 1, 127, 128, 16_384, 0xffffffff), fc.nat());

function isAscii(s: string): boolean {
  return ![...s].some((c) => c.charCodeAt(0) > 0x7f);
}

// Decoded, the one-pass frame is the envelope protobufjs would have written; it is made whenever
// the strings are ASCII, and never otherwise.
test('property: a room message written in one pass decodes to what protobufjs encodes', () => {
  fc.assert(
    fc.property(u32, u32, text, text, fc.oneof(text, fc.json()), (seq, ack, roomId, type, json) => {
      const fast = encodeRoomMessageFrame(seq, ack, roomId, type, json);
      assert.equal(fast !== undefined, isAscii(roomId) && isAscii(type) && isAscii(json));
      if (!fast) return;
      const got = decodeFrame(fast, 1 << 20);
      const want = decodeFrame(
        encodeFrame({ seq, ack, roomMessage: { roomId, type, payload: new TextEncoder().encode(json) } }),
        1 << 20,
      );
      if (got instanceof Error) throw got;
      if (want instanceof Error) throw want;
      assert.deepEqual(got.toJSON(), want.toJSON());
      assert.equal(got.body, 'roomMessage');
    }),
    { numRuns: 3000 },
  );
});
