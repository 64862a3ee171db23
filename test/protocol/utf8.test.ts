import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeUtf8 } from '../../src/protocol/utf8.js';

const fatal = new TextDecoder('utf-8', { fatal: true });

function reference(bytes: Uint8Array): string | 'invalid' {
  try {
    return fatal.decode(bytes);
  } catch {
    return 'invalid';
  }
}

function ours(bytes: Uint8Array): string | 'invalid' {
  try {
    return decodeUtf8(bytes);
  } catch {
    return 'invalid';
  }
}

// The ASCII slice must agree with the fatal decoder on every input, Buffer view or not: same
// string for valid UTF-8 (ASCII or not, short or long), a throw for invalid bytes.
test('decodeUtf8 agrees with a fatal TextDecoder on Buffers, views and plain arrays', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 120 }).map((s) => new TextEncoder().encode(s)),
    fc.string({ maxLength: 300 }).map((s) => new TextEncoder().encode(s)),
  );
  fc.assert(
    fc.property(bytes, fc.nat(8), (b, pad) => {
      const inBuffer = Buffer.alloc(b.length + 2 * pad, 0xff).subarray(pad, pad + b.length);
      inBuffer.set(b);
      const want = reference(b);
      assert.equal(ours(b), want);
      assert.equal(ours(inBuffer), want);
      assert.equal(ours(Buffer.from(b)), want);
    }),
    { numRuns: 2000 },
  );
});

test('decodeUtf8: JSON payloads as rooms get them, and bytes that are not UTF-8', () => {
  const payload = Buffer.from('xx{"id":12,"v":-1}yy').subarray(2, 18);
  assert.equal(decodeUtf8(payload), '{"id":12,"v":-1}');
  assert.equal(decodeUtf8(Buffer.from('{"name":"Zoë"}')), '{"name":"Zoë"}');
  assert.equal(decodeUtf8(new Uint8Array(0)), '');
  assert.throws(() => decodeUtf8(Buffer.from([0x7b, 0xc3, 0x28, 0x7d])), TypeError);
  assert.throws(() => decodeUtf8(Buffer.from([0xed, 0xa0, 0x80])), TypeError); // a lone surrogate
});
