import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/gps.js';
import { replayTrace } from '../../src/gps/replay.js';
import { synthTrack } from '../../src/gps/synth.js';
import { detectTraceFormat, parseTrace, TraceParseError } from '../../src/gps/trace.js';

const T0 = 1_700_000_000_000;

function throwsAtLine(text: string, line: number, re: RegExp, format?: 'csv' | 'ndjson' | 'gpx') {
  assert.throws(
    () => parseTrace(text, format),
    (e: unknown) =>
      e instanceof TraceParseError &&
      e.line === line &&
      re.test(e.message) &&
      e.message.startsWith(`line ${line}:`),
  );
}

describe('parseTrace: CSV', () => {
  it('reads t,lat,lng,accuracy with or without a header, comments, ISO times and truth columns', () => {
    const plain = parseTrace(`${T0},48.1,2.1,8\n# comment\n\n${T0 + 1000},48.1001,2.1,9.5,48.1,2.1\n`, 'csv');
    assert.equal(plain.fixes.length, 2);
    assert.deepEqual(plain.fixes[0]!.fix, { tMs: T0, lat: 48.1, lng: 2.1, accuracyM: 8, source: 'gps' });
    assert.equal(plain.fixes[1]!.line, 4);
    assert.deepEqual(plain.fixes[1]!.truth, { lat: 48.1, lng: 2.1 });

    const named = parseTrace(
      'lon,lat,time,accuracy,source,mock,true_lat,true_lng\n2.1,48.1,2023-11-14T22:13:20Z,8,network,true,48,2\n',
    );
    assert.equal(named.format, 'csv');
    assert.deepEqual(named.fixes[0]!.fix, {
      tMs: T0,
      lat: 48.1,
      lng: 2.1,
      accuracyM: 8,
      source: 'network',
      mock: true,
    });
    assert.deepEqual(named.fixes[0]!.truth, { lat: 48, lng: 2 });
  });

  it('names the line of the first problem', () => {
    throwsAtLine(`${T0},48.1,2.1,8\n${T0},abc,2.1,8\n`, 2, /lat "abc" is not a number/, 'csv');
    throwsAtLine(`${T0},48.1,2.1,8\n\n${T0},95,2.1,8\n`, 3, /lat 95 is out of range/, 'csv');
    throwsAtLine(`${T0},48.1,2.1\n`, 1, /expected t,lat,lng,accuracy/, 'csv');
    throwsAtLine(`${T0},48.1,2.1,8,48\n`, 1, /got 5 fields/, 'csv');
    throwsAtLine('t,lat,lng\n', 1, /no accuracy column/, 'csv');
    throwsAtLine('t,lat,lng,accuracy,colour\n', 1, /unknown column "colour"/, 'csv');
    throwsAtLine(`t,lat,lng,accuracy\n${T0},1,2,3\nyesterday,1,2,3\n`, 3, /time "yesterday"/, 'csv');
    throwsAtLine(`t,lat,lng,accuracy,source\n${T0},1,2,3,satellite\n`, 2, /source "satellite"/, 'csv');
  });
});

describe('parseTrace: NDJSON', () => {
  it('reads one object a line with optional fields, imu hints without a position', () => {
    const tr = parseTrace(
      [
        JSON.stringify({ t: T0, lat: 1, lng: 2 }),
        JSON.stringify({
          t: T0 + 1,
          lat: 1,
          lng: 2,
          accuracy_m: 4,
          source: 'fused',
          mock: false,
          speed_mps: 1.2,
          heading_deg: 90,
        }),
        JSON.stringify({ t: T0 + 2, source: 'imu', steps: 3 }),
        JSON.stringify({ t: '2023-11-14T22:13:20.003Z', lat: 1, lng: 2, true_lat: 1.1, true_lng: 2.1 }),
      ].join('\n'),
    );
    assert.equal(tr.format, 'ndjson');
    assert.equal(tr.fixes[0]!.fix.accuracyM, 10);
    assert.deepEqual(tr.fixes[1]!.fix, {
      tMs: T0 + 1,
      lat: 1,
      lng: 2,
      accuracyM: 4,
      source: 'fused',
      mock: false,
      speedMps: 1.2,
      headingDeg: 90,
    });
    assert.equal(tr.fixes[2]!.fix.steps, 3);
    assert.ok(Number.isNaN(tr.fixes[2]!.fix.lat));
    assert.equal(tr.fixes[3]!.fix.tMs, T0 + 3);
    assert.deepEqual(tr.fixes[3]!.truth, { lat: 1.1, lng: 2.1 });
  });

  it('names the line of the first problem', () => {
    throwsAtLine(`{"t":${T0},"lat":1,"lng":2}\n{"t":${T0},"lat":1,`, 2, /invalid JSON/, 'ndjson');
    throwsAtLine(`{"t":${T0},"lat":1,"lng":2}\n\n[1,2]\n`, 3, /one JSON object per line/, 'ndjson');
    throwsAtLine(`{"lat":1,"lng":2}\n`, 1, /t is missing/, 'ndjson');
    throwsAtLine(`{"t":${T0},"lat":1,"lng":2,"mock":"maybe"}\n`, 1, /mock "maybe"/, 'ndjson');
    throwsAtLine(`{"t":${T0},"lat":1}\n`, 1, /lng undefined is not a number/, 'ndjson');
  });
});

