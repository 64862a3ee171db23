import { s2 } from 's2js';
import {
  assertCellId,
  type CellId,
  cellAreaM2,
  cellChildrenAt,
  cellLevel,
  cellParent,
  SPAWN_POINT_LEVEL,
} from '../geo/cells.js';
import { hash4, idHigh, idLow, unitFloat } from '../geo/hash.js';
import { HOUR_MS, pickSpawnEntry, SpawnError, type SpawnRules } from './spawnRules.js';

export {
  createSpawnRules,
  DEFAULT_POINT_CELL_LEVEL,
  DEFAULT_SPAWN_LIFETIME_MS,
  HOUR_MS,
  type ResolvedSpawnEntry,
  SpawnError,
  type SpawnErrorCode,
  type SpawnRules,
  type SpawnRulesInput,
  type SpawnTableEntry,
  seedToU32,
} from './spawnRules.js';

const { cellid } = s2;
const DEG = 180 / Math.PI;

// Hash domain separators: each decision draws from its own stream.
const SALT_COUNT = 0x636f756e;
const SALT_SLOT = 0x736c6f74;
const SALT_MINUTE = 0x6d696e75;
const SALT_SPECIES = 0x73706563;
const SALT_LEVEL = 0x6c65766c;

/** A level-20 cell that spawns once an hour, forever; derived, never stored. */
export interface SpawnPoint {
  readonly id: CellId;
  readonly token: string;
  /** Centre of the level-20 cell. */
  readonly lat: number;
  readonly lng: number;
  /** Offset of the appearance within each UTC hour (a whole minute). */
  readonly appearOffsetMs: number;
}

export interface Spawn {
  /** `<point token>:<hour index>`: stable across nodes and restarts, unique per appearance. */
  readonly id: string;
  readonly pointId: CellId;
  readonly pointToken: string;
  readonly lat: number;
  readonly lng: number;
  readonly species: string;
  readonly level: number;
  /** Active on [appearsAtMs, expiresAtMs). */
  readonly appearsAtMs: number;
  readonly expiresAtMs: number;
}

export interface SpawnEvent {
  readonly kind: 'appear' | 'expire';
  readonly atMs: number;
  readonly spawn: Spawn;
}

/**
 * The spawn points of one point cell (level `rules.pointCellLevel`): expected count density × area,
 * realised as floor plus a hashed Bernoulli for the fraction (unbiased, low variance), each at a
 * distinct hashed level-20 child.
 */
function pointsOfPointCell(cell: CellId, rules: SpawnRules, out: SpawnPoint[]): void {
  const seed = rules.seed;
  const hi = idHigh(cell);
  const lo = idLow(cell);
  const expected = (rules.densityPerKm2 * cellAreaM2(cell)) / 1e6;
  const slots = 4 ** (SPAWN_POINT_LEVEL - rules.pointCellLevel);
  let count = Math.floor(expected);
  if (unitFloat(hash4(seed, hi, lo, SALT_COUNT, 0)) < expected - count) count++;
  count = Math.min(count, slots);
  if (count === 0) return;
  const begin = cellid.childBeginAtLevel(cell, SPAWN_POINT_LEVEL);
  const step = cellid.lsbForLevel(SPAWN_POINT_LEVEL) << 1n;
  const taken = new Set<number>();
  const first = out.length;
  for (let k = 0; k < count; k++) {
    let slot: number;
    for (let attempt = 0; ; attempt++) {
      slot = hash4(seed, hi, lo, SALT_SLOT + k, attempt) % slots;
      if (!taken.has(slot)) break;
    }
    taken.add(slot);
    const id = begin + BigInt(slot) * step;
    const ll = cellid.latLng(id);
    const minute = hash4(seed, idHigh(id), idLow(id), SALT_MINUTE, 0) % 60;
    out.push({
      id,
      token: cellid.toToken(id),
      lat: ll.lat * DEG,
      lng: ll.lng * DEG,
      appearOffsetMs: minute * 60_000,
    });
  }
  // Slots are drawn in hash order; id order makes a cell's list equal the concatenation of its children's.
  const mine = out.splice(first).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const p of mine) out.push(p);
}

/**
 * Every spawn point inside a cell, sorted by id. Works for any cell from `pointCellLevel - 8` (a shard
 * at level 12 with the default 17) down to level 20; a cell finer than the point cells gets the points
 * of its ancestor that lie inside it. Pure and deterministic: cache the result per cell if hot.
 */
export function spawnPointsInCell(cellId: CellId, rules: SpawnRules): SpawnPoint[] {
  assertCellId(cellId);
  const level = cellLevel(cellId);
  if (level > SPAWN_POINT_LEVEL) {
    throw new SpawnError(
      'INVALID_LEVEL',
      `spawn points are level-${SPAWN_POINT_LEVEL} cells; got a level-${level} cell`,
    );
  }
  const out: SpawnPoint[] = [];
  if (level <= rules.pointCellLevel) {
    if (rules.pointCellLevel - level > 8) {
      throw new SpawnError('INVALID_LEVEL', `level-${level} cell is too large to enumerate spawn points in`);
    }
    for (const c of cellChildrenAt(cellId, rules.pointCellLevel)) pointsOfPointCell(c, rules, out);
    return out;
  }
  pointsOfPointCell(cellParent(cellId, rules.pointCellLevel), rules, out);
  return out.filter((p) => cellid.contains(cellId, p.id));
}

function assertTime(timeMs: number): void {
  if (!Number.isFinite(timeMs))
    throw new SpawnError('INVALID_TIME', `invalid time ${timeMs}: must be finite ms`);
}

