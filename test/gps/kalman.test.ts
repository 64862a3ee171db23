import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  cooldownForDistanceS,
  DEFAULT_GPS_CONFIG,
  gpsConfig,
  POKEMON_GO_COOLDOWNS,
} from '../../src/gps/config.js';
import { KalmanCV } from '../../src/gps/kalman.js';

type M = number[][];
const mul = (a: M, b: M): M => a.map((r) => b[0]!.map((_, j) => r.reduce((s, v, k) => s + v * b[k]![j]!, 0)));
const tr = (a: M): M => a[0]!.map((_, j) => a.map((r) => r[j]!));
const add = (a: M, b: M): M => a.map((r, i) => r.map((v, j) => v + b[i]![j]!));
const sub = (a: M, b: M): M => a.map((r, i) => r.map((v, j) => v - b[i]![j]!));
const inv2 = (s: M): M => {
  const d = s[0]![0]! * s[1]![1]! - s[0]![1]! * s[1]![0]!;
  return [
    [s[1]![1]! / d, -s[0]![1]! / d],
    [-s[1]![0]! / d, s[0]![0]! / d],
  ];
};
const toM = (p: Float64Array): M => [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => p[i * 4 + j]!));

/** Textbook predict + position update with generic matrices. */
function reference(x: number[], P: M, dt: number, q: number, z: number[], r: number) {
  const F = [
    [1, 0, dt, 0],
    [0, 1, 0, dt],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
  ];
  const a = (q * dt ** 3) / 3;
  const b = (q * dt ** 2) / 2;
  const c = q * dt;
  const Q = [
    [a, 0, b, 0],
    [0, a, 0, b],
    [b, 0, c, 0],
    [0, b, 0, c],
  ];
  const xp = mul(
    F,
    x.map((v) => [v]),
  );
  const Pp = add(mul(mul(F, P), tr(F)), Q);
  const H = [
    [1, 0, 0, 0],
    [0, 1, 0, 0],
  ];
  const y = sub(
    z.map((v) => [v]),
    mul(H, xp),
  );
  const S = add(mul(mul(H, Pp), tr(H)), [
    [r, 0],
    [0, r],
  ]);
  const K = mul(mul(Pp, tr(H)), inv2(S));
  const xn = add(xp, mul(K, y));
  const Pn = sub(Pp, mul(mul(K, H), Pp));
  const d2 = mul(mul(tr(y), inv2(S)), y)[0]![0]!;
  return { x: xn.map((r) => r[0]!), P: Pn, d2 };
}

/** A random symmetric positive-definite covariance: L L' + eps I. */
const spd = fc
  .array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 16, maxLength: 16 })
  .map((l) => {
    const L = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (j <= i ? l[i * 4 + j]! : 0)));
    return add(
      mul(L, tr(L)),
      [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === j ? 0.5 : 0))),
    );
  });
const state = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 4, maxLength: 4 });

function load(kf: KalmanCV, x: number[], P: M) {
  kf.init(0, 0, 0, 0, 0, 1, 1);
  kf.x.set(x);
  kf.P.set(P.flat());
}

const close = (a: number, b: number, tol = 1e-6) => Math.abs(a - b) <= tol * (1 + Math.abs(b));

