export { encodeRoomFrame } from './codec.js';
export { type AnyRoomDefinition, RoomHost, type RoomHostOptions } from './host.js';
export {
  type InventoryWriter,
  MemoryRewardSink,
  type Places,
  type PlayerLocator,
  type RewardSink,
} from './ports.js';
export { Member, Phase, Room } from './room.js';
export { TrackedState } from './state.js';
