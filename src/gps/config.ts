import type { FixSource } from './types.js';

/** One row of the teleport cooldown table: a jump of `distanceKm` needs `cooldownMin` before actions. */
export interface CooldownRow {
  distanceKm: number;
  cooldownMin: number;
}

/** Noise model of one position source. Per-axis sigma = max(minAccuracyM, accuracyM × accuracyScale) / √2. */
export interface SourceNoise {
  /** Multiplies the reported accuracy (>1 when the source is known to be optimistic). */
  accuracyScale: number;
  /** Floor on the accuracy, metres (no source is better than this whatever it claims). */
  minAccuracyM: number;
}

/**
 * Everything a game can tune. Pass a partial object to `gpsConfig()`; what you leave out keeps the
 * default shown in `DEFAULT_GPS_CONFIG`. Units are in the names. docs/GPS.md explains each.
 */
export interface GpsConfig {
  // --- plausibility
  /** Fixes with a reported accuracy above this get `low_accuracy`. Default 100 m. */
  maxAccuracyM: number;
  /** Reorder window: a fix older than the filter time by more than this is `late`. Default 2000 ms. */
  windowMs: number;
  /** Applied fixes remembered for re-ordering (bounds the work of one out-of-order fix). Default 16. */
  reorderCapacity: number;
  /** A fix stamped later than the server's now + this is clamped to it (and counts as risk). Default 5000 ms. */
  maxFutureMs: number;

  // --- Kalman filter
  /** Innovation gate: squared Mahalanobis distance, chi-square with 2 dof. 13.82 = 99.9%. Set Infinity to turn off. */
  gateChi2: number;
  /** After this many gated fixes in a row the filter re-acquires at the latest one. Default 3. */
  maxConsecutiveOutliers: number;
  /** Gap after which the filter restarts at the new fix instead of extrapolating. Default 30 s. */
  maxPredictS: number;
  /** The ENU origin re-centres when the estimate is this far from it. Default 1000 m. */
  recenterM: number;
  /** Process noise (white acceleration spectral density, m²/s³) = clamp(qMin + qPerMps × speed, qMin, qMax). */
  qMin: number;
  qPerMps: number;
  qMax: number;
  /** Velocity sigma of a fresh track, m/s: wide enough that a car is locked on within a few fixes. Default 10. */
  initialSpeedSigmaMps: number;
  /** Noise models per position source. */
  sources: Record<Exclude<FixSource, 'imu'>, SourceNoise>;
  /** Use the device's Doppler `speedMps` + `headingDeg` as a velocity measurement (gated). Default true. */
  useReportedVelocity: boolean;
  /** Sigma of a reported speed, m/s. Default 0.5. */
  reportedSpeedSigmaMps: number;
  /** Sigma of a reported heading, degrees. Default 10. */
  reportedHeadingSigmaDeg: number;
  /** imu: metres per step. Default 0.7. */
  stepLengthM: number;
  /** imu: sigma of a step-derived speed, m/s. Default 0.3. */
  imuSpeedSigmaMps: number;
  /** imu: sigma of a heading hint, degrees. Default 20. */
  imuHeadingSigmaDeg: number;

  // --- anti-spoofing
  /** Jumps shorter than this (after subtracting the new fix's accuracy) are never teleports (the innovation gate handles them). Default 500 m. */
  teleportMinDistanceM: number;
  /** Distance -> cooldown, increasing in both. Linear interpolation between rows. Default: the community table. */
  cooldownTable: CooldownRow[];
  /** Longest cooldown, minutes, for jumps beyond the table. Default 120. */
  cooldownCapMin: number;
  /** `too_fast` above this filtered speed. Default 35 km/h (9.72 m/s). */
  tooFastSpeedMps: number;
  /** ... sustained this long. Default 5 s. */
  tooFastSustainS: number;
  /** `too_fast` ends once the speed falls below tooFastSpeedMps × this. Default 0.85. */
  tooFastReleaseFactor: number;
  /** Walking distance is credited only while the filtered speed stays below this. Default 10.5 km/h. */
  walkMaxSpeedMps: number;
  /**
   * The odometer credits straight chords of the filtered track at least this long: a dead band
   * against the filter's own wander when standing still. Default 25 m.
   */
  walkStepM: number;
  /** Time constant of the smoothed speed compared with walkMaxSpeedMps, s. Default 30. */
  walkSpeedTauS: number;

