// Members cut off by a TCP proxy mid-battle: within the reconnection window they resume, get a
// snapshot and converge with the server; after it, onLeave runs and they are told on return.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { CutProxy } from '../../bench/proxy.js';
import type { GeoplayClient, RoomHandle } from '../../client/index.js';
import { defineRoom, type RoomSettings, roomMessage } from '../../src/game/index.js';
import { sleep, startRoomServer, tappedClient, until } from './helpers.js';

function battleRoom(log: string[], reconnectionWindowMs: number, settings: Partial<RoomSettings> = {}) {
  return defineRoom({
    settings: { fillTimeoutMs: 60_000, countdownMs: 20, maxPlayers: 3, reconnectionWindowMs, ...settings },
    messages: {
      hit: roomMessage(z.object({ n: z.number().int().min(1).max(5) }), (ctx, m, { n }) => {
        ctx.state.set('hp', (ctx.state.get<number>('hp') ?? 0) - n);
        ctx.state.set(`p:${m.id}`, (ctx.state.get<number>(`p:${m.id}`) ?? 0) + n);
      }),
    },
    onCreate: (ctx) => ctx.state.set('hp', 100_000),
    onDrop: (_ctx, m) => log.push(`drop ${m.id}`),
    onReconnect: (_ctx, m) => log.push(`reconnect ${m.id}`),
    onLeave: (_ctx, m, reason) => log.push(`leave ${m.id} ${reason}`),
  });
}

function serverState(room: { state: { keys(): Iterable<string>; get(k: string): unknown } }): string {
  return JSON.stringify([...room.state.keys()].sort().map((k) => [k, room.state.get(k)]));
}

function clientState(h: RoomHandle): string {
  return JSON.stringify([...h.state.keys()].sort().map((k) => [k, h.state.get(k)]));
}

test('a member cut off mid-battle resumes within the window, gets a snapshot and converges', async () => {
  const log: string[] = [];
  const t = await startRoomServer({ battle: battleRoom(log, 10_000) }, { resumeGraceMs: 20_000 });
  const proxy = await CutProxy.start({ targetPort: t.server.port });
  const clients: GeoplayClient[] = [];
  let hitting: ReturnType<typeof setInterval> | undefined;
  try {
    for (const [id, url] of [
      ['cut', `ws://127.0.0.1:${proxy.port}/ws`],
      ['b', t.server.wsUrl],
      ['c', t.server.wsUrl],
    ] as const) {
      const { client } = tappedClient(url, await t.token(id), { backoff: { baseMs: 50, capMs: 100 } });
      await client.start();
      clients.push(client);
    }
    const rooms = await Promise.all(clients.map((c) => c.rooms.join({ type: 'battle' })));
    await until(() => rooms.every((r) => r.phase === 'running'), 'running');
    const [cut, b] = rooms as [RoomHandle, RoomHandle, RoomHandle];
    // Everyone hits every 30 ms; the SDK drops sends while disconnected.
    hitting = setInterval(() => rooms.forEach((r) => r.send('hit', { n: 1 })), 30);
    await sleep(300);
    const snapshotsBefore = cut.stats.snapshots;
    proxy.cutAll();
    await until(() => log.includes('drop cut'), 'the server saw the drop');
    await sleep(200); // the battle goes on without it
    await until(() => log.includes('reconnect cut'), 'the member is back');
    await sleep(300);
    clearInterval(hitting);
    const server = t.server.rooms!.rooms.get(cut.id)!;
    await until(
      () => rooms.every((r) => clientState(r) === serverState(server)) || undefined,
      `every member converges on ${serverState(server)}: ${rooms.map(clientState).join(' | ')}`,
    );
    assert.ok(cut.stats.snapshots > snapshotsBefore, 'the resumed member got a snapshot');
    assert.equal(clients[0]!.stats.resumes, 1);
    assert.equal(clients[0]!.stats.gaps, 0, 'unnumbered room frames never count as a gap');
    assert.equal(cut.members.get('cut')?.connected, true);
    assert.equal(b.members.get('cut')?.connected, true, 'the others see it back');
    assert.ok(cut.get<number>('p:cut')! > 0);
    assert.ok(!log.some((l) => l.startsWith('leave')));
    assert.equal(server.members.size, 3);
  } finally {
    clearInterval(hitting);
    for (const c of clients) c.close();
    await proxy.close();
    await t.stop();
  }
});

