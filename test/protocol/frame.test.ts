import assert from 'node:assert/strict';
import { test } from 'node:test';
import crc32c from 'crc-32/crc32c.js';
import fc from 'fast-check';
import { ProtocolError } from '../../src/protocol/errors.js';
import {
  decodeFrame,
  Envelope,
  encodeFrame,
  FRAME_OVERHEAD,
  frameFromPayload,
  framePayload,
} from '../../src/protocol/frame.js';

const MAX = 65_536;

function reseal(frame: Uint8Array): Uint8Array {
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const end = frame.length - 4;
  view.setUint32(end, crc32c.buf(frame.subarray(0, end)) >>> 0, false);
  return frame;
}

function codeOf(frame: Uint8Array, max = MAX): string {
  const r = decodeFrame(frame, max);
  return r instanceof ProtocolError ? r.code : 'OK';
}

test('round trip: header layout, CRC32C trailer, envelope fields', () => {
  const frame = encodeFrame({
    seq: 7,
    ack: 3,
    hlcMs: 1_700_000_000_123,
    hlcLogical: 2,
    ping: { id: 9, originTimeMs: 12.5 },
  });
  assert.equal(frame[0], 0x47);
  assert.equal(frame[1], 0x50);
  assert.equal(frame[2], 1);
  assert.equal(frame[3], 0);
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  assert.equal(view.getUint32(4, false), frame.length - FRAME_OVERHEAD);
  assert.equal(
    view.getUint32(frame.length - 4, false),
    crc32c.buf(frame.subarray(0, frame.length - 4)) >>> 0,
  );
  const env = decodeFrame(frame, MAX);
  assert.ok(!(env instanceof ProtocolError));
  assert.equal(env.seq, 7);
  assert.equal(env.ack, 3);
  assert.equal(env.hlcMs, 1_700_000_000_123);
  assert.equal(env.hlcLogical, 2);
  assert.equal(env.body, 'ping');
  assert.equal(env.ping?.originTimeMs, 12.5);
});

test('frameFromPayload and encodeFrame produce the same bytes', () => {
  const init = { seq: 1, location: { latE7: 356_586_000, lngE7: 1_397_454_000, accuracyM: 8 } };
  const a = encodeFrame(init);
  const b = frameFromPayload(Envelope.encode(init).finish());
  assert.deepEqual(Buffer.from(a), Buffer.from(b));
});

test('CRC32C check value of "123456789" is 0xE3069283 (the Castagnoli polynomial)', () => {
  assert.equal(crc32c.buf(new TextEncoder().encode('123456789')) >>> 0, 0xe3069283);
});

test('every malformed frame class has its own typed error and close code', () => {
  const good = encodeFrame({ ping: { id: 1, originTimeMs: 1 } });
  const cases: [string, Uint8Array, string, number][] = [];
  cases.push(['short', good.subarray(0, 11), 'FRAME_TOO_SHORT', 4001]);
  const badMagic = Uint8Array.from(good);
  badMagic[0] = 0x48;
  cases.push(['bad magic', badMagic, 'BAD_MAGIC', 4002]);
  const badVersion = Uint8Array.from(good);
  badVersion[2] = 2;
  cases.push(['unknown version', reseal(badVersion), 'BAD_VERSION', 4003]);
  const tooLarge = Uint8Array.from(good);
  new DataView(tooLarge.buffer).setUint32(4, MAX, false);
  cases.push(['length over the limit', reseal(tooLarge), 'FRAME_TOO_LARGE', 1009]);
  // The length is unsigned: 0xffffffff is 4 GiB, not -1.
  const hugeLength = Uint8Array.from(good);
  new DataView(hugeLength.buffer).setUint32(4, 0xffffffff, false);
  cases.push(['length field 0xffffffff', hugeLength, 'FRAME_TOO_LARGE', 1009]);
  const mismatch = Uint8Array.from(good);
  new DataView(mismatch.buffer).setUint32(4, good.length - FRAME_OVERHEAD + 1, false);
  cases.push(['length not matching', reseal(mismatch), 'LENGTH_MISMATCH', 4004]);
  const badCrc = Uint8Array.from(good);
  badCrc[badCrc.length - 1] = (badCrc[badCrc.length - 1]! + 1) & 0xff;
  cases.push(['bad CRC', badCrc, 'BAD_CRC', 4005]);
  // A length-delimited field whose length runs past the end of the payload.
  cases.push([
    'undecodable protobuf',
    frameFromPayload(Uint8Array.of(0x62, 0x7f, 0x01)),
    'BAD_PROTOBUF',
    4006,
  ]);
  for (const [name, frame, code, close] of cases) {
    const r = decodeFrame(frame, MAX);
    assert.ok(r instanceof ProtocolError, `${name}: expected an error`);
    assert.equal(r.code, code, name);
    assert.equal(r.closeCode, close, name);
  }
});

test('an envelope without a known body decodes with no body (unknown message)', () => {
  // Field 99 (varint) is unknown to this version of the protocol.
  const env = decodeFrame(frameFromPayload(Uint8Array.of(0x98, 0x06, 0x01)), MAX);
  assert.ok(!(env instanceof ProtocolError));
  assert.equal(env.body, undefined);
});

test('property: random bytes never throw out of the decoder', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const r = decodeFrame(bytes, MAX);
      assert.ok(r instanceof ProtocolError || typeof r === 'object');
    }),
    { numRuns: 5000 },
  );
});

test('property: random payloads in a valid frame never throw', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (payload) => {
      const r = decodeFrame(frameFromPayload(payload), MAX);
      assert.ok(r instanceof ProtocolError ? r.code === 'BAD_PROTOBUF' : typeof r === 'object');
    }),
    { numRuns: 5000 },
  );
});

test('property: a single flipped bit anywhere is caught', () => {
  const good = encodeFrame({ seq: 5, location: { latE7: 1, lngE7: 2, accuracyM: 3 } });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: good.length * 8 - 1 }), (bit) => {
      const f = Uint8Array.from(good);
      f[bit >> 3] = f[bit >> 3]! ^ (1 << (bit & 7));
      assert.notEqual(codeOf(f), 'OK');
    }),
  );
});

test('framePayload returns a view, not a copy', () => {
  const frame = encodeFrame({ ping: { id: 1 } });
  const p = framePayload(frame, MAX);
  assert.ok(p instanceof Uint8Array);
  assert.equal(p.buffer, frame.buffer);
});
