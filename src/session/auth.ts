import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errors as joseErrors, type JWTPayload, jwtVerify, SignJWT } from 'jose';
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

const VERIFIED_CACHE_MAX = 4096;

interface Verified {
  claims: PlayerClaims;
  /** Expiry of the token, ms (Infinity without `exp`). */
  expMs: number;
}

/**
 * Signs and verifies HS256 player tokens with jose. A verification costs about 0.3 ms of the event
 * loop (WebCrypto), which adds up when thousands of clients reconnect at once with the tokens they
 * used a moment ago; so the last few thousand tokens that verified are remembered (until their
 * own expiry) and a reconnect with one of them skips the cryptography.
 */
export class TokenAuthority {
  private readonly key: Uint8Array<ArrayBuffer>;
  /** The secret imported once: with raw bytes, jose would import the key again on every call. */
  private cryptoKey: Promise<CryptoKey> | undefined;
  private readonly verified = new Map<string, Verified>();
  constructor(
    secret: string,
    private readonly ttlS: number,
    private readonly clock: () => number = Date.now,
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
    if (!token) {
      throw new AuthError('TOKEN_MISSING', 'no token: send Authorization: Bearer <jwt> or ?token=<jwt>');
    }
    const now = this.clock();
    const hit = this.verified.get(token);
    if (hit) {
      if (hit.expMs > now) return hit.claims;
      this.verified.delete(token);
      throw new AuthError('TOKEN_EXPIRED', 'token expired');
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.hmacKey(), {
        algorithms: ['HS256'],
        issuer: ISSUER,
        currentDate: new Date(now),
      }));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw new AuthError('TOKEN_EXPIRED', 'token expired');
      throw new AuthError(
        'TOKEN_INVALID',
        `token rejected: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    const playerId = payload.sub;
    if (typeof playerId !== 'string' || !isValidPlayerId(playerId)) {
      throw new AuthError('TOKEN_INVALID', 'token subject is not a valid player id');
    }
    const name = typeof payload.name === 'string' ? payload.name.slice(0, 64) : playerId;
    const team = typeof payload.team === 'number' && Number.isInteger(payload.team) ? payload.team : 0;
    const claims = { playerId, name, team };
    if (this.verified.size >= VERIFIED_CACHE_MAX) {
      this.verified.delete(this.verified.keys().next().value as string);
    }
    this.verified.set(token, { claims, expMs: payload.exp === undefined ? Infinity : payload.exp * 1000 });
    return claims;
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
