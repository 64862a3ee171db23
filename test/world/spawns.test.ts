import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cellAreaM2,
  cellChildrenAt,
  cellContains,
  cellIdAt,
  cellLevel,
  cellParent,
  cellToken,
} from '../../src/geo/index.js';
import {
  createSpawnRules,
  HOUR_MS,
  nextPointChangeMs,
  nextSpawnChangeMs,
  type Spawn,
  SpawnError,
  spawnAtPoint,
  spawnEventsBetween,
  spawnPointsInCell,
  spawnsInCell,
} from '../../src/world/spawns.js';
import { mulberry32 } from '../geo/helpers.js';

const TABLE = [
  { species: 'sparkmouse', weight: 1, minLevel: 5, maxLevel: 9 },
  { species: 'pidgeo', weight: 3 },
  { species: 'never', weight: 0 },
];
const input = { seed: 'tokyo-1', densityPerKm2: 400, table: TABLE };
const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);
const TOKYO16 = cellIdAt(35.6586, 139.7454, 16);

function randomCells(seed: number, n: number, level: number): bigint[] {
  const rnd = mulberry32(seed);
  const out: bigint[] = [];
  for (let i = 0; i < n; i++) {
    out.push(cellIdAt(Math.asin(2 * rnd() - 1) * (180 / Math.PI), rnd() * 360 - 180, level));
  }
  return out;
}

const ids = (spawns: readonly Spawn[]) => spawns.map((s) => s.id);

describe('spawn points', () => {
  it('are deterministic: independent rule objects give identical points and spawns', () => {
    const a = createSpawnRules(input);
    const b = createSpawnRules({ ...input, table: TABLE.map((e) => ({ ...e })) });
    for (const cell of [TOKYO16, ...randomCells(1, 40, 16)]) {
      assert.deepEqual(spawnPointsInCell(cell, a), spawnPointsInCell(cell, b));
      for (let t = T0; t < T0 + 2 * HOUR_MS; t += 7 * 60_000) {
        assert.deepEqual(spawnsInCell(cell, t, a), spawnsInCell(cell, t, b));
      }
    }
  });

  it('are pinned for a known cell (world generation must not drift between releases)', () => {
    const rules = createSpawnRules(input);
    const pts = spawnPointsInCell(TOKYO16, rules);
    const spawns = spawnsInCell(TOKYO16, T0, rules);
    assert.deepEqual(
      {
        points: pts.length,
        first: pts[0]?.token,
        spawn: spawns[0] && [spawns[0].id, spawns[0].species, spawns[0].level],
      },
      PINNED,
    );
  });

  it('a different seed gives a different world', () => {
    const a = spawnPointsInCell(TOKYO16, createSpawnRules(input));
    const b = spawnPointsInCell(TOKYO16, createSpawnRules({ ...input, seed: 'tokyo-2' }));
    assert.notDeepEqual(
      a.map((p) => p.token),
      b.map((p) => p.token),
    );
  });

  it('are distinct level-20 cells inside their cell, located at the cell centre, minute-aligned', () => {
    const rules = createSpawnRules(input);
    for (const cell of randomCells(2, 50, 16)) {
      const pts = spawnPointsInCell(cell, rules);
      assert.equal(new Set(pts.map((p) => p.id)).size, pts.length);
      for (const p of pts) {
        assert.equal(cellLevel(p.id), 20);
        assert.equal(cellToken(p.id), p.token);
        assert.ok(cellContains(cell, p.id));
        assert.equal(cellIdAt(p.lat, p.lng, 20), p.id);
        assert.equal(p.appearOffsetMs % 60_000, 0);
        assert.ok(p.appearOffsetMs >= 0 && p.appearOffsetMs < HOUR_MS);
      }
    }
  });

  it('nest: a cell has exactly the union of its children’s points, at every level', () => {
    const rules = createSpawnRules(input);
    const shard = cellParent(TOKYO16, 13);
    const fromShard = spawnPointsInCell(shard, rules).map((p) => p.token);
    const fromViews = cellChildrenAt(shard, 16).flatMap((c) =>
      spawnPointsInCell(c, rules).map((p) => p.token),
    );
    assert.deepEqual(fromViews, fromShard);
    const fromL18 = cellChildrenAt(TOKYO16, 18).flatMap((c) =>
      spawnPointsInCell(c, rules).map((p) => p.token),
    );
    assert.deepEqual(
      fromL18,
      spawnPointsInCell(TOKYO16, rules).map((p) => p.token),
    );
  });

  it('match the configured density within 4% over many cells', () => {
    for (const [density, level] of [
      [400, 17],
      [37.5, 17],
      [1000, 16],
    ] as const) {
      const rules = createSpawnRules({ ...input, densityPerKm2: density, pointCellLevel: level });
      let points = 0;
      let areaKm2 = 0;
      for (const cell of randomCells(density, 1500, 15)) {
        points += spawnPointsInCell(cell, rules).length;
        areaKm2 += cellAreaM2(cell) / 1e6;
      }
      const measured = points / areaKm2;
      assert.ok(Math.abs(measured - density) / density < 0.04, `density ${density}: measured ${measured}`);
    }
  });

  it('zero density means no points and a cell that never changes', () => {
    const rules = createSpawnRules({ ...input, densityPerKm2: 0 });
    assert.deepEqual(spawnPointsInCell(TOKYO16, rules), []);
    assert.equal(nextSpawnChangeMs(TOKYO16, T0, rules), Number.POSITIVE_INFINITY);
  });
});

