import WebSocket from 'ws';
import { z } from 'zod';
import { GeoplayClient, type WebSocketLike } from '../../client/index.js';
import { defineGame, defineRoom, type RoomSettings, roomMessage } from '../../src/game/index.js';
import { decodeFrame, type Envelope } from '../../src/protocol/frame.js';
import type { Poi } from '../../src/world/poiTypes.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** A test room: members add to a shared total and to their own count. */
export function counterRoom(settings: Partial<RoomSettings> = {}) {
  return defineRoom({
    settings: { fillTimeoutMs: 50, countdownMs: 20, ...settings },
    messages: {
      add: roomMessage(z.object({ n: z.number().int().min(1).max(10) }), (ctx, member, { n }) => {
        ctx.state.set('total', (ctx.state.get<number>('total') ?? 0) + n);
        ctx.state.set(`p:${member.id}`, (ctx.state.get<number>(`p:${member.id}`) ?? 0) + n);
      }),
      boom: roomMessage(z.object({}), () => {
        throw new Error('a handler bug');
      }),
      // A game bug of another kind: a value JSON has no text for (bad), set beside a good change.
      bigint: roomMessage(z.object({ bad: z.boolean() }), (ctx, _member, { bad }) => {
        ctx.state.set('odd', bad ? 1n : 1);
        ctx.state.set('total', (ctx.state.get<number>('total') ?? 0) + 1);
      }),
    },
    onCreate(ctx) {
      ctx.state.set('total', 0);
    },
  });
}

export async function startRoomServer(
  rooms: Record<string, ReturnType<typeof counterRoom>> | Parameters<typeof defineGame>[0]['rooms'],
  config: Parameters<typeof startTestServer>[0] = {},
  pois: Poi[] = [],
): Promise<TestServer> {
  const game = defineGame({ name: 'roomtest', world: { tickHz: 20 }, actions: {}, rooms: rooms ?? {} });
  return startTestServer({ messagesPerSecond: 200, messagesBurst: 400, ...config }, undefined, {
    game,
    pois,
  });
}

/** The raw bytes of every frame a client received, in order, with their decoded envelopes. */
export interface Tap {
  frames: { bytes: Buffer; env: Envelope }[];
}

/** An SDK client whose socket also records every frame it receives, byte for byte. */
export function tappedClient(
  url: string,
  token: string,
  opts: ConstructorParameters<typeof GeoplayClient>[2] = {},
): { client: GeoplayClient; tap: Tap } {
  const tap: Tap = { frames: [] };
  const client = new GeoplayClient(url, token, {
    ...opts,
    webSocket: (u) => {
      const ws = new WebSocket(u, { perMessageDeflate: false });
      ws.on('message', (data: Buffer) => {
        const bytes = Buffer.from(data);
        const env = decodeFrame(new Uint8Array(bytes), 16 * 1024 * 1024);
        if (!(env instanceof Error)) tap.frames.push({ bytes, env });
      });
      return ws as unknown as WebSocketLike;
    },
  });
  return { client, tap };
}

export async function until<T>(
  fn: () => T | undefined | false,
  what = 'condition',
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
