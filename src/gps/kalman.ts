/**
 * Constant-velocity Kalman filter, state [x, y, vx, vy] in metres and m/s on a local plane.
 *
 * Allocation-free: the state, the covariance and the scratch space are typed arrays made once, and
 * every operation is written out for the 4x4 case (no matrix library, no temporaries). Time steps
 * may be irregular: `predict` integrates over whatever elapsed. The process noise is white
 * acceleration with spectral density `q` (m²/s³) per axis.
 */
export class KalmanCV {
  /** State [x, y, vx, vy]. */
  readonly x = new Float64Array(4);
  /** Covariance, row-major 4x4, kept symmetric. */
  readonly P = new Float64Array(16);
  /**
   * [0] time of the state in ms (NaN until `init`), [1] squared Mahalanobis distance of the last
   * innovation, [2..9] the arguments of the operation in progress.
   *
   * Why a register: optimized code passes arguments to a function it does not inline as tagged
   * values, so every fresh double argument is boxed into a new heap number. The public methods
   * below are tiny (V8 inlines them into the caller), store their doubles here and call the big
   * bodies with small integers only; number fields would box the same way. The update then
   * allocates nothing.
   */
  private readonly m = Float64Array.of(Number.NaN, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  private readonly ph = new Float64Array(8);
  private readonly k = new Float64Array(8);

  /** Time of the state, ms. NaN until `init`. */
  get tMs(): number {
    return this.m[0]!;
  }

  /** Squared Mahalanobis distance of the innovation in the last update (gated or not). */
  get lastD2(): number {
    return this.m[1]!;
  }

  get initialized(): boolean {
    return !Number.isNaN(this.m[0]!);
  }

  /** Start a track at (px, py) with velocity (vx, vy) and the given per-axis variances. */
  init(tMs: number, px: number, py: number, vx: number, vy: number, posVar: number, velVar: number): void {
    const x = this.x;
    const P = this.P;
    x[0] = px;
    x[1] = py;
    x[2] = vx;
    x[3] = vy;
    P.fill(0);
    P[0] = posVar;
    P[5] = posVar;
    P[10] = velVar;
    P[15] = velVar;
    this.m[0] = tMs;
    this.m[1] = 0;
  }

  /** Forget the track. */
  clear(): void {
    this.m[0] = Number.NaN;
  }

  /** Advance the state to `tMs`. Steps backwards or of zero length do nothing. */
  predict(tMs: number, q: number): void {
    this.m[2] = tMs;
    this.m[3] = q;
    this.predictM();
  }

  private predictM(): void {
    const m = this.m;
    const tMs = m[2]!;
    const q = m[3]!;
    const dt = (tMs - m[0]!) / 1000;
    if (!(dt > 0)) return;
    m[0] = tMs;
    const x = this.x;
    const P = this.P;
    x[0] = x[0]! + dt * x[2]!;
    x[1] = x[1]! + dt * x[3]!;
    const p00 = P[0]!;
    const p01 = P[1]!;
    const p02 = P[2]!;
    const p03 = P[3]!;
    const p11 = P[5]!;
    const p12 = P[6]!;
    const p13 = P[7]!;
    const p22 = P[10]!;
    const p23 = P[11]!;
    const p33 = P[15]!;
    const dt2 = dt * dt;
    const qpp = (q * dt2 * dt) / 3;
    const qpv = (q * dt2) / 2;
    const qvv = q * dt;
    // F P F' with F = [[I, dt I], [0, I]], then + Q.
    const n00 = p00 + 2 * dt * p02 + dt2 * p22 + qpp;
    const n01 = p01 + dt * (p03 + p12) + dt2 * p23;
    const n11 = p11 + 2 * dt * p13 + dt2 * p33 + qpp;
    const n02 = p02 + dt * p22 + qpv;
    const n03 = p03 + dt * p23;
    const n12 = p12 + dt * p23;
    const n13 = p13 + dt * p33 + qpv;
    P[0] = n00;
    P[1] = n01;
    P[4] = n01;
    P[5] = n11;
    P[2] = n02;
    P[8] = n02;
    P[3] = n03;
    P[12] = n03;
    P[6] = n12;
    P[9] = n12;
    P[7] = n13;
    P[13] = n13;
    P[10] = p22 + qvv;
    P[15] = p33 + qvv;
  }

  /**
   * Measurement of position (zx, zy) with per-axis variance `r`. Returns false, leaving the state
   * untouched, when the innovation's squared Mahalanobis distance exceeds `gateChi2`.
   */
  updatePosition(zx: number, zy: number, r: number, gateChi2: number): boolean {
    const m = this.m;
    m[2] = zx;
    m[3] = zy;
    m[4] = r;
    m[5] = 0;
    m[6] = r;
    m[7] = gateChi2;
    return this.update2(0, 1);
  }

  /** Measurement of velocity (zvx, zvy) with covariance [[r00, r01], [r01, r11]]. Gated like position. */
  updateVelocity(zvx: number, zvy: number, r00: number, r01: number, r11: number, gateChi2: number): boolean {
    const m = this.m;
    m[2] = zvx;
    m[3] = zvy;
    m[4] = r00;
    m[5] = r01;
    m[6] = r11;
    m[7] = gateChi2;
    return this.update2(2, 3);
  }

  /**
   * Measurement of ground speed alone (a step counter without heading), variance `r`: an extended
   * update with h(x) = |v|. Needs a current speed above 0.2 m/s for a direction; otherwise it
   * returns false unless the measured speed is ~0, which is applied as a zero-velocity update.
   */
  updateSpeed(z: number, r: number, gateChi2: number): boolean {
    const m = this.m;
    m[2] = z;
    m[3] = r;
    m[4] = gateChi2;
    return this.updateSpeedM();
  }

  private updateSpeedM(): boolean {
    const m = this.m;
    const z = m[2]!;
    const r = m[3]!;
    const gateChi2 = m[4]!;
    const vx = this.x[2]!;
    const vy = this.x[3]!;
    const s = Math.sqrt(vx * vx + vy * vy);
    if (s < 0.2) {
      if (z > 0.2) return false;
      m[2] = 0;
      m[3] = 0;
      m[4] = r;
      m[5] = 0;
      m[6] = r;
      m[7] = gateChi2;
      return this.update2(2, 3);
    }
    const hx = vx / s;
    const hy = vy / s;
    const P = this.P;
    const ph = this.ph;
    // P H' for H = [0, 0, hx, hy]
    for (let i = 0; i < 4; i++) ph[i] = P[i * 4 + 2]! * hx + P[i * 4 + 3]! * hy;
    const S = ph[2]! * hx + ph[3]! * hy + r;
    const y = z - s;
    const d2 = (y * y) / S;
    this.m[1] = d2;
    if (d2 > gateChi2) return false;
    const x = this.x;
    for (let i = 0; i < 4; i++) x[i] = x[i]! + (ph[i]! / S) * y;
    for (let i = 0; i < 4; i++) {
      for (let j = i; j < 4; j++) {
        const v = P[i * 4 + j]! - (ph[i]! * ph[j]!) / S;
        P[i * 4 + j] = v;
        P[j * 4 + i] = v;
      }
    }
    this.floorDiagonal();
    return true;
  }

  /** Linear update of state components a and b; z, R and the gate are in m[2..7]. */
  private update2(a: number, b: number): boolean {
    const m = this.m;
    const za = m[2]!;
    const zb = m[3]!;
    const r00 = m[4]!;
    const r01 = m[5]!;
    const r11 = m[6]!;
    const gateChi2 = m[7]!;
    const P = this.P;
    const x = this.x;
    const s00 = P[a * 4 + a]! + r00;
    const s01 = P[a * 4 + b]! + r01;
    const s11 = P[b * 4 + b]! + r11;
    const det = s00 * s11 - s01 * s01;
    if (!(det > 0)) return false;
    const i00 = s11 / det;
    const i01 = -s01 / det;
    const i11 = s00 / det;
    const y0 = za - x[a]!;
    const y1 = zb - x[b]!;
    const d2 = y0 * (i00 * y0 + i01 * y1) + y1 * (i01 * y0 + i11 * y1);
    this.m[1] = d2;
    if (d2 > gateChi2) return false;
    const ph = this.ph;
    const k = this.k;
    // ph = P H' (4x2): columns a and b of P. K = ph S^-1.
    for (let i = 0; i < 4; i++) {
      const pa = P[i * 4 + a]!;
      const pb = P[i * 4 + b]!;
      ph[i * 2] = pa;
      ph[i * 2 + 1] = pb;
      k[i * 2] = pa * i00 + pb * i01;
      k[i * 2 + 1] = pa * i01 + pb * i11;
    }
    for (let i = 0; i < 4; i++) x[i] = x[i]! + k[i * 2]! * y0 + k[i * 2 + 1]! * y1;
    // P -= K (H P) = K ph'
    for (let i = 0; i < 4; i++) {
      const ka = k[i * 2]!;
      const kb = k[i * 2 + 1]!;
      for (let j = i; j < 4; j++) {
        const v = P[i * 4 + j]! - (ka * ph[j * 2]! + kb * ph[j * 2 + 1]!);
        P[i * 4 + j] = v;
        P[j * 4 + i] = v;
      }
    }
    this.floorDiagonal();
    return true;
  }

  /** Guards against round-off driving a variance to zero or below. */
  private floorDiagonal(): void {
    const P = this.P;
    if (P[0]! < 1e-6) P[0] = 1e-6;
    if (P[5]! < 1e-6) P[5] = 1e-6;
    if (P[10]! < 1e-8) P[10] = 1e-8;
    if (P[15]! < 1e-8) P[15] = 1e-8;
  }

  /** Move the plane's origin: the state's position shifts by (-dx, -dy). */
  shift(dx: number, dy: number): void {
    this.x[0] = this.x[0]! - dx;
    this.x[1] = this.x[1]! - dy;
  }

  /** Number of slots `save`/`restore` use. */
  static readonly SNAPSHOT = 21;

  /** Copy the state, covariance and time into buf[at .. at+21). */
  save(buf: Float64Array, at: number): void {
    for (let i = 0; i < 4; i++) buf[at + i] = this.x[i]!;
    for (let i = 0; i < 16; i++) buf[at + 4 + i] = this.P[i]!;
    buf[at + 20] = this.m[0]!;
  }

  restore(buf: Float64Array, at: number): void {
    for (let i = 0; i < 4; i++) this.x[i] = buf[at + i]!;
    for (let i = 0; i < 16; i++) this.P[i] = buf[at + 4 + i]!;
    this.m[0] = buf[at + 20]!;
  }

  get speed(): number {
    return Math.hypot(this.x[2]!, this.x[3]!);
  }
}
