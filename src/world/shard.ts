import { type CellId, cellParent, cellToken } from '../geo/cells.js';
import { encodeChangeChunk } from './chunk.js';
import type { EntityStore } from './entities.js';
import { ViewCell } from './viewCell.js';

/**
 * A shard: the actor that owns one shard cell (level 12 by default) and every view cell inside
 * it. Single-threaded and driven by the world tick: changes are recorded as they arrive and
 * encoded once per tick, per changed view cell.
 */
export class Shard {
  readonly cells = new Map<CellId, ViewCell>();
  /** View cells changed since the last tick that someone watches. */
  readonly dirty: ViewCell[] = [];

  constructor(
    readonly id: CellId,
    readonly token: string,
    private readonly store: EntityStore,
  ) {}

  cell(id: CellId): ViewCell {
    let c = this.cells.get(id);
    if (!c) {
      c = new ViewCell(id, cellToken(id), this);
      this.cells.set(id, c);
    }
    return c;
  }

  markDirty(c: ViewCell): void {
    if (!c.dirty) {
      c.dirty = true;
      this.dirty.push(c);
    }
  }

  /** Encodes this tick's chunk of every changed, watched view cell. */
  encode(): void {
    for (const c of this.dirty) {
      if (c.watched && (c.enters.length || c.moves.length || c.leaves.length)) {
        c.chunk = encodeChangeChunk(c.token, this.store, c.enters, c.moves, c.leaves, c.leaveTo);
      }
    }
  }

  /** Forgets this tick's changes; drops view cells that hold nothing and nobody watches. */
  endTick(): void {
    for (const c of this.dirty) {
      c.clearChanges();
      if (!c.watched && c.members.size === 0) this.cells.delete(c.id);
    }
    this.dirty.length = 0;
  }
}

export function shardIdOf(viewCell: CellId, shardLevel: number): CellId {
  return cellParent(viewCell, shardLevel);
}