  // --- risk score: score = 1 - exp(-sum of weights, each halving every riskHalfLifeS)
  riskHalfLifeS: number;
  riskTeleport: number;
  riskMock: number;
  /** Weight of one impossible acceleration (filtered |dv/dt| above maxAccelMps2). */
  riskAcceleration: number;
  maxAccelMps2: number;
  /** Weight added each `regularMinFixes` fixes of a perfectly regular (jitter-free) moving track. */
  riskRegular: number;
  /** Second difference of consecutive raw positions below this counts as jitter-free. Default 0.05 m. */
  regularEpsM: number;
  regularMinFixes: number;
  /** Weight of a fix stamped in the future beyond maxFutureMs. */
  riskFuture: number;

  // --- history
  /** Fused fixes kept per player for `positionAt` (5 minutes at 1 Hz). Default 300. */
  historySize: number;
}

/** The Pokemon GO community's measured teleport cooldowns. */
export const POKEMON_GO_COOLDOWNS: readonly CooldownRow[] = Object.freeze(
  (
    [
      [1, 0.5],
      [2, 1],
      [4, 2],
      [10, 8],
      [15, 11],
      [20, 13],
      [25, 15],
      [30, 18],
      [40, 22],
      [45, 23],
      [60, 25],
      [125, 33],
      [150, 36],
      [180, 39],
      [200, 42],
      [300, 50],
      [400, 56],
      [500, 64],
      [600, 72],
      [700, 80],
      [800, 86],
      [1000, 100],
    ] as const
  ).map(([distanceKm, cooldownMin]) => Object.freeze({ distanceKm, cooldownMin })),
);

export const DEFAULT_GPS_CONFIG: Readonly<GpsConfig> = Object.freeze({
  maxAccuracyM: 100,
  windowMs: 2000,
  reorderCapacity: 16,
  maxFutureMs: 5000,
  gateChi2: 13.82,
  maxConsecutiveOutliers: 3,
  maxPredictS: 30,
  recenterM: 1000,
  qMin: 0.005,
  qPerMps: 0.1,
  qMax: 8,
  initialSpeedSigmaMps: 10,
  sources: Object.freeze({
    gps: Object.freeze({ accuracyScale: 1, minAccuracyM: 3 }),
    network: Object.freeze({ accuracyScale: 1.5, minAccuracyM: 15 }),
    fused: Object.freeze({ accuracyScale: 1.2, minAccuracyM: 3 }),
  }),
  useReportedVelocity: true,
  reportedSpeedSigmaMps: 0.5,
  reportedHeadingSigmaDeg: 10,
  stepLengthM: 0.7,
  imuSpeedSigmaMps: 0.3,
  imuHeadingSigmaDeg: 20,
  teleportMinDistanceM: 500,
  cooldownTable: POKEMON_GO_COOLDOWNS as CooldownRow[],
  cooldownCapMin: 120,
  tooFastSpeedMps: 35 / 3.6,
  tooFastSustainS: 5,
  tooFastReleaseFactor: 0.85,
  walkMaxSpeedMps: 10.5 / 3.6,
  walkStepM: 25,
  walkSpeedTauS: 30,
  riskHalfLifeS: 1800,
  riskTeleport: 0.5,
  riskMock: 1,
  riskAcceleration: 0.2,
  maxAccelMps2: 8,
  riskRegular: 0.5,
  regularEpsM: 0.05,
  regularMinFixes: 20,
  riskFuture: 0.1,
  historySize: 300,
} satisfies GpsConfig);

