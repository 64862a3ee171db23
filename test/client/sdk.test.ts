import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffDelay } from '../../client/backoff.js';
import { ClockSync } from '../../client/clock.js';
import {
  type ClientError,
  type ConnectionState,
  connect,
  GeoplayClient,
  type WebSocketLike,
} from '../../client/index.js';
import { uuidv7 } from '../../client/uuid.js';
import { startTestServer } from '../helpers/server.js';

function waitFor<T>(fn: () => T | undefined, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const tick = () => {
      const v = fn();
      if (v !== undefined && v !== false) resolve(v);
      else if (Date.now() - start > timeoutMs) reject(new Error('timed out'));
      else setTimeout(tick, 10);
    };
    tick();
  });
}

test('connect goes idle -> connecting -> syncing -> connected and estimates the clock', async () => {
  const t = await startTestServer();
  try {
    const client = new GeoplayClient(t.server.wsUrl, await t.token('sdk-1'));
    const states: ConnectionState[] = [];
    client.on('state', (s) => states.push(s));
    await client.start();
    assert.deepEqual(states, ['connecting', 'syncing', 'connected']);
    assert.equal(client.hello?.playerId, 'sdk-1');
    await waitFor(() => client.clock.sampleCount >= 3 || undefined);
    // Same host: the offset is within a few ms, and within its own stated uncertainty plus slack.
    assert.ok(Math.abs(client.clock.offsetMs) < 50, `offset ${client.clock.offsetMs}`);
    assert.ok(client.clock.uncertaintyMs < 50);
    assert.ok(Math.abs(client.serverNow() - Date.now()) < 50);
    client.close();
    assert.equal(client.state, 'closed');
  } finally {
    await t.stop();
  }
});

test('act() resolves with the ActionResult of the same op_id; times out when unanswered', async () => {
  const t = await startTestServer(
    {},
    {
      onAction: (_s, req) => {
        if (req.kind === 'never') return new Promise(() => {});
        const payload = JSON.parse(new TextDecoder().decode(req.payload)) as { n: number };
        return { status: 1, payload: new TextEncoder().encode(JSON.stringify({ doubled: payload.n * 2 })) };
      },
    },
  );
  try {
    const client = await connect(t.server.wsUrl, await t.token('sdk-2'));
    const r = await client.act('double', { n: 21 });
    assert.equal(r.status, 1);
    assert.deepEqual(JSON.parse(new TextDecoder().decode(r.payload)), { doubled: 42 });
    await assert.rejects(
      client.act('never', {}, { timeoutMs: 100 }),
      (e: ClientError) => e.code === 'TIMEOUT',
    );
    client.close();
    await assert.rejects(client.act('double', { n: 1 }), (e: ClientError) => e.code === 'NOT_CONNECTED');
  } finally {
    await t.stop();
  }
});

test('location reports reach the session hooks as E7 integers', async () => {
  const seen: { latE7: number; lngE7: number; accuracyM: number }[] = [];
  const t = await startTestServer({}, { onLocation: (_s, r) => seen.push(r) });
  try {
    const client = await connect(t.server.wsUrl, await t.token('sdk-3'));
    client.reportLocation({ lat: 35.6586123, lng: 139.7454321, accuracyM: 8 });
    await waitFor(() => seen[0]);
    assert.equal(seen[0]!.latE7, 356_586_123);
    assert.equal(seen[0]!.lngE7, 1_397_454_321);
    assert.equal(seen[0]!.accuracyM, 8);
    client.close();
  } finally {
    await t.stop();
  }
});

test('the SDK reconnects on its own after the server restarts', async () => {
  const first = await startTestServer();
  const port = first.server.port;
  const token = await first.token('sdk-4');
  const client = await connect(first.server.wsUrl, token, { backoff: { baseMs: 50, capMs: 200 } });
  const states: ConnectionState[] = [];
  client.on('state', (s) => states.push(s));
  // Same data directory, so the same dev secret signs and verifies the token after the restart.
  await first.server.close();
  await waitFor(() => client.state === 'disconnected' || client.state === 'connecting' || undefined);
  const second = await startTestServer({ port, data: first.dataDir });
  try {
    await waitFor(() => client.state === 'connected' || undefined, 10_000);
    assert.ok(states.includes('disconnected'));
    assert.ok(client.stats.reconnects >= 1);
    assert.equal(client.hello?.playerId, 'sdk-4');
    client.close();
  } finally {
    await second.stop();
    await first.stop();
  }
});

