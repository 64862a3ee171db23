/**
 * Every error the Store port reports. Callers branch on `code`; the message names the operation
 * and the fix. Adapters map their driver's errors onto these codes, so nothing above the port
 * sees a `pg` or PGlite error.
 */
export const StoreErrorCodes = {
  UNAVAILABLE:
    'the database could not be reached or did not answer within its timeout (connection refused or ' +
    'lost, statement or connect timeout, store closed); the operation may not have been written, so ' +
    'nothing may be acknowledged: retry with the same op ids later',
  CONFLICT: 'a concurrent transaction conflicted (deadlock or serialization failure) after retries',
  MIGRATION_FAILED: 'the schema migrations could not be applied; the store did not open',
  INVALID: 'the input cannot be stored (a field out of range, text JSONB cannot hold); nothing was written',
  INTERNAL: 'an unexpected database error; nothing was acknowledged',
} as const;

export type StoreErrorCode = keyof typeof StoreErrorCodes;

/** The one error type of the Store port. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  /** The SQLSTATE of the database error behind this one, when there was one. */
  readonly sqlState: string | undefined;

  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown; sqlState?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.sqlState = options.sqlState;
  }
}

export function isStoreError(e: unknown, code?: StoreErrorCode): e is StoreError {
  return e instanceof StoreError && (code === undefined || e.code === code);
}

/** SQLSTATE classes and codes that mean the server is gone, refusing or too slow. */
const UNAVAILABLE_STATES = new Set([
  '57014', // query_canceled (statement_timeout)
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '55P03', // lock_not_available (lock_timeout)
  '25P03', // idle_in_transaction_session_timeout
  '53300', // too_many_connections
  '3D000', // invalid_catalog_name (database does not exist)
]);

/** Maps a SQLSTATE to a store error code; classes 08 (connection), 28 (auth), 53 (resources): unavailable. */
export function codeForSqlState(state: string): StoreErrorCode {
  if (UNAVAILABLE_STATES.has(state) || /^(08|28|53)/.test(state)) return 'UNAVAILABLE';
  if (state === '40001' || state === '40P01') return 'CONFLICT';
  if (state.startsWith('22') || state.startsWith('23')) return 'INVALID';
  return 'INTERNAL';
}

const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);

/** Driver messages (pg, pg-pool, PGlite) that mean the connection is gone or timed out. */
const UNAVAILABLE_MESSAGE =
  /connection terminated|connection timeout|timeout exceeded|query read timeout|not queryable|after calling end on the pool|pglite is closed|client was closed|connection ended/i;

function errorCode(e: unknown): string | undefined {
  if (e === null || typeof e !== 'object') return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Maps anything a driver threw to a StoreError: SQLSTATEs by class, socket errors and the drivers'
 * own connection and timeout errors to UNAVAILABLE, the rest to INTERNAL. `what` names the call.
 */
export function toStoreError(e: unknown, what: string): StoreError {
  if (e instanceof StoreError) return e;
  const message = e instanceof Error ? e.message : String(e);
  const code = errorCode(e);
  if (code && /^[0-9A-Z]{5}$/.test(code)) {
    return new StoreError(codeForSqlState(code), `${what}: ${message} (SQLSTATE ${code})`, {
      cause: e,
      sqlState: code,
    });
  }
  const nested = e instanceof AggregateError ? e.errors.map(errorCode) : [];
  if ((code && UNAVAILABLE_ERRNOS.has(code)) || nested.some((c) => c && UNAVAILABLE_ERRNOS.has(c))) {
    return new StoreError('UNAVAILABLE', `${what}: database unreachable: ${message || code}`, { cause: e });
  }
  if (UNAVAILABLE_MESSAGE.test(message)) {
    return new StoreError('UNAVAILABLE', `${what}: ${message}`, { cause: e });
  }
  return new StoreError('INTERNAL', `${what}: ${message}`, { cause: e });
}