test('after the reconnection window onLeave runs, the others see the seat go, and the member is told on return', async () => {
  const log: string[] = [];
  const t = await startRoomServer({ battle: battleRoom(log, 300) }, { resumeGraceMs: 20_000 });
  const proxy = await CutProxy.start({ targetPort: t.server.port });
  const clients: GeoplayClient[] = [];
  try {
    for (const [id, url] of [
      ['gone', `ws://127.0.0.1:${proxy.port}/ws`],
      ['stay', t.server.wsUrl],
    ] as const) {
      const { client } = tappedClient(url, await t.token(id), { backoff: { baseMs: 50, capMs: 100 } });
      await client.start();
      clients.push(client);
    }
    const [gone, stay] = await Promise.all(clients.map((c) => c.rooms.join({ type: 'battle' })));
    const leaves: string[] = [];
    stay!.on('leave', (id) => leaves.push(id));
    const reason = new Promise<string>((resolve) => gone!.on('left', resolve));
    proxy.down = true;
    proxy.cutAll();
    await until(() => log.includes('leave gone reconnect_timeout'), 'onLeave after the window');
    await until(() => leaves.includes('gone'), 'the other member sees the seat go');
    assert.equal(stay!.members.has('gone'), false);
    proxy.down = false;
    assert.equal(await reason, 'reconnect_timeout');
    assert.equal(clients[0]!.rooms.current, undefined);
    assert.equal(clients[0]!.stats.resumes, 1, 'the session itself resumed');
    // The seat is free again: the player can join anew.
    const again = await clients[0]!.rooms.join({ roomId: stay!.id });
    assert.equal(again.id, stay!.id);
  } finally {
    for (const c of clients) c.close();
    await proxy.close();
    await t.stop();
  }
});

test('a party member whose connection drops while the party forms is seated on resume, not dropped', async () => {
  const log: string[] = [];
  const t = await startRoomServer(
    { battle: battleRoom(log, 10_000, { partyTimeoutMs: 5_000 }) },
    { resumeGraceMs: 20_000 },
  );
  const proxy = await CutProxy.start({ targetPort: t.server.port });
  const clients: GeoplayClient[] = [];
  try {
    for (const [id, url] of [
      ['cut', `ws://127.0.0.1:${proxy.port}/ws`],
      ['b', t.server.wsUrl],
    ] as const) {
      const { client } = tappedClient(url, await t.token(id), { backoff: { baseMs: 50, capMs: 100 } });
      await client.start();
      clients.push(client);
    }
    const [cutClient, bClient] = clients as [GeoplayClient, GeoplayClient];
    const party = { id: 'duo', size: 2 };
    const cutJoin = cutClient.rooms.join({ type: 'battle', party });
    await sleep(200); // the ticket reaches the server and waits for the party
    proxy.down = true;
    proxy.cutAll();
    await until(() => t.server.sessions.detached === 1, 'the server saw the drop');
    // The rest of the party comes while the first member is away: the party fills.
    const b = await bClient.rooms.join({ type: 'battle', party });
    proxy.down = false;
    const cut = await cutJoin;
    assert.equal(cut.id, b.id, 'one room for the party');
    assert.equal(cutClient.stats.resumes, 1, 'the session resumed');
    await until(() => cut.members.has('b') && b.members.has('cut'), 'each sees the other');
    assert.equal(t.server.rooms!.rooms.get(b.id)?.members.size, 2);
  } finally {
    for (const c of clients) c.close();
    await proxy.close();
    await t.stop();
  }
});

test('a join pending when the session is lost for good is rejected at once, and can be asked again', async () => {
  const log: string[] = [];
  const t = await startRoomServer(
    { battle: battleRoom(log, 10_000, { partyTimeoutMs: 60_000 }) },
    { resumeGraceMs: 200 },
  );
  const proxy = await CutProxy.start({ targetPort: t.server.port });
  const { client } = tappedClient(`ws://127.0.0.1:${proxy.port}/ws`, await t.token('solo'), {
    backoff: { baseMs: 50, capMs: 100 },
  });
  try {
    await client.start();
    const party = { id: 'never-full', size: 2 };
    const pending = client.rooms.join({ type: 'battle', party });
    const outcome = pending.then(
      () => 'joined',
      (e: { code: string }) => e.code,
    );
    await sleep(200); // the ticket waits on the server
    proxy.down = true;
    proxy.cutAll();
    await until(() => t.server.sessions.size === 0, 'the session is gone after its grace');
    const back = Date.now();
    proxy.down = false;
    assert.equal(await outcome, 'NOT_CONNECTED');
    assert.ok(Date.now() - back < 5_000, 'rejected when the new session starts, not at the timeout');
    assert.equal(client.resumed, false, 'a new session');
    // The old ticket went with the old session: the player can ask again.
    const again = client.rooms.join({ type: 'battle', party: { id: 'never-full', size: 1 } });
    assert.equal((await again).type, 'battle');
  } finally {
    client.close();
    await proxy.close();
    await t.stop();
  }
});
