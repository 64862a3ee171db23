import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import type { Logger } from '../ops/logger.js';

/** What a valid player token says about its bearer. */
export interface PlayerClaims {
  playerId: string;
  name: string;
  team: number;
}

export class AuthError extends Error {
  readonly code: 'TOKEN_MISSING' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';
  constructor(code: AuthError['code'], message: string) {
    super(message);
    this.name = 'AuthError';
    this.code = code;
  }
}

const ISSUER = 'geoplay';
const PLAYER_ID = /^[A-Za-z0-9_.:@-]{1,64}$/;

export function isValidPlayerId(id: string): boolean {
  return PLAYER_ID.test(id);
}

function invalid(reason: string): AuthError {
  return new AuthError('TOKEN_INVALID', `token rejected: ${reason}`);
}

function jsonObject(part: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw invalid(`${what} is not base64url JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(`${what} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Signs (with jose) and verifies HS256 player tokens. Verification is done here with node:crypto's
 * synchronous HMAC: jose verifies through WebCrypto, whose asynchronous jobs cost the event loop
 * about 0.3 ms per token under load, the largest single cost of accepting a connection (it counts
 * when thousands of clients reconnect at once; docs/BENCHMARKS.md, Resume). The rules are jose's
 * for what geoplay asks: alg HS256 only, no `crit` or `b64` header, a signature that matches, a
 * JSON object payload, `iss` "geoplay", `exp` / `nbf` / `iat` numbers when present, `exp` in the
 * future and `nbf` not, with no clock tolerance.
 */
export class TokenAuthority {
  private readonly key: Uint8Array<ArrayBuffer>;
  private cryptoKey: Promise<CryptoKey> | undefined;
  constructor(
    secret: string,
    private readonly ttlS: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  private hmacKey(): Promise<CryptoKey> {
    this.cryptoKey ??= globalThis.crypto.subtle.importKey(
      'raw',
      this.key,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    return this.cryptoKey;
  }

  async issue(claims: { playerId: string; name?: string; team?: number }, ttlS = this.ttlS): Promise<string> {
    if (!isValidPlayerId(claims.playerId)) {
      throw new AuthError('TOKEN_INVALID', 'player id must be 1-64 characters of A-Z a-z 0-9 _ . : @ -');
    }
    return new SignJWT({ name: claims.name ?? claims.playerId, team: claims.team ?? 0 })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.playerId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${ttlS}s`)
      .sign(await this.hmacKey());
  }

  async verify(token: string | undefined): Promise<PlayerClaims> {
    return this.verifySync(token);
  }

  /** The checks of `verify`, synchronously; throws AuthError. */
  verifySync(token: string | undefined, nowMs = Date.now()): PlayerClaims {
    if (!token)
      throw new AuthError('TOKEN_MISSING', 'no token: send Authorization: Bearer <jwt> or ?token=<jwt>');
    const parts = token.split('.');
    if (parts.length !== 3 || !parts.every((p) => BASE64URL.test(p))) {
      throw invalid('not a compact JWS (three base64url parts)');
    }
    const [head, body, sig] = parts as [string, string, string];
    const header = jsonObject(head, 'header');
    if (header.alg !== 'HS256') throw invalid(`algorithm ${JSON.stringify(header.alg)} is not allowed`);
    if (header.crit !== undefined || header.b64 !== undefined) throw invalid('unsupported header parameters');
    const expected = createHmac('sha256', this.key).update(`${head}.${body}`).digest();
    const given = Buffer.from(sig, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw invalid('signature verification failed');
    }
    const payload = jsonObject(body, 'payload');
    if (payload.iss !== ISSUER) throw invalid('unexpected "iss" claim value');
    const now = Math.floor(nowMs / 1000);
    for (const claim of ['exp', 'nbf', 'iat'] as const) {
      const v = payload[claim];
      if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v))) {
        throw invalid(`"${claim}" claim must be a number`);
      }
    }
    if (typeof payload.nbf === 'number' && payload.nbf > now)
      throw invalid('"nbf" claim timestamp check failed');
    if (typeof payload.exp === 'number' && payload.exp <= now)
      throw new AuthError('TOKEN_EXPIRED', 'token expired');
    const playerId = payload.sub;
    if (typeof playerId !== 'string' || !isValidPlayerId(playerId)) {
      throw new AuthError('TOKEN_INVALID', 'token subject is not a valid player id');
    }
    const name = typeof payload.name === 'string' ? payload.name.slice(0, 64) : playerId;
    const team = typeof payload.team === 'number' && Number.isInteger(payload.team) ? payload.team : 0;
    return { playerId, name, team };
  }
}

/**
 * The configured secret, or in dev mode one generated into the data directory on first start
 * (and reused after), with a warning: such a secret is fine for a laptop, not for production.
 */
export function resolveJwtSecret(opts: {
  jwtSecret: string | undefined;
  devAuth: boolean;
  dataDir: string;
  log: Logger;
}): string {
  if (opts.jwtSecret) return opts.jwtSecret;
  if (!opts.devAuth) throw new AuthError('TOKEN_INVALID', 'no jwtSecret configured and dev auth is off');
  const file = join(opts.dataDir, 'dev-jwt-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) {
      opts.log.warn(
        { file },
        'dev auth: using the generated JWT secret; set GEOPLAY_JWT_SECRET in production',
      );
      return secret;
    }
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  opts.log.warn({ file }, 'dev auth: generated a JWT secret; set GEOPLAY_JWT_SECRET in production');
  return secret;
}
