export { CloseCode, type ErrorCode, ErrorCodes } from '../src/protocol/errors.js';
export { type BackoffOptions, backoffDelay } from './backoff.js';
export {
  type ActionResult,
  ActionStatus,
  ClientError,
  type ClientEvents,
  type ClientOptions,
  type ConnectionState,
  connect,
  GeoplayClient,
  type LocationFix,
  LocationSource,
  type ServerHello,
  type WebSocketFactory,
  type WebSocketLike,
  type WorldDelta,
} from './client.js';
export { type ClockSample, ClockSync } from './clock.js';
export {
  RoomHandle,
  type RoomEvents,
  type RoomJoinOptions,
  type RoomMemberInfo,
  RoomsClient,
  type RoomUpdate,
} from './rooms.js';
export { uuidv7 } from './uuid.js';
export {
  EntityKind,
  type LatLng,
  type WorldDeltaInput,
  type WorldEntity,
  type WorldEvents,
  WorldModel,
  type WorldModelOptions,
} from './world.js';
