// The rooms scenario on Colyseus 0.16 (see ../README.md), written the way the Colyseus docs write
// a room: a Schema state with a MapSchema of players, an onMessage handler that mutates it, and
// the built-in patch interval (patchRate) that encodes the changes once per room and sends the
// same bytes to every client. Rooms are matched by the `group` join option (filterBy), so the
// harness decides who shares a room, as it does for every target.
import { parseArgs } from 'node:util';
import { Room, Server } from '@colyseus/core';
import { defineTypes, MapSchema, Schema } from '@colyseus/schema';
import { WebSocketTransport } from '@colyseus/ws-transport';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'room-size': { type: 'string', default: '10' },
    'tick-hz': { type: 'string', default: '20' },
  },
});
const roomSize = Number(values['room-size']);
const patchMs = 1000 / Number(values['tick-hz']);
if (!(roomSize >= 1) || !(patchMs > 0)) {
  process.stderr.write('colyseus peer: --room-size must be >= 1 and --tick-hz > 0\n');
  process.exit(2);
}

class Player extends Schema {
  constructor() {
    super();
    this.lastInput = 0;
    this.value = 0;
  }
}
defineTypes(Player, { lastInput: 'uint32', value: 'int32' });

class State extends Schema {
  constructor() {
    super();
    this.players = new MapSchema();
  }
}
defineTypes(State, { players: { map: Player } });

class Battle extends Room {
  maxClients = roomSize;
  patchRate = patchMs;
  state = new State();

  onCreate() {
    this.onMessage('input', (client, msg) => {
      const player = this.state.players.get(client.sessionId);
      // The same checks as the bare-ws peer: an integer id after the last, a bounded value.
      if (
        !player ||
        typeof msg !== 'object' ||
        msg === null ||
        !Number.isInteger(msg.k) ||
        !Number.isInteger(msg.v) ||
        msg.k <= player.lastInput ||
        msg.v < -1000 ||
        msg.v > 1000
      ) {
        client.leave(4002, 'bad input');
        return;
      }
      player.lastInput = msg.k;
      player.value += msg.v;
    });
  }

  onJoin(client) {
    this.state.players.set(client.sessionId, new Player());
  }

  onLeave(client) {
    this.state.players.delete(client.sessionId);
  }
}

const transport = new WebSocketTransport();
const server = new Server({ transport, greet: false, gracefullyShutdown: false });
server.define('battle', Battle).filterBy(['group']);
await server.listen(Number(values.port), values.host);
process.stdout.write(`${JSON.stringify({ listening: transport.server.address().port })}\n`);

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(0), 3000).unref();
  server.gracefullyShutdown(true).catch(() => process.exit(1));
}
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
