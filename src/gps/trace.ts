import type { Fix, FixSource } from './types.js';

/** Recorded-trace formats `geoplay gps replay` reads. */
export type TraceFormat = 'gpx' | 'csv' | 'ndjson';

export interface TraceFix {
  fix: Fix;
  /** 1-based line of the file the fix came from. */
  line: number;
  /** Ground truth, when the file has it (CSV `true_lat,true_lng` columns; NDJSON `true_lat`/`true_lng`). */
  truth?: { lat: number; lng: number };
}

export interface Trace {
  format: TraceFormat;
  fixes: TraceFix[];
}

/** Accuracy assumed when a format or a line has none (GPX without hdop, NDJSON without accuracy_m). */
export const DEFAULT_TRACE_ACCURACY_M = 10;
/** GPX hdop is turned into an accuracy with this user-equivalent range error, metres. */
export const GPX_UERE_M = 5;

/** A malformed trace: `line` is 1-based, and the message starts with it. */
export class TraceParseError extends Error {
  override readonly name = 'TraceParseError';
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`line ${line}: ${detail}`);
  }
}

const SOURCES = new Set<FixSource>(['gps', 'network', 'fused', 'imu']);

/** The format from a file name's extension, else from the first non-blank character. */
export function detectTraceFormat(text: string, fileName = ''): TraceFormat {
  const ext = fileName.toLowerCase().match(/\.(gpx|csv|ndjson|jsonl|json)$/)?.[1];
  if (ext === 'gpx' || ext === 'csv' || ext === 'ndjson') return ext;
  if (ext === 'jsonl' || ext === 'json') return 'ndjson';
  const c = text.trimStart()[0];
  return c === '<' ? 'gpx' : c === '{' ? 'ndjson' : 'csv';
}

/**
 * Parse a recorded trace into fixes, in file order. Pure; throws `TraceParseError` with the line
 * number of the first problem.
 *
 * - CSV: `t,lat,lng,accuracy` with an optional header naming the columns (then also `source`,
 *   `mock`, `speed_mps`, `heading_deg`, `steps`, `true_lat`, `true_lng`, in any order); without a
 *   header, optional 5th and 6th columns are the true lat and lng. `#` starts a comment line.
 * - NDJSON: one object per line: `t`, `lat`, `lng`, optional `accuracy_m`, `source`, `mock`,
 *   `speed_mps`, `heading_deg`, `steps`, `true_lat`, `true_lng`.
 * - GPX: every `<trkpt lat lon>` with its `<time>`; accuracy from `<accuracy>` (any namespace)
 *   or `<hdop>` × 5 m; `<speed>` and `<course>` when present.
 *
 * Times are ms since the epoch, or ISO 8601 strings.
 */
export function parseTrace(text: string, format: TraceFormat = detectTraceFormat(text)): Trace {
  switch (format) {
    case 'csv':
      return { format, fixes: parseCsv(text) };
    case 'ndjson':
      return { format, fixes: parseNdjson(text) };
    case 'gpx':
      return { format, fixes: parseGpx(text) };
    default:
      throw new TraceParseError(1, `unknown format ${JSON.stringify(format)} (gpx, csv or ndjson)`);
  }
}

function parseTime(v: unknown, line: number): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '') {
    const s = v.trim();
    const n = Number(s);
    if (Number.isFinite(n)) return n;
    const d = Date.parse(s);
    if (Number.isFinite(d)) return d;
  }
  throw new TraceParseError(
    line,
    `time ${JSON.stringify(v)} is neither ms since the epoch nor an ISO 8601 date`,
  );
}

function num(v: unknown, name: string, line: number, min = -Infinity, max = Infinity): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  if (!Number.isFinite(n)) throw new TraceParseError(line, `${name} ${JSON.stringify(v)} is not a number`);
  if (n < min || n > max) throw new TraceParseError(line, `${name} ${n} is out of range [${min}, ${max}]`);
  return n;
}

function optNum(v: unknown, name: string, line: number, min = -Infinity, max = Infinity): number | undefined {
  return v === undefined || v === null || v === '' ? undefined : num(v, name, line, min, max);
}

function bool(v: unknown, name: string, line: number): boolean | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (v === true || v === 'true' || v === '1' || v === 1) return true;
  if (v === false || v === 'false' || v === '0' || v === 0) return false;
  throw new TraceParseError(line, `${name} ${JSON.stringify(v)} is not true/false`);
}

