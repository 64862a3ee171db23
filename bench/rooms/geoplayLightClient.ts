/**
 * One client of the `geoplay-light` target for the rooms benchmark: the same server as the
 * `geoplay` target, driven by a client as light as the bare-ws peer's, so that the two cores the
 * server shares with the load generator are not spent on the SDK's room model. It speaks the
 * protocol with the project's own codec (`encodeFrame`, `decodeFrame`: header, CRC32C and the whole
 * Envelope decoded by the generated code) and does what the server requires of a client: the
 * ClientHello, seq and ack on every envelope, a Pong for every Ping, RoomJoin with the harness
 * room as a party. What it leaves out is the SDK's room mirror, member list and events: for an
 * update it looks only for its own entry among the keys set and parses that value alone. Nor does
 * it check `base_tick` (the SDK drops updates after a gap until a snapshot): within one
 * connection the server sends a member every update or, after holding some back, a snapshot.
 * docs/BENCHMARKS.md, "Rooms", says why and what each client costs.
 */
import WebSocket from 'ws';
import { decodeFrame, encodeFrame, type Envelope, type EnvelopeInit } from '../../src/protocol/frame.js';
import type { geoplay } from '../../src/protocol/gen/geoplay.js';
import { BENCH_INPUT, BENCH_ROOM_TYPE, type BenchEntry, benchKey } from './geoplayGame.js';
import { devToken } from './geoplayClient.js';
import type { ConnectRoomClient } from './target.js';

const MAX_FRAME = 1 << 20;
const JOIN_REQUEST = 1;
const encoder = new TextEncoder();

function failure(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

export const connect: ConnectRoomClient = async (spec, events) => {
  const playerId = `bench-${spec.client}`;
  const key = benchKey(playerId);
  const token = await devToken(spec.url, playerId);
  const ws = new WebSocket(`${spec.url}?token=${encodeURIComponent(token)}`, {
    perMessageDeflate: false,
    localAddress: spec.localAddress,
  });
  let outSeq = 0;
  let inSeq = 0;
  let roomId = '';
  let joined = false;
  const send = (env: EnvelopeInit): boolean => {
    if (ws.readyState !== WebSocket.OPEN) return false;
    env.seq = ++outSeq;
    env.ack = inSeq;
    ws.send(encodeFrame(env));
    return true;
  };

  const ready = new Promise<void>((resolve, reject) => {
    const onEnvelope = (env: Envelope): void => {
      switch (env.body) {
        case 'roomUpdate': {
          const u = env.roomUpdate as geoplay.v1.RoomUpdate;
          if (u.roomId !== roomId) return;
          if (!joined) {
            if (!u.snapshot) return;
            joined = true;
            resolve();
          }
          const i = u.setKeys.indexOf(key);
          if (i < 0) {
            events.update(undefined, undefined);
            return;
          }
          const entry = JSON.parse(u.setValues[i]!) as BenchEntry;
          events.update(entry[0], entry[1]);
          return;
        }
        case 'ping': {
          const p = env.ping!;
          const now = performance.timeOrigin + performance.now();
          send({ pong: { id: p.id, originTimeMs: p.originTimeMs, receiveTimeMs: now, transmitTimeMs: now } });
          return;
        }
        case 'serverHello':
          send({
            roomJoin: {
              requestId: JOIN_REQUEST,
              roomType: BENCH_ROOM_TYPE,
              partyId: `r${spec.room}`,
              partySize: spec.roomSize,
            },
          });
          return;
        case 'roomResult': {
          const r = env.roomResult as geoplay.v1.RoomResult;
          if (r.requestId !== JOIN_REQUEST) {
            if (r.left && joined) events.closed(`ROOM_LEFT_${r.reason || 'left'}`);
            return;
          }
          if (r.errorCode) reject(failure(r.errorCode, r.errorMessage || 'join refused'));
          else roomId = r.roomId;
          return;
        }
        case 'roomError':
          events.error(env.roomError!.code || 'ROOM_ERROR');
          return;
        default:
          return;
      }
    };
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) return;
      const env = decodeFrame(data, MAX_FRAME);
      if (env instanceof Error) {
        events.error(env.code);
        return;
      }
      if (env.seq > inSeq) inSeq = env.seq;
      onEnvelope(env);
    });
    ws.on('open', () => send({ clientHello: { protocolVersion: 1, client: 'geoplay-bench-rooms-light' } }));
    ws.on('error', (err: Error & { code?: string }) => {
      if (!joined) reject(failure(err.code ?? 'CONNECT_FAILED', err.message));
    });
    ws.on('close', (code: number) => {
      if (joined) events.closed(`close_${code}`);
      else reject(failure(`close_${code}`, `closed ${code} before joining`));
    });
  });
  try {
    await ready;
  } catch (err) {
    ws.terminate();
    throw err;
  }
  return {
    send: (id, value) =>
      send({
        roomMessage: { roomId, type: BENCH_INPUT, payload: encoder.encode(JSON.stringify({ id, v: value })) },
      }),
    close: () => {
      joined = false;
      ws.close();
    },
  };
};
