import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { haversineM } from '../../src/geo/distance.js';
import { cooldownForDistanceS, DEFAULT_GPS_CONFIG, gpsConfig } from '../../src/gps/config.js';
import { GpsPipeline } from '../../src/gps/pipeline.js';
import { gaussian, type Leg, mulberry32, synthTrack } from '../../src/gps/synth.js';
import type { Fix, Verdict } from '../../src/gps/types.js';

const SEEDS = [1, 2, 3, 4, 5];
const WALK = 1.4;

interface RunResult {
  p: GpsPipeline;
  verdicts: Verdict[];
  rmseFiltered: number;
  rmseRaw: number;
  credited: number;
  trueDistance: number;
}

/** Feeds a synthetic track (server clock = fix time) and scores it against the truth (skipping the first 5 fixes). */
function run(legs: Leg[], seed: number, sigmaM = 8, mutate?: (fixes: Fix[]) => void): RunResult {
  const tr = synthTrack({ seed, legs, sigmaM });
  mutate?.(tr.fixes);
  const p = new GpsPipeline();
  const verdicts: Verdict[] = [];
  let se = 0;
  let sr = 0;
  let n = 0;
  tr.fixes.forEach((f, i) => {
    const u = p.push(f, f.tMs);
    verdicts.push(u.verdict);
    const truth = tr.truth[i]!;
    if (i >= 5 && u.verdict !== 'outlier') {
      se += haversineM(u.lat, u.lng, truth.lat, truth.lng) ** 2;
      sr += haversineM(f.lat, f.lng, truth.lat, truth.lng) ** 2;
      n++;
    }
  });
  return {
    p,
    verdicts,
    rmseFiltered: Math.sqrt(se / n),
    rmseRaw: Math.sqrt(sr / n),
    credited: p.creditedDistanceM,
    trueDistance: tr.distanceM,
  };
}

const count = (vs: Verdict[], v: Verdict) => vs.filter((x) => x === v).length;

const tracks: Record<string, Leg[]> = {
  'straight walk': [{ durationS: 600, speedMps: WALK, headingDeg: 30 }],
  turns: [
    { durationS: 120, speedMps: WALK, headingDeg: 0 },
    { durationS: 20, speedMps: WALK, turnDegPerS: 4.5 },
    { durationS: 120, speedMps: WALK },
    { durationS: 5, speedMps: WALK, turnDegPerS: -18 },
    { durationS: 120, speedMps: WALK, turnDegPerS: 1 },
  ],
  'stop and go': [
    { durationS: 60, speedMps: WALK, headingDeg: 90 },
    { durationS: 60, speedMps: 0 },
    { durationS: 60, speedMps: WALK },
    { durationS: 60, speedMps: 0 },
    { durationS: 60, speedMps: WALK },
  ],
};

describe('filter accuracy on walks (sigma 8 m)', () => {
  for (const [name, legs] of Object.entries(tracks)) {
    it(`${name}: filtered RMSE <= 0.6 x raw, every fix ok, distance credited -15%..+10%`, () => {
      for (const seed of SEEDS) {
        const r = run(legs, seed);
        assert.ok(
          r.rmseFiltered <= 0.6 * r.rmseRaw,
          `seed ${seed}: filtered ${r.rmseFiltered.toFixed(2)} m vs raw ${r.rmseRaw.toFixed(2)} m`,
        );
        assert.ok(count(r.verdicts, 'ok') >= r.verdicts.length - 2, `seed ${seed}: ${r.verdicts.join()}`);
        // chords of 25 m: a walk that stops mid-chord loses part of it, never gains
        const ratio = r.credited / r.trueDistance;
        assert.ok(ratio >= 0.85 && ratio <= 1.1, `seed ${seed}: ${r.credited} of ${r.trueDistance}`);
      }
    });
  }
});

