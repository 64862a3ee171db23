import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ConfigError, type ConfigSources, loadConfig } from '../src/config.js';

const dir = mkdtempSync(join(tmpdir(), 'geoplay-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function configFile(content: unknown): string {
  const path = join(dir, `config-${++files}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The ConfigError message loadConfig throws for these sources. */
function problem(sources: ConfigSources): string {
  try {
    loadConfig(sources);
  } catch (err) {
    assert.ok(err instanceof ConfigError, `a ConfigError, got ${String(err)}`);
    assert.equal(err.code, 'CONFIG_INVALID');
    return err.message;
  }
  assert.fail('loadConfig accepted the configuration');
}

const SECRET = 's'.repeat(32);

describe('loadConfig: defaults and precedence', () => {
  test('defaults, with an empty environment', () => {
    const c = loadConfig({ env: {} });
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.port, 8080);
    assert.equal(c.maxFrameBytes, 65_536);
    assert.deepEqual(c.allowedOrigins, []);
    assert.equal(c.jwtSecret, undefined);
    assert.equal(c.devAuth, true, 'dev auth is on outside production');
  });

  test('defaults < config file < options < environment < flags, per key', () => {
    const file = configFile({ port: 1001, messagesPerSecond: 11, messagesBurst: 21, abuseDropLimit: 31 });
    const all = {
      configFile: file,
      overrides: { port: 1002, messagesPerSecond: 12, messagesBurst: 22 },
      env: { GEOPLAY_PORT: '1003', GEOPLAY_MESSAGES_PER_SECOND: '13' },
      flags: { port: '1004' },
    };
    const c = loadConfig(all);
    assert.equal(c.port, 1004, 'flag wins over everything');
    assert.equal(c.messagesPerSecond, 13, 'environment wins over options and file');
    assert.equal(c.messagesBurst, 22, 'options win over the file');
    assert.equal(c.abuseDropLimit, 31, 'file wins over the default');
    assert.equal(c.locationReportsBurst, 10, 'default when no source sets it');
    assert.equal(loadConfig({ ...all, flags: {} }).port, 1003);
    assert.equal(loadConfig({ ...all, flags: {}, env: {} }).port, 1002);
    assert.equal(loadConfig({ configFile: file, env: {} }).port, 1001);
  });

  test('GEOPLAY_CONFIG names the file; the configFile option overrides it', () => {
    const a = configFile({ port: 2001 });
    const b = configFile({ port: 2002 });
    assert.equal(loadConfig({ env: { GEOPLAY_CONFIG: a } }).port, 2001);
    assert.equal(loadConfig({ env: { GEOPLAY_CONFIG: a }, configFile: b }).port, 2002);
  });

  test('an empty environment variable counts as unset; unknown GEOPLAY_ variables are ignored', () => {
    const c = loadConfig({ env: { GEOPLAY_PORT: '', GEOPLAY_COLOUR: 'red' }, overrides: { port: 3000 } });
    assert.equal(c.port, 3000);
  });

  test('strings are converted: numbers, booleans, comma lists', () => {
    const c = loadConfig({
      env: {
        GEOPLAY_HEARTBEAT_INTERVAL_MS: '5000',
        GEOPLAY_ALLOWED_ORIGINS: ' https://a.example, https://b.example ,,',
        GEOPLAY_DEV_AUTH: 'off',
        GEOPLAY_JWT_SECRET: 'x'.repeat(32),
      },
      flags: { logLevel: 'debug' },
    });
    assert.equal(c.heartbeatIntervalMs, 5000);
    assert.deepEqual(c.allowedOrigins, ['https://a.example', 'https://b.example']);
    assert.equal(c.devAuth, false);
    assert.equal(c.logLevel, 'debug');
    for (const yes of ['1', 'true', 'YES', 'On']) {
      assert.equal(loadConfig({ env: { GEOPLAY_DEV_AUTH: yes } }).devAuth, true, yes);
    }
    for (const no of ['0', 'false', 'No', 'OFF']) {
      assert.equal(
        loadConfig({ env: { GEOPLAY_DEV_AUTH: no, GEOPLAY_JWT_SECRET: 'x'.repeat(32) } }).devAuth,
        false,
        no,
      );
    }
    assert.equal(
      loadConfig({ env: {}, flags: { devAuth: false, jwtSecret: 'x'.repeat(32) } }).devAuth,
      false,
      'a boolean flag value',
    );
    assert.throws(() => loadConfig({ env: { GEOPLAY_DEV_AUTH: 'off' } }), /required when devAuth is off/);
    const fromFile = loadConfig({
      env: {},
      configFile: configFile({ allowedOrigins: ['https://c.example'] }),
    });
    assert.deepEqual(fromFile.allowedOrigins, ['https://c.example']);
  });
});

describe('loadConfig: bad values name the key and the source', () => {
  test('from a flag', () => {
    assert.match(
      problem({ env: {}, flags: { port: 'eighty' } }),
      /^invalid configuration: port \(from --port="eighty"\): /,
    );
  });

  test('from the environment', () => {
    assert.match(
      problem({ env: { GEOPLAY_MAX_FRAME_BYTES: '-1' } }),
      /maxFrameBytes \(from GEOPLAY_MAX_FRAME_BYTES="-1"\): /,
    );
    assert.match(
      problem({ env: { GEOPLAY_DEV_AUTH: 'maybe' } }),
      /devAuth \(from GEOPLAY_DEV_AUTH="maybe"\): /,
    );
  });

  test('from the config file', () => {
    const file = configFile({ heartbeatIntervalMs: 10 });
    assert.match(
      problem({ env: {}, configFile: file }),
      new RegExp(`heartbeatIntervalMs \\(from config file ${file.replace(/[.\\]/g, '\\$&')}\\): `),
    );
  });

  test('from options', () => {
    assert.match(
      problem({ env: {}, overrides: { logLevel: 'loud' as 'info' } }),
      /logLevel \(from options\): /,
    );
  });

  test('every problem is listed', () => {
    const message = problem({ env: { GEOPLAY_PORT: '70000' }, flags: { jwtSecret: 'short' } });
    assert.match(message, /port \(from GEOPLAY_PORT="70000"\)/);
    // The secret itself is never echoed.
    assert.match(message, /jwtSecret \(from --jwt-secret=<redacted>\)/);
    assert.doesNotMatch(message, /short/);
    assert.match(message, /; /);
  });

  test('limits of the schema', () => {
    assert.match(problem({ env: {}, overrides: { maxFrameBytes: 63 } }), /maxFrameBytes/);
    assert.match(problem({ env: {}, overrides: { maxFrameBytes: 16_777_217 } }), /maxFrameBytes/);
    assert.match(problem({ env: {}, overrides: { messagesPerSecond: 0 } }), /messagesPerSecond/);
    assert.match(problem({ env: {}, overrides: { port: 1.5 } }), /port/);
    assert.equal(loadConfig({ env: {}, overrides: { drainReconnectJitterMs: 0 } }).drainReconnectJitterMs, 0);
  });
});

describe('loadConfig: unknown keys and bad files', () => {
  test('an unknown key in the config file', () => {
    const file = configFile({ port: 8081, colour: 'red' });
    assert.match(
      problem({ env: {}, configFile: file }),
      new RegExp(`unknown config key\\(s\\) colour \\(from config file ${file.replace(/[.\\]/g, '\\$&')}\\)`),
    );
  });

  test('an unknown key in options or flags', () => {
    assert.match(
      problem({ env: {}, overrides: { colour: 'red' } as unknown as ConfigSources['overrides'] }),
      /unknown config key\(s\) colour \(from options\)/,
    );
    const flags = { colour: 'red' } as unknown as ConfigSources['flags'];
    assert.match(problem({ env: {}, flags }), /unknown config key\(s\) colour \(from --colour="red"\)/);
  });

  test('a missing file, a file that is not JSON, and JSON that is not an object', () => {
    assert.match(
      problem({ env: {}, configFile: join(dir, 'missing.json') }),
      /^config file .*missing\.json: /,
    );
    assert.match(problem({ env: {}, configFile: configFile('{port: 1') }), /^config file .*: /);
    assert.match(problem({ env: {}, configFile: configFile([1, 2]) }), /expected a JSON object/);
    assert.match(problem({ env: {}, configFile: configFile('null') }), /expected a JSON object/);
  });
});

describe('loadConfig: production', () => {
  test('NODE_ENV=production requires GEOPLAY_JWT_SECRET', () => {
    assert.match(problem({ env: { NODE_ENV: 'production' } }), /GEOPLAY_JWT_SECRET is required/);
  });

  test('NODE_ENV=production with a secret: dev auth is off', () => {
    const c = loadConfig({ env: { NODE_ENV: 'production', GEOPLAY_JWT_SECRET: SECRET } });
    assert.equal(c.devAuth, false);
    assert.equal(c.jwtSecret, SECRET);
  });

  test('NODE_ENV=production refuses dev auth, from any source', () => {
    const env = { NODE_ENV: 'production', GEOPLAY_JWT_SECRET: SECRET };
    assert.match(
      problem({ env: { ...env, GEOPLAY_DEV_AUTH: 'true' } }),
      /devAuth cannot be enabled when NODE_ENV=production/,
    );
    assert.match(problem({ env, flags: { devAuth: 'yes' } }), /devAuth cannot be enabled/);
    assert.match(problem({ env, overrides: { devAuth: true } }), /devAuth cannot be enabled/);
  });

  test('the secret must have 32 or more characters', () => {
    assert.match(
      problem({ env: { NODE_ENV: 'production', GEOPLAY_JWT_SECRET: 'x'.repeat(31) } }),
      /jwtSecret \(from GEOPLAY_JWT_SECRET=/,
    );
  });

  test('other NODE_ENV values are not production', () => {
    const c = loadConfig({ env: { NODE_ENV: 'staging' } });
    assert.equal(c.devAuth, true);
    assert.equal(c.jwtSecret, undefined);
  });
});
