import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { haversineM } from '../../src/geo/distance.js';
import { LocalProjection } from '../../src/geo/enu.js';
import { type FenceDef, fencesFromGeoJSON, GeofenceIndex, GeofenceTracker } from '../../src/gps/geofence.js';
import { GpsPipeline } from '../../src/gps/pipeline.js';
import { gaussian, mulberry32 } from '../../src/gps/synth.js';

const LAT = 52.52;
const LNG = 13.405;
const proj = new LocalProjection(LAT, LNG);
/** [lng, lat] of a point x metres east, y metres north of the origin. */
const at = (x: number, y: number): [number, number] => [proj.lng(x), proj.lat(y)];
const square = (x0: number, y0: number, size: number) => [
  at(x0, y0),
  at(x0 + size, y0),
  at(x0 + size, y0 + size),
  at(x0, y0 + size),
  at(x0, y0),
];

describe('GeofenceIndex geometry', () => {
  it('circle: signed distance matches the great-circle distance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -60, max: 60, noNaN: true }),
        fc.double({ min: -170, max: 170, noNaN: true }),
        fc.double({ min: 5, max: 2000, noNaN: true }),
        fc.double({ min: -3000, max: 3000, noNaN: true }),
        fc.double({ min: -3000, max: 3000, noNaN: true }),
        (lat, lng, radiusM, dx, dy) => {
          const idx = new GeofenceIndex([{ id: 'c', circle: { lat, lng, radiusM } }]);
          const p = new LocalProjection(lat, lng);
          const qLat = p.lat(dy);
          const qLng = p.lng(dx);
          const expected = haversineM(lat, lng, qLat, qLng) - radiusM;
          const got = idx.signedDistanceM(0, qLat, qLng);
          // haversine is on a sphere, the index on the WGS84 ellipsoid: they differ by up to 0.5%
          assert.ok(Math.abs(got - expected) <= 0.006 * Math.hypot(dx, dy) + 0.01, `${got} vs ${expected}`);
        },
      ),
    );
  });

  it('polygon with a hole, and a multipolygon', () => {
    const idx = new GeofenceIndex([
      { id: 'ring', geometry: { type: 'Polygon', coordinates: [square(0, 0, 100), square(40, 40, 20)] } },
      {
        id: 'two',
        geometry: { type: 'MultiPolygon', coordinates: [[square(500, 0, 50)], [square(700, 0, 50)]] },
      },
    ]);
    const d = (i: number, x: number, y: number) => {
      const [lng, lat] = at(x, y);
      return idx.signedDistanceM(i, lat, lng);
    };
    assert.ok(Math.abs(d(0, 10, 50) - -10) < 0.05);
    assert.ok(Math.abs(d(0, 50, 50) - 10) < 0.05, 'in the hole: outside, 10 m from its edge');
    assert.ok(Math.abs(d(0, -20, 50) - 20) < 0.05);
    assert.ok(d(1, 525, 25) < 0 && d(1, 725, 25) < 0 && d(1, 625, 25) > 0);
    assert.ok(Math.abs(d(1, 625, 25) - 75) < 0.05);
  });

  it('candidates never miss a fence that contains the point (100 random fences)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
        const rng = mulberry32(seed);
        const fences: FenceDef[] = [];
        for (let i = 0; i < 100; i++) {
          const x = 2000 * rng();
          const y = 2000 * rng();
          const s = 20 + 200 * rng();
          if (i % 2) fences.push({ id: `c${i}`, circle: { lat: proj.lat(y), lng: proj.lng(x), radiusM: s } });
          else fences.push({ id: `p${i}`, geometry: { type: 'Polygon', coordinates: [square(x, y, s)] } });
        }
        const idx = new GeofenceIndex(fences);
        for (let k = 0; k < 50; k++) {
          const [lng, lat] = at(2000 * rng(), 2000 * rng());
          const cands = new Set(idx.candidates(lat, lng));
          for (let i = 0; i < fences.length; i++) {
            if (idx.signedDistanceM(i, lat, lng) <= 0) assert.ok(cands.has(i), `fence ${i} missed`);
          }
        }
      }),
      { numRuns: 20 },
    );
  });

  it('a tracker walking among 200 random fences is inside every fence that contains it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
        const rng = mulberry32(seed);
        const fences: FenceDef[] = [];
        for (let i = 0; i < 200; i++) {
          const x = 1000 * rng();
          const y = 1000 * rng();
          const s = 10 + 60 * rng();
          if (i % 2) fences.push({ id: `c${i}`, circle: { lat: proj.lat(y), lng: proj.lng(x), radiusM: s } });
          else fences.push({ id: `p${i}`, geometry: { type: 'Polygon', coordinates: [square(x, y, s)] } });
        }
        const idx = new GeofenceIndex(fences);
        const tr = new GeofenceTracker(idx, { queryRadiusM: 30 });
        let x = 500;
        let y = 500;
        for (let k = 0; k < 300; k++) {
          x += 20 * (rng() - 0.5);
          y += 20 * (rng() - 0.5);
          const [lng, lat] = at(x, y);
          tr.check(lat, lng, 5, 1, k * 1000);
          const inside = new Set(tr.inside());
          for (let i = 0; i < fences.length; i++) {
            if (idx.contains(i, lat, lng))
              assert.ok(inside.has(fences[i]!.id), `step ${k}: not in ${fences[i]!.id}`);
          }
        }
      }),
      { numRuns: 10 },
    );
  });

  it('rejects duplicate ids and bad geometry with the fence named', () => {
    const c = { lat: 0, lng: 0, radiusM: 10 };
    assert.throws(
      () =>
        new GeofenceIndex([
          { id: 'a', circle: c },
          { id: 'a', circle: c },
        ]),
      /unique/,
    );
    assert.throws(() => new GeofenceIndex([{ id: 'b', circle: { ...c, radiusM: 0 } }]), /geofence b/);
    assert.throws(
      () =>
        new GeofenceIndex([{ id: 'p', geometry: { type: 'Polygon', coordinates: [[at(0, 0), at(1, 1)]] } }]),
      /geofence p: a ring needs at least 3/,
    );
    assert.equal(new GeofenceIndex([]).candidates(0, 0).length, 0);
  });
});

