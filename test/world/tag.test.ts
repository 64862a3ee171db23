import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { connect } from '../../client/index.js';
import { createTagGame } from '../../games/tag/index.js';
import { startTestServer } from '../helpers/server.js';

const json = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as Record<string, unknown>;

async function until(fn: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!fn()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('docs/GAME_API.md carries the tag game verbatim, and it is under 100 lines', () => {
  const source = readFileSync(new URL('../../games/tag/index.ts', import.meta.url), 'utf8');
  const doc = readFileSync(new URL('../../docs/GAME_API.md', import.meta.url), 'utf8');
  assert.ok(doc.includes(source.trim()), 'GAME_API.md must include games/tag/index.ts verbatim');
  assert.ok(source.split('\n').length < 100);
});

test('the tag game: out of range, then a tag within reach passes "it" on', async () => {
  const t = await startTestServer({}, undefined, { game: createTagGame(15), pois: [] });
  try {
    const ann = await connect(t.server.wsUrl, await t.token('ann'));
    const ben = await connect(t.server.wsUrl, await t.token('ben'));
    ann.reportLocation({ lat: 51.5, lng: -0.12, accuracyM: 4 });
    ben.reportLocation({ lat: 51.5004, lng: -0.12, accuracyM: 4 }); // ~45 m north
    const world = t.server.runtime!.world;
    await until(() =>
      Boolean(
        world.session(ann.hello!.sessionId)?.hasPosition && world.session(ben.hello!.sessionId)?.hasPosition,
      ),
    );
    assert.equal(json((await ann.act('status', {})).payload).it, 'ann');
    const far = await ann.act('tag', { playerId: 'ben' });
    assert.equal(far.errorCode, 'OUT_OF_RANGE');
    const notIt = await ben.act('tag', { playerId: 'ann' });
    assert.equal(notIt.errorCode, 'INVALID');
    // Ann runs to Ben; the server moves her only as far as its filter believes her.
    let tagged = false;
    for (let i = 0; i < 20 && !tagged; i++) {
      const r = await ann.act('tag', { playerId: 'ben' });
      tagged = r.status === 1;
      if (!tagged) {
        ann.reportLocation({ lat: 51.5004, lng: -0.12, accuracyM: 10 });
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    assert.ok(tagged, 'ann tags ben once close');
    assert.equal(json((await ben.act('status', {})).payload).it, 'ben');
    ann.close();
    ben.close();
  } finally {
    await t.stop();
  }
});
