import { z } from 'zod';
import { defineAction, defineGame, type PlayerView } from '../../src/game/index.js';

/**
 * Tag: one player is "it"; "it" tags another player within reach, who becomes "it".
 * No spawns, no POIs needed: only positions, which the server fuses and never takes from the client.
 */
export function createTagGame(reachM = 15) {
  let it: string | undefined;
  const tags = new Map<string, number>();

  function join(player: PlayerView): void {
    it ??= player.id; // the first player in is "it"
  }

  function leave(player: PlayerView): void {
    if (it === player.id) it = undefined;
  }

  return defineGame({
    name: 'tag',
    world: { aoiRadiusM: 200, interactionRadiusM: reachM, tickHz: 10 },
    hooks: { onJoin: join, onLeave: leave },
    actions: {
      tag: defineAction(z.object({ playerId: z.string().min(1) }), (ctx) => {
        if (it === undefined) it = ctx.player.id;
        if (it !== ctx.player.id) return ctx.fail('INVALID', 'only the player who is "it" can tag');
        if (ctx.payload.playerId === ctx.player.id) return ctx.fail('INVALID', 'you cannot tag yourself');
        const target = ctx.world.playersWithin(1000).find((h) => h.item.id === ctx.payload.playerId);
        if (!target) return ctx.fail('NOT_FOUND', `${ctx.payload.playerId} is not around`);
        if (target.distanceM > reachM) {
          return ctx.fail('OUT_OF_RANGE', `${Math.round(target.distanceM)} m away; get within ${reachM} m`);
        }
        it = target.item.id;
        tags.set(ctx.player.id, (tags.get(ctx.player.id) ?? 0) + 1);
        return { it, distanceM: Math.round(target.distanceM), tagsByYou: tags.get(ctx.player.id) };
      }),
      status: defineAction(z.object({}), () => ({ it, scores: Object.fromEntries(tags) }), {
        needsPosition: false,
      }),
    },
  });
}
