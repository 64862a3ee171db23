import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { z } from 'zod';

/**
 * Server configuration. Every key can come from (later wins): the defaults below, a JSON config
 * file (`--config` / GEOPLAY_CONFIG), an environment variable GEOPLAY_<KEY_IN_SNAKE_CASE>, and a
 * command-line flag --<key-in-kebab-case>. docs/CONFIG.md lists them; a bad value refuses to start
 * with a message naming the key and where the value came from.
 */
const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const nonNegativeInt = z.coerce.number().int().min(0);
const bool = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  return v;
}, z.boolean());
const list = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : v,
  z.array(z.string()),
);

export const configSchema = z
  .object({
    host: z.string().min(1).default('127.0.0.1').describe('Address to listen on'),
    port: port.default(8080).describe('HTTP and WebSocket port (0 = any free port)'),
    listenBacklog: positiveInt
      .max(65_535)
      .default(4096)
      .describe('Connections the kernel queues before the server accepts them'),
    opsPort: port
      .optional()
      .describe('Port of a second listener with only /healthz, /readyz and /metrics (0 = any free port)'),
    opsHost: z.string().min(1).default('127.0.0.1').describe('Address the ops listener listens on'),
    data: z.string().min(1).default('./data').describe('Data directory (dev secret, embedded store)'),
    logLevel: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info')
      .describe('pino log level'),
    nodeId: z.string().min(1).default(`${hostname()}-${process.pid}`).describe('Name of this node'),
    jwtSecret: z.string().min(32).optional().describe('HS256 secret for player tokens (32+ chars)'),
    devAuth: bool
      .optional()
      .describe('POST /api/dev/token and a generated secret; default on unless NODE_ENV=production'),
    tokenTtlS: positiveInt
      .default(86_400)
      .describe('Lifetime of tokens issued by the dev endpoint and `geoplay token`'),
    allowedOrigins: list
      .default([])
      .describe('Browser Origins allowed to open /ws (comma list; empty = any)'),
    maxFrameBytes: z.coerce
      .number()
      .int()
      .min(64)
      .max(16_777_216)
      .default(65_536)
      .describe('Largest frame accepted'),
    maxConnectionsPerIp: positiveInt.default(100).describe('Open WebSockets per client IP'),
    messagesPerSecond: positiveInt.default(50).describe('Frames per session per second (token bucket rate)'),
    messagesBurst: positiveInt.default(100).describe('Token bucket size for frames'),
    locationReportsPerSecond: positiveInt.default(5).describe('Location reports per session per second'),
    locationReportsBurst: positiveInt.default(10).describe('Token bucket size for location reports'),
    abuseDropLimit: positiveInt
      .default(200)
      .describe('Dropped frames within abuseWindowMs that close the session with 1008'),
    abuseWindowMs: positiveInt.default(10_000).describe('Window for abuseDropLimit'),
    helloTimeoutMs: positiveInt.default(10_000).describe('Time a new socket has to send ClientHello'),
    heartbeatIntervalMs: z.coerce.number().int().min(50).default(15_000).describe('Server Ping interval'),
    heartbeatMissedLimit: positiveInt.default(3).describe('Unanswered Pings that close the session'),
    coalesceBytes: positiveInt
      .default(262_144)
      .describe('Socket backlog above which world deltas are coalesced instead of sent'),
    slowConsumerBytes: positiveInt
      .default(1_048_576)
      .describe('Socket backlog that closes the session with 1013'),
    slowConsumerMs: positiveInt
      .default(10_000)
      .describe('Time a session may stay over coalesceBytes before it is closed with 1013'),
    resumeGraceMs: nonNegativeInt
      .default(60_000)
      .describe('How long a dropped session is kept for a resume (0 = sessions end at the drop)'),
    replayRingFrames: positiveInt
      .default(128)
      .describe('Numbered frames each session keeps for replay after a resume'),
    replayRingBytes: positiveInt
      .default(65_536)
      .describe('Bytes of numbered frames each session keeps for replay after a resume'),
    game: z
      .enum(['creatures', 'none'])
      .default('creatures')
      .describe('Game to run (none: sessions only, no world)'),
    poiFile: z
      .string()
      .min(1)
      .optional()
      .describe('GeoJSON FeatureCollection of POIs; without it a demo world is generated'),
    demoLat: z.coerce
      .number()
      .min(-85)
      .max(85)
      .default(35.6586)
      .describe('Centre of the generated demo world (latitude)'),
    demoLng: z.coerce
      .number()
      .min(-180)
      .max(180)
      .default(139.7454)
      .describe('Centre of the generated demo world (longitude)'),
    demoRadiusM: z.coerce
      .number()
      .min(100)
      .max(30_000)
      .default(4000)
      .describe('Radius of the generated demo world, metres'),
    store: z
      .enum(['auto', 'none'])
      .default('auto')
      .describe(
        'Durable store: auto = PostgreSQL when databaseUrl is set, else embedded PGlite in <data>/pglite; none = memory only, lost on restart',
      ),
    databaseUrl: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional()
      .describe('PostgreSQL connection URL; unset: embedded PGlite'),
    storeTimeoutMs: positiveInt
      .default(2_000)
      .describe('PostgreSQL connect and statement timeout; past it actions fail with UNAVAILABLE'),
    commitIntervalMs: nonNegativeInt
      .default(0)
      .describe(
        'Journal group commit: 0 = continuous (next commit as soon as one ends), else at most one per interval',
      ),
    commitMaxOps: positiveInt.default(2_000).describe('Most ops in one journal commit'),
    snapshotIntervalMs: positiveInt
      .default(60_000)
      .describe('How often shards whose place state changed save a snapshot to the store'),
    offlineOpMaxAgeMs: positiveInt
      .default(900_000)
      .describe('Offline actions made longer ago than this are rejected as EXPIRED'),
    drainDeadlineMs: positiveInt.default(10_000).describe('Longest a SIGTERM/SIGINT drain may take'),
    drainReconnectMs: nonNegativeInt.default(1_000).describe('Base reconnect hint in Drain frames'),
    drainReconnectJitterMs: nonNegativeInt
      .default(4_000)
      .describe('Random extra spread over the reconnect hint'),
    allocationSitePretenuring: bool
      .default(false)
      .describe("V8's allocation-site pretenuring in the `geoplay serve` process (off by default)"),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
export type ConfigKey = keyof Config;

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const configKeys = Object.keys(configSchema.shape) as ConfigKey[];

export function envNameOf(key: string): string {
  return `GEOPLAY_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

export function flagNameOf(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export interface ConfigSources {
  /** Values from command-line flags, by config key. */
  flags?: Partial<Record<ConfigKey, string | boolean>>;
  env?: NodeJS.ProcessEnv;
  /** Path of a JSON config file; overrides GEOPLAY_CONFIG. */
  configFile?: string;
  /** Values given in code (tests, embedding); applied after the file and before env and flags. */
  overrides?: Partial<ConfigInput>;
}

/** Builds and validates the configuration; throws ConfigError naming the bad key and its source. */
export function loadConfig(sources: ConfigSources = {}): Config {
  const env = sources.env ?? process.env;
  const merged: Record<string, unknown> = {};
  const origin: Record<string, string> = {};
  const file = sources.configFile ?? env.GEOPLAY_CONFIG;
  if (file) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new ConfigError(`config file ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new ConfigError(`config file ${file}: expected a JSON object`);
    }
    for (const [k, v] of Object.entries(parsed)) {
      merged[k] = v;
      origin[k] = `config file ${file}`;
    }
  }
  for (const [k, v] of Object.entries(sources.overrides ?? {})) {
    if (v === undefined) continue;
    merged[k] = v;
    origin[k] = 'options';
  }
  for (const key of configKeys) {
    const name = envNameOf(key);
    const v = env[name];
    if (v !== undefined && v !== '') {
      merged[key] = v;
      origin[key] = `${name}=${JSON.stringify(v)}`;
    }
  }
  for (const [k, v] of Object.entries(sources.flags ?? {})) {
    if (v === undefined) continue;
    merged[k] = v;
    origin[k] = `--${flagNameOf(k)}=${JSON.stringify(v)}`;
  }
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return `unknown config key(s) ${issue.keys.join(', ')}${issue.keys[0] && origin[issue.keys[0]] ? ` (from ${origin[issue.keys[0]]})` : ''}`;
      }
      const key = String(issue.path[0] ?? '');
      // Never echo a secret back into logs or terminals.
      const shown = key === 'jwtSecret' ? origin[key]?.replace(/=.*$/, '=<redacted>') : origin[key];
      const from = shown ? ` (from ${shown})` : '';
      return `${key}${from}: ${issue.message}`;
    });
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const config = result.data;
  const production = env.NODE_ENV === 'production';
  if (config.devAuth === undefined) config.devAuth = !production;
  if (production && config.devAuth) {
    throw new ConfigError('invalid configuration: devAuth cannot be enabled when NODE_ENV=production');
  }
  if (!config.jwtSecret && (production || !config.devAuth)) {
    throw new ConfigError(
      production
        ? 'GEOPLAY_JWT_SECRET is required when NODE_ENV=production (32 or more random characters); dev auth is off in production'
        : 'jwtSecret (GEOPLAY_JWT_SECRET) is required when devAuth is off',
    );
  }
  return config;
}
