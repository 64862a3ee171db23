import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { RoomStateMirror } from '../../client/roomState.js';

/** Counts JSON.parse calls made while `fn` runs. */
function parses(fn: () => void): number {
  const original = JSON.parse;
  let n = 0;
  JSON.parse = ((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    n++;
    return original(text, reviver);
  }) as typeof JSON.parse;
  try {
    fn();
  } finally {
    JSON.parse = original;
  }
  return n;
}

test('values are parsed when first read after a change, once', () => {
  const s = new RoomStateMirror();
  assert.equal(
    parses(() => {
      s.setText('a', '[1,2]');
      s.setText('b', '{"hp":3}');
    }),
    0,
    'nothing parsed on arrival',
  );
  assert.equal(
    parses(() => {
      assert.deepEqual(s.get('a'), [1, 2]);
      assert.equal(s.get('a'), s.get('a'), 'the same parsed value until it changes');
    }),
    1,
  );
  s.setText('a', '[3,4]');
  assert.equal(
    parses(() => assert.deepEqual(s.get('a'), [3, 4])),
    1,
    'a change is parsed again',
  );
  assert.equal(
    parses(() => assert.deepEqual(s.get('b'), { hp: 3 })),
    1,
  );
});

test('it reads as a ReadonlyMap: size, has, keys, entries in insertion order, forEach', () => {
  const s = new RoomStateMirror();
  s.setText('x', '1');
  s.setText('y', '"two"');
  s.setText('z', 'null');
  s.delete('x');
  s.setText('w', 'true');
  assert.equal(s.size, 3);
  assert.equal(s.has('x'), false);
  assert.equal(s.get('x'), undefined);
  assert.deepEqual([...s.keys()], ['y', 'z', 'w']);
  assert.deepEqual(
    [...s],
    [
      ['y', 'two'],
      ['z', null],
      ['w', true],
    ],
  );
  assert.deepEqual([...s.values()], ['two', null, true]);
  const seen: [string, unknown][] = [];
  s.forEach((v, k) => seen.push([k, v]));
  assert.deepEqual(seen, [...s.entries()]);
  assert.deepEqual(
    new Map(s),
    new Map<string, unknown>([
      ['y', 'two'],
      ['z', null],
      ['w', true],
    ]),
  );
  s.clear();
  assert.equal(s.size, 0);
});

test('a value that is not JSON reads as undefined but is there', () => {
  const s = new RoomStateMirror();
  s.setText('bad', '{nope');
  assert.equal(s.has('bad'), true);
  assert.equal(
    parses(() => assert.equal(s.get('bad'), undefined)),
    1,
  );
  assert.equal(
    parses(() => assert.equal(s.get('bad'), undefined)),
    0,
    'not parsed again',
  );
});

// setTexts finds an entry by its position in the previous update when the key there is the same,
// and forgets the positions when an entry leaves: against a plain Map of parsed values, any
// sequence of updates, removals and snapshots (clear, then set) leaves the same state, in the same
// order, whether or not values were read in between.
test('property: the mirror holds what a plain Map would, whatever the order of updates', () => {
  const key = fc.constantFrom('a', 'b', 'c', 'd', 'player-0001', 'player-0002');
  const op = fc.oneof(
    fc.record({
      kind: fc.constant('update' as const),
      keys: fc.array(key, { maxLength: 6 }),
      v: fc.integer({ min: 0, max: 99 }),
    }),
    fc.record({ kind: fc.constant('one' as const), key, v: fc.integer({ min: 0, max: 99 }) }),
    fc.record({ kind: fc.constant('delete' as const), key }),
    fc.record({ kind: fc.constant('clear' as const) }),
    fc.record({ kind: fc.constant('read' as const), key }),
  );
  fc.assert(
    fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
      const s = new RoomStateMirror();
      const model = new Map<string, unknown>();
      for (const o of ops) {
        switch (o.kind) {
          case 'update': {
            // Keys arrive as fresh strings, as decoding makes them.
            const keys = o.keys.map((k) => ` ${k}`.slice(1));
            const texts = keys.map((k, i) => `[${o.v},${i}]`);
            s.setTexts(keys, texts);
            keys.forEach((k, i) => model.set(k, [o.v, i]));
            break;
          }
          case 'one':
            s.setText(o.key, String(o.v));
            model.set(o.key, o.v);
            break;
          case 'delete':
            assert.equal(s.delete(o.key), model.delete(o.key));
            break;
          case 'clear':
            s.clear();
            model.clear();
            break;
          case 'read':
            assert.deepEqual(s.get(o.key), model.get(o.key));
            break;
        }
      }
      assert.deepEqual([...s], [...model]);
    }),
    { numRuns: 500 },
  );
});