describe('parseTrace: GPX', () => {
  const gpx = (pts: string) =>
    `<?xml version="1.0"?>\n<gpx version="1.1" creator="test">\n<trk><trkseg>\n${pts}</trkseg></trk>\n</gpx>\n`;

  it('reads trkpt with time, hdop or accuracy extension, speed and course', () => {
    const tr = parseTrace(
      gpx(
        `<trkpt lat="48.1" lon="2.1"><ele>30</ele><time>2023-11-14T22:13:20Z</time><hdop>2</hdop></trkpt>\n` +
          `<trkpt lon='2.2' lat='48.2'>\n  <time>2023-11-14T22:13:21Z</time>\n  <speed>1.5</speed><course>45</course>\n` +
          `  <extensions><gl:accuracy>7</gl:accuracy></extensions>\n</trkpt>\n`,
      ),
    );
    assert.equal(tr.format, 'gpx');
    assert.deepEqual(tr.fixes[0]!.fix, { tMs: T0, lat: 48.1, lng: 2.1, accuracyM: 10, source: 'gps' });
    assert.deepEqual(tr.fixes[1]!.fix, {
      tMs: T0 + 1000,
      lat: 48.2,
      lng: 2.2,
      accuracyM: 7,
      source: 'gps',
      speedMps: 1.5,
      headingDeg: 45,
    });
    assert.deepEqual(
      tr.fixes.map((f) => f.line),
      [4, 5],
    );
  });

  it('names the line of the first problem', () => {
    throwsAtLine(
      gpx(
        `<trkpt lat="48.1" lon="2.1"><time>2023-11-14T22:13:20Z</time></trkpt>\n<trkpt lat="48.1"><time>x</time></trkpt>\n`,
      ),
      5,
      /needs lat and lon/,
    );
    throwsAtLine(gpx(`<trkpt lat="48.1" lon="2.1"></trkpt>\n`), 4, /no <time>/);
    throwsAtLine(
      gpx(
        `<trkpt lat="48.1" lon="2.1"><time>2023-11-14T22:13:20Z</time></trkpt>\n<trkpt lat="1" lon="2">\n<time>2023-11-14T22:13:20Z</time>\n`,
      ),
      5,
      /not closed/,
    );
    throwsAtLine(
      gpx(
        `<trkpt lat="1" lon="2"><time>2023-11-14T22:13:20Z</time>\n<trkpt lat="1" lon="2"><time>2023-11-14T22:13:20Z</time></trkpt>\n`,
      ),
      4,
      /not closed/,
    );
    throwsAtLine(gpx(''), 1, /no <trkpt>/);
    throwsAtLine('<kml></kml>', 1, /not a GPX document/, 'gpx');
  });

  it('detects the format from the extension, else the content', () => {
    assert.equal(detectTraceFormat('x', 'a.GPX'), 'gpx');
    assert.equal(detectTraceFormat('x', 'a.jsonl'), 'ndjson');
    assert.equal(detectTraceFormat('  {"t":1}'), 'ndjson');
    assert.equal(detectTraceFormat('<gpx>'), 'gpx');
    assert.equal(detectTraceFormat('t,lat'), 'csv');
  });
});

