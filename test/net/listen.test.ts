import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { startTestServer } from '../helpers/server.js';

// The listen queue is the kernel's: `ss -ltn` shows a listening socket's backlog as its Send-Q.
const ss = spawnSync('ss', ['-Hltn'], { encoding: 'utf8' });

test(
  'listenBacklog is the length of the kernel queue of the listening socket',
  { skip: ss.error || ss.status !== 0 ? 'no ss -H here' : false },
  async () => {
    const t = await startTestServer({ listenBacklog: 777 });
    try {
      const port = new URL(t.server.url).port;
      const out = spawnSync('ss', ['-Hltn', `sport = :${port}`], { encoding: 'utf8' }).stdout;
      const sendQ = out
        .trim()
        .split('\n')
        .map((line) => Number(line.trim().split(/\s+/)[2]));
      // The kernel caps a listen queue at net.core.somaxconn.
      const cap = Number(readFileSync('/proc/sys/net/core/somaxconn', 'utf8'));
      const expected = Math.min(777, cap);
      assert.ok(
        sendQ.length > 0 && sendQ.every((q) => q === expected),
        `expected ${expected}; ss says: ${out}`,
      );
    } finally {
      await t.stop();
    }
  },
);
