// Points of interest: the one import for the world. Parsing, demo generation and the index live in
// their own modules; file reading is in poiFile.ts so this stays pure.
export {
  DEFAULT_DEMO_CENTRE,
  DemoPoiError,
  type DemoPoiOptions,
  GYM_CELL_LEVEL,
  generateDemoPois,
  gymsForPoiCount,
} from './poiDemo.js';
export { parsePoiGeoJson } from './poiGeoJson.js';
export { type PoiHit, PoiIndex } from './poiIndex.js';
export { type Poi, PoiFileError, type PoiFileErrorCode, type PoiKind } from './poiTypes.js';
