import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PayloadParser } from '../../src/rooms/payload.js';

const fatal = new TextDecoder('utf-8', { fatal: true });

type Outcome = { ok: true; value: unknown; text: string } | { ok: false; kind: string };

function outcome(f: () => unknown): Outcome {
  try {
    const value = f();
    // JSON text keeps the key order, which deepEqual does not check.
    return { ok: true, value, text: JSON.stringify(value) };
  } catch (err) {
    return { ok: false, kind: (err as Error).constructor.name };
  }
}

/** The parser must do exactly what JSON.parse of the UTF-8 text does, from any bytes. */
function agrees(parser: PayloadParser, bytes: Uint8Array): void {
  const want = outcome(() => JSON.parse(fatal.decode(bytes)));
  for (const view of [Buffer.from(bytes), new Uint8Array(bytes)]) {
    const got = outcome(() => parser.parse(view));
    assert.deepEqual(got, want, `payload ${JSON.stringify(Buffer.from(bytes).toString('latin1'))}`);
    if (got.ok && want.ok && typeof want.value === 'object' && want.value !== null) {
      assert.equal(Object.getPrototypeOf(got.value), Object.getPrototypeOf(want.value));
    }
  }
}

const enc = new TextEncoder();
// Flat objects of the kinds the fast path takes, and the near misses it must hand over.
const key = fc.oneof(
  fc.constantFrom('id', 'v', 'x', 'target', '0', '12', '-1', '__proto__', 'constructor', 'toString', ''),
  fc.string({ maxLength: 12 }),
);
const scalar = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -0, 2 ** 53 - 1, -(2 ** 53), 1e15, 999_999_999_999_999, 1e16 + 1, 0.5, -1.25e-7, 1e300),
  fc.double(),
  fc.string({ maxLength: 10 }),
  fc.constantFrom('a"b', 'back\\slash', 'tab\t', 'zoë', '☃', '\u0000'),
  fc.boolean(),
  fc.constant(null),
);
const flat = fc.dictionary(key, scalar, { maxKeys: 6 });
const ws = fc.constantFrom('', ' ', '\n', '\t', '\r\n  ');

function spaced(text: string, space: string): string {
  return text.replace(/([{}:,])/g, `${space}$1${space}`);
}

test('property: flat objects, spaced or not, parse as JSON.parse parses them', () => {
  const parser = new PayloadParser();
  fc.assert(
    fc.property(flat, ws, (obj, space) => {
      agrees(parser, enc.encode(JSON.stringify(obj)));
      agrees(parser, enc.encode(spaced(JSON.stringify(obj), space)));
    }),
    { numRuns: 3000 },
  );
});

test('property: any JSON value, and any text, parse or fail as with JSON.parse', () => {
  const parser = new PayloadParser();
  fc.assert(
    fc.property(
      fc.oneof(
        fc.json(),
        fc.string({ maxLength: 40 }),
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
      (text) => {
        agrees(parser, enc.encode(text));
      },
    ),
    { numRuns: 3000 },
  );
});

test('property: flat objects cut, extended or with a byte changed parse or fail as with JSON.parse', () => {
  const parser = new PayloadParser();
  fc.assert(
    fc.property(
      flat,
      fc.nat(),
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom('cut', 'set', 'append'),
      (obj, at, byte, how) => {
        const good = enc.encode(JSON.stringify(obj));
        const pos = at % (good.length + 1);
        let bytes: Uint8Array;
        if (how === 'cut') bytes = good.subarray(0, pos);
        else if (how === 'append') bytes = Uint8Array.from([...good, byte]);
        else {
          bytes = Uint8Array.from(good);
          if (pos < bytes.length) bytes[pos] = byte;
        }
        agrees(parser, bytes);
      },
    ),
    { numRuns: 5000 },
  );
});

test('the cases around the fast path: -0, long integers, duplicates, __proto__, literals, trailing bytes', () => {
  const parser = new PayloadParser();
  const cases = [
    '{"id":12,"v":-1}',
    '{"v":-0}',
    '{"n":123456789012345}',
    '{"n":1234567890123456}',
    '{"n":12345678901234567890}',
    '{"n":01}',
    '{"n":-}',
    '{"n":1.}',
    '{"n":1e3}',
    '{"a":1,"a":2,"b":3}',
    '{"__proto__":{"polluted":1}}',
    '{"__proto__":1}',
    '{"t":true,"f":false,"z":null}',
    '{"t":tru}',
    '{"t":truex}',
    '{"s":"a\\"b"}',
    '{"s":"\\u00e9"}',
    '{}',
    ' { } ',
    '{"a":1} x',
    '{"a":1}}',
    '{"a":1,}',
    '{,}',
    '{"a" 1}',
    '[1,2]',
    '"str"',
    '12',
    '{"nested":{"a":1}}',
    '{"arr":[1]}',
  ];
  for (const text of cases) agrees(parser, enc.encode(text));
  agrees(parser, Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d])); // not UTF-8
  const fromProto = parser.parse(Buffer.from('{"__proto__":{"polluted":1}}')) as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(fromProto), Object.prototype);
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  assert.ok(Object.is((parser.parse(Buffer.from('{"v":-0}')) as { v: number }).v, -0));
});

test('keys are kept by their bytes: a hash collision still gives each payload its own key', () => {
  const parser = new PayloadParser();
  // "Aa" and "BB" have the same 31-multiplier hash.
  assert.deepEqual(parser.parse(Buffer.from('{"Aa":1}')), { Aa: 1 });
  assert.deepEqual(parser.parse(Buffer.from('{"BB":2}')), { BB: 2 });
  assert.deepEqual(parser.parse(Buffer.from('{"Aa":3,"BB":4}')), { Aa: 3, BB: 4 });
  for (let i = 0; i < 300; i++)
    assert.deepEqual(parser.parse(Buffer.from(`{"k${i}":${i}}`)), { [`k${i}`]: i });
  assert.deepEqual(parser.parse(Buffer.from('{"k7":1,"k299":2}')), { k7: 1, k299: 2 });
});