/** The appearance of `point` that started at or before `timeMs` (it may have expired already). */
function appearanceAtOrBefore(point: SpawnPoint, timeMs: number): number {
  return Math.floor((timeMs - point.appearOffsetMs) / HOUR_MS) * HOUR_MS + point.appearOffsetMs;
}

/** The spawn of `point` for the hour whose appearance is at `appearsAtMs`. */
export function spawnOfAppearance(point: SpawnPoint, appearsAtMs: number, rules: SpawnRules): Spawn {
  const hour = Math.floor(appearsAtMs / HOUR_MS);
  const hi = idHigh(point.id);
  const lo = idLow(point.id);
  const entry = pickSpawnEntry(rules, unitFloat(hash4(rules.seed, hi, lo, hour, SALT_SPECIES)));
  const span = entry.maxLevel - entry.minLevel + 1;
  const level = entry.minLevel + (hash4(rules.seed, hi, lo, hour, SALT_LEVEL) % span);
  return {
    id: `${point.token}:${hour}`,
    pointId: point.id,
    pointToken: point.token,
    lat: point.lat,
    lng: point.lng,
    species: entry.species,
    level,
    appearsAtMs: appearsAtMs,
    expiresAtMs: appearsAtMs + rules.lifetimeMs,
  };
}

/** The spawn active at `point` at `timeMs`, or null between appearances. */
export function spawnAtPoint(point: SpawnPoint, timeMs: number, rules: SpawnRules): Spawn | null {
  assertTime(timeMs);
  const appears = appearanceAtOrBefore(point, timeMs);
  return timeMs < appears + rules.lifetimeMs ? spawnOfAppearance(point, appears, rules) : null;
}

/** The first time strictly after `timeMs` at which this point's spawn appears or expires. */
export function nextPointChangeMs(point: SpawnPoint, timeMs: number, rules: SpawnRules): number {
  assertTime(timeMs);
  const appears = appearanceAtOrBefore(point, timeMs);
  const expires = appears + rules.lifetimeMs;
  return expires > timeMs ? expires : appears + HOUR_MS;
}

/** Spawns active in a cell at `timeMs` (sorted by point id): the snapshot a world builds on activation. */
export function spawnsInCell(cellId: CellId, timeMs: number, rules: SpawnRules): Spawn[] {
  assertTime(timeMs);
  const out: Spawn[] = [];
  for (const p of spawnPointsInCell(cellId, rules)) {
    const s = spawnAtPoint(p, timeMs, rules);
    if (s !== null) out.push(s);
  }
  return out;
}

/**
 * The first time strictly after `timeMs` at which the set of active spawns in the cell changes, so the
 * world can sleep until then instead of rescanning each tick. Infinity when the cell has no points.
 */
export function nextSpawnChangeMs(cellId: CellId, timeMs: number, rules: SpawnRules): number {
  assertTime(timeMs);
  let next = Number.POSITIVE_INFINITY;
  for (const p of spawnPointsInCell(cellId, rules)) {
    const t = nextPointChangeMs(p, timeMs, rules);
    if (t < next) next = t;
  }
  return next;
}

/**
 * Appear and expire events with fromMs < atMs <= toMs, in time order (at equal times expiries first,
 * then by spawn id). Applying them to `spawnsInCell(cell, fromMs)` yields `spawnsInCell(cell, toMs)`.
 */
export function spawnEventsBetween(
  cellId: CellId,
  fromMs: number,
  toMs: number,
  rules: SpawnRules,
): SpawnEvent[] {
  assertTime(fromMs);
  assertTime(toMs);
  const events: SpawnEvent[] = [];
  if (toMs <= fromMs) return events;
  for (const p of spawnPointsInCell(cellId, rules)) {
    // First appearance whose expiry could fall in the window, through the last appearance in it.
    for (let a = appearanceAtOrBefore(p, fromMs - rules.lifetimeMs); a <= toMs; a += HOUR_MS) {
      const e = a + rules.lifetimeMs;
      if (e <= fromMs) continue;
      const spawn = spawnOfAppearance(p, a, rules);
      if (a > fromMs) events.push({ kind: 'appear', atMs: a, spawn });
      if (e <= toMs) events.push({ kind: 'expire', atMs: e, spawn });
    }
  }
  return events.sort(
    (x, y) =>
      x.atMs - y.atMs ||
      (x.kind === y.kind ? 0 : x.kind === 'expire' ? -1 : 1) ||
      (x.spawn.id < y.spawn.id ? -1 : x.spawn.id > y.spawn.id ? 1 : 0),
  );
}

/**
 * The spawn with this id (`<point token>:<hour index>`), whether or not it is active now, or
 * undefined when the id names no spawn of these rules (a malformed id, or a cell that is not a
 * spawn point). Lets an offline action be judged against a spawn that has expired since.
 */
export function spawnById(id: string, rules: SpawnRules): Spawn | undefined {
  const m = /^([0-9a-f]{1,16}):(\d{1,9})$/.exec(id);
  if (!m) return undefined;
  const cell = cellid.fromToken(m[1]!);
  if (!cellid.valid(cell) || cellLevel(cell) !== SPAWN_POINT_LEVEL) return undefined;
  const point = spawnPointsInCell(cell, rules)[0];
  if (!point || point.id !== cell) return undefined;
  const hour = Number(m[2]);
  const appears = hour * HOUR_MS + point.appearOffsetMs;
  return spawnOfAppearance(point, appears, rules);
}
