import { s2 } from 's2js';
import { EARTH_RADIUS_M } from './distance.js';
import { GeoError } from './errors.js';
import { assertLatLng, assertLevel } from './validate.js';

const { cellid, Cell, LatLng } = s2;

/** An S2 cell id: the unsigned 64-bit integer as a bigint (usable as a Map key by value). */
export type CellId = bigint;

export interface LatLngDeg {
  lat: number;
  lng: number;
}

/** Unit of ownership and simulation (~2 km edge). */
export const SHARD_LEVEL = 12;
/** The interest grid (~140 m edge): every entity sits in exactly one view cell. */
export const VIEW_LEVEL = 16;
/** At most one POI per cell at this level (Pokemon GO's rule). */
export const POI_LEVEL = 17;
/** Spawn points are cells at this level (~10 m edge). */
export const SPAWN_POINT_LEVEL = 20;

const DEG = 180 / Math.PI;

export function isValidCellId(id: CellId): boolean {
  return typeof id === 'bigint' && id > 0n && id < 1n << 64n && cellid.valid(id);
}

export function assertCellId(id: CellId): void {
  if (!isValidCellId(id)) throw new GeoError('INVALID_CELL', `invalid S2 cell id ${String(id)}`);
}

/**
 * The cell at `level` containing a point. This is the hot path of every position update; it costs
 * one s2js leaf-cell computation plus a parent mask, with no caching state to manage.
 */
export function cellIdAt(lat: number, lng: number, level = VIEW_LEVEL): CellId {
  assertLatLng(lat, lng);
  assertLevel(level);
  const leaf = cellid.fromLatLng(LatLng.fromDegrees(lat, lng));
  return level === 30 ? leaf : cellid.parent(leaf, level);
}

export function cellTokenAt(lat: number, lng: number, level = VIEW_LEVEL): string {
  return cellid.toToken(cellIdAt(lat, lng, level));
}

/** The S2 token: the id in hex without trailing zeros (e.g. "60188bbd9"), the form for logs, NATS subjects and JSON. */
export function cellToken(id: CellId): string {
  return cellid.toToken(id);
}

export function cellFromToken(token: string): CellId {
  if (!/^[0-9a-fA-F]{1,16}$/.test(token))
    throw new GeoError('INVALID_CELL', `invalid S2 cell token "${token}"`);
  const id = cellid.fromToken(token);
  if (!isValidCellId(id)) throw new GeoError('INVALID_CELL', `invalid S2 cell token "${token}"`);
  return id;
}

export function cellLevel(id: CellId): number {
  assertCellId(id);
  return cellid.level(id);
}

/** The ancestor at `level` (the cell itself when `level` is its own level). */
export function cellParent(id: CellId, level: number): CellId {
  const own = cellLevel(id);
  assertLevel(level);
  if (level > own) {
    throw new GeoError('INVALID_LEVEL', `cannot take the level-${level} parent of a level-${own} cell`);
  }
  return level === own ? id : cellid.parent(id, level);
}

/** Whether `outer` contains `inner` (a cell contains itself). */
export function cellContains(outer: CellId, inner: CellId): boolean {
  assertCellId(outer);
  assertCellId(inner);
  return cellid.contains(outer, inner);
}

export function cellCenter(id: CellId): LatLngDeg {
  assertCellId(id);
  const ll = cellid.latLng(id);
  return { lat: ll.lat * DEG, lng: ll.lng * DEG };
}

/** The four corners, counter-clockwise (for drawing cells on the console map). */
export function cellVertices(id: CellId): LatLngDeg[] {
  assertCellId(id);
  const cell = Cell.fromCellID(id);
  const out: LatLngDeg[] = [];
  for (let k = 0; k < 4; k++) {
    const p = cell.vertex(k);
    out.push({ lat: LatLng.latitude(p) * DEG, lng: LatLng.longitude(p) * DEG });
  }
  return out;
}

/** Exact area in square metres on the `EARTH_RADIUS_M` sphere. */
export function cellAreaM2(id: CellId, earthRadiusM = EARTH_RADIUS_M): number {
  assertCellId(id);
  return Cell.fromCellID(id).exactArea() * earthRadiusM * earthRadiusM;
}

/** The four cells at the same level sharing an edge (order: down, right, up, left in cell space). */
export function edgeNeighbours(id: CellId): CellId[] {
  assertCellId(id);
  return cellid.edgeNeighbors(id);
}

/**
 * Every cell at `level` touching this cell (edges and corners), excluding the cell itself; `level`
 * defaults to the cell's own, giving the 8 (7 at a cube corner) surrounding cells.
 */
export function allNeighbours(id: CellId, level?: number): CellId[] {
  const own = cellLevel(id);
  const lvl = level ?? own;
  assertLevel(lvl);
  if (lvl < own)
    throw new GeoError('INVALID_LEVEL', `neighbour level ${lvl} is coarser than the cell (${own})`);
  return dedupe(cellid.allNeighbors(id, lvl));
}

function dedupe(ids: CellId[]): CellId[] {
  // At cube corners s2's all-neighbours walk can report the same diagonal cell twice.
  return ids.length < 2 ? ids : [...new Set(ids)];
}

/** All descendants at `level` in id order. Throws past 4^8 cells: callers enumerate small ranges only. */
export function cellChildrenAt(id: CellId, level: number): CellId[] {
  const own = cellLevel(id);
  assertLevel(level);
  if (level < own)
    throw new GeoError('INVALID_LEVEL', `child level ${level} is coarser than the cell (${own})`);
  if (level - own > 8) {
    throw new GeoError('INVALID_LEVEL', `too many level-${level} children of a level-${own} cell`);
  }
  if (level === own) return [id];
  const out: CellId[] = [];
  const end = cellid.childEndAtLevel(id, level);
  // Same-level ids are evenly spaced by twice their lowest set bit.
  const step = cellid.lsbForLevel(level) << 1n;
  for (let c = cellid.childBeginAtLevel(id, level); c !== end; c += step) out.push(c);
  return out;
}

/** Sorts ids ascending (S2 / Hilbert order) in place. */
export function sortCellIds(ids: CellId[]): CellId[] {
  return ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
