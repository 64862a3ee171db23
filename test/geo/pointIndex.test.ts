import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fastDistanceM, GeoError, PointIndex, WithinResult } from '../../src/geo/index.js';
import { destination, mulberry32 } from './helpers.js';

function scatter(seed: number, n: number, lat: number, lng: number, spreadM: number): [number[], number[]] {
  const rnd = mulberry32(seed);
  const lats: number[] = [];
  const lngs: number[] = [];
  for (let i = 0; i < n; i++) {
    const [a, b] = destination(lat, lng, rnd() * 360, spreadM * Math.sqrt(rnd()));
    lats.push(a);
    lngs.push(b);
  }
  return [lats, lngs];
}

function bruteForce(lats: number[], lngs: number[], lat: number, lng: number, r: number): number[] {
  const hits: number[] = [];
  for (let i = 0; i < lats.length; i++) if (fastDistanceM(lat, lng, lats[i]!, lngs[i]!) <= r) hits.push(i);
  return hits;
}

describe('PointIndex', () => {
  const places: [string, number, number][] = [
    ['Tokyo', 35.6586, 139.7454],
    ['antimeridian', -16.5, 179.999],
    ['antimeridian west', 52, -179.9995],
    ['north pole', 89.995, 0],
    ['south pole', -89.999, 45],
    ['equator', 0, 0],
  ];

  for (const [name, lat, lng] of places) {
    it(`within() returns exactly the brute-force set near ${name}`, () => {
      const [lats, lngs] = scatter(name.length * 101, 3000, lat, lng, 3000);
      const index = new PointIndex(lats, lngs);
      const out = new WithinResult(4);
      const rnd = mulberry32(9);
      for (let q = 0; q < 60; q++) {
        const [qlat, qlng] = destination(lat, lng, rnd() * 360, 2500 * rnd());
        const r = q === 0 ? 0 : rnd() * 900;
        const n = index.within(qlat, qlng, r, out);
        assert.equal(n, out.count);
        const got = Array.from(out.indices.subarray(0, n)).sort((a, b) => a - b);
        assert.deepEqual(got, bruteForce(lats, lngs, qlat, qlng, r));
        out.sortByDistance();
        for (let k = 0; k < n; k++) {
          const i = out.indices[k]!;
          assert.equal(out.distancesM[k], fastDistanceM(qlat, qlng, lats[i]!, lngs[i]!));
          if (k > 0) assert.ok(out.distancesM[k - 1]! <= out.distancesM[k]!);
        }
      }
    });
  }

  it('sorts long hit lists (the non-insertion path) nearest first with ties by index', () => {
    const lats = Array.from({ length: 200 }, (_, i) => 10 + (i % 50) * 1e-5);
    const lngs = Array.from({ length: 200 }, () => 20);
    const index = new PointIndex(lats, lngs);
    const out = new WithinResult();
    assert.equal(index.within(10, 20, 1000, out), 200);
    out.sortByDistance();
    for (let k = 1; k < 200; k++) {
      const a = out.distancesM[k - 1]!;
      const b = out.distancesM[k]!;
      assert.ok(a < b || (a === b && out.indices[k - 1]! < out.indices[k]!));
    }
    assert.equal(index.lat(out.indices[0]!), 10);
  });

  it('an empty index answers nothing; bad points and queries are typed errors', () => {
    const empty = new PointIndex([], []);
    const out = new WithinResult();
    assert.equal(empty.within(0, 0, 1e6, out), 0);
    assert.throws(
      () => new PointIndex([0, 91], [0, 0]),
      (e) => e instanceof GeoError && e.code === 'INVALID_COORDINATES',
    );
    assert.throws(
      () => new PointIndex([0], [0, 1]),
      (e) => e instanceof GeoError && e.code === 'INVALID_COORDINATES',
    );
    const index = new PointIndex([1], [1]);
    assert.throws(
      () => index.within(Number.NaN, 0, 10, out),
      (e) => e instanceof GeoError && e.code === 'INVALID_COORDINATES',
    );
    assert.throws(
      () => index.within(0, 0, -5, out),
      (e) => e instanceof GeoError && e.code === 'INVALID_RADIUS',
    );
  });
});
