import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setImmediate as turn } from 'node:timers/promises';
import { InboundBatch } from '../../src/net/inbound.js';

function recorder() {
  const handled: string[] = [];
  const failed: string[] = [];
  const batch = new InboundBatch<string>(
    (socket, data, isBinary, nowMs) => {
      // The batch's clock, read once for all its messages.
      assert.ok(Math.abs(nowMs - Date.now()) < 1000);
      if (data.toString() === 'boom') throw new Error('handler bug');
      handled.push(`${socket}:${data.toString()}:${isBinary ? 'b' : 't'}`);
    },
    (socket, err) => failed.push(`${socket}:${(err as Error).message}`),
  );
  return { batch, handled, failed };
}

test('messages are handled after the poll phase, together, in arrival order', async () => {
  const { batch, handled } = recorder();
  batch.push('a', Buffer.from('1'), true);
  batch.push('b', Buffer.from('2'), true);
  batch.push('a', Buffer.from('3'), false);
  assert.deepEqual(handled, []);
  assert.equal(batch.size, 3);
  await turn();
  assert.deepEqual(handled, ['a:1:b', 'b:2:b', 'a:3:t']);
  assert.equal(batch.size, 0);
  batch.push('c', Buffer.from('4'), true);
  await turn();
  assert.deepEqual(handled.slice(3), ['c:4:b']);
});

test('run() handles the queue at once (a socket closing), and the scheduled turn finds nothing', async () => {
  const { batch, handled } = recorder();
  batch.push('a', Buffer.from('last'), true);
  batch.run();
  assert.deepEqual(handled, ['a:last:b']);
  await turn();
  await turn();
  assert.deepEqual(handled, ['a:last:b']);
});

test("one message's handler throwing is reported and the rest of the batch goes on", async () => {
  const { batch, handled, failed } = recorder();
  batch.push('a', Buffer.from('1'), true);
  batch.push('b', Buffer.from('boom'), true);
  batch.push('c', Buffer.from('3'), true);
  await turn();
  assert.deepEqual(handled, ['a:1:b', 'c:3:b']);
  assert.deepEqual(failed, ['b:handler bug']);
});

test('a handler that runs the batch again (a close it caused) handles nothing twice, nor out of order', async () => {
  const handled: string[] = [];
  const batch: InboundBatch<string> = new InboundBatch<string>(
    (socket, data) => {
      handled.push(`${socket}:${data.toString()}`);
      if (socket === 'a') {
        batch.push('late', Buffer.from('x'), true);
        batch.run();
      }
    },
    () => assert.fail('no handler throws'),
  );
  batch.push('a', Buffer.from('1'), true);
  batch.push('b', Buffer.from('2'), true);
  await turn();
  await turn();
  assert.deepEqual(handled, ['a:1', 'b:2', 'late:x']);
});

test('clear() drops what is queued, and its scheduled turn handles nothing', async () => {
  const { batch, handled } = recorder();
  batch.push('a', Buffer.from('1'), true);
  batch.clear();
  assert.equal(batch.size, 0);
  await turn();
  await turn();
  assert.deepEqual(handled, []);
  batch.push('b', Buffer.from('2'), true);
  await turn();
  assert.deepEqual(handled, ['b:2:b']);
});

test('a report that throws too does not stop the batch', async () => {
  const handled: string[] = [];
  const batch = new InboundBatch<string>(
    (socket) => {
      if (socket === 'bad') throw new Error('handler bug');
      handled.push(socket);
    },
    () => {
      throw new Error('logger down');
    },
  );
  batch.push('bad', Buffer.from('1'), true);
  batch.push('good', Buffer.from('2'), true);
  await turn();
  assert.deepEqual(handled, ['good']);
});
