import { type CellId, cellIdAt, cellLevel } from '../geo/cells.js';
import { fastDistanceM } from '../geo/distance.js';
import { PointIndex, WithinResult } from '../geo/pointIndex.js';
import type { Poi, PoiKind } from './poiTypes.js';

export interface PoiHit {
  readonly poi: Poi;
  readonly distanceM: number;
}

/**
 * Static spatial index over the world's POIs for range checks ("is the player within 40 m of this
 * stop?") and "nearby" lists. Distances are cheap-ruler metres (`fastDistanceM`). Built once at start.
 */
export class PoiIndex {
  readonly size: number;
  private readonly list: readonly Poi[];
  private readonly byId = new Map<string, Poi>();
  private readonly points: PointIndex;
  private readonly scratch = new WithinResult(256);
  private readonly cellBuckets = new Map<number, Map<CellId, Poi[]>>();

  constructor(pois: readonly Poi[]) {
    this.list = pois;
    this.size = pois.length;
    for (const p of pois) if (!this.byId.has(p.id)) this.byId.set(p.id, p);
    this.points = new PointIndex(
      pois.map((p) => p.lat),
      pois.map((p) => p.lng),
    );
  }

  get(id: string): Poi | undefined {
    return this.byId.get(id);
  }

  all(): readonly Poi[] {
    return this.list;
  }

  /** Metres from a position to a POI, or null for an unknown id. */
  distanceToM(id: string, lat: number, lng: number): number | null {
    const p = this.byId.get(id);
    return p === undefined ? null : fastDistanceM(lat, lng, p.lat, p.lng);
  }

  /** POIs within `radiusM`, nearest first (ties by load order), optionally one kind and at most `limit`. */
  within(
    lat: number,
    lng: number,
    radiusM: number,
    kind?: PoiKind,
    limit = Number.POSITIVE_INFINITY,
  ): PoiHit[] {
    const out = this.scratch;
    this.points.within(lat, lng, radiusM, out);
    out.sortByDistance();
    const hits: PoiHit[] = [];
    for (let k = 0; k < out.count && hits.length < limit; k++) {
      const poi = this.list[out.indices[k]!]!;
      if (kind === undefined || poi.kind === kind) hits.push({ poi, distanceM: out.distancesM[k]! });
    }
    return hits;
  }

  /** POIs whose position lies in `cell` (any level), in load order: for a view cell's snapshot. */
  inCell(cell: CellId): readonly Poi[] {
    const level = cellLevel(cell);
    let buckets = this.cellBuckets.get(level);
    if (buckets === undefined) {
      // Built on first use per level; the POI set is static, so the buckets never go stale.
      buckets = new Map();
      for (const p of this.list) {
        const key = cellIdAt(p.lat, p.lng, level);
        const bucket = buckets.get(key);
        if (bucket) bucket.push(p);
        else buckets.set(key, [p]);
      }
      this.cellBuckets.set(level, buckets);
    }
    return buckets.get(cell) ?? [];
  }

  nearest(lat: number, lng: number, maxDistanceM: number, kind?: PoiKind): PoiHit | null {
    return this.within(lat, lng, maxDistanceM, kind, 1)[0] ?? null;
  }
}
