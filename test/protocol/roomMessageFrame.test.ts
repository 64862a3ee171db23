import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { encodeRoomMessageFrame } from '../../client/messageFrame.js';
import {
  checkFrame,
  decodeCheckedFrame,
  encodeFrame,
  FRAME_HEADER_BYTES,
  frameFromPayload,
} from '../../src/protocol/frame.js';
import { RoomMessageReader } from '../../src/protocol/roomMessageFrame.js';
import { type Latin1Sliceable, writeDouble, writeVarint } from '../../src/protocol/wire.js';

const MAX = 1 << 20;

/**
 * The reader's answer for a frame as the server receives it (a Buffer), or as bytes of no Buffer
 * (`plain`), and protobufjs's.
 */
function both(frame: Uint8Array, reader = new RoomMessageReader(), plain = false) {
  const buf = plain ? new Uint8Array(frame) : Buffer.from(frame);
  const n = checkFrame(buf, MAX);
  if (n instanceof Error) throw n;
  const view = reader.read(buf, FRAME_HEADER_BYTES, FRAME_HEADER_BYTES + n);
  const env = decodeCheckedFrame(buf, n);
  return { view, env, plain };
}

/** Asserts that what the reader answered is what protobufjs decodes. */
function agrees({ view, env, plain }: ReturnType<typeof both>): void {
  if (!view) return;
  assert.ok(!(env instanceof Error), `protobufjs refused a frame the reader took: ${String(env)}`);
  assert.equal(env.body, 'roomMessage');
  const ref = env.roomMessage!;
  assert.equal(view.seq, env.seq);
  assert.equal(view.ack, env.ack);
  assert.equal(view.roomId, ref.roomId);
  assert.equal(view.type, ref.type);
  assert.deepEqual(Buffer.from(view.payload), Buffer.from(ref.payload ?? []));
  assert.equal(Buffer.isBuffer(view.payload), !plain, 'the payload is a view of the frame, of its kind');
}

const isAscii = (s: string) => ![...s].some((c) => c.charCodeAt(0) > 0x7f);
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 12 }));

test('property: an envelope of protobufjs is read as protobufjs decodes it, and always when its strings are ASCII', () => {
  const reader = new RoomMessageReader();
  fc.assert(
    fc.property(
      u32,
      u32,
      fc.double(),
      u32,
      fc.uint8Array({ maxLength: 16 }),
      text,
      text,
      fc.uint8Array({ maxLength: 200 }),
      (seq, ack, hlcMs, hlcLogical, traceId, roomId, type, payload) => {
        const frame = encodeFrame({
          seq,
          ack,
          hlcMs,
          hlcLogical,
          traceId,
          roomMessage: { roomId, type, payload },
        });
        const r = both(frame, reader);
        if (isAscii(roomId) && isAscii(type)) assert.ok(r.view, 'a usual room message is read in place');
        agrees(r);
      },
    ),
    { numRuns: 3000 },
  );
});

test("property: the SDK's one-pass room messages are read in place", () => {
  const reader = new RoomMessageReader();
  fc.assert(
    fc.property(
      u32,
      u32,
      fc.string({ maxLength: 40 }),
      fc.string({ maxLength: 20 }),
      fc.json(),
      (seq, ack, roomId, type, json) => {
        const frame = encodeRoomMessageFrame(seq, ack, roomId, type, json);
        if (!frame) return; // not ASCII: the SDK encodes it with protobufjs
        const r = both(frame, reader);
        assert.ok(r.view);
        agrees(r);
        assert.equal(Buffer.from(r.view.payload).toString(), json);
      },
    ),
    { numRuns: 2000 },
  );
});

// Envelopes put together field by field, as protobufjs would never write them: repeated fields,
// a second body, fields of another message, unknown fields, wrong wire types, varints over 32
// bits, strings that are not UTF-8, a cut. Whatever the reader answers must be protobufjs's answer.
type Part = Uint8Array;

