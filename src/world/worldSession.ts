import type { Session } from '../session/session.js';
import type { CellWatcher, ViewCell } from './viewCell.js';

/**
 * A session's place in the world: its player entity, its interest set, and what it is owed at
 * the next tick (snapshots of cells it started watching, tokens of cells it stopped watching; the
 * change chunks of its cells are picked up by the tick).
 */
export class WorldSession implements CellWatcher {
  readonly key: string;
  /** The player's entity handle; -1 until the first position. */
  eid = -1;
  readonly interest = new Set<ViewCell>();
  /** The interest set as an array, rebuilt when it changes (the tick walks it every tick). */
  cells: ViewCell[] = [];
  /** Where the interest set was last computed (it is computed with a margin around this point). */
  coverLat = Number.NaN;
  coverLng = Number.NaN;
  readonly added: ViewCell[] = [];
  readonly dropped: string[] = [];
  /**
   * The WorldDelta assembled by the last tick and not written yet (World.flush): its parts (chunk
   * and snapshot bytes shared with other sessions), the cells it drops, and whether it is a full
   * snapshot of the interest set.
   */
  readonly outParts: Uint8Array[] = [];
  readonly outDropped: string[] = [];
  outFull = false;
  /** Latest fused position, for range checks. */
  lat = Number.NaN;
  lng = Number.NaN;
  accuracyM = Number.NaN;

  constructor(readonly session: Session) {
    this.key = session.id;
  }

  get hasPosition(): boolean {
    return this.eid >= 0;
  }
}
