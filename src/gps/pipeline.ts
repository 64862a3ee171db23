import { haversineM } from '../geo/distance.js';
import { LocalProjection } from '../geo/enu.js';
import { isValidLatLng } from '../geo/validate.js';
import { cooldownForDistanceS, DEFAULT_GPS_CONFIG, type GpsConfig } from './config.js';
import { FixHistory, type HistoricPosition } from './history.js';
import { KalmanCV } from './kalman.js';
import { type Fix, type FusedFix, VERDICTS, type Verdict } from './types.js';

/**
 * The outcome of one `push`. The pipeline reuses one object: read it (or copy it) before the next
 * push to the same pipeline.
 */
export interface GpsUpdate {
  verdict: Verdict;
  /** True when this fix changed the fused estimate. */
  applied: boolean;
  /** Time of the fused estimate, ms (the filter's time; NaN before the first position). */
  tMs: number;
  /** Fused position (NaN before the first position). */
  lat: number;
  lng: number;
  /** Accuracy of the fused position, same convention as `Fix.accuracyM`. */
  accuracyM: number;
  speedMps: number;
  /** Course over ground of the fused track, degrees clockwise from north. */
  headingDeg: number;
  /** Seconds before actions are allowed again (0 when they are). */
  cooldownS: number;
  /** Walking distance this fix credited, metres. */
  creditedM: number;
  /** The player's risk score now, 0..1. */
  risk: number;
}

/**
 * What outlives a pipeline (a reconnect to another node, a restart): the teleport anchor and
 * cooldown, credited distance and risk. Plain JSON; see `exportState` / `importState`.
 */
export interface GpsPersistedState {
  anchor: { lat: number; lng: number; tMs: number } | null;
  cooldownEndMs: number;
  creditedDistanceM: number;
  risk: { raw: number; atMs: number };
}

/** How many times each risk signal fired (for metrics). */
export interface RiskCounts {
  teleports: number;
  mockFixes: number;
  accelerations: number;
  regularTracks: number;
  futureFixes: number;
}

// Reorder-window entry: one applied measurement and the filter state just before it.
const E_T = 0;
const E_KIND = 1; // K_POS | K_VEL | K_SPEED
const E_LAT = 2; // K_SPEED: measured speed
const E_LNG = 3;
const E_R = 4; // position variance per axis (K_SPEED: speed variance)
const E_HASVEL = 5;
const E_VX = 6;
const E_VY = 7;
const E_R00 = 8;
const E_R01 = 9;
const E_R11 = 10;
const E_OLAT = 11; // projection origin before the measurement
const E_OLNG = 12;
const E_SNAP = 13;
const STRIDE = E_SNAP + KalmanCV.SNAPSHOT;
const K_POS = 0;
const K_VEL = 1;
const K_SPEED = 2;

const DEG = Math.PI / 180;

/**
 * Location integrity for one player: fix in -> plausibility -> Kalman filter -> fused position and
 * verdict, plus the action cooldown, the credited walking distance, a risk score and a bounded
 * history of fused fixes. Pure: no I/O, no timers; the caller passes the server's clock.
 *
 * ```ts
 * const p = new GpsPipeline(gpsConfig({ maxAccuracyM: 50 }));
 * const u = p.push({ tMs, lat, lng, accuracyM: 8, source: 'gps' }, Date.now());
 * if (u.verdict === 'ok' && u.cooldownS === 0) world.move(player, u.lat, u.lng);
 * ```
 */
export class GpsPipeline {
  readonly config: GpsConfig;
  /** How many fixes got each verdict. */
  readonly verdictCounts: Record<Verdict, number>;
  readonly riskCounts: RiskCounts = {
    teleports: 0,
    mockFixes: 0,
    accelerations: 0,
    regularTracks: 0,
    futureFixes: 0,
  };
  /** Walking distance credited so far, metres. */
  creditedDistanceM = 0;

