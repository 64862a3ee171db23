export {
  allNeighbours,
  assertCellId,
  type CellId,
  cellAreaM2,
  cellCenter,
  cellChildrenAt,
  cellContains,
  cellFromToken,
  cellIdAt,
  cellLevel,
  cellParent,
  cellToken,
  cellTokenAt,
  cellVertices,
  edgeNeighbours,
  isValidCellId,
  type LatLngDeg,
  POI_LEVEL,
  SHARD_LEVEL,
  SPAWN_POINT_LEVEL,
  sortCellIds,
  VIEW_LEVEL,
} from './cells.js';
export { coverCircle, DEFAULT_MAX_COVER_CELLS } from './cover.js';
export {
  EARTH_RADIUS_M,
  fastDistanceM,
  haversineM,
  metresPerDegreeLat,
  metresPerDegreeLng,
} from './distance.js';
export { fromE7, toE7 } from './e7.js';
export { LocalProjection } from './enu.js';
export { GeoError, type GeoErrorCode } from './errors.js';
export { fmix32, foldSeed, hash4, hashString, idHigh, idLow, unitFloat } from './hash.js';
export { PointIndex, WithinResult } from './pointIndex.js';
export { assertLatLng, assertLevel, assertRadiusM, isValidLatLng, MAX_LEVEL } from './validate.js';
