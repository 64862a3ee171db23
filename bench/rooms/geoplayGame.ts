import { z } from 'zod';
import { defineGame, defineRoom, type Game, roomMessage } from '../../src/game/index.js';

/** The room type of the benchmark game; clients join it with `client.rooms.join({ type })`. */
export const BENCH_ROOM_TYPE = 'bench';
/** The input message of the scenario: `{ id, v }`. */
export const BENCH_INPUT = 'in';

/**
 * State key of a member's entry, `[last input id, sum of values]`: the player id itself (the only
 * keys of the room), so the handler looks up a string it already has rather than building one.
 */
export function benchKey(playerId: string): string {
  return playerId;
}

/** A member's entry as the room state holds it. */
export type BenchEntry = [lastInput: number, sum: number];

/**
 * The rooms scenario of bench/rooms/target.ts as a geoplay game: one room type of `roomSize` seats
 * whose only message is an input `{ id, v }`; the room keeps each member's last input id and the
 * sum of its values under its player id and sends the changed entries every tick (`tickHz`).
 * Everything else is the rooms layer as a game gets it: schema and rate checks, lifecycle,
 * reconnection window, snapshots.
 */
export function benchRoomsGame(roomSize: number, tickHz: number): Game {
  const bench = defineRoom({
    settings: {
      tickHz,
      maxPlayers: roomSize,
      // Twice the scenario's 20 Hz, so a client catching up after a stall is not refused.
      maxMessagesPerSecond: 40,
      // The harness's joins time out at 30 s; a party (one harness room) must not time out first.
      partyTimeoutMs: 60_000,
      // A run lasts minutes; the room must not end under it.
      maxRunMs: 3_600_000,
    },
    messages: {
      [BENCH_INPUT]: roomMessage(
        z.object({ id: z.number().int().min(1).max(0xffffffff), v: z.number().int().min(-1000).max(1000) }),
        (ctx, member, { id, v }) => {
          const key = benchKey(member.id);
          const entry = ctx.state.get<BenchEntry>(key);
          // Inputs arrive in order on one connection: an old or repeated id is not applied twice.
          if (!entry || id <= entry[0]) return;
          ctx.state.set(key, [id, entry[1] + v]);
        },
      ),
    },
    onJoin(ctx, member) {
      ctx.state.set(benchKey(member.id), [0, 0]);
    },
    onLeave(ctx, member) {
      ctx.state.delete(benchKey(member.id));
    },
  });
  return defineGame({ name: 'bench-rooms', actions: {}, rooms: { [BENCH_ROOM_TYPE]: bench } });
}
