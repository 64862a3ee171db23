/**
 * The SDK's cost of applying room updates to its state mirror: 10-entry updates whose keys arrive
 * as fresh strings (as protobuf decoding makes them) and whose values are JSON text, with one
 * key read after each update (a client reading its own entry). `eager`: a Map of parsed values
 * (the SDK before RoomStateMirror); `by_key`: client/roomState.ts, a Map lookup per key
 * (`setText`); `mirror`: the same through `setTexts`, as the SDK applies an update (an entry found
 * by its position in the previous update). ns per update, best of 5.
 *
 *   node --import tsx bench/rooms/stateMirror.ts [updates 200000]
 */
import { RoomStateMirror } from '../../client/roomState.js';

const N = Number(process.argv[2] ?? 200_000);
const K = 10;
const own = 'bench-1003';
const keys = Array.from({ length: K }, (_, i) => `bench-${1000 + i}`);
// New string objects with the same content, as each decoded update brings.
const updates = Array.from({ length: 1000 }, (_, u) => ({
  keys: keys.map((k) => ` ${k}`.slice(1)),
  values: keys.map((_, i) => `[${u},${u * 2 + i}]`),
}));

interface Applier {
  apply(keys: string[], texts: string[]): void;
  get(key: string): unknown;
}

function eager(): Applier {
  const m = new Map<string, unknown>();
  return {
    apply: (keys, texts) => {
      for (let i = 0; i < keys.length; i++) m.set(keys[i]!, JSON.parse(texts[i]!));
    },
    get: (k) => m.get(k),
  };
}

function byKey(): Applier {
  const m = new RoomStateMirror();
  return {
    apply: (keys, texts) => {
      for (let i = 0; i < keys.length; i++) m.setText(keys[i]!, texts[i]!);
    },
    get: (k) => m.get(k),
  };
}

function mirror(): Applier {
  const m = new RoomStateMirror();
  return { apply: (keys, texts) => m.setTexts(keys, texts), get: (k) => m.get(k) };
}

function run(make: () => Applier): number {
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const s = make();
    let sum = 0;
    const t = performance.now();
    for (let n = 0; n < N; n++) {
      const u = updates[n % updates.length]!;
      s.apply(u.keys, u.values);
      sum += (s.get(own) as number[])[0]!;
    }
    best = Math.min(best, ((performance.now() - t) * 1e6) / N);
    if (sum < 0) throw new Error('unreachable');
  }
  return Math.round(best);
}

for (let pair = 0; pair < 3; pair++) {
  process.stdout.write(
    `${JSON.stringify({ updates: N, entries: K, eager_ns: run(eager), by_key_ns: run(byKey), mirror_ns: run(mirror) })}\n`,
  );
}
