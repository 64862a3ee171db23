import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import WebSocket from 'ws';
import { uuidv7 } from '../../client/uuid.js';
import { openStore, type Store } from '../../src/cluster/store/index.js';
import { decodeFrame, encodeFrame } from '../../src/protocol/frame.js';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.js';

/**
 * kill -9 at random moments while a client fires actions: after several crashes and restarts,
 * every acknowledged op is in the store exactly once with its effects, and nothing unacknowledged
 * is half-applied (coins = the sum of the journaled ops, one row per op id).
 */

const CYCLES = 5;
const IN_FLIGHT = 48;
const PLAYER = 'crash-player';

interface Running {
  child: ChildProcess;
  port: number;
}

function startServer(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/ledgerServer.ts'], {
    env: {
      ...process.env,
      ...env,
      GEOPLAY_LOG_LEVEL: 'silent',
      // The test client is a firehose by design; the per-session rate limit would throttle it.
      GEOPLAY_MESSAGES_PER_SECOND: '20000',
      GEOPLAY_MESSAGES_BURST: '20000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"port"'));
      if (line) resolve({ child, port: (JSON.parse(line) as { port: number }).port });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${err}`)));
  });
}

function killHard(r: Running): Promise<void> {
  return new Promise((resolve) => {
    if (r.child.exitCode !== null || r.child.signalCode !== null) return resolve();
    r.child.once('exit', () => resolve());
    r.child.kill('SIGKILL');
  });
}

function stopGracefully(r: Running): Promise<void> {
  return new Promise((resolve) => {
    if (r.child.exitCode !== null) return resolve();
    r.child.once('exit', () => resolve());
    r.child.kill('SIGTERM');
  });
}

async function devToken(port: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ playerId: PLAYER }),
  });
  return ((await res.json()) as { token: string }).token;
}

/** The client's ledger of what it sent and what the server acknowledged. */
class Ledger {
  readonly sent = new Map<string, number>();
  readonly acked = new Map<string, number>();
  unavailable = 0;
  killedWithOpsInFlight = 0;

  unanswered(): string[] {
    return [...this.sent.keys()].filter((id) => !this.acked.has(id));
  }
}

/**
 * One connection: resends every unanswered op, then fires new ones (IN_FLIGHT at a time) until
 * `stopAt` (ms since epoch) or until the socket dies. Resolves when the socket is closed.
 */
async function fire(port: number, token: string, ledger: Ledger, fresh: boolean): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${token}`, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.on('error', () => {});
  let inFlight = 0;
  const send = (opId: string) => {
    inFlight++;
    const n = ledger.sent.get(opId)!;
    ws.send(
      encodeFrame({
        actionRequest: { opId, kind: 'tap', payload: new TextEncoder().encode(JSON.stringify({ n })) },
      }),
    );
  };
  const next = () => {
    if (!fresh || ws.readyState !== WebSocket.OPEN) return;
    while (inFlight < IN_FLIGHT) {
      const opId = uuidv7();
      ledger.sent.set(opId, 1 + Math.floor(Math.random() * 3));
      send(opId);
    }
  };
  ws.on('message', (data: Buffer) => {
    const env = decodeFrame(new Uint8Array(data), 1 << 20);
    if (env instanceof Error) throw env;
    if (env.body === 'serverHello') {
      for (const id of ledger.unanswered()) send(id);
      next();
    } else if (env.body === 'ping') {
      ws.send(encodeFrame({ pong: { id: env.ping!.id, originTimeMs: env.ping!.originTimeMs } }));
    } else if (env.body === 'error') {
      assert.fail(`server error ${env.error!.code}: ${env.error!.message}`);
    } else if (env.body === 'actionResult') {
      inFlight--;
      const r = env.actionResult!;
      if (r.status === 1) {
        const body = JSON.parse(new TextDecoder().decode(r.payload!)) as { added: number };
        assert.equal(body.added, ledger.sent.get(r.opId!), 'the answer is the op that was sent');
        ledger.acked.set(r.opId!, body.added);
      } else if (r.errorCode === 'UNAVAILABLE') ledger.unavailable++;
      else assert.fail(`unexpected rejection ${r.errorCode}: ${r.errorMessage}`);
      next();
    }
  });
  ws.send(encodeFrame({ clientHello: { protocolVersion: 1, client: 'crash-test' } }));
  return ws;
}

