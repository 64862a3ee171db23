// TokenAuthority signs and verifies HS256 tokens with jose and remembers recent verdicts.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { AuthError, TokenAuthority } from '../../src/session/auth.js';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const auth = new TokenAuthority(SECRET, 3600);

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** A token with any header and payload, signed (HS256) with `secret`. */
function forge(header: unknown, payload: unknown, secret = SECRET): string {
  const signed = `${b64(header)}.${b64(payload)}`;
  return `${signed}.${createHmac('sha256', secret).update(signed).digest('base64url')}`;
}

async function code(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'OK';
  } catch (err) {
    assert.ok(err instanceof AuthError, `an AuthError, got ${String(err)}`);
    return err.code;
  }
}

test('tokens it issues verify, with their claims', async () => {
  const token = await auth.issue({ playerId: 'p-1', name: 'Ann', team: 2 });
  assert.deepEqual(await auth.verify(token), { playerId: 'p-1', name: 'Ann', team: 2 });
});

test('refusals: missing, malformed, other algorithms, bad signature, issuer, times, subject', async () => {
  const now = Math.floor(Date.now() / 1000);
  const h = { alg: 'HS256', typ: 'JWT' };
  const p = { sub: 'p', iss: 'geoplay', exp: now + 60 };
  const cases: [string, string | undefined, string][] = [
    ['no token', undefined, 'TOKEN_MISSING'],
    ['empty', '', 'TOKEN_MISSING'],
    ['two parts', 'a.b', 'TOKEN_INVALID'],
    ['four parts', `${forge(h, p)}.x`, 'TOKEN_INVALID'],
    ['not base64url', `${forge(h, p)}*`, 'TOKEN_INVALID'],
    ['alg none', `${b64({ alg: 'none' })}.${b64(p)}.`, 'TOKEN_INVALID'],
    ['alg HS512', forge({ alg: 'HS512' }, p), 'TOKEN_INVALID'],
    ['crit header', forge({ ...h, crit: ['x'], x: 1 }, p), 'TOKEN_INVALID'],
    ['b64 header', forge({ ...h, b64: false, crit: ['b64'] }, p), 'TOKEN_INVALID'],
    ['other secret', forge(h, p, `${SECRET}!`), 'TOKEN_INVALID'],
    ['payload not an object', forge(h, [1, 2]), 'TOKEN_INVALID'],
    ['payload not JSON', forge(h, 'nope'), 'TOKEN_INVALID'],
    ['no issuer', forge(h, { sub: 'p' }), 'TOKEN_INVALID'],
    ['other issuer', forge(h, { ...p, iss: 'other' }), 'TOKEN_INVALID'],
    ['expired', forge(h, { ...p, exp: now - 1 }), 'TOKEN_EXPIRED'],
    ['expires this second', forge(h, { ...p, exp: now }), 'TOKEN_EXPIRED'],
    ['exp not a number', forge(h, { ...p, exp: String(now + 60) }), 'TOKEN_INVALID'],
    ['not yet valid', forge(h, { ...p, nbf: now + 60 }), 'TOKEN_INVALID'],
    ['iat not a number', forge(h, { ...p, iat: 'x' }), 'TOKEN_INVALID'],
    ['bad subject', forge(h, { ...p, sub: 'has spaces' }), 'TOKEN_INVALID'],
    ['no subject', forge(h, { iss: 'geoplay' }), 'TOKEN_INVALID'],
    ['no exp: does not expire', forge(h, { sub: 'p', iss: 'geoplay' }), 'OK'],
  ];
  const results: string[] = [];
  const expectedAll: string[] = [];
  for (const [what, token, expected] of cases) {
    const fresh = new TokenAuthority(SECRET, 3600, () => now * 1000);
    results.push(`${what}: ${await code(() => fresh.verify(token))}`);
    expectedAll.push(`${what}: ${expected}`);
  }
  assert.deepEqual(results, expectedAll);
  // A signature byte flipped.
  const good = forge(h, p);
  const sig = Buffer.from(good.split('.')[2]!, 'base64url');
  sig[0]! ^= 1;
  const flipped = `${good.split('.').slice(0, 2).join('.')}.${sig.toString('base64url')}`;
  assert.equal(await code(() => auth.verify(flipped)), 'TOKEN_INVALID');
  await assert.rejects(auth.verify(flipped), (e: AuthError) => e.code === 'TOKEN_INVALID');
});

test('a remembered verdict still expires with its token', async () => {
  let now = Date.now();
  const clocked = new TokenAuthority(SECRET, 3600, () => now);
  const token = await clocked.issue({ playerId: 'p-2' }, 60);
  assert.equal((await clocked.verify(token)).playerId, 'p-2');
  assert.equal((await clocked.verify(token)).playerId, 'p-2'); // from the cache
  now += 61_000;
  assert.equal(await code(() => clocked.verify(token)), 'TOKEN_EXPIRED');
  // A token signed with another secret is never taken from another authority's cache.
  const other = new TokenAuthority(`${SECRET}-other`, 3600);
  assert.equal(await code(async () => other.verify(await auth.issue({ playerId: 'p-3' }))), 'TOKEN_INVALID');
});