describe('honest motion', () => {
  it('standing still for an hour: no invented speed, credited distance near zero', () => {
    for (const seed of SEEDS) {
      const r = run([{ durationS: 3600, speedMps: 0 }], seed);
      assert.ok(r.credited <= 50, `seed ${seed}: credited ${r.credited.toFixed(1)} m`);
      assert.ok(r.p.current()!.speedMps < 1, `seed ${seed}: speed ${r.p.current()!.speedMps}`);
      assert.equal(count(r.verdicts, 'too_fast') + count(r.verdicts, 'teleport'), 0);
    }
  });

  it('a run at 10 km/h: no teleport or too_fast, most of the distance credited', () => {
    for (const seed of SEEDS) {
      const r = run([{ durationS: 600, speedMps: 10 / 3.6, headingDeg: 45, turnDegPerS: 0.3 }], seed);
      assert.equal(count(r.verdicts, 'too_fast'), 0, `seed ${seed}`);
      assert.equal(count(r.verdicts, 'teleport'), 0, `seed ${seed}`);
      assert.ok(r.credited >= 0.7 * r.trueDistance, `seed ${seed}: ${r.credited} of ${r.trueDistance}`);
      assert.ok(r.rmseFiltered <= 0.6 * r.rmseRaw);
      assert.equal(r.p.riskScore(Date.now()), 0);
    }
  });

  it('a car at 60 km/h: too_fast once sustained, never teleport, nothing credited', () => {
    for (const seed of SEEDS) {
      const r = run([{ durationS: 600, speedMps: 60 / 3.6, headingDeg: 45, turnDegPerS: 0.3 }], seed);
      assert.equal(count(r.verdicts, 'teleport'), 0);
      assert.ok(
        count(r.verdicts, 'too_fast') >= r.verdicts.length - 30,
        `seed ${seed}: ${count(r.verdicts, 'too_fast')}`,
      );
      assert.equal(r.credited, 0);
      assert.ok(Math.abs(r.p.current()!.speedMps - 60 / 3.6) < 2);
    }
  });

  it('a car already at 100 km/h on its first fix is locked on within a few fixes', () => {
    for (const seed of SEEDS) {
      const r = run([{ durationS: 120, speedMps: 100 / 3.6, headingDeg: 300 }], seed);
      assert.ok(count(r.verdicts, 'outlier') <= 1, `seed ${seed}: ${r.verdicts.join()}`);
      assert.ok(Math.abs(r.p.current()!.speedMps - 100 / 3.6) < 2);
    }
  });

  it('outliers of 60-150 m are rejected without dragging the track', () => {
    for (const seed of SEEDS) {
      const rng = mulberry32(seed + 100);
      const hit = new Set<number>();
      const r = run(
        [{ durationS: 600, speedMps: WALK, headingDeg: 10, turnDegPerS: 0.2 }],
        seed,
        8,
        (fixes) => {
          for (let i = 20; i < fixes.length; i += 15 + Math.floor(rng() * 10)) {
            const f = fixes[i]!;
            const d = 60 + 90 * rng();
            const a = 2 * Math.PI * rng();
            f.lat += (d * Math.cos(a)) / 111_320;
            f.lng += (d * Math.sin(a)) / (111_320 * Math.cos((f.lat * Math.PI) / 180));
            hit.add(i);
          }
        },
      );
      for (const i of hit) assert.equal(r.verdicts[i], 'outlier', `seed ${seed}: fix ${i}`);
      // the 99.9% gate may refuse the odd honest fix too
      assert.ok(count(r.verdicts, 'outlier') <= hit.size + 2);
      assert.ok(r.rmseFiltered <= 0.6 * r.rmseRaw, `seed ${seed}: ${r.rmseFiltered} vs ${r.rmseRaw}`);
    }
  });

  it('a lasting shift the gate refuses is re-acquired after maxConsecutiveOutliers', () => {
    const tr = synthTrack({ seed: 9, legs: [{ durationS: 120, speedMps: 0 }] });
    const p = new GpsPipeline();
    const vs = tr.fixes.map((f, i) => {
      const g = i >= 60 ? { ...f, lat: f.lat + 300 / 111_320 } : f;
      return p.push(g, g.tMs).verdict;
    });
    assert.deepEqual(vs.slice(60, 63), ['outlier', 'outlier', 'ok']);
    assert.equal(count(vs, 'teleport'), 0);
    assert.ok(
      haversineM(p.current()!.lat, p.current()!.lng, tr.truth[0]!.lat + 300 / 111_320, tr.truth[0]!.lng) < 15,
    );
  });
});

