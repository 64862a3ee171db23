// The public server API of geoplay (`import ... from 'geoplay'`). The client SDK is `geoplay/client`.
export { type Config, ConfigError, type ConfigInput, configSchema, loadConfig } from './config.js';
export * from './game/index.js';
export {
  type CircleFence,
  type FenceDef,
  GeofenceIndex,
  GeofenceTracker,
  type GpsConfigInput,
  GpsPipeline,
  gpsConfig,
  POKEMON_GO_COOLDOWNS,
  type Verdict,
} from './gps/index.js';
export { ListenError } from './net/listenError.js';
export { CloseCode, type ErrorCode, ErrorCodes, ProtocolError } from './protocol/errors.js';
export {
  type InventoryWriter,
  MemoryRewardSink,
  type Places,
  type PlayerLocator,
  type RewardSink,
  RoomHost,
  type RoomHostOptions,
} from './rooms/index.js';
export { GeoplayServer, type ServerOptions } from './server.js';
export type { CloseReason, SessionHooks } from './session/manager.js';
export type { Session } from './session/session.js';
export { generateDemoPois } from './world/poiDemo.js';
export { loadPoiFile } from './world/poiFile.js';
export { parsePoiGeoJson } from './world/poiGeoJson.js';
export { type Poi, PoiFileError, type PoiKind } from './world/poiTypes.js';
