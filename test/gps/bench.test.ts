import assert from 'node:assert/strict';
import { it } from 'node:test';
import { runGpsBench } from '../../bench/gps.js';

// The benchmark is not a timed test: this only keeps it runnable and its result serialisable.
it('runGpsBench runs on tiny sizes and returns one JSON-serialisable object', async () => {
  const r = await runGpsBench({
    quick: true,
    kalmanUpdates: 10_000,
    players: 5,
    fixesPerPlayer: 50,
    fences: 500,
    fenceChecks: 2_000,
  });
  const back = JSON.parse(JSON.stringify(r));
  assert.deepEqual(back, r);
  assert.equal(r.bench, 'gps');
  assert.equal(r.kalman.updates, 10_000);
  assert.ok(r.kalman.medianNs > 0);
  assert.equal(r.pipeline.players, 5);
  assert.equal(r.geofence.fences, 500);
  assert.ok(r.geofence.checksPerSec > 0);
});