describe('teleports and cooldown', () => {
  for (const km of [1, 10, 1000]) {
    it(`a ${km} km jump is a teleport with the table's cooldown`, () => {
      for (const seed of SEEDS) {
        const tr = synthTrack({ seed, legs: [{ durationS: 60, speedMps: WALK, headingDeg: 0 }] });
        const p = new GpsPipeline();
        for (const f of tr.fixes) p.push(f, f.tMs);
        const last = tr.fixes.at(-1)!;
        const t = last.tMs + 1000;
        const jump: Fix = { ...last, tMs: t, lat: last.lat + (km * 1000) / 111_195, accuracyM: 5 };
        const u = p.push(jump, t);
        assert.equal(u.verdict, 'teleport');
        const expected = cooldownForDistanceS(km * 1000, DEFAULT_GPS_CONFIG) - 1;
        assert.ok(Math.abs(u.cooldownS - expected) <= 0.02 * expected + 2, `${u.cooldownS} vs ${expected}`);
        assert.ok(
          haversineM(u.lat, u.lng, jump.lat, jump.lng) < 10,
          'the fused position moves to the new place',
        );
        // walking on at the new place: ok fixes, the cooldown runs down in server time
        const after = { ...jump, tMs: t + 1000, lat: jump.lat + 1 / 111_195 };
        const u2 = p.push(after, t + 1000);
        assert.equal(u2.verdict, 'ok');
        assert.ok(Math.abs(u2.cooldownS - (expected - 1)) <= 0.02 * expected + 2);
        assert.ok(p.actionCooldownRemainingS(t + 1000 + expected * 1000 + 5000) === 0);
        assert.ok(p.riskScore(t) > 0.3);
        assert.equal(p.riskCounts.teleports, 1);
      }
    });
  }

  it('the cooldown table is honoured at every distance: slow enough is not a teleport', () => {
    const p = new GpsPipeline();
    const t0 = 1_700_000_000_000;
    p.push({ tMs: t0, lat: 0, lng: 0, accuracyM: 5, source: 'gps' }, t0);
    // 10 km after 9 minutes (table: 8 min) is allowed
    const t1 = t0 + 9 * 60_000;
    const u = p.push({ tMs: t1, lat: 10_000 / 111_195, lng: 0, accuracyM: 5, source: 'gps' }, t1);
    assert.equal(u.verdict, 'ok');
    assert.equal(u.cooldownS, 0);
  });

  it('a glitch that comes back ends the cooldown it started', () => {
    const p = new GpsPipeline();
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < 10; i++)
      p.push({ tMs: t0 + i * 1000, lat: 0, lng: 0, accuracyM: 5, source: 'gps' }, t0 + i * 1000);
    const t = t0 + 10_000;
    assert.equal(
      p.push({ tMs: t, lat: 2000 / 111_195, lng: 0, accuracyM: 5, source: 'gps' }, t).verdict,
      'teleport',
    );
    assert.ok(p.actionCooldownRemainingS(t) > 50);
    const back = p.push({ tMs: t + 1000, lat: 0, lng: 0, accuracyM: 5, source: 'gps' }, t + 1000);
    assert.equal(back.verdict, 'ok');
    assert.equal(back.cooldownS, 0);
    assert.ok(haversineM(back.lat, back.lng, 0, 0) < 5);
  });

  it('a low-accuracy jump is never a teleport and cannot move the anchor', () => {
    const p = new GpsPipeline();
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < 10; i++)
      p.push({ tMs: t0 + i * 1000, lat: 0, lng: 0, accuracyM: 5, source: 'gps' }, t0 + i * 1000);
    for (let i = 10; i < 20; i++) {
      const u = p.push(
        { tMs: t0 + i * 1000, lat: 0.1, lng: 0, accuracyM: 150, source: 'network' },
        t0 + i * 1000,
      );
      assert.ok(u.verdict === 'outlier' || u.verdict === 'low_accuracy');
      assert.ok(haversineM(u.lat, u.lng, 0, 0) < 50);
    }
    // the spoofer then sends a good fix at the far place: caught against the old anchor
    const t = t0 + 20_000;
    assert.equal(p.push({ tMs: t, lat: 0.1, lng: 0, accuracyM: 5, source: 'gps' }, t).verdict, 'teleport');
  });

  it('the anchor and cooldown survive a new pipeline through exportState/importState', () => {
    const t0 = 1_700_000_000_000;
    const a = new GpsPipeline();
    a.push({ tMs: t0, lat: 0, lng: 0, accuracyM: 5, source: 'gps' }, t0);
    const saved = JSON.parse(JSON.stringify(a.exportState()));
    const b = new GpsPipeline();
    b.importState(saved);
    const u = b.push(
      { tMs: t0 + 60_000, lat: 10_000 / 111_195, lng: 0, accuracyM: 5, source: 'gps' },
      t0 + 60_000,
    );
    assert.equal(u.verdict, 'teleport');
    assert.ok(Math.abs(u.cooldownS - (cooldownForDistanceS(10_000, DEFAULT_GPS_CONFIG) - 60)) < 2);
  });

  it('fixes stamped in the future are clamped to the server clock (no speed laundering)', () => {
    const p = new GpsPipeline();
    const t0 = 1_700_000_000_000;
    p.push({ tMs: t0, lat: 0, lng: 0, accuracyM: 5, source: 'gps' }, t0);
    // claims 20 minutes have passed, but the server saw 1 second
    const u = p.push(
      { tMs: t0 + 20 * 60_000, lat: 10_000 / 111_195, lng: 0, accuracyM: 5, source: 'gps' },
      t0 + 1000,
    );
    assert.equal(u.verdict, 'teleport');
    assert.equal(p.riskCounts.futureFixes, 1);
  });
});

