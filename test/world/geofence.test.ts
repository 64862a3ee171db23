import assert from 'node:assert/strict';
import { test } from 'node:test';
import { connect } from '../../client/index.js';
import { defineGame, type GeofenceHit } from '../../src/game/index.js';
import { startTestServer } from '../helpers/server.js';

test('geofence events reach the game hook and the player, judged on the fused position', async () => {
  const hits: { player: string; event: GeofenceHit }[] = [];
  const game = defineGame({
    name: 'fences',
    geofences: [{ id: 'plaza', circle: { lat: 48.8584, lng: 2.2945, radiusM: 60 } }],
    geofenceOptions: { dwellMs: 1500 },
    hooks: { onGeofence: (player, event) => hits.push({ player: player.id, event }) },
    actions: {},
  });
  const t = await startTestServer({}, undefined, { game, pois: [] });
  try {
    const client = await connect(t.server.wsUrl, await t.token('walker'));
    const seen: string[] = [];
    client.on('geofence', (id, kind) => seen.push(`${kind}:${id}`));
    // 300 m south of the fence, then inside it, standing: enter, then dwell after 1.5 s.
    client.reportLocation({ lat: 48.8557, lng: 2.2945, accuracyM: 5 });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(seen.length, 0);
    for (let i = 0; i < 12 && !seen.includes('dwell:plaza'); i++) {
      client.reportLocation({ lat: 48.8584, lng: 2.2945, accuracyM: 5 });
      await new Promise((r) => setTimeout(r, 300));
    }
    assert.equal(seen[0], 'enter:plaza');
    assert.ok(seen.includes('dwell:plaza'), seen.join(','));
    assert.deepEqual(
      hits.map((h) => `${h.player}:${h.event.kind}:${h.event.fenceId}`),
      seen.map((s) => `walker:${s}`),
    );
    client.close();
  } finally {
    await t.stop();
  }
});
