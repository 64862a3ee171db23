// The world scenario's floor on a bare `ws` server: the least any server that serves it must do on
// this machine (see ../README.md and `geoplay bench world-floor`). It accepts N clients, reads
// their 1 Hz location reports and throws them away, and at each tick (5 Hz) writes every client one
// binary frame of --delta-bytes: the one socket write per session per tick that the world's
// fan-out cannot do without. No game, no interest sets, no encoding per session: the frame is made
// once per tick, already framed for WebSocket, and the same bytes go to every socket, so what is
// measured is the writes themselves.
//
// Frame payload, little-endian: [u32 tick][f64 tick start, ms on the host's shared clock
// (performance.timeOrigin + performance.now())] then filler up to --delta-bytes.
import { parseArgs } from 'node:util';
import { WebSocketServer } from 'ws';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'tick-hz': { type: 'string', default: '5' },
    'delta-bytes': { type: 'string', default: '1000' },
    backlog: { type: 'string', default: '4096' },
  },
});
const tickMs = 1000 / Number(values['tick-hz']);
const deltaBytes = Number(values['delta-bytes']);
if (!(tickMs > 0) || !Number.isInteger(deltaBytes) || deltaBytes < 12 || deltaBytes > 65535) {
  process.stderr.write('bare-world: --tick-hz must be > 0 and --delta-bytes 12..65535\n');
  process.exit(2);
}

const wss = new WebSocketServer({
  host: values.host,
  port: Number(values.port),
  backlog: Number(values.backlog),
  perMessageDeflate: false,
  maxPayload: 4096,
  clientTracking: false,
});
const sockets = new Set();
wss.on('connection', (ws) => {
  // ws's own socket: the frames below are written to it whole, as geoplay's WsTransport does.
  const socket = ws._socket;
  sockets.add(socket);
  ws.on('message', () => {});
  ws.on('error', () => {});
  ws.on('close', () => sockets.delete(socket));
});

// A server -> client WebSocket frame: FIN + binary, unmasked, 16-bit length when over 125 bytes.
// A new one each tick: a socket with writes still queued holds the earlier tick's bytes.
const header = deltaBytes < 126 ? 2 : 4;
function tickFrame(tick) {
  const frame = Buffer.alloc(header + deltaBytes, 0x5a);
  frame[0] = 0x82;
  if (header === 2) frame[1] = deltaBytes;
  else {
    frame[1] = 126;
    frame.writeUInt16BE(deltaBytes, 2);
  }
  frame.writeUInt32LE(tick, header);
  frame.writeDoubleLE(performance.timeOrigin + performance.now(), header + 4);
  return frame;
}

let tick = 0;
let next = performance.now() + tickMs;
let timer;
function onTick() {
  const frame = tickFrame(++tick);
  for (const s of sockets) {
    // A reader that stopped reading gets no more until its queue drains, as geoplay skips one.
    if (s.writableLength < 1 << 20) s.write(frame);
  }
  // Drift-free: the next tick is due a period after this one was due, not after this one ended.
  next += tickMs;
  const now = performance.now();
  if (next < now) next = now;
  timer = setTimeout(onTick, next - now);
}
timer = setTimeout(onTick, tickMs);

function stop() {
  clearTimeout(timer);
  for (const s of sockets) s.destroy();
  wss.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
wss.on('listening', () => process.stdout.write(`${JSON.stringify({ listening: wss.address().port })}\n`));