describe('spoofing signals', () => {
  it('mock-flagged fixes get `mock`, are not used, and raise the risk', () => {
    const p = new GpsPipeline();
    const t0 = 1_700_000_000_000;
    p.push({ tMs: t0, lat: 1, lng: 1, accuracyM: 5, source: 'gps' }, t0);
    const u = p.push(
      { tMs: t0 + 1000, lat: 1.001, lng: 1, accuracyM: 5, source: 'gps', mock: true },
      t0 + 1000,
    );
    assert.equal(u.verdict, 'mock');
    assert.equal(u.applied, false);
    assert.equal(u.lat, 1);
    assert.ok(u.risk > 0.6);
    // and it decays: half-life 30 min
    assert.ok(p.riskScore(t0 + 4 * 3600_000) < 0.05);
  });

  it('a spoofer replaying a perfect line is flagged; honest walks are not', () => {
    const p = new GpsPipeline();
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < 60; i++) {
      const t = t0 + i * 1000;
      p.push({ tMs: t, lat: 51.5 + (i * WALK) / 111_195, lng: -0.12, accuracyM: 5, source: 'gps' }, t);
    }
    assert.ok(p.riskCounts.regularTracks >= 2);
    assert.ok(p.riskScore(t0 + 60_000) > 0.5);
    for (const legs of Object.values(tracks)) {
      for (const seed of SEEDS) {
        const r = run(legs, seed);
        assert.deepEqual(r.p.riskCounts, {
          teleports: 0,
          mockFixes: 0,
          accelerations: 0,
          regularTracks: 0,
          futureFixes: 0,
        });
      }
    }
  });

  it('a joystick that switches from walking to 25 m/s counts as an impossible acceleration', () => {
    const tr = synthTrack({
      seed: 11,
      legs: [
        { durationS: 60, speedMps: WALK, headingDeg: 0 },
        { durationS: 30, speedMps: 25, headingDeg: 90 },
      ],
      sigmaM: 3,
    });
    const p = new GpsPipeline();
    for (const f of tr.fixes) p.push(f, f.tMs);
    assert.ok(p.riskCounts.accelerations >= 1, JSON.stringify(p.riskCounts));
    assert.equal(p.riskCounts.teleports, 0);
  });

  it('even small jitter on a scripted line (1 cm) does not hide it', () => {
    const rng = mulberry32(7);
    const p = new GpsPipeline();
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < 40; i++) {
      const t = t0 + i * 1000;
      p.push(
        {
          tMs: t,
          lat: 51.5 + (i * WALK + 0.01 * gaussian(rng)) / 111_195,
          lng: -0.12,
          accuracyM: 5,
          source: 'gps',
        },
        t,
      );
    }
    assert.ok(p.riskCounts.regularTracks >= 1);
  });
});

