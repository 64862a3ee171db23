import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import CheapRuler from 'cheap-ruler';
import fc from 'fast-check';
import {
  EARTH_RADIUS_M,
  fastDistanceM,
  fromE7,
  haversineM,
  LocalProjection,
  metresPerDegreeLat,
  metresPerDegreeLng,
  toE7,
} from '../../src/geo/index.js';
import { destination } from './helpers.js';

describe('distances', () => {
  it('haversine: one degree of longitude on the equator, a quarter meridian, antipodes', () => {
    const degree = (EARTH_RADIUS_M * Math.PI) / 180;
    assert.ok(Math.abs(haversineM(0, 0, 0, 1) - degree) < 1e-6);
    assert.ok(Math.abs(haversineM(0, 0, 90, 0) - degree * 90) < 1e-6);
    assert.ok(Math.abs(haversineM(0, 0, 0, 180) - degree * 180) < 1e-6);
    assert.ok(Math.abs(haversineM(10, 179.9, 10, -179.9) - haversineM(10, -0.1, 10, 0.1)) < 1e-6);
    assert.equal(haversineM(35, 139, 35, 139), 0);
  });

  it('haversine agrees with the spherical destination formula', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -85, max: 85, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        fc.double({ min: 0, max: 1_000_000, noNaN: true }),
        (lat, lng, bearing, d) => {
          const [lat2, lng2] = destination(lat, lng, bearing, d);
          assert.ok(Math.abs(haversineM(lat, lng, lat2, lng2) - d) < 1e-3);
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });

  it('fastDistanceM matches cheap-ruler at the mid latitude and stays within 0.6% of haversine at city range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        fc.double({ min: 1, max: 20_000, noNaN: true }),
        (lat, lng, bearing, d) => {
          const [lat2, lng2] = destination(lat, lng, bearing, d);
          const ruler = new CheapRuler((lat + lat2) / 2, 'meters');
          const exact = ruler.distance([lng, lat], [lng2, lat2]);
          const fast = fastDistanceM(lat, lng, lat2, lng2);
          assert.ok(Math.abs(fast - exact) <= exact * 1e-6 + 1e-9, `${fast} vs ${exact}`);
          // Sphere vs WGS84 ellipsoid: they differ by up to ~0.5% depending on latitude and bearing.
          assert.ok(Math.abs(fast - d) / d < 0.006, `${fast} vs ${d}`);
          assert.ok(Math.abs(fastDistanceM(lat2, lng2, lat, lng) - fast) < 1e-9 * d + 1e-9);
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });

  it('fastDistanceM wraps the antimeridian', () => {
    const across = fastDistanceM(0, 179.999, 0, -179.999);
    assert.ok(Math.abs(across - fastDistanceM(0, -0.001, 0, 0.001)) < 1e-6);
    assert.ok(across < 300);
  });

  it('metres-per-degree factors match cheap-ruler and LocalProjection', () => {
    for (let lat = -89; lat <= 89; lat += 0.37) {
      const r = new CheapRuler(lat, 'meters');
      assert.ok(Math.abs(metresPerDegreeLng(lat) - r.kx) <= r.kx * 1e-6);
      assert.ok(Math.abs(metresPerDegreeLat(lat) - r.ky) <= r.ky * 1e-6);
      const p = new LocalProjection(lat, 10);
      assert.ok(Math.abs(p.kx - r.kx) < 1e-9);
    }
  });
});

describe('E7', () => {
  it('rounds to 1e-7 degree and round-trips within half a unit', () => {
    assert.equal(toE7(35.6586), 356_586_000);
    assert.equal(toE7(-33.8688197), -338_688_197);
    assert.equal(toE7(180), 1_800_000_000);
    assert.equal(toE7(-180), -1_800_000_000);
    assert.ok(toE7(180) < 2 ** 31);
    assert.equal(fromE7(356_586_000), 35.6586);
    fc.assert(
      fc.property(fc.double({ min: -180, max: 180, noNaN: true }), (deg) => {
        const e7 = toE7(deg);
        assert.ok(Number.isInteger(e7));
        assert.ok(Math.abs(fromE7(e7) - deg) <= 5e-8 + 1e-12);
        assert.equal(toE7(fromE7(e7)), e7);
      }),
      { seed: 3, numRuns: 500 },
    );
  });
});
