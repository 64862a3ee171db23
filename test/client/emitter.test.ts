// The SDK's emitter: listeners in the order added, once, off (also from inside a listener), and
// a list changed during an emit taking effect from the next emit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Emitter } from '../../client/emitter.js';

class Events extends Emitter<{ tick: [n: number]; other: [] }> {
  fire(n: number): void {
    this.emit('tick', n);
  }
}

test('listeners run in the order added; off and once remove them', () => {
  const e = new Events();
  const got: string[] = [];
  const offA = e.on('tick', (n) => got.push(`a${n}`));
  e.on('tick', (n) => got.push(`b${n}`));
  e.once('tick', (n) => got.push(`once${n}`));
  e.fire(1);
  e.fire(2);
  offA();
  offA();
  e.fire(3);
  assert.deepEqual(got, ['a1', 'b1', 'once1', 'a2', 'b2', 'b3']);
});

test('a listener added or removed during an emit takes effect from the next emit', () => {
  const e = new Events();
  const got: string[] = [];
  let offC: () => void = () => {};
  e.on('tick', (n) => {
    got.push(`a${n}`);
    if (n === 1) e.on('tick', (m) => got.push(`late${m}`));
    if (n === 2) offC();
  });
  offC = e.on('tick', (n) => got.push(`c${n}`));
  e.fire(1);
  e.fire(2);
  e.fire(3);
  assert.deepEqual(got, ['a1', 'c1', 'a2', 'c2', 'late2', 'a3', 'late3']);
});

test('removeAllListeners leaves none', () => {
  const e = new Events();
  let n = 0;
  e.on('tick', () => n++);
  e.removeAllListeners();
  e.fire(1);
  assert.equal(n, 0);
});