describe('spawn schedule', () => {
  const rules = createSpawnRules(input);
  const points = spawnPointsInCell(TOKYO16, rules);

  it('each point appears at its minute every hour and lives exactly the lifetime', () => {
    assert.ok(points.length > 3);
    for (const p of points) {
      for (let hour = 0; hour < 3; hour++) {
        const appear = T0 + hour * HOUR_MS + p.appearOffsetMs;
        assert.equal(spawnAtPoint(p, appear - 1, rules)?.appearsAtMs === appear, false);
        const s = spawnAtPoint(p, appear, rules);
        assert.ok(s);
        assert.equal(s.appearsAtMs, appear);
        assert.equal(s.expiresAtMs, appear + 30 * 60_000);
        assert.equal(s.id, `${p.token}:${Math.floor(appear / HOUR_MS)}`);
        assert.deepEqual(spawnAtPoint(p, appear + 30 * 60_000 - 1, rules), s);
        assert.equal(spawnAtPoint(p, appear + 30 * 60_000, rules), null);
        assert.equal(nextPointChangeMs(p, appear - 1, rules), appear);
        assert.equal(nextPointChangeMs(p, appear, rules), appear + 30 * 60_000);
      }
    }
  });

  it('nextSpawnChangeMs is exactly the next time the active set changes (minute scan)', () => {
    let t = T0 + 17_123;
    const end = T0 + 3 * HOUR_MS;
    while (t < end) {
      const next = nextSpawnChangeMs(TOKYO16, t, rules);
      assert.ok(next > t);
      const now = ids(spawnsInCell(TOKYO16, t, rules));
      // Unchanged until just before `next`, changed at `next`.
      for (let u = t; u < next; u += 60_000) assert.deepEqual(ids(spawnsInCell(TOKYO16, u, rules)), now);
      assert.deepEqual(ids(spawnsInCell(TOKYO16, next - 1, rules)), now);
      assert.notDeepEqual(ids(spawnsInCell(TOKYO16, next, rules)), now);
      t = next;
    }
  });

  it('events between two times turn one snapshot into the other', () => {
    const rnd = mulberry32(4);
    for (let k = 0; k < 30; k++) {
      const from = T0 + Math.floor(rnd() * 5 * HOUR_MS);
      const to = from + Math.floor(rnd() * 2.5 * HOUR_MS);
      const live = new Map(spawnsInCell(TOKYO16, from, rules).map((s) => [s.id, s]));
      let last = from;
      for (const e of spawnEventsBetween(TOKYO16, from, to, rules)) {
        assert.ok(e.atMs > from && e.atMs <= to && e.atMs >= last);
        last = e.atMs;
        if (e.kind === 'appear') {
          assert.ok(!live.has(e.spawn.id));
          live.set(e.spawn.id, e.spawn);
        } else {
          assert.deepEqual(live.get(e.spawn.id), e.spawn);
          live.delete(e.spawn.id);
        }
      }
      assert.deepEqual([...live.keys()].sort(), ids(spawnsInCell(TOKYO16, to, rules)).sort());
    }
    assert.deepEqual(spawnEventsBetween(TOKYO16, T0, T0, rules), []);
  });

  it('a one-hour lifetime hands over from one hour to the next at the same instant', () => {
    const hourly = createSpawnRules({ ...input, lifetimeMs: HOUR_MS });
    const p = spawnPointsInCell(TOKYO16, hourly)[0]!;
    const a = T0 + p.appearOffsetMs;
    assert.equal(spawnAtPoint(p, a + HOUR_MS - 1, hourly)?.appearsAtMs, a);
    assert.equal(spawnAtPoint(p, a + HOUR_MS, hourly)?.appearsAtMs, a + HOUR_MS);
    const evs = spawnEventsBetween(TOKYO16, a + HOUR_MS - 1, a + HOUR_MS, hourly).filter(
      (e) => e.spawn.pointId === p.id,
    );
    assert.deepEqual(
      evs.map((e) => e.kind),
      ['expire', 'appear'],
    );
  });
});