describe('replay', () => {
  it('one line per input fix in input order, and a summary with RMSE against truth', () => {
    const tr = synthTrack({ seed: 3, legs: [{ durationS: 120, speedMps: 1.4, headingDeg: 10 }] });
    const csv = tr.fixes.map(
      (f, i) => `${f.tMs},${f.lat},${f.lng},${f.accuracyM},${tr.truth[i]!.lat},${tr.truth[i]!.lng}`,
    );
    const lines: { t: number; verdict: string }[] = [];
    const s = replayTrace(parseTrace(csv.join('\n')), undefined, (l) => lines.push(l));
    assert.deepEqual(
      lines.map((l) => l.t),
      tr.fixes.map((f) => f.tMs),
    );
    assert.equal(s.fixes, 121);
    assert.equal(s.verdicts.ok, 121);
    assert.equal(s.truth_fixes, 121);
    assert.ok(s.rmse_filtered_m! < 0.7 * s.rmse_raw_m!);
    assert.ok(s.distance_raw_m > 2 * s.distance_credited_m, 'raw distance includes the jitter');
  });
});

describe('geoplay gps replay (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geoplay-gps-'));
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
  };

  for (const [name, text] of Object.entries({
    'walk.csv': `t,lat,lng,accuracy\n${T0},48.1,2.1,8\n${T0 + 1000},48.10001,2.1,8\n${T0 + 2000},48.10002,2.1,8\n`,
    'walk.ndjson': [0, 1, 2]
      .map((i) => JSON.stringify({ t: T0 + i * 1000, lat: 48.1 + i * 1e-5, lng: 2.1, accuracy_m: 8 }))
      .join('\n'),
    'walk.gpx': `<gpx>${[0, 1, 2].map((i) => `<trkpt lat="${48.1 + i * 1e-5}" lon="2.1"><time>${new Date(T0 + i * 1000).toISOString()}</time></trkpt>`).join('\n')}</gpx>`,
  })) {
    it(`replays ${name}: NDJSON lines then a summary, exit 0`, async () => {
      const f = join(dir, name);
      writeFileSync(f, text);
      const c = capture();
      assert.equal(await main(['replay', f], c.io), 0);
      const lines = c.out
        .join('')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.equal(lines.length, 4);
      assert.deepEqual(Object.keys(lines[0]), ['t', 'lat', 'lng', 'speed_mps', 'verdict', 'cooldown_s']);
      assert.equal(lines[0].t, T0);
      assert.equal(lines[2].verdict, 'ok');
      assert.equal(lines[3].summary, true);
      assert.equal(lines[3].verdicts.ok, 3);
      assert.deepEqual(c.err, []);
    });
  }

  it('a malformed file: exit 2 with the line number', async () => {
    const f = join(dir, 'bad.csv');
    writeFileSync(f, `t,lat,lng,accuracy\n${T0},48.1,2.1,8\n${T0},48.1,east,8\n`);
    const c = capture();
    assert.equal(await main(['replay', f], c.io), 2);
    assert.match(c.err.join(''), /bad\.csv: line 3: lng "east" is not a number/);
    assert.deepEqual(c.out, []);
  });

  it('usage errors and unreadable files exit 2; --summary-only and --config work', async () => {
    const c = capture();
    assert.equal(await main(['replay'], c.io), 2);
    assert.equal(await main(['replay', join(dir, 'missing.csv')], c.io), 2);
    assert.equal(await main(['frobnicate'], c.io), 2);
    assert.equal(await main(['replay', 'x', '--format', 'kml'], c.io), 2);
    const f = join(dir, 'one.csv');
    writeFileSync(f, `${T0},48.1,2.1,150\n`);
    const cfg = join(dir, 'cfg.json');
    writeFileSync(cfg, JSON.stringify({ maxAccuracyM: 200 }));
    const d = capture();
    assert.equal(await main(['replay', f, '--summary-only', '--config', cfg], d.io), 0);
    const lines = d.out.join('').trim().split('\n');
    assert.equal(lines.length, 1);
    assert.equal(JSON.parse(lines[0]!).verdicts.ok, 1);
    writeFileSync(cfg, JSON.stringify({ windowMs: -1 }));
    const e = capture();
    assert.equal(await main(['replay', f, '--config', cfg], e.io), 2);
    assert.match(e.err.join(''), /windowMs must be a number >= 0/);
  });
});