test('a refused token ends in closed with UNAUTHORIZED, not an endless retry', async () => {
  const t = await startTestServer();
  try {
    const client = new GeoplayClient(t.server.wsUrl, 'bad.token.value');
    const errors: string[] = [];
    client.on('error', (e) => errors.push(e.code));
    await assert.rejects(client.start(), (e: ClientError) => e.code === 'CLOSED');
    assert.equal(client.state, 'closed');
    assert.deepEqual(errors, ['UNAUTHORIZED']);
  } finally {
    await t.stop();
  }
});

test('drain: the SDK gets the Drain hint and reconnects after it', async () => {
  const t = await startTestServer({ drainReconnectMs: 50, drainReconnectJitterMs: 50 });
  const port = t.server.port;
  const client = await connect(t.server.wsUrl, await t.token('sdk-5'), {
    backoff: { baseMs: 5000, capMs: 5000 },
  });
  const drains: number[] = [];
  client.on('drain', (ms) => drains.push(ms));
  const closes: number[] = [];
  client.on('close', (code) => closes.push(code));
  await t.server.drain();
  assert.equal(drains.length, 1);
  assert.ok(drains[0]! >= 50 && drains[0]! <= 100);
  await waitFor(() => closes[0]);
  assert.deepEqual(closes, [1001]);
  const again = await startTestServer({ port, data: t.dataDir });
  try {
    // The reconnect follows the drain hint (≤ 100 ms), not the 5 s backoff.
    await waitFor(() => client.state === 'connected' || undefined, 3000);
    client.close();
  } finally {
    await again.stop();
    await t.stop();
  }
});

test('backoff: full jitter under an exponential ceiling with a cap', () => {
  assert.equal(
    backoffDelay(0, { baseMs: 100, capMs: 1000 }, () => 0.999),
    99,
  );
  assert.equal(
    backoffDelay(3, { baseMs: 100, capMs: 1000 }, () => 0.5),
    400,
  );
  assert.equal(
    backoffDelay(20, { baseMs: 100, capMs: 1000 }, () => 0.999),
    999,
  );
  assert.equal(
    backoffDelay(5, {}, () => 0),
    0,
  );
});

test('clock sync keeps the lowest-RTT sample', () => {
  const c = new ClockSync(4);
  // Client is 100 ms behind the server. Queueing delay on the way back inflates RTT and skews offset.
  c.add(1000, 1105, 1106, 1030); // rtt 29, offset +90.5
  c.add(2000, 2102, 2102, 2004); // rtt 4, offset +100
  c.add(3000, 3150, 3151, 3060); // rtt 59
  assert.equal(c.offsetMs, 100);
  assert.equal(c.uncertaintyMs, 2);
});

test('uuidv7: version and variant bits, time-ordered', () => {
  const a = uuidv7(1_700_000_000_000);
  const b = uuidv7(1_700_000_000_001);
  assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.ok(a < b);
  assert.equal(a.slice(0, 13), '018bcfe5-6800');
});

test('the SDK works over the browser WebSocket API as over Node ws events', async () => {
  const t = await startTestServer();
  const { WebSocket } = await import('ws');
  try {
    for (const api of ['events', 'browser'] as const) {
      const client = new GeoplayClient(t.server.wsUrl, await t.token(`api-${api}`), {
        webSocket: (url) => {
          const ws = new WebSocket(url, { perMessageDeflate: false });
          if (api === 'events') return ws as unknown as WebSocketLike;
          // What a browser offers: onmessage and friends, no EventEmitter `on`.
          return {
            get binaryType() {
              return ws.binaryType;
            },
            set binaryType(v: string) {
              ws.binaryType = v as typeof ws.binaryType;
            },
            get readyState() {
              return ws.readyState;
            },
            get bufferedAmount() {
              return ws.bufferedAmount;
            },
            set onopen(f: WebSocketLike['onopen']) {
              ws.onopen = f;
            },
            set onmessage(f: WebSocketLike['onmessage']) {
              ws.onmessage = f;
            },
            set onclose(f: WebSocketLike['onclose']) {
              ws.onclose = f as typeof ws.onclose;
            },
            set onerror(f: WebSocketLike['onerror']) {
              ws.onerror = f;
            },
            send: (d: Uint8Array) => ws.send(d),
            close: (c?: number, r?: string) => ws.close(c, r),
          } as unknown as WebSocketLike;
        },
      });
      await client.start();
      assert.equal(client.hello?.playerId, `api-${api}`);
      client.ping();
      await waitFor(() => client.clock.sampleCount >= 2 || undefined);
      assert.ok(client.stats.framesIn >= 2, `${api}: frames read`);
      client.close();
    }
  } finally {
    await t.stop();
  }
});
