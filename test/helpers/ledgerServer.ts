/**
 * A geoplay server in its own process for crash tests: a small "ledger" game whose only action adds
 * coins, so the test can check the store's invariant (coins = the sum of the accepted ops) after
 * `kill -9` at random moments. Config comes from GEOPLAY_* variables; prints {"port":N} once
 * listening.
 */
import { z } from 'zod';
import { loadConfig } from '../../src/config.js';
import { defineAction, defineGame } from '../../src/game/index.js';
import { silentLogger } from '../../src/ops/logger.js';
import { GeoplayServer } from '../../src/server.js';

export const ledger = defineGame({
  name: 'ledger',
  actions: {
    tap: defineAction(
      z.object({ n: z.number().int().min(1).max(3) }),
      (ctx) => {
        ctx.inventory.add('coin', ctx.payload.n);
        ctx.cooldowns.start('tap', 1);
        return { added: ctx.payload.n, coins: ctx.inventory.count('coin') };
      },
      { needsPosition: false, maxPerSecond: 100_000 },
    ),
  },
});

const config = loadConfig({ env: process.env, overrides: { host: '127.0.0.1', port: 0, devAuth: true } });
const server = await GeoplayServer.start({ config, log: silentLogger(), game: ledger, pois: [] });
process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);
