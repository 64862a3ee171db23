// Resume end to end: SDK clients behind a TCP proxy that cuts their connections at seeded random
// points of a steady stream of numbered frames, against a real server.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CutProxy } from '../../bench/proxy.js';
import { GeoplayClient } from '../../client/index.js';
import { defineGame } from '../../src/game/index.js';
import type { SessionHooks } from '../../src/session/manager.js';
import type { Session } from '../../src/session/session.js';
import { startTestServer } from '../helpers/server.js';

/** mulberry32: a small seeded PRNG, so the cut points are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function until<T>(fn: () => T | undefined | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Numbered frames a client delivered to the application (serverHello aside), in order. */
function recordSeqs(client: GeoplayClient): number[] {
  const seqs: number[] = [];
  client.on('envelope', (env) => {
    if (env.seq > 0 && env.body !== 'serverHello') seqs.push(env.seq);
  });
  return seqs;
}

test('cut at random points of a steady stream: every client gets every seq once, in order', async () => {
  const sessions = new Map<string, Session>();
  const hooks: SessionHooks = { onOpen: (s) => sessions.set(s.playerId, s) };
  const t = await startTestServer({ resumeGraceMs: 10_000, messagesBurst: 1000 }, hooks);
  const rand = prng(42);
  const proxy = await CutProxy.start({
    targetPort: t.server.port,
    // Mostly in the frame stream (a few hundred bytes of handshake come first), sometimes earlier.
    cutAfterBytes: () => 100 + Math.floor(rand() * 4000),
  });
  // The server pushes one numbered frame to every live session every 2 ms, dropped or not.
  let pushing = true;
  const pusher = setInterval(() => {
    if (!pushing) return;
    for (const s of sessions.values()) {
      if (s.alive) s.send({ actionResult: { opId: `push-${s.outSeq + 1}`, status: 1 } }, true);
    }
  }, 2);
  const clients: GeoplayClient[] = [];
  try {
    const url = `ws://127.0.0.1:${proxy.port}/ws`;
    const seqs: number[][] = [];
    for (let i = 0; i < 6; i++) {
      const c = new GeoplayClient(url, await t.token(`cut-${i}`), { backoff: { baseMs: 20, capMs: 100 } });
      seqs.push(recordSeqs(c));
      clients.push(c);
      void c.start().catch(() => {});
    }
    await sleep(2500);
    proxy.cutting = false;
    pushing = false;
    clearInterval(pusher);
    for (const [i, c] of clients.entries()) {
      const s = sessions.get(`cut-${i}`)!;
      await until(
        () => c.state === 'connected' && c.lastSeq === s.outSeq,
        10_000,
        `client ${i} to catch up (${c.lastSeq} of ${s.outSeq})`,
      );
      const got = seqs[i]!;
      const expected = Array.from({ length: s.outSeq - 1 }, (_, k) => k + 2);
      assert.deepEqual(got, expected, `client ${i}: every seq after the hello exactly once, in order`);
      assert.equal(c.stats.gaps, 0);
      assert.equal(c.stats.duplicates, 0, 'the server never replays what the client had');
      assert.equal(c.stats.snapshots, 0);
      assert.ok(c.stats.resumes >= 1, `client ${i} resumed`);
      assert.equal(c.hello?.sessionId, s.id, 'still the first session');
    }
    const resumes = clients.reduce((n, c) => n + c.stats.resumes, 0);
    const replayed = clients.reduce((n, c) => n + c.stats.replayed, 0);
    assert.ok(proxy.cuts >= 30, `the proxy cut ${proxy.cuts} connections`);
    assert.ok(resumes >= 20, `${resumes} resumes`);
    assert.ok(replayed > 0, 'some frames were replayed');
  } finally {
    clearInterval(pusher);
    for (const c of clients) c.close();
    await proxy.close();
    await t.stop();
  }
});