function bytes(...xs: number[]): Uint8Array {
  return Uint8Array.from(xs);
}
function varint(v: number): Uint8Array {
  const out = new Uint8Array(10);
  let n = 0;
  // Up to 2^53: protobufjs's uint32 reads the low 32 bits of a longer varint.
  while (v >= 0x80) {
    out[n++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  out[n++] = v;
  return out.subarray(0, n);
}
function tag(field: number, wire: number): Uint8Array {
  const out = new Uint8Array(5);
  return out.subarray(0, writeVarint(out, 0, (field << 3) | wire));
}
function concat(parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}
function lenField(field: number, body: Uint8Array): Uint8Array {
  return concat([tag(field, 2), varint(body.length), body]);
}

const asciiBytes = fc.string({ maxLength: 12 }).map((s) => new TextEncoder().encode(s));
const stringBytes = fc.oneof(
  { weight: 4, arbitrary: asciiBytes },
  fc.string({ unit: 'grapheme', maxLength: 6 }).map((s) => new TextEncoder().encode(s)),
  fc.uint8Array({ maxLength: 6 }),
);
const bigVarint = fc.oneof(
  { weight: 4, arbitrary: u32 },
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
);
const innerPart: fc.Arbitrary<Part> = fc.oneof(
  { weight: 4, arbitrary: stringBytes.map((b) => lenField(1, b)) },
  { weight: 4, arbitrary: stringBytes.map((b) => lenField(2, b)) },
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 20 }).map((b) => lenField(3, b)) },
  bigVarint.map((v) => concat([tag(1, 0), varint(v)])),
  bigVarint.map((v) => concat([tag(4, 0), varint(v)])),
);
const roomMessagePart = fc.array(innerPart, { maxLength: 6 }).map((ps) => lenField(24, concat(ps)));
const headerPart: fc.Arbitrary<Part> = fc.oneof(
  bigVarint.map((v) => concat([tag(1, 0), varint(v)])),
  bigVarint.map((v) => concat([tag(2, 0), varint(v)])),
  bigVarint.map((v) => concat([tag(4, 0), varint(v)])),
  fc.uint8Array({ maxLength: 16 }).map((b) => lenField(5, b)),
);
const envelopePart: fc.Arbitrary<Part> = fc.oneof(
  { weight: 4, arbitrary: roomMessagePart },
  { weight: 2, arbitrary: bigVarint.map((v) => concat([tag(1, 0), varint(v)])) },
  { weight: 2, arbitrary: bigVarint.map((v) => concat([tag(2, 0), varint(v)])) },
  fc.double().map((d) => {
    const out = new Uint8Array(9);
    out[0] = (3 << 3) | 1;
    writeDouble(out, 1, d);
    return out;
  }),
  bigVarint.map((v) => concat([tag(4, 0), varint(v)])),
  fc.uint8Array({ maxLength: 16 }).map((b) => lenField(5, b)),
  fc.constant(lenField(12, bytes())), // a Ping body
  fc.constant(lenField(25, bytes())), // a RoomUpdate body: not a client's
  u32.map((v) => concat([tag(9, 0), varint(v)])), // a field the Envelope does not have
  fc.constant(concat([tag(1, 2), varint(0)])), // seq with the wrong wire type
  u32.map((v) => concat([bytes(0x88, 0x00), varint(v)])), // seq's tag in two bytes (not minimal)
  fc.uint8Array({ maxLength: 4 }).map((b) => concat([bytes(0xc2, 0x02), varint(b.length), b])), // field 40
);

test('property: on any envelope made of parts, the reader answers as protobufjs or leaves it to protobufjs', () => {
  const reader = new RoomMessageReader();
  let answered = 0;
  const runs = 5000;
  fc.assert(
    fc.property(
      fc.oneof(
        fc.array(envelopePart, { maxLength: 6 }),
        // Mostly the fields a reader takes, around one RoomMessage of any parts.
        fc
          .tuple(
            fc.array(headerPart, { maxLength: 3 }),
            roomMessagePart,
            fc.array(headerPart, { maxLength: 2 }),
          )
          .map(([before, body, after]) => [...before, body, ...after]),
      ),
      fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 4 })),
      fc.boolean(),
      (parts, cut, plain) => {
        const payload = concat(parts);
        const frame = frameFromPayload(payload.subarray(0, Math.max(0, payload.length - cut)));
        const r = both(frame, reader, plain);
        if (r.view) answered++;
        agrees(r);
      },
    ),
    { numRuns: runs },
  );
  // The odd parts must not drown the frames the reader does answer.
  assert.ok(answered >= runs / 20, `the reader answered ${answered} of ${runs} frames`);
});

/** A frame as a Buffer that counts the strings sliced from it. */
function counting(frame: Uint8Array): { buf: Buffer; slices: () => number } {
  const buf = Buffer.from(frame) as Buffer & Latin1Sliceable;
  const slice = buf.latin1Slice.bind(buf);
  let n = 0;
  buf.latin1Slice = (start: number, end: number) => {
    n++;
    return slice(start, end);
  };
  return { buf, slices: () => n };
}

test('the room id and type are kept and found again by their bytes; a long one is made each time', () => {
  const reader = new RoomMessageReader();
  const read = (roomId: string, type: string) => {
    const c = counting(encodeFrame({ seq: 1, roomMessage: { roomId, type } }));
    const n = checkFrame(c.buf, MAX) as number;
    const view = reader.read(c.buf, FRAME_HEADER_BYTES, FRAME_HEADER_BYTES + n);
    return { view, slices: c.slices() };
  };
  const a = read('room-7', 'attack');
  assert.equal(a.slices, 2);
  assert.equal(a.view?.roomId, 'room-7');
  const b = read('room-7', 'attack');
  assert.equal(b.slices, 0, 'no string made the second time');
  assert.equal(b.view?.type, 'attack');
  assert.equal(b.view?.payload.length, 0);
  const long = 'r'.repeat(65);
  assert.equal(read(long, 'attack').slices, 1);
  const again = read(long, 'attack');
  assert.equal(again.slices, 1, 'a 65-byte id is not kept');
  assert.equal(again.view?.roomId, long);
});

test('a cut field, a second body and a non-ASCII type go to protobufjs', () => {
  const ok = encodeFrame({ seq: 3, roomMessage: { roomId: 'r', type: 'in', payload: Buffer.from('{}') } });
  assert.ok(both(ok).view);
  const body = ok.subarray(FRAME_HEADER_BYTES, ok.length - 4);
  const cut = frameFromPayload(body.subarray(0, body.length - 1));
  const r = both(cut);
  assert.equal(r.view, undefined);
  assert.ok(r.env instanceof Error, 'protobufjs reports the cut');
  assert.equal(both(frameFromPayload(concat([body, body.subarray(2)]))).view, undefined);
  assert.equal(both(encodeFrame({ roomMessage: { roomId: 'r', type: 'café' } })).view, undefined);
});
