import Flatbush from 'flatbush';
import { metresPerDegreeLat, metresPerDegreeLng } from '../geo/distance.js';

/** GeoJSON geometry accepted for polygon fences ([lng, lat] positions, holes allowed). */
export type FenceGeometry =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

interface FenceCommon {
  /** Unique within an index; carried on every event. */
  id: string;
  /** Inside this long (ms) fires one `dwell` per visit. Default: `GeofenceOptions.dwellMs`. */
  dwellMs?: number;
  /** Anything the game wants back with the events. */
  data?: unknown;
}
export interface CircleFence extends FenceCommon {
  circle: { lat: number; lng: number; radiusM: number };
}
export interface PolygonFence extends FenceCommon {
  geometry: FenceGeometry;
}
export type FenceDef = CircleFence | PolygonFence;

export interface GeofenceOptions {
  /** Default dwell time, ms (Infinity: no dwell events). Default 60 000. */
  dwellMs: number;
  /** Exit margin at zero accuracy, speed and flapping, metres. Default 5. */
  baseMarginM: number;
  /** Metres of margin per metre of reported accuracy. Default 1.5. */
  accuracyFactor: number;
  /** Metres of margin per m/s of speed (about one fix interval of travel). Default 1 s. */
  speedFactorS: number;
  /** Metres of margin per recent exit of the same fence. Default 15. */
  flapMarginM: number;
  /** Time constant with which recent exits are forgotten, ms. Default 600 000 (10 min). */
  flapWindowMs: number;
  /** Upper bound of the margin, metres. Default 150. */
  maxMarginM: number;
  /** Enter only this far inside the boundary, metres. Default 0 (at the boundary). */
  enterMarginM: number;
  /** Consecutive checks beyond the margin an exit needs (one wild fix is not an exit). Default 2. */
  exitChecks: number;
  /**
   * Half-size of the box of nearby fences a tracker fetches from the index and reuses until the
   * player leaves it, metres. Larger: fewer index queries, longer lists. Default 50.
   */
  queryRadiusM: number;
}

export const DEFAULT_GEOFENCE_OPTIONS: Readonly<GeofenceOptions> = Object.freeze({
  dwellMs: 60_000,
  baseMarginM: 5,
  accuracyFactor: 1.5,
  speedFactorS: 1,
  flapMarginM: 15,
  flapWindowMs: 600_000,
  maxMarginM: 150,
  enterMarginM: 0,
  queryRadiusM: 50,
  exitChecks: 2,
});

export interface GeofenceEvent {
  type: 'enter' | 'exit' | 'dwell';
  fenceId: string;
  /** Position of the fence in the index (for `index.fence(i)`). */
  fence: number;
  tMs: number;
}

const CIRCLE = 0;
const POLYGON = 1;

/**
 * An immutable set of fences: a flatbush index over their bounding boxes plus the geometry in
 * flat typed arrays (each polygon in metres on a plane around its own first vertex). Build it once
 * (rebuild to change it: 100,000 fences take well under a second) and share it between players.
 * Fences crossing the antimeridian are not supported.
 */
export class GeofenceIndex {
  readonly size: number;
  private readonly defs: FenceDef[];
  private readonly tree: Flatbush | null;
  private readonly kind: Uint8Array;
  /** Per fence: origin lat, lng, kx, ky, radius (circles). */
  private readonly geo: Float64Array;
  /** Per fence: first ring, ring count (polygons). */
  private readonly rings: Uint32Array;
  /** Per ring: first vertex, vertex count. */
  private readonly ringVerts: Uint32Array;
  /** Vertex x, y pairs in metres. */
  private readonly verts: Float64Array;
  private readonly byId = new Map<string, number>();
  /** Per fence: bounding box minLng, minLat, maxLng, maxLat. */
  private readonly bbox: Float64Array;

