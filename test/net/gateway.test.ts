import assert from 'node:assert/strict';
import { connect as connectTcp } from 'node:net';
import { after, before, describe, test } from 'node:test';
import crc32c from 'crc-32/crc32c.js';
import { encodeFrame, FRAME_OVERHEAD, frameFromPayload } from '../../src/protocol/frame.js';
import { geoplay } from '../../src/protocol/gen/geoplay.js';
import { RoomMessageReader } from '../../src/protocol/roomMessageFrame.js';
import { httpGet, RawClient, startTestServer, type TestServer } from '../helpers/server.js';

function metricValue(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('gateway', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({
      messagesPerSecond: 20,
      messagesBurst: 20,
      locationReportsPerSecond: 5,
      locationReportsBurst: 5,
      abuseDropLimit: 50,
      maxFrameBytes: 4096,
    });
  });
  after(() => t.stop());

  test('healthz, readyz and Prometheus metrics', async () => {
    assert.equal((await httpGet(`${t.server.url}/healthz`)).status, 200);
    const ready = await httpGet(`${t.server.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(JSON.parse(ready.body), { ready: true });
    const metrics = await httpGet(`${t.server.url}/metrics`);
    assert.equal(metrics.status, 200);
    assert.match(metrics.body, /# TYPE geoplay_sessions gauge/);
    assert.match(metrics.body, /nodejs_eventloop_lag_seconds/);
  });

  test('frame and byte counters (kept as plain numbers between scrapes) add up over scrapes', async () => {
    const c = await RawClient.connect(t.server.wsUrl, await t.token('counted'));
    await c.hello();
    const read = async () => {
      const body = (await httpGet(`${t.server.url}/metrics`)).body;
      return {
        pings: metricValue(body, 'geoplay_frames_in_total', 'body="ping"'),
        bytesIn: metricValue(body, 'geoplay_bytes_in_total'),
        framesOut: metricValue(body, 'geoplay_frames_out_total'),
        bytesOut: metricValue(body, 'geoplay_bytes_out_total'),
      };
    };
    const first = await read();
    for (let round = 1; round <= 2; round++) {
      for (let i = 0; i < 3; i++) {
        c.send({ ping: { id: 100 * round + i, originTimeMs: 1 } });
        await c.next('pong');
      }
      const now = await read();
      assert.equal(now.pings, first.pings + 3 * round, `pings after scrape ${round}`);
      assert.ok(now.bytesIn >= first.bytesIn + 3 * round * 12, 'bytes in');
      assert.ok(now.framesOut >= first.framesOut + 3 * round, 'a pong for each ping');
      assert.ok(now.bytesOut > first.bytesOut, 'bytes out');
    }
    c.close();
  });

  test('dev token endpoint issues a token the gateway accepts, and rejects bad input', async () => {
    const res = await fetch(`${t.server.url}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ playerId: 'dev-1', name: 'Dev One' }),
    });
    assert.equal(res.status, 200);
    const { token } = (await res.json()) as { token: string };
    const c = await RawClient.connect(t.server.wsUrl, token);
    const hello = await c.hello();
    assert.equal(hello.serverHello?.playerId, 'dev-1');
    c.close();
    const bad = await fetch(`${t.server.url}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ playerId: 'has spaces' }),
    });
    assert.equal(bad.status, 400);
  });

  test('401 and no socket without a token or with a bad one', async () => {
    await assert.rejects(new RawClient(t.server.wsUrl).opened, /HTTP 401/);
    await assert.rejects(new RawClient(`${t.server.wsUrl}?token=not.a.jwt`).opened, /HTTP 401/);
    const other = await startTestServer();
    const foreign = await other.token('p');
    await other.stop();
    await assert.rejects(new RawClient(`${t.server.wsUrl}?token=${foreign}`).opened, /HTTP 401/);
    // The Authorization header works too.
    const good = new RawClient(t.server.wsUrl, {
      headers: { authorization: `Bearer ${await t.token('hdr')}` },
    });
    await good.opened;
    good.close();
    const m = await httpGet(`${t.server.url}/metrics`);
    assert.ok(metricValue(m.body, 'geoplay_upgrades_rejected_total', 'reason="TOKEN_MISSING"') >= 1);
    assert.ok(metricValue(m.body, 'geoplay_upgrades_rejected_total', 'reason="TOKEN_INVALID"') >= 2);
  });

  test('hello, then ping/pong with NTP-style timestamps', async () => {
    const c = await RawClient.connect(t.server.wsUrl, await t.token('p1'));
    const hello = await c.hello();
    assert.equal(hello.seq, 1);
    assert.equal(hello.serverHello?.playerId, 'p1');
    assert.ok((hello.serverHello?.resumeToken ?? '').length >= 16);
    assert.equal(hello.serverHello?.maxFrameBytes, 4096);
    assert.ok(hello.hlcMs > 0);
    const t0 = Date.now();
    c.send({ ping: { id: 42, originTimeMs: t0 } });
    const pong = await c.next('pong');
    assert.equal(pong.pong?.id, 42);
    assert.equal(pong.pong?.originTimeMs, t0);
    const { receiveTimeMs, transmitTimeMs } = pong.pong as { receiveTimeMs: number; transmitTimeMs: number };
    assert.ok(transmitTimeMs >= receiveTimeMs);
    assert.ok(Math.abs(receiveTimeMs - t0) < 5000);
    c.close();
  });

  test('the first envelope must be a ClientHello', async () => {
    const c = await RawClient.connect(t.server.wsUrl, await t.token('p2'));
    c.send({ ping: { id: 1, originTimeMs: 1 } });
    const err = await c.next('error');
    assert.equal(err.error?.code, 'HELLO_REQUIRED');
    assert.equal(await c.closed, 4009);
  });

  test('a room message is read in place, numbered as any envelope; one the reader leaves gets the same answer', async () => {
    const read = RoomMessageReader.prototype.read;
    let taken = 0;
    let left = 0;
    RoomMessageReader.prototype.read = function (this: RoomMessageReader, ...args: Parameters<typeof read>) {
      const got = read.apply(this, args);
      if (got) taken++;
      else left++;
      return got;
    };
    try {
      const c = await RawClient.connect(t.server.wsUrl, await t.token('room-reader'));
      await c.hello();
      const payload = new TextEncoder().encode('{}');
      c.send({ seq: 7, roomMessage: { roomId: '', type: 'attack', payload } });
      const a = await c.next('roomError');
      assert.equal(taken, 1, 'read in place');
      assert.equal(a.ack, 7, "the server acks the room message's seq");
      // Not ASCII: protobufjs decodes it.
      c.send({ seq: 8, roomMessage: { roomId: '', type: 'flügel', payload } });
      const b = await c.next('roomError');
      assert.equal(taken, 1);
      assert.equal(left, 2, 'the hello and the non-ASCII type');
      assert.equal(b.ack, 8);
      assert.equal(b.roomError?.code, a.roomError?.code);
      c.close();
    } finally {
      RoomMessageReader.prototype.read = read;
    }
  });

  test('the first envelope must be a ClientHello, a room message too (which is read in place)', async () => {
    const c = await RawClient.connect(t.server.wsUrl, await t.token('p2-room'));
    c.send({ seq: 1, roomMessage: { roomId: '', type: 'attack', payload: new TextEncoder().encode('{}') } });
    const err = await c.next('error');
    assert.equal(err.error?.code, 'HELLO_REQUIRED');
    assert.match(err.error?.message ?? '', /roomMessage/);
    assert.equal(await c.closed, 4009);
  });

  const malformed: [string, () => Uint8Array | string, number, string][] = [
    ['short', () => Uint8Array.of(0x47, 0x50, 1), 4001, 'FRAME_TOO_SHORT'],
    ['bad magic', () => Uint8Array.from({ length: 20 }, () => 0x41), 4002, 'BAD_MAGIC'],
    [
      'unknown version',
      () => {
        const f = Uint8Array.from(encodeFrame({ ping: { id: 1 } }));
        f[2] = 9;
        return f;
      },
      4003,
      'BAD_VERSION',
    ],
    [
      'length field over the limit',
      () => {
        const f = Uint8Array.from(encodeFrame({ ping: { id: 1 } }));
        new DataView(f.buffer).setUint32(4, 1_000_000, false);
        return f;
      },
      1009,
      'FRAME_TOO_LARGE',
    ],
    [
      'length not matching',
      () => {
        const f = Uint8Array.from(encodeFrame({ ping: { id: 1 } }));
        const view = new DataView(f.buffer);
        view.setUint32(4, f.length - FRAME_OVERHEAD - 1, false);
        view.setUint32(f.length - 4, crc32c.buf(f.subarray(0, f.length - 4)) >>> 0, false);
        return f;
      },
      4004,
      'LENGTH_MISMATCH',
    ],
    [
      'bad CRC',
      () => {
        const f = Uint8Array.from(encodeFrame({ ping: { id: 1 } }));
        f[f.length - 2] = f[f.length - 2]! ^ 0xff;
        return f;
      },
      4005,
      'BAD_CRC',
    ],
    ['undecodable protobuf', () => frameFromPayload(Uint8Array.of(0x62, 0x7f, 0x01)), 4006, 'BAD_PROTOBUF'],
    ['unknown message', () => frameFromPayload(Uint8Array.of(0x98, 0x06, 0x01)), 4007, 'UNKNOWN_MESSAGE'],
    ['server-only message', () => encodeFrame({ drain: { reconnectAfterMs: 1 } }), 4007, 'UNKNOWN_MESSAGE'],
    ['text message', () => 'hello', 4008, 'TEXT_FRAME'],
  ];
  for (const [name, make, close, code] of malformed) {
    test(`malformed frame (${name}) closes with ${close} ${code}; the other session is untouched`, async () => {
      const bystander = await RawClient.connect(t.server.wsUrl, await t.token(`by-${close}-${name.length}`));
      await bystander.hello();
      const c = await RawClient.connect(t.server.wsUrl, await t.token(`bad-${close}-${name.length}`));
      await c.hello();
      const before = await httpGet(`${t.server.url}/metrics`);
      c.sendRaw(make());
      assert.equal(await c.closed, close);
      assert.match(c.closeReason, new RegExp(code));
      const errorFrame = c.received.find((e) => e.body === 'error');
      assert.equal(errorFrame?.error?.code, code);
      const metrics = await httpGet(`${t.server.url}/metrics`);
      assert.equal(
        metricValue(metrics.body, 'geoplay_frame_errors_total', `code="${code}"`),
        metricValue(before.body, 'geoplay_frame_errors_total', `code="${code}"`) + 1,
      );
      bystander.send({ ping: { id: 7, originTimeMs: 1 } });
      assert.equal((await bystander.next('pong')).pong?.id, 7);
      bystander.close();
    });
  }

  // Frame errors the WebSocket layer finds: ws closes the socket itself; the gateway counts the
  // error and ends the session (PROTOCOL.md, Resume), so its token resumes nothing.
  const wsFrameErrors: {
    what: string;
    player: string;
    send(c: RawClient): void;
    close: number;
    code: string;
  }[] = [
    {
      what: 'a frame over maxFrameBytes',
      player: 'huge',
      send: (c) => c.sendRaw(new Uint8Array(8192)),
      close: 1009,
      code: 'FRAME_TOO_LARGE',
    },
    {
      what: 'a WebSocket framing violation (the reserved opcode 0x3, RFC 6455 5.2)',
      player: 'bad-opcode',
      send: (c) => {
        const raw = (c.ws as unknown as { _socket: { write(b: Buffer): void } })._socket;
        raw.write(Buffer.from([0x83, 0x80, 1, 2, 3, 4]));
      },
      close: 1002,
      code: 'WEBSOCKET_PROTOCOL',
    },
  ];
  for (const e of wsFrameErrors) {
    test(`${e.what} is closed by the WebSocket layer with ${e.close}, counted as ${e.code}, and ends the session`, async () => {
      const token = await t.token(e.player);
      const c = await RawClient.connect(t.server.wsUrl, token);
      const hello = await c.hello();
      e.send(c);
      assert.equal(await c.closed, e.close);
      const metrics = await httpGet(`${t.server.url}/metrics`);
      assert.ok(metricValue(metrics.body, 'geoplay_frame_errors_total', `code="${e.code}"`) >= 1);
      const again = await RawClient.connect(t.server.wsUrl, token);
      again.send({
        clientHello: {
          protocolVersion: 1,
          client: 'test',
          resumeToken: hello.serverHello!.resumeToken,
          lastSeq: 1,
        },
      });
      assert.equal((await again.next('serverHello')).serverHello?.resumed ?? false, false);
      again.close();
    });
  }

  test('location reports over the rate are dropped and counted; sustained abuse closes with 1008', async () => {
    const c = await RawClient.connect(t.server.wsUrl, await t.token('flooder'));
    await c.hello();
    for (let i = 0; i < 8; i++) c.send({ location: { latE7: 1, lngE7: 1, accuracyM: 5 } });
    const err = await c.next('error');
    assert.equal(err.error?.code, 'RATE_LIMITED');
    assert.equal(err.error?.closeCode, 0);
    let m = await httpGet(`${t.server.url}/metrics`);
    assert.ok(metricValue(m.body, 'geoplay_rate_limited_total', 'limit="location_reports"') >= 3);
    for (let i = 0; i < 200; i++) c.send({ ping: { id: i, originTimeMs: 1 } });
    assert.equal(await c.closed, 1008);
    assert.match(c.closeReason, /RATE_LIMIT_ABUSE/);
    m = await httpGet(`${t.server.url}/metrics`);
    assert.ok(metricValue(m.body, 'geoplay_session_closes_total', 'reason="RATE_LIMIT_ABUSE"') >= 1);
  });

  test('out-of-range coordinates get a typed, non-fatal error', async () => {
    const c = await RawClient.connect(t.server.wsUrl, await t.token('wild'));
    await c.hello();
    c.send({ location: { latE7: 950_000_000, lngE7: 0, accuracyM: 5 } });
    const err = await c.next('error');
    assert.equal(err.error?.code, 'INVALID_LOCATION');
    c.send({ ping: { id: 3, originTimeMs: 1 } });
    await c.next('pong');
    c.close();
  });

  test('an action without a game answers INVALID with the same op_id', async () => {
    const c = await RawClient.connect(t.server.wsUrl, await t.token('actor'));
    await c.hello();
    c.send({ actionRequest: { opId: 'op-1', kind: 'catch', payload: new TextEncoder().encode('{}') } });
    const r = await c.next('actionResult');
    assert.equal(r.actionResult?.opId, 'op-1');
    assert.equal(r.actionResult?.status, 2);
    assert.equal(r.actionResult?.errorCode, 'INVALID');
    assert.ok(r.seq > 1);
    c.close();
  });

  test('an upgrade whose path the URL parser refuses gets 404, and the server goes on', async () => {
    for (const path of ['//', '//a:b@/ws', 'http://[']) {
      const answer = await new Promise<string>((resolve, reject) => {
        const sock = connectTcp(t.server.port, '127.0.0.1', () => {
          sock.write(
            `GET ${path} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
              'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
          );
        });
        let got = '';
        sock.on('data', (d: Buffer) => (got += d.toString('latin1')));
        sock.on('close', () => resolve(got));
        sock.on('error', reject);
      });
      assert.match(answer, /^HTTP\/1\.1 404/, `${path}: ${answer.slice(0, 40)}`);
    }
    const c = await RawClient.connect(t.server.wsUrl, await t.token('after-bad-path'));
    await c.hello();
    c.close();
  });

  test("an op_id in the server's namespace ('~') is refused: a client cannot take a reward's op id", async () => {
    const c = await RawClient.connect(t.server.wsUrl, await t.token('squatter'));
    await c.hello();
    c.send({
      actionRequest: {
        opId: '~grant:raid:r1:victim',
        kind: 'catch',
        payload: new TextEncoder().encode('{}'),
      },
    });
    const r = await c.next('actionResult');
    assert.equal(r.actionResult?.opId, '~grant:raid:r1:victim');
    assert.equal(r.actionResult?.errorCode, 'INVALID');
    assert.match(r.actionResult?.errorMessage ?? '', /not starting with '~'/);
    c.close();
  });

  test('a second connection of the same player replaces the first (4013)', async () => {
    const token = await t.token('twice');
    const a = await RawClient.connect(t.server.wsUrl, token);
    await a.hello();
    const b = await RawClient.connect(t.server.wsUrl, token);
    await b.hello();
    assert.equal(await a.closed, 4013);
    b.close();
  });
});

