import { z } from 'zod';
import {
  defineRoom,
  type PoiInfo,
  type RoomContext,
  type RoomSchedule,
  type RoomSettings,
  roomMessage,
} from '../../src/game/index.js';

/**
 * Raids of the creatures game: every gym hosts a raid boss on a schedule; players within reach of
 * the gym (or holding a remote pass) join its raid in groups of up to 10; members attack at most
 * 10 times a second; damage comes from the move, the attacker's level and the room's seeded
 * random numbers; the raid ends when the boss faints or time runs out, and a defeated boss gives
 * every member its rewards once (op id `raid:<room id>:<player id>`). Written only against the
 * public room API.
 */

export const RAID_BOSSES = ['embercub', 'zephyrix', 'boulderon', 'aurorix'] as const;

export interface RaidOptions {
  species: string;
  level: number;
  maxHp: number;
  /** The raid window at this gym (server clock). */
  startsAtMs: number;
  endsAtMs: number;
}

export interface BossState {
  species: string;
  level: number;
  maxHp: number;
  hp: number;
}

export interface FighterState {
  damage: number;
  attacks: number;
}

export interface RaidResult {
  outcome: 'defeated' | 'escaped' | 'abandoned';
  species: string;
  hpLeft: number;
  damage: Record<string, number>;
  rewards: Record<string, Record<string, number>>;
}

export interface RaidRoomOptions {
  /** A raid appears at each gym once per cycle, ms. Default one hour. */
  cycleMs?: number;
  /** For this long, ms. Default 45 minutes. */
  activeMs?: number;
  /** Boss hit points per boss level. Default 1000. */
  hpPerLevel?: number;
  settings?: Partial<RoomSettings>;
}

/** Base damage of each move. */
export const MOVES = { quick: 10, charged: 35 } as const;

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The raid at a gym at a time: a pure function of the gym id, the time and the cycle. */
export function raidAt(
  poi: PoiInfo,
  nowMs: number,
  cycleMs: number,
  activeMs: number,
  hpPerLevel: number,
): RoomSchedule<RaidOptions> | undefined {
  const offset = hash(poi.id) % cycleMs;
  const slot = Math.floor((nowMs + offset) / cycleMs);
  const startsAtMs = slot * cycleMs - offset;
  const endsAtMs = startsAtMs + activeMs;
  if (nowMs >= endsAtMs) return undefined;
  const h = hash(`${poi.id}:${slot}`);
  const level = 20 + (h % 16);
  return {
    key: String(slot),
    endsAtMs,
    options: {
      species: RAID_BOSSES[(h >>> 8) % RAID_BOSSES.length]!,
      level,
      maxHp: level * hpPerLevel,
      startsAtMs,
      endsAtMs,
    },
  };
}

/** Damage of one attack: the move, the attacker's level, and 85-115% from the room's RNG. */
export function damage(move: keyof typeof MOVES, level: number, roll: number): number {
  return Math.max(1, Math.round(MOVES[move] * (1 + level / 10) * (0.85 + roll * 0.3)));
}

async function finish(ctx: RoomContext<RaidOptions>, hpLeft: number, timedOut: boolean): Promise<RaidResult> {
  const boss = ctx.options;
  const defeated = hpLeft <= 0;
  const result: RaidResult = {
    outcome: defeated ? 'defeated' : timedOut ? 'escaped' : 'abandoned',
    species: boss.species,
    hpLeft,
    damage: {},
    rewards: {},
  };
  const grants: [string, Promise<unknown>][] = [];
  for (const m of ctx.members.values()) {
    result.damage[m.id] = ctx.state.get<FighterState>(`p:${m.id}`)?.damage ?? 0;
    if (!defeated) continue;
    const items = { rare_candy: 1 + Math.floor(ctx.rng() * 3), [`creature:${boss.species}`]: 1 };
    result.rewards[m.id] = items;
    // One op per member and raid: granted once, whatever happens to the member's connection.
    grants.push([m.id, ctx.grant(m.id, items, `raid:${ctx.id}:${m.id}`)]);
  }
  // The result shows rewards the store has. A grant it refused for good (the server logs it with
  // its op id) is left out of the result; the others' rewards and the outcome still show.
  const settled = await Promise.allSettled(grants.map(([, p]) => p));
  settled.forEach((s, i) => {
    if (s.status === 'rejected') delete result.rewards[grants[i]![0]];
  });
  return result;
}

export function createRaidRoom(opts: RaidRoomOptions = {}) {
  const cycleMs = opts.cycleMs ?? 3_600_000;
  const activeMs = opts.activeMs ?? 2_700_000;
  const hpPerLevel = opts.hpPerLevel ?? 1000;
  return defineRoom<RaidOptions>({
    settings: {
      maxPlayers: 10,
      fillTimeoutMs: 20_000,
      countdownMs: 5_000,
      maxRunMs: 180_000,
      ...opts.settings,
    },
    placement: {
      poiKind: 'gym',
      passItem: 'remote_pass',
      schedule: (poi, nowMs) => raidAt(poi, nowMs, cycleMs, activeMs, hpPerLevel),
    },
    messages: {
      attack: roomMessage(
        z.object({ move: z.enum(['quick', 'charged']) }),
        (ctx: RoomContext<RaidOptions>, member, { move }) => {
          if (ctx.phase !== 'running') return;
          const boss = ctx.state.get<BossState>('boss')!;
          if (boss.hp <= 0) return;
          const dmg = damage(move, member.level, ctx.rng());
          ctx.state.set('boss', { ...boss, hp: Math.max(0, boss.hp - dmg) });
          const key = `p:${member.id}`;
          const me = ctx.state.get<FighterState>(key) ?? { damage: 0, attacks: 0 };
          ctx.state.set(key, { damage: me.damage + dmg, attacks: me.attacks + 1 });
          if (boss.hp - dmg <= 0) ctx.end();
        },
        { maxPerSecond: 10 },
      ),
    },
    onCreate(ctx) {
      const o = ctx.options;
      ctx.state.set('boss', { species: o.species, level: o.level, maxHp: o.maxHp, hp: o.maxHp });
    },
    onJoin(ctx, member) {
      if (!ctx.state.has(`p:${member.id}`)) ctx.state.set(`p:${member.id}`, { damage: 0, attacks: 0 });
    },
    onEnd(ctx, reason) {
      return finish(ctx, ctx.state.get<BossState>('boss')?.hp ?? 0, reason === 'timeout');
    },
  });
}

/** The default raids: one an hour at every gym, 45 minutes long. */
export const raidRoom = createRaidRoom();
