import assert from 'node:assert/strict';
import { test } from 'node:test';
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
