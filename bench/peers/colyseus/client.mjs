// One colyseus.js client for the rooms benchmark (the ConnectRoomClient of bench/rooms/target.ts).
// colyseus.js on Node 20 opens its socket with `ws` and takes no source address: every client
// connects from 127.0.0.1 (enough ephemeral ports for the benchmark's sizes).
import { Client } from 'colyseus.js';

export async function connect(spec, events) {
  const client = new Client(spec.url);
  let room;
  try {
    room = await client.joinOrCreate('battle', { group: String(spec.room) });
  } catch (err) {
    throw Object.assign(new Error(err?.message ?? String(err)), { code: `join_${err?.code ?? 'failed'}` });
  }
  // joinOrCreate resolves on JOIN_ROOM; the full state follows in ROOM_STATE.
  let ready = false;
  await new Promise((resolve, reject) => {
    room.onStateChange((state) => {
      if (!ready) {
        ready = true;
        resolve();
        return;
      }
      const me = state.players.get(room.sessionId);
      if (me) events.update(me.lastInput, me.value);
      else events.update(undefined, undefined);
    });
    room.onError((code) => {
      if (ready) events.error(`colyseus_${code}`);
      else reject(Object.assign(new Error(`room error ${code}`), { code: `colyseus_${code}` }));
    });
    room.onLeave((code) => {
      if (ready) events.closed(`close_${code}`);
      else reject(Object.assign(new Error(`left ${code}`), { code: `close_${code}` }));
    });
  });
  return {
    send(id, value) {
      if (!room.connection.isOpen) return false;
      room.send('input', { k: id, v: value });
      return true;
    },
    close() {
      room.leave(true).catch(() => {});
    },
  };
}
