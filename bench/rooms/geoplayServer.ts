/**
 * geoplay running the rooms benchmark's game (geoplayGame.ts), started by the geoplay target in its
 * own process, under the contract of the peers (bench/peers/README.md): `--port 0 --host H
 * --room-size R --tick-hz H`, one `{"listening":PORT}` line on stdout, stops on SIGTERM or when its
 * stdin closes. Configuration as `geoplay serve` takes it (GEOPLAY_* environment variables, e.g.
 * GEOPLAY_MESSAGES_PER_SECOND), over these defaults: no store (the bench room journals nothing), no
 * generated world, dev tokens on (the clients fetch theirs from /api/dev/token), a connection
 * limit per address above the run's clients, warnings only in the log.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/ops/logger.js';
import { disablePretenuring } from '../../src/ops/v8Flags.js';
import { GeoplayServer } from '../../src/server.js';
import { benchRoomsGame } from './geoplayGame.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      'room-size': { type: 'string', default: '10' },
      'tick-hz': { type: 'string', default: '20' },
    },
  });
  const roomSize = Number(values['room-size']);
  const tickHz = Number(values['tick-hz']);
  const dataDir = mkdtempSync(join(tmpdir(), 'geoplay-bench-rooms-'));
  const config = loadConfig({
    overrides: {
      data: dataDir,
      store: 'none',
      logLevel: 'warn',
      devAuth: true,
      jwtSecret: randomBytes(32).toString('hex'),
      maxConnectionsPerIp: 100_000,
    },
    flags: { host: values.host, port: values.port },
  });
  // As `geoplay serve` does (config allocationSitePretenuring).
  if (!config.allocationSitePretenuring) disablePretenuring();
  const log = createLogger({ level: config.logLevel });
  const server = await GeoplayServer.start({ config, log, game: benchRoomsGame(roomSize, tickHz), pois: [] });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // The run is over: close at once rather than drain (a drain would invite the clients back).
    void server.close().finally(() => {
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.stdout.write(`${JSON.stringify({ listening: server.port })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `geoplay bench server: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
