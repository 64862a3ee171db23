// A room of real SDK clients over real sockets: inputs become authoritative state, and every
// member receives the very same bytes for each room update.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { counterRoom, sleep, startRoomServer, tappedClient, until } from './helpers.js';

test('inputs produce the authoritative state, and every member gets identical update bytes per tick', async () => {
  const t = await startRoomServer({ counter: counterRoom({ maxPlayers: 4 }) });
  const clients = [];
  try {
    for (let i = 0; i < 4; i++) {
      const c = tappedClient(t.server.wsUrl, await t.token(`p${i}`));
      await c.client.start();
      clients.push(c);
    }
    const rooms = await Promise.all(clients.map((c) => c.client.rooms.join({ type: 'counter' })));
    assert.equal(new Set(rooms.map((r) => r.id)).size, 1, 'the matchmaker seats all four in one room');
    await until(() => rooms.every((r) => r.phase === 'running'), 'running');
    for (let k = 0; k < 5; k++) {
      rooms.forEach((r, i) => r.send('add', { n: i + 1 }));
      await sleep(60); // about one round per tick
    }
    const total = 5 * (1 + 2 + 3 + 4);
    await until(() => rooms.every((r) => r.get('total') === total), 'every member sees the total');
    rooms.forEach((r) => {
      for (let i = 0; i < 4; i++) assert.equal(r.get(`p:p${i}`), 5 * (i + 1));
      assert.equal(r.members.size, 4);
    });
    const server = t.server.rooms!.rooms.get(rooms[0]!.id)!;
    assert.equal(server.state.get('total'), total);
    // Each tick's update: one frame per member, the same bytes for all of them.
    const byTick = clients.map((c) => {
      const m = new Map<number, Buffer>();
      for (const f of c.tap.frames) {
        const u = f.env.roomUpdate;
        if (f.env.body !== 'roomUpdate' || !u || u.snapshot) continue;
        assert.equal(f.env.seq, 0, 'room updates are not numbered');
        assert.equal(f.env.ack, 0);
        const tick = u.tick ?? 0;
        assert.ok(!m.has(tick), `one update per tick (tick ${tick})`);
        m.set(tick, f.bytes);
      }
      return m;
    });
    const ticks = [...byTick[0]!.keys()];
    assert.ok(ticks.length >= 3, `${ticks.length} updates`);
    let compared = 0;
    for (const tick of ticks) {
      const frames = byTick.map((m) => m.get(tick));
      if (frames.some((f) => f === undefined)) continue; // sent before the last member joined
      for (const f of frames) assert.ok(f!.equals(frames[0]!), `tick ${tick}: identical bytes`);
      compared++;
    }
    assert.ok(compared >= 3, `${compared} ticks compared`);
  } finally {
    for (const c of clients) c.client.close();
    await t.stop();
  }
});
