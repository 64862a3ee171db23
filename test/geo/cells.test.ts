import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  allNeighbours,
  cellAreaM2,
  cellCenter,
  cellChildrenAt,
  cellContains,
  cellFromToken,
  cellIdAt,
  cellLevel,
  cellParent,
  cellToken,
  cellTokenAt,
  cellVertices,
  edgeNeighbours,
  GeoError,
  isValidCellId,
  sortCellIds,
} from '../../src/geo/index.js';

const latArb = fc.double({ min: -90, max: 90, noNaN: true });
const lngArb = fc.double({ min: -180, max: 180, noNaN: true });
const levelArb = fc.integer({ min: 0, max: 30 });

function geoCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof GeoError, `expected GeoError, got ${String(e)}`);
    return e.code;
  }
  assert.fail('expected a GeoError');
}

describe('cell ids', () => {
  it('Tokyo Tower has the known level-16 token and levels nest', () => {
    // Token computed once with s2js and pinned: a change means cell ids changed for every stored entity.
    assert.equal(cellTokenAt(35.6586, 139.7454), '60188bbd9');
    const id = cellIdAt(35.6586, 139.7454, 16);
    assert.equal(cellLevel(id), 16);
    assert.equal(cellToken(id), '60188bbd9');
    assert.equal(cellFromToken('60188bbd9'), id);
    assert.equal(cellParent(id, 12), cellIdAt(35.6586, 139.7454, 12));
    assert.equal(cellParent(id, 16), id);
    assert.ok(cellContains(cellParent(id, 12), id));
    assert.ok(!cellContains(id, cellParent(id, 12)));
  });

  it('a point lies in the cell computed for it, at every level, and parents agree', () => {
    fc.assert(
      fc.property(latArb, lngArb, levelArb, (lat, lng, level) => {
        const id = cellIdAt(lat, lng, level);
        assert.ok(isValidCellId(id));
        assert.equal(cellLevel(id), level);
        assert.equal(cellFromToken(cellToken(id)), id);
        const leaf = cellIdAt(lat, lng, 30);
        assert.equal(cellParent(leaf, level), id);
        assert.ok(cellContains(id, leaf));
        const c = cellCenter(id);
        assert.equal(cellIdAt(c.lat, c.lng, level), id);
      }),
      { seed: 1601, numRuns: 400 },
    );
  });

  it('edge neighbours are four distinct same-level cells that list this cell back', () => {
    fc.assert(
      fc.property(latArb, lngArb, fc.integer({ min: 1, max: 30 }), (lat, lng, level) => {
        const id = cellIdAt(lat, lng, level);
        const ns = edgeNeighbours(id);
        assert.equal(new Set(ns).size, 4);
        for (const n of ns) {
          assert.equal(cellLevel(n), level);
          assert.notEqual(n, id);
          assert.ok(edgeNeighbours(n).includes(id));
        }
      }),
      { seed: 77, numRuns: 200 },
    );
  });

  it('all neighbours: 8 around an ordinary cell, 7 at a cube corner, and finer levels', () => {
    const id = cellIdAt(35.6586, 139.7454, 16);
    const ns = allNeighbours(id);
    assert.equal(ns.length, 8);
    assert.equal(new Set(ns).size, 8);
    assert.ok(!ns.includes(id));
    for (const e of edgeNeighbours(id)) assert.ok(ns.includes(e));
    // The cube corner (1,1,1): three faces meet, so a cell touching it has seven neighbours.
    const corner = cellIdAt(35.26438968275, 45, 10);
    const cn = allNeighbours(corner);
    assert.equal(cn.length, 7);
    assert.equal(new Set(cn).size, 7);
    // One level finer: a 4x4 block of level-17 cells around a level-16 cell has 12 border cells.
    const fine = allNeighbours(id, 17);
    assert.equal(fine.length, 12);
    for (const n of fine) assert.equal(cellLevel(n), 17);
    assert.equal(
      geoCode(() => allNeighbours(id, 15)),
      'INVALID_LEVEL',
    );
  });

  it('children at a level tile the parent, in id order', () => {
    const id = cellIdAt(35.6586, 139.7454, 16);
    const kids = cellChildrenAt(id, 18);
    assert.equal(kids.length, 16);
    assert.deepEqual([...kids], sortCellIds([...kids]));
    for (const k of kids) {
      assert.equal(cellParent(k, 16), id);
      assert.equal(cellLevel(k), 18);
    }
    const total = kids.reduce((s, k) => s + cellAreaM2(k), 0);
    assert.ok(Math.abs(total - cellAreaM2(id)) / cellAreaM2(id) < 1e-9);
    assert.deepEqual(cellChildrenAt(id, 16), [id]);
    assert.equal(
      geoCode(() => cellChildrenAt(id, 26)),
      'INVALID_LEVEL',
    );
  });

  it('level-16 cells are around 2e4 m2 and have four corners near the centre', () => {
    const id = cellIdAt(35.6586, 139.7454, 16);
    const area = cellAreaM2(id);
    assert.ok(area > 10_000 && area < 40_000, `area ${area}`);
    const c = cellCenter(id);
    const vs = cellVertices(id);
    assert.equal(vs.length, 4);
    for (const v of vs) assert.ok(Math.abs(v.lat - c.lat) < 0.002 && Math.abs(v.lng - c.lng) < 0.002);
  });

  it('rejects bad coordinates, levels, tokens and ids with typed errors', () => {
    assert.equal(
      geoCode(() => cellIdAt(Number.NaN, 0)),
      'INVALID_COORDINATES',
    );
    assert.equal(
      geoCode(() => cellIdAt(0, Number.NaN)),
      'INVALID_COORDINATES',
    );
    assert.equal(
      geoCode(() => cellIdAt(90.000001, 0)),
      'INVALID_COORDINATES',
    );
    assert.equal(
      geoCode(() => cellIdAt(-90.5, 0)),
      'INVALID_COORDINATES',
    );
    assert.equal(
      geoCode(() => cellIdAt(0, 180.1)),
      'INVALID_COORDINATES',
    );
    assert.equal(
      geoCode(() => cellIdAt(0, Number.NEGATIVE_INFINITY)),
      'INVALID_COORDINATES',
    );
    assert.equal(
      geoCode(() => cellIdAt(0, 0, 31)),
      'INVALID_LEVEL',
    );
    assert.equal(
      geoCode(() => cellIdAt(0, 0, -1)),
      'INVALID_LEVEL',
    );
    assert.equal(
      geoCode(() => cellIdAt(0, 0, 12.5)),
      'INVALID_LEVEL',
    );
    assert.equal(
      geoCode(() => cellFromToken('not-a-token')),
      'INVALID_CELL',
    );
    assert.equal(
      geoCode(() => cellFromToken('')),
      'INVALID_CELL',
    );
    assert.equal(
      geoCode(() => cellFromToken('0')),
      'INVALID_CELL',
    );
    assert.equal(
      geoCode(() => cellLevel(0n)),
      'INVALID_CELL',
    );
    assert.equal(
      geoCode(() => cellParent(cellIdAt(1, 1, 12), 16)),
      'INVALID_LEVEL',
    );
    // Extremes are valid.
    for (const [lat, lng] of [
      [90, 180],
      [-90, -180],
      [0, 180],
      [0, -180],
    ] as const) {
      assert.ok(isValidCellId(cellIdAt(lat, lng, 16)));
    }
  });
});
