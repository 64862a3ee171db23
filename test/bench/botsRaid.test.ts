import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runBots } from '../../bench/bots/runner.js';
import { creatures } from '../../games/creatures/index.js';
import { createRaidRoom } from '../../games/creatures/raid.js';
import { defineGame } from '../../src/game/index.js';
import { startTestServer } from '../helpers/server.js';

test('raid: bots join gym raids as parties of the room size, attack, and the bosses faint', async () => {
  // The creatures world (same seed, so the bots find its demo gyms) with raids that end quickly.
  const game = defineGame({
    ...creatures,
    rooms: {
      raid: createRaidRoom({
        cycleMs: 3_600_000,
        activeMs: 3_600_000,
        hpPerLevel: 10,
        settings: { fillTimeoutMs: 300, countdownMs: 300, endedLingerMs: 500 },
      }),
    },
  });
  const srv = await startTestServer({ maxConnectionsPerIp: 1000 }, undefined, { game });
  try {
    const r = await runBots({
      url: srv.server.wsUrl,
      count: 20,
      durationS: 6,
      scenario: 'raid',
      roomSize: 5,
      inputHz: 8,
      workers: 2,
      progress: (l) => process.stderr.write(`raid: ${l}\n`),
    });
    process.stderr.write(`${JSON.stringify(r)}\n`);
    assert.equal(r.connected, 20);
    assert.equal(r.disconnects, 0);
    assert.ok(r.raids_joined >= 20, `${r.raids_joined} seats taken`);
    assert.ok(r.raids_defeated >= 4, `${r.raids_defeated} bosses defeated`);
    assert.ok(r.room_inputs_per_s > 0 && r.room_updates_per_s > 0);
    assert.ok(r.input_to_effect_samples > 0);
    assert.ok(r.input_to_effect_ms.p50 > 0);
    assert.deepEqual(
      Object.keys(r.room_errors).filter((c) => c !== 'RATE_LIMITED'),
      [],
      JSON.stringify(r.room_errors),
    );
  } finally {
    await srv.stop();
  }
});
