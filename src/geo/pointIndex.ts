import Flatbush from 'flatbush';
import { fastDistanceM, metresPerDegreeLat, metresPerDegreeLng } from './distance.js';
import { GeoError } from './errors.js';
import { assertLatLng, assertRadiusM, isValidLatLng } from './validate.js';

/**
 * Reusable output of `PointIndex.within`: parallel arrays grown on demand, so a caller that keeps one
 * instance per shard or per request makes range queries without allocating result objects.
 */
export class WithinResult {
  count = 0;
  indices: Uint32Array;
  distancesM: Float64Array;

  constructor(capacity = 64) {
    this.indices = new Uint32Array(Math.max(1, capacity));
    this.distancesM = new Float64Array(Math.max(1, capacity));
  }

  clear(): void {
    this.count = 0;
  }

  push(index: number, distanceM: number): void {
    if (this.count === this.indices.length) this.grow();
    this.indices[this.count] = index;
    this.distancesM[this.count] = distanceM;
    this.count++;
  }

  /** Orders the hits nearest first; ties by index so the order is deterministic. */
  sortByDistance(): void {
    const n = this.count;
    const idx = this.indices;
    const dist = this.distancesM;
    if (n <= 48) {
      // Insertion sort on the parallel arrays: typical hit lists are short and this allocates nothing.
      for (let a = 1; a < n; a++) {
        const i = idx[a]!;
        const d = dist[a]!;
        let b = a - 1;
        while (b >= 0 && (dist[b]! > d || (dist[b] === d && idx[b]! > i))) {
          idx[b + 1] = idx[b]!;
          dist[b + 1] = dist[b]!;
          b--;
        }
        idx[b + 1] = i;
        dist[b + 1] = d;
      }
      return;
    }
    const order = Array.from({ length: n }, (_, k) => k);
    order.sort((x, y) => dist[x]! - dist[y]! || idx[x]! - idx[y]!);
    const i2 = order.map((k) => idx[k]!);
    const d2 = order.map((k) => dist[k]!);
    idx.set(i2);
    dist.set(d2);
  }

  private grow(): void {
    const indices = new Uint32Array(this.indices.length * 2);
    indices.set(this.indices);
    const distancesM = new Float64Array(this.distancesM.length * 2);
    distancesM.set(this.distancesM);
    this.indices = indices;
    this.distancesM = distancesM;
  }
}

// ky is smallest at the equator, so a latitude half-width from it bounds every latitude's.
const MIN_KY = metresPerDegreeLat(0);

/**
 * A static index of points (flatbush, packed Hilbert R-tree over lng/lat) answering "all points within
 * r metres" with `fastDistanceM` (cheap-ruler, WGS84) as the metric. Build once, query many times; for
 * moving entities use the world's cell index instead. Handles the antimeridian and the poles.
 */
export class PointIndex {
  readonly size: number;
  private readonly tree: Flatbush | null;
  private readonly lats: Float64Array;
  private readonly lngs: Float64Array;
  // Query state read by the one filter closure, so a query creates no closure of its own.
  private qLat = 0;
  private qLng = 0;
  private qRadius = 0;
  private qOut: WithinResult | null = null;
  private readonly filter: (index: number, x0: number, y0: number) => boolean;

  constructor(lats: ArrayLike<number>, lngs: ArrayLike<number>, nodeSize = 16) {
    if (lats.length !== lngs.length) {
      throw new GeoError('INVALID_COORDINATES', `${lats.length} latitudes but ${lngs.length} longitudes`);
    }
    this.size = lats.length;
    this.lats = Float64Array.from(lats);
    this.lngs = Float64Array.from(lngs);
    if (this.size === 0) {
      this.tree = null;
    } else {
      const tree = new Flatbush(this.size, nodeSize);
      for (let i = 0; i < this.size; i++) {
        const lat = this.lats[i]!;
        const lng = this.lngs[i]!;
        if (!isValidLatLng(lat, lng)) {
          throw new GeoError('INVALID_COORDINATES', `point ${i}: invalid coordinates (${lat}, ${lng})`);
        }
        tree.add(lng, lat, lng, lat);
      }
      tree.finish();
      this.tree = tree;
    }
    this.filter = (index, x0, y0) => {
      const d = fastDistanceM(this.qLat, this.qLng, y0, x0);
      if (d <= this.qRadius) this.qOut!.push(index, d);
      return false;
    };
  }

  lat(index: number): number {
    return this.lats[index]!;
  }

  lng(index: number): number {
    return this.lngs[index]!;
  }

  /**
   * Fills `out` (cleared first) with every point within `radiusM` of (lat, lng), unordered; returns
   * the count. Call `out.sortByDistance()` for nearest first.
   */
  within(lat: number, lng: number, radiusM: number, out: WithinResult): number {
    assertLatLng(lat, lng);
    assertRadiusM(radiusM);
    out.clear();
    const tree = this.tree;
    if (tree === null) return 0;
    this.qLat = lat;
    this.qLng = lng;
    this.qRadius = radiusM;
    this.qOut = out;
    try {
      // Slightly widened boxes: the exact test is the filter, the box must only never be too small.
      const dLat = (radiusM / MIN_KY) * 1.000001 + 1e-12;
      const minLat = Math.max(-90, lat - dLat);
      const maxLat = Math.min(90, lat + dLat);
      const poleward = Math.min(90, Math.abs(lat) + dLat);
      const kx = metresPerDegreeLng((Math.abs(lat) + poleward) / 2);
      const dLng = kx > 0 ? (radiusM / kx) * 1.000001 + 1e-12 : Number.POSITIVE_INFINITY;
      if (poleward >= 90 || dLng >= 180) {
        tree.search(-180, minLat, 180, maxLat, this.filter);
      } else {
        const lo = lng - dLng;
        const hi = lng + dLng;
        tree.search(Math.max(-180, lo), minLat, Math.min(180, hi), maxLat, this.filter);
        if (lo < -180) tree.search(lo + 360, minLat, 180, maxLat, this.filter);
        if (hi > 180) tree.search(-180, minLat, hi - 360, maxLat, this.filter);
      }
    } finally {
      this.qOut = null;
    }
    return out.count;
  }
}