  private readonly kf = new KalmanCV();
  private readonly proj = new LocalProjection();
  private readonly out: GpsUpdate = {
    verdict: 'ok',
    applied: false,
    tMs: Number.NaN,
    lat: Number.NaN,
    lng: Number.NaN,
    accuracyM: Number.NaN,
    speedMps: 0,
    headingDeg: 0,
    cooldownS: 0,
    creditedM: 0,
    risk: 0,
  };
  private readonly hist: FixHistory;
  // reorder window
  private readonly ring: Float64Array;
  private readonly cap: number;
  private ringStart = 0;
  private ringLen = 0;
  private readonly scratch = new Float64Array(STRIDE);
  // teleport anchor and action cooldown
  private anchorLat = Number.NaN;
  private anchorLng = Number.NaN;
  private anchorT = Number.NaN;
  private cooldownEndMs = Number.NEGATIVE_INFINITY;
  // filter supervision
  private outliersInRow = 0;
  /** The next history entry starts a new segment (teleport or re-acquisition). */
  private jumped = false;
  private lastImuT = Number.NaN;
  private prevVx = 0;
  private prevVy = 0;
  private prevVT = Number.NaN;
  private fastSince = Number.NaN;
  private tooFast = false;
  // odometer (local metres, shifted with the origin)
  private odoX = 0;
  private odoY = 0;
  private odoT = 0;
  private odoChordT = 0;
  /** Filtered speed smoothed over walkSpeedTauS. */
  private odoSpeed = 0;
  // regularity detector: the last two raw fixes
  private r0Lat = Number.NaN;
  private r0Lng = 0;
  private r0T = 0;
  private r1Lat = Number.NaN;
  private r1Lng = 0;
  private r1T = 0;
  private regularRun = 0;
  // risk: sum of weights, decayed to riskAtMs
  private riskRaw = 0;
  private riskAtMs = 0;

  constructor(config: GpsConfig = DEFAULT_GPS_CONFIG) {
    this.config = config;
    this.verdictCounts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
    this.hist = new FixHistory(config.historySize);
    this.cap = config.reorderCapacity;
    this.ring = new Float64Array(this.cap * STRIDE);
  }

  /**
   * Judge and apply one fix. `nowMs` is the server's clock: it bounds how far in the future a fix
   * may be stamped and times the action cooldown. The returned object is reused by the next push.
   */
  push(fix: Fix, nowMs: number): Readonly<GpsUpdate> {
    const c = this.config;
    this.out.applied = false;
    this.out.creditedM = 0;
    let t = fix.tMs;
    let verdict: Verdict;
    if (t > nowMs + c.maxFutureMs) {
      t = nowMs + c.maxFutureMs;
      this.riskCounts.futureFixes++;
      this.addRisk(c.riskFuture, nowMs);
    }
    if (!Number.isFinite(t)) {
      verdict = 'outlier';
    } else if (fix.mock === true) {
      this.riskCounts.mockFixes++;
      this.addRisk(c.riskMock, nowMs);
      verdict = 'mock';
    } else if (fix.source === 'imu') {
      verdict = this.pushImu(fix, t);
    } else {
      verdict = this.pushPosition(fix, t, nowMs);
    }
    this.verdictCounts[verdict]++;
    return this.finish(verdict, nowMs);
  }

  /** Seconds before actions are allowed again; 0 when they are. Answer COOLDOWN with this. */
  actionCooldownRemainingS(nowMs: number): number {
    const s = (this.cooldownEndMs - nowMs) / 1000;
    return Math.max(s, 0);
  }

  /** The risk score now: 1 - exp(-sum of decayed signal weights), in [0, 1). */
  riskScore(nowMs: number): number {
    return 1 - Math.exp(-this.decayedRisk(nowMs));
  }

  /** The state worth keeping when this pipeline goes away (JSON-serialisable). */
  exportState(): GpsPersistedState {
    return {
      anchor: Number.isNaN(this.anchorLat)
        ? null
        : { lat: this.anchorLat, lng: this.anchorLng, tMs: this.anchorT },
      cooldownEndMs: Number.isFinite(this.cooldownEndMs) ? this.cooldownEndMs : 0,
      creditedDistanceM: this.creditedDistanceM,
      risk: { raw: this.riskRaw, atMs: this.riskAtMs },
    };
  }

