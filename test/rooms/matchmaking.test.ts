// Location-based matchmaking with the creatures raid: range from the server-side position, the
// remote pass, capacity and parties under many simultaneous joins.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClientError, type GeoplayClient, type RoomHandle } from '../../client/index.js';
import { createRaidRoom } from '../../games/creatures/raid.js';
import type { Poi } from '../../src/world/poiTypes.js';
import type { TestServer } from '../helpers/server.js';
import { startRoomServer, tappedClient, until } from './helpers.js';

const GYM_A: Poi = { id: 'gym-a', name: 'Gym A', kind: 'gym', lat: 51.5, lng: -0.12 };
const GYM_B: Poi = { id: 'gym-b', name: 'Gym B', kind: 'gym', lat: 51.51, lng: -0.12 };
const STOP: Poi = { id: 'stop-a', name: 'Stop A', kind: 'stop', lat: 51.5002, lng: -0.12 };
const POIS = [GYM_A, GYM_B, STOP];
// Raids always on (the window is the whole cycle), long lobbies so rooms only close when full.
const raid = () =>
  createRaidRoom({
    cycleMs: 3_600_000,
    activeMs: 3_600_000,
    settings: { fillTimeoutMs: 60_000, partyTimeoutMs: 400 },
  });

async function player(t: TestServer, id: string, at?: { lat: number; lng: number }): Promise<GeoplayClient> {
  const { client } = tappedClient(t.server.wsUrl, await t.token(id));
  await client.start();
  if (at) {
    client.reportLocation({ ...at, accuracyM: 5 });
    await until(() => t.server.runtime!.world.session(client.hello!.sessionId)?.hasPosition, `${id} placed`);
  }
  return client;
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof ClientError, String(err));
    return err.code;
  }
  assert.fail('the join should have been refused');
}

test('raids near the player: the server-side position within 80 m, or anywhere with a remote pass', async () => {
  const t = await startRoomServer({ raid: raid() }, {}, POIS);
  const clients: GeoplayClient[] = [];
  try {
    const near = await player(t, 'near', { lat: 51.5003, lng: -0.12 }); // ~33 m from gym A
    const far = await player(t, 'far', { lat: 51.505, lng: -0.12 }); // ~550 m from both gyms
    const nowhere = await player(t, 'nowhere');
    clients.push(near, far, nowhere);
    t.server.runtime!.addItems('near', { level: 7 });
    const r = await near.rooms.join({ type: 'raid' });
    const room = t.server.rooms!.rooms.get(r.id)!;
    assert.equal(room.place?.id, 'gym-a', 'the nearest gym with a raid');
    assert.equal(r.members.get('near')?.level, 7, 'the ticket carries the level');
    assert.deepEqual(Object.keys(r.get<object>('boss')!).sort(), ['hp', 'level', 'maxHp', 'species']);
    assert.equal(await refusal(far.rooms.join({ type: 'raid' })), 'ROOM_NOT_FOUND');
    assert.equal(await refusal(far.rooms.join({ type: 'raid', poiId: 'gym-a' })), 'ROOM_OUT_OF_RANGE');
    assert.equal(await refusal(far.rooms.join({ roomId: r.id })), 'ROOM_OUT_OF_RANGE');
    assert.equal(await refusal(far.rooms.join({ type: 'raid', poiId: 'stop-a' })), 'ROOM_NOT_FOUND');
    assert.equal(await refusal(nowhere.rooms.join({ type: 'raid', poiId: 'gym-a' })), 'ROOM_OUT_OF_RANGE');
    // The client's own idea of where it is does not count: only the server's fused position.
    t.server.runtime!.addItems('far', { remote_pass: 1 });
    const remote = await far.rooms.join({ type: 'raid', poiId: 'gym-a' });
    assert.equal(remote.id, r.id, 'the pass joins the same raid group from anywhere');
    const b = await nowhere.rooms.join({ type: 'raid', poiId: 'gym-b' }).catch((e: ClientError) => e.code);
    assert.equal(b, 'ROOM_OUT_OF_RANGE');
  } finally {
    for (const c of clients) c.close();
    await t.stop();
  }
});

test('many simultaneous joiners, solo and in parties: no room over its max, every party in one room', async () => {
  const t = await startRoomServer({ raid: raid() }, {}, POIS);
  const clients: GeoplayClient[] = [];
  const maxSeen = new Map<string, number>();
  try {
    const at = { lat: 51.5001, lng: -0.1201 };
    const ids: { id: string; party?: { id: string; size: number } }[] = [];
    for (let p = 0; p < 5; p++)
      for (let k = 0; k < 3; k++) ids.push({ id: `party${p}-${k}`, party: { id: `p${p}`, size: 3 } });
    for (let s = 0; s < 16; s++) ids.push({ id: `solo${s}` });
    const all = await Promise.all(ids.map((x) => player(t, x.id, at)));
    clients.push(...all);
    // Watch every room's size on every server event-loop turn while the joins land.
    const watch = setInterval(() => {
      for (const room of t.server.rooms!.rooms.values()) {
        maxSeen.set(room.id, Math.max(maxSeen.get(room.id) ?? 0, room.members.size));
      }
    }, 1);
    const handles = await Promise.all(
      all.map((c, i) => c.rooms.join({ type: 'raid', ...(ids[i]!.party ? { party: ids[i]!.party } : {}) })),
    );
    clearInterval(watch);
    const rooms = [...t.server.rooms!.rooms.values()];
    assert.equal(
      rooms.reduce((n, r) => n + r.members.size, 0),
      31,
      'everyone seated',
    );
    assert.equal(rooms.length, 4, '31 players in rooms of 10');
    for (const r of rooms) assert.ok(r.members.size <= 10, `room ${r.id} has ${r.members.size}`);
    for (const [id, n] of maxSeen) assert.ok(n <= 10, `room ${id} reached ${n}`);
    for (let p = 0; p < 5; p++) {
      const party = handles.filter((_, i) => ids[i]!.party?.id === `p${p}`) as RoomHandle[];
      assert.equal(new Set(party.map((h) => h.id)).size, 1, `party p${p} sits together`);
      assert.equal(party[0]!.members.get(`party${p}-0`)?.partyId, `p${p}`);
    }
    handles.forEach((h, i) => assert.equal(t.server.rooms!.roomOf(ids[i]!.id)?.id, h.id));
  } finally {
    for (const c of clients) c.close();
    await t.stop();
  }
});

test('a party whose members do not all join in time is refused as a whole', async () => {
  const t = await startRoomServer({ raid: raid() }, {}, POIS);
  const clients: GeoplayClient[] = [];
  try {
    const at = { lat: 51.5001, lng: -0.1201 };
    const a = await player(t, 'a', at);
    const b = await player(t, 'b', at);
    clients.push(a, b);
    const party = { id: 'trio', size: 3 };
    const codes = await Promise.all([
      refusal(a.rooms.join({ type: 'raid', party })),
      refusal(b.rooms.join({ type: 'raid', party })),
    ]);
    assert.deepEqual(codes, ['ROOM_PARTY_INCOMPLETE', 'ROOM_PARTY_INCOMPLETE']);
    assert.equal(t.server.rooms!.rooms.size, 0, 'no room was opened for half a party');
    assert.deepEqual(
      Object.keys(t.server.timers.live()).filter((n) => n.startsWith('room.')),
      [],
    );
    // Both are free to join again.
    const again = await a.rooms.join({ type: 'raid' });
    assert.ok(again.id);
  } finally {
    for (const c of clients) c.close();
    await t.stop();
  }
});