describe('gateway limits with their own servers', () => {
  test('server pings every interval; 3 unanswered close with 4012', async () => {
    const t = await startTestServer({ heartbeatIntervalMs: 120, heartbeatMissedLimit: 3 });
    try {
      const c = await RawClient.connect(t.server.wsUrl, await t.token('sleepy'));
      await c.hello();
      const ping = await c.next('ping');
      assert.ok((ping.ping?.id ?? 0) > 0);
      // Stop answering: the helper answers pings, so swap the listener for one that does not.
      c.ws.removeAllListeners('message');
      const code = await c.closed;
      assert.equal(code, 4012);
    } finally {
      await t.stop();
    }
  });

  test('frames read before a drain are handled before the sessions are told to go', async () => {
    const t = await startTestServer({ drainDeadlineMs: 2_000 });
    try {
      const c = await RawClient.connect(t.server.wsUrl, await t.token('late'));
      await c.hello();
      const [serverSide] = [...t.server.gateway.wss.clients];
      assert.ok(serverSide);
      // As the socket's listener does with a frame it has read: queued for this turn's batch.
      const ping = Buffer.from(encodeFrame({ ping: { id: 4242, originTimeMs: 1 } }));
      t.server.gateway.enqueue(serverSide as never, ping, true);
      const draining = t.server.drain();
      assert.equal(await c.closed, 1001);
      const bodies = c.received.map((e) => e.body);
      const pong = c.received.find((e) => e.body === 'pong');
      assert.equal(pong?.pong?.id, 4242, `no answer to the queued ping: ${bodies.join(', ')}`);
      assert.ok(bodies.indexOf('pong') < bodies.indexOf('drain'), bodies.join(', '));
      await draining;
    } finally {
      await t.stop();
    }
  });

  test('a session that never says hello is closed with 4010', async () => {
    const t = await startTestServer({ helloTimeoutMs: 100, heartbeatIntervalMs: 60 });
    try {
      const c = await RawClient.connect(t.server.wsUrl, await t.token('mute'));
      assert.equal(await c.closed, 4010);
    } finally {
      await t.stop();
    }
  });

  test('connections per IP are capped with HTTP 429', async () => {
    const t = await startTestServer({ maxConnectionsPerIp: 2 });
    try {
      const a = await RawClient.connect(t.server.wsUrl, await t.token('ip1'));
      const b = await RawClient.connect(t.server.wsUrl, await t.token('ip2'));
      await assert.rejects(RawClient.connect(t.server.wsUrl, await t.token('ip3')), /HTTP 429/);
      a.close();
      await a.closed;
      await new Promise((r) => setTimeout(r, 50));
      const c = await RawClient.connect(t.server.wsUrl, await t.token('ip4'));
      b.close();
      c.close();
    } finally {
      await t.stop();
    }
  });

  test('origin allowlist: a listed origin passes, another gets 403, none (native app) passes', async () => {
    const t = await startTestServer({ allowedOrigins: ['https://game.example'] });
    try {
      const token = await t.token('o');
      const ok = new RawClient(`${t.server.wsUrl}?token=${token}`, { origin: 'https://game.example' });
      await ok.opened;
      ok.close();
      await assert.rejects(
        new RawClient(`${t.server.wsUrl}?token=${token}`, { origin: 'https://evil.example' }).opened,
        /HTTP 403/,
      );
      const native = await RawClient.connect(t.server.wsUrl, token);
      native.close();
    } finally {
      await t.stop();
    }
  });

  test('a slow consumer gets its deltas coalesced, then is closed with 1013', async () => {
    const t = await startTestServer({
      coalesceBytes: 64 * 1024,
      slowConsumerBytes: 4 * 1024 * 1024,
      slowConsumerMs: 300,
    });
    try {
      const c = await RawClient.connect(t.server.wsUrl, await t.token('slow'));
      await c.hello();
      const session = t.server.sessions.byPlayerId('slow')!;
      // The client stops reading: the kernel buffers fill, then ws's own buffer.
      (c.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
      const body = geoplay.v1.WorldDelta.encode({ tick: 1, droppedCells: ['x'.repeat(16 * 1024)] }).finish();
      let coalesced = 0;
      const deadline = Date.now() + 10_000;
      while (session.open && Date.now() < deadline) {
        for (let i = 0; i < 20; i++) if (session.sendDelta(body, Date.now()) === 1) coalesced++;
        await new Promise((r) => setTimeout(r, 10));
      }
      assert.equal(session.open, false, 'the slow session must be closed');
      assert.ok(coalesced > 0, 'deltas were coalesced before the close');
      assert.ok(session.needsSnapshot);
      const m = await httpGet(`${t.server.url}/metrics`);
      assert.ok(metricValue(m.body, 'geoplay_session_closes_total', 'reason="SLOW_CONSUMER"') >= 1);
      assert.ok(metricValue(m.body, 'geoplay_deltas_coalesced_total') >= 1);
      (c.ws as unknown as { _socket: { resume(): void } })._socket.resume();
      const code = await c.closed;
      assert.ok(code === 1013 || code === 1006, `close code ${code}`);
    } finally {
      await t.stop();
    }
  });

  test('a client that stops reading while pinging is cut off without harming the process', async () => {
    const t = await startTestServer({
      coalesceBytes: 16 * 1024,
      slowConsumerBytes: 64 * 1024,
      messagesPerSecond: 100_000,
      messagesBurst: 100_000,
    });
    try {
      const c = await RawClient.connect(t.server.wsUrl, await t.token('deaf'));
      await c.hello();
      (c.ws as unknown as { _socket: { pause(): void } })._socket.pause();
      const ping = encodeFrame({ ping: { id: 1, originTimeMs: 1 } });
      const session = t.server.sessions.byPlayerId('deaf')!;
      for (let i = 0; i < 200 && session.open; i++) {
        for (let k = 0; k < 500; k++) c.sendRaw(ping);
        await new Promise((r) => setTimeout(r, 5));
      }
      assert.equal(session.open, false);
      assert.equal((await httpGet(`${t.server.url}/healthz`)).status, 200);
      const m = await httpGet(`${t.server.url}/metrics`);
      assert.ok(metricValue(m.body, 'geoplay_session_closes_total', 'reason="SLOW_CONSUMER"') >= 1);
      c.close();
    } finally {
      await t.stop();
    }
  });

  test('upgrades refused after the token check give their per-IP slot back', async () => {
    const t = await startTestServer({ maxConnectionsPerIp: 2 });
    try {
      const token = await t.token('retry');
      const { port } = new URL(t.server.url);
      for (let i = 0; i < 4; i++) {
        // A valid token but a handshake ws refuses (unsupported Sec-WebSocket-Version).
        const res = await new Promise<string>((resolve, reject) => {
          const sock = connectTcp(Number(port), '127.0.0.1', () => {
            sock.write(
              `GET /ws?token=${token} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
                'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 99\r\n\r\n',
            );
          });
          let data = '';
          sock.on('data', (d) => (data += d.toString()));
          sock.on('close', () => resolve(data));
          sock.on('error', reject);
        });
        assert.match(res, /^HTTP\/1.1 400/);
      }
      const ok = await RawClient.connect(t.server.wsUrl, token);
      await ok.hello();
      ok.close();
    } finally {
      await t.stop();
    }
  });
});
