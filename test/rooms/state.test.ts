// TrackedState against a plain model (a map of values, a set of keys set and a set of keys removed
// since the last update): any run of sets, deletes and takes gives the same state and the same
// updates, in the same key order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TrackedState } from '../../src/rooms/state.js';

class ModelState {
  readonly values = new Map<string, unknown>();
  private readonly dirty = new Set<string>();
  private readonly removed = new Set<string>();

  set(key: string, value: unknown): void {
    if (value === undefined) {
      this.delete(key);
      return;
    }
    this.values.set(key, value);
    this.dirty.add(key);
    this.removed.delete(key);
  }

  delete(key: string): boolean {
    if (!this.values.delete(key)) return false;
    this.dirty.delete(key);
    this.removed.add(key);
    return true;
  }

  get changed(): boolean {
    return this.dirty.size > 0 || this.removed.size > 0;
  }

  /** The changes; values JSON cannot encode go out as removals (and are listed in `bad`). */
  take(): { keys: string[]; values: string[]; removed: string[]; bad: string[] } {
    const out = {
      keys: [] as string[],
      values: [] as string[],
      removed: [] as string[],
      bad: [] as string[],
    };
    for (const k of this.dirty) encodeInto(k, this.values.get(k), out);
    out.removed = [...out.bad, ...this.removed];
    this.dirty.clear();
    this.removed.clear();
    return out;
  }

  all(): { keys: string[]; values: string[]; bad: string[] } {
    const out = { keys: [] as string[], values: [] as string[], bad: [] as string[] };
    for (const [k, v] of this.values) encodeInto(k, v, out);
    return out;
  }
}

function encodeInto(k: string, v: unknown, out: { keys: string[]; values: string[]; bad: string[] }): void {
  if (typeof v === 'bigint' || typeof v === 'function') {
    out.bad.push(k);
    return;
  }
  out.keys.push(k);
  out.values.push(JSON.stringify(v));
}

type Op =
  | { op: 'set'; key: string; value: number | bigint | (() => number) | undefined }
  | { op: 'delete'; key: string }
  | { op: 'take' };

const key = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('set' as const),
      key,
      value: fc.option(
        fc.oneof(
          { weight: 20, arbitrary: fc.integer() },
          { weight: 1, arbitrary: fc.constant(1n) },
          { weight: 1, arbitrary: fc.constant(() => 1) },
        ),
        { nil: undefined, freq: 8 },
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), key }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('take' as const) }) },
);

test('TrackedState gives the same state and updates as the model, for any run of operations', () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
      const bad: string[] = [];
      const state = new TrackedState((k, err) => {
        assert.ok(err instanceof TypeError, String(err));
        bad.push(k);
      });
      const model = new ModelState();
      for (const o of ops) {
        if (o.op === 'set') {
          state.set(o.key, o.value);
          model.set(o.key, o.value);
        } else if (o.op === 'delete') {
          assert.equal(state.delete(o.key), model.delete(o.key));
        } else {
          assert.equal(state.changed, model.changed);
          // A value JSON cannot encode (1n, a function) goes out as a removal and is reported;
          // the other changes go out as usual.
          const got = { keys: [] as string[], values: [] as string[], removed: [] as string[], bad };
          bad.length = 0;
          state.takeChanges(got.keys, got.values, got.removed);
          assert.deepEqual(got, model.take());
          assert.equal(state.changed, false);
        }
        assert.equal(state.size, model.values.size);
        assert.deepEqual([...state.keys()], [...model.values.keys()]);
        for (const k of ['a', 'b', 'c', 'd', 'e']) {
          assert.equal(state.has(k), model.values.has(k));
          assert.equal(state.get(k), model.values.get(k));
        }
      }
      bad.length = 0;
      const all = { keys: [] as string[], values: [] as string[], bad };
      state.all(all.keys, all.values);
      assert.deepEqual(all, model.all());
    }),
    { numRuns: 500 },
  );
});
