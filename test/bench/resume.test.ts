import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runResumeBench } from '../../bench/resume.js';

// Smoke: shape and correctness only (every client resumes, nothing lost or doubled), never timings.
test('bench resume: 20 clients cut twice resume with a replay, nothing lost or doubled', async () => {
  const r = await runResumeBench({
    clients: 20,
    backoffMs: 10,
    pushMs: 50,
    lostMs: 200,
    rounds: 2,
    ringFrames: 256,
    ringBytes: 262_144,
    warmupMs: 200,
  });
  assert.equal(r.clients, 20);
  assert.ok(r.all_resumed && r.caught_up, JSON.stringify(r));
  assert.equal(r.lost, 0);
  assert.equal(r.duplicated, 0);
  assert.equal(r.gaps, 0);
  assert.equal(r.snapshots, 0);
  assert.ok(r.replayed >= 40, `${r.replayed} frames replayed`);
  assert.equal(r.rounds.length, 2);
  for (const round of r.rounds) assert.equal(round.resumed, 20);
  assert.deepEqual(r.server_resumes, { replayed: 40 });
  assert.ok(r.resume_ms.p99 >= r.resume_ms.p50 && r.resume_ms.max >= r.resume_ms.p99);
});