  /**
   * Carry a previous pipeline's state into this fresh one, before its first fix: the first fix
   * is then judged against the old anchor (a teleport across a reconnect is still a teleport).
   */
  importState(s: GpsPersistedState): void {
    if (s.anchor) {
      this.anchorLat = s.anchor.lat;
      this.anchorLng = s.anchor.lng;
      this.anchorT = s.anchor.tMs;
    }
    this.cooldownEndMs = s.cooldownEndMs;
    this.creditedDistanceM = s.creditedDistanceM;
    this.riskRaw = s.risk.raw;
    this.riskAtMs = s.risk.atMs;
  }

  /** The current fused fix, or null before the first position. */
  current(): FusedFix | null {
    if (!this.kf.initialized) return null;
    const u = this.out;
    return {
      tMs: u.tMs,
      lat: u.lat,
      lng: u.lng,
      accuracyM: u.accuracyM,
      speedMps: u.speedMps,
      verdict: u.verdict,
    };
  }

  /** The fused position at `tMs` from the history (see `FixHistory.positionAt`), or null. */
  positionAt(tMs: number): HistoricPosition | null {
    return this.hist.positionAt(tMs);
  }

  /** The recorded fused fixes, oldest first (a copy; at most `historySize`). */
  history(): FusedFix[] {
    return this.hist.toArray();
  }

  // ---------------------------------------------------------------------------------------------

  private pushPosition(fix: Fix, t: number, nowMs: number): Verdict {
    const c = this.config;
    const { lat, lng } = fix;
    const acc = fix.accuracyM;
    if (!isValidLatLng(lat, lng) || !(acc >= 0)) return 'outlier';
    const noise = c.sources[fix.source as keyof GpsConfig['sources']] ?? c.sources.gps;
    const accEff = Math.max(noise.minAccuracyM, acc * noise.accuracyScale);
    const rPos = (accEff * accEff) / 2;
    const lowAcc = acc > c.maxAccuracyM;
    const kf = this.kf;
    const e = this.scratch;
    this.writePosition(e, 0, t, lat, lng, rPos, fix);

    if (!kf.initialized) {
      const jumped = !lowAcc && this.needsCooldown(lat, lng, acc, t, nowMs); // against an imported anchor
      this.startTrack(e, 0, jumped);
      if (jumped) return this.teleported(t, nowMs);
      return this.afterUpdate(t, lowAcc, nowMs, true);
    }
    if (t < kf.tMs) {
      if (t < kf.tMs - c.windowMs) return 'late';
      this.out.applied = this.reorder(e);
      return 'out_of_order';
    }
    if (!lowAcc) {
      this.watchRegularity(lat, lng, t, nowMs);
      const far =
        haversineM(this.proj.lat(kf.x[1]!), this.proj.lng(kf.x[0]!), lat, lng) - acc >=
        c.teleportMinDistanceM;
      if (this.needsCooldown(lat, lng, acc, t, nowMs) && far) {
        this.startTrack(e, 0, true);
        return this.teleported(t, nowMs);
      }
      if (far) {
        this.startTrack(e, 0, true); // a long gap, or back from a glitch: re-acquire
        return this.afterUpdate(t, lowAcc, nowMs, true);
      }
    }
    if ((t - kf.tMs) / 1000 > c.maxPredictS) {
      this.startTrack(e, 0, false);
      return this.afterUpdate(t, lowAcc, nowMs, true);
    }
    if (!this.applyInOrder(e)) {
      if (lowAcc) return 'outlier';
      if (++this.outliersInRow < c.maxConsecutiveOutliers) return 'outlier';
      // the gate kept refusing a new place: re-acquire there. Getting there from the last good
      // estimate at its velocity may have taken an impossible acceleration.
      const dt = (t - this.anchorT) / 1000;
      if (dt > 0 && this.cooldownEndMs <= nowMs) {
        const dx = this.proj.x(lng) - this.proj.x(this.anchorLng);
        const dy = this.proj.y(lat) - this.proj.y(this.anchorLat);
        if (Math.hypot(dx / dt - this.prevVx, dy / dt - this.prevVy) / dt > c.maxAccelMps2) {
          this.riskCounts.accelerations++;
          this.addRisk(c.riskAcceleration, nowMs);
        }
      }
      this.startTrack(e, 0, true);
      return this.afterUpdate(t, lowAcc, nowMs, true);
    }
    if (!lowAcc) this.outliersInRow = 0;
    return this.afterUpdate(t, lowAcc, nowMs, false);
  }

