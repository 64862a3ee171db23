import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { main, runCapacity, runTickVariant } from '../../bench/journal.js';
import { openPGliteStore, type Store } from '../../src/cluster/store/index.js';

describe('journal bench (smoke: shape and counts only, never timings)', () => {
  let store: Store;
  before(async () => {
    store = await openPGliteStore({ dataDir: 'memory://' });
  });
  after(() => store.close());

  it('simulates ticks and back-to-back batches and reports every figure', async () => {
    for (const tickMs of [100, 0]) {
      const r = await runTickVariant(store, 'pglite', {
        rate: 500,
        seconds: 1,
        tickMs,
        players: 20,
        warmupS: 0.2,
      });
      assert.equal(r.mode, 'tick');
      assert.equal(r.tick_ms, tickMs);
      assert.ok(r.ops > 300 && r.ops <= 600, `ops ${r.ops}`);
      assert.ok(r.batches > 0 && r.batch_ops_mean > 0);
      assert.ok(r.ack_ms.p50 > 0 && r.ack_ms.p99 >= r.ack_ms.p50 && r.ack_ms.max >= r.ack_ms.p99);
      assert.ok(r.commit_ms.p50 > 0);
      assert.equal(r.target, null);
    }
    const c = await runCapacity(store, 'pglite', 50, 0.3, 20);
    assert.equal(c.batch_ops, 50);
    assert.ok(c.batches >= 1 && c.ops_per_s > 0);
    assert.doesNotThrow(() => JSON.stringify(c));
  });

  it('refuses bad arguments', async () => {
    const err = console.error;
    console.error = () => undefined;
    try {
      assert.equal(await main(['--rate', '-1']), 2);
      assert.equal(await main(['--nope', '1']), 2);
      assert.equal(await main(['--stores']), 2);
    } finally {
      console.error = err;
    }
  });
});