describe('time order', () => {
  it('late fixes are dropped and counted', () => {
    const p = new GpsPipeline();
    const t0 = 1_700_000_000_000;
    p.push({ tMs: t0, lat: 0, lng: 0, accuracyM: 5, source: 'gps' }, t0);
    p.push({ tMs: t0 + 5000, lat: 0, lng: 0, accuracyM: 5, source: 'gps' }, t0 + 5000);
    const u = p.push({ tMs: t0 + 2000, lat: 0.0001, lng: 0, accuracyM: 5, source: 'gps' }, t0 + 5000);
    assert.equal(u.verdict, 'late');
    assert.equal(u.applied, false);
    assert.equal(p.verdictCounts.late, 1);
  });

  it('out-of-order fixes within the window give the same track as in order', () => {
    for (const seed of SEEDS) {
      const tr = synthTrack({
        seed,
        legs: [{ durationS: 300, speedMps: WALK, headingDeg: 200, turnDegPerS: 0.5 }],
        intervalMs: 500,
      });
      const inOrder = new GpsPipeline();
      const gated = new Set<number>();
      for (const f of tr.fixes) if (inOrder.push(f, f.tMs).verdict === 'outlier') gated.add(f.tMs);
      // deliver with local shuffles: each fix delayed by up to 1.5 s
      const rng = mulberry32(seed);
      // (the first fixes arrive in order: a fix older than the one that started the track cannot be re-applied)
      const arrivals = tr.fixes
        .map((f, i) => ({ f, at: f.tMs + (i < 4 ? 0 : Math.floor(rng() * 1500)) }))
        .sort((a, b) => a.at - b.at);
      const shuffled = new GpsPipeline();
      let ooo = 0;
      for (const { f, at } of arrivals) {
        const u = shuffled.push(f, at);
        if (u.verdict === 'out_of_order') {
          ooo++;
          assert.equal(u.applied, !gated.has(f.tMs), `seed ${seed}: fix at ${f.tMs}`);
        }
      }
      assert.ok(ooo > 20, `only ${ooo} out of order`);
      const a = inOrder.current()!;
      const b = shuffled.current()!;
      assert.ok(haversineM(a.lat, a.lng, b.lat, b.lng) < 1e-6, `${haversineM(a.lat, a.lng, b.lat, b.lng)}`);
      assert.ok(Math.abs(a.speedMps - b.speedMps) < 1e-9);
    }
  });
});