  /**
   * Whether a fix at (lat, lng) is too far from the anchor for the time since it; if so the action
   * cooldown is (re)set from the table, and if not a running cooldown ends (the player came back
   * within range, or waited long enough).
   */
  private needsCooldown(lat: number, lng: number, acc: number, t: number, nowMs: number): boolean {
    const c = this.config;
    const jump = haversineM(this.anchorLat, this.anchorLng, lat, lng) - acc;
    const need = jump >= c.teleportMinDistanceM ? cooldownForDistanceS(jump, c) : 0;
    const elapsedS = (t - this.anchorT) / 1000;
    if (need > elapsedS) {
      this.cooldownEndMs = nowMs + (need - elapsedS) * 1000;
      return true;
    }
    if (this.cooldownEndMs > nowMs) this.cooldownEndMs = nowMs;
    return false;
  }

  /** Bookkeeping of a teleport, after the track restarted at the new place. */
  private teleported(t: number, nowMs: number): Verdict {
    this.riskCounts.teleports++;
    this.addRisk(this.config.riskTeleport, nowMs);
    this.tooFast = false;
    this.fastSince = Number.NaN;
    return this.afterUpdate(t, false, nowMs, true, 'teleport');
  }

  private pushImu(fix: Fix, t: number): Verdict {
    const c = this.config;
    const kf = this.kf;
    let speed = Number.NaN;
    if (fix.steps !== undefined && fix.steps >= 0 && t > this.lastImuT) {
      speed = (fix.steps * c.stepLengthM * 1000) / (t - this.lastImuT);
    } else if (fix.speedMps !== undefined && fix.speedMps >= 0) {
      speed = fix.speedMps;
    }
    if (!(t <= this.lastImuT)) this.lastImuT = t;
    if (!kf.initialized || !Number.isFinite(speed)) return 'ok';
    const e = this.scratch;
    e[E_T] = t;
    e[E_OLAT] = this.proj.originLat;
    e[E_OLNG] = this.proj.originLng;
    const heading = fix.headingDeg;
    if (heading !== undefined && Number.isFinite(heading)) {
      e[E_KIND] = K_VEL;
      velocityMeasurement(e, 0, speed, heading, c.imuSpeedSigmaMps, c.imuHeadingSigmaDeg);
    } else {
      e[E_KIND] = K_SPEED;
      e[E_LAT] = speed;
      e[E_R] = c.imuSpeedSigmaMps * c.imuSpeedSigmaMps;
    }
    if (t < kf.tMs) {
      if (t < kf.tMs - c.windowMs) return 'late';
      this.out.applied = this.reorder(e);
      return 'out_of_order';
    }
    this.out.applied = this.applyInOrder(e);
    if (this.out.applied) this.recenter();
    return 'ok';
  }

  private writePosition(
    e: Float64Array,
    at: number,
    t: number,
    lat: number,
    lng: number,
    r: number,
    fix: Fix,
  ) {
    const c = this.config;
    e[at + E_T] = t;
    e[at + E_KIND] = K_POS;
    e[at + E_LAT] = lat;
    e[at + E_LNG] = lng;
    e[at + E_R] = r;
    e[at + E_OLAT] = this.proj.originLat;
    e[at + E_OLNG] = this.proj.originLng;
    const s = fix.speedMps;
    const h = fix.headingDeg;
    const useVel =
      c.useReportedVelocity && s !== undefined && h !== undefined && s >= 0 && Number.isFinite(s + h);
    e[at + E_HASVEL] = useVel ? 1 : 0;
    if (useVel) velocityMeasurement(e, at, s, h, c.reportedSpeedSigmaMps, c.reportedHeadingSigmaDeg);
  }

  /** Restart the filter at the position measurement in e[at..]. */
  private startTrack(e: Float64Array, at: number, jump: boolean): void {
    const lat = e[at + E_LAT]!;
    const lng = e[at + E_LNG]!;
    this.proj.reset(lat, lng);
    const v0 = this.config.initialSpeedSigmaMps;
    // a new track's velocity comes from positions: a reported one is only believed once it can be checked
    this.kf.init(e[at + E_T]!, 0, 0, 0, 0, e[at + E_R]!, v0 * v0);
    this.ringStart = 0;
    this.ringLen = 0;
    this.outliersInRow = 0;
    this.prevVT = Number.NaN;
    this.odoX = 0;
    this.odoY = 0;
    this.jumped = jump;
  }

