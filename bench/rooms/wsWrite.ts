/**
 * The cost to the writer of one server-to-client WebSocket frame on loopback, three ways: through
 * `ws.send` (a header allocation, a cork and a two-buffer writev per frame); as one pre-framed
 * buffer written to the TCP socket, framed for each socket (`direct`: WsTransport.send, as world
 * deltas go); and framed once for all sockets (`shared`: WsTransport.sendShared, as a room update
 * goes to its members). N real sockets, their reader in another process; each round writes one
 * frame to every socket; CPU time of this process per write, user and system, the ways in
 * rotating order, each run after the sockets drained. docs/BENCHMARKS.md, "Rooms: the send path,
 * the fixed-rate tick and the SDK".
 *
 *   node --import tsx bench/rooms/wsWrite.ts [sockets 1000] [bytes 184] [rounds 300] [rotations 3]
 */
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { WebSocket, WebSocketServer } from 'ws';
import { SharedFrames, WsTransport } from '../../src/net/wsTransport.js';

if (process.argv[2] === '--reader') {
  // The reader: opens the sockets and reads every frame.
  const [url, n] = [process.argv[3]!, Number(process.argv[4])];
  for (let i = 0; i < n; i++) {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.on('message', () => {});
    ws.on('error', () => {});
    if (i % 50 === 49) await new Promise((r) => setTimeout(r, 20));
  }
} else {
  const arg = (i: number, d: number) => Number(process.argv[2 + i] ?? d);
  const [sockets, bytes, rounds, pairs] = [arg(0, 1000), arg(1, 184), arg(2, 300), arg(3, 3)];
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const open: WebSocket[] = [];
  wss.on('connection', (ws) => open.push(ws));
  const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  const reader = fork(fileURLToPath(import.meta.url), ['--reader', url, String(sockets)], {
    execArgv: process.execArgv,
  });
  let readerGone = false;
  reader.on('exit', () => (readerGone = true));
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  try {
    const deadline = Date.now() + 60_000;
    while (open.length < sockets) {
      if (readerGone || Date.now() > deadline) {
        throw new Error(`only ${open.length} of ${sockets} sockets connected`);
      }
      await sleep(50);
    }
    const shared = new SharedFrames();
    const transports = open.map(
      (ws) => new WsTransport(ws, (ws as unknown as { _socket: WsTransport['socket'] })._socket, shared),
    );
    if (!transports.every((t) => t.directWrites))
      throw new Error('ws lacks the Sender state: no direct path');
    const frame = new Uint8Array(bytes).fill(7);
    const drained = async () => {
      while (open.some((ws) => ws.bufferedAmount > 0)) await sleep(5);
    };
    type Way = 'ws.send' | 'direct' | 'shared';
    const measure = async (way: Way) => {
      await drained();
      const before = process.cpuUsage();
      for (let r = 0; r < rounds; r++) {
        if (way === 'ws.send') for (const ws of open) ws.send(frame);
        else if (way === 'direct') for (const t of transports) t.send(frame);
        // A new frame each round, as each room tick makes one: framed once, then for every socket.
        else {
          const f = frame.slice();
          for (const t of transports) t.sendShared(f);
        }
        await sleep(5);
      }
      await drained();
      const cpu = process.cpuUsage(before);
      const n = rounds * sockets;
      const us = (x: number) => Math.round((x / n) * 100) / 100;
      return {
        way,
        us_per_write: us(cpu.user + cpu.system),
        user_us: us(cpu.user),
        system_us: us(cpu.system),
      };
    };
    const ways: Way[] = ['ws.send', 'direct', 'shared'];
    for (const way of ways) await measure(way); // warm-up
    for (let p = 0; p < pairs; p++) {
      // Rotating order: no way always runs first or last.
      for (let i = 0; i < ways.length; i++) {
        const way = ways[(i + p) % ways.length]!;
        process.stdout.write(`${JSON.stringify({ sockets, bytes, rounds, ...(await measure(way)) })}\n`);
      }
    }
  } finally {
    reader.kill();
    for (const ws of open) ws.terminate();
    wss.close();
  }
}
