// Bugs in a game's code never take the server down: an async hook or handler that rejects is
// logged like one that throws (an unhandled rejection would end the process, every room with it),
// and an onEnd result JSON cannot encode leaves the room without a result, not the process without
// rooms. Also: a message rate under one a second still lets a message through.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import type { RoomHandle } from '../../client/index.js';
import { defineGame, defineRoom, roomMessage } from '../../src/game/index.js';
import { startTestServer } from '../helpers/server.js';
import { startRoomServer, tappedClient, until } from './helpers.js';

test('async hooks and handlers that reject, and an onEnd result with a cycle, are logged; the room goes on', async () => {
  const rejected: string[] = [];
  const faulty = defineRoom({
    settings: { fillTimeoutMs: 20, countdownMs: 20 },
    messages: {
      later: roomMessage(z.object({}), async (ctx) => {
        ctx.state.set('later', (ctx.state.get<number>('later') ?? 0) + 1);
        await Promise.resolve();
        rejected.push('later');
        throw new Error('a bug after an await');
      }),
      slow: roomMessage(
        z.object({}),
        (ctx) => ctx.state.set('slow', (ctx.state.get<number>('slow') ?? 0) + 1),
        { maxPerSecond: 0.5 },
      ),
      finish: roomMessage(z.object({}), (ctx) => ctx.end()),
    },
    async onJoin(ctx, member) {
      ctx.state.set(`p:${member.id}`, 1);
      await Promise.resolve();
      rejected.push('onJoin');
      throw new Error('a bug in an async onJoin');
    },
    onEnd(ctx) {
      // A result that refers to itself: JSON has no text for it.
      const result: Record<string, unknown> = { room: ctx.id };
      result.self = result;
      return result;
    },
  });
  const t = await startRoomServer({ faulty });
  const { client } = tappedClient(t.server.wsUrl, await t.token('a'));
  try {
    await client.start();
    const room: RoomHandle = await client.rooms.join({ type: 'faulty' });
    const errors: string[] = [];
    room.on('error', (e) => errors.push(e.code));
    await until(() => room.phase === 'running', 'running');
    await until(() => rejected.includes('onJoin'), 'the async onJoin rejected');

    room.send('later', {});
    await until(() => rejected.includes('later') && room.state.get('later') === 1, 'the async handler ran');
    // The message itself was accepted (its effect is in the state); the rejection came later.
    assert.equal(errors.length, 0, errors.join());

    // 0.5 a second: the first message passes, the next one within 2 s is refused.
    room.send('slow', {});
    room.send('slow', {});
    await until(() => room.state.get('slow') === 1 && errors.includes('RATE_LIMITED'), 'one slow message');

    room.send('finish', {});
    await until(() => room.phase === 'ended', 'the room ended');
    // Still serving: a new player can join another room of the type.
    const { client: b } = tappedClient(t.server.wsUrl, await t.token('b'));
    try {
      await b.start();
      const other = await b.rooms.join({ type: 'faulty' });
      assert.notEqual(other.id, room.id);
    } finally {
      b.close();
    }
    assert.equal(t.server.rooms!.rooms.get(room.id)?.ended, 'done');
  } finally {
    client.close();
    await t.stop();
  }
});

test("the game's own hooks (onJoin, onLeave): an async one that rejects and one that throws are logged; the server goes on", async () => {
  const failed: string[] = [];
  const game = defineGame({
    name: 'faulty-hooks',
    actions: {},
    hooks: {
      async onJoin(player) {
        await Promise.resolve();
        failed.push(`join ${player.id}`);
        throw new Error('a bug in an async onJoin');
      },
      onLeave(player) {
        failed.push(`leave ${player.id}`);
        throw new Error('a bug in onLeave');
      },
    },
  });
  const t = await startTestServer({}, undefined, { game, pois: [] });
  try {
    const { client: a } = tappedClient(t.server.wsUrl, await t.token('a'));
    await a.start();
    await until(() => failed.includes('join a'), 'the async onJoin rejected');
    a.close();
    await until(() => failed.includes('leave a'), 'onLeave threw');
    const { client: b } = tappedClient(t.server.wsUrl, await t.token('b'));
    try {
      await b.start();
      await until(() => failed.includes('join b'), 'still serving');
    } finally {
      b.close();
    }
  } finally {
    await t.stop();
  }
});
