// Commits whose outcome the server cannot know (the database wrote the op, then the answer was
// lost), op ids that belong to another op or were refused without the journal, and snapshot
// rounds: the game runtime over a PGlite store whose commitOps can be made to fail after writing,
// as a timeout after the commit does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { openPGliteStore, type OpCommit, StoreError, type Store } from '../../src/cluster/store/index.js';
import { defineAction, defineGame } from '../../src/game/index.js';
import { silentLogger } from '../../src/ops/logger.js';
import { TimerRegistry } from '../../src/ops/timers.js';
import { HybridLogicalClock } from '../../src/session/hlc.js';
import type { ActionRequest } from '../../src/session/manager.js';
import { cellTokenAt } from '../../src/geo/cells.js';
import { GameRuntime } from '../../src/world/runtime.js';
import { captureSession } from '../helpers/captureSession.js';

const GYM = { id: 'gym1', name: 'Gym', kind: 'gym' as const, lat: 35.0, lng: 139.0 };
const GYM2 = { id: 'gym2', name: 'Gym 2', kind: 'gym' as const, lat: 35.0001, lng: 139.0001 };
const free = { needsPosition: false, blockedByCooldown: false, maxPerSecond: 1000 };
const game = defineGame({
  name: 'uncertain',
  actions: {
    claim: defineAction(
      z.object({ gym: z.string(), v: z.string() }),
      (ctx) => {
        ctx.places.set(ctx.payload.gym, ctx.payload.v);
        return { ok: true };
      },
      free,
    ),
    slow: defineAction(z.object({}), () => ({ ok: true }), { ...free, maxPerSecond: 2 }),
    gem: defineAction(
      z.object({}),
      (ctx) => {
        ctx.inventory.add('gem', 1);
        return { gems: 1 };
      },
      free,
    ),
  },
});

/**
 * The store with faults on demand: a commit written and then reported failed (the answer lost), a
 * commit failed without writing, a commit held until released, loads held after reading.
 */
