import { haversineM } from '../../src/geo/distance.js';
import type { WorkerSample } from './protocol.js';

/**
 * AOI recall and overfetch from the bots' samples (see docs/BENCHMARKS.md, "World").
 *
 * At a sample moment every worker sends, per bot, its own positions as it saw its own entity in
 * its world model (by tick) and the tick of its last WorldDelta, and, for the sampled observers,
 * the run's players in their world model. An observer's view is the server's state at its view
 * tick T_o (a session that gets no delta for a tick had nothing change in its cells). Each other
 * bot e is placed where it was at T_o:
 *
 * - exact: e's own view has reached T_o; its position is its last own position with tick <= T_o,
 *   i.e. the server's position of e at T_o. A pair counts when the distance is <= radiusM.
 * - lagged: e's own view is older than T_o (its delta for a later tick may still be in flight, or
 *   nothing moved it since); its latest own position is used and the pair counts only when the
 *   distance is <= radiusM - lagToleranceM, so that a move e has not seen yet cannot turn an
 *   entity just outside the circle into a false miss.
 *
 * Recall = counted pairs whose entity the observer sees / counted pairs. Overfetch = the run's
 * players an observer sees (itself excluded) / the run's players within radiusM of it (best known
 * positions). Only the run's bots count as entities: spawns and POIs are left out of both.
 */
export interface AoiMiss {
  sample: number;
  observer: number;
  entity: number;
  distanceM: number;
  observerTick: number;
  entityTick: number;
  lagged: boolean;
}

export interface AoiTally {
  samples: number;
  observations: number;
  /** (observer, entity within the circle) pairs judged. */
  pairs: number;
  /** Of those, judged with the lag tolerance. */
  pairsLagged: number;
  /** Pairs whose entity was in the observer's world model. */
  recalled: number;
  /** Entities within the circle (best known positions), the overfetch denominator. */
  inCircle: number;
  /** The run's players in the observers' world models (themselves excluded). */
  visible: number;
  /** Entities whose position at the observer's tick is unknown (own history too short). */
  skipped: number;
  /** The first misses, for diagnosis. */
  misses: AoiMiss[];
  missCount: number;
}

export function newAoiTally(): AoiTally {
  return {
    samples: 0,
    observations: 0,
    pairs: 0,
    pairsLagged: 0,
    recalled: 0,
    inCircle: 0,
    visible: 0,
    skipped: 0,
    misses: [],
    missCount: 0,
  };
}

const M_PER_DEG_LAT = 111_320;
const MAX_MISSES = 20;

interface Located {
  part: WorkerSample;
  /** Row in part.idx. */
  row: number;
}

/** Adds one sample (the parts of every worker for the same moment) to the tally. */
export function tallyAoiSample(
  parts: readonly WorkerSample[],
  radiusM: number,
  lagToleranceM: number,
  t: AoiTally,
): void {
  const bots = new Map<number, Located>();
  let lat0 = Number.NaN;
  for (const part of parts) {
    for (let row = 0; row < part.idx.length; row++) {
      if (part.histStart[row + 1]! > part.histStart[row]!) {
        bots.set(part.idx[row]!, { part, row });
        if (Number.isNaN(lat0)) lat0 = part.histLat[part.histStart[row + 1]! - 1]! / 1e7;
      }
    }
  }
  if (bots.size === 0) return;
  t.samples++;
  const mPerDegLng = M_PER_DEG_LAT * Math.cos((lat0 * Math.PI) / 180);
  // Grid over the latest positions; a cell is larger than the circle plus any move since T_o.
  const size = radiusM + 50;
  const grid = new Map<number, number[]>();
  const key = (cx: number, cy: number) => cx * 200_000 + cy;
  const latest = (b: Located): [number, number] => {
    const end = b.part.histStart[b.row + 1]! - 1;
    return [b.part.histLat[end]!, b.part.histLng[end]!];
  };
  const cellOf = (latE7: number, lngE7: number): [number, number] => [
    Math.floor(((lngE7 / 1e7) * mPerDegLng) / size),
    Math.floor(((latE7 / 1e7) * M_PER_DEG_LAT) / size),
  ];
  for (const [idx, b] of bots) {
    const [la, ln] = latest(b);
    const [cx, cy] = cellOf(la, ln);
    const k = key(cx, cy);
    const list = grid.get(k);
    if (list) list.push(idx);
    else grid.set(k, [idx]);
  }
  for (const part of parts) {
    for (let j = 0; j < part.obsIdx.length; j++) {
      const o = part.obsIdx[j]!;
      const ob = bots.get(o);
      if (!ob) continue;
      const tickO = part.obsTick[j]!;
      const seen = new Set<number>();
      for (let v = part.visStart[j]!; v < part.visStart[j + 1]!; v++) {
        const e = part.vis[v]!;
        if (e !== o) seen.add(e);
      }
      t.observations++;
      t.visible += seen.size;
      const [oLatE7, oLngE7] = latest(ob);
      const oLat = oLatE7 / 1e7;
      const oLng = oLngE7 / 1e7;
      const [cx, cy] = cellOf(oLatE7, oLngE7);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const list = grid.get(key(cx + dx, cy + dy));
          if (!list) continue;
          for (const e of list) {
            if (e === o) continue;
            const eb = bots.get(e)!;
            const ep = eb.part;
            const tickE = ep.tick[eb.row]!;
            const start = ep.histStart[eb.row]!;
            let at = ep.histStart[eb.row + 1]! - 1;
            const lagged = tickE < tickO;
            if (!lagged) {
              while (at >= start && ep.histTick[at]! > tickO) at--;
              if (at < start) {
                t.skipped++;
                continue;
              }
            }
            const d = haversineM(oLat, oLng, ep.histLat[at]! / 1e7, ep.histLng[at]! / 1e7);
            if (d <= radiusM) t.inCircle++;
            if (d > (lagged ? radiusM - lagToleranceM : radiusM)) continue;
            t.pairs++;
            if (lagged) t.pairsLagged++;
            if (seen.has(e)) t.recalled++;
            else {
              t.missCount++;
              if (t.misses.length < MAX_MISSES) {
                t.misses.push({
                  sample: ep === part ? part.k : ep.k,
                  observer: o,
                  entity: e,
                  distanceM: Math.round(d * 10) / 10,
                  observerTick: tickO,
                  entityTick: tickE,
                  lagged,
                });
              }
            }
          }
        }
      }
    }
  }
}
