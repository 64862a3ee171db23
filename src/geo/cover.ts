import { s2 } from 's2js';
import { type CellId, sortCellIds } from './cells.js';
import { EARTH_RADIUS_M } from './distance.js';
import { GeoError } from './errors.js';
import { assertLatLng, assertLevel, assertRadiusM } from './validate.js';

const { Cap, Cell, LatLng, Point, cellid } = s2;

/** Default guard against a radius/level pair that would enumerate millions of cells. */
export const DEFAULT_MAX_COVER_CELLS = 100_000;

/**
 * Every cell at exactly `level` that intersects the circle (spherical cap) of `radiusM` metres around
 * the point, sorted ascending. This is the interest set, so it must never miss a cell: it flood-fills
 * outwards from the centre cell through edge and corner neighbours and keeps each cell s2js's exact
 * `Cap.intersectsCell` accepts. The cells meeting a cap are corner-connected (the cap is convex), so
 * the fill reaches all of them; it visits only the result plus one ring, where s2js's RegionCoverer
 * descends from the cube faces (several times slower for the 300 m / level-16 AOI).
 */
export function coverCircle(
  lat: number,
  lng: number,
  radiusM: number,
  level: number,
  maxCells = DEFAULT_MAX_COVER_CELLS,
): CellId[] {
  assertLatLng(lat, lng);
  assertRadiusM(radiusM);
  assertLevel(level);
  const angle = Math.min(Math.PI, radiusM / EARTH_RADIUS_M);
  const estimate = estimateCoverCells(angle, level);
  if (estimate > maxCells) {
    throw new GeoError(
      'COVERING_TOO_LARGE',
      `covering ${radiusM} m at level ${level} would take about ${Math.round(estimate)} cells (limit ${maxCells})`,
    );
  }
  const centre = Point.fromLatLng(LatLng.fromDegrees(lat, lng));
  const cap = Cap.fromCenterAngle(centre, angle);
  const start = cellid.parent(cellid.fromPoint(centre), level);
  const out = coverOnFace(cap, start, level, maxCells) ?? coverAnywhere(cap, start, level, maxCells);
  return sortCellIds(out);
}

const MAX_SIZE = 1 << 30;
// Offsets (in cells) from the start cell packed into one safe integer for the visited set.
const OFFSET = 1 << 20;
const SPAN = 1 << 21;

/**
 * The common case: the cells meeting the cap all lie on the start cell's cube face, so the fill can
 * walk (i, j) integer coordinates and only build a cell id for cells it keeps. Returns null as soon
 * as the fill steps off the face; the caller then redoes the covering with `coverAnywhere`.
 */
function coverOnFace(cap: s2.Cap, start: CellId, level: number, maxCells: number): CellId[] | null {
  const { f, i, j } = cellid.faceIJOrientation(start);
  const size = cellid.sizeIJ(level);
  const i0 = i & -size;
  const j0 = j & -size;
  const seen = new Set<number>();
  const queue: number[] = [OFFSET * SPAN + OFFSET];
  seen.add(queue[0]!);
  const out: CellId[] = [];
  for (let q = 0; q < queue.length; q++) {
    const key = queue[q]!;
    const di = Math.floor(key / SPAN) - OFFSET;
    const dj = (key % SPAN) - OFFSET;
    const ci = i0 + di * size;
    const cj = j0 + dj * size;
    if (ci < 0 || cj < 0 || ci >= MAX_SIZE || cj >= MAX_SIZE) return null;
    // Cap.intersectsCell reads only the face and (u,v) bounds, so the id is computed for kept cells only.
    const cell = new Cell(f, level, 0, 0n, cellid.ijLevelToBoundUV(ci, cj, level));
    if (!cap.intersectsCell(cell)) continue;
    out.push(cellid.parent(cellid.fromFaceIJ(f, ci, cj), level));
    if (out.length > maxCells) throw tooLarge(maxCells, level);
    for (let a = -1; a <= 1; a++) {
      for (let b = -1; b <= 1; b++) {
        const next = key + a * SPAN + b;
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return out;
}

/** The same fill over cell ids and s2js neighbours, correct across cube faces and corners. */
function coverAnywhere(cap: s2.Cap, start: CellId, level: number, maxCells: number): CellId[] {
  const seen = new Set<CellId>();
  seen.add(start);
  const queue: CellId[] = [start];
  const out: CellId[] = [];
  for (let q = 0; q < queue.length; q++) {
    const id = queue[q]!;
    if (!cap.intersectsCell(Cell.fromCellID(id))) continue;
    out.push(id);
    if (out.length > maxCells) throw tooLarge(maxCells, level);
    for (const n of cellid.allNeighbors(id, level)) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return out;
}

function tooLarge(maxCells: number, level: number): GeoError {
  return new GeoError('COVERING_TOO_LARGE', `covering exceeds ${maxCells} cells at level ${level}`);
}

/** Cap area over the mean cell area, plus a perimeter ring: an upper-ish estimate, only for the guard. */
function estimateCoverCells(angle: number, level: number): number {
  const capArea = 2 * Math.PI * (1 - Math.cos(angle));
  const cellArea = (4 * Math.PI) / (6 * 4 ** level);
  const cellEdge = Math.sqrt(cellArea);
  const perimeterCells = (2 * Math.PI * Math.sin(Math.min(angle, Math.PI / 2))) / cellEdge;
  return capArea / cellArea + 2 * perimeterCells + 1;
}
