import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TimerRegistry } from '../../src/ops/timers.js';

function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Holds the event loop, as a burst of socket work does.
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Generous periods and bounds: the machine running the tests may be busy. The property checked is
// the schedule's, not a speed: the lag of a late call does not carry over to the calls after it.
test('fixedRate keeps its rate while the event loop is late', async () => {
  const timers = new TimerRegistry();
  const at: number[] = [];
  const period = 100;
  const t0 = performance.now();
  const tick = timers.fixedRate('test.tick', period, () => {
    at.push(performance.now() - t0);
  });
  // Other work that holds the loop for 60 ms out of every 130: most calls are late by up to 60 ms.
  const load = timers.every('test.load', 130, () => busyWait(60));
  await sleep(2050);
  tick.cancel();
  load.cancel();
  const n = at.length;
  await sleep(250);
  assert.equal(at.length, n, 'nothing after cancel');
  // Due at 100, 200, ..., 2000: 20 calls. setInterval here would lose one period in four or so.
  assert.ok(n >= 18 && n <= 21, `${n} calls in 2,050 ms at 100 ms`);
  // Late calls do not shift the ones after them: the k-th call is never before its slot.
  // (Node may fire a timer up to about a millisecond early: it truncates delays.)
  at.forEach((t, k) => assert.ok(t >= (k + 1) * period - 5, `call ${k} at ${t.toFixed(1)} ms`));
  assert.deepEqual(timers.live(), {});
  timers.close();
});

test('fixedRate skips the slots a long stall missed instead of running them back to back', async () => {
  const timers = new TimerRegistry();
  const at: number[] = [];
  const t0 = performance.now();
  let stalled = false;
  const tick = timers.fixedRate('test.tick', 50, () => {
    at.push(performance.now() - t0);
    if (!stalled) {
      stalled = true;
      busyWait(230); // misses the slots at 100, 150, 200 and 250
    }
  });
  await sleep(600);
  tick.cancel();
  timers.close();
  assert.ok(at.length >= 6, `${at.length} calls`);
  // The call due at 100 runs late, right after the stall (about 280); the slots at 150, 200 and 250
  // are skipped, not run back to back; the next call is on the original grid, at 300.
  assert.ok(at[1]! >= 270, `the late call at ${at[1]!.toFixed(1)} ms`);
  assert.ok(at[2]! >= 295, `the next call on the grid at ${at[2]!.toFixed(1)} ms`);
  // On the grid: the next call comes at 300 (or the slot after, on a busy machine), not a whole
  // period after the late one as a restarted schedule would do.
  assert.ok(
    (at[2]! - at[1]! < 45 && at[2]! < 330) || (at[2]! >= 345 && at[2]! < 380),
    `the next call at ${at[2]!.toFixed(1)} ms, after the late one at ${at[1]!.toFixed(1)} ms`,
  );
  const gaps = at.slice(1).map((t, i) => t - at[i]!);
  assert.ok(
    gaps.every((g) => g >= 10),
    `no calls back to back after the stall: gaps ${gaps.map((g) => g.toFixed(0)).join(', ')}`,
  );
});

test('fixedRate can be cancelled from its own callback', async () => {
  const timers = new TimerRegistry();
  let calls = 0;
  const tick = timers.fixedRate('test.tick', 10, () => {
    calls++;
    if (calls === 3) tick.cancel();
  });
  await sleep(150);
  assert.equal(calls, 3, 'no call after the cancel made inside the third');
  assert.deepEqual(timers.live(), {});
  assert.equal(timers.size, 0, 'the timeout set before the callback ran is cleared too');
  timers.close();
});

test('fixedRate refuses a period that is not positive, and nothing registers after close', () => {
  const timers = new TimerRegistry();
  assert.throws(() => timers.fixedRate('bad', 0, () => {}), RangeError);
  timers.close();
  assert.throws(() => timers.fixedRate('late', 10, () => {}), /after the timer registry was closed/);
});
