import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { startTestServer } from '../helpers/server.js';

// The listen queue is the kernel's: `ss -ltn` shows a listening socket's backlog as its Send-Q.
const ss = spawnSync('ss', ['-V'], { encoding: 'utf8' });

test(
  'listenBacklog is the length of the kernel queue of the listening socket',
  { skip: ss.error ? 'no ss here' : false },
  async () => {
    const t = await startTestServer({ listenBacklog: 777 });
    try {
      const port = new URL(t.server.url).port;
      const out = spawnSync('ss', ['-Hltn', `sport = :${port}`], { encoding: 'utf8' }).stdout;
      const sendQ = out
        .trim()
        .split('\n')
        .map((line) => Number(line.trim().split(/\s+/)[2]));
      assert.ok(sendQ.length > 0 && sendQ.every((q) => q === 777), `ss says: ${out}`);
    } finally {
      await t.stop();
    }
  },
);