async function verify(store: Store, ledger: Ledger): Promise<void> {
  const rows = [];
  let cursor = { ms: 0, logical: 0 };
  let afterOpId: string | undefined;
  for (;;) {
    const page = await store.journalSince(cursor, { limit: 5000, ...(afterOpId ? { afterOpId } : {}) });
    rows.push(...page);
    if (page.length < 5000) break;
    cursor = page[page.length - 1]!.hlc;
    afterOpId = page[page.length - 1]!.opId;
  }
  const byId = new Map(rows.map((r) => [r.opId, r]));
  assert.equal(byId.size, rows.length, 'one journal row per op id');
  for (const [opId, n] of ledger.acked) {
    const row = byId.get(opId);
    assert.ok(row, `acknowledged op ${opId} is in the journal`);
    assert.equal(row.status, 'accepted');
    assert.deepEqual(row.payload, { n });
  }
  let expected = 0;
  for (const r of rows) {
    assert.ok(ledger.sent.has(r.opId), 'every journaled op was sent');
    if (r.status === 'accepted') expected += (r.payload as { n: number }).n;
  }
  const player = await store.loadPlayer(PLAYER);
  assert.equal(player?.inventory.coin ?? 0, expected, 'coins equal the sum of the journaled ops');
}

async function crashLoop(env: Record<string, string>, open: () => Promise<Store>): Promise<Ledger> {
  const ledger = new Ledger();
  let token = '';
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const r = await startServer(env);
    try {
      token ||= await devToken(r.port);
      const ws = await fire(r.port, token, ledger, true);
      await new Promise((res) => setTimeout(res, 400 + Math.random() * 1200));
      if (ledger.unanswered().length > 0) ledger.killedWithOpsInFlight++;
      await killHard(r);
      ws.terminate();
    } finally {
      await killHard(r);
    }
  }
  // A last run answers every op still unanswered (applied before a crash, or never), then stops.
  const r = await startServer(env);
  try {
    const ws = await fire(r.port, token, ledger, false);
    const deadline = Date.now() + 30_000;
    while (ledger.unanswered().length > 0 && Date.now() < deadline) {
      await new Promise((res) => setTimeout(res, 50));
    }
    ws.close();
    assert.deepEqual(ledger.unanswered(), [], 'every op is answered in the end');
  } finally {
    await stopGracefully(r);
  }
  const store = await open();
  try {
    await verify(store, ledger);
  } finally {
    await store.close();
  }
  assert.ok(ledger.acked.size > CYCLES * IN_FLIGHT, `many ops were acknowledged (${ledger.acked.size})`);
  assert.ok(ledger.killedWithOpsInFlight >= 1, 'at least one kill hit ops in flight');
  return ledger;
}

test('kill -9 under load, PGlite: acknowledged ops exactly once, nothing half-applied', async () => {
  const data = mkdtempSync(join(tmpdir(), 'geoplay-crash-'));
  try {
    await crashLoop({ GEOPLAY_DATA: data, GEOPLAY_STORE: 'auto' }, () => openStore({ dataDir: data }));
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});

let pg: TestPostgres;
before(async () => {
  pg = await startTestPostgres();
});
after(async () => {
  await pg?.stop();
});

test('kill -9 under load, PostgreSQL: acknowledged ops exactly once, nothing half-applied', async () => {
  const data = mkdtempSync(join(tmpdir(), 'geoplay-crash-'));
  const db = await pg.createDatabase('geoplay_crash');
  try {
    const url = pg.url(db);
    // Commits every 50 ms (not continuous) widen the window between an op and its commit.
    const env = { GEOPLAY_DATA: data, GEOPLAY_DATABASE_URL: url, GEOPLAY_COMMIT_INTERVAL_MS: '50' };
    await crashLoop({ ...env, GEOPLAY_STORE: 'auto' }, () => openStore({ dataDir: data, databaseUrl: url }));
  } finally {
    await pg.dropDatabase(db);
    rmSync(data, { recursive: true, force: true });
  }
});