function source(v: unknown, line: number): FixSource {
  if (v === undefined || v === null || v === '') return 'gps';
  if (typeof v === 'string' && SOURCES.has(v as FixSource)) return v as FixSource;
  throw new TraceParseError(line, `source ${JSON.stringify(v)} is not one of gps, network, fused, imu`);
}

/** Build a TraceFix from loosely typed fields (shared by CSV and NDJSON). */
function fromFields(f: Record<string, unknown>, line: number): TraceFix {
  const src = source(f.source, line);
  const imu = src === 'imu';
  const fix: Fix = {
    tMs: parseTime(f.t, line),
    lat: imu && (f.lat === undefined || f.lat === '') ? Number.NaN : num(f.lat, 'lat', line, -90, 90),
    lng: imu && (f.lng === undefined || f.lng === '') ? Number.NaN : num(f.lng, 'lng', line, -180, 180),
    accuracyM: optNum(f.accuracy, 'accuracy', line, 0) ?? DEFAULT_TRACE_ACCURACY_M,
    source: src,
  };
  const mock = bool(f.mock, 'mock', line);
  if (mock !== undefined) fix.mock = mock;
  const speed = optNum(f.speed, 'speed_mps', line, 0);
  if (speed !== undefined) fix.speedMps = speed;
  const heading = optNum(f.heading, 'heading_deg', line);
  if (heading !== undefined) fix.headingDeg = heading;
  const steps = optNum(f.steps, 'steps', line, 0);
  if (steps !== undefined) fix.steps = steps;
  const out: TraceFix = { fix, line };
  const tl = optNum(f.trueLat, 'true_lat', line, -90, 90);
  const tg = optNum(f.trueLng, 'true_lng', line, -180, 180);
  if ((tl === undefined) !== (tg === undefined))
    throw new TraceParseError(line, 'true_lat and true_lng go together');
  if (tl !== undefined && tg !== undefined) out.truth = { lat: tl, lng: tg };
  return out;
}

const CSV_COLUMNS: Record<string, string> = {
  t: 't',
  t_ms: 't',
  time: 't',
  timestamp: 't',
  lat: 'lat',
  latitude: 'lat',
  lng: 'lng',
  lon: 'lng',
  long: 'lng',
  longitude: 'lng',
  accuracy: 'accuracy',
  accuracy_m: 'accuracy',
  acc: 'accuracy',
  source: 'source',
  mock: 'mock',
  speed: 'speed',
  speed_mps: 'speed',
  heading: 'heading',
  heading_deg: 'heading',
  bearing: 'heading',
  steps: 'steps',
  true_lat: 'trueLat',
  truth_lat: 'trueLat',
  true_lng: 'trueLng',
  true_lon: 'trueLng',
  truth_lng: 'trueLng',
  truth_lon: 'trueLng',
};
const POSITIONAL = ['t', 'lat', 'lng', 'accuracy', 'trueLat', 'trueLng'];

function parseCsv(text: string): TraceFix[] {
  const lines = text.split(/\r?\n/);
  const out: TraceFix[] = [];
  let columns: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '' || raw.startsWith('#')) continue;
    const line = i + 1;
    const cells = raw.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    if (columns === null) {
      columns = POSITIONAL;
      if (
        cells.some((c) => /^[a-z_]+$/i.test(c) && c.toLowerCase() in CSV_COLUMNS) &&
        !/^-?[\d.]/.test(cells[0]!)
      ) {
        columns = cells.map((c) => {
          const k = CSV_COLUMNS[c.toLowerCase()];
          if (!k) throw new TraceParseError(line, `unknown column ${JSON.stringify(c)}`);
          return k;
        });
        for (const need of ['t', 'lat', 'lng', 'accuracy']) {
          if (!columns.includes(need)) throw new TraceParseError(line, `the header has no ${need} column`);
        }
        continue;
      }
    }
    const min = columns === POSITIONAL ? 4 : columns.length;
    const max = columns === POSITIONAL ? 6 : columns.length;
    if (cells.length < min || cells.length > max || (columns === POSITIONAL && cells.length === 5)) {
      throw new TraceParseError(
        line,
        `expected ${columns === POSITIONAL ? 't,lat,lng,accuracy[,true_lat,true_lng]' : `${columns.length} columns`}, got ${cells.length} fields`,
      );
    }
    const rec: Record<string, unknown> = {};
    for (let k = 0; k < cells.length; k++) rec[columns[k]!] = cells[k];
    if (rec.accuracy === undefined || rec.accuracy === '') {
      throw new TraceParseError(line, 'accuracy is missing');
    }
    out.push(fromFields(rec, line));
  }
  return out;
}

