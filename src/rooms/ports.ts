import type { PoiInfo } from '../game/define.js';
import type { Session } from '../session/session.js';

/**
 * What rooms need to know about players, from the layer that tracks them (the game runtime):
 * nothing else of the world leaks into rooms.
 */
export interface PlayerLocator {
  /** The session's server-side (fused) position, or undefined before the first accepted fix. */
  position(session: Session): { lat: number; lng: number } | undefined;
  /** How many of an item the player holds. */
  itemCount(playerId: string, item: string): number;
  /** The player's level (at least 1), carried by matchmaking tickets. */
  level(playerId: string): number;
}

/** The POIs located rooms are attached to; the world's PoiIndex fits. */
export interface Places {
  get(id: string): PoiInfo | undefined;
  within(
    lat: number,
    lng: number,
    radiusM: number,
    kind?: 'stop' | 'gym',
  ): { poi: PoiInfo; distanceM: number }[];
}

/**
 * Where room rewards go. `grant` applies the items at most once per opId: a second call with the
 * same opId changes nothing and answers `duplicate`. The in-memory default is MemoryRewardSink;
 * a durable one journals the op in the store.
 */
export interface RewardSink {
  grant(playerId: string, opId: string, items: Record<string, number>): Promise<'applied' | 'duplicate'>;
}

/** Adds items to a player's inventory (the game runtime's in-memory inventories). */
export interface InventoryWriter {
  addItems(playerId: string, items: Record<string, number>): void;
}

/**
 * RewardSink over in-memory inventories, idempotent by opId for the life of the process. The op
 * ids are kept in insertion order and the oldest forgotten past `maxOps`, so memory stays bounded;
 * a durable sink has no such horizon.
 */
export class MemoryRewardSink implements RewardSink {
  private readonly applied = new Set<string>();

  constructor(
    private readonly inventory: InventoryWriter,
    private readonly maxOps = 1_000_000,
  ) {}

  grant(playerId: string, opId: string, items: Record<string, number>): Promise<'applied' | 'duplicate'> {
    if (this.applied.has(opId)) return Promise.resolve('duplicate');
    this.inventory.addItems(playerId, items);
    this.applied.add(opId);
    if (this.applied.size > this.maxOps) this.applied.delete(this.applied.values().next().value as string);
    return Promise.resolve('applied');
  }
}
