// The SDK's side of resume, against a scripted fake socket: resume token and last seq in the
// ClientHello, seq continuity (duplicates dropped, a gap asks for a snapshot), snapshot_follows,
// and full snapshots replacing the world model's cells.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GeoplayClient } from '../../client/index.js';
import { FrameFlags } from '../../src/protocol/frame.js';
import { ScriptedSocket } from './scriptedSocket.js';

function entity(eid: number, id: string) {
  return { eid, kind: 1, id, latE7: eid, lngE7: eid };
}

test('the SDK resumes with its token and last seq, keeps seqs continuous, and replaces cells on a full snapshot', async () => {
  const sockets: ScriptedSocket[] = [];
  const client = new GeoplayClient('ws://test', 't', {
    webSocket: () => {
      const s = new ScriptedSocket();
      sockets.push(s);
      return s;
    },
    backoff: { baseMs: 0, capMs: 0 },
  });
  const socket = async (n: number) => {
    while (sockets.length <= n) await new Promise((r) => setTimeout(r, 1));
    const s = sockets[n]!;
    s.onopen?.({});
    return s;
  };
  const delivered: number[] = [];
  client.on('envelope', (e) => {
    if (e.seq > 0 && e.body !== 'serverHello') delivered.push(e.seq);
  });
  const gaps: [number, number][] = [];
  client.on('gap', (expected, got) => gaps.push([expected, got]));
  const started = client.start();
  const first = await socket(0);
  assert.equal(first.sent[0]?.clientHello?.resumeToken, '', 'a first hello has no token');
  first.deliver({ seq: 1, serverHello: { sessionId: 's', playerId: 'p', resumeToken: 'tok-1' } });
  await started;
  assert.equal(client.resumeToken, 'tok-1');
  first.deliver({
    seq: 2,
    worldDelta: {
      tick: 1,
      chunks: [
        { cell: 'A', snapshot: true, enter: [entity(1, 'a')] },
        { cell: 'B', snapshot: true, enter: [entity(2, 'b')] },
      ],
    },
  });
  first.deliver({ seq: 3, actionResult: { opId: 'x' } });
  first.deliver({ seq: 3, actionResult: { opId: 'x' } }, FrameFlags.REPLAYED);
  assert.equal(client.stats.duplicates, 1, 'a seq already received is dropped');
  assert.deepEqual(delivered, [2, 3]);
  first.deliver({ seq: 5, actionResult: { opId: 'y' } });
  assert.deepEqual(gaps, [[4, 5]]);
  assert.equal(client.stats.gaps, 1);
  assert.deepEqual(
    first.sent.filter((e) => e.body === 'snapshotRequest').map((e) => e.snapshotRequest?.lastSeq),
    [3],
    'a gap asks for a snapshot',
  );
  assert.equal(client.lastSeq, 5);
  assert.equal(client.world.size, 2);

  // A drop: the next hello asks to resume, and a replay follows.
  first.drop();
  const second = await socket(1);
  const hello = second.sent[0]?.clientHello;
  assert.equal(hello?.resumeToken, 'tok-1');
  assert.equal(hello?.lastSeq, 5);
  const resumes: boolean[] = [];
  client.on('resume', (snap) => resumes.push(snap));
  second.deliver({ serverHello: { sessionId: 's', playerId: 'p', resumeToken: 'tok-2', resumed: true } });
  second.deliver({ seq: 6, actionResult: { opId: 'z' } }, FrameFlags.REPLAYED);
  second.deliver({ seq: 7, actionResult: { opId: 'w' } });
  assert.deepEqual(resumes, [false]);
  assert.equal(client.resumed, true);
  assert.equal(client.stats.replayed, 2, 'REPLAYED frames are counted (the duplicate one too)');
  assert.equal(client.world.size, 2, 'a resume keeps the world model');
  assert.deepEqual(delivered, [2, 3, 5, 6, 7]);

  // Outside the ring: snapshot_follows, numbering goes on from the server's seq.
  second.drop();
  const third = await socket(2);
  assert.equal(third.sent[0]?.clientHello?.resumeToken, 'tok-2');
  assert.equal(third.sent[0]?.clientHello?.lastSeq, 7);
  third.deliver({
    serverHello: {
      sessionId: 's',
      playerId: 'p',
      resumeToken: 'tok-3',
      resumed: true,
      snapshotFollows: true,
    },
  });
  third.deliver({
    seq: 40,
    worldDelta: {
      tick: 9,
      fullSnapshot: true,
      chunks: [{ cell: 'A', snapshot: true, enter: [entity(3, 'c')] }],
    },
  });
  assert.deepEqual(resumes, [false, true]);
  assert.equal(client.stats.gaps, 1, 'no gap: the numbering was rebased');
  assert.equal(client.stats.snapshots, 1);
  assert.deepEqual(client.world.cells(), ['A'], 'cells a full snapshot does not list are dropped');
  assert.deepEqual(
    [...client.world.entities.values()].map((e) => e.id),
    ['c'],
  );
  third.deliver({ seq: 41, actionResult: { opId: 'v' } });
  assert.deepEqual(delivered, [2, 3, 5, 6, 7, 40, 41]);

  // A close that ends the session on the server (a protocol error): the token is dropped.
  third.drop(4005);
  const fourth = await socket(3);
  assert.equal(fourth.sent[0]?.clientHello?.resumeToken, '');
  assert.equal(client.resumeToken, '');
  fourth.deliver({ seq: 1, serverHello: { sessionId: 's2', playerId: 'p', resumeToken: 'tok-4' } });
  assert.equal(client.resumed, false);
  assert.equal(client.world.size, 0, 'a new session starts from nothing');
  assert.equal(client.lastSeq, 1);
  fourth.deliver({ seq: 2, actionResult: { opId: 'u' } });
  assert.deepEqual(delivered, [2, 3, 5, 6, 7, 40, 41, 2]);
  assert.equal(client.stats.gaps, 1);
  // Heartbeat timeouts and drains leave the session resumable.
  fourth.drop(4012);
  const fifth = await socket(4);
  assert.equal(fifth.sent[0]?.clientHello?.resumeToken, 'tok-4');
  client.close();
});
