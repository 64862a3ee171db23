import { s2 } from 's2js';
import { type CellId, cellAreaM2, cellParent, cellToken, POI_LEVEL } from '../geo/cells.js';
import { coverCircle } from '../geo/cover.js';
import { haversineM } from '../geo/distance.js';
import { foldSeed, hash4, idHigh, idLow, unitFloat } from '../geo/hash.js';
import { assertLatLng, assertRadiusM } from '../geo/validate.js';
import type { Poi } from './poiTypes.js';

const { cellid } = s2;
const DEG = 180 / Math.PI;

/** Tokyo Tower. */
export const DEFAULT_DEMO_CENTRE = { lat: 35.6586, lng: 139.7454 } as const;

export class DemoPoiError extends Error {
  override readonly name = 'DemoPoiError';
  readonly code = 'INVALID_DEMO_OPTIONS';
}

export interface DemoPoiOptions {
  centre?: { lat: number; lng: number };
  /** Default 2000 m. */
  radiusM?: number;
  /** Default 1. */
  seed?: number | string;
  /** Target POIs per km², capped by the one-per-level-17-cell rule (~200/km²). Default 60. */
  density?: number;
}

/** Gyms in a level-14 cell holding `poiCount` POIs (Pokemon GO's published rule). */
export function gymsForPoiCount(poiCount: number): number {
  if (poiCount >= 20) return 3;
  if (poiCount >= 6) return 2;
  if (poiCount >= 2) return 1;
  return 0;
}

export const GYM_CELL_LEVEL = 14;
// Where inside its level-17 cell a demo POI sits: one of the 4^7 level-24 cells.
const POSITION_LEVEL = 24;
const SALT_HAS = 0x68617321;
const SALT_POS = 0x706f7321;
const SALT_NAME = 0x6e616d65;
const SALT_GYM = 0x67796d21;

const ADJECTIVES = [
  'Old',
  'Red',
  'Quiet',
  'Golden',
  'Mossy',
  'Lantern',
  'Cherry',
  'Stone',
  'Hidden',
  'Harbour',
  'Sunny',
  'Copper',
  'Maple',
  'Bamboo',
  'Willow',
  'Crane',
] as const;
const NOUNS = [
  'Shrine',
  'Fountain',
  'Mural',
  'Statue',
  'Gate',
  'Bridge',
  'Garden',
  'Clock',
  'Bench',
  'Tower',
  'Market',
  'Mosaic',
  'Lantern',
  'Arch',
  'Plaque',
  'Well',
] as const;

/**
 * A deterministic demo world for running without a POI file: within `radiusM` of the centre, each
 * level-17 cell holds at most one POI (probability density × cell area); then each level-14 cell turns
 * 1/2/3 of its POIs into gyms for 2-5/6-19/20+ POIs, the rest are stops. Sorted by id.
 */
export function generateDemoPois(options: DemoPoiOptions = {}): Poi[] {
  const centre = options.centre ?? DEFAULT_DEMO_CENTRE;
  const radiusM = options.radiusM ?? 2000;
  const density = options.density ?? 60;
  const seedIn = options.seed ?? 1;
  if (typeof seedIn !== 'string' && !Number.isSafeInteger(seedIn)) {
    throw new DemoPoiError(`invalid demo seed ${seedIn}: must be a safe integer or a string`);
  }
  const seed = foldSeed(seedIn);
  assertLatLng(centre.lat, centre.lng);
  assertRadiusM(radiusM);
  if (!(density >= 0 && density < Number.POSITIVE_INFINITY)) {
    throw new DemoPoiError(`invalid POI density ${density}/km²: must be finite and >= 0`);
  }
  const placed: { cell: CellId; lat: number; lng: number; h: number }[] = [];
  // A million level-17 cells is a disc of about 39 km radius.
  for (const cell of coverCircle(centre.lat, centre.lng, radiusM, POI_LEVEL, 1_000_000)) {
    const hi = idHigh(cell);
    const lo = idLow(cell);
    const p = Math.min(1, (density * cellAreaM2(cell)) / 1e6);
    if (unitFloat(hash4(seed, hi, lo, SALT_HAS, 0)) >= p) continue;
    const slot = hash4(seed, hi, lo, SALT_POS, 0) % 4 ** (POSITION_LEVEL - POI_LEVEL);
    const leaf =
      cellid.childBeginAtLevel(cell, POSITION_LEVEL) +
      BigInt(slot) * (cellid.lsbForLevel(POSITION_LEVEL) << 1n);
    const ll = cellid.latLng(leaf);
    const lat = ll.lat * DEG;
    const lng = ll.lng * DEG;
    if (haversineM(centre.lat, centre.lng, lat, lng) > radiusM) continue;
    placed.push({ cell, lat, lng, h: hash4(seed, hi, lo, SALT_NAME, 0) });
  }
  const gyms = chooseGyms(placed, seed);
  return placed.map(({ cell, lat, lng, h }) => {
    const kind = gyms.has(cell) ? 'gym' : 'stop';
    const name = `${ADJECTIVES[h & 15]} ${NOUNS[(h >>> 4) & 15]}${kind === 'gym' ? ' Gym' : ''}`;
    return { id: `poi-${cellToken(cell)}`, name, kind, lat, lng };
  });
}

function chooseGyms(placed: readonly { cell: CellId }[], seed: number): Set<CellId> {
  const byGymCell = new Map<CellId, CellId[]>();
  for (const { cell } of placed) {
    const key = cellParent(cell, GYM_CELL_LEVEL);
    const list = byGymCell.get(key);
    if (list) list.push(cell);
    else byGymCell.set(key, [cell]);
  }
  const gyms = new Set<CellId>();
  for (const cells of byGymCell.values()) {
    const n = gymsForPoiCount(cells.length);
    if (n === 0) continue;
    const ranked = cells
      .map((c) => ({ c, r: hash4(seed, idHigh(c), idLow(c), SALT_GYM, 0) }))
      .sort((a, b) => a.r - b.r || (a.c < b.c ? -1 : 1));
    for (let k = 0; k < n; k++) gyms.add(ranked[k]!.c);
  }
  return gyms;
}
