import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main, runWorldFloor } from '../../bench/worldFloor.js';
import { alive } from '../helpers/process.js';

// Smoke: the shape and sanity of the figures, never timings (speed goes in docs/BENCHMARKS.md).
test('bench world-floor: 40 clients get every tick frame and send their reports', async () => {
  const r = await runWorldFloor({
    players: 40,
    durationS: 2,
    deltaBytes: 300,
    reportBytes: 60,
    tickHz: 5,
    workers: 2,
    rampPerS: 200,
  });
  assert.equal(r.bench, 'world-floor');
  assert.equal(r.connected, 40, JSON.stringify(r));
  assert.equal(r.connect_failures, 0);
  assert.equal(r.disconnects, 0);
  assert.equal(r.delta_gaps, 0, 'no tick missed by any client');
  // 40 clients x 5 ticks a second, give or take the tick at either end of the hold.
  const deltas = r.deltas_per_s as number;
  assert.ok(deltas > 150 && deltas < 250, JSON.stringify(r));
  const reports = r.reports_per_s as number;
  assert.ok(reports > 25 && reports < 55, JSON.stringify(r));
  const d = r.delivery_ms as { p50: number; p99: number; max: number };
  assert.ok(d.p50 >= 0 && d.p50 <= d.p99 && d.p99 <= d.max, JSON.stringify(d));
  assert.equal(alive(r.server_pid as number), false, 'the server process is stopped');
});

test('bench world-floor: a bad flag is a usage error (exit 2)', async () => {
  assert.equal(await main(['--delta-bytes', '5']), 2);
  assert.equal(await main(['--players', '0']), 2);
  assert.equal(await main(['--report-bytes', '5000']), 2);
});
