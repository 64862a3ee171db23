// An action's payload must be UTF-8 JSON: bytes that are not UTF-8 are refused as such, not read
// with replacement characters into a value the game then looks up.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { creatures } from '../../games/creatures/index.js';
import { RawClient, startTestServer } from '../helpers/server.js';

test('an action payload that is not UTF-8 gets INVALID, and one that is gets its answer', async () => {
  const t = await startTestServer({}, undefined, { game: creatures });
  const raw = await RawClient.connect(t.server.wsUrl, await t.token('ua'));
  try {
    await raw.hello();
    const bad = Buffer.from('{"spawnId":"x\xff"}', 'latin1');
    raw.send({
      actionRequest: { opId: '0190a000-0000-7000-8000-0000000000c1', kind: 'catch', payload: bad },
    });
    const refused = (await raw.next('actionResult')).actionResult!;
    assert.equal(refused.errorCode, 'INVALID');
    assert.equal(refused.errorMessage, 'payload is not valid UTF-8 JSON');
    const good = new TextEncoder().encode('{"spawnId":"zoë"}');
    raw.send({
      actionRequest: { opId: '0190a000-0000-7000-8000-0000000000c2', kind: 'catch', payload: good },
    });
    const answered = (await raw.next('actionResult')).actionResult!;
    assert.notEqual(answered.errorMessage, 'payload is not valid UTF-8 JSON');
  } finally {
    raw.close();
    await t.stop();
  }
});
