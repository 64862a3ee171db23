import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  INSUFFICIENT_ITEMS,
  isStoreError,
  MIGRATIONS,
  type OpCommit,
  type Store,
  StoreError,
  validateOp,
} from '../../src/cluster/store/index.js';

/**
 * The Store contract: every adapter runs exactly these tests (test/store/<adapter>.test.ts).
 */
export interface StoreTarget {
  /**
   * A Store on database `name`: a new name is a new, empty database; the same name opens the same
   * data again (after the previous store on it was closed).
   */
  open(name: string): Promise<Store>;
  /** Takes the database away from `store` (server gone); the store must then answer UNAVAILABLE. */
  outage(store: Store): Promise<void>;
  /** Runs SQL directly on database `name`, while no store has it open. */
  query(name: string, sql: string): Promise<Record<string, unknown>[]>;
  /** Removes everything the target made. */
  dispose(): Promise<void>;
}

let seq = 0;
/** A unique op id (UUIDv7-like enough: unique, sortable by creation). */
export function opId(): string {
  seq++;
  return `0190${Date.now().toString(16)}-${String(seq).padStart(6, '0')}-${Math.random().toString(16).slice(2, 10)}`;
}

export function op(over: Partial<OpCommit> & { playerId?: string } = {}): OpCommit {
  return {
    opId: opId(),
    playerId: 'p1',
    kind: 'catch',
    payload: { spawn: 's1', ball: 'pokeball' },
    status: 'accepted',
    result: { caught: true },
    hlc: { ms: 1_700_000_000_000, logical: 0 },
    clientTimeMs: 1_699_999_999_000.5,
    shard: '89c25',
    inventoryDeltas: [],
    cooldowns: [],
    ...over,
  };
}

async function storeCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof StoreError, `expected a StoreError, got ${String(e)}`);
    return e.code;
  }
  return 'resolved';
}

