import { LocalProjection } from '../geo/enu.js';
import type { Fix, FixSource } from './types.js';

/** Deterministic PRNG (mulberry32): the same seed gives the same track on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal deviate (Box-Muller) from a uniform PRNG. */
export function gaussian(rng: () => number): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** One leg of a synthetic route: move at `speedMps`, turning at `turnDegPerS`, for `durationS`. */
export interface Leg {
  durationS: number;
  speedMps: number;
  /** Heading at the start of the leg; default: carry on from the previous leg. */
  headingDeg?: number;
  turnDegPerS?: number;
}

export interface SynthOptions {
  seed: number;
  lat?: number;
  lng?: number;
  t0Ms?: number;
  intervalMs?: number;
  /** Per-axis sigma of the noise, metres. Reported accuracy is sigma × √2. Default 8. */
  sigmaM?: number;
  /** Jitter of the interval, ms (uniform ±). Default 0. */
  intervalJitterMs?: number;
  source?: FixSource;
  legs: Leg[];
}

export interface SynthTrack {
  fixes: Fix[];
  /** Ground truth for each fix. */
  truth: { lat: number; lng: number }[];
  /** True path length, metres. */
  distanceM: number;
}

/** A route of legs sampled every `intervalMs` with Gaussian noise: fixes and their truth. */
export function synthTrack(o: SynthOptions): SynthTrack {
  const rng = mulberry32(o.seed);
  const proj = new LocalProjection(o.lat ?? 48.8566, o.lng ?? 2.3522);
  const sigma = o.sigmaM ?? 8;
  const interval = o.intervalMs ?? 1000;
  const jitter = o.intervalJitterMs ?? 0;
  const fixes: Fix[] = [];
  const truth: { lat: number; lng: number }[] = [];
  let t = o.t0Ms ?? 1_700_000_000_000;
  let x = 0;
  let y = 0;
  let heading = 0;
  let dist = 0;
  const emit = () => {
    truth.push({ lat: proj.lat(y), lng: proj.lng(x) });
    fixes.push({
      tMs: Math.round(t),
      lat: proj.lat(y + sigma * gaussian(rng)),
      lng: proj.lng(x + sigma * gaussian(rng)),
      accuracyM: sigma * Math.SQRT2,
      source: o.source ?? 'gps',
    });
  };
  emit();
  for (const leg of o.legs) {
    if (leg.headingDeg !== undefined) heading = leg.headingDeg;
    let left = leg.durationS * 1000;
    while (left > 0) {
      const step = Math.min(left, interval + (jitter ? (2 * rng() - 1) * jitter : 0));
      const dt = step / 1000;
      heading += (leg.turnDegPerS ?? 0) * dt;
      const h = (heading * Math.PI) / 180;
      x += leg.speedMps * dt * Math.sin(h);
      y += leg.speedMps * dt * Math.cos(h);
      dist += leg.speedMps * dt;
      t += step;
      left -= step;
      emit();
    }
  }
  return { fixes, truth, distanceM: dist };
}
