// Rewards granted by a room's last hooks at shutdown (a seat given up because the room is disposed)
// reach the store: the server disposes its rooms while the runtime still takes grants, and the
// journal's last flush commits them.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openPGliteStore } from '../../src/cluster/store/pglite.js';
import { defineRoom } from '../../src/game/index.js';
import { startRoomServer, tappedClient, until } from './helpers.js';
import { GRANT_OP_PREFIX } from '../../src/world/grants.js';

test('a grant made by onLeave when the server shuts the room down is committed', async () => {
  const keep = defineRoom({
    settings: { fillTimeoutMs: 20, countdownMs: 20 },
    onLeave(ctx, member, reason) {
      // A promise nobody awaits: the server must neither lose it nor let it reject unhandled.
      if (reason === 'disposed') void ctx.grant(member.id, { trophy: 1 }, `keep:${ctx.id}:${member.id}`);
    },
  });
  const t = await startRoomServer({ keep }, { store: 'auto' });
  const { client } = tappedClient(t.server.wsUrl, await t.token('ann'));
  try {
    await client.start();
    const room = await client.rooms.join({ type: 'keep' });
    await until(() => room.phase === 'running', 'running');
    await t.server.close();
    const store = await openPGliteStore({ dataDir: join(t.dataDir, 'pglite') });
    try {
      const op = await store.getOp(`${GRANT_OP_PREFIX}keep:${room.id}:ann`);
      assert.equal(op?.kind, 'grant', 'the grant is in the journal');
      assert.equal((await store.loadPlayer('ann'))?.inventory.trophy, 1);
    } finally {
      await store.close();
    }
  } finally {
    client.close();
    await t.server.close();
    rmSync(t.dataDir, { recursive: true, force: true });
  }
});