describe('sources and hints', () => {
  it('low-accuracy fixes are shown but marked, and barely move a good track', () => {
    const p = new GpsPipeline();
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < 30; i++)
      p.push({ tMs: t0 + i * 1000, lat: 0, lng: 0, accuracyM: 5, source: 'gps' }, t0 + i * 1000);
    const u = p.push(
      { tMs: t0 + 30_000, lat: 0.0005, lng: 0, accuracyM: 150, source: 'network' },
      t0 + 30_000,
    );
    assert.equal(u.verdict, 'low_accuracy');
    assert.equal(u.applied, true);
    assert.ok(haversineM(u.lat, u.lng, 0, 0) < 3);
  });

  it('a first low-accuracy fix still places the player', () => {
    const p = new GpsPipeline();
    const u = p.push({ tMs: 1000, lat: 10, lng: 20, accuracyM: 500, source: 'network' }, 1000);
    assert.equal(u.verdict, 'low_accuracy');
    assert.equal(u.lat, 10);
    assert.equal(u.lng, 20);
  });

  it('network fixes fused with gps do better than gps alone', () => {
    const rng = mulberry32(3);
    let gpsOnly = 0;
    let fused = 0;
    for (const seed of SEEDS) {
      const g = synthTrack({ seed, legs: [{ durationS: 300, speedMps: WALK, headingDeg: 60 }], sigmaM: 10 });
      const n = synthTrack({
        seed: seed + 50,
        legs: [{ durationS: 300, speedMps: WALK, headingDeg: 60 }],
        sigmaM: 10,
      });
      const a = new GpsPipeline();
      const b = new GpsPipeline();
      let ea = 0;
      let eb = 0;
      g.fixes.forEach((f, i) => {
        const ua = a.push(f, f.tMs);
        const net = { ...n.fixes[i]!, tMs: f.tMs + 400, source: 'network' as const, accuracyM: 20 };
        b.push(f, f.tMs);
        const ub = b.push(net, net.tMs + Math.floor(rng() * 300));
        if (i > 10) {
          ea += haversineM(ua.lat, ua.lng, g.truth[i]!.lat, g.truth[i]!.lng) ** 2;
          eb += haversineM(ub.lat, ub.lng, g.truth[i]!.lat, g.truth[i]!.lng) ** 2;
        }
      });
      gpsOnly += ea;
      fused += eb;
    }
    assert.ok(fused < gpsOnly, `${Math.sqrt(fused)} vs ${Math.sqrt(gpsOnly)}`);
  });

  it('imu: zero steps pin the speed at zero; reported Doppler velocity is used', () => {
    const t0 = 1_700_000_000_000;
    const tr = synthTrack({ seed: 4, legs: [{ durationS: 300, speedMps: 0 }], sigmaM: 8 });
    const p = new GpsPipeline();
    const q = new GpsPipeline();
    for (const f of tr.fixes) {
      p.push(f, f.tMs);
      q.push(f, f.tMs);
      q.push(
        { tMs: f.tMs + 500, lat: Number.NaN, lng: Number.NaN, accuracyM: 0, source: 'imu', steps: 0 },
        f.tMs + 500,
      );
    }
    assert.ok(q.current()!.speedMps < 0.05, `${q.current()!.speedMps}`);
    assert.ok(q.current()!.speedMps < p.current()!.speedMps);

    const v = new GpsPipeline();
    const walk = synthTrack({ seed: 5, legs: [{ durationS: 60, speedMps: WALK, headingDeg: 90 }], t0Ms: t0 });
    for (const f of walk.fixes) v.push({ ...f, speedMps: WALK, headingDeg: 90 }, f.tMs);
    assert.ok(Math.abs(v.current()!.speedMps - WALK) < 0.1);
  });

  it('a reported velocity that contradicts the positions is gated out', () => {
    const tr = synthTrack({ seed: 6, legs: [{ durationS: 120, speedMps: 15, headingDeg: 0 }], sigmaM: 5 });
    const p = new GpsPipeline();
    for (const f of tr.fixes) p.push({ ...f, speedMps: 1, headingDeg: 0 }, f.tMs);
    assert.ok(p.current()!.speedMps > 12, `${p.current()!.speedMps}`);
  });
});