describe('spawn table', () => {
  it('species follow the weights, zero-weight rows never spawn, levels stay in range', () => {
    const rules = createSpawnRules(input);
    const counts = new Map<string, number>();
    let n = 0;
    for (const cell of randomCells(3, 30, 16)) {
      for (const p of spawnPointsInCell(cell, rules)) {
        for (let h = 0; h < 40; h++) {
          const s = spawnAtPoint(p, T0 + h * HOUR_MS + p.appearOffsetMs, rules)!;
          counts.set(s.species, (counts.get(s.species) ?? 0) + 1);
          n++;
          if (s.species === 'sparkmouse') assert.ok(s.level >= 5 && s.level <= 9);
          else assert.ok(s.level >= 1 && s.level <= 30);
          assert.ok(Number.isInteger(s.level));
        }
      }
    }
    assert.ok(n > 2000);
    assert.equal(counts.get('never'), undefined);
    const share = (counts.get('sparkmouse') ?? 0) / n;
    assert.ok(Math.abs(share - 0.25) < 0.03, `sparkmouse share ${share}`);
  });

  it('rejects bad rules and times with typed errors', () => {
    const code = (fn: () => unknown): string => {
      try {
        fn();
      } catch (e) {
        assert.ok(e instanceof SpawnError, String(e));
        return e.code;
      }
      return 'none';
    };
    assert.equal(
      code(() => createSpawnRules({ ...input, seed: 1.5 })),
      'INVALID_SEED',
    );
    assert.equal(
      code(() => createSpawnRules({ ...input, densityPerKm2: -1 })),
      'INVALID_DENSITY',
    );
    assert.equal(
      code(() => createSpawnRules({ ...input, densityPerKm2: Number.NaN })),
      'INVALID_DENSITY',
    );
    assert.equal(
      code(() => createSpawnRules({ ...input, table: [] })),
      'INVALID_TABLE',
    );
    assert.equal(
      code(() => createSpawnRules({ ...input, table: [{ species: 'a', weight: 0 }] })),
      'INVALID_TABLE',
    );
    assert.equal(
      code(() => createSpawnRules({ ...input, table: [{ species: 'a', weight: -1 }] })),
      'INVALID_TABLE',
    );
    assert.equal(
      code(() => createSpawnRules({ ...input, table: [{ species: '', weight: 1 }] })),
      'INVALID_TABLE',
    );
    assert.equal(
      code(() =>
        createSpawnRules({ ...input, table: [{ species: 'a', weight: 1, minLevel: 9, maxLevel: 2 }] }),
      ),
      'INVALID_TABLE',
    );
    assert.equal(
      code(() => createSpawnRules({ ...input, lifetimeMs: 0 })),
      'INVALID_LIFETIME',
    );
    assert.equal(
      code(() => createSpawnRules({ ...input, lifetimeMs: HOUR_MS + 1 })),
      'INVALID_LIFETIME',
    );
    assert.equal(
      code(() => createSpawnRules({ ...input, pointCellLevel: 21 })),
      'INVALID_LEVEL',
    );
    const rules = createSpawnRules(input);
    assert.equal(
      code(() => spawnsInCell(TOKYO16, Number.NaN, rules)),
      'INVALID_TIME',
    );
    assert.equal(
      code(() => spawnsInCell(cellIdAt(1, 1, 22), T0, rules)),
      'INVALID_LEVEL',
    );
    assert.equal(
      code(() => spawnsInCell(cellIdAt(1, 1, 8), T0, rules)),
      'INVALID_LEVEL',
    );
    // Large integer seeds keep their high bits.
    assert.notDeepEqual(
      spawnPointsInCell(TOKYO16, createSpawnRules({ ...input, seed: 2 ** 40 })),
      spawnPointsInCell(TOKYO16, createSpawnRules({ ...input, seed: 2 ** 41 })),
    );
  });
});

const PINNED = { points: 5, first: '60188bbd80b', spawn: ['60188bbd80b:485771', 'pidgeo', 13] };
