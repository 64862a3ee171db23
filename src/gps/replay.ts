import { haversineM } from '../geo/distance.js';
import { DEFAULT_GPS_CONFIG, type GpsConfig } from './config.js';
import { GpsPipeline, type RiskCounts } from './pipeline.js';
import type { Trace } from './trace.js';
import type { Verdict } from './types.js';

/** One output line of `geoplay gps replay`, for one input fix, in input order. */
export interface ReplayLine {
  t: number;
  /** Fused position after this fix (null before the first usable one). */
  lat: number | null;
  lng: number | null;
  speed_mps: number;
  verdict: Verdict;
  cooldown_s: number;
}

/** The final line of `geoplay gps replay`. */
export interface ReplaySummary {
  summary: true;
  format: Trace['format'];
  fixes: number;
  verdicts: Record<Verdict, number>;
  /** Path length of the raw fixes, in input order, metres. */
  distance_raw_m: number;
  /** Walking distance the pipeline credited, metres. */
  distance_credited_m: number;
  /** Against the ground-truth columns, over the fixes that have them (absent otherwise). */
  truth_fixes?: number;
  rmse_raw_m?: number;
  rmse_filtered_m?: number;
  risk: number;
  risk_signals: RiskCounts;
}

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/**
 * Run a trace through a fresh pipeline, calling `onLine` for each fix in input order, and return
 * the summary. The server clock is the latest fix time seen so far, so a file in arrival order
 * exercises the reorder window as the live server would.
 */
export function replayTrace(
  trace: Trace,
  config: GpsConfig = DEFAULT_GPS_CONFIG,
  onLine: (line: ReplayLine) => void = () => {},
): ReplaySummary {
  const p = new GpsPipeline(config);
  let now = Number.NEGATIVE_INFINITY;
  let raw = 0;
  let prev: { lat: number; lng: number } | null = null;
  let n = 0;
  let seRaw = 0;
  let seFiltered = 0;
  for (const { fix, truth } of trace.fixes) {
    if (fix.tMs > now) now = fix.tMs;
    const u = p.push(fix, now);
    const has = !Number.isNaN(u.lat);
    onLine({
      t: fix.tMs,
      lat: has ? round(u.lat, 7) : null,
      lng: has ? round(u.lng, 7) : null,
      speed_mps: round(u.speedMps, 2),
      verdict: u.verdict,
      cooldown_s: round(u.cooldownS, 1),
    });
    if (fix.source === 'imu') continue;
    if (prev) raw += haversineM(prev.lat, prev.lng, fix.lat, fix.lng);
    prev = fix;
    if (truth && has) {
      n++;
      seRaw += haversineM(fix.lat, fix.lng, truth.lat, truth.lng) ** 2;
      seFiltered += haversineM(u.lat, u.lng, truth.lat, truth.lng) ** 2;
    }
  }
  const s: ReplaySummary = {
    summary: true,
    format: trace.format,
    fixes: trace.fixes.length,
    verdicts: { ...p.verdictCounts },
    distance_raw_m: round(raw, 1),
    distance_credited_m: round(p.creditedDistanceM, 1),
    risk: round(p.riskScore(now), 3),
    risk_signals: { ...p.riskCounts },
  };
  if (n > 0) {
    s.truth_fixes = n;
    s.rmse_raw_m = round(Math.sqrt(seRaw / n), 2);
    s.rmse_filtered_m = round(Math.sqrt(seFiltered / n), 2);
  }
  return s;
}
