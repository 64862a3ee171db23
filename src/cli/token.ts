import { parseArgs } from 'node:util';
import { ConfigError, type ConfigKey, configKeys, flagNameOf, loadConfig } from '../config.js';
import { createLogger } from '../ops/logger.js';
import { AuthError, resolveJwtSecret, TokenAuthority } from '../session/auth.js';

export const tokenUsage = `geoplay token <playerId> [--name NAME] [--team N] [--ttl SECONDS] [--data DIR] [--config FILE]
Prints a player token signed with the server's secret (GEOPLAY_JWT_SECRET, or the dev secret in --data).`;

export async function main(argv: string[]): Promise<number> {
  const options: Record<string, { type: 'string' }> = {
    name: { type: 'string' },
    team: { type: 'string' },
    ttl: { type: 'string' },
    config: { type: 'string' },
  };
  for (const key of configKeys) options[flagNameOf(key)] = { type: 'string' };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    const playerId = positionals[0];
    if (!playerId || positionals.length > 1) {
      process.stderr.write(`usage: ${tokenUsage}\n`);
      return 2;
    }
    const flags: Partial<Record<ConfigKey, string>> = {};
    for (const key of configKeys) {
      const v = values[flagNameOf(key)];
      if (typeof v === 'string') flags[key] = v;
    }
    const configFile = typeof values.config === 'string' ? values.config : undefined;
    const config = loadConfig(configFile ? { flags, configFile } : { flags });
    const team = typeof values.team === 'string' ? Number(values.team) : 0;
    const ttl = typeof values.ttl === 'string' ? Number(values.ttl) : config.tokenTtlS;
    if (!(Number.isInteger(team) && team >= 0 && team <= 255) || !(Number.isInteger(ttl) && ttl > 0)) {
      process.stderr.write('geoplay token: --team must be an integer 0-255 and --ttl a positive integer\n');
      return 2;
    }
    const log = createLogger({ level: 'warn', destination: process.stderr });
    const secret = resolveJwtSecret({
      jwtSecret: config.jwtSecret,
      devAuth: config.devAuth ?? false,
      dataDir: config.data,
      log,
    });
    const name = typeof values.name === 'string' ? values.name : playerId;
    const token = await new TokenAuthority(secret, ttl).issue({ playerId, name, team });
    process.stdout.write(`${token}\n`);
    return 0;
  } catch (err) {
    if (
      err instanceof ConfigError ||
      err instanceof AuthError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`geoplay token: ${(err as Error).message}\n`);
      return 2;
    }
    throw err;
  }
}
