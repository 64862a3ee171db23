import type { CellId } from '../geo/cells.js';
import type { Shard } from './shard.js';

/** Anything that watches view cells (a session's interest set). */
export interface CellWatcher {
  readonly key: string;
}

/**
 * One view cell: the entities in it, the sessions watching it, and its change buffer for the
 * current tick (enters, moves and leaves by entity handle). Encoded at most once per tick.
 */
export class ViewCell {
  readonly members = new Set<number>();
  readonly watchers = new Set<CellWatcher>();
  enters: number[] = [];
  moves: number[] = [];
  leaves: number[] = [];
  leaveTo: string[] = [];
  dirty = false;
  /** This tick's change chunk (null when nothing changed or nobody watches). */
  chunk: Uint8Array | null = null;
  snapshotTick = -1;
  snapshot: Uint8Array | null = null;
  // Spawns while the cell is watched: spawn id -> entity handle, and when the set changes next.
  readonly spawns = new Map<string, number>();
  nextSpawnChangeMs = Number.POSITIVE_INFINITY;
  spawnsAsOfMs = 0;

  constructor(
    readonly id: CellId,
    readonly token: string,
    readonly shard: Shard,
  ) {}

  get watched(): boolean {
    return this.watchers.size > 0;
  }

  clearChanges(): void {
    this.enters.length = 0;
    this.moves.length = 0;
    this.leaves.length = 0;
    this.leaveTo.length = 0;
    this.dirty = false;
    this.chunk = null;
  }
}