  /** Apply a measurement newer than the filter through the reorder ring. False when gated. */
  private applyInOrder(e: Float64Array): boolean {
    const slot = this.ringLen < this.cap ? (this.ringStart + this.ringLen) % this.cap : this.ringStart;
    const at = slot * STRIDE;
    const ring = this.ring;
    for (let i = 0; i < E_SNAP; i++) ring[at + i] = e[i]!;
    this.kf.save(ring, at + E_SNAP);
    if (!this.applyEntry(ring, at)) {
      this.kf.restore(ring, at + E_SNAP);
      return false;
    }
    if (this.ringLen < this.cap) this.ringLen++;
    else this.ringStart = (this.ringStart + 1) % this.cap;
    return true;
  }

  /** Predict to the entry's time and apply it. False when the gate refused it. */
  private applyEntry(buf: Float64Array, at: number): boolean {
    const c = this.config;
    const kf = this.kf;
    kf.predict(buf[at + E_T]!, Math.min(c.qMax, c.qMin + c.qPerMps * kf.speed));
    const kind = buf[at + E_KIND];
    if (kind === K_POS) {
      const x = this.proj.x(buf[at + E_LNG]!);
      const y = this.proj.y(buf[at + E_LAT]!);
      if (!kf.updatePosition(x, y, buf[at + E_R]!, c.gateChi2)) return false;
      // a reported velocity is gated against the track's own, so only once that is known (sigma < 1 m/s)
      if (buf[at + E_HASVEL] === 1 && kf.P[10]! + kf.P[15]! < 2) {
        kf.updateVelocity(
          buf[at + E_VX]!,
          buf[at + E_VY]!,
          buf[at + E_R00]!,
          buf[at + E_R01]!,
          buf[at + E_R11]!,
          c.gateChi2,
        );
      }
      return true;
    }
    if (kind === K_VEL) {
      return kf.updateVelocity(
        buf[at + E_VX]!,
        buf[at + E_VY]!,
        buf[at + E_R00]!,
        buf[at + E_R01]!,
        buf[at + E_R11]!,
        c.gateChi2,
      );
    }
    return kf.updateSpeed(buf[at + E_LAT]!, buf[at + E_R]!, c.gateChi2);
  }

  /**
   * Insert a measurement older than the filter: rewind to the state before the first remembered
   * measurement that is newer, apply it, and re-apply the rest in time order. False when the window
   * does not reach back far enough (the fix is dropped) or the gate refused it.
   */
  private reorder(e: Float64Array): boolean {
    const t = e[E_T]!;
    const ring = this.ring;
    const cap = this.cap;
    let k = 0;
    while (k < this.ringLen && ring[((this.ringStart + k) % cap) * STRIDE + E_T]! <= t) k++;
    if (k === this.ringLen) return false;
    if (this.ringLen === cap) {
      if (k === 0) return false;
      this.ringStart = (this.ringStart + 1) % cap; // make room: forget the oldest
      this.ringLen--;
      k--;
    }
    const first = ((this.ringStart + k) % cap) * STRIDE;
    if (ring[first + E_SNAP + 20]! > t) return false; // the state before it is already newer
    // rewind
    this.setOrigin(ring[first + E_OLAT]!, ring[first + E_OLNG]!);
    this.kf.restore(ring, first + E_SNAP);
    // shift entries k.. up by one slot, newest first, then write the new one at k
    for (let j = this.ringLen; j > k; j--) {
      const to = ((this.ringStart + j) % cap) * STRIDE;
      const from = ((this.ringStart + j - 1) % cap) * STRIDE;
      ring.copyWithin(to, from, from + STRIDE);
    }
    this.ringLen++;
    let applied = false;
    for (let j = k; j < this.ringLen; j++) {
      const at = ((this.ringStart + j) % cap) * STRIDE;
      if (j === k) for (let i = 0; i < E_SNAP; i++) ring[at + i] = e[i]!;
      ring[at + E_OLAT] = this.proj.originLat;
      ring[at + E_OLNG] = this.proj.originLng;
      this.kf.save(ring, at + E_SNAP);
      const ok = this.applyEntry(ring, at);
      if (!ok) this.kf.restore(ring, at + E_SNAP);
      if (j === k) applied = ok;
    }
    this.recenter();
    if (this.hist.lastTMs === this.kf.tMs) this.record('ok', false, true); // (verdict unused when revising)
    return applied;
  }

