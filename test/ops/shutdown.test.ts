import assert from 'node:assert/strict';
import { test } from 'node:test';
import { connect } from '../../client/index.js';
import { creatures } from '../../games/creatures/index.js';
import { TimerRegistry } from '../../src/ops/timers.js';
import { startTestServer } from '../helpers/server.js';

function resources(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) out[r] = (out[r] ?? 0) + 1;
  return out;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  await new Promise((r) => setTimeout(r, 50));
}

test('the timer registry names its timers and cancels them all on close', async () => {
  const timers = new TimerRegistry();
  let fired = 0;
  timers.every('a', 5, () => fired++);
  timers.every('a', 5, () => fired++);
  const once = timers.after('b', 10_000, () => fired++);
  assert.deepEqual(timers.live(), { a: 2, b: 1 });
  once.cancel();
  assert.deepEqual(timers.live(), { a: 2 });
  await new Promise((r) => setTimeout(r, 30));
  assert.ok(fired > 0);
  timers.close();
  assert.equal(timers.size, 0);
  assert.deepEqual(timers.live(), {});
  assert.throws(() => timers.every('late', 5, () => {}), /after the timer registry was closed/);
});

test('shutdown leaves nothing running: no timers, sockets or servers', async () => {
  await settle();
  const before = resources();
  const t = await startTestServer({}, undefined, { game: creatures });
  const client = await connect(t.server.wsUrl, await t.token('leaver'));
  client.reportLocation({ lat: 35.6586, lng: 139.7454, accuracyM: 5 });
  await new Promise((r) => setTimeout(r, 300));
  assert.ok(t.server.timers.live()['world.tick'] === 1);
  assert.ok(t.server.timers.live()['session.heartbeat'] === 1);
  client.close();
  await t.server.drain();
  assert.equal(t.server.timers.size, 0, `live timers: ${JSON.stringify(t.server.timers.live())}`);
  await t.stop();
  await settle();
  const after = resources();
  for (const kind of ['TCPServerWrap', 'TCPSocketWrap', 'Timeout']) {
    assert.ok(
      (after[kind] ?? 0) <= (before[kind] ?? 0),
      `${kind}: ${after[kind] ?? 0} after, ${before[kind] ?? 0} before`,
    );
  }
});