/** A partial configuration: top-level fields, and per-source noise models, may be left out. */
export type GpsConfigInput = Partial<Omit<GpsConfig, 'sources'>> & {
  sources?: Partial<Record<keyof GpsConfig['sources'], Partial<SourceNoise>>>;
};

/**
 * The defaults with `overrides` applied, validated. Throws a RangeError naming the field and the fix
 * when a value cannot work (a negative window, a cooldown table that is not increasing, ...).
 */
export function gpsConfig(overrides: GpsConfigInput = {}): GpsConfig {
  const d = DEFAULT_GPS_CONFIG;
  const s = overrides.sources ?? {};
  const cfg: GpsConfig = {
    ...d,
    ...overrides,
    sources: {
      gps: { ...d.sources.gps, ...s.gps },
      network: { ...d.sources.network, ...s.network },
      fused: { ...d.sources.fused, ...s.fused },
    },
    cooldownTable: (overrides.cooldownTable ?? d.cooldownTable).map((r) => ({ ...r })),
  };
  validate(cfg);
  return cfg;
}

function validate(c: GpsConfig): void {
  const bad = (field: string, why: string) => {
    throw new RangeError(`gps config: ${field} ${why}`);
  };
  for (const [k, v] of Object.entries(c)) {
    if (typeof v === 'number' && (Number.isNaN(v) || v < 0)) bad(k, `must be a number >= 0 (got ${v})`);
  }
  if (!Number.isInteger(c.reorderCapacity) || c.reorderCapacity < 1)
    bad('reorderCapacity', 'must be an integer >= 1');
  if (!Number.isInteger(c.historySize) || c.historySize < 2) bad('historySize', 'must be an integer >= 2');
  if (!Number.isInteger(c.regularMinFixes) || c.regularMinFixes < 3)
    bad('regularMinFixes', 'must be an integer >= 3');
  if (c.qMax < c.qMin) bad('qMax', 'must be >= qMin');
  if (c.tooFastReleaseFactor > 1) bad('tooFastReleaseFactor', 'must be <= 1');
  if (!(c.riskHalfLifeS > 0)) bad('riskHalfLifeS', 'must be > 0');
  for (const [name, n] of Object.entries(c.sources)) {
    if (!(n.accuracyScale > 0) || !(n.minAccuracyM > 0)) {
      bad(`sources.${name}`, 'needs accuracyScale > 0 and minAccuracyM > 0');
    }
  }
  let prevD = 0;
  let prevC = 0;
  for (const [i, r] of c.cooldownTable.entries()) {
    if (!(r.distanceKm > prevD) || !(r.cooldownMin >= prevC) || !Number.isFinite(r.distanceKm)) {
      bad(`cooldownTable[${i}]`, 'must increase in distanceKm (and not decrease in cooldownMin)');
    }
    prevD = r.distanceKm;
    prevC = r.cooldownMin;
  }
  if (c.cooldownCapMin < prevC) bad('cooldownCapMin', 'must be >= the last cooldownTable row');
}

/**
 * Seconds of cooldown a jump of `distanceM` needs: linear from zero up to the table's first row,
 * linear between rows, and beyond the last row the last row's slope carried on up to
 * `cooldownCapMin` (with the default table the cap is reached at about 1,290 km, close to the
 * ~1,300 km the community measured for 2 hours).
 */
export function cooldownForDistanceS(
  distanceM: number,
  c: Pick<GpsConfig, 'cooldownTable' | 'cooldownCapMin'>,
): number {
  const t = c.cooldownTable;
  const km = distanceM / 1000;
  if (!(km > 0) || t.length === 0) return 0;
  let d0 = 0;
  let m0 = 0;
  let slope = 0;
  for (let i = 0; i < t.length; i++) {
    const r = t[i]!;
    slope = (r.cooldownMin - m0) / (r.distanceKm - d0);
    if (km <= r.distanceKm) return 60 * (m0 + slope * (km - d0));
    d0 = r.distanceKm;
    m0 = r.cooldownMin;
  }
  return 60 * Math.min(c.cooldownCapMin, m0 + slope * (km - d0));
}