const walk = defineGame({ name: 'walk', world: { tickHz: 20, aoiRadiusM: 150 }, actions: {} });

/** The server's view of what a session watches: cell token -> sorted "id lat lng idle" lines. */
function serverView(t: Awaited<ReturnType<typeof startTestServer>>, session: Session): Map<string, string[]> {
  const world = t.server.runtime!.world;
  const ws = world.session(session.id)!;
  const out = new Map<string, string[]>();
  const s = world.store;
  for (const cell of ws.interest) {
    out.set(
      cell.token,
      [...cell.members]
        .map((e) => `${s.id[e]} ${s.latE7[e]} ${s.lngE7[e]} ${s.idle[e] ? 'idle' : ''}`)
        .sort(),
    );
  }
  return out;
}

function clientView(c: GeoplayClient): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const token of c.world.cells()) {
    out.set(
      token,
      c.world
        .inCell(token)
        .map((e) => `${e.id} ${e.latE7} ${e.lngE7} ${e.idle ? 'idle' : ''}`)
        .sort(),
    );
  }
  return out;
}

test('a ring too small to replay: snapshot_follows, and every client world converges', async () => {
  const t = await startTestServer(
    { resumeGraceMs: 10_000, replayRingFrames: 1, locationReportsPerSecond: 20, locationReportsBurst: 20 },
    undefined,
    { game: walk, pois: [] },
  );
  const rand = prng(7);
  const proxy = await CutProxy.start({
    targetPort: t.server.port,
    cutAfterBytes: () => 300 + Math.floor(rand() * 3000),
  });
  const clients: GeoplayClient[] = [];
  const walkers: ReturnType<typeof setInterval>[] = [];
  try {
    const url = `ws://127.0.0.1:${proxy.port}/ws`;
    for (let i = 0; i < 4; i++) {
      const c = new GeoplayClient(url, await t.token(`walker-${i}`), {
        // Long enough to miss more than one tick (50 ms) now and then: a ring of 1 frame cannot replay it.
        backoff: { baseMs: 150, capMs: 300 },
      });
      clients.push(c);
      void c.start().catch(() => {});
      // Walk east and back at 1.5 m/s around a common point, so everyone sees everyone move.
      let step = 0;
      const lat0 = 51.5 + i * 0.0002;
      walkers.push(
        setInterval(() => {
          step++;
          const east = 1.5 * 0.1 * (step % 400 < 200 ? step % 200 : 200 - (step % 200));
          c.reportLocation({ lat: lat0, lng: -0.12 + east / 69_000, accuracyM: 3, speedMps: 1.5 });
        }, 100),
      );
    }
    await sleep(3000);
    proxy.cutting = false;
    for (const w of walkers) clearInterval(w);
    await until(() => clients.every((c) => c.state === 'connected'), 10_000, 'all connected');
    // Quiet now: no more moves; a few ticks later every client must hold what the server holds.
    for (const [i, c] of clients.entries()) {
      const s = t.server.sessions.byPlayerId(`walker-${i}`)!;
      await until(
        () => {
          const a = JSON.stringify([...serverView(t, s)].sort());
          const b = JSON.stringify([...clientView(c)].sort());
          return a === b || undefined;
        },
        5000,
        `client ${i}'s world to match the server's:\n${JSON.stringify([...serverView(t, s)].sort())}\n${JSON.stringify([...clientView(c)].sort())}`,
      );
      assert.equal(c.stats.gaps, 0);
      assert.equal(c.stats.duplicates, 0);
      for (let k = 0; k < 4; k++) assert.ok(c.world.byId(`walker-${k}`), `client ${i} sees walker-${k}`);
      assert.equal(c.hello?.sessionId, s.id, 'still the first session');
    }
    const snapshots = clients.reduce((n, c) => n + c.stats.snapshots, 0);
    const resumes = clients.reduce((n, c) => n + c.stats.resumes, 0);
    assert.ok(snapshots >= 3, `${snapshots} of ${resumes} resumes took the snapshot path`);
  } finally {
    for (const w of walkers) clearInterval(w);
    for (const c of clients) c.close();
    await proxy.close();
    await t.stop();
  }
});