  constructor(fences: readonly FenceDef[]) {
    this.defs = [...fences];
    const n = fences.length;
    this.size = n;
    this.kind = new Uint8Array(n);
    this.geo = new Float64Array(n * 5);
    this.rings = new Uint32Array(n * 2);
    let ringCount = 0;
    let vertCount = 0;
    for (const f of fences) {
      if ('geometry' in f) {
        for (const poly of polygonsOf(f)) {
          ringCount += poly.length;
          for (const ring of poly) vertCount += ring.length;
        }
      }
    }
    this.ringVerts = new Uint32Array(ringCount * 2);
    this.verts = new Float64Array(vertCount * 2);
    this.tree = n > 0 ? new Flatbush(n) : null;
    this.bbox = new Float64Array(n * 4);
    const add = (i: number, minX: number, minY: number, maxX: number, maxY: number) => {
      this.bbox.set([minX, minY, maxX, maxY], i * 4);
      this.tree!.add(minX, minY, maxX, maxY);
    };
    let r = 0;
    let v = 0;
    for (let i = 0; i < n; i++) {
      const f = fences[i]!;
      if (typeof f.id !== 'string' || this.byId.has(f.id)) {
        throw new TypeError(`geofence ${i}: id must be a unique string (got ${JSON.stringify(f.id)})`);
      }
      this.byId.set(f.id, i);
      const g = i * 5;
      if ('circle' in f) {
        const { lat, lng, radiusM } = f.circle;
        if (!(lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180 && radiusM > 0)) {
          throw new RangeError(`geofence ${f.id}: circle needs lat, lng in range and radiusM > 0`);
        }
        const kx = metresPerDegreeLng(lat);
        const ky = metresPerDegreeLat(lat);
        this.kind[i] = CIRCLE;
        this.geo.set([lat, lng, kx, ky, radiusM], g);
        add(i, lng - radiusM / kx, lat - radiusM / ky, lng + radiusM / kx, lat + radiusM / ky);
        continue;
      }
      const polys = polygonsOf(f);
      const first = polys[0]?.[0]?.[0];
      if (!first) throw new RangeError(`geofence ${f.id}: geometry has no coordinates`);
      const oLng = first[0]!;
      const oLat = first[1]!;
      const kx = metresPerDegreeLng(oLat);
      const ky = metresPerDegreeLat(oLat);
      this.kind[i] = POLYGON;
      this.geo.set([oLat, oLng, kx, ky, 0], g);
      this.rings[i * 2] = r;
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (const poly of polys) {
        for (const ring of poly) {
          if (ring.length < 3) throw new RangeError(`geofence ${f.id}: a ring needs at least 3 positions`);
          this.ringVerts[r * 2] = v;
          this.ringVerts[r * 2 + 1] = ring.length;
          r++;
          for (const p of ring) {
            const lng = p[0]!;
            const lat = p[1]!;
            if (!(lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180)) {
              throw new RangeError(`geofence ${f.id}: position [${p}] is not [lng, lat] in range`);
            }
            this.verts[v * 2] = (lng - oLng) * kx;
            this.verts[v * 2 + 1] = (lat - oLat) * ky;
            v++;
            if (lng < minX) minX = lng;
            if (lng > maxX) maxX = lng;
            if (lat < minY) minY = lat;
            if (lat > maxY) maxY = lat;
          }
        }
      }
      this.rings[i * 2 + 1] = r - this.rings[i * 2]!;
      add(i, minX, minY, maxX, maxY);
    }
    this.tree?.finish();
  }

  /** The definition of fence `i`. */
  fence(i: number): FenceDef {
    return this.defs[i]!;
  }

  /** Index of the fence with this id, or -1. */
  indexOf(id: string): number {
    return this.byId.get(id) ?? -1;
  }

  /** Fences whose bounding box contains the point (the candidates for an enter). */
  candidates(lat: number, lng: number): number[] {
    return this.tree ? this.tree.search(lng, lat, lng, lat) : [];
  }

  /** Fences whose bounding box meets the box (degrees). */
  search(minLng: number, minLat: number, maxLng: number, maxLat: number): number[] {
    return this.tree ? this.tree.search(minLng, minLat, maxLng, maxLat) : [];
  }