describe('KalmanCV', () => {
  it('predict + position update equal the textbook matrix formulas', () => {
    fc.assert(
      fc.property(
        state,
        spd,
        fc.double({ min: 0.01, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.tuple(
          fc.double({ min: -200, max: 200, noNaN: true }),
          fc.double({ min: -200, max: 200, noNaN: true }),
        ),
        fc.double({ min: 1, max: 500, noNaN: true }),
        (x, P, dt, q, z, r) => {
          const kf = new KalmanCV();
          load(kf, x, P);
          kf.predict(dt * 1000, q);
          const ok = kf.updatePosition(z[0], z[1], r, Number.POSITIVE_INFINITY);
          assert.ok(ok);
          const ref = reference(x, P, dt, q, z, r);
          assert.ok(close(kf.lastD2, ref.d2), `d2 ${kf.lastD2} vs ${ref.d2}`);
          for (let i = 0; i < 4; i++) assert.ok(close(kf.x[i]!, ref.x[i]!), `x${i}`);
          const got = toM(kf.P);
          for (let i = 0; i < 4; i++)
            for (let j = 0; j < 4; j++) assert.ok(close(got[i]![j]!, ref.P[i]![j]!, 1e-5), `P${i}${j}`);
        },
      ),
    );
  });

  it('irregular steps: one predict over dt1+dt2 equals two predicts', () => {
    fc.assert(
      fc.property(
        state,
        spd,
        fc.double({ min: 0.001, max: 20, noNaN: true }),
        fc.double({ min: 0.001, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (x, P, dt1, dt2, q) => {
          const a = new KalmanCV();
          const b = new KalmanCV();
          load(a, x, P);
          load(b, x, P);
          a.predict((dt1 + dt2) * 1000, q);
          b.predict(dt1 * 1000, q);
          b.predict((dt1 + dt2) * 1000, q);
          for (let i = 0; i < 4; i++) assert.ok(close(a.x[i]!, b.x[i]!, 1e-9));
          for (let i = 0; i < 16; i++)
            assert.ok(close(a.P[i]!, b.P[i]!, 1e-7), `P[${i}] ${a.P[i]} vs ${b.P[i]}`);
        },
      ),
    );
  });

  it('covariance stays symmetric with a positive diagonal through random updates', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            dt: fc.double({ min: 0, max: 10, noNaN: true }),
            kind: fc.constantFrom('pos', 'vel', 'speed'),
            a: fc.double({ min: -50, max: 50, noNaN: true }),
            b: fc.double({ min: -50, max: 50, noNaN: true }),
            r: fc.double({ min: 0.01, max: 1000, noNaN: true }),
          }),
          { maxLength: 60 },
        ),
        (steps) => {
          const kf = new KalmanCV();
          kf.init(0, 0, 0, 0, 0, 100, 4);
          let t = 0;
          for (const s of steps) {
            t += s.dt * 1000;
            kf.predict(t, 0.5);
            if (s.kind === 'pos') kf.updatePosition(s.a, s.b, s.r, 13.82);
            else if (s.kind === 'vel') kf.updateVelocity(s.a / 10, s.b / 10, s.r / 100, 0, s.r / 100, 13.82);
            else kf.updateSpeed(Math.abs(s.a) / 10, s.r / 100, 13.82);
          }
          for (let i = 0; i < 4; i++) {
            assert.ok(kf.P[i * 5]! > 0 && Number.isFinite(kf.P[i * 5]!));
            for (let j = 0; j < 4; j++) assert.equal(kf.P[i * 4 + j], kf.P[j * 4 + i]);
            assert.ok(Number.isFinite(kf.x[i]!));
          }
        },
      ),
    );
  });

  it('the gate refuses an innovation beyond the chi-square bound and leaves the state alone', () => {
    const kf = new KalmanCV();
    kf.init(0, 0, 0, 0, 0, 25, 1);
    const before = [...kf.x, ...kf.P];
    assert.equal(kf.updatePosition(100, 0, 25, 13.82), false);
    assert.ok(kf.lastD2 > 13.82);
    assert.deepEqual([...kf.x, ...kf.P], before);
    assert.equal(kf.updatePosition(5, 0, 25, 13.82), true);
  });

  it('save/restore round-trips exactly', () => {
    const kf = new KalmanCV();
    kf.init(1000, 1, 2, 3, 4, 5, 6);
    kf.predict(2500, 0.3);
    const buf = new Float64Array(KalmanCV.SNAPSHOT + 3);
    kf.save(buf, 3);
    const copy = [kf.tMs, ...kf.x, ...kf.P];
    kf.updatePosition(9, 9, 4, Number.POSITIVE_INFINITY);
    kf.restore(buf, 3);
    assert.deepEqual([kf.tMs, ...kf.x, ...kf.P], copy);
  });
});

describe('cooldown table', () => {
  it('hits every row of the community table exactly', () => {
    for (const r of POKEMON_GO_COOLDOWNS) {
      assert.equal(cooldownForDistanceS(r.distanceKm * 1000, DEFAULT_GPS_CONFIG), r.cooldownMin * 60);
    }
  });

  it('is monotone, interpolates between rows and stops at the cap', () => {
    assert.equal(cooldownForDistanceS(3000, DEFAULT_GPS_CONFIG), 90); // between 2 km 1 min and 4 km 2 min
    assert.equal(cooldownForDistanceS(0, DEFAULT_GPS_CONFIG), 0);
    assert.equal(cooldownForDistanceS(20_000_000, DEFAULT_GPS_CONFIG), 120 * 60);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3e6, noNaN: true }),
        fc.double({ min: 0, max: 3e6, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          assert.ok(
            cooldownForDistanceS(lo, DEFAULT_GPS_CONFIG) <= cooldownForDistanceS(hi, DEFAULT_GPS_CONFIG),
          );
        },
      ),
    );
  });

  it('a game can bring its own table; bad tables are refused with the row named', () => {
    const cfg = gpsConfig({ cooldownTable: [{ distanceKm: 5, cooldownMin: 1 }], cooldownCapMin: 2 });
    assert.equal(cooldownForDistanceS(5000, cfg), 60);
    assert.equal(cooldownForDistanceS(100_000, cfg), 120);
    assert.throws(
      () =>
        gpsConfig({
          cooldownTable: [
            { distanceKm: 5, cooldownMin: 1 },
            { distanceKm: 4, cooldownMin: 2 },
          ],
        }),
      /cooldownTable\[1\] must increase/,
    );
    assert.throws(() => gpsConfig({ windowMs: Number.NaN }), /windowMs/);
    assert.throws(() => gpsConfig({ sources: { network: { minAccuracyM: 0 } } }), /sources\.network/);
    assert.equal(
      gpsConfig({ sources: { network: { minAccuracyM: 30 } } }).sources.network.accuracyScale,
      1.5,
    );
  });
});
