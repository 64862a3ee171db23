import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { WebSocket, WebSocketServer } from 'ws';
import { SharedFrames, WsTransport, wsBinaryFrame } from '../../src/net/wsTransport.js';

/** A ws server and one client connected to it; the server side wrapped in a WsTransport. */
async function connectedPair(): Promise<{
  wss: WebSocketServer;
  server: WebSocket;
  client: WebSocket;
  transport: WsTransport;
  shared: SharedFrames;
  received: Buffer[];
  close(): Promise<void>;
}> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  const { port } = wss.address() as AddressInfo;
  const serverSide = new Promise<WebSocket>((resolve) => wss.once('connection', resolve));
  const client = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: false });
  const received: Buffer[] = [];
  client.on('message', (data: Buffer) => received.push(Buffer.from(data)));
  await new Promise<void>((resolve, reject) => {
    client.once('open', resolve);
    client.once('error', reject);
  });
  const server = await serverSide;
  const shared = new SharedFrames();
  const transport = new WsTransport(
    server,
    (server as unknown as { _socket: WsTransport['socket'] })._socket,
    shared,
  );
  return {
    wss,
    server,
    client,
    transport,
    shared,
    received,
    async close() {
      client.terminate();
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

async function waitFor(cond: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function payload(n: number, seed: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed) & 0xff;
  return b;
}

describe('WsTransport', () => {
  let pair: Awaited<ReturnType<typeof connectedPair>>;
  let wsSends = 0;
  before(async () => {
    pair = await connectedPair();
    // Counts what goes through ws's own send: the direct path must not use it while open.
    const original = pair.server.send.bind(pair.server);
    pair.server.send = ((data: Uint8Array) => {
      wsSends++;
      original(data);
    }) as WebSocket['send'];
  });
  after(() => pair.close());

  test('frames of every length encoding arrive intact and in order, one socket write each', async () => {
    // 7-bit, 16-bit and 64-bit payload lengths, and their edges.
    const sizes = [0, 1, 125, 126, 127, 300, 65_535, 65_536, 70_001];
    const sent = sizes.map((n, i) => payload(n, i));
    const writes: number[] = [];
    const socket = pair.transport.socket;
    const write = socket.write.bind(socket);
    socket.write = ((chunk: Uint8Array, ...rest: never[]) => {
      writes.push(chunk.length);
      return write(chunk, ...rest);
    }) as typeof socket.write;
    try {
      for (const p of sent) pair.transport.send(p);
    } finally {
      socket.write = write;
    }
    await waitFor(() => pair.received.length === sent.length, 'every frame');
    assert.equal(pair.transport.directWrites, true, 'ws 8 has the Sender state the direct path reads');
    assert.equal(wsSends, 0, 'an open socket is written directly, not through ws.send');
    assert.deepEqual(
      writes,
      sizes.map((n) => n + (n < 126 ? 2 : n < 65_536 ? 4 : 10)),
      'one write per frame: the header and the payload in one buffer',
    );
    pair.received.forEach((got, i) => assert.deepEqual(new Uint8Array(got), sent[i], `frame ${i}`));
    pair.received.length = 0;
  });

  test('direct writes and ws.send interleave in order', async () => {
    const a = payload(10, 1);
    const b = payload(200, 2);
    const c = payload(10, 3);
    pair.transport.send(a);
    pair.server.send(b);
    pair.transport.sendShared(c);
    await waitFor(() => pair.received.length === 3, 'three frames');
    assert.deepEqual(
      pair.received.map((x) => new Uint8Array(x)),
      [a, b, c],
    );
    pair.received.length = 0;
    wsSends = 0;
  });

  test('a shared frame is framed once for every socket it goes to', () => {
    const frame = payload(40, 9);
    const first = pair.shared.wireOf(frame);
    assert.equal(pair.shared.wireOf(frame), first, 'the same bytes for the next socket');
    assert.deepEqual(new Uint8Array(first), new Uint8Array(wsBinaryFrame(frame)));
    const other = payload(40, 9);
    const second = pair.shared.wireOf(other);
    assert.notEqual(second, first, 'another frame is framed anew');
    assert.equal(pair.shared.wireOf(frame), first, 'frames in between do not evict it');
    assert.equal(pair.shared.wireOf(other), second);
    const third = payload(40, 9);
    pair.shared.wireOf(third);
    assert.equal(pair.shared.wireOf(other), second, 'the two frames used last are kept');
    const again = pair.shared.wireOf(frame);
    assert.notEqual(again, first, 'an older frame is framed anew');
    assert.deepEqual(new Uint8Array(again), new Uint8Array(first), 'to the same bytes');
  });

  test('once ws is no longer open, frames go through ws.send (which drops them after close)', async () => {
    pair.server.close(1000, 'done');
    pair.transport.send(payload(5, 5));
    assert.equal(wsSends, 1);
    await waitFor(() => pair.client.readyState === WebSocket.CLOSED, 'the close');
    assert.equal(pair.received.length, 0, 'nothing after the close frame');
  });
});

describe('wsBinaryFrame', () => {
  test('header bytes of each length form', () => {
    assert.deepEqual([...wsBinaryFrame(payload(3, 0)).subarray(0, 2)], [0x82, 3]);
    assert.deepEqual([...wsBinaryFrame(payload(126, 0)).subarray(0, 4)], [0x82, 126, 0, 126]);
    assert.deepEqual(
      [...wsBinaryFrame(payload(65_536, 0)).subarray(0, 10)],
      [0x82, 127, 0, 0, 0, 0, 0, 1, 0, 0],
    );
  });
});
