import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { s2 } from 's2js';
import {
  type CellId,
  cellIdAt,
  cellLevel,
  coverCircle,
  EARTH_RADIUS_M,
  GeoError,
} from '../../src/geo/index.js';
import { destination, mulberry32 } from './helpers.js';

const { Cap, Cell, LatLng, Point, RegionCoverer } = s2;

/** Oracle: s2js's own RegionCoverer pinned to one level with room for every cell. */
function regionCovererOracle(lat: number, lng: number, radiusM: number, level: number): CellId[] {
  const cap = Cap.fromCenterAngle(Point.fromLatLng(LatLng.fromDegrees(lat, lng)), radiusM / EARTH_RADIUS_M);
  const cu = new RegionCoverer({ minLevel: level, maxLevel: level, maxCells: 1_000_000 }).covering(cap);
  return [...cu].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Places where cube faces meet, the antimeridian and the poles: where a covering is easiest to get wrong. */
const HARD_SPOTS: [number, number][] = [
  [0, 45],
  [45, 0],
  [35.26438968275, 45],
  [-35.26438968275, -135],
  [0, 180],
  [0, -180],
  [45, 180],
  [89.9999, 0],
  [-89.9999, 120],
  [90, 0],
];

function randomCentre(rnd: () => number, k: number): [number, number] {
  if (k % 3 === 0) {
    const [lat, lng] = HARD_SPOTS[k % HARD_SPOTS.length]!;
    return destination(lat, lng, rnd() * 360, rnd() * 2000);
  }
  return [Math.asin(2 * rnd() - 1) * (180 / Math.PI), rnd() * 360 - 180];
}

describe('coverCircle', () => {
  it('the 300 m AOI around Tokyo Tower at level 16 has the expected size and contains the centre cell', () => {
    const cells = coverCircle(35.6586, 139.7454, 300, 16);
    assert.ok(cells.length >= 20 && cells.length <= 45, `got ${cells.length}`);
    assert.ok(cells.includes(cellIdAt(35.6586, 139.7454, 16)));
    for (const c of cells) assert.equal(cellLevel(c), 16);
    assert.equal(new Set(cells).size, cells.length);
    for (let i = 1; i < cells.length; i++) assert.ok(cells[i - 1]! < cells[i]!);
  });

  it('recall is 100%: every sampled point of the disc, boundary included, falls in a covering cell', () => {
    const rnd = mulberry32(20240611);
    for (let k = 0; k < 120; k++) {
      const [lat, lng] = randomCentre(rnd, k);
      const level = 10 + Math.floor(rnd() * 8);
      const radiusM = k % 10 === 0 ? rnd() * 5 : rnd() * 1500;
      const cover = new Set(coverCircle(lat, lng, radiusM, level));
      const inner = radiusM * (1 - 1e-9);
      for (let s = 0; s < 400; s++) {
        // Half the samples on the rim (where cells are easiest to miss), half inside.
        const d = s % 2 === 0 ? inner : inner * Math.sqrt(rnd());
        const [plat, plng] = destination(lat, lng, s % 2 === 0 ? (s * 360) / 400 : rnd() * 360, d);
        const id = cellIdAt(plat, plng, level);
        assert.ok(
          cover.has(id),
          `point ${plat},${plng} (${d} m from ${lat},${lng}) level ${level} not covered`,
        );
      }
    }
  });

  it('precision: every covering cell is within the radius of the centre', () => {
    const rnd = mulberry32(99);
    for (let k = 0; k < 60; k++) {
      const [lat, lng] = randomCentre(rnd, k);
      const radiusM = rnd() * 1200;
      const centre = Point.fromLatLng(LatLng.fromDegrees(lat, lng));
      for (const id of coverCircle(lat, lng, radiusM, 16)) {
        // Cell.distance is an independent s2js code path from the cap/cell test the covering uses.
        const chord2 = Cell.fromCellID(id).distance(centre);
        const angle = 2 * Math.asin(Math.min(1, Math.sqrt(chord2) / 2));
        assert.ok(angle * EARTH_RADIUS_M <= radiusM + 1e-6, `cell ${id} is ${angle * EARTH_RADIUS_M} m away`);
      }
    }
  });

  it('matches s2js RegionCoverer exactly, including across cube faces, poles and the antimeridian', () => {
    const rnd = mulberry32(7);
    for (let k = 0; k < 150; k++) {
      const [lat, lng] = randomCentre(rnd, k);
      const level = 6 + Math.floor(rnd() * 12);
      const radiusM = rnd() * 2500;
      assert.deepEqual(coverCircle(lat, lng, radiusM, level), regionCovererOracle(lat, lng, radiusM, level));
    }
    for (const level of [0, 1, 2, 4]) {
      assert.deepEqual(coverCircle(10, 10, 3_000_000, level), regionCovererOracle(10, 10, 3_000_000, level));
    }
  });

  it('radius 0 covers the cell of the point (plus neighbours only if the point is on an edge)', () => {
    assert.deepEqual(coverCircle(35.6586, 139.7454, 0, 16), [cellIdAt(35.6586, 139.7454, 16)]);
  });

  it('rejects bad input and refuses runaway coverings', () => {
    const code = (fn: () => unknown): string => {
      try {
        fn();
      } catch (e) {
        assert.ok(e instanceof GeoError);
        return e.code;
      }
      return 'none';
    };
    assert.equal(
      code(() => coverCircle(91, 0, 300, 16)),
      'INVALID_COORDINATES',
    );
    assert.equal(
      code(() => coverCircle(0, 0, -1, 16)),
      'INVALID_RADIUS',
    );
    assert.equal(
      code(() => coverCircle(0, 0, Number.NaN, 16)),
      'INVALID_RADIUS',
    );
    assert.equal(
      code(() => coverCircle(0, 0, Number.POSITIVE_INFINITY, 16)),
      'INVALID_RADIUS',
    );
    assert.equal(
      code(() => coverCircle(0, 0, 300, 31)),
      'INVALID_LEVEL',
    );
    assert.equal(
      code(() => coverCircle(0, 0, 100_000, 20)),
      'COVERING_TOO_LARGE',
    );
    assert.equal(
      code(() => coverCircle(0, 0, 3000, 16, 50)),
      'COVERING_TOO_LARGE',
    );
    // The whole sphere at a coarse level is fine: all 6 faces.
    assert.equal(coverCircle(0, 0, 30_000_000, 0).length, 6);
  });
});
