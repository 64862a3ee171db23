/** Where a fix came from. Each source has its own noise model (see `GpsConfig.sources`). */
export type FixSource = 'gps' | 'network' | 'fused' | 'imu';

/**
 * One location report from a phone, in the server's clock (the session layer corrects the client's
 * clock before it gets here).
 *
 * For `source: 'imu'` the fix is a motion hint, not a position: `lat`, `lng` and `accuracyM` are
 * ignored (pass NaN) and `steps` (steps counted since the previous imu hint) and/or `headingDeg`
 * and/or `speedMps` are used instead.
 */
export interface Fix {
  /** When the position was measured, ms since the epoch. */
  tMs: number;
  lat: number;
  lng: number;
  /** Android-style accuracy: the radius in metres of the 68% circle. */
  accuracyM: number;
  /** Ground speed the device measured (GPS Doppler), m/s. Optional. */
  speedMps?: number;
  /** Course over ground, degrees clockwise from north. Used with `speedMps` (or `steps` for imu). */
  headingDeg?: number;
  source: FixSource;
  /** The client's mock-location flag (Android `Location.isMock()`). */
  mock?: boolean;
  /** imu only: steps detected since the previous imu hint. */
  steps?: number;
}

/**
 * What the pipeline made of one fix.
 *
 * - `ok`: used; the fused position may be used for actions.
 * - `outlier`: a wild fix the filter's innovation gate rejected. Not cheating; not used.
 * - `low_accuracy`: reported accuracy worse than `maxAccuracyM`. Filtered (with its large noise, so
 *   it barely moves the estimate) and shown on the map, but not to be used for actions.
 * - `too_fast`: filtered speed above `tooFastSpeedMps` for at least `tooFastSustainS`. Used for the
 *   map; the game decides what a too-fast player may do. Walking distance is not credited.
 * - `teleport`: a jump whose distance and elapsed time break the cooldown table. The fused position
 *   moves there, and actions answer COOLDOWN until `cooldownS` has passed.
 * - `mock`: the client set its mock-location flag. Not used.
 * - `late`: older than the filter's time by more than `windowMs`. Dropped.
 * - `out_of_order`: older than the filter's time but within the window. Re-applied in timestamp
 *   order (`applied` tells whether the filter took it) or dropped when the window cannot hold it.
 */
export type Verdict =
  'ok' | 'outlier' | 'low_accuracy' | 'too_fast' | 'teleport' | 'mock' | 'late' | 'out_of_order';

export const VERDICTS: readonly Verdict[] = [
  'ok',
  'outlier',
  'low_accuracy',
  'too_fast',
  'teleport',
  'mock',
  'late',
  'out_of_order',
];

/** A fused (filtered) position as kept in the per-player history. */
export interface FusedFix {
  tMs: number;
  lat: number;
  lng: number;
  /** Radial 1-sigma-per-axis × √2 of the estimate, the same convention as `Fix.accuracyM`. */
  accuracyM: number;
  speedMps: number;
  verdict: Verdict;
}