export function runStoreContract(name: string, makeTarget: () => Promise<StoreTarget>): void {
  describe(`Store contract: ${name}`, () => {
    let target: StoreTarget;
    let n = 0;
    const open: Store[] = [];
    /** A store on a fresh database (closed after the suite). */
    const fresh = async (): Promise<{ store: Store; db: string }> => {
      const db = `c${++n}`;
      const store = await target.open(db);
      open.push(store);
      return { store, db };
    };

    before(async () => {
      target = await makeTarget();
    });
    after(async () => {
      await Promise.allSettled(open.map((s) => s.close()));
      await target.dispose();
    });

    it('runs the migrations at open, and again as a no-op, keeping the data', async () => {
      const { store, db } = await fresh();
      const a = op();
      await store.commitOps([a]);
      await store.close();
      const again = await target.open(db);
      open.push(again);
      assert.deepEqual((await again.getOp(a.opId))?.result, { caught: true });
      await again.close();
      const third = await target.open(db);
      await third.close();
      const rows = await target.query(db, 'SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(
        rows.map((r) => Number(r.version)),
        MIGRATIONS.map((m) => m.version),
      );
    });

    it('refuses a database with a newer or edited schema (MIGRATION_FAILED)', async () => {
      const { store, db } = await fresh();
      await store.close();
      await target.query(
        db,
        `INSERT INTO schema_migrations (version, name, checksum) VALUES (999, 'future', 'x')`,
      );
      assert.equal(await storeCode(target.open(db)), 'MIGRATION_FAILED');
      await target.query(db, `DELETE FROM schema_migrations WHERE version = 999`);
      await target.query(db, `UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1`);
      assert.equal(await storeCode(target.open(db)), 'MIGRATION_FAILED');
    });

    it('commits an op with its effects and answers from the stored row', async () => {
      const { store } = await fresh();
      await store.upsertPlayer({ id: 'p1', name: 'Ann' });
      const a = op({
        inventoryDeltas: [
          { item: 'ball', delta: 5 },
          { item: 'berry', delta: 2 },
        ],
        cooldowns: [{ key: 'spin:poi1', untilMs: 1_700_000_300_000 }],
      });
      const [out] = await store.commitOps([a]);
      assert.ok(out);
      assert.equal(out.applied, true);
      assert.equal(out.opId, a.opId);
      const { createdAtMs, ...rest } = out.stored;
      assert.ok(Math.abs(createdAtMs - Date.now()) < 60_000);
      assert.deepEqual(rest, {
        opId: a.opId,
        playerId: 'p1',
        kind: 'catch',
        payload: { spawn: 's1', ball: 'pokeball' },
        status: 'accepted',
        errorCode: null,
        result: { caught: true },
        hlc: { ms: 1_700_000_000_000, logical: 0 },
        clientTimeMs: 1_699_999_999_000.5,
        shard: '89c25',
        worldEffects: null,
      });
      assert.deepEqual(await store.getOp(a.opId), out.stored);
      assert.equal(await store.getOp('no-such-op'), null);
      const p = await store.loadPlayer('p1');
      assert.deepEqual(p?.inventory, { ball: 5, berry: 2 });
      assert.deepEqual(p?.cooldowns, { 'spin:poi1': 1_700_000_300_000 });
      assert.deepEqual(await store.commitOps([]), []);
    });

    it('returns the stored result for a duplicate op id and applies nothing again', async () => {
      const { store } = await fresh();
      await store.upsertPlayer({ id: 'p1', name: 'Ann' });
      const a = op({ result: { n: 1 }, inventoryDeltas: [{ item: 'ball', delta: 1 }] });
      const [first] = await store.commitOps([a]);
      // Same op id, different content: the first answer stands.
      const retry = { ...a, result: { n: 2 }, inventoryDeltas: [{ item: 'ball', delta: 5 }] };
      const [dup] = await store.commitOps([retry]);
      assert.equal(dup?.applied, false);
      assert.deepEqual(dup?.stored, first?.stored);
      assert.deepEqual(dup?.stored.result, { n: 1 });
      // A duplicate inside one batch: the first occurrence is committed, the second answers from it.
      const b = op({ result: { n: 3 }, inventoryDeltas: [{ item: 'ball', delta: 10 }] });
      const outs = await store.commitOps([b, op(), { ...b, result: { n: 4 } }, retry]);
      assert.deepEqual(
        outs.map((o) => o.applied),
        [true, true, false, false],
      );
      assert.deepEqual(outs[2]?.stored, outs[0]?.stored);
      assert.deepEqual(outs[3]?.stored.result, { n: 1 });
      assert.deepEqual((await store.loadPlayer('p1'))?.inventory, { ball: 11 });
    });

    it('applies effects exactly once when two batches commit the same ops concurrently', async () => {
      const { store } = await fresh();
      await store.upsertPlayer({ id: 'p1', name: 'Ann' });
      await store.upsertPlayer({ id: 'p2', name: 'Bob' });
      let unique = 0;
      for (let round = 0; round < 15; round++) {
        const shared = Array.from({ length: 8 }, (_, i) =>
          op({ playerId: i % 2 ? 'p1' : 'p2', inventoryDeltas: [{ item: 'ball', delta: 1 }] }),
        );
        const onlyA = op({ inventoryDeltas: [{ item: 'ball', delta: 1 }] });
        const onlyB = op({ playerId: 'p2', inventoryDeltas: [{ item: 'ball', delta: 1 }] });
        // Opposite orders: the store must not deadlock (or must retry) and still apply each op once.
        const [a, b] = await Promise.all([
          store.commitOps([...shared, onlyA]),
          store.commitOps([onlyB, ...[...shared].reverse()]),
        ]);
        unique += shared.length + 2;
        for (const o of shared) {
          const inA = a.find((x) => x.opId === o.opId)!;
          const inB = b.find((x) => x.opId === o.opId)!;
          assert.equal(Number(inA.applied) + Number(inB.applied), 1, `op ${o.opId} applied once`);
          assert.deepEqual(inA.stored, inB.stored);
        }
      }
      const p1 = await store.loadPlayer('p1');
      const p2 = await store.loadPlayer('p2');
      assert.equal((p1?.inventory.ball ?? 0) + (p2?.inventory.ball ?? 0), unique);
    });

    it('never lets a count go negative: such an op is journaled rejected, in batch order', async () => {
      const { store } = await fresh();
      await store.upsertPlayer({ id: 'p1', name: 'Ann' });
      await store.commitOps([op({ inventoryDeltas: [{ item: 'ball', delta: 2 }] })]);
      const take = (k: number, extra: Partial<OpCommit> = {}) =>
        op({ inventoryDeltas: [{ item: 'ball', delta: -k }], ...extra });
      const batch = [
        take(1),
        take(5, {
          cooldowns: [{ key: 'cd', untilMs: 9 }],
          inventoryDeltas: [
            { item: 'ball', delta: -5 },
            { item: 'gem', delta: 1 },
          ],
        }),
        take(1),
        op({ inventoryDeltas: [{ item: 'ball', delta: 3 }] }),
        take(3),
        take(1),
        op({ inventoryDeltas: [{ item: 'potion', delta: -1 }] }),
      ];
      const outs = await store.commitOps(batch);
      assert.deepEqual(
        outs.map((o) => [o.applied, o.stored.status, o.stored.errorCode]),
        [
          [true, 'accepted', null],
          [true, 'rejected', INSUFFICIENT_ITEMS],
          [true, 'accepted', null],
          [true, 'accepted', null],
          [true, 'accepted', null],
          [true, 'rejected', INSUFFICIENT_ITEMS],
          [true, 'rejected', INSUFFICIENT_ITEMS],
        ],
      );
      assert.equal(outs[1]?.stored.result, null);
      const p = await store.loadPlayer('p1');
      // 2 - 1 - 1 + 3 - 3 = 0: nothing of the rejected ops applied (no gem, no cooldown).
      assert.deepEqual(p?.inventory, {});
      assert.deepEqual(p?.cooldowns, {});
      // Retrying a rejected op gets the same rejection, even if the items are there now.
      await store.commitOps([op({ inventoryDeltas: [{ item: 'ball', delta: 10 }] })]);
      const [again] = await store.commitOps([batch[1]!]);
      assert.equal(again?.applied, false);
      assert.equal(again?.stored.errorCode, INSUFFICIENT_ITEMS);
      assert.deepEqual((await store.loadPlayer('p1'))?.inventory, { ball: 10 });
    });

    it('journals rejected ops without effects and refuses invalid input (INVALID, nothing written)', async () => {
      const { store } = await fresh();
      const rej = op({ status: 'rejected', errorCode: 'OUT_OF_RANGE', result: null });
      const [out] = await store.commitOps([rej]);
      assert.equal(out?.stored.status, 'rejected');
      assert.equal(out?.stored.errorCode, 'OUT_OF_RANGE');
      const good = op();
      const bad: OpCommit[] = [
        op({ status: 'rejected', errorCode: 'X', inventoryDeltas: [{ item: 'ball', delta: 1 }] }),
        op({ payload: { s: 'a\u0000b' } }),
        op({ result: ['\ud800'] }),
        op({ opId: '' }),
        op({ opId: 'x'.repeat(129) }),
        op({ inventoryDeltas: [{ item: 'ball', delta: 1.5 }] }),
        op({ hlc: { ms: -1, logical: 0 } }),
        op({ errorCode: 'X' }),
        op({ cooldowns: [{ key: 'k', untilMs: Number.NaN }] }),
        op({ inventoryDeltas: [{ item: 'ball', delta: 2 ** 31 }] }),
        op({ payload: { at: new Date(0) } }),
        op({ result: { n: Number.POSITIVE_INFINITY } }),
        op({ kind: 'k\u0000' }),
      ];
      for (const b of bad) {
        assert.equal(validateOp(b)?.code, 'INVALID', JSON.stringify(b));
        assert.equal(await storeCode(store.commitOps([good, b])), 'INVALID');
      }
      assert.equal(validateOp(good), null);
      assert.equal(await store.getOp(good.opId), null);
      // Payloads of any JSON shape round trip (JSONB normalizes key order, not values).
      const shapes: unknown[] = [
        null,
        0,
        -1.25e-7,
        'text ✓ 𝄞',
        [1, [2, { a: null }]],
        { é: { deep: [true, false] } },
      ];
      const outs = await store.commitOps(shapes.map((payload) => op({ payload, result: payload })));
      outs.forEach((o, i) => {
        assert.deepEqual(o.stored.payload, shapes[i]);
        assert.deepEqual(o.stored.result, shapes[i]);
      });
      const [undef] = await store.commitOps([
        op({ payload: undefined, result: undefined, clientTimeMs: undefined, shard: undefined }),
      ]);
      assert.equal(undef?.stored.payload, null);
      assert.equal(undef?.stored.clientTimeMs, null);
      assert.equal(undef?.stored.shard, null);
    });

    it('upserts and loads players', async () => {
      const { store } = await fresh();
      assert.equal(await store.loadPlayer('nobody'), null);
      await store.upsertPlayer({
        id: 'p1',
        name: 'Ann',
        team: 2,
        state: { creditedM: 1234.5, badges: ['a'] },
      });
      const p = await store.loadPlayer('p1');
      assert.equal(p?.name, 'Ann');
      assert.equal(p?.team, 2);
      assert.deepEqual(p?.state, { creditedM: 1234.5, badges: ['a'] });
      assert.deepEqual(p?.inventory, {});
      assert.deepEqual(p?.cooldowns, {});
      // Without state and team: name changes, state and team stay.
      await store.upsertPlayer({ id: 'p1', name: 'Anne' });
      const q = await store.loadPlayer('p1');
      assert.equal(q?.name, 'Anne');
      assert.equal(q?.team, 2);
      assert.deepEqual(q?.state, { creditedM: 1234.5, badges: ['a'] });
      assert.ok(q!.updatedAtMs >= q!.createdAtMs);
      await store.upsertPlayer({ id: 'p2', name: 'Bob' });
      assert.deepEqual((await store.loadPlayer('p2'))?.state, {});
      assert.equal((await store.loadPlayer('p2'))?.team, 0);
      assert.equal(await storeCode(store.upsertPlayer({ id: '', name: 'x' })), 'INVALID');
      assert.equal(
        await storeCode(store.upsertPlayer({ id: 'p3', name: 'x', state: { s: '\u0000' } })),
        'INVALID',
      );
      // JSON has no text for a BigInt: a typed INVALID, not the encoder's TypeError.
      assert.equal(await storeCode(store.upsertPlayer({ id: 'p3', name: 'x', state: { n: 1n } })), 'INVALID');
    });

    it('round trips shard snapshots; the latest is the highest HLC', async () => {
      const { store, db } = await fresh();
      assert.equal(await store.latestShardSnapshot('89c25'), null);
      const state = {
        entities: [{ id: 'e1', lat: 35.6586, lng: 139.7454, tags: ['ü', '😀'] }],
        tick: 42,
        empty: {},
      };
      await store.saveShardSnapshot({
        shard: '89c25',
        hlc: { ms: 100, logical: 0 },
        takenAtMs: 1_700_000_000_123,
        state,
      });
      await store.saveShardSnapshot({ shard: '89c25', hlc: { ms: 50, logical: 9 }, state: { old: true } });
      await store.saveShardSnapshot({ shard: '89c24', hlc: { ms: 500, logical: 0 }, state: { other: true } });
      const latest = await store.latestShardSnapshot('89c25');
      assert.deepEqual(latest, {
        shard: '89c25',
        hlc: { ms: 100, logical: 0 },
        takenAtMs: 1_700_000_000_123,
        state,
      });
      await store.saveShardSnapshot({ shard: '89c25', hlc: { ms: 100, logical: 1 }, state: { v: 2 } });
      assert.deepEqual((await store.latestShardSnapshot('89c25'))?.state, { v: 2 });
      // The same HLC again replaces that snapshot.
      await store.saveShardSnapshot({ shard: '89c25', hlc: { ms: 100, logical: 1 }, state: { v: 3 } });
      assert.deepEqual((await store.latestShardSnapshot('89c25'))?.state, { v: 3 });
      for (let i = 0; i < 5; i++)
        await store.saveShardSnapshot({ shard: '89c25', hlc: { ms: 200 + i, logical: 0 }, state: { i } });
      assert.deepEqual((await store.latestShardSnapshot('89c25'))?.hlc, { ms: 204, logical: 0 });
      assert.deepEqual((await store.latestShardSnapshot('89c24'))?.state, { other: true });
      await store.close();
      const kept = await target.query(
        db,
        `SELECT count(*)::int AS n FROM shard_snapshots WHERE shard = '89c25'`,
      );
      assert.equal(Number(kept[0]?.n), 3, 'the newest 3 snapshots per shard are kept');
    });

    it('lists the latest snapshot of every shard', async () => {
      const { store } = await fresh();
      assert.deepEqual(await store.latestShardSnapshots(), []);
      await store.saveShardSnapshot({ shard: 'a1', hlc: { ms: 10, logical: 0 }, state: { v: 1 } });
      await store.saveShardSnapshot({ shard: 'a1', hlc: { ms: 20, logical: 0 }, state: { v: 2 } });
      await store.saveShardSnapshot({ shard: 'b2', hlc: { ms: 5, logical: 3 }, state: { w: 1 } });
      const all = (await store.latestShardSnapshots()).map((s) => [s.shard, s.hlc, s.state]);
      all.sort((x, y) => String(x[0]).localeCompare(String(y[0])));
      assert.deepEqual(all, [
        ['a1', { ms: 20, logical: 0 }, { v: 2 }],
        ['b2', { ms: 5, logical: 3 }, { w: 1 }],
      ]);
    });

    it('journals world effects with their op, once, and pages the ops that have them', async () => {
      const { store } = await fresh();
      const effects = [
        { shard: 'a1', key: 'gym-1', value: { team: 2, by: 'p1' } },
        { shard: 'a1', key: 'gym-2', value: null },
      ];
      const withFx = op({ hlc: { ms: 100, logical: 0 }, worldEffects: effects });
      const plain = op({ hlc: { ms: 101, logical: 0 } });
      const later = op({ hlc: { ms: 102, logical: 0 }, worldEffects: [{ shard: 'b2', key: 'k', value: 7 }] });
      const [o] = await store.commitOps([withFx, plain, later]);
      assert.deepEqual(o!.stored.worldEffects, effects);
      const dup = await store.commitOps([{ ...withFx, worldEffects: [{ shard: 'a1', key: 'x', value: 1 }] }]);
      assert.equal(dup[0]!.applied, false);
      assert.deepEqual(dup[0]!.stored.worldEffects, effects, 'a duplicate keeps the first effects');
      assert.equal((await store.getOp(plain.opId))?.worldEffects, null);
      const rows = await store.worldEffectsSince({ ms: 0, logical: 0 });
      assert.deepEqual(
        rows.map((r) => r.opId),
        [withFx.opId, later.opId],
      );
      const page = await store.worldEffectsSince({ ms: 0, logical: 0 }, { limit: 1 });
      const next = await store.worldEffectsSince(page[0]!.hlc, { afterOpId: page[0]!.opId });
      assert.deepEqual(
        next.map((r) => r.opId),
        [later.opId],
      );
      assert.deepEqual(await store.worldEffectsSince({ ms: 102, logical: 0 }), []);
      assert.ok(
        validateOp(op({ status: 'rejected', errorCode: 'X', worldEffects: effects })),
        'a rejected op with world effects is invalid',
      );
    });

    it('returns the journal after an HLC in HLC order, in pages that lose nothing', async () => {
      const { store } = await fresh();
      const hlcs: [number, number][] = [];
      for (let ms = 10; ms < 16; ms++) for (let l = 0; l < 3; l++) hlcs.push([ms, l]);
      // Several ops share an HLC (two nodes); insertion order is shuffled across batches.
      hlcs.push([12, 1], [12, 1], [15, 2]);
      let rnd = 7;
      const shuffled = [...hlcs].sort(() => ((rnd = (rnd * 48271) % 2147483647) % 3) - 1);
      const ops = shuffled.map(([ms, logical], i) =>
        op({ hlc: { ms, logical }, shard: i % 3 === 0 ? 'a' : 'b' }),
      );
      await store.commitOps(ops.slice(0, 7));
      await store.commitOps(ops.slice(7, 15));
      await store.commitOps(ops.slice(15));
      const key = (r: { hlc: { ms: number; logical: number }; opId: string }) =>
        `${String(r.hlc.ms).padStart(4, '0')}:${String(r.hlc.logical).padStart(4, '0')}:${r.opId}`;
      const expected = ops.map(key).sort();
      const all = await store.journalSince({ ms: 0, logical: 0 });
      assert.deepEqual(all.map(key), expected);
      const after = await store.journalSince({ ms: 12, logical: 1 });
      assert.deepEqual(
        after.map(key),
        expected.filter((k) => k > '0012:0001:~'),
      );
      // Paging with the (hlc, op id) cursor.
      const paged: string[] = [];
      let cursor: { hlc: { ms: number; logical: number }; opId?: string } = { hlc: { ms: 0, logical: 0 } };
      for (;;) {
        const page = await store.journalSince(cursor.hlc, {
          limit: 4,
          ...(cursor.opId ? { afterOpId: cursor.opId } : {}),
        });
        if (page.length === 0) break;
        assert.ok(page.length <= 4);
        paged.push(...page.map(key));
        const last = page.at(-1)!;
        cursor = { hlc: last.hlc, opId: last.opId };
      }
      assert.deepEqual(paged, expected);
      const shardA = await store.journalSince({ ms: 0, logical: 0 }, { shard: 'a' });
      assert.deepEqual(
        shardA.map(key),
        ops
          .filter((o) => o.shard === 'a')
          .map(key)
          .sort(),
      );
      assert.equal(await storeCode(store.journalSince({ ms: 0, logical: 0 }, { limit: 0 })), 'INVALID');
    });

    it('answers UNAVAILABLE, within seconds, when the database goes away', async () => {
      const { store } = await fresh();
      await store.upsertPlayer({ id: 'p1', name: 'Ann' });
      await target.outage(store);
      const t0 = Date.now();
      const a = op({ inventoryDeltas: [{ item: 'ball', delta: 1 }] });
      assert.equal(await storeCode(store.commitOps([a])), 'UNAVAILABLE');
      assert.equal(await storeCode(store.getOp(a.opId)), 'UNAVAILABLE');
      assert.equal(await storeCode(store.loadPlayer('p1')), 'UNAVAILABLE');
      assert.equal(await storeCode(store.journalSince({ ms: 0, logical: 0 })), 'UNAVAILABLE');
      assert.ok(Date.now() - t0 < 10_000, `took ${Date.now() - t0} ms`);
      const e = await store.commitOps([a]).catch((x: unknown) => x);
      assert.ok(isStoreError(e, 'UNAVAILABLE'));
      assert.match(e.message, /\S/);
    });

    it('close waits for a commit in flight; later calls fail UNAVAILABLE; close is idempotent', async () => {
      const { store, db } = await fresh();
      const batch = Array.from({ length: 200 }, () => op({ inventoryDeltas: [{ item: 'ball', delta: 1 }] }));
      await store.upsertPlayer({ id: 'p1', name: 'Ann' });
      const committing = store.commitOps(batch);
      const closing = store.close();
      const outs = await committing;
      await closing;
      await store.close();
      assert.equal(outs.filter((o) => o.applied).length, 200);
      assert.equal(await storeCode(store.commitOps([op()])), 'UNAVAILABLE');
      assert.equal(await storeCode(store.getOp('x')), 'UNAVAILABLE');
      // Everything acknowledged is there after a reopen.
      const again = await target.open(db);
      open.push(again);
      assert.equal((await again.loadPlayer('p1'))?.inventory.ball, 200);
      for (const o of [batch[0]!, batch[199]!]) assert.equal((await again.getOp(o.opId))?.opId, o.opId);
    });

    it('commits a large batch in one call', async () => {
      const { store } = await fresh();
      const players = Array.from({ length: 50 }, (_, i) => `p${i}`);
      for (const id of players) await store.upsertPlayer({ id, name: id });
      const batch = Array.from({ length: 2000 }, (_, i) =>
        op({
          playerId: players[i % players.length]!,
          hlc: { ms: 1_700_000_000_000 + i, logical: 0 },
          inventoryDeltas: [
            { item: 'ball', delta: 2 },
            { item: 'ball', delta: -1 },
          ],
          cooldowns: [{ key: `spin:${i % 7}`, untilMs: 1_700_000_000_000 + i }],
        }),
      );
      const outs = await store.commitOps(batch);
      assert.equal(outs.filter((o) => o.applied).length, 2000);
      const p0 = await store.loadPlayer('p0');
      assert.equal(p0?.inventory.ball, 40);
      // Last write wins per cooldown key: p0 has ops i = 0, 50, ..., 1950.
      assert.equal(p0?.cooldowns['spin:0'], 1_700_000_000_000 + 1750);
      assert.equal((await store.journalSince({ ms: 0, logical: 0 }, { limit: 5000 })).length, 2000);
    });
  });
}
