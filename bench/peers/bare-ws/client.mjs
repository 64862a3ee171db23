// One client of the bare-ws peer for the rooms benchmark (the ConnectRoomClient of
// bench/rooms/target.ts); frames are described in server.mjs.
import WebSocket from 'ws';

export async function connect(spec, events) {
  const ws = new WebSocket(`${spec.url}/?room=${spec.room}`, {
    perMessageDeflate: false,
    localAddress: spec.localAddress,
  });
  let slot = -1;
  await new Promise((resolve, reject) => {
    ws.on('message', (data) => {
      if (data[0] === 2 && slot >= 0) {
        const n = data[1];
        for (let i = 0, o = 2; i < n; i++, o += 9) {
          if (data[o] === slot) {
            events.update(data.readUInt32LE(o + 1), data.readInt32LE(o + 5));
            return;
          }
        }
        events.update(undefined, undefined);
      } else if (data[0] === 1 && slot < 0) {
        slot = data[1];
        resolve();
      }
    });
    ws.on('error', (err) => {
      if (slot < 0) reject(Object.assign(new Error(err.message), { code: err.code ?? 'SOCKET_ERROR' }));
    });
    ws.on('close', (code) => {
      if (slot < 0) reject(Object.assign(new Error(`closed ${code}`), { code: `close_${code}` }));
      else events.closed(`close_${code}`);
    });
  });
  return {
    send(id, value) {
      if (ws.readyState !== WebSocket.OPEN) return false;
      const frame = Buffer.allocUnsafe(8);
      frame.writeUInt32LE(id, 0);
      frame.writeInt32LE(value, 4);
      ws.send(frame);
      return true;
    },
    close() {
      ws.close();
    },
  };
}
