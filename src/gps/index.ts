// The public API of gps/: location integrity. Pure (no I/O, no timers). docs/GPS.md is the guide.
export {
  type CooldownRow,
  cooldownForDistanceS,
  DEFAULT_GPS_CONFIG,
  type GpsConfig,
  type GpsConfigInput,
  gpsConfig,
  POKEMON_GO_COOLDOWNS,
  type SourceNoise,
} from './config.js';
export {
  type CircleFence,
  DEFAULT_GEOFENCE_OPTIONS,
  type FenceDef,
  type FenceGeometry,
  fencesFromGeoJSON,
  type GeofenceEvent,
  GeofenceIndex,
  type GeofenceOptions,
  GeofenceTracker,
  type PolygonFence,
} from './geofence.js';
export { FixHistory, type HistoricPosition } from './history.js';
export { KalmanCV } from './kalman.js';
export { GpsPipeline, type GpsUpdate, type RiskCounts } from './pipeline.js';
export { type ReplayLine, type ReplaySummary, replayTrace } from './replay.js';
export { gaussian, type Leg, mulberry32, type SynthOptions, type SynthTrack, synthTrack } from './synth.js';
export {
  DEFAULT_TRACE_ACCURACY_M,
  detectTraceFormat,
  parseTrace,
  type Trace,
  type TraceFix,
  type TraceFormat,
  TraceParseError,
} from './trace.js';
export { type Fix, type FixSource, type FusedFix, VERDICTS, type Verdict } from './types.js';
