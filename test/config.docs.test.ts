import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { configKeys, configSchema, envNameOf, flagNameOf } from '../src/config.js';

/** Keeps docs/CONFIG.md in step with configSchema: every key with its env var, flag and default. */
const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'CONFIG.md'), 'utf8');

/** Rows of the key tables: cells of every table line whose first cell is a backticked key. */
function keyRows(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of doc.split('\n')) {
    if (!line.startsWith('| `')) continue;
    const cells = line
      .slice(1, line.lastIndexOf('|'))
      .split('|')
      .map((c) => c.trim());
    const key = /^`([a-z][A-Za-z]*)`$/.exec(cells[0] ?? '')?.[1];
    if (!key || cells.length < 8) continue;
    assert.ok(!out.has(key), `${key} is listed once`);
    out.set(key, cells);
  }
  return out;
}

const rows = keyRows();

test('envNameOf and flagNameOf follow the documented rule', () => {
  assert.equal(envNameOf('maxFrameBytes'), 'GEOPLAY_MAX_FRAME_BYTES');
  assert.equal(envNameOf('tokenTtlS'), 'GEOPLAY_TOKEN_TTL_S');
  assert.equal(flagNameOf('maxFrameBytes'), 'max-frame-bytes');
  assert.equal(flagNameOf('tokenTtlS'), 'token-ttl-s');
});

test('every config key is in CONFIG.md with its environment variable and flag', () => {
  for (const key of configKeys) {
    const cells = rows.get(key);
    assert.ok(cells, `docs/CONFIG.md has a row for ${key}`);
    assert.equal(cells[1], `\`${envNameOf(key)}\``, `${key}: environment variable`);
    assert.equal(cells[2], `\`--${flagNameOf(key)}\``, `${key}: flag`);
  }
});

test('CONFIG.md lists no key that configSchema does not have', () => {
  for (const key of rows.keys()) {
    assert.ok((configKeys as string[]).includes(key), `${key} in docs/CONFIG.md is a config key`);
  }
});

test('every documented default is the schema default', () => {
  for (const key of configKeys) {
    const cell = rows.get(key)?.[4] ?? '';
    const parsed = configSchema.shape[key].safeParse(undefined);
    assert.ok(parsed.success, `${key} parses without a value`);
    const value: unknown = parsed.data;
    if (key === 'nodeId') {
      assert.equal(value, `${hostname()}-${process.pid}`);
      assert.equal(cell, '`<hostname>-<pid>`');
    } else if (key === 'devAuth') {
      assert.equal(value, undefined, 'devAuth is decided by loadConfig from NODE_ENV');
      assert.match(cell, /NODE_ENV=production/);
    } else if (value === undefined) {
      assert.equal(cell, '—', `${key} has no default`);
    } else if (Array.isArray(value)) {
      assert.equal(value.length, 0);
      assert.equal(cell, 'empty', `${key} defaults to an empty list`);
    } else {
      assert.equal(cell, `\`${String(value)}\``, `${key} defaults to ${String(value)}`);
    }
  }
});
