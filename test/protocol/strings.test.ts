import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import protobuf from 'protobufjs/minimal.js';
import { ProtocolError } from '../../src/protocol/errors.js';
import { decodeFrame, encodeFrame, frameFromPayload } from '../../src/protocol/frame.js';

// String fields are read by the generated code's $readString (scripts/gen-proto.mjs) for lengths
// of 13 bytes and more, by protobufjs's reader below that. Both must give the string that was
// encoded, from a Node Buffer (sliced natively when ASCII) and from a plain Uint8Array (a
// browser's bytes), and refuse what is not UTF-8.

const MAX = 1 << 20;

/** The frame's bytes as Node receives them (a Buffer) and as a browser does (a plain Uint8Array). */
function bothKinds(frame: Uint8Array): Uint8Array[] {
  return [Buffer.from(frame), new Uint8Array(frame)];
}

test('property: any string survives encode and decode, from a Buffer and from a Uint8Array', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '-', '0'), minLength: 10, maxLength: 70 }),
    // Past 127 bytes the length takes two varint bytes; past 63 the decoder reads ASCII too.
    fc.string({ minLength: 60, maxLength: 300 }),
  );
  fc.assert(
    fc.property(text, text, fc.array(text, { maxLength: 12 }), (roomId, type, keys) => {
      const input = encodeFrame({ seq: 1, roomMessage: { roomId, type, payload: new Uint8Array(0) } });
      const update = encodeFrame({ roomUpdate: { roomId, setKeys: keys, setValues: keys } });
      for (const bytes of bothKinds(input)) {
        const env = decodeFrame(bytes, MAX);
        assert.ok(!(env instanceof ProtocolError), String(env));
        assert.equal(env.roomMessage?.roomId ?? '', roomId);
        assert.equal(env.roomMessage?.type ?? '', type);
      }
      for (const bytes of bothKinds(update)) {
        const env = decodeFrame(bytes, MAX);
        assert.ok(!(env instanceof ProtocolError), String(env));
        assert.deepEqual(env.roomUpdate?.setKeys ?? [], keys);
        assert.deepEqual(env.roomUpdate?.setValues ?? [], keys);
      }
    }),
    { numRuns: 300 },
  );
});

/**
 * A RoomMessage envelope whose room_id field holds `bytes` as they are, sealed in a frame; with
 * `after`, a trace_id field of the envelope follows the RoomMessage, so a length that runs past
 * the nested message still ends inside the frame: its tag, length and 18 of its 66 bytes of 0x08
 * are valid UTF-8 for the 40-byte string, and the 48 bytes left read as pairs of valid `seq: 8`
 * fields: the overrun is not caught by running off the frame or by bad bytes.
 */
function roomIdFrame(bytes: Uint8Array, declaredLength = bytes.length, after = false): Uint8Array {
  const inner = protobuf.Writer.create();
  inner.uint32((1 << 3) | 2).uint32(declaredLength);
  const head = inner.finish();
  const body = new Uint8Array(head.length + bytes.length);
  body.set(head);
  body.set(bytes, head.length);
  const w = protobuf.Writer.create();
  w.uint32((24 << 3) | 2).bytes(body);
  if (after) w.uint32((5 << 3) | 2).bytes(new Uint8Array(66).fill(0x08));
  return frameFromPayload(w.finish());
}

test('a string field that is not UTF-8 is BAD_PROTOBUF, short or long, from either kind of bytes', () => {
  const ascii = (n: number) => new Uint8Array(n).fill(0x61);
  const cases: [string, Uint8Array][] = [
    ['short, a lone continuation byte', Uint8Array.of(0x61, 0x80, 0x61)],
    ['short, 0xFF', Uint8Array.of(0xff)],
    ['long, ASCII then 0xFF', Uint8Array.from([...ascii(20), 0xff, ...ascii(5)])],
    ['long, a truncated sequence at the end', Uint8Array.from([...ascii(30), 0xe2, 0x82])],
    ['long, an overlong encoding', Uint8Array.from([...ascii(14), 0xc0, 0xaf])],
    ['long, a UTF-16 surrogate encoded', Uint8Array.from([...ascii(14), 0xed, 0xa0, 0x80])],
    ['over 127 bytes, 0xFF at the end', Uint8Array.from([...ascii(200), 0xff])],
  ];
  for (const [name, bytes] of cases) {
    for (const frame of bothKinds(roomIdFrame(bytes))) {
      const env = decodeFrame(frame, MAX);
      assert.ok(env instanceof ProtocolError, `${name}: decoded`);
      assert.equal(env.code, 'BAD_PROTOBUF', name);
    }
  }
  // And the same lengths in UTF-8 decode; a byte order mark is part of the string, not dropped.
  for (const text of [
    'aé',
    'a'.repeat(20) + '€' + 'a'.repeat(5),
    '\uFEFF' + 'a'.repeat(20),
    'b'.repeat(200),
  ]) {
    for (const frame of bothKinds(roomIdFrame(new TextEncoder().encode(text)))) {
      const env = decodeFrame(frame, MAX);
      assert.ok(!(env instanceof ProtocolError));
      assert.equal(env.roomMessage?.roomId, text);
    }
  }
});

test('a string whose length runs past its message is BAD_PROTOBUF, short or long', () => {
  for (const [declared, present] of [
    [5, 3],
    [40, 20],
  ] as const) {
    // At the end of the payload, and inside it: the length fits the frame, not the RoomMessage.
    for (const after of [false, true]) {
      for (const frame of bothKinds(roomIdFrame(new Uint8Array(present).fill(0x61), declared, after))) {
        const env = decodeFrame(frame, MAX);
        assert.ok(env instanceof ProtocolError, `declared ${declared}, ${present} present, after ${after}`);
        assert.equal(env.code, 'BAD_PROTOBUF');
      }
    }
  }
});
