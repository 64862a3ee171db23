/**
 * The SDK's cost of receiving a room update, frame to application: `GeoplayClient` over a socket
 * that only hands it frames, a joined room, and a `change` listener that reads its own entry as
 * the rooms benchmark's client does (geoplayClient.ts: `set.includes(key)`, `room.get(key)`).
 * Beside it, `light`: what geoplayLightClient.ts does with the same frame (decodeFrame, indexOf on
 * the keys, JSON.parse of its own value). Updates of 10 entries, as the benchmark's rooms send,
 * in another order each tick. ns per update, best of 5 batches; three pairs, alternating.
 *
 *   node --import tsx bench/rooms/sdkReceive.ts [updates 200000] [clients 1]
 */
import { GeoplayClient, type WebSocketLike } from '../../client/index.js';
import { decodeFrame, encodeFrame, type EnvelopeInit } from '../../src/protocol/frame.js';

const N = Number(process.argv[2] ?? 200_000);
/** Clients taking the updates in turn (a bot worker holds hundreds: their state is not all in cache). */
const CLIENTS = Number(process.argv[3] ?? 1);
const K = 10;
const ROOM = '01J0000000000000000000ROOM';
const keys = Array.from({ length: K }, (_, i) => `bench-${1000 + i}`);
const own = keys[3]!;

/** A socket that delivers what `deliver` is given and keeps what the client sends. */
class FrameSocket implements WebSocketLike {
  binaryType = 'nodebuffer';
  readyState = 1;
  bufferedAmount = 0;
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: { code: number; reason: string }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  readonly sent: Uint8Array[] = [];
  private listener: ((data: Uint8Array, isBinary: boolean) => void) | undefined;
  send(data: Uint8Array): void {
    if (this.sent.length < 64) this.sent.push(data);
  }
  close(): void {}
  on(_event: 'message', listener: (data: Uint8Array, isBinary: boolean) => void): void {
    this.listener = listener;
  }
  deliver(frame: Uint8Array): void {
    this.listener!(frame, true);
  }
}

/**
 * The keys of tick `tick`'s update: all of them, in another order each tick, as a room's members'
 * inputs arrive (a fixed pseudo-random shuffle, the same every run).
 */
function keysOf(tick: number): string[] {
  const order = keys.slice();
  let x = tick * 2654435761;
  for (let i = order.length - 1; i > 0; i--) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const j = x % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function update(tick: number, snapshot: boolean): Uint8Array {
  const set = keysOf(tick);
  const env: EnvelopeInit = {
    roomUpdate: {
      roomId: ROOM,
      tick,
      baseTick: snapshot ? tick : tick - 1,
      snapshot,
      phase: 3,
      setKeys: set,
      setValues: set.map((_, i) => `[${tick},${tick * 2 + i}]`),
      ...(snapshot ? { roomType: 'bench' } : {}),
    },
  };
  return encodeFrame(env);
}

// Frames of consecutive ticks, as the server sends them: 1 is the snapshot, 2.. the updates.
const FRAMES = 1000;
const frames = Array.from({ length: FRAMES }, (_, i) => update(i + 2, false));

/** A client seated in a room; each call of the step hands it the next update frame. */
async function joinedClient(): Promise<() => number> {
  let socket: FrameSocket | undefined;
  const client = new GeoplayClient('ws://bench.invalid/ws', 'token', {
    webSocket: () => (socket = new FrameSocket()),
    reconnect: false,
    clockSyncIntervalMs: 3_600_000,
  });
  const started = client.start();
  // start() makes the socket once its factory is settled, then waits for the hello.
  while (!socket) await new Promise((r) => setImmediate(r));
  const s: FrameSocket = socket;
  s.onopen?.({});
  s.deliver(encodeFrame({ seq: 1, serverHello: { sessionId: 's', playerId: 'p', resumeToken: 't' } }));
  await started;
  const joining = client.rooms.join({ type: 'bench' });
  const req = s.sent.map((f) => decodeFrame(f, 1 << 20)).find((e) => !(e instanceof Error) && e.roomJoin);
  if (!req || req instanceof Error) throw new Error('no RoomJoin sent');
  s.deliver(
    encodeFrame({ roomResult: { requestId: req.roomJoin!.requestId, roomId: ROOM, roomType: 'bench' } }),
  );
  s.deliver(update(1, true));
  const room = await joining;
  let sum = 0;
  room.on('change', (set) => {
    if (!set.includes(own)) return;
    sum += room.get<[number, number]>(own)![1];
  });
  // The frames are replayed in rounds: the room's tick restarts where the frames do.
  let next = 0;
  return () => {
    if (next === 0) room.tick = 1;
    s.deliver(frames[next]!);
    next = (next + 1) % FRAMES;
    return sum;
  };
}

function light(): () => number {
  let sum = 0;
  let next = 0;
  return () => {
    const env = decodeFrame(frames[next]!, 1 << 20);
    next = (next + 1) % FRAMES;
    if (env instanceof Error) throw env;
    const u = env.roomUpdate!;
    const i = u.setKeys!.indexOf(own);
    if (i >= 0) sum += (JSON.parse(u.setValues![i]!) as [number, number])[1];
    return sum;
  };
}

function time(step: () => number): number {
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    let x = 0;
    const t = performance.now();
    for (let n = 0; n < N; n++) x = step();
    best = Math.min(best, ((performance.now() - t) * 1e6) / N);
    if (x < 0) throw new Error('unreachable');
  }
  return Math.round(best);
}

const sdkSteps = await Promise.all(Array.from({ length: CLIENTS }, () => joinedClient()));
let turn = 0;
const sdkStep = (): number => {
  const step = sdkSteps[turn]!;
  turn = turn + 1 === CLIENTS ? 0 : turn + 1;
  return step();
};
const lightStep = light();
for (let pair = 0; pair < 3; pair++) {
  process.stdout.write(
    `${JSON.stringify({ updates: N, entries: K, clients: CLIENTS, sdk_ns: time(sdkStep), light_ns: time(lightStep) })}\n`,
  );
}
process.exit(0);
