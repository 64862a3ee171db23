import { z } from 'zod';
import { defineAction, defineGame } from '../../src/game/index.js';
import { raidRoom } from './raid.js';

/**
 * The reference game: wild creatures spawn on a schedule, players catch them within reach, spin
 * stops for items, list what is nearby, and fight raids at gyms (raid.ts). Written only against
 * the public game API.
 */
export const SPECIES = [
  { species: 'sproutle', weight: 30, minLevel: 1, maxLevel: 20 },
  { species: 'embercub', weight: 20, minLevel: 1, maxLevel: 25 },
  { species: 'puddlepup', weight: 20, minLevel: 1, maxLevel: 25 },
  { species: 'zephyrix', weight: 15, minLevel: 5, maxLevel: 30 },
  { species: 'boulderon', weight: 10, minLevel: 10, maxLevel: 30 },
  { species: 'aurorix', weight: 5, minLevel: 20, maxLevel: 35 },
];

const SPIN_COOLDOWN_S = 5 * 60;
const CLAIM_COOLDOWN_S = 60;
const NEARBY_RADIUS_M = 200;
const ITEMS = ['ball', 'ball', 'ball', 'potion', 'berry'];

/** Higher levels are harder to catch: 90% at level 1 down to 30% at level 35. */
export function catchChance(level: number): number {
  return Math.max(0.3, 0.9 - (level - 1) * (0.6 / 34));
}

export const creatures = defineGame({
  name: 'creatures',
  world: { seed: 'creatures-1', aoiRadiusM: 300, interactionRadiusM: 80, tickHz: 5 },
  spawns: { densityPerKm2: 120, table: SPECIES },
  actions: {
    catch: defineAction(z.object({ spawnId: z.string().min(1).max(64) }), (ctx) => {
      const spawn = ctx.world.spawn(ctx.payload.spawnId);
      if (!spawn) return ctx.fail('NOT_FOUND', `no active spawn ${ctx.payload.spawnId} near you`);
      if (ctx.nowMs >= spawn.expiresAtMs) return ctx.fail('EXPIRED', 'the creature has left');
      const distanceM = ctx.world.distanceTo(spawn.lat, spawn.lng);
      const reach = ctx.params.interactionRadiusM;
      if (distanceM > reach)
        return ctx.fail('OUT_OF_RANGE', `${Math.round(distanceM)} m away; get within ${reach} m`);
      const key = `caught:${spawn.id}`;
      if (ctx.cooldowns.remainingS(key) > 0) return ctx.fail('INVALID', 'already caught');
      if (!ctx.inventory.take('ball')) {
        // Everyone always has a few balls: a spin refills them; a new player starts with some.
        if (ctx.inventory.count('ball:starter') > 0) return ctx.fail('INVALID', 'out of balls: spin a stop');
        ctx.inventory.add('ball:starter', 1);
        ctx.inventory.add('ball', 19);
      }
      const caught = ctx.rng() < catchChance(spawn.level);
      if (caught) {
        ctx.inventory.add(`creature:${spawn.species}`);
        // A spawn is caught at most once per player: remember it until it would have expired.
        ctx.cooldowns.start(key, (spawn.expiresAtMs - ctx.nowMs) / 1000 + 1);
      }
      return { caught, species: spawn.species, level: spawn.level, distanceM: Math.round(distanceM) };
    }),
    spin: defineAction(z.object({ poiId: z.string().min(1).max(64) }), (ctx) => {
      const poi = ctx.world.poi(ctx.payload.poiId);
      if (!poi) return ctx.fail('NOT_FOUND', `no POI ${ctx.payload.poiId}`);
      if (poi.kind !== 'stop') return ctx.fail('INVALID', `${poi.name} is a gym, not a stop`);
      const distanceM = ctx.world.distanceTo(poi.lat, poi.lng);
      const reach = ctx.params.interactionRadiusM;
      if (distanceM > reach)
        return ctx.fail('OUT_OF_RANGE', `${Math.round(distanceM)} m away; get within ${reach} m`);
      const key = `spin:${poi.id}`;
      const left = ctx.cooldowns.remainingS(key);
      if (left > 0)
        return ctx.fail('COOLDOWN', `spun recently; again in ${Math.ceil(left)} s`, Math.ceil(left));
      ctx.cooldowns.start(key, SPIN_COOLDOWN_S);
      const items: Record<string, number> = {};
      const n = 3 + Math.floor(ctx.rng() * 3);
      for (let i = 0; i < n; i++) {
        const item = ITEMS[Math.floor(ctx.rng() * ITEMS.length)]!;
        items[item] = (items[item] ?? 0) + 1;
        ctx.inventory.add(item);
      }
      return { items, poi: poi.name };
    }),
    // A gym belongs to the team that claimed it last: world state shared by every player.
    claim: defineAction(z.object({ gymId: z.string().min(1).max(64) }), (ctx) => {
      const gym = ctx.world.poi(ctx.payload.gymId);
      if (!gym) return ctx.fail('NOT_FOUND', `no POI ${ctx.payload.gymId}`);
      if (gym.kind !== 'gym') return ctx.fail('INVALID', `${gym.name} is a stop, not a gym`);
      const distanceM = ctx.world.distanceTo(gym.lat, gym.lng);
      const reach = ctx.params.interactionRadiusM;
      if (distanceM > reach)
        return ctx.fail('OUT_OF_RANGE', `${Math.round(distanceM)} m away; get within ${reach} m`);
      if (ctx.player.team === 0) return ctx.fail('INVALID', 'join a team before claiming gyms');
      const key = `claim:${gym.id}`;
      const left = ctx.cooldowns.remainingS(key);
      if (left > 0)
        return ctx.fail('COOLDOWN', `claimed recently; again in ${Math.ceil(left)} s`, Math.ceil(left));
      ctx.cooldowns.start(key, CLAIM_COOLDOWN_S);
      const holder = { team: ctx.player.team, by: ctx.player.id, sinceMs: ctx.nowMs };
      ctx.places.set(gym.id, holder);
      return { gym: gym.name, ...holder };
    }),
    gym: defineAction(
      z.object({ gymId: z.string().min(1).max(64) }),
      (ctx) => {
        const gym = ctx.world.poi(ctx.payload.gymId);
        if (!gym || gym.kind !== 'gym') return ctx.fail('NOT_FOUND', `no gym ${ctx.payload.gymId}`);
        return { gym: gym.name, holder: ctx.places.get(gym.id) };
      },
      { needsPosition: false, readOnly: true },
    ),
    nearby: defineAction(
      z.object({}).strict(),
      (ctx) =>
        ctx.world.spawnsWithin(NEARBY_RADIUS_M).map((h) => ({
          spawnId: h.item.id,
          species: h.item.species,
          level: h.item.level,
          distanceM: Math.round(h.distanceM),
          expiresAtMs: h.item.expiresAtMs,
        })),
      { maxPerSecond: 2, readOnly: true },
    ),
    inventory: defineAction(z.object({}).strict(), (ctx) => ctx.inventory.all(), {
      needsPosition: false,
      readOnly: true,
    }),
  },
  rooms: { raid: raidRoom },
});

export default creatures;