  /** Whether fence `i`'s bounding box contains the point. */
  boxContains(i: number, lat: number, lng: number): boolean {
    const b = this.bbox;
    const k = i * 4;
    return lng >= b[k]! && lat >= b[k + 1]! && lng <= b[k + 2]! && lat <= b[k + 3]!;
  }

  /** Whether the point is inside fence `i` (cheaper than the signed distance). */
  contains(i: number, lat: number, lng: number): boolean {
    const g = i * 5;
    const geo = this.geo;
    let dLng = lng - geo[g + 1]!;
    if (dLng > 180) dLng -= 360;
    else if (dLng < -180) dLng += 360;
    const px = dLng * geo[g + 2]!;
    const py = (lat - geo[g]!) * geo[g + 3]!;
    if (this.kind[i] === CIRCLE) {
      const r = geo[g + 4]!;
      return px * px + py * py <= r * r;
    }
    let inside = false;
    const vs = this.verts;
    const r0 = this.rings[i * 2]!;
    const r1 = r0 + this.rings[i * 2 + 1]!;
    for (let r = r0; r < r1; r++) {
      const v0 = this.ringVerts[r * 2]!;
      const n = this.ringVerts[r * 2 + 1]!;
      let ax = vs[(v0 + n - 1) * 2]!;
      let ay = vs[(v0 + n - 1) * 2 + 1]!;
      for (let k = v0; k < v0 + n; k++) {
        const bx = vs[k * 2]!;
        const by = vs[k * 2 + 1]!;
        if (by > py !== ay > py && px < ((ax - bx) * (py - by)) / (ay - by) + bx) inside = !inside;
        ax = bx;
        ay = by;
      }
    }
    return inside;
  }

  /** Signed distance in metres from the point to fence `i`'s boundary: negative inside. */
  signedDistanceM(i: number, lat: number, lng: number): number {
    const g = i * 5;
    const geo = this.geo;
    let dLng = lng - geo[g + 1]!;
    if (dLng > 180) dLng -= 360;
    else if (dLng < -180) dLng += 360;
    const px = dLng * geo[g + 2]!;
    const py = (lat - geo[g]!) * geo[g + 3]!;
    if (this.kind[i] === CIRCLE) return Math.sqrt(px * px + py * py) - geo[g + 4]!;
    let inside = false;
    let best = Infinity;
    const vs = this.verts;
    const r0 = this.rings[i * 2]!;
    const r1 = r0 + this.rings[i * 2 + 1]!;
    for (let r = r0; r < r1; r++) {
      const v0 = this.ringVerts[r * 2]!;
      const n = this.ringVerts[r * 2 + 1]!;
      let ax = vs[(v0 + n - 1) * 2]!;
      let ay = vs[(v0 + n - 1) * 2 + 1]!;
      for (let k = v0; k < v0 + n; k++) {
        const bx = vs[k * 2]!;
        const by = vs[k * 2 + 1]!;
        if (by > py !== ay > py && px < ((ax - bx) * (py - by)) / (ay - by) + bx) inside = !inside;
        const ex = ax - bx;
        const ey = ay - by;
        const len2 = ex * ex + ey * ey;
        let u = len2 > 0 ? ((px - bx) * ex + (py - by) * ey) / len2 : 0;
        u = u < 0 ? 0 : Math.min(u, 1);
        const dx = px - (bx + u * ex);
        const dy = py - (by + u * ey);
        const d2 = dx * dx + dy * dy;
        if (d2 < best) best = d2;
        ax = bx;
        ay = by;
      }
    }
    const d = Math.sqrt(best);
    return inside ? -d : d;
  }
}

interface FenceState {
  fence: number;
  enteredT: number;
  dwellDone: boolean;
  /** Consecutive checks beyond the exit margin. */
  beyond: number;
  /** Recent exits, decayed with flapWindowMs, as of flapT. */
  flaps: number;
  flapT: number;
}

