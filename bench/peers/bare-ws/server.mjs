// The rooms scenario on a bare `ws` server: the least a server can do for it (see ../README.md).
// Rooms are created on the first join and keep the members' last input id and value sum; each
// room has its own tick timer (started when the room is created, so rooms tick out of phase, as
// Colyseus rooms do) and sends the members whose state changed since the previous tick, in one
// frame encoded once and written to every member. Nothing is sent when nothing changed.
//
// Frames, all little-endian. Client -> server: input [u32 id][i32 value]. Server -> client:
// welcome [u8 1][u8 slot]; update [u8 2][u8 n] then n x [u8 slot][u32 last input id][i32 sum].
import { parseArgs } from 'node:util';
import { WebSocketServer } from 'ws';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'room-size': { type: 'string', default: '10' },
    'tick-hz': { type: 'string', default: '20' },
  },
});
const roomSize = Number(values['room-size']);
const tickMs = 1000 / Number(values['tick-hz']);
if (!(roomSize >= 1 && roomSize <= 255) || !(tickMs > 0)) {
  process.stderr.write('bare-ws: --room-size must be 1..255 and --tick-hz > 0\n');
  process.exit(2);
}

const CLOSE_ROOM_FULL = 4001;
const CLOSE_BAD_INPUT = 4002;
const CLOSE_BAD_ROOM = 4003;

class Room {
  constructor(id) {
    this.id = id;
    this.members = new Array(roomSize).fill(null);
    this.count = 0;
    this.lastInput = new Uint32Array(roomSize);
    this.value = new Int32Array(roomSize);
    this.dirty = new Uint8Array(roomSize);
    this.dirtyCount = 0;
    this.timer = setInterval(() => this.tick(), tickMs);
  }

  tick() {
    if (this.dirtyCount === 0) return;
    const frame = Buffer.allocUnsafe(2 + 9 * this.dirtyCount);
    frame[0] = 2;
    frame[1] = this.dirtyCount;
    let o = 2;
    for (let s = 0; s < roomSize; s++) {
      if (!this.dirty[s]) continue;
      this.dirty[s] = 0;
      frame[o] = s;
      frame.writeUInt32LE(this.lastInput[s], o + 1);
      frame.writeInt32LE(this.value[s], o + 5);
      o += 9;
    }
    this.dirtyCount = 0;
    for (const ws of this.members) if (ws) ws.send(frame);
  }

  apply(slot, id, value) {
    this.lastInput[slot] = id;
    this.value[slot] += value;
    if (!this.dirty[slot]) {
      this.dirty[slot] = 1;
      this.dirtyCount++;
    }
  }

  join(ws) {
    const slot = this.members.indexOf(null);
    if (slot < 0) return -1;
    this.members[slot] = ws;
    this.count++;
    this.lastInput[slot] = 0;
    this.value[slot] = 0;
    return slot;
  }

  leave(slot) {
    this.members[slot] = null;
    this.count--;
    if (this.dirty[slot]) {
      this.dirty[slot] = 0;
      this.dirtyCount--;
    }
    if (this.count === 0) {
      clearInterval(this.timer);
      rooms.delete(this.id);
    }
  }
}

const rooms = new Map();
const wss = new WebSocketServer({
  host: values.host,
  port: Number(values.port),
  perMessageDeflate: false,
  clientTracking: true,
  maxPayload: 1024,
});

wss.on('connection', (ws, req) => {
  const roomId = Number(new URL(req.url ?? '/', 'ws://x').searchParams.get('room'));
  if (!Number.isInteger(roomId) || roomId < 0) {
    ws.close(CLOSE_BAD_ROOM, 'bad room');
    return;
  }
  let room = rooms.get(roomId);
  if (!room) {
    room = new Room(roomId);
    rooms.set(roomId, room);
  }
  const slot = room.join(ws);
  if (slot < 0) {
    ws.close(CLOSE_ROOM_FULL, 'room full');
    return;
  }
  ws.on('error', () => {});
  ws.on('message', (data, isBinary) => {
    if (!isBinary || data.length !== 8) {
      ws.close(CLOSE_BAD_INPUT, 'bad input');
      return;
    }
    const id = data.readUInt32LE(0);
    const value = data.readInt32LE(4);
    // Inputs arrive in order on one socket; an old or repeated id is refused, not applied twice.
    if (id <= room.lastInput[slot] || value < -1000 || value > 1000) {
      ws.close(CLOSE_BAD_INPUT, 'bad input');
      return;
    }
    room.apply(slot, id, value);
  });
  ws.on('close', () => room.leave(slot));
  ws.send(Buffer.from([1, slot]));
});

wss.on('listening', () => {
  process.stdout.write(`${JSON.stringify({ listening: wss.address().port })}\n`);
});

function stop() {
  for (const room of rooms.values()) clearInterval(room.timer);
  for (const ws of wss.clients) ws.terminate();
  wss.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