function parseNdjson(text: string): TraceFix[] {
  const lines = text.split(/\r?\n/);
  const out: TraceFix[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    const line = i + 1;
    let o: unknown;
    try {
      o = JSON.parse(raw);
    } catch (e) {
      throw new TraceParseError(line, `invalid JSON (${(e as Error).message})`);
    }
    if (typeof o !== 'object' || o === null || Array.isArray(o)) {
      throw new TraceParseError(line, 'expected one JSON object per line');
    }
    const r = o as Record<string, unknown>;
    if (r.t === undefined) throw new TraceParseError(line, 't is missing');
    out.push(
      fromFields(
        {
          t: r.t,
          lat: r.lat,
          lng: r.lng ?? r.lon,
          accuracy: r.accuracy_m ?? r.accuracy,
          source: r.source,
          mock: r.mock,
          speed: r.speed_mps,
          heading: r.heading_deg,
          steps: r.steps,
          trueLat: r.true_lat,
          trueLng: r.true_lng ?? r.true_lon,
        },
        line,
      ),
    );
  }
  return out;
}

function parseGpx(text: string): TraceFix[] {
  if (!/<gpx[\s>]/.test(text)) throw new TraceParseError(1, 'not a GPX document (no <gpx> element)');
  const out: TraceFix[] = [];
  const re = /<trkpt\b([^>]*?)(?:\/>|>([\s\S]*?)<\/trkpt\s*>)/g;
  let line = 1;
  let scanned = 0;
  const lineAt = (index: number) => {
    for (let k = text.indexOf('\n', scanned); k !== -1 && k < index; k = text.indexOf('\n', k + 1)) line++;
    scanned = index;
    return line;
  };
  const opens = text.match(/<trkpt\b/g)?.length ?? 0;
  let lastEnd = 0;
  let m: RegExpExecArray | null = re.exec(text);
  for (; m !== null; m = re.exec(text)) {
    const ln = lineAt(m.index);
    const attrs = m[1] ?? '';
    const body = m[2] ?? '';
    if (body.includes('<trkpt')) throw new TraceParseError(ln, '<trkpt> is not closed');
    lastEnd = re.lastIndex;
    const attr = (n: string) => attrs.match(new RegExp(`\\b${n}\\s*=\\s*["']([^"']*)["']`))?.[1];
    const el = (n: string) =>
      body.match(new RegExp(`<(?:[\\w-]+:)?${n}>\\s*([^<]*?)\\s*</(?:[\\w-]+:)?${n}>`))?.[1];
    if (attr('lat') === undefined || attr('lon') === undefined) {
      throw new TraceParseError(ln, '<trkpt> needs lat and lon attributes');
    }
    const time = el('time');
    if (time === undefined) throw new TraceParseError(ln, '<trkpt> has no <time>');
    const accuracy = el('accuracy');
    const hdop = el('hdop');
    const fix: Fix = {
      tMs: parseTime(time, ln),
      lat: num(attr('lat'), 'lat', ln, -90, 90),
      lng: num(attr('lon'), 'lon', ln, -180, 180),
      accuracyM:
        accuracy !== undefined
          ? num(accuracy, 'accuracy', ln, 0)
          : hdop !== undefined
            ? num(hdop, 'hdop', ln, 0) * GPX_UERE_M
            : DEFAULT_TRACE_ACCURACY_M,
      source: 'gps',
    };
    const speed = el('speed');
    if (speed !== undefined) fix.speedMps = num(speed, 'speed', ln, 0);
    const course = el('course');
    if (course !== undefined) fix.headingDeg = num(course, 'course', ln);
    out.push({ fix, line: ln });
  }
  if (out.length !== opens) {
    const k = text.indexOf('<trkpt', lastEnd);
    throw new TraceParseError(text.slice(0, k).split('\n').length, '<trkpt> is not closed');
  }
  if (out.length === 0) throw new TraceParseError(1, 'no <trkpt> elements');
  return out;
}
