import { StoreError } from './errors.js';
import type { OpCommit } from './types.js';

/** Longest op id, player id, kind, item, cooldown key, error code and shard token accepted. */
export const MAX_KEY_LENGTH = 128;

/** Largest inventory change of one op (a 32-bit integer; counts themselves are 64-bit). */
export const MAX_DELTA = 2_147_483_647;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be stored in a text or JSONB column (NUL, lone surrogate), or null. */
function badText(s: string): string | null {
  if (s.includes('\u0000')) return 'contains U+0000';
  if (LONE_SURROGATE.test(s)) return 'contains a lone UTF-16 surrogate';
  return null;
}

/**
 * Why a value is not plain JSON that JSONB can store, or null (recursing at most 64 levels): strings
 * without U+0000 or lone surrogates, finite numbers, plain objects and arrays. Undefined object
 * properties are allowed (they are dropped, as JSON.stringify does).
 */
export function badJson(v: unknown, depth = 0): string | null {
  if (depth > 64) return 'nests deeper than 64 levels';
  if (typeof v === 'string') return badText(v);
  if (v === null || v === undefined || typeof v === 'boolean') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? null : 'contains a non-finite number';
  if (Array.isArray(v)) {
    for (const x of v) {
      const why = badJson(x, depth + 1);
      if (why) return why;
    }
    return null;
  }
  if (typeof v === 'object') {
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) {
      return `contains a ${(v as object).constructor?.name ?? 'non-plain object'}, not a plain JSON object`;
    }
    for (const [k, x] of Object.entries(v)) {
      const why = badText(k) ?? badJson(x, depth + 1);
      if (why) return why;
    }
    return null;
  }
  return `is a ${typeof v}, not JSON`;
}

function badKey(s: unknown, nullable = false): string | null {
  if (nullable && (s === null || s === undefined)) return null;
  if (typeof s !== 'string') return 'is not a string';
  if (s.length === 0) return 'is empty';
  if (s.length > MAX_KEY_LENGTH) return `is longer than ${MAX_KEY_LENGTH} characters`;
  return badText(s);
}

/**
 * Checks one op before it is batched: a StoreError (INVALID) saying what is wrong, or null.
 * `commitOps` rejects a whole batch that holds an invalid op, so callers that take ops from clients
 * (payloads are client JSON) should call this first and reject the op to its client.
 */
export function validateOp(op: OpCommit): StoreError | null {
  const fail = (what: string) =>
    new StoreError('INVALID', `op ${JSON.stringify(String(op.opId).slice(0, MAX_KEY_LENGTH))}: ${what}`);
  let why: string | null;
  if ((why = badKey(op.opId))) return fail(`opId ${why}`);
  if ((why = badKey(op.playerId))) return fail(`playerId ${why}`);
  if ((why = badKey(op.kind))) return fail(`kind ${why}`);
  if ((why = badKey(op.shard, true))) return fail(`shard ${why}`);
  if ((why = badKey(op.errorCode, true))) return fail(`errorCode ${why}`);
  if (op.status !== 'accepted' && op.status !== 'rejected')
    return fail(`status must be accepted or rejected`);
  if (op.status === 'accepted' && op.errorCode) return fail('an accepted op has no errorCode');
  if (!op.hlc || !Number.isSafeInteger(op.hlc.ms) || op.hlc.ms < 0)
    return fail('hlc.ms must be a safe integer >= 0');
  if (!Number.isInteger(op.hlc.logical) || op.hlc.logical < 0 || op.hlc.logical > 0x7fffffff) {
    return fail('hlc.logical must be an integer in [0, 2^31)');
  }
  if (op.clientTimeMs !== undefined && op.clientTimeMs !== null && !Number.isFinite(op.clientTimeMs)) {
    return fail('clientTimeMs must be finite');
  }
  if ((why = badJson(op.payload))) return fail(`payload ${why}`);
  if ((why = badJson(op.result))) return fail(`result ${why}`);
  const deltas = op.inventoryDeltas ?? [];
  const cooldowns = op.cooldowns ?? [];
  const world = op.worldEffects ?? [];
  if (op.status === 'rejected' && (deltas.length > 0 || cooldowns.length > 0 || world.length > 0)) {
    return fail('a rejected op has no effects (inventoryDeltas, cooldowns, worldEffects)');
  }
  for (const w of world) {
    if ((why = badKey(w.shard))) return fail(`world effect shard ${why}`);
    if ((why = badKey(w.key))) return fail(`world effect key ${why}`);
    if ((why = badJson(w.value))) return fail(`world effect ${w.key} ${why}`);
  }
  for (const d of deltas) {
    if ((why = badKey(d.item))) return fail(`inventory item ${why}`);
    if (!Number.isInteger(d.delta) || Math.abs(d.delta) > MAX_DELTA) {
      return fail(`inventory delta of ${d.item} must be an integer within +-${MAX_DELTA}`);
    }
  }
  for (const c of cooldowns) {
    if ((why = badKey(c.key))) return fail(`cooldown key ${why}`);
    if (!Number.isFinite(c.untilMs) || c.untilMs < 0 || c.untilMs > Number.MAX_SAFE_INTEGER) {
      return fail(`cooldown ${c.key}: untilMs must be a finite epoch millisecond value`);
    }
  }
  return null;
}
