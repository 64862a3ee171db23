// The ops listener (opsPort): health, readiness and metrics on a port of their own, nothing else.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import WebSocket from 'ws';
import { ListenError } from '../../src/net/listenError.js';
import { startTestServer } from '../helpers/server.js';

test('with opsPort, health, readiness and metrics answer on the ops port, and only they', async () => {
  const t = await startTestServer({ opsPort: 0 });
  const ops = t.server.opsUrl!;
  try {
    assert.ok(ops, 'an ops URL');
    assert.notEqual(t.server.opsPort, t.server.port);
    assert.deepEqual(await (await fetch(`${ops}/healthz`)).json(), { status: 'ok' });
    const ready = await fetch(`${ops}/readyz`);
    assert.equal(ready.status, 200);
    const metrics = await fetch(`${ops}/metrics`);
    assert.equal(metrics.status, 200);
    assert.match(await metrics.text(), /^geoplay_sessions /m);
    // The player-facing parts stay on the main port.
    const token = await fetch(`${ops}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ playerId: 'p1' }),
    });
    assert.equal(token.status, 404);
    assert.equal(
      (
        await fetch(`${t.server.url}/api/dev/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ playerId: 'p1' }),
        })
      ).status,
      200,
    );
    const upgrade = await new Promise<string>((resolve) => {
      const ws = new WebSocket(`${ops.replace(/^http/, 'ws')}/ws?token=${encodeURIComponent('x')}`);
      ws.on('open', () => resolve('open'));
      ws.on('unexpected-response', (_req, res) => resolve(`status ${res.statusCode}`));
      ws.on('error', (err) => resolve(`error ${err.message}`));
    });
    assert.notEqual(upgrade, 'open', 'no WebSocket endpoint on the ops port');
    // And the main port still serves its own health and metrics.
    assert.equal((await fetch(`${t.server.url}/metrics`)).status, 200);
  } finally {
    await t.stop();
  }
  // Closed with the server.
  await assert.rejects(fetch(`${ops}/healthz`));
});

test('without opsPort there is no ops listener', async () => {
  const t = await startTestServer();
  try {
    assert.equal(t.server.ops, undefined);
    assert.equal(t.server.opsPort, undefined);
    assert.equal(t.server.opsUrl, undefined);
  } finally {
    await t.stop();
  }
});

test('a port in use refuses to start with a ListenError that names the listener', async () => {
  const taken = createServer();
  await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
  const port = (taken.address() as { port: number }).port;
  try {
    await assert.rejects(startTestServer({ opsPort: port }), (err: unknown) => {
      assert.ok(err instanceof ListenError);
      assert.equal(err.listener, 'ops');
      assert.equal(err.code, 'EADDRINUSE');
      assert.match(err.message, new RegExp(`^ops listener \\(opsHost, opsPort\\) 127\\.0\\.0\\.1:${port}: `));
      return true;
    });
    await assert.rejects(startTestServer({ port, opsPort: 0 }), (err: unknown) => {
      assert.ok(err instanceof ListenError);
      assert.equal(err.listener, 'main');
      assert.equal(err.code, 'EADDRINUSE');
      return true;
    });
  } finally {
    await new Promise((r) => taken.close(r));
  }
});