const NO_EVENTS: readonly GeofenceEvent[] = Object.freeze([]);

/** Appends to the list, making it on the first event (most checks have none). */
function withEvent(events: GeofenceEvent[] | null, e: GeofenceEvent): GeofenceEvent[] {
  if (events === null) return [e];
  events.push(e);
  return events;
}

/**
 * One player's relation to the fences of an index: which they are in, and the events a new
 * position causes. Enter at the boundary; exit only beyond a margin that grows with the reported
 * accuracy, the speed and recent exits of the same fence, so a player standing at an edge does not
 * flicker. Feed it fused positions (`GpsUpdate`): raw fixes work, with more margin.
 */
export class GeofenceTracker {
  readonly options: GeofenceOptions;
  /** Fences the player is in (a handful: a plain array beats a Map here). */
  private readonly in: FenceState[] = [];
  /** Fences the player left recently, kept for their flap count. */
  private readonly left = new Map<number, FenceState>();
  /** Fences whose boxes meet the cached query box around the player; reused while inside it. */
  private near: number[] = [];
  private nearMinLat = 1;
  private nearMaxLat = -1;
  private nearMinLng = 1;
  private nearMaxLng = -1;

  constructor(
    readonly index: GeofenceIndex,
    options: Partial<GeofenceOptions> = {},
  ) {
    this.options = { ...DEFAULT_GEOFENCE_OPTIONS, ...options };
  }

  /** Ids of the fences the player is inside. */
  inside(): string[] {
    return this.in.map((s) => this.index.fence(s.fence).id);
  }

  /** The exit margin at this accuracy, speed and number of recent exits, metres. */
  marginM(accuracyM: number, speedMps: number, flaps: number): number {
    const o = this.options;
    const m =
      o.baseMarginM + o.accuracyFactor * accuracyM + o.speedFactorS * speedMps + o.flapMarginM * flaps;
    return Math.min(m, o.maxMarginM);
  }

  /**
   * Judge a new position. Returns the events it caused, in order (exits and dwells, then enters),
   * or a shared empty array. Times should not go backwards.
   */
  check(
    lat: number,
    lng: number,
    accuracyM: number,
    speedMps: number,
    tMs: number,
  ): readonly GeofenceEvent[] {
    const o = this.options;
    const idx = this.index;
    let events: GeofenceEvent[] | null = null;
    const acc = Math.max(accuracyM, 0);
    const speed = Math.max(speedMps, 0);
    const ins = this.in;
    for (let k = 0; k < ins.length; k++) {
      const s = ins[k]!;
      const i = s.fence;
      const out =
        !idx.contains(i, lat, lng) &&
        idx.signedDistanceM(i, lat, lng) > this.marginM(acc, speed, this.flapsAt(s, tMs));
      s.beyond = out ? s.beyond + 1 : 0;
      if (s.beyond >= o.exitChecks) {
        s.flaps = this.flapsAt(s, tMs) + 1;
        s.flapT = tMs;
        ins[k] = ins[ins.length - 1]!;
        ins.pop();
        k--;
        this.left.set(i, s);
        events = withEvent(events, { type: 'exit', fenceId: idx.fence(i).id, fence: i, tMs });
      } else if (!s.dwellDone && tMs - s.enteredT >= (idx.fence(i).dwellMs ?? o.dwellMs)) {
        s.dwellDone = true;
        events = withEvent(events, { type: 'dwell', fenceId: idx.fence(i).id, fence: i, tMs });
      }
    }
    if (!(
      lat >= this.nearMinLat &&
      lat <= this.nearMaxLat &&
      lng >= this.nearMinLng &&
      lng <= this.nearMaxLng
    )) {
      const dLat = o.queryRadiusM / 111_000;
      const dLng = dLat / Math.max(0.01, Math.cos((lat * Math.PI) / 180));
      this.nearMinLat = lat - dLat;
      this.nearMaxLat = lat + dLat;
      this.nearMinLng = lng - dLng;
      this.nearMaxLng = lng + dLng;
      this.near = idx.search(this.nearMinLng, this.nearMinLat, this.nearMaxLng, this.nearMaxLat);
    }
    const near = this.near;
    for (let k = 0; k < near.length; k++) {
      const i = near[k]!;
      if (!idx.boxContains(i, lat, lng) || this.isIn(i) || !idx.contains(i, lat, lng)) continue;
      if (o.enterMarginM > 0 && idx.signedDistanceM(i, lat, lng) > -o.enterMarginM) continue;
      let s = this.left.get(i);
      if (s) this.left.delete(i);
      else s = { fence: i, enteredT: 0, dwellDone: false, beyond: 0, flaps: 0, flapT: tMs };
      s.enteredT = tMs;
      s.beyond = 0;
      s.dwellDone = false;
      ins.push(s);
      events = withEvent(events, { type: 'enter', fenceId: idx.fence(i).id, fence: i, tMs });
    }
    if (this.left.size > 32) {
      for (const [i, s] of this.left) if (this.flapsAt(s, tMs) < 0.05) this.left.delete(i);
    }
    return events ?? NO_EVENTS;
  }

