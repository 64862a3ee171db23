import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { openPGliteStore, openStore, type Store, StoreError } from '../../src/cluster/store/index.js';
import { op, runStoreContract, type StoreTarget } from './contract.js';

/**
 * PGlite runs initdb (seconds) for a new directory: it is done once per file into a template,
 * and each database of the contract is a copy of it (reopening takes well under a second).
 */
async function pgliteTarget(): Promise<StoreTarget & { root: string; dir(name: string): string }> {
  const root = mkdtempSync(join(tmpdir(), 'geoplay-pglite-'));
  const template = join(root, 'template');
  const init = await PGlite.create(template);
  await init.close();
  const dir = (name: string) => join(root, name);
  return {
    root,
    dir,
    async open(name) {
      if (!existsSync(dir(name))) cpSync(template, dir(name), { recursive: true });
      return openPGliteStore({ dataDir: dir(name) });
    },
    // The engine is in-process: "the server goes away" is the store closing under its user.
    outage: (store: Store) => store.close(),
    async query(name, sql) {
      const db = await PGlite.create(dir(name));
      try {
        return (await db.query<Record<string, unknown>>(sql)).rows;
      } finally {
        await db.close();
      }
    },
    async dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

runStoreContract('pglite', pgliteTarget);

describe('PGlite store', () => {
  let t: Awaited<ReturnType<typeof pgliteTarget>>;
  before(async () => {
    t = await pgliteTarget();
  });
  after(() => t.dispose());

  it('locks its directory: a second store on it fails UNAVAILABLE until the first closes', async () => {
    const a = await t.open('locked');
    const second = await t.open('locked').catch((e: unknown) => e);
    assert.ok(second instanceof StoreError && second.code === 'UNAVAILABLE', String(second));
    assert.match((second as StoreError).message, /in use by process/);
    await a.close();
    const b = await t.open('locked');
    await b.close();
  });

  it('takes over the lock of a process that died', async () => {
    const a = await t.open('stale');
    await a.close();
    writeFileSync(`${t.dir('stale')}.lock`, '2147483646');
    const b = await t.open('stale');
    await b.commitOps([op()]);
    await b.close();
    assert.equal(existsSync(`${t.dir('stale')}.lock`), false);
  });

  it('openStore without a URL is PGlite under <dataDir>/pglite', async () => {
    const dataDir = join(t.root, 'server-data');
    cpSync(join(t.root, 'template'), join(dataDir, 'pglite'), { recursive: true });
    const s = await openStore({ dataDir });
    assert.equal(s.kind, 'pglite');
    await s.close();
  });
});
