import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type BotsResult, runBots } from '../../bench/bots/runner.js';
import { creatures } from '../../games/creatures/index.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let srv: TestServer;
let url: string;

before(async () => {
  srv = await startTestServer({ maxConnectionsPerIp: 1000 }, undefined, {
    game: creatures,
  });
  url = `${srv.server.url.replace(/^http/, 'ws')}/ws`;
});

after(async () => {
  await srv.stop();
});

function checkCommon(r: BotsResult, count: number): void {
  assert.equal(r.connected, count, JSON.stringify(r));
  assert.equal(r.disconnects, 0, JSON.stringify(r.error_codes));
  for (const k of [
    'move_to_seen_ms',
    'aoi_recall',
    'overfetch',
    'bytes_in_per_client_per_s',
    'actions',
  ] as const) {
    assert.ok(k in r, `missing ${k}`);
  }
}

test('walk: 20 bots over 2 workers see each other with full AOI recall', async () => {
  const r = await runBots({
    url,
    count: 20,
    durationS: 5,
    scenario: 'walk',
    workers: 2,
    // A small square so that bots are within 300 m of each other.
    areaM: 600,
    sampleIntervalMs: 1000,
    progress: (l) => process.stderr.write(`walk: ${l}\n`),
  });
  process.stderr.write(`${JSON.stringify(r)}\n`);
  checkCommon(r, 20);
  assert.ok(r.aoi_pairs > 0, 'no pairs within the AOI radius were sampled');
  assert.equal(r.aoi_recall, 1);
  assert.ok(r.move_to_seen_samples > 0);
  assert.ok(r.move_to_seen_ms.p50 > 0);
  assert.ok(r.bytes_in_per_client_per_s > 0);
});

test('walk with light bots: only 5 of 20 keep a world model, the figures hold', async () => {
  const r = await runBots({
    url,
    count: 20,
    durationS: 5,
    scenario: 'walk',
    workers: 2,
    areaM: 600,
    sampleIntervalMs: 1000,
    modelBots: 5,
    timedMovers: 5,
    progress: (l) => process.stderr.write(`light: ${l}\n`),
  });
  process.stderr.write(`${JSON.stringify(r)}\n`);
  checkCommon(r, 20);
  assert.equal(r.model_bots, 5);
  assert.equal(r.errors, 0, JSON.stringify(r.error_codes));
  // Light bots' own positions place them for the observers: pairs are judged, none missed.
  assert.ok(r.aoi_pairs > 0, 'no pairs within the AOI radius were sampled');
  assert.equal(r.aoi_recall, 1);
  assert.ok(r.move_to_seen_samples > 0);
  assert.equal(r.move_to_seen_self_match, 1);
  assert.ok(r.bytes_in_per_client_per_s > 0);
});

test('catch: bots ask nearby, walk to spawns and catch them', async () => {
  const r = await runBots({
    url,
    count: 20,
    durationS: 5,
    scenario: 'catch',
    workers: 2,
    areaM: 600,
    sampleIntervalMs: 1000,
    progress: (l) => process.stderr.write(`catch: ${l}\n`),
  });
  process.stderr.write(`${JSON.stringify(r)}\n`);
  checkCommon(r, 20);
  assert.ok(r.aoi_pairs > 0);
  assert.equal(r.aoi_recall, 1);
  assert.ok((r.actions_by_kind.nearby?.OK ?? 0) > 0, JSON.stringify(r.actions_by_kind));
  assert.ok((r.actions_by_kind.catch?.OK ?? 0) > 0, JSON.stringify(r.actions_by_kind));
  assert.equal(r.actions.COOLDOWN ?? 0, 0, 'a bot teleported');
});

test('the figures end with the hold: a slow beforeStop (metrics of an overloaded server) adds nothing', async () => {
  const r = await runBots({
    url,
    count: 10,
    durationS: 2,
    scenario: 'walk',
    workers: 1,
    areaM: 600,
    // As a server answering /metrics late: the workers keep walking meanwhile.
    beforeStop: () => new Promise((resolve) => setTimeout(resolve, 3000)),
    progress: () => {},
  });
  checkCommon(r, 10);
  // Each bot reports once a second: 10 a second over the hold, not over the hold and the 3 s after.
  assert.ok(r.reports_per_s > 0 && r.reports_per_s <= 12, `reports_per_s ${r.reports_per_s}`);
});
