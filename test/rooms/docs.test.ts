import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { connect, type GeoplayClient } from '../../client/index.js';
import { createTapRace } from '../../games/taprace/index.js';
import { startTestServer } from '../helpers/server.js';
import { until } from './helpers.js';

test('docs/ROOMS.md carries the tap race verbatim', () => {
  const source = readFileSync(new URL('../../games/taprace/index.ts', import.meta.url), 'utf8');
  const doc = readFileSync(new URL('../../docs/ROOMS.md', import.meta.url), 'utf8');
  assert.ok(doc.includes(source.trim()), 'ROOMS.md must include games/taprace/index.ts verbatim');
});

test('the tap race: two players race, the first to the goal wins one trophy', async () => {
  const game = createTapRace(6);
  const race = game.rooms!.race!;
  // The documented race with short waits, so the test does not sit through the lobby.
  Object.assign(race.settings, { fillTimeoutMs: 100, countdownMs: 50 });
  const t = await startTestServer({}, undefined, { game, pois: [] });
  const clients: GeoplayClient[] = [];
  try {
    for (const id of ['ann', 'ben']) clients.push(await connect(t.server.wsUrl, await t.token(id)));
    const [ann, ben] = await Promise.all(clients.map((c) => c.rooms.join({ type: 'race' })));
    assert.equal(ann!.id, ben!.id);
    const refused: string[] = [];
    ann!.on('error', (e) => refused.push(e.code));
    ann!.send('tap', { n: 1, extra: true });
    await until(() => refused.length === 1, 'strict payload refused');
    assert.equal(refused[0], 'ROOM_INVALID_PAYLOAD');
    await until(() => ann!.phase === 'running', 'running');
    const ended = new Promise<unknown>((resolve) => ben!.on('ended', resolve));
    for (let i = 0; i < 3; i++) {
      ann!.send('tap', { n: 2 });
      ben!.send('tap', { n: 1 });
      await new Promise((r) => setTimeout(r, 150));
    }
    assert.deepEqual(await ended, { winner: 'ann', reason: 'done' });
    assert.equal(ben!.get('taps:ann'), 6);
    assert.equal(t.server.runtime!.itemCount('ann', 'trophy'), 1);
    assert.equal(t.server.runtime!.itemCount('ben', 'trophy'), 0);
  } finally {
    for (const c of clients) c.close();
    await t.stop();
  }
});
