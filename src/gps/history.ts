import { type FusedFix, VERDICTS, type Verdict } from './types.js';

/** A fused position looked up in the history, with how far in time it is from a recorded fix. */
export interface HistoricPosition extends FusedFix {
  /** Time from `tMs` to the nearest recorded fix, ms (0 when one was recorded at that instant). */
  gapMs: number;
}

const VERDICT_CODE = new Map<Verdict, number>(VERDICTS.map((v, i) => [v, i]));

/**
 * A bounded ring of fused fixes in time order, in flat typed arrays that grow by doubling up to
 * `capacity` (so an idle player costs little). Positions are stored as E7 integers (1 cm).
 */
export class FixHistory {
  readonly capacity: number;
  private t: Float64Array;
  private lat: Int32Array;
  private lng: Int32Array;
  private acc: Float32Array;
  private speed: Float32Array;
  private code: Uint8Array;
  /** Marks a fix that starts a new track segment (teleport or re-acquire): no interpolation into it. */
  private jump: Uint8Array;
  private head = 0;
  private n = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    const c = Math.min(capacity, 16);
    this.t = new Float64Array(c);
    this.lat = new Int32Array(c);
    this.lng = new Int32Array(c);
    this.acc = new Float32Array(c);
    this.speed = new Float32Array(c);
    this.code = new Uint8Array(c);
    this.jump = new Uint8Array(c);
  }

  get length(): number {
    return this.n;
  }

  /** Time of the newest entry, NaN when empty. */
  get lastTMs(): number {
    return this.n === 0 ? Number.NaN : this.t[this.slot(this.n - 1)]!;
  }

  /** Append a fix (times must not decrease); the oldest goes once `capacity` is reached. */
  push(
    tMs: number,
    lat: number,
    lng: number,
    accuracyM: number,
    speedMps: number,
    verdict: Verdict,
    jump: boolean,
  ): void {
    let i: number;
    if (this.n === this.t.length && this.n < this.capacity) this.grow();
    if (this.n < this.t.length) {
      i = this.slot(this.n);
      this.n++;
    } else {
      i = this.head;
      this.head = (this.head + 1) % this.t.length;
    }
    this.t[i] = tMs;
    this.code[i] = VERDICT_CODE.get(verdict) ?? 0;
    this.jump[i] = jump ? 1 : 0;
    this.setPosition(i, lat, lng, accuracyM, speedMps);
  }

  /** Re-estimate the newest entry's position (a late fix improved it); its time and verdict stay. */
  reviseLast(lat: number, lng: number, accuracyM: number, speedMps: number): void {
    if (this.n > 0) this.setPosition(this.slot(this.n - 1), lat, lng, accuracyM, speedMps);
  }

  private setPosition(i: number, lat: number, lng: number, accuracyM: number, speedMps: number): void {
    this.lat[i] = Math.round(lat * 1e7);
    this.lng[i] = Math.round(lng * 1e7);
    this.acc[i] = accuracyM;
    this.speed[i] = speedMps;
  }

  /** Entry `k` (0 = oldest). */
  at(k: number): FusedFix {
    const i = this.slot(k);
    return {
      tMs: this.t[i]!,
      lat: this.lat[i]! / 1e7,
      lng: this.lng[i]! / 1e7,
      accuracyM: this.acc[i]!,
      speedMps: this.speed[i]!,
      verdict: VERDICTS[this.code[i]!]!,
    };
  }

  /** All entries, oldest first (a copy). */
  toArray(): FusedFix[] {
    const out: FusedFix[] = [];
    for (let k = 0; k < this.n; k++) out.push(this.at(k));
    return out;
  }

  /**
   * The fused position at `tMs`: interpolated between the two recorded fixes around it (but never
   * across a teleport or re-acquisition, where the earlier fix is kept), the newest fix after the
   * last one. Null before the oldest recorded fix or when empty: the history cannot vouch for it.
   */
  positionAt(tMs: number): HistoricPosition | null {
    if (this.n === 0 || !(tMs >= this.t[this.slot(0)]!)) return null;
    // binary search for the last entry with t <= tMs
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.t[this.slot(mid)]! <= tMs) lo = mid;
      else hi = mid - 1;
    }
    const a = this.at(lo);
    if (lo === this.n - 1) return { ...a, tMs, gapMs: tMs - a.tMs };
    const j = this.slot(lo + 1);
    const tb = this.t[j]!;
    const gapMs = Math.min(tMs - a.tMs, tb - tMs);
    if (this.jump[j] || tb === a.tMs) return { ...a, tMs, gapMs };
    const b = this.at(lo + 1);
    const f = (tMs - a.tMs) / (tb - a.tMs);
    let dLng = b.lng - a.lng;
    if (dLng > 180) dLng -= 360;
    else if (dLng < -180) dLng += 360;
    let lng = a.lng + f * dLng;
    if (lng > 180) lng -= 360;
    else if (lng < -180) lng += 360;
    return {
      tMs,
      lat: a.lat + f * (b.lat - a.lat),
      lng,
      accuracyM: Math.max(a.accuracyM, b.accuracyM),
      speedMps: a.speedMps + f * (b.speedMps - a.speedMps),
      verdict: f < 0.5 ? a.verdict : b.verdict,
      gapMs,
    };
  }

  private slot(k: number): number {
    const i = this.head + k;
    return i < this.t.length ? i : i - this.t.length;
  }

  private grow(): void {
    const c = Math.min(this.capacity, this.t.length * 2);
    // the ring has not wrapped yet while it is still growing (head === 0)
    const g = <T extends Float64Array | Int32Array | Float32Array | Uint8Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(c);
      b.set(a);
      return b;
    };
    this.t = g(this.t, (n) => new Float64Array(n));
    this.lat = g(this.lat, (n) => new Int32Array(n));
    this.lng = g(this.lng, (n) => new Int32Array(n));
    this.acc = g(this.acc, (n) => new Float32Array(n));
    this.speed = g(this.speed, (n) => new Float32Array(n));
    this.code = g(this.code, (n) => new Uint8Array(n));
    this.jump = g(this.jump, (n) => new Uint8Array(n));
  }
}
