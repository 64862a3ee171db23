/**
 * One client of the geoplay target for the rooms benchmark (the ConnectRoomClient of target.ts),
 * through the SDK as a game would use it: a dev token, `GeoplayClient`, then
 * `client.rooms.join(...)`. The members of one harness room join as one party (id `r<room>`, size
 * `roomSize`): the matchmaker seats a party together or not at all, in a room of its own when the
 * room type has exactly `roomSize` seats, so harness rooms and geoplay rooms are the same groups.
 */
import WebSocket from 'ws';
import { GeoplayClient, type WebSocketLike } from '../../client/index.js';
import { BENCH_INPUT, BENCH_ROOM_TYPE, type BenchEntry, benchKey } from './geoplayGame.js';
import type { ConnectRoomClient } from './target.js';

type BenchPayloads = { [BENCH_INPUT]: { id: number; v: number } };

/** A token for `playerId` from the server's dev endpoint (dev auth is on in the benchmark's server). */
export async function devToken(wsUrl: string, playerId: string): Promise<string> {
  const http = wsUrl.replace(/^ws/, 'http').replace(/\/ws$/, '');
  const res = await fetch(`${http}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ playerId }),
  });
  if (!res.ok) throw Object.assign(new Error(`dev token: HTTP ${res.status}`), { code: 'TOKEN_FAILED' });
  return ((await res.json()) as { token: string }).token;
}

function coded(err: unknown, fallback: string): Error {
  const code = (err as { code?: unknown } | null)?.code;
  const e = err instanceof Error ? err : new Error(String(err));
  return Object.assign(e, { code: typeof code === 'string' && code ? code : fallback });
}

export const connect: ConnectRoomClient = async (spec, events) => {
  const playerId = `bench-${spec.client}`;
  const token = await devToken(spec.url, playerId);
  const client = new GeoplayClient(spec.url, token, {
    webSocket: (u) => {
      const ws = new WebSocket(u, { perMessageDeflate: false, localAddress: spec.localAddress });
      // The SDK closing a socket still connecting makes `ws` emit 'error' with no listener left.
      ws.on('error', () => {});
      return ws as unknown as WebSocketLike;
    },
    // A lost connection is a disconnect of the run, not something to hide behind a reconnect.
    reconnect: false,
    clientName: 'geoplay-bench-rooms',
  });
  let joined = false;
  client.on('close', (code) => {
    if (joined) events.closed(`close_${code}`);
  });
  try {
    await client.start();
  } catch (err) {
    client.close();
    throw coded(err, 'CONNECT_FAILED');
  }
  const key = benchKey(playerId);
  let room: Awaited<ReturnType<typeof client.rooms.join<BenchPayloads>>>;
  try {
    room = await client.rooms.join<BenchPayloads>({
      type: BENCH_ROOM_TYPE,
      party: { id: `r${spec.room}`, size: spec.roomSize },
    });
  } catch (err) {
    client.close();
    throw coded(err, 'JOIN_FAILED');
  }
  joined = true;
  room.on('change', (set) => {
    if (!set.includes(key)) {
      events.update(undefined, undefined);
      return;
    }
    const entry = room.get<BenchEntry>(key);
    events.update(entry?.[0], entry?.[1]);
  });
  room.on('error', (err) => events.error(err.code));
  room.on('left', (reason) => {
    if (joined) events.closed(`ROOM_LEFT_${reason}`);
  });
  return {
    send: (id, value) => room.send(BENCH_INPUT, { id, v: value }),
    close: () => {
      joined = false;
      client.close();
    },
  };
};