describe('GeofenceTracker', () => {
  const circle: FenceDef = { id: 'gym', circle: { lat: LAT, lng: LNG, radiusM: 50 }, dwellMs: 30_000 };

  it('walking through a circle: enter, dwell, exit', () => {
    const tr = new GeofenceTracker(new GeofenceIndex([circle]));
    const events: string[] = [];
    // walk west to east at 1 m/s through the centre, pausing 40 s in the middle
    let t = 0;
    for (let x = -100; x <= 100; x++) {
      const [lng, lat] = at(x + 0.5, 0); // half a metre off the whole metres: no sample on a boundary
      for (const e of tr.check(lat, lng, 5, 1, t)) events.push(`${e.type}@${Math.round(t / 1000)}`);
      t += x === 0 ? 40_000 : 1000;
    }
    // enter at the boundary (x = -49.5), dwell 30 s later, exit beyond the margin
    // 5 + 1.5 x 5 (accuracy) + 1 (speed) = 13.5 m, confirmed by a second check: x = 65.5, after the
    // 40 s pause
    assert.deepEqual(events, ['enter@50', 'dwell@80', 'exit@204']);
    assert.deepEqual(tr.inside(), []);
  });

  it('a player standing on the edge with raw 8 m noise does not flap', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const rng = mulberry32(seed);
      const tr = new GeofenceTracker(new GeofenceIndex([circle]));
      let n = 0;
      for (let i = 0; i < 600; i++) {
        const [lng, lat] = at(50 + 8 * gaussian(rng), 8 * gaussian(rng));
        n += tr.check(lat, lng, 8 * Math.SQRT2, 0, i * 1000).filter((e) => e.type !== 'dwell').length;
      }
      assert.ok(n <= 2, `seed ${seed}: ${n} enter/exit events in 10 minutes`);
    }
  });

  it('on fused positions the edge gives one enter and nothing else', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const rng = mulberry32(seed);
      const tr = new GeofenceTracker(new GeofenceIndex([circle]));
      const p = new GpsPipeline();
      const types: string[] = [];
      for (let i = 0; i < 600; i++) {
        const [lng, lat] = at(50 + 8 * gaussian(rng), 8 * gaussian(rng));
        const u = p.push({ tMs: i * 1000, lat, lng, accuracyM: 8 * Math.SQRT2, source: 'gps' }, i * 1000);
        for (const e of tr.check(u.lat, u.lng, u.accuracyM, u.speedMps, u.tMs)) types.push(e.type);
      }
      assert.deepEqual(
        types.filter((x) => x !== 'dwell'),
        ['enter'],
        `seed ${seed}: ${types}`,
      );
    }
  });

  it('the margin grows with accuracy, speed and flapping, up to a cap', () => {
    const tr = new GeofenceTracker(new GeofenceIndex([circle]));
    assert.equal(tr.marginM(0, 0, 0), 5);
    assert.equal(tr.marginM(10, 2, 1), 5 + 15 + 2 + 15);
    assert.equal(tr.marginM(1000, 0, 0), 150);
  });

  it('a teleport away exits every fence on the second check', () => {
    const tr = new GeofenceTracker(
      new GeofenceIndex([circle, { id: 'park', circle: { lat: LAT, lng: LNG, radiusM: 200 } }]),
    );
    assert.equal(tr.check(LAT, LNG, 5, 0, 0).length, 2);
    assert.equal(tr.check(LAT + 1, LNG, 5, 0, 1000).length, 0, 'one fix far away is not yet an exit');
    const ev = tr.check(LAT + 1, LNG, 5, 0, 2000);
    assert.deepEqual(ev.map((e) => `${e.type} ${e.fenceId}`).sort(), ['exit gym', 'exit park']);
  });
});

describe('fencesFromGeoJSON', () => {
  it('reads polygons, multipolygons and points with radius_m', () => {
    const fences = fencesFromGeoJSON({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'a',
          properties: { dwell_s: 10 },
          geometry: { type: 'Polygon', coordinates: [square(0, 0, 10)] },
        },
        {
          type: 'Feature',
          properties: { id: 7, radius_m: 30 },
          geometry: { type: 'Point', coordinates: [LNG, LAT] },
        },
      ],
    });
    assert.equal(fences.length, 2);
    assert.equal(fences[0]!.dwellMs, 10_000);
    assert.deepEqual((fences[1] as { circle: unknown }).circle, { lat: LAT, lng: LNG, radiusM: 30 });
    assert.equal(fences[1]!.id, '7');
    assert.equal(new GeofenceIndex(fences).size, 2);
  });

  it('names the feature that cannot be used', () => {
    assert.throws(
      () =>
        fencesFromGeoJSON({
          type: 'FeatureCollection',
          features: [{ type: 'Feature', id: 1, geometry: { type: 'Point', coordinates: [0, 0] } }],
        }),
      /feature 0 \(Point\) needs coordinates and a numeric radius_m/,
    );
    assert.throws(() => fencesFromGeoJSON({ type: 'Nope' }), /FeatureCollection/);
  });
});
