import { z } from 'zod';
import { defineGame, defineRoom, roomMessage } from '../../src/game/index.js';

/**
 * Tap race: up to four players, first to `goal` taps wins a trophy. A whole room in one file.
 */
export function createTapRace(goal = 20) {
  const race = defineRoom({
    settings: { maxPlayers: 4, fillTimeoutMs: 5_000, countdownMs: 3_000, maxRunMs: 60_000 },
    messages: {
      // At most 8 taps a second per player; anything else in the payload is refused.
      tap: roomMessage(
        z.object({ n: z.number().int().min(1).max(3) }).strict(),
        (ctx, player, { n }) => {
          if (ctx.phase !== 'running') return;
          const taps = (ctx.state.get<number>(`taps:${player.id}`) ?? 0) + n;
          ctx.state.set(`taps:${player.id}`, taps);
          if (taps >= goal) {
            ctx.state.set('winner', player.id);
            ctx.end();
          }
        },
        { maxPerSecond: 8 },
      ),
    },
    onJoin(ctx, player) {
      ctx.state.set(`taps:${player.id}`, 0);
    },
    async onEnd(ctx, reason) {
      const winner = ctx.state.get<string>('winner');
      if (winner) await ctx.grant(winner, { trophy: 1 }, `taprace:${ctx.id}`);
      return { winner: winner ?? null, reason };
    },
  });
  return defineGame({ name: 'taprace', actions: {}, rooms: { race } });
}
