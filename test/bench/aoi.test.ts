import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newAoiTally, tallyAoiSample } from '../../bench/bots/aoi.js';
import type { WorkerSample } from '../../bench/bots/protocol.js';

const LAT = 35.6586;
const LNG = 139.7454;
const M_PER_DEG_LAT = 111_320;

interface BotSpec {
  idx: number;
  tick: number;
  /** Own positions: [tick, metres north of the centre] */
  hist: [number, number][];
  /** When an observer: the indexes it sees. */
  sees?: number[];
}

function sample(bots: BotSpec[]): WorkerSample {
  const histStart = [0];
  const histTick: number[] = [];
  const histLat: number[] = [];
  const histLng: number[] = [];
  const obsIdx: number[] = [];
  const obsTick: number[] = [];
  const visStart = [0];
  const vis: number[] = [];
  for (const b of bots) {
    for (const [t, north] of b.hist) {
      histTick.push(t);
      histLat.push(Math.round((LAT + north / M_PER_DEG_LAT) * 1e7));
      histLng.push(Math.round(LNG * 1e7));
    }
    histStart.push(histTick.length);
    if (b.sees) {
      obsIdx.push(b.idx);
      obsTick.push(b.tick);
      vis.push(...b.sees);
      visStart.push(vis.length);
    }
  }
  return {
    type: 'sample',
    k: 1,
    idx: Int32Array.from(bots.map((b) => b.idx)),
    tick: Int32Array.from(bots.map((b) => b.tick)),
    histStart: Int32Array.from(histStart),
    histTick: Int32Array.from(histTick),
    histLat: Int32Array.from(histLat),
    histLng: Int32Array.from(histLng),
    obsIdx: Int32Array.from(obsIdx),
    obsTick: Int32Array.from(obsTick),
    visStart: Int32Array.from(visStart),
    vis: Int32Array.from(vis),
  };
}

test('pairs use the entity position at the observer tick', () => {
  const t = newAoiTally();
  // Observer 0 at the centre, view tick 10. Entity 1 was 250 m away at tick 10 and is 350 m away
  // at tick 11 (its own view is ahead): the pair is judged at tick 10, and 1 is not seen -> miss.
  // Entity 2 is 500 m away: no pair. Entity 3 is 100 m away and seen.
  const parts = [
    sample([
      { idx: 0, tick: 10, hist: [[8, 0]], sees: [0, 3, 2] },
      {
        idx: 1,
        tick: 11,
        hist: [
          [10, 250],
          [11, 350],
        ],
      },
    ]),
    sample([
      { idx: 2, tick: 10, hist: [[9, 500]] },
      { idx: 3, tick: 10, hist: [[10, 100]] },
    ]),
  ];
  tallyAoiSample(parts, 300, 20, t);
  assert.equal(t.samples, 1);
  assert.equal(t.pairs, 2);
  assert.equal(t.recalled, 1);
  assert.equal(t.missCount, 1);
  assert.equal(t.misses[0]!.entity, 1);
  assert.equal(t.inCircle, 2);
  // The observer sees 3 and 2 (itself excluded).
  assert.equal(t.visible, 2);
});

test('an entity whose own view lags counts only inside the tolerance', () => {
  const t = newAoiTally();
  const parts = [
    sample([
      { idx: 0, tick: 20, hist: [[20, 0]], sees: [] },
      // Own view at tick 18 (older than the observer's): latest position used.
      { idx: 1, tick: 18, hist: [[18, 290]] },
      { idx: 2, tick: 18, hist: [[18, 270]] },
    ]),
  ];
  tallyAoiSample(parts, 300, 20, t);
  // 290 m is within 300 but not within 300 - 20: not judged; 270 m is, and it is missed.
  assert.equal(t.pairs, 1);
  assert.equal(t.pairsLagged, 1);
  assert.equal(t.recalled, 0);
  assert.equal(t.inCircle, 2);
});

test('an entity not yet placed at the observer tick is skipped', () => {
  const t = newAoiTally();
  const parts = [
    sample([
      { idx: 0, tick: 5, hist: [[5, 0]], sees: [0] },
      { idx: 1, tick: 7, hist: [[7, 10]] },
    ]),
  ];
  tallyAoiSample(parts, 300, 20, t);
  assert.equal(t.pairs, 0);
  assert.equal(t.skipped, 1);
});
