import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runGeoBench } from '../../bench/geo.js';

describe('geo bench (smoke: shape and counts only, never timings)', () => {
  it('runs small and reports every figure', () => {
    const r = runGeoBench({
      points: 5000,
      queries: 200,
      spreadM: 2000,
      viewCellCalls: 2000,
      covers: 20,
      spawnCells: 20,
    });
    assert.equal(r.points, 5000);
    assert.equal(r.queries, 200);
    assert.equal(r.radius_m, 300);
    assert.equal(r.view_cell_calls, 2000);
    assert.equal(r.aoi_covers, 20);
    // 5000 points on a 2 km disc, 300 m radius: about 5000 * (0.3 / 2)^2 = 112 hits per query.
    assert.ok(r.hits_mean > 50 && r.hits_mean < 200, `hits ${r.hits_mean}`);
    assert.ok(r.aoi_cells_mean > 20 && r.aoi_cells_mean < 45, `cells ${r.aoi_cells_mean}`);
    for (const p of [r.query_us, r.view_cell_us, r.aoi_cover_us, r.spawns_in_cell_us]) {
      assert.ok(p.p50 >= 0 && p.p99 >= p.p50);
    }
    assert.ok(r.queries_per_s > 0 && r.view_cells_per_s > 0 && r.aoi_covers_per_s > 0);
    assert.doesNotThrow(() => JSON.stringify(r));
  });
});
