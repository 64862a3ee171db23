import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cellIdAt, cellParent, fastDistanceM, haversineM } from '../../src/geo/index.js';
import { loadPoiFile } from '../../src/world/poiFile.js';
import {
  DemoPoiError,
  generateDemoPois,
  gymsForPoiCount,
  type Poi,
  PoiFileError,
  PoiIndex,
  parsePoiGeoJson,
} from '../../src/world/pois.js';
import { destination, mulberry32 } from '../geo/helpers.js';

const feature = (
  props: Record<string, unknown>,
  coordinates: unknown = [139.7454, 35.6586],
  geometryType = 'Point',
) => ({
  type: 'Feature',
  geometry: { type: geometryType, coordinates },
  properties: props,
});
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

function fileError(text: string, fileName = 'pois.json'): PoiFileError {
  try {
    parsePoiGeoJson(text, fileName);
  } catch (e) {
    assert.ok(e instanceof PoiFileError, String(e));
    return e;
  }
  assert.fail('expected a PoiFileError');
}

describe('parsePoiGeoJson', () => {
  it('reads stops and gyms with explicit, numeric, feature-level and derived ids', () => {
    const pois = parsePoiGeoJson(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          feature({ name: 'Tower', kind: 'gym', id: 'tower' }),
          feature({ name: ' Shrine ', kind: 'stop', id: 7 }, [139.7, 35.66]),
          { ...feature({ name: 'Gate', kind: 'stop' }, [-0.1276, 51.5072]), id: 'gate-1' },
          feature({ name: 'Bench', kind: 'stop' }, [-58.38, -34.6]),
        ],
      }),
    );
    assert.equal(pois.length, 4);
    assert.deepEqual(pois[0], { id: 'tower', name: 'Tower', kind: 'gym', lat: 35.6586, lng: 139.7454 });
    assert.equal(pois[1]!.id, '7');
    assert.equal(pois[1]!.name, 'Shrine');
    assert.equal(pois[2]!.id, 'gate-1');
    assert.equal(pois[2]!.lat, 51.5072);
    assert.match(pois[3]!.id, /^poi-[0-9a-f]+$/);
    // Derived ids do not depend on the order of the file.
    const again = parsePoiGeoJson(collection(feature({ name: 'Bench', kind: 'stop' }, [-58.38, -34.6])));
    assert.equal(again[0]!.id, pois[3]!.id);
    assert.deepEqual(parsePoiGeoJson(collection()), []);
  });

  it('names the file and the feature index in every validation error', () => {
    const ok = feature({ name: 'A', kind: 'stop' });
    const cases: [string, string, string][] = [
      ['{"type": "Feature', 'NOT_JSON', 'pois.json: not valid JSON'],
      ['[1,2]', 'NOT_FEATURE_COLLECTION', 'pois.json: expected a GeoJSON FeatureCollection'],
      ['{"type":"FeatureCollection"}', 'NOT_FEATURE_COLLECTION', 'pois.json: expected'],
      [collection(ok, 5), 'BAD_FEATURE', 'pois.json: feature 1: not a GeoJSON Feature'],
      [
        collection(
          ok,
          feature({ name: 'A2', kind: 'stop' }, [1, 2]),
          feature({ name: 'B', kind: 'stop' }, [[0, 0]], 'LineString'),
        ),
        'BAD_GEOMETRY',
        'pois.json: feature 2: geometry must be a Point (got "LineString")',
      ],
      [
        collection({ type: 'Feature', properties: { name: 'x', kind: 'stop' } }),
        'BAD_GEOMETRY',
        'feature 0: geometry',
      ],
      [
        collection(feature({ name: 'B', kind: 'stop' }, ['1', 2])),
        'BAD_COORDINATES',
        'feature 0: coordinates must be',
      ],
      [
        collection(ok, feature({ name: 'B', kind: 'stop' }, [200, 10])),
        'BAD_COORDINATES',
        'pois.json: feature 1: coordinates [200, 10] out of range',
      ],
      [
        collection(feature({ name: 'B', kind: 'stop' }, [10, -91])),
        'BAD_COORDINATES',
        'feature 0: coordinates [10, -91]',
      ],
      [
        collection(feature({ kind: 'stop' })),
        'MISSING_NAME',
        'pois.json: feature 0: missing properties.name',
      ],
      [
        collection(feature({ name: '  ', kind: 'stop' })),
        'MISSING_NAME',
        'feature 0: missing properties.name',
      ],
      [
        collection({ type: 'Feature', geometry: { type: 'Point', coordinates: [1, 1] } }),
        'MISSING_NAME',
        'feature 0: missing properties.name',
      ],
      [
        collection(ok, feature({ name: 'B', kind: 'shop' })),
        'BAD_KIND',
        'feature 1: properties.kind must be "stop" or "gym" (got "shop")',
      ],
      [collection(feature({ name: 'B', kind: 'gym', id: true })), 'BAD_ID', 'feature 0: id must be'],
      [
        collection(
          feature({ name: 'A', kind: 'stop', id: 'x' }),
          feature({ name: 'B', kind: 'gym', id: 'x' }),
        ),
        'DUPLICATE_ID',
        'feature 1: duplicate id "x"',
      ],
      [collection(ok, ok), 'DUPLICATE_ID', 'feature 1: same position as an earlier feature without an id'],
    ];
    for (const [text, code, message] of cases) {
      const e = fileError(text);
      assert.equal(e.code, code, text);
      assert.ok(e.message.includes(message), `${e.message} should include ${message}`);
      assert.equal(e.fileName, 'pois.json');
    }
    // Feature 12, as in the docs.
    const many = Array.from({ length: 12 }, (_, i) => feature({ name: `P${i}`, kind: 'stop', id: i }));
    const e = fileError(collection(...many, feature({ kind: 'stop' })), 'tokyo.geojson');
    assert.equal(e.message, 'tokyo.geojson: feature 12: missing properties.name');
    assert.equal(e.featureIndex, 12);
  });

  it('loadPoiFile reads a file and reports unreadable paths with the file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'geoplay-pois-'));
    try {
      const path = join(dir, 'city.geojson');
      writeFileSync(path, collection(feature({ name: 'A', kind: 'gym' })));
      const pois = await loadPoiFile(path);
      assert.equal(pois[0]!.kind, 'gym');
      writeFileSync(path, collection(feature({ name: 'A', kind: 'x' })));
      await assert.rejects(
        loadPoiFile(path),
        (e) => e instanceof PoiFileError && e.message.startsWith('city.geojson: feature 0'),
      );
      await assert.rejects(
        loadPoiFile(join(dir, 'missing.json')),
        (e) => e instanceof PoiFileError && e.code === 'READ_FAILED',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('generateDemoPois', () => {
  const pois = generateDemoPois({ radiusM: 2500, seed: 42 });

  it('is deterministic and seed-dependent', () => {
    assert.deepEqual(generateDemoPois({ radiusM: 2500, seed: 42 }), pois);
    assert.notDeepEqual(
      generateDemoPois({ radiusM: 2500, seed: 43 }).map((p) => p.id),
      pois.map((p) => p.id),
    );
    assert.deepEqual(
      generateDemoPois({ radiusM: 500, seed: 'x' }),
      generateDemoPois({ radiusM: 500, seed: 'x' }),
    );
  });

  it('places at most one POI per level-17 cell, all inside the radius, with unique ids', () => {
    assert.ok(pois.length > 500, `${pois.length} POIs`);
    const cells = new Set(pois.map((p) => cellIdAt(p.lat, p.lng, 17)));
    assert.equal(cells.size, pois.length);
    assert.equal(new Set(pois.map((p) => p.id)).size, pois.length);
    for (const p of pois) {
      assert.ok(haversineM(35.6586, 139.7454, p.lat, p.lng) <= 2500);
      assert.ok(p.name.length > 0);
    }
    // Density: about 60/km² over the disc (tolerance for the random draw and the rim).
    const perKm2 = pois.length / (Math.PI * 2.5 * 2.5);
    assert.ok(Math.abs(perKm2 - 60) < 6, `density ${perKm2}`);
  });

  it('gives every level-14 cell the published number of gyms', () => {
    const byCell = new Map<bigint, Poi[]>();
    for (const p of pois) {
      const key = cellParent(cellIdAt(p.lat, p.lng, 17), 14);
      byCell.set(key, [...(byCell.get(key) ?? []), p]);
    }
    let gymTotal = 0;
    const seenCounts = new Set<number>();
    for (const list of byCell.values()) {
      const gyms = list.filter((p) => p.kind === 'gym').length;
      assert.equal(gyms, gymsForPoiCount(list.length), `${list.length} POIs`);
      assert.equal(list.filter((p) => p.kind === 'stop').length, list.length - gyms);
      gymTotal += gyms;
      seenCounts.add(gymsForPoiCount(list.length));
    }
    assert.ok(gymTotal > 0);
    assert.ok(seenCounts.has(3), 'a dense demo world should have a 3-gym cell');
    assert.deepEqual([0, 1, 2, 5, 6, 19, 20, 100].map(gymsForPoiCount), [0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('caps density at one per level-17 cell and validates options', () => {
    const full = generateDemoPois({ radiusM: 400, density: 1e6, centre: { lat: -33.8688, lng: 151.2093 } });
    const cells = new Set(full.map((p) => cellIdAt(p.lat, p.lng, 17)));
    assert.equal(cells.size, full.length);
    assert.equal(generateDemoPois({ radiusM: 1000, density: 0 }).length, 0);
    assert.throws(() => generateDemoPois({ density: -1 }), DemoPoiError);
    assert.throws(() => generateDemoPois({ seed: 1.5 }), DemoPoiError);
    assert.throws(() => generateDemoPois({ centre: { lat: 100, lng: 0 } }), /invalid coordinates/);
    assert.throws(() => generateDemoPois({ radiusM: -5 }), /invalid radius/);
  });
});

describe('PoiIndex', () => {
  const pois = generateDemoPois({ radiusM: 2000, seed: 7 });
  const index = new PoiIndex(pois);

  it('within() equals a brute-force scan, nearest first, with kind filter and limit', () => {
    const rnd = mulberry32(12);
    for (let q = 0; q < 80; q++) {
      const [lat, lng] = destination(35.6586, 139.7454, rnd() * 360, rnd() * 2200);
      const r = 20 + rnd() * 400;
      const hits = index.within(lat, lng, r);
      const brute = pois
        .map((poi) => ({ poi, distanceM: fastDistanceM(lat, lng, poi.lat, poi.lng) }))
        .filter((h) => h.distanceM <= r)
        .sort((a, b) => a.distanceM - b.distanceM);
      assert.deepEqual(
        hits.map((h) => h.poi.id),
        brute.map((h) => h.poi.id),
      );
      const gyms = index.within(lat, lng, r, 'gym');
      assert.deepEqual(
        gyms.map((h) => h.poi.id),
        brute.filter((h) => h.poi.kind === 'gym').map((h) => h.poi.id),
      );
      assert.deepEqual(index.within(lat, lng, r, undefined, 3), hits.slice(0, 3));
      assert.deepEqual(index.nearest(lat, lng, r), hits[0] ?? null);
    }
  });

  it('looks up by id and measures range to a POI', () => {
    const p = pois[10]!;
    assert.equal(index.get(p.id), p);
    assert.equal(index.get('nope'), undefined);
    assert.equal(index.size, pois.length);
    assert.equal(index.distanceToM(p.id, p.lat, p.lng), 0);
    const [lat, lng] = destination(p.lat, p.lng, 90, 35);
    assert.ok(Math.abs(index.distanceToM(p.id, lat, lng)! - 35) < 0.3);
    assert.equal(index.distanceToM('nope', 0, 0), null);
    assert.deepEqual(new PoiIndex([]).within(0, 0, 1000), []);
  });

  it('groups POIs by the cell they lie in, at any level', () => {
    for (const level of [14, 16]) {
      const cells = new Set(pois.map((p) => cellIdAt(p.lat, p.lng, level)));
      let total = 0;
      for (const cell of cells) {
        const inCell = index.inCell(cell);
        assert.ok(inCell.length > 0);
        for (const p of inCell) assert.equal(cellIdAt(p.lat, p.lng, level), cell);
        total += inCell.length;
      }
      assert.equal(total, pois.length);
    }
    assert.deepEqual(index.inCell(cellIdAt(-33.8688, 151.2093, 16)), []);
  });
});