  /** Bookkeeping after a position changed the filter; returns the verdict. */
  private afterUpdate(
    t: number,
    lowAcc: boolean,
    nowMs: number,
    reset: boolean,
    override?: Verdict,
  ): Verdict {
    const c = this.config;
    const kf = this.kf;
    this.out.applied = true;
    this.recenter();
    const vx = kf.x[2]!;
    const vy = kf.x[3]!;
    const speed = Math.sqrt(vx * vx + vy * vy);
    // a new track's velocity is a guess for its first few fixes (variance 2 x 100 m²/s²): judge
    // speed once it has come down (after about 3 fixes; the steady state stays below 30 up to
    // 40 m/s)
    const settled = kf.P[10]! + kf.P[15]! < 30;
    if (!reset && settled && !Number.isNaN(this.prevVT)) {
      const dt = (t - this.prevVT) / 1000;
      if (dt >= 0.5 && Math.hypot(vx - this.prevVx, vy - this.prevVy) / dt > c.maxAccelMps2) {
        this.riskCounts.accelerations++;
        this.addRisk(c.riskAcceleration, nowMs);
      }
    }
    this.prevVx = vx;
    this.prevVy = vy;
    this.prevVT = t;
    if (speed > c.tooFastSpeedMps && settled) {
      if (Number.isNaN(this.fastSince)) this.fastSince = t;
      if ((t - this.fastSince) / 1000 >= c.tooFastSustainS) this.tooFast = true;
    } else if (speed < c.tooFastSpeedMps * c.tooFastReleaseFactor) {
      this.fastSince = Number.NaN;
      this.tooFast = false;
    }
    // odometer: straight chords of at least walkStepM, credited while the smoothed speed is legal
    if (reset) {
      this.odoSpeed = speed;
      this.odoChordT = t;
    } else {
      const dt = (t - this.odoT) / 1000;
      if (dt > 0) this.odoSpeed += (speed - this.odoSpeed) * (1 - Math.exp(-dt / c.walkSpeedTauS));
      const d = Math.hypot(kf.x[0]! - this.odoX, kf.x[1]! - this.odoY);
      if (d >= c.walkStepM) {
        // the chord's own speed is a check on the smoothed speed lagging behind (a car pulling away)
        const chordSpeed = (d * 1000) / (t - this.odoChordT);
        if (!this.tooFast && this.odoSpeed <= c.walkMaxSpeedMps && chordSpeed <= 1.5 * c.walkMaxSpeedMps) {
          this.creditedDistanceM += d;
          this.out.creditedM = d;
        }
        this.odoX = kf.x[0]!;
        this.odoY = kf.x[1]!;
        this.odoChordT = t;
      }
    }
    this.odoT = t;
    const verdict: Verdict = override ?? (lowAcc ? 'low_accuracy' : this.tooFast ? 'too_fast' : 'ok');
    if (!lowAcc && !(this.cooldownEndMs > nowMs)) {
      this.anchorLat = this.proj.lat(kf.x[1]!);
      this.anchorLng = this.proj.lng(kf.x[0]!);
      this.anchorT = t;
    }
    this.record(verdict, this.jumped, false);
    this.jumped = false;
    return verdict;
  }

  /** Append the current estimate to the history, or revise the newest entry with it. */
  private record(verdict: Verdict, jump: boolean, revise: boolean): void {
    const kf = this.kf;
    const lat = this.proj.lat(kf.x[1]!);
    const lng = this.proj.lng(kf.x[0]!);
    const acc = Math.sqrt(kf.P[0]! + kf.P[5]!);
    if (revise) this.hist.reviseLast(lat, lng, acc, kf.speed);
    else this.hist.push(kf.tMs, lat, lng, acc, kf.speed, verdict, jump);
  }

  /** Move the origin under the estimate once it has wandered `recenterM` away. */
  private recenter(): void {
    const x = this.kf.x[0]!;
    const y = this.kf.x[1]!;
    const m = this.config.recenterM;
    if (x < m && x > -m && y < m && y > -m) return;
    this.setOrigin(this.proj.lat(y), this.proj.lng(x));
  }

