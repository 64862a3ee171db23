import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { connect } from '../../client/index.js';
import { runCli, spawnServer } from '../helpers/cli.js';
import { RawClient } from '../helpers/server.js';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'geoplay-cli-'));
}

test('serve in dev mode: generated secret with a warning, token command, SIGTERM drain exits 0', async () => {
  const data = tmp();
  try {
    const s = await spawnServer([
      '--data',
      data,
      '--drain-reconnect-ms',
      '100',
      '--drain-reconnect-jitter-ms',
      '100',
    ]);
    assert.ok(existsSync(join(data, 'dev-jwt-secret')));
    assert.equal(statSync(join(data, 'dev-jwt-secret')).mode & 0o777, 0o600);
    assert.ok(
      s.logs.some((l) => l.includes('dev auth') && l.includes('"level":40')),
      'a warning about the dev secret',
    );
    const token = runCli(['token', 'cli-player', '--data', data]);
    assert.equal(token.code, 0, token.stderr);
    const ws = s.url.replace(/^http/, 'ws');
    const c = await RawClient.connect(`${ws}/ws`, token.stdout.trim());
    await c.hello();
    s.child.kill('SIGTERM');
    const drain = await c.next('drain');
    const hint = drain.drain?.reconnectAfterMs ?? -1;
    assert.ok(hint >= 100 && hint <= 200, `hint ${hint}`);
    assert.equal(await c.closed, 1001);
    assert.equal(await s.exit, 0);
  } finally {
    rmSync(data, { recursive: true, force: true, maxRetries: 5 });
  }
});

test('readyz turns 503 while draining', async () => {
  const data = tmp();
  try {
    const s = await spawnServer(['--data', data, '--store', 'none', '--drain-deadline-ms', '1500']);
    const token = runCli(['token', 'slowpoke', '--data', data]).stdout.trim();
    // A client that ignores the close keeps the drain waiting, so readiness can be observed.
    const c = await RawClient.connect(`${s.url.replace(/^http/, 'ws')}/ws`, token);
    await c.hello();
    (c.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    s.child.kill('SIGTERM');
    let status = 200;
    for (let i = 0; i < 50 && status === 200; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await fetch(`${s.url}/readyz`).catch(() => ({ status: 0 }))).status;
    }
    assert.equal(status, 503);
    assert.equal(await s.exit, 0);
    c.close();
  } finally {
    rmSync(data, { recursive: true, force: true, maxRetries: 5 });
  }
});

test('a bad config value refuses to start with a message naming it', () => {
  const data = tmp();
  try {
    const byFlag = runCli(['serve', '--data', data, '--port', 'eighty']);
    assert.equal(byFlag.code, 2);
    assert.match(byFlag.stderr, /port \(from --port="eighty"\)/);
    const byEnv = runCli(['serve', '--data', data], { GEOPLAY_MAX_FRAME_BYTES: '-1' });
    assert.equal(byEnv.code, 2);
    assert.match(byEnv.stderr, /maxFrameBytes \(from GEOPLAY_MAX_FRAME_BYTES="-1"\)/);
    const unknown = runCli(['serve', '--data', data, '--colour', 'red']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /colour/);
    const file = join(data, 'bad.json');
    writeFileSync(file, '{"heartbeatIntervalMs": "soon"}');
    const byFile = runCli(['serve', '--config', file]);
    assert.equal(byFile.code, 2);
    assert.match(byFile.stderr, /heartbeatIntervalMs \(from config file/);
  } finally {
    rmSync(data, { recursive: true, force: true, maxRetries: 5 });
  }
});

test('a listener that cannot listen refuses to start with exit 2 and says which and where', () => {
  const data = tmp();
  try {
    // 192.0.2.1 (TEST-NET-1) is on no interface of this machine: EADDRNOTAVAIL, not a stack trace.
    const r = runCli(['serve', '--data', data, '--store', 'none', '--host', '192.0.2.1', '--port', '0']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /geoplay serve: listener \(host, port\) 192\.0\.2\.1:0: .*EADDRNOTAVAIL/);
  } finally {
    rmSync(data, { recursive: true, force: true, maxRetries: 5 });
  }
});

test('production without a configured secret refuses to start; with one, dev auth is off', async () => {
  const data = tmp();
  try {
    const r = runCli(['serve', '--data', data], { NODE_ENV: 'production', GEOPLAY_JWT_SECRET: '' });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /GEOPLAY_JWT_SECRET is required when NODE_ENV=production/);
    const secret = 'a'.repeat(40);
    const s = await spawnServer(['--data', data, '--store', 'none'], {
      NODE_ENV: 'production',
      GEOPLAY_JWT_SECRET: secret,
    });
    const res = await fetch(`${s.url}/api/dev/token`, { method: 'POST', body: '{"playerId":"x"}' });
    assert.equal(res.status, 404);
    assert.ok(!existsSync(join(data, 'dev-jwt-secret')));
    s.child.kill('SIGTERM');
    assert.equal(await s.exit, 0);
  } finally {
    rmSync(data, { recursive: true, force: true, maxRetries: 5 });
  }
});

test('serve keeps players in <data>/pglite by default: inventory and cooldowns survive a restart', async () => {
  const data = tmp();
  const stop = { lat: 35.6586, lng: 139.7454 };
  const pois = join(data, 'pois.geojson');
  writeFileSync(
    pois,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'fountain', name: 'Fountain', kind: 'stop' },
          geometry: { type: 'Point', coordinates: [stop.lng, stop.lat] },
        },
      ],
    }),
  );
  const decode = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as Record<string, unknown>;
  try {
    let s = await spawnServer(['--data', data, '--poi-file', pois]);
    assert.ok(existsSync(join(data, 'pglite')), 'the embedded store lives in the data directory');
    const token = runCli(['token', 'keeper', '--data', data]).stdout.trim();
    let c = await connect(`${s.url.replace(/^http/, 'ws')}/ws`, token);
    c.reportLocation({ ...stop, accuracyM: 5 });
    const nearby = async () => {
      for (let i = 0; i < 100; i++) {
        if ((await c.act('nearby', {})).status === 1) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await nearby();
    assert.deepEqual(decode((await c.act('inventory', {})).payload), {});
    const poiId = 'fountain';
    let spin = await c.act('spin', { poiId });
    assert.equal(spin.status, 1, spin.errorMessage);
    const before = decode((await c.act('inventory', {})).payload);
    assert.ok(Object.keys(before).length > 0);
    c.close();
    s.child.kill('SIGTERM');
    assert.equal(await s.exit, 0);

    s = await spawnServer(['--data', data, '--poi-file', pois]);
    c = await connect(`${s.url.replace(/^http/, 'ws')}/ws`, token);
    c.reportLocation({ ...stop, accuracyM: 5 });
    await nearby();
    assert.deepEqual(decode((await c.act('inventory', {})).payload), before);
    spin = await c.act('spin', { poiId });
    assert.equal(spin.errorCode, 'COOLDOWN');
    c.close();
    s.child.kill('SIGTERM');
    assert.equal(await s.exit, 0);
  } finally {
    rmSync(data, { recursive: true, force: true, maxRetries: 5 });
  }
});
