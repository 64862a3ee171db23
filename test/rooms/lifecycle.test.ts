// The room lifecycle over real sockets: lobby -> countdown -> running -> ended -> disposed with
// each stage's timeout, the abandoned and empty cases, and no room timer surviving disposal.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GeoplayClient } from '../../client/index.js';
import { defineRoom, type RoomSettings } from '../../src/game/index.js';
import type { TestServer } from '../helpers/server.js';
import { startRoomServer, tappedClient, until } from './helpers.js';

function recordingRoom(log: string[], settings: Partial<RoomSettings>) {
  return defineRoom({
    settings,
    onCreate: (ctx) => log.push(`create ${ctx.phase}`),
    onJoin: (ctx, m) => log.push(`join ${m.id} ${ctx.phase}`),
    onLeave: (_ctx, m, reason) => log.push(`leave ${m.id} ${reason}`),
    onStart: (ctx) => log.push(`start ${ctx.phase}`),
    onTick: (ctx) => {
      if (!log.includes('tick')) log.push('tick');
      ctx.state.set('ticks', ctx.tick);
    },
    onEnd: (ctx, reason) => {
      log.push(`end ${reason} ${ctx.phase}`);
      return { reason };
    },
    onDispose: () => log.push('dispose'),
  });
}

function roomTimers(t: TestServer): string[] {
  return Object.keys(t.server.timers.live()).filter((n) => n.startsWith('room.'));
}

async function client(t: TestServer, id: string): Promise<GeoplayClient> {
  const { client } = tappedClient(t.server.wsUrl, await t.token(id));
  await client.start();
  return client;
}

test('lobby -> countdown -> running -> ended (timeout) -> disposed, and no room timer survives', async () => {
  const log: string[] = [];
  const t = await startRoomServer({
    life: recordingRoom(log, { fillTimeoutMs: 100, countdownMs: 100, maxRunMs: 300, endedLingerMs: 200 }),
  });
  try {
    const a = await client(t, 'a');
    const room = await a.rooms.join({ type: 'life' });
    const phases: string[] = [room.phase];
    room.on('phase', (p) => {
      if (phases.at(-1) !== p) phases.push(p);
    });
    let result: unknown;
    room.on('ended', (r) => (result = r));
    const left = new Promise<string>((resolve) => room.on('left', resolve));
    assert.ok(roomTimers(t).includes('room.tick'));
    assert.equal(await left, 'disposed');
    assert.deepEqual(phases, ['lobby', 'countdown', 'running', 'ended']);
    assert.deepEqual(result, { reason: 'timeout' });
    assert.ok((room.get<number>('ticks') ?? 0) > 0, 'onTick ran while running');
    assert.deepEqual(log, [
      'create lobby',
      'join a lobby',
      'start running',
      'tick',
      'end timeout ended',
      'leave a disposed',
      'dispose',
    ]);
    assert.equal(t.server.rooms!.rooms.size, 0);
    assert.deepEqual(roomTimers(t), [], 'no room timer survives disposal');
    assert.equal(a.rooms.current, undefined);
    a.close();
  } finally {
    await t.stop();
  }
});

test('a lobby without minPlayers at its fill timeout ends abandoned; an emptied room is disposed after its grace', async () => {
  const log: string[] = [];
  const t = await startRoomServer({
    duo: recordingRoom(log, { minPlayers: 2, fillTimeoutMs: 150, endedLingerMs: 50 }),
    solo: recordingRoom(log, { fillTimeoutMs: 60_000, emptyGraceMs: 100 }),
  });
  try {
    const a = await client(t, 'a');
    const duo = await a.rooms.join({ type: 'duo' });
    const ended = new Promise<unknown>((resolve) => duo.on('ended', resolve));
    assert.deepEqual(await ended, { reason: 'abandoned' });
    await until(() => t.server.rooms!.rooms.size === 0, 'duo disposed');
    assert.ok(!log.includes('start running'));
    log.length = 0;
    const solo = await a.rooms.join({ type: 'solo' });
    await solo.leave();
    assert.equal(t.server.rooms!.rooms.size, 1, 'an empty room lives for its grace time');
    assert.ok(roomTimers(t).includes('room.empty'));
    await until(() => t.server.rooms!.rooms.size === 0, 'empty room disposed');
    assert.deepEqual(log, ['create lobby', 'join a lobby', 'leave a left', 'end abandoned ended', 'dispose']);
    assert.deepEqual(roomTimers(t), []);
    a.close();
  } finally {
    await t.stop();
  }
});

test('a room fills to maxPlayers and starts its countdown at once; server shutdown disposes every room', async () => {
  const log: string[] = [];
  const t = await startRoomServer({ trio: recordingRoom(log, { maxPlayers: 3, fillTimeoutMs: 60_000 }) });
  const clients: GeoplayClient[] = [];
  try {
    for (const id of ['a', 'b', 'c']) clients.push(await client(t, id));
    const rooms = await Promise.all(clients.map((c) => c.rooms.join({ type: 'trio' })));
    await until(() => rooms.every((r) => r.phase === 'countdown' || r.phase === 'running'), 'countdown');
    assert.ok(roomTimers(t).length > 0);
  } finally {
    for (const c of clients) c.close();
    await t.stop();
  }
  assert.ok(log.includes('dispose'), 'closing the server disposes its rooms');
  assert.equal(t.server.timers.size, 0);
});
