// Session resume at the protocol level: raw clients, a server with session hooks, frames pushed by
// the test with session.send(..., true). The SDK and a cutting proxy are in resume.proxy.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Envelope } from '../../src/protocol/frame.js';
import { frameFlags, FrameFlags } from '../../src/protocol/frame.js';
import type { CloseReason, SessionHooks } from '../../src/session/manager.js';
import { ReplayRing } from '../../src/session/ring.js';
import { type Session, SessionState } from '../../src/session/session.js';
import { httpGet, RawClient, startTestServer, type TestServer } from '../helpers/server.js';

async function until<T>(fn: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A raw client that also records the flags byte of every frame, in arrival order. */
async function rawClient(url: string, token: string): Promise<RawClient & { flags: number[] }> {
  const c = new RawClient(`${url}?token=${token}`) as RawClient & { flags: number[] };
  c.flags = [];
  c.ws.on('message', (data: Buffer) => c.flags.push(frameFlags(new Uint8Array(data))));
  await c.opened;
  return c;
}

function metricValue(text: string, name: string, labels = ''): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** Numbered frames of the given envelopes (the action results the test pushed), by seq. */
function numbered(envs: Envelope[]): number[] {
  return envs.filter((e) => e.seq > 0 && e.body === 'actionResult').map((e) => e.seq);
}

describe('ReplayRing', () => {
  test('keeps consecutive frames within the frame and byte bounds, oldest out first', () => {
    const ring = new ReplayRing(3, 100);
    const f = (n: number) => new Uint8Array(n);
    assert.equal(ring.firstSeq, 1);
    assert.ok(ring.covers(0));
    ring.push(2, f(10));
    ring.push(3, f(10));
    ring.push(4, f(10));
    assert.deepEqual([ring.firstSeq, ring.lastSeq, ring.count, ring.bytes], [2, 4, 3, 30]);
    ring.push(5, f(10)); // over the frame bound: 2 goes
    assert.deepEqual([ring.firstSeq, ring.count, ring.bytes], [3, 3, 30]);
    ring.push(6, f(85)); // over the byte bound: 3 and 4 go
    assert.deepEqual([ring.firstSeq, ring.count, ring.bytes], [5, 2, 95]);
    assert.ok(ring.covers(4) && ring.covers(6) && !ring.covers(3) && !ring.covers(7));
    const seen: number[] = [];
    ring.forEachAfter(4, (frame, seq) => seen.push(seq * 1000 + frame.length));
    assert.deepEqual(seen, [5010, 6085]);
    seen.length = 0;
    ring.forEachAfter(5, (_f, seq) => seen.push(seq));
    assert.deepEqual(seen, [6]);
    ring.push(7, f(101)); // larger than the ring: nothing is held, not even older frames
    assert.deepEqual([ring.count, ring.bytes, ring.lastSeq, ring.firstSeq], [0, 0, 7, 8]);
    assert.ok(ring.covers(7) && !ring.covers(6));
    ring.push(8, f(1));
    ring.push(10, f(1)); // a gap empties the ring: it never holds holes
    assert.deepEqual([ring.count, ring.firstSeq], [1, 10]);
  });

  test('an arena grown in a burst is let go once the client acked everything in it', () => {
    const ring = new ReplayRing(128, 64 * 1024);
    for (let seq = 1; seq <= 60; seq++) ring.push(seq, new Uint8Array(1000));
    assert.equal(ring.capacity, 64 * 1024);
    ring.release(59);
    assert.equal(ring.capacity, 64 * 1024, 'kept while a frame is held');
    ring.release(60);
    assert.equal(ring.count, 0);
    assert.equal(ring.capacity, 0);
    ring.push(61, new Uint8Array(1000));
    assert.equal(ring.capacity, 1024, 'grows again from small');
    assert.ok(ring.covers(60));
    const seen: number[] = [];
    ring.forEachAfter(60, (_f, s) => seen.push(s));
    assert.deepEqual(seen, [61]);
    // A small arena is kept when it empties: steady play does not drop and regrow it.
    ring.release(61);
    assert.equal(ring.capacity, 1024);
  });

  test('wraps around its slots many times without losing order', () => {
    const ring = new ReplayRing(5, 1 << 20);
    for (let seq = 1; seq <= 1000; seq++) {
      ring.push(seq, Uint8Array.of(seq & 0xff));
      const got: number[] = [];
      ring.forEachAfter(0, (frame, s) => {
        assert.equal(frame[0], s & 0xff);
        got.push(s);
      });
      const from = Math.max(1, seq - 4);
      assert.deepEqual(
        got,
        Array.from({ length: seq - from + 1 }, (_, i) => from + i),
      );
    }
  });
});

describe('resume over raw sockets', () => {
  let t: TestServer;
  const sessions = new Map<string, Session>();
  const events: string[] = [];
  const closes: CloseReason[] = [];
  const hooks: SessionHooks = {
    onOpen: (s) => {
      sessions.set(s.playerId, s);
      events.push(`open ${s.playerId}`);
    },
    onDetach: (s) => events.push(`detach ${s.playerId}`),
    onResume: (s, snap) => events.push(`resume ${s.playerId} ${snap ? 'snapshot' : 'replay'}`),
    onSnapshotRequest: (s) => events.push(`snapshot ${s.playerId}`),
    onClose: (s, reason) => {
      closes.push(reason);
      events.push(`close ${s.playerId} ${reason}`);
    },
  };
  const push = (s: Session, n: number) => {
    for (let i = 0; i < n; i++) s.send({ actionResult: { opId: `op-${s.outSeq + 1}`, status: 1 } }, true);
  };

  before(async () => {
    t = await startTestServer({ resumeGraceMs: 2000, heartbeatIntervalMs: 60_000 }, hooks);
  });
  after(() => t.stop());

  test('a dropped session is kept; its token and last_seq bring back every missed frame, flagged REPLAYED', async () => {
    const token = await t.token('r1');
    const a = await rawClient(t.server.wsUrl, token);
    const hello = await a.hello();
    assert.equal(hello.seq, 1);
    const s = sessions.get('r1')!;
    push(s, 5);
    await until(() => numbered(a.received).length === 5 || undefined);
    const got = numbered(a.received);
    assert.deepEqual(got, [2, 3, 4, 5, 6]);
    a.close(); // no close frame: a network drop
    await until(() => s.state === SessionState.DETACHED || undefined);
    assert.equal(t.server.sessions.detached, 1);
    assert.ok(events.includes('detach r1'));
    assert.ok(!closes.length, 'onClose does not run at the drop');
    // Frames keep being numbered and kept while nobody listens.
    push(s, 3);
    const b = await rawClient(t.server.wsUrl, token);
    // The client got up to 4 (say 5 and 6 were lost in flight).
    b.send({
      seq: 1,
      clientHello: {
        protocolVersion: 1,
        client: 'test',
        resumeToken: hello.serverHello!.resumeToken,
        lastSeq: 4,
      },
    });
    const resumed = await b.next('serverHello');
    assert.equal(resumed.seq, 0, 'the ServerHello of a resume is not numbered');
    assert.equal(resumed.serverHello?.resumed, true);
    assert.equal(resumed.serverHello?.snapshotFollows, false);
    assert.equal(resumed.serverHello?.sessionId, hello.serverHello?.sessionId);
    assert.notEqual(resumed.serverHello?.resumeToken, hello.serverHello?.resumeToken, 'the token rotates');
    await until(() => numbered(b.received).length === 5 || undefined);
    assert.deepEqual(numbered(b.received), [5, 6, 7, 8, 9]);
    // Every frame after the hello so far was a replay; live frames are not flagged.
    assert.equal(b.flags[0], 0);
    assert.deepEqual(
      b.flags.slice(1, 6),
      [1, 1, 1, 1, 1].map(() => FrameFlags.REPLAYED),
    );
    push(s, 2);
    await until(() => numbered(b.received).length === 7 || undefined);
    assert.deepEqual(numbered(b.received), [5, 6, 7, 8, 9, 10, 11]);
    assert.deepEqual(b.flags.slice(6, 8), [0, 0]);
    assert.equal(s.state, SessionState.OPEN);
    assert.equal(t.server.sessions.detached, 0);
    assert.ok(events.includes('resume r1 replay'));
    // The token presented stays valid until the new one is used (the resumed hello might have
    // been lost): resuming with it again works and voids the one it did not use.
    const t0 = hello.serverHello!.resumeToken;
    const t1 = resumed.serverHello!.resumeToken;
    b.close();
    await until(() => s.state === SessionState.DETACHED || undefined);
    const c = await rawClient(t.server.wsUrl, token);
    c.send({ clientHello: { protocolVersion: 1, resumeToken: t0, lastSeq: 11 } });
    const again = await c.next('serverHello');
    assert.equal(again.serverHello?.resumed, true);
    const t2 = again.serverHello!.resumeToken;
    c.close();
    await until(() => s.state === SessionState.DETACHED || undefined);
    const d = await rawClient(t.server.wsUrl, token);
    d.send({ clientHello: { protocolVersion: 1, resumeToken: t1, lastSeq: 11 } });
    assert.equal((await d.next('serverHello')).serverHello?.resumed, false, 't1 was never used: void');
    assert.equal((await d.next('error')).error?.code, 'RESUME_REJECTED');
    // That new session ended the one in its grace period (same player, no resume): t0 and t2 are void.
    assert.ok(events.includes('close r1 SESSION_REPLACED'));
    d.close();
    await until(() => t.server.sessions.detached === 1 || undefined);
    for (const spent of [t0, t2]) {
      const e = await rawClient(t.server.wsUrl, token);
      e.send({ clientHello: { protocolVersion: 1, resumeToken: spent, lastSeq: 1 } });
      assert.equal((await e.next('serverHello')).serverHello?.resumed, false);
      e.close();
      await until(() => t.server.sessions.detached === 1 || undefined);
    }
    a.close();
  });

  test('frames the client acked leave the ring; a resume from its last seq replays the rest', async () => {
    const token = await t.token('r-ack');
    const a = await rawClient(t.server.wsUrl, token);
    const hello = await a.hello();
    const s = sessions.get('r-ack')!;
    push(s, 5);
    await until(() => numbered(a.received).length === 5 || undefined);
    assert.equal(s.ring!.count, 5);
    // The client says it holds everything up to 4 (any envelope carries the ack).
    a.send({ seq: 2, ack: 4, ping: { id: 1, originTimeMs: Date.now() } });
    await until(() => s.ring!.count === 2 || undefined);
    assert.deepEqual([s.ring!.firstSeq, s.ring!.lastSeq], [5, 6]);
    a.close();
    await until(() => s.state === SessionState.DETACHED || undefined);
    push(s, 2);
    const b = await rawClient(t.server.wsUrl, token);
    b.send({
      seq: 1,
      clientHello: { protocolVersion: 1, resumeToken: hello.serverHello!.resumeToken, lastSeq: 4 },
    });
    const resumed = await b.next('serverHello');
    assert.equal(resumed.serverHello?.snapshotFollows, false);
    await until(() => numbered(b.received).length === 4 || undefined);
    assert.deepEqual(numbered(b.received), [5, 6, 7, 8]);
    b.close();
    await until(() => s.state === SessionState.DETACHED || undefined);
  });

  test('a resume token presented by another player is refused and stays usable by its owner', async () => {
    const owner = await rawClient(t.server.wsUrl, await t.token('r2'));
    const hello = await owner.hello();
    const s = sessions.get('r2')!;
    push(s, 2);
    await until(() => numbered(owner.received).length === 2 || undefined);
    owner.close();
    await until(() => s.state === SessionState.DETACHED || undefined);
    const thief = await rawClient(t.server.wsUrl, await t.token('r2-thief'));
    thief.send({
      clientHello: { protocolVersion: 1, resumeToken: hello.serverHello!.resumeToken, lastSeq: 1 },
    });
    const h = await thief.next('serverHello');
    assert.equal(h.serverHello?.resumed, false);
    assert.equal(h.serverHello?.playerId, 'r2-thief');
    assert.notEqual(h.serverHello?.sessionId, hello.serverHello?.sessionId);
    const err = await thief.next('error');
    assert.equal(err.error?.code, 'RESUME_REJECTED');
    assert.equal(err.error?.closeCode, 0);
    assert.match(err.error?.message ?? '', /another player/);
    assert.equal(numbered(thief.received).length, 0, 'nothing of the other session is replayed');
    assert.equal(s.state, SessionState.DETACHED, "the owner's session is untouched");
    const back = await rawClient(t.server.wsUrl, await t.token('r2'));
    back.send({
      clientHello: { protocolVersion: 1, resumeToken: hello.serverHello!.resumeToken, lastSeq: 2 },
    });
    const rh = await back.next('serverHello');
    assert.equal(rh.serverHello?.resumed, true);
    await until(() => numbered(back.received).length === 1 || undefined);
    assert.deepEqual(numbered(back.received), [3]);
    const m = await httpGet(`${t.server.url}/metrics`);
    assert.ok(metricValue(m.body, 'geoplay_session_resumes_total', 'result="rejected"') >= 1);
    assert.ok(metricValue(m.body, 'geoplay_session_resumes_total', 'result="replayed"') >= 1);
    thief.close();
    back.close();
  });

  test('resuming a session whose old socket is still open replaces that socket', async () => {
    const token = await t.token('r3');
    const a = await rawClient(t.server.wsUrl, token);
    const hello = await a.hello();
    const s = sessions.get('r3')!;
    push(s, 3);
    await until(() => numbered(a.received).length === 3 || undefined);
    // The client believes the connection died after seq 4; the server has not noticed.
    const b = await rawClient(t.server.wsUrl, token);
    b.send({ clientHello: { protocolVersion: 1, resumeToken: hello.serverHello!.resumeToken, lastSeq: 4 } });
    assert.equal((await b.next('serverHello')).serverHello?.resumed, true);
    assert.equal(await a.closed, 4013);
    assert.match(a.closeReason, /resumed on another connection/);
    assert.equal(s.state, SessionState.OPEN, 'closing the replaced socket does not detach the session');
    push(s, 1);
    await until(() => numbered(b.received).length === 1 || undefined);
    assert.deepEqual(numbered(b.received), [5]);
    // The new socket is the session's now.
    b.send({ ping: { id: 7, originTimeMs: 1 } });
    assert.equal((await b.next('pong')).pong?.id, 7);
    b.close();
  });

  test('outside the ring: snapshot_follows, and numbering goes on from the server', async () => {
    const small = await startTestServer({ resumeGraceMs: 2000, replayRingFrames: 4 }, hooks);
    try {
      const token = await small.token('r4');
      const a = await rawClient(small.server.wsUrl, token);
      const hello = await a.hello();
      const s = sessions.get('r4')!;
      push(s, 2);
      await until(() => numbered(a.received).length === 2 || undefined);
      a.close();
      await until(() => s.state === SessionState.DETACHED || undefined);
      push(s, 10); // seqs 4..13; the ring keeps 10..13
      const b = await rawClient(small.server.wsUrl, token);
      b.send({
        clientHello: { protocolVersion: 1, resumeToken: hello.serverHello!.resumeToken, lastSeq: 3 },
      });
      const h = await b.next('serverHello');
      assert.equal(h.serverHello?.resumed, true);
      assert.equal(h.serverHello?.snapshotFollows, true);
      assert.ok(s.needsSnapshot);
      assert.ok(events.includes('resume r4 snapshot'));
      push(s, 1);
      await until(() => numbered(b.received).length === 1 || undefined);
      assert.deepEqual(numbered(b.received), [14]);
      // A client that is up to date resumes with nothing to replay, even with a small ring.
      b.close();
      await until(() => s.state === SessionState.DETACHED || undefined);
      const c = await rawClient(small.server.wsUrl, token);
      c.send({ clientHello: { protocolVersion: 1, resumeToken: h.serverHello!.resumeToken, lastSeq: 14 } });
      const h2 = await c.next('serverHello');
      assert.equal(h2.serverHello?.snapshotFollows, false);
      // A last_seq the server never sent cannot be trusted: snapshot.
      c.close();
      await until(() => s.state === SessionState.DETACHED || undefined);
      const d = await rawClient(small.server.wsUrl, token);
      d.send({ clientHello: { protocolVersion: 1, resumeToken: h2.serverHello!.resumeToken, lastSeq: 99 } });
      assert.equal((await d.next('serverHello')).serverHello?.snapshotFollows, true);
      d.close();
    } finally {
      await small.stop();
    }
  });

  test('a SnapshotRequest marks the session for a snapshot and tells the layers above', async () => {
    const a = await rawClient(t.server.wsUrl, await t.token('r5'));
    await a.hello();
    a.send({ snapshotRequest: { lastSeq: 1 } });
    await until(() => events.includes('snapshot r5') || undefined);
    assert.ok(sessions.get('r5')!.needsSnapshot);
    a.close();
  });

  test('the grace period ends the session: onClose then, not at the drop; a 1000 close ends it at once', async () => {
    const quick = await startTestServer({ resumeGraceMs: 300 }, hooks);
    try {
      const a = await rawClient(quick.server.wsUrl, await quick.token('r6'));
      const hello = await a.hello();
      const s = sessions.get('r6')!;
      const dropped = Date.now();
      a.close();
      await until(() => s.state === SessionState.DETACHED || undefined);
      assert.equal(quick.server.timers.live()['session.grace'], 1);
      assert.ok(!events.includes('close r6 GRACE_EXPIRED'));
      await until(() => events.includes('close r6 GRACE_EXPIRED') || undefined);
      assert.ok(Date.now() - dropped >= 290, 'not before the grace period');
      assert.equal(s.state, SessionState.CLOSED);
      assert.equal(quick.server.sessions.detached, 0);
      assert.equal(quick.server.timers.live()['session.grace'], undefined);
      // Its token is void now.
      const late = await rawClient(quick.server.wsUrl, await quick.token('r6'));
      late.send({
        clientHello: { protocolVersion: 1, resumeToken: hello.serverHello!.resumeToken, lastSeq: 1 },
      });
      assert.equal((await late.next('serverHello')).serverHello?.resumed, false);
      assert.equal((await late.next('error')).error?.code, 'RESUME_REJECTED');
      // A client that closes normally (1000) is done: no grace.
      late.ws.close(1000, 'bye');
      await until(() => events.includes('close r6 CLIENT_CLOSED') || undefined);
      assert.equal(quick.server.sessions.detached, 0);
      // A new session of a player whose previous one is in its grace period ends that one.
      const x = await rawClient(quick.server.wsUrl, await quick.token('r7'));
      await x.hello();
      x.close();
      await until(() => sessions.get('r7')!.state === SessionState.DETACHED || undefined);
      const y = await rawClient(quick.server.wsUrl, await quick.token('r7'));
      await y.hello();
      assert.ok(events.includes('close r7 SESSION_REPLACED'));
      assert.equal(quick.server.sessions.detached, 0);
      y.close();
    } finally {
      await quick.stop();
    }
  });

  test('protocol errors end the session at once; a drain keeps it resumable until shutdown', async () => {
    const d = await startTestServer({ resumeGraceMs: 10_000 }, hooks);
    const a = await rawClient(d.server.wsUrl, await d.token('r8'));
    await a.hello();
    a.sendRaw('text is a protocol error');
    assert.equal(await a.closed, 4008);
    await until(() => events.includes('close r8 TEXT_FRAME') || undefined);
    const b = await rawClient(d.server.wsUrl, await d.token('r9'));
    await b.hello();
    const s = sessions.get('r9')!;
    const draining = d.server.drain();
    assert.equal(s.state, SessionState.DETACHED, 'a drained session can be resumed (elsewhere, later)');
    assert.ok(!events.includes('close r9 DRAINING'));
    await draining;
    // Shutdown ends what is left in its grace period, and leaves no timer behind.
    assert.ok(events.includes('close r9 DRAINING'));
    assert.equal(d.server.timers.size, 0);
    await d.stop();
  });
});