  private setOrigin(lat: number, lng: number): void {
    const p = this.proj;
    if (lat === p.originLat && lng === p.originLng) return;
    const dx = p.x(lng);
    const dy = p.y(lat);
    p.reset(lat, lng);
    this.kf.shift(dx, dy);
    this.odoX -= dx;
    this.odoY -= dy;
  }

  /** Flags tracks whose raw fixes follow a constant velocity to the centimetre (replayed or scripted). */
  private watchRegularity(lat: number, lng: number, t: number, nowMs: number): void {
    const c = this.config;
    if (!Number.isNaN(this.r0Lat) && t > this.r1T && this.r1T > this.r0T) {
      const p = this.proj;
      const x0 = p.x(this.r0Lng);
      const y0 = p.y(this.r0Lat);
      const x1 = p.x(this.r1Lng);
      const y1 = p.y(this.r1Lat);
      const f = (t - this.r1T) / (this.r1T - this.r0T);
      const res = Math.hypot(p.x(lng) - (x1 + (x1 - x0) * f), p.y(lat) - (y1 + (y1 - y0) * f));
      const speed = (Math.hypot(x1 - x0, y1 - y0) * 1000) / (this.r1T - this.r0T);
      if (speed > 0.5 && res < c.regularEpsM) {
        if (++this.regularRun >= c.regularMinFixes) {
          this.regularRun = 0;
          this.riskCounts.regularTracks++;
          this.addRisk(c.riskRegular, nowMs);
        }
      } else {
        this.regularRun = 0;
      }
    }
    this.r0Lat = this.r1Lat;
    this.r0Lng = this.r1Lng;
    this.r0T = this.r1T;
    this.r1Lat = lat;
    this.r1Lng = lng;
    this.r1T = t;
  }

  private decayedRisk(nowMs: number): number {
    const dt = nowMs - this.riskAtMs;
    if (this.riskRaw === 0 || !(dt > 0)) return this.riskRaw;
    return this.riskRaw * 2 ** (-dt / (1000 * this.config.riskHalfLifeS));
  }

  private addRisk(w: number, nowMs: number): void {
    this.riskRaw = this.decayedRisk(nowMs) + w;
    if (nowMs > this.riskAtMs) this.riskAtMs = nowMs;
  }

  private finish(verdict: Verdict, nowMs: number): GpsUpdate {
    const o = this.out;
    const kf = this.kf;
    o.verdict = verdict;
    if (kf.initialized) {
      const vx = kf.x[2]!;
      const vy = kf.x[3]!;
      o.tMs = kf.tMs;
      o.lat = this.proj.lat(kf.x[1]!);
      o.lng = this.proj.lng(kf.x[0]!);
      o.accuracyM = Math.sqrt(kf.P[0]! + kf.P[5]!);
      o.speedMps = Math.sqrt(vx * vx + vy * vy);
      const h = Math.atan2(vx, vy) / DEG;
      o.headingDeg = h < 0 ? h + 360 : h;
    }
    o.cooldownS = this.actionCooldownRemainingS(nowMs);
    o.risk = this.riskRaw === 0 ? 0 : this.riskScore(nowMs);
    return o;
  }
}

/** Velocity measurement from speed and heading: along-track sigma sS, cross-track speed × sigma of heading. */
function velocityMeasurement(
  e: Float64Array,
  at: number,
  speed: number,
  headingDeg: number,
  sS: number,
  sHDeg: number,
) {
  const ux = Math.sin(headingDeg * DEG);
  const uy = Math.cos(headingDeg * DEG);
  const along = sS * sS;
  const crossS = Math.max(speed * sHDeg * DEG, 0.05);
  const cross = crossS * crossS;
  // R = along u u' + cross n n', with n = (uy, -ux)
  e[at + E_VX] = speed * ux;
  e[at + E_VY] = speed * uy;
  e[at + E_R00] = along * ux * ux + cross * uy * uy;
  e[at + E_R01] = (along - cross) * ux * uy;
  e[at + E_R11] = along * uy * uy + cross * ux * ux;
  e[at + E_HASVEL] = 1;
}