  private isIn(fence: number): boolean {
    for (let k = 0; k < this.in.length; k++) if (this.in[k]!.fence === fence) return true;
    return false;
  }

  private flapsAt(s: FenceState, tMs: number): number {
    return s.flaps === 0 ? 0 : s.flaps * Math.exp(-(tMs - s.flapT) / this.options.flapWindowMs);
  }
}

function polygonsOf(f: PolygonFence): number[][][][] {
  const g = f.geometry;
  if (g?.type === 'Polygon' && Array.isArray(g.coordinates)) return [g.coordinates];
  if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates)) return g.coordinates;
  throw new TypeError(`geofence ${f.id}: geometry must be a GeoJSON Polygon or MultiPolygon`);
}

/**
 * Fences from a GeoJSON FeatureCollection (or one Feature, or an array of Features): Polygon and
 * MultiPolygon features, and Point features with a `radius_m` property (circles). The id is the
 * feature's `id` or `properties.id`; `properties.dwell_s` sets the dwell time; `properties` travel
 * as `data`. Throws naming the feature index when one cannot be used.
 */
export function fencesFromGeoJSON(json: unknown): FenceDef[] {
  const j = json as { type?: string; features?: unknown[] };
  const features: unknown[] = Array.isArray(json)
    ? json
    : j?.type === 'FeatureCollection' && Array.isArray(j.features)
      ? j.features
      : j?.type === 'Feature'
        ? [json]
        : [];
  if (features.length === 0 && !(j?.type === 'FeatureCollection')) {
    throw new TypeError('geofences: expected a GeoJSON FeatureCollection, Feature or array of Features');
  }
  return features.map((raw, k) => {
    const f = raw as {
      id?: unknown;
      geometry?: { type?: string; coordinates?: unknown };
      properties?: Record<string, unknown>;
    };
    const props = f?.properties ?? {};
    const id = f?.id ?? props.id;
    if (typeof id !== 'string' && typeof id !== 'number')
      throw new TypeError(`geofences: feature ${k} has no id`);
    const dwell = typeof props.dwell_s === 'number' ? { dwellMs: props.dwell_s * 1000 } : {};
    const g = f.geometry;
    if (g?.type === 'Point') {
      const c = g.coordinates as number[];
      const radiusM = props.radius_m;
      if (!Array.isArray(c) || typeof radiusM !== 'number') {
        throw new TypeError(`geofences: feature ${k} (Point) needs coordinates and a numeric radius_m`);
      }
      return { id: String(id), circle: { lat: c[1]!, lng: c[0]!, radiusM }, data: props, ...dwell };
    }
    if (g?.type === 'Polygon' || g?.type === 'MultiPolygon') {
      return { id: String(id), geometry: g as FenceGeometry, data: props, ...dwell };
    }
    throw new TypeError(`geofences: feature ${k} must be a Polygon, MultiPolygon or Point with radius_m`);
  });
}
