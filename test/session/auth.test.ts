// TokenAuthority verifies HS256 tokens with node:crypto; these tests hold it to jose's verdicts.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import { errors as joseErrors, jwtVerify } from 'jose';
import { AuthError, TokenAuthority } from '../../src/session/auth.js';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const auth = new TokenAuthority(SECRET, 3600);
const key = new TextEncoder().encode(SECRET);

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** A token with any header and payload, signed (HS256) with `secret`. */
function forge(header: unknown, payload: unknown, secret = SECRET): string {
  const signed = `${b64(header)}.${b64(payload)}`;
  return `${signed}.${createHmac('sha256', secret).update(signed).digest('base64url')}`;
}

function code(fn: () => unknown): string {
  try {
    fn();
    return 'OK';
  } catch (err) {
    assert.ok(err instanceof AuthError, `an AuthError, got ${String(err)}`);
    return err.code;
  }
}

async function joseCode(token: string, nowS: number): Promise<string> {
  try {
    await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: 'geoplay',
      currentDate: new Date(nowS * 1000),
    });
    return 'OK';
  } catch (err) {
    return err instanceof joseErrors.JWTExpired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID';
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
    ['not base64url', `${forge(h, p)}=`, 'TOKEN_INVALID'],
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
  for (const [what, token, expected] of cases) {
    assert.equal(
      code(() => auth.verifySync(token, now * 1000)),
      expected,
      what,
    );
  }
  // A signature byte flipped.
  const good = forge(h, p);
  const sig = Buffer.from(good.split('.')[2]!, 'base64url');
  sig[0]! ^= 1;
  const flipped = `${good.split('.').slice(0, 2).join('.')}.${sig.toString('base64url')}`;
  assert.equal(
    code(() => auth.verifySync(flipped)),
    'TOKEN_INVALID',
  );
  await assert.rejects(auth.verify(flipped), (e: AuthError) => e.code === 'TOKEN_INVALID');
});

test('same verdict as jose on valid tokens and on mutations of them', async () => {
  const now = Math.floor(Date.now() / 1000);
  const claims = fc.record(
    {
      sub: fc.oneof(fc.constantFrom('p', 'player-1', 'a@b.c'), fc.string({ maxLength: 70 })),
      iss: fc.constantFrom('geoplay', 'geoplay', 'x'),
      exp: fc.oneof(fc.integer({ min: now - 100, max: now + 100 }), fc.constant('soon')),
      nbf: fc.integer({ min: now - 100, max: now + 100 }),
      iat: fc.integer({ min: now - 100, max: now + 100 }),
      name: fc.string({ maxLength: 10 }),
    },
    { requiredKeys: ['sub'] },
  );
  const header = fc.record(
    { alg: fc.constantFrom('HS256', 'HS256', 'HS384', 'none'), typ: fc.constantFrom('JWT', 'x') },
    { requiredKeys: ['alg'] },
  );
  await fc.assert(
    fc.asyncProperty(header, claims, fc.nat(), fc.nat({ max: 3 }), async (h, c, at, mutate) => {
      let token = forge(h, c);
      if (mutate > 0) {
        // Change one character of one part (header, payload or signature).
        const parts = token.split('.');
        const part = parts[mutate - 1]!;
        if (part.length > 0) {
          const i = at % part.length;
          const ch = part[i] === 'A' ? 'B' : 'A';
          parts[mutate - 1] = part.slice(0, i) + ch + part.slice(i + 1);
          token = parts.join('.');
        }
      }
      const ours = code(() => auth.verifySync(token, now * 1000));
      const theirs = await joseCode(token, now);
      // jose does not check the subject: a token jose accepts may still have a bad player id.
      const subjectOk = typeof c.sub === 'string' && /^[A-Za-z0-9_.:@-]{1,64}$/.test(c.sub);
      if (theirs === 'OK' && !subjectOk) assert.equal(ours, 'TOKEN_INVALID');
      else assert.equal(ours, theirs, `token ${token}`);
    }),
    { numRuns: 400, seed: 1234 },
  );
});
