import type { Histogram } from 'hdr-histogram-js';
import { ClientError, type GeoplayClient, type RoomHandle } from '../../client/index.js';
import type { RaidSpec, WorkerCounters } from './protocol.js';

/**
 * The raid scenario of one bot: stand at its group's gym, join the gym's raid as a party of its
 * group (so each group fills a room of its own), attack at the given rate while the raid runs,
 * and join the next raid when the room is gone. Measures input-to-own-effect: from sending an
 * attack to the room update that shows the bot's own attack count past it.
 */
export interface RaidBot {
  readonly index: number;
  readonly id: string;
  readonly client: GeoplayClient;
}

export interface RaidEnv {
  readonly spec: RaidSpec;
  readonly idPrefix: string;
  readonly count: number;
  readonly counters: WorkerCounters;
  readonly inputToEffect: Histogram;
  holding(): boolean;
  stopping(): boolean;
  now(): number;
}

const M_PER_DEG_LAT = 111_320;
const PENDING_MAX_MS = 5000;

interface Fighter {
  attacks: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/** Runs one bot's raids until the worker stops. */
export async function raidLoop(b: RaidBot, env: RaidEnv): Promise<void> {
  const { spec, counters } = env;
  const group = Math.floor(b.index / spec.roomSize);
  const size = Math.min(spec.roomSize, env.count - group * spec.roomSize);
  const gym = spec.gyms[group % spec.gyms.length]!;
  // Within 20 m of the gym, spread so the bots are not one point.
  const angle = (b.index * 2.399963) % (2 * Math.PI);
  const r = 5 + (b.index % 15);
  const lat = gym.lat + (Math.cos(angle) * r) / M_PER_DEG_LAT;
  const lng = gym.lng + (Math.sin(angle) * r) / (M_PER_DEG_LAT * Math.cos((gym.lat * Math.PI) / 180));
  let round = 0;
  let placedSession = '';
  while (!env.stopping()) {
    const c = b.client;
    if (c.state !== 'connected') {
      await sleep(200);
      continue;
    }
    if (placedSession !== c.hello?.sessionId) {
      // Reported before the join on the same socket: the server has the position when it reads the join.
      c.reportLocation({ lat, lng, accuracyM: 5 });
      placedSession = c.hello?.sessionId ?? '';
    }
    let room: RoomHandle;
    try {
      room = await c.rooms.join({
        type: 'raid',
        poiId: gym.id,
        ...(size > 1 ? { party: { id: `${env.idPrefix}g${group}r${round}`, size } } : {}),
        timeoutMs: 60_000,
      });
    } catch (err) {
      const code = err instanceof ClientError ? err.code : 'CLIENT_ERROR';
      bump(counters.roomErrors, code);
      if (code === 'ROOM_PARTY_INCOMPLETE') round++;
      await sleep(500 + (b.index % 10) * 50);
      continue;
    }
    counters.raidsJoined++;
    await fight(b, room, env, group);
    round++;
  }
}

/** Attacks while the raid runs; resolves when the bot is out of the room. */
function fight(b: RaidBot, room: RoomHandle, env: RaidEnv, group: number): Promise<void> {
  const { counters, spec } = env;
  const key = `p:${b.id}`;
  // Send times of attacks not yet seen in the state, oldest first, by the attack count they make.
  const sent: number[] = [];
  let acked = room.get<Fighter>(key)?.attacks ?? 0;
  const leader = b.index === group * spec.roomSize;
  room.on('change', (set) => {
    if (env.holding()) counters.roomUpdates++;
    if (!set.includes(key)) return;
    const n = room.get<Fighter>(key)?.attacks ?? acked;
    const now = env.now();
    while (acked < n && sent.length > 0) {
      const t = sent.shift()!;
      acked++;
      if (env.holding()) env.inputToEffect.recordValue(Math.max(1, Math.round((now - t) * 1000)));
    }
    acked = n;
  });
  room.on('error', (e) => {
    bump(counters.roomErrors, e.code);
    // The refused attack will never show: forget the newest one waiting.
    sent.pop();
  });
  room.on('ended', (result) => {
    if (!leader) return;
    const outcome = (result as { outcome?: string } | null)?.outcome;
    if (outcome === 'defeated') counters.raidsDefeated++;
    else if (outcome === 'escaped') counters.raidsEscaped++;
    else counters.raidsAbandoned++;
  });
  const everyMs = 1000 / spec.inputHz;
  return new Promise<void>((resolve) => {
    // A random phase per bot, so a room's attacks are spread over the tick.
    let timer: ReturnType<typeof setInterval> | undefined;
    const start = setTimeout(
      () => {
        timer = setInterval(() => {
          if (env.stopping() || !room.active) return;
          if (room.phase !== 'running' || b.client.state !== 'connected') return;
          const now = env.now();
          // An attack the room ignored (the boss had fainted) never shows: stop waiting for it.
          while (sent.length > 0 && now - sent[0]! > PENDING_MAX_MS) sent.shift();
          if (room.send('attack', { move: b.index % 4 === 0 ? 'charged' : 'quick' })) {
            sent.push(now);
            if (env.holding()) counters.roomInputs++;
          }
        }, everyMs);
      },
      Math.floor(Math.random() * everyMs),
    );
    const done = () => {
      clearTimeout(start);
      if (timer) clearInterval(timer);
      resolve();
    };
    room.on('left', done);
    // The worker stopping ends the fight too.
    const poll = setInterval(() => {
      if (env.stopping()) {
        clearInterval(poll);
        done();
      }
    }, 200);
    room.on('left', () => clearInterval(poll));
  });
}