test('a player who does not come back is idle for the grace period, then gone from every observer', async () => {
  const t = await startTestServer({ resumeGraceMs: 800 }, undefined, { game: walk, pois: [] });
  const proxy = await CutProxy.start({ targetPort: t.server.port });
  const observer = new GeoplayClient(t.server.wsUrl, await t.token('watcher'));
  const leaver = new GeoplayClient(`ws://127.0.0.1:${proxy.port}/ws`, await t.token('leaver'), {
    reconnect: false,
  });
  try {
    await observer.start();
    await leaver.start();
    observer.reportLocation({ lat: 48.85, lng: 2.35, accuracyM: 3 });
    leaver.reportLocation({ lat: 48.8501, lng: 2.3501, accuracyM: 3 });
    await until(() => observer.world.byId('leaver'), 5000, 'the observer to see the leaver');
    assert.equal(observer.world.byId('leaver')!.idle, false);
    const cutAt = Date.now();
    assert.equal(proxy.cutAll(), 1);
    await until(() => observer.world.byId('leaver')?.idle === true || undefined, 2000, 'idle');
    const frozen = observer.world.byId('leaver')!;
    await sleep(300);
    assert.equal(observer.world.byId('leaver'), frozen, 'still there, frozen, within the grace period');
    assert.equal(t.server.sessions.detached, 1);
    await until(() => !observer.world.byId('leaver') || undefined, 3000, 'the leaver to leave');
    assert.ok(Date.now() - cutAt >= 750, `left after ${Date.now() - cutAt} ms, not before the grace period`);
    assert.equal(t.server.sessions.detached, 0);
    assert.equal(t.server.runtime!.world.store.live, 1, 'only the observer is left in the world');
  } finally {
    observer.close();
    leaver.close();
    await proxy.close();
    await t.stop();
  }
});

test('a resumed player is visible again, not idle; SDK resume keeps the world model', async () => {
  const t = await startTestServer({ resumeGraceMs: 5000 }, undefined, { game: walk, pois: [] });
  const proxy = await CutProxy.start({ targetPort: t.server.port });
  const observer = new GeoplayClient(t.server.wsUrl, await t.token('obs'));
  const mover = new GeoplayClient(`ws://127.0.0.1:${proxy.port}/ws`, await t.token('mover'), {
    backoff: { baseMs: 100, capMs: 100 },
  });
  try {
    await observer.start();
    await mover.start();
    observer.reportLocation({ lat: 40.0, lng: -3.7, accuracyM: 3 });
    mover.reportLocation({ lat: 40.0001, lng: -3.7001, accuracyM: 3 });
    await until(
      () => observer.world.byId('mover') && mover.world.byId('obs'),
      5000,
      'both to see each other',
    );
    const resumes: boolean[] = [];
    mover.on('resume', (snapshot) => resumes.push(snapshot));
    const cleared: string[] = [];
    mover.world.on('leave', (e) => cleared.push(e.id));
    // The network is down until the observer has seen the mover idle, then back.
    proxy.down = true;
    proxy.cutAll();
    await until(() => observer.world.byId('mover')?.idle === true || undefined, 2000, 'idle');
    proxy.down = false;
    await until(() => resumes.length === 1 || undefined, 5000, 'the resume');
    assert.deepEqual(resumes, [false]);
    assert.equal(mover.resumed, true);
    await until(() => observer.world.byId('mover')?.idle === false || undefined, 2000, 'not idle again');
    assert.deepEqual(cleared, [], 'a resume does not clear the world model');
    assert.ok(mover.world.byId('obs'));
  } finally {
    observer.close();
    mover.close();
    await proxy.close();
    await t.stop();
  }
});
