import { foldSeed } from '../geo/hash.js';

/** One row of the game's spawn table: relative weight, and the level range a spawn of it rolls in. */
export interface SpawnTableEntry {
  species: string;
  weight: number;
  /** Inclusive; default 1. */
  minLevel?: number;
  /** Inclusive; default 30. */
  maxLevel?: number;
}

export interface SpawnRulesInput {
  /** World seed: a safe integer or any string. Same seed, same world. */
  seed: number | string;
  /** Spawn points per square kilometre (before the at-most-one-point-per-level-20-cell cap). */
  densityPerKm2: number;
  table: readonly SpawnTableEntry[];
  /** How long a spawn stays after it appears; 1 ms .. 1 hour, default 30 minutes. */
  lifetimeMs?: number;
  /** Level of the cells points are derived per (13..20, default 17): changing it moves every point. */
  pointCellLevel?: number;
}

export type SpawnErrorCode =
  | 'INVALID_SEED'
  | 'INVALID_DENSITY'
  | 'INVALID_TABLE'
  | 'INVALID_LIFETIME'
  | 'INVALID_LEVEL'
  | 'INVALID_TIME';

export class SpawnError extends Error {
  override readonly name = 'SpawnError';
  readonly code: SpawnErrorCode;

  constructor(code: SpawnErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export interface ResolvedSpawnEntry {
  readonly species: string;
  readonly weight: number;
  readonly minLevel: number;
  readonly maxLevel: number;
}

/** Validated, precomputed rules: build once with `createSpawnRules` and pass to every spawn query. */
export interface SpawnRules {
  readonly seed: number;
  readonly densityPerKm2: number;
  readonly lifetimeMs: number;
  readonly pointCellLevel: number;
  readonly table: readonly ResolvedSpawnEntry[];
  /** Running sums of the weights, for a binary-searched weighted pick. */
  readonly cumulativeWeights: Float64Array;
  readonly totalWeight: number;
}

export const HOUR_MS = 3_600_000;
export const DEFAULT_SPAWN_LIFETIME_MS = 30 * 60_000;
export const DEFAULT_POINT_CELL_LEVEL = 17;
export const DEFAULT_MIN_SPAWN_LEVEL = 1;
export const DEFAULT_MAX_SPAWN_LEVEL = 30;

/** Validates a world seed and folds it to 32 bits. */
export function seedToU32(seed: number | string): number {
  if (typeof seed !== 'string' && !Number.isSafeInteger(seed)) {
    throw new SpawnError('INVALID_SEED', `invalid world seed ${seed}: must be a safe integer or a string`);
  }
  return foldSeed(seed);
}

export function createSpawnRules(input: SpawnRulesInput): SpawnRules {
  const seed = seedToU32(input.seed);
  const density = input.densityPerKm2;
  if (!(density >= 0 && density < Number.POSITIVE_INFINITY)) {
    throw new SpawnError('INVALID_DENSITY', `invalid spawn density ${density}/km²: must be finite and >= 0`);
  }
  const lifetimeMs = input.lifetimeMs ?? DEFAULT_SPAWN_LIFETIME_MS;
  if (!(Number.isInteger(lifetimeMs) && lifetimeMs >= 1 && lifetimeMs <= HOUR_MS)) {
    // A lifetime over an hour would overlap a point's next hourly spawn.
    throw new SpawnError(
      'INVALID_LIFETIME',
      `invalid spawn lifetime ${lifetimeMs} ms: must be an integer in 1..${HOUR_MS}`,
    );
  }
  const pointCellLevel = input.pointCellLevel ?? DEFAULT_POINT_CELL_LEVEL;
  if (!(Number.isInteger(pointCellLevel) && pointCellLevel >= 13 && pointCellLevel <= 20)) {
    throw new SpawnError(
      'INVALID_LEVEL',
      `invalid point cell level ${pointCellLevel}: must be an integer in 13..20`,
    );
  }
  if (!Array.isArray(input.table) || input.table.length === 0) {
    throw new SpawnError('INVALID_TABLE', 'spawn table is empty');
  }
  const table: ResolvedSpawnEntry[] = [];
  const cumulativeWeights = new Float64Array(input.table.length);
  let total = 0;
  input.table.forEach((e, i) => {
    const where = `spawn table entry ${i}`;
    if (typeof e.species !== 'string' || e.species.length === 0) {
      throw new SpawnError('INVALID_TABLE', `${where}: species must be a non-empty string`);
    }
    if (!(e.weight >= 0 && e.weight < Number.POSITIVE_INFINITY)) {
      throw new SpawnError('INVALID_TABLE', `${where} (${e.species}): weight must be finite and >= 0`);
    }
    const minLevel = e.minLevel ?? DEFAULT_MIN_SPAWN_LEVEL;
    const maxLevel = e.maxLevel ?? DEFAULT_MAX_SPAWN_LEVEL;
    if (!(
      Number.isInteger(minLevel) &&
      Number.isInteger(maxLevel) &&
      minLevel >= 0 &&
      minLevel <= maxLevel
    )) {
      throw new SpawnError(
        'INVALID_TABLE',
        `${where} (${e.species}): levels must be integers with 0 <= minLevel <= maxLevel (got ${minLevel}..${maxLevel})`,
      );
    }
    total += e.weight;
    cumulativeWeights[i] = total;
    table.push({ species: e.species, weight: e.weight, minLevel, maxLevel });
  });
  if (!(total > 0)) throw new SpawnError('INVALID_TABLE', 'spawn table weights sum to 0');
  return {
    seed,
    densityPerKm2: density,
    lifetimeMs,
    pointCellLevel,
    table,
    cumulativeWeights,
    totalWeight: total,
  };
}

/** The entry a uniform draw u in [0, 1) selects, proportionally to the weights. */
export function pickSpawnEntry(rules: SpawnRules, u: number): ResolvedSpawnEntry {
  const target = u * rules.totalWeight;
  const cw = rules.cumulativeWeights;
  let lo = 0;
  let hi = cw.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cw[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return rules.table[lo]!;
}