function lossyStore(store: Store) {
  let lose = 0;
  let fail = 0;
  let hold: Promise<void> | undefined;
  let holdLoads: Promise<void> | undefined;
  const gate = () => {
    let open!: () => void;
    const p = new Promise<void>((r) => (open = r));
    return { p, open };
  };
  const wrapped = new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'commitOps') {
        return async (ops: readonly OpCommit[]) => {
          if (fail > 0) {
            fail--;
            await new Promise((r) => setTimeout(r, 20));
            throw new StoreError('UNAVAILABLE', 'the commit failed');
          }
          const held = hold;
          hold = undefined;
          if (held) await held;
          const out = await target.commitOps(ops);
          if (lose > 0) {
            lose--;
            throw new StoreError('UNAVAILABLE', 'the answer was lost after the commit');
          }
          return out;
        };
      }
      if (key === 'loadPlayer') {
        return async (id: string) => {
          const record = await target.loadPlayer(id);
          if (holdLoads) await holdLoads;
          return record;
        };
      }
      const v: unknown = Reflect.get(target, key, receiver);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return {
    store: wrapped,
    loseNextAnswer: () => void lose++,
    failNextCommit: () => void fail++,
    /** Holds the next commit until the returned function is called. */
    holdNextCommit: () => {
      const g = gate();
      hold = g.p;
      return g.open;
    },
    /** Holds loads (after they read) until the returned function is called. */
    holdLoadsAfterRead: () => {
      const g = gate();
      holdLoads = g.p;
      return () => {
        holdLoads = undefined;
        g.open();
      };
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let n = 0;
function request(kind: string, payload: unknown, opId = `op-${++n}`): ActionRequest {
  return {
    opId,
    kind,
    payload: new TextEncoder().encode(JSON.stringify(payload)),
    offline: false,
    clientTimeMs: 0,
  } as ActionRequest;
}

async function runtimeOver(store: Store) {
  const timers = new TimerRegistry();
  const rt = new GameRuntime(game, [GYM, GYM2], timers, silentLogger(), { store });
  await rt.restore();
  const player = async (id: string) => {
    const { session } = captureSession(id, new HybridLogicalClock(), Date.now());
    rt.onOpen(session);
    for (let i = 0; i < 100 && !rt.players.get(id)?.loaded; i++) await new Promise((r) => setTimeout(r, 10));
    return session;
  };
  const close = async () => {
    rt.stop();
    await rt.flush();
    timers.close();
  };
  return { rt, player, close };
}

/** A runtime over a fresh in-memory PGlite behind lossyStore, for `fn`; everything closed after. */
async function withRuntime(
  fn: (
    r: Awaited<ReturnType<typeof runtimeOver>> & { base: Store; lossy: ReturnType<typeof lossyStore> },
  ) => Promise<void>,
): Promise<void> {
  const base = await openPGliteStore({ dataDir: 'memory://' });
  const lossy = lossyStore(base);
  const r = await runtimeOver(lossy.store);
  try {
    await fn({ ...r, base, lossy });
  } finally {
    await r.close();
    await base.close();
  }
}

const shard = cellTokenAt(GYM.lat, GYM.lng, game.params.shardLevel);

test('an op with place effects whose answer was lost: its retry is answered and memory, snapshot and restore have its effect', async () => {
  await withRuntime(async ({ rt, player, base, lossy }) => {
    const p = await player('p');
    lossy.loseNextAnswer();
    const first = await rt.onAction(p, request('claim', { gym: 'gym1', v: 'A' }, 'opA'));
    assert.equal(first.errorCode, 'UNAVAILABLE');
    assert.equal((await base.getOp('opA'))?.status, 'accepted', 'the op is in the journal all the same');
    const retry = await rt.onAction(p, request('claim', { gym: 'gym1', v: 'A' }, 'opA'));
    assert.equal(retry.status, 1, 'the retry gets the stored answer');
    assert.equal(rt.places.get(shard, 'gym1'), 'A', 'memory has the committed effect at once');
    await rt.snapshotNow();
    const snaps = (await base.latestShardSnapshots()).filter((s) => s.shard === shard);
    assert.equal(snaps.length, 1, 'a snapshot of the shard');
    // Another node (or this one after a restart) restores it from the store.
    const again = await runtimeOver(base);
    try {
      assert.equal(again.rt.places.get(shard, 'gym1'), 'A', 'restored');
    } finally {
      await again.close();
    }
  });
});

test('a lost answer and no retry: the next snapshot round finds the op in the journal', async () => {
  await withRuntime(async ({ rt, player, lossy }) => {
    const p = await player('p');
    lossy.loseNextAnswer();
    assert.equal((await rt.onAction(p, request('claim', { gym: 'gym1', v: 'B' }))).errorCode, 'UNAVAILABLE');
    assert.equal(rt.places.get(shard, 'gym1'), null, 'not in memory while its outcome is unknown');
    await rt.snapshotNow();
    assert.equal(rt.places.get(shard, 'gym1'), 'B', 'found in the journal by the snapshot round');
  });
});

test('a snapshot round with nothing to save does not stop the rounds after it', async () => {
  await withRuntime(async ({ rt, player, base }) => {
    await rt.snapshotNow(); // nothing dirty, nothing uncertain: finishes at once
    const p = await player('p');
    assert.equal((await rt.onAction(p, request('claim', { gym: 'gym2', v: 'C' }))).status, 1);
    await rt.snapshotNow();
    const shards = (await base.latestShardSnapshots()).map((s) => s.shard);
    assert.ok(shards.includes(shard), `snapshots after an empty round: ${shards.join()}`);
  });
});

test("an op id already journaled for another player or kind is refused, not answered with that op's answer", async () => {
  const base = await openPGliteStore({ dataDir: 'memory://' });
  let first = await runtimeOver(base);
  try {
    const a = await first.player('alice');
    assert.equal((await first.rt.onAction(a, request('gem', {}, 'shared-id'))).status, 1);
  } finally {
    await first.close();
  }
  // After a restart the recent-ops memory is empty: only the journal knows the op id.
  first = await runtimeOver(base);
  try {
    const b = await first.player('bob');
    const r = await first.rt.onAction(b, request('gem', {}, 'shared-id'));
    assert.equal(r.errorCode, 'INVALID', r.errorMessage ?? '');
    const other = await first.rt.onAction(
      await first.player('alice'),
      request('claim', { gym: 'gym1', v: 'x' }, 'shared-id'),
    );
    assert.equal(other.errorCode, 'INVALID', 'the same player, another kind');
    assert.equal((await base.loadPlayer('bob'))?.inventory.gem, undefined, 'bob got nothing');
  } finally {
    await first.close();
    await base.close();
  }
});

test('grants: op ids in the server namespace; one op id for two players is refused for the second', async () => {
  await withRuntime(async ({ rt, player, base }) => {
    await player('ann');
    await player('ben');
    assert.equal(await rt.grantItems('ann', 'raid:r1', { candy: 1 }), 'applied');
    assert.equal((await base.getOp('~grant:raid:r1'))?.kind, 'grant');
    await assert.rejects(
      rt.grantItems('ben', 'raid:r1', { candy: 1 }),
      (e: unknown) => e instanceof StoreError && e.code === 'INVALID',
    );
    assert.equal(await rt.grantItems('ann', 'raid:r1', { candy: 1 }), 'duplicate');
  });
});

test('an op refused by the rate limit runs when resent after retry_after_s (the refusal is not kept)', async () => {
  await withRuntime(async ({ rt, player, base }) => {
    const p = await player('p');
    assert.equal((await rt.onAction(p, request('slow', {}))).status, 1);
    assert.equal((await rt.onAction(p, request('slow', {}))).status, 1);
    const limited = await rt.onAction(p, request('slow', {}, 'op-late'));
    assert.equal(limited.errorCode, 'RATE_LIMITED');
    await new Promise((r) => setTimeout(r, (limited.retryAfterS ?? 1) * 1000 + 100));
    const resent = await rt.onAction(p, request('slow', {}, 'op-late'));
    assert.equal(resent.status, 1, resent.errorMessage ?? '');
    assert.equal((await base.getOp('op-late'))?.status, 'accepted');
  });
});

test("a second login's load waits for the player's op still committing; memory keeps it", async () => {
  await withRuntime(async ({ rt, player, base, lossy }) => {
    const s1 = await player('p');
    lossy.failNextCommit();
    const a = rt.onAction(s1, request('gem', {}));
    await sleep(5); // A's commit is under way
    const release = lossy.holdNextCommit();
    const b = rt.onAction(s1, request('gem', {}));
    assert.equal((await a).errorCode, 'UNAVAILABLE'); // memory is now to be reloaded
    const { session: s2 } = captureSession('p', new HybridLogicalClock(), Date.now());
    rt.onOpen(s2); // a second connection: its login loads the player
    await sleep(50);
    release();
    assert.equal((await b).status, 1);
    await sleep(50);
    const stored = (await base.loadPlayer('p'))?.inventory.gem;
    assert.equal(stored, 1);
    assert.equal(rt.players.get('p')?.inventory.get('gem'), stored, 'memory agrees with the store');
  });
});

test('a grant committed while a load is reading reaches memory by the next action', async () => {
  await withRuntime(async ({ rt, player, base, lossy }) => {
    const s1 = await player('p');
    lossy.failNextCommit();
    assert.equal((await rt.onAction(s1, request('gem', {}))).errorCode, 'UNAVAILABLE');
    const release = lossy.holdLoadsAfterRead();
    const b = rt.onAction(s1, request('gem', {})); // reloads first: reads, then waits
    await sleep(30);
    assert.equal(await rt.grantItems('p', 'raid:r9', { candy: 3 }), 'applied');
    release();
    assert.equal((await b).status, 1);
    assert.equal((await rt.onAction(s1, request('gem', {}))).status, 1);
    const stored = (await base.loadPlayer('p'))?.inventory;
    assert.deepEqual(stored, { gem: 2, candy: 3 });
    const memory = Object.fromEntries(rt.players.get('p')!.inventory);
    assert.deepEqual(memory, stored, 'memory agrees with the store');
  });
});
