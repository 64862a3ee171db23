import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main } from '../../bench/rooms/main.js';
import { runRooms } from '../../bench/rooms/runner.js';
import type { RoomsTarget } from '../../bench/rooms/target.js';
import { bareWs } from '../../bench/rooms/targets/bareWs.js';
import { geoplay, geoplayLight } from '../../bench/rooms/targets/geoplay.js';
import { alive } from '../helpers/process.js';

/**
 * Smoke: shape and sanity of the figures, never timings (speed goes in docs/BENCHMARKS.md). 20
 * clients of `target` in rooms of 10 for 3 s; what every target must show, then its own checks.
 */
async function smoke(target: RoomsTarget): Promise<Awaited<ReturnType<typeof runRooms>>> {
  const r = await runRooms({
    target,
    clients: 20,
    roomSize: 10,
    inputHz: 20,
    durationS: 3,
    warmupS: 0.5,
    workers: 2,
  });
  assert.equal(r.target, target.name);
  assert.equal(r.rooms, 2);
  assert.equal(r.joined, 20, JSON.stringify(r));
  // errors counts state mismatches too: every own state seen had value == last input id (none lost).
  assert.equal(r.errors, 0, JSON.stringify(r.error_codes));
  assert.equal(r.disconnects, 0, JSON.stringify(r.error_codes));
  assert.ok(r.inputs_per_s > 0 && r.updates_per_s > 0, JSON.stringify(r));
  assert.equal(r.latency_samples + r.inputs_unseen, r.inputs_sent);
  assert.equal(alive(r.server_pid), false, 'the server process is stopped');
  return r;
}

test('bench rooms: 20 bare-ws clients in rooms of 10 see their inputs applied', async () => {
  const r = await smoke(bareWs);
  assert.equal(r.bench, 'rooms');
  assert.equal(r.clients, 20);
  assert.equal(r.join_failures, 0);
  assert.equal(r.joins_unfinished, 0);
  // Every input of the measurement was timed, but the few still in flight at its end.
  assert.ok(r.latency_samples > 0);
  const l = r.latency_ms;
  assert.ok(l.p50 > 0 && l.p50 <= l.p90 && l.p90 <= l.p99 && l.p99 <= l.max, JSON.stringify(l));
  assert.ok(r.server_rss_mb > 0 && r.server_cpu_pct >= 0);
  assert.ok(r.workers === 2 && r.machine.cores >= 1);
});

// The same smoke on geoplay's rooms: its server process, the bench room type and SDK clients
// joining as parties, so members of one harness room share one geoplay room.
test('bench rooms: 20 geoplay SDK clients in rooms of 10 see their inputs applied', async () => {
  const r = await smoke(geoplay);
  assert.ok(r.latency_samples > 0);
  const l = r.latency_ms;
  assert.ok(l.p50 > 0 && l.p50 <= l.p90 && l.p90 <= l.p99 && l.p99 <= l.max, JSON.stringify(l));
  assert.ok(r.server_rss_mb > 0);
});

// The light client against the same server, with a Ping every 100 ms: a client that did not answer
// three in a row would be closed, so a run without disconnects shows it answers them.
test('bench rooms: 20 geoplay-light clients see their inputs applied and answer Pings', async () => {
  const before = process.env.GEOPLAY_HEARTBEAT_INTERVAL_MS;
  process.env.GEOPLAY_HEARTBEAT_INTERVAL_MS = '100';
  try {
    const r = await smoke(geoplayLight);
    assert.equal(r.ramp_disconnects, 0, JSON.stringify(r.error_codes));
  } finally {
    if (before === undefined) delete process.env.GEOPLAY_HEARTBEAT_INTERVAL_MS;
    else process.env.GEOPLAY_HEARTBEAT_INTERVAL_MS = before;
  }
});

test('bench rooms: an unavailable target fails with its reason, an unknown one is a usage error', async () => {
  const missing: RoomsTarget = {
    name: 'missing',
    unavailable: () => 'missing is not installed',
    start: () => Promise.reject(new Error('must not start')),
    clientModule: '',
  };
  await assert.rejects(
    runRooms({ target: missing, clients: 10, roomSize: 10, inputHz: 20, durationS: 1 }),
    /missing is not installed/,
  );
  assert.equal(geoplay.unavailable(), undefined, 'geoplay is always available');
  const written: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    assert.equal(await main(['--target', 'nope']), 2);
    assert.equal(await main(['--clients', '0', '--target', 'bare-ws']), 2);
  } finally {
    process.stderr.write = write;
  }
  assert.match(written.join(''), /unknown target "nope"/);
  assert.match(written.join(''), /--clients must be an integer >= 1/);
});
