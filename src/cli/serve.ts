import { parseArgs } from 'node:util';
import { ConfigError, type ConfigKey, configKeys, flagNameOf, loadConfig } from '../config.js';
import { isStoreError } from '../cluster/store/index.js';
import { ListenError } from '../net/listenError.js';
import { createLogger } from '../ops/logger.js';
import { disablePretenuring } from '../ops/v8Flags.js';
import { GeoplayServer } from '../server.js';
import { PoiFileError } from '../world/poiTypes.js';

export const serveUsage = `geoplay serve [--host H] [--port P] [--data DIR] [--config FILE] [--<any-config-key> VALUE]
Every flag is also an environment variable GEOPLAY_<KEY> (see docs/CONFIG.md).`;

/** Parses `--flag value` pairs for every config key; throws ConfigError on an unknown flag. */
export function parseConfigFlags(argv: string[]): {
  flags: Partial<Record<ConfigKey, string>>;
  configFile?: string;
} {
  const options: Record<string, { type: 'string' }> = { config: { type: 'string' } };
  for (const key of configKeys) options[flagNameOf(key)] = { type: 'string' };
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new ConfigError(err instanceof Error ? err.message : String(err));
  }
  const flags: Partial<Record<ConfigKey, string>> = {};
  for (const key of configKeys) {
    const v = values[flagNameOf(key)];
    if (typeof v === 'string') flags[key] = v;
  }
  const configFile = typeof values.config === 'string' ? values.config : undefined;
  return configFile ? { flags, configFile } : { flags };
}

export async function main(argv: string[]): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    const { flags, configFile } = parseConfigFlags(argv);
    config = loadConfig(configFile ? { flags, configFile } : { flags });
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`geoplay serve: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (!config.allocationSitePretenuring) disablePretenuring();
  const log = createLogger({ level: config.logLevel });
  let server: GeoplayServer;
  try {
    const game =
      config.game === 'creatures' ? (await import('../../games/creatures/index.js')).creatures : undefined;
    server = await GeoplayServer.start({ config, log, ...(game ? { game } : {}) });
  } catch (err) {
    // A broken POI file, a store that cannot open, or a listener that cannot listen (a port in
    // use or not allowed, a host not on this machine): say what and stop, no stack.
    if (err instanceof PoiFileError || isStoreError(err) || err instanceof ListenError) {
      process.stderr.write(`geoplay serve: ${(err as Error).message}\n`);
      return 2;
    }
    throw err;
  }
  return new Promise<number>((resolve) => {
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      signals++;
      if (signals > 1) {
        log.warn({ signal }, 'second signal: exiting now');
        resolve(1);
        return;
      }
      log.info({ signal }, 'signal received: draining');
      server.drain(`server received ${signal}`).then(
        () => resolve(0),
        (err: unknown) => {
          log.error({ err }, 'drain failed');
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