describe('history', () => {
  it('positionAt interpolates the fused track and refuses times before it', () => {
    const tr = synthTrack({ seed: 8, legs: [{ durationS: 120, speedMps: WALK, headingDeg: 0 }] });
    const p = new GpsPipeline();
    for (const f of tr.fixes) p.push(f, f.tMs);
    assert.equal(p.positionAt(tr.fixes[0]!.tMs - 1), null);
    const mid = tr.fixes[60]!.tMs + 500;
    const at = p.positionAt(mid)!;
    const truth = { lat: (tr.truth[60]!.lat + tr.truth[61]!.lat) / 2, lng: tr.truth[60]!.lng };
    assert.ok(haversineM(at.lat, at.lng, truth.lat, truth.lng) < 12);
    assert.equal(at.gapMs, 500);
    assert.equal(p.history().length, tr.fixes.length);
  });

  it('keeps at most historySize fixes', () => {
    const p = new GpsPipeline(gpsConfig({ historySize: 50 }));
    const tr = synthTrack({ seed: 8, legs: [{ durationS: 120, speedMps: WALK, headingDeg: 0 }] });
    for (const f of tr.fixes) p.push(f, f.tMs);
    const h = p.history();
    assert.equal(h.length, 50);
    assert.equal(h.at(-1)!.tMs, tr.fixes.at(-1)!.tMs);
    assert.equal(p.positionAt(tr.fixes[0]!.tMs), null);
  });

  it('does not interpolate across a teleport', () => {
    const p = new GpsPipeline();
    const t0 = 1_700_000_000_000;
    p.push({ tMs: t0, lat: 0, lng: 0, accuracyM: 5, source: 'gps' }, t0);
    p.push({ tMs: t0 + 10_000, lat: 1, lng: 0, accuracyM: 5, source: 'gps' }, t0 + 10_000);
    const at = p.positionAt(t0 + 9000)!;
    assert.equal(at.lat, 0);
    assert.equal(p.positionAt(t0 + 10_000)!.lat, 1);
  });
});

describe('robustness', () => {
  it('never throws or produces NaN on garbage input', () => {
    const p = new GpsPipeline();
    const garbage: Partial<Fix>[] = [
      { tMs: Number.NaN, lat: 0, lng: 0, accuracyM: 5 },
      { tMs: 1, lat: 200, lng: 0, accuracyM: 5 },
      { tMs: 2, lat: 0, lng: Number.POSITIVE_INFINITY, accuracyM: 5 },
      { tMs: 3, lat: 0, lng: 0, accuracyM: -1 },
      { tMs: 4, lat: 0, lng: 0, accuracyM: Number.NaN },
    ];
    for (const g of garbage) assert.equal(p.push({ source: 'gps', ...g } as Fix, 10).verdict, 'outlier');
    const u = p.push({ tMs: 5, lat: 0, lng: 0, accuracyM: 0, source: 'gps' }, 10);
    assert.equal(u.verdict, 'ok');
    const v = p.push({ tMs: 5, lat: 0, lng: 0, accuracyM: 0, source: 'gps' }, 10);
    assert.ok(Number.isFinite(v.lat) && Number.isFinite(v.accuracyM));
  });

  it('crosses the antimeridian and re-centres without losing the track', () => {
    const p = new GpsPipeline();
    const t0 = 1_700_000_000_000;
    let u = p.push({ tMs: t0, lat: 0, lng: 179.99, accuracyM: 5, source: 'gps' }, t0);
    for (let i = 1; i <= 400; i++) {
      const lng = 179.99 + i * 0.00005;
      const t = t0 + i * 1000;
      u = p.push({ tMs: t, lat: 0, lng: lng > 180 ? lng - 360 : lng, accuracyM: 5, source: 'gps' }, t);
      assert.equal(u.verdict, 'ok');
    }
    assert.ok(Math.abs(u.lng - -179.99) < 0.0001, `${u.lng}`);
    assert.ok(Math.abs(u.speedMps - 5.57) < 0.3, `${u.speedMps}`);
  });
});
