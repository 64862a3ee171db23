import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { main, runJournal, seedPlayers } from '../../bench/journal.js';
import { openPGliteStore, type Store } from '../../src/cluster/store/index.js';

describe('journal bench (smoke: shape and counts only, never timings)', () => {
  let store: Store;
  before(async () => {
    store = await openPGliteStore({ dataDir: 'memory://' });
    await seedPlayers(store, 20);
  });
  after(() => store.close());

  it('drives OpJournal at an offered rate and reports every figure', async () => {
    for (const intervalMs of [100, 0]) {
      const r = await runJournal(store, 'pglite', {
        load: { rate: 500 },
        intervalMs,
        maxBatch: 7,
        seconds: 1,
        players: 20,
        warmupS: 0.2,
      });
      assert.equal(r.mode, 'rate');
      assert.equal(r.interval_ms, intervalMs);
      assert.equal(r.offered_ops_per_s, 500);
      assert.equal(r.outstanding, null);
      assert.ok(r.ops > 0 && r.ops_per_s > 0, `ops ${r.ops}`);
      // The batches are OpJournal's: its maxBatch caps them.
      assert.ok(r.commits > 0 && r.batch_ops.mean > 0 && r.batch_ops.max <= 7, JSON.stringify(r.batch_ops));
      assert.ok(r.ack_ms.p50 > 0 && r.ack_ms.p99 >= r.ack_ms.p50 && r.ack_ms.max >= r.ack_ms.p99);
      assert.ok(r.submit_lag_ms && r.submit_lag_ms.max >= r.submit_lag_ms.p50);
      assert.ok(r.commit_ms.p50 > 0);
      assert.equal(r.ops_short, 0, 'seeded players are never short of balls');
      assert.equal(r.target, null);
    }
  });

  it('keeps a fixed number of ops outstanding in capacity mode', async () => {
    const r = await runJournal(store, 'postgres', {
      load: { outstanding: 30 },
      intervalMs: 0,
      maxBatch: 2000,
      seconds: 0.5,
      players: 20,
      warmupS: 0.1,
    });
    assert.equal(r.mode, 'capacity');
    assert.equal(r.outstanding, 30);
    assert.equal(r.offered_ops_per_s, null);
    assert.equal(r.submit_lag_ms, null);
    assert.ok(r.commits >= 1 && r.ops_per_s > 0);
    // Never more in one commit than the ops outstanding.
    assert.ok(r.batch_ops.max <= 30, JSON.stringify(r.batch_ops));
    assert.equal(r.target, null, 'the target is judged on the offered-rate runs only');
    assert.doesNotThrow(() => JSON.stringify(r));
  });

  it('judges the target on PostgreSQL rate runs', async () => {
    const r = await runJournal(store, 'postgres', {
      load: { rate: 200 },
      intervalMs: 0,
      maxBatch: 2000,
      seconds: 0.3,
      players: 20,
      warmupS: 0.1,
    });
    // 200 offered ops/s can never reach 5,000 acknowledged.
    assert.deepEqual(r.target, { ops_per_s: 5000, ack_p99_ms: 220, met: false });
  });

  it('refuses bad arguments', async () => {
    const err = console.error;
    console.error = () => undefined;
    try {
      assert.equal(await main(['--rate', '-1']), 2);
      assert.equal(await main(['--nope', '1']), 2);
      assert.equal(await main(['--stores']), 2);
      assert.equal(await main(['--interval-ms', '-5']), 2);
      assert.equal(await main(['--max-batch', '0']), 2);
      assert.equal(await main(['--capacity', '0']), 2);
    } finally {
      console.error = err;
    }
  });
});
