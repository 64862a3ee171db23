import type { Hlc, JournalRow, StoredShardSnapshot, WorldEffect } from '../cluster/store/index.js';

interface Entry {
  value: unknown;
  hlc: Hlc;
}

interface Staged {
  opId: string;
  value: unknown;
}

function after(a: Hlc, b: Hlc): boolean {
  return a.ms > b.ms || (a.ms === b.ms && a.logical > b.logical);
}

/** What a shard's snapshot holds: every key's value and the HLC of the op that set it. */
export interface PlaceSnapshotState {
  places: Record<string, { value: unknown; hlcMs: number; hlcLogical: number }>;
}

/**
 * The world state games keep at places (a gym's owner, a lure on a stop), per shard. Two layers:
 * the committed values (what the journal holds, what snapshots save) and, on top, the values of ops
 * still committing, so a player's next action sees them. Each key remembers the HLC of its last
 * committed change: an effect older than that (an op whose commit outcome was learned late) never
 * overwrites a newer one.
 */
export class PlaceStates {
  private readonly committed = new Map<string, Map<string, Entry>>();
  private readonly staged = new Map<string, Staged[]>();
  private readonly dirty = new Set<string>();
  /** Every op with world effects up to this HLC is in the committed layer. */
  private watermark: Hlc = { ms: 0, logical: 0 };

  private static id(shard: string, key: string): string {
    return `${shard}\u0000${key}`;
  }

  get(shard: string, key: string): unknown {
    const staged = this.staged.get(PlaceStates.id(shard, key));
    if (staged && staged.length > 0) return staged[staged.length - 1]!.value;
    return this.committed.get(shard)?.get(key)?.value ?? null;
  }

  /** An op that is still committing changed these places. */
  stage(opId: string, effects: readonly WorldEffect[]): void {
    for (const e of effects) {
      const id = PlaceStates.id(e.shard, e.key);
      let list = this.staged.get(id);
      if (!list) this.staged.set(id, (list = []));
      list.push({ opId, value: e.value });
    }
  }

  /** The op did not commit (or was a duplicate): its staged values go. */
  unstage(opId: string, effects: readonly WorldEffect[]): void {
    for (const e of effects) {
      const id = PlaceStates.id(e.shard, e.key);
      const list = this.staged.get(id);
      if (!list) continue;
      const i = list.findIndex((s) => s.opId === opId);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.staged.delete(id);
    }
  }

  /** A journaled op's effects (at commit, or replayed at start-up) into the committed layer. */
  apply(hlc: Hlc, effects: readonly WorldEffect[]): void {
    for (const e of effects) {
      let shard = this.committed.get(e.shard);
      if (!shard) this.committed.set(e.shard, (shard = new Map()));
      const cur = shard.get(e.key);
      if (cur && !after(hlc, cur.hlc)) continue;
      shard.set(e.key, { value: e.value, hlc });
      this.dirty.add(e.shard);
    }
    if (after(hlc, this.watermark)) this.watermark = { ...hlc };
  }

  /** Loads a shard snapshot (start-up). */
  restoreSnapshot(snap: StoredShardSnapshot): void {
    const state = snap.state as PlaceSnapshotState | null;
    const shard = new Map<string, Entry>();
    for (const [key, v] of Object.entries(state?.places ?? {})) {
      shard.set(key, { value: v.value, hlc: { ms: v.hlcMs, logical: v.hlcLogical } });
    }
    this.committed.set(snap.shard, shard);
    if (after(snap.hlc, this.watermark)) this.watermark = { ...snap.hlc };
  }

  /** Replays a journal row on top of the snapshots: only effects newer than their shard's snapshot. */
  replay(row: JournalRow, snapshotHlc: (shard: string) => Hlc | undefined): void {
    if (row.status !== 'accepted' || !row.worldEffects) return;
    const fresh = row.worldEffects.filter((e) => {
      const h = snapshotHlc(e.shard);
      return !h || after(row.hlc, h);
    });
    this.apply(row.hlc, fresh);
  }

  /** Snapshots of the shards changed since the last call, at the current watermark. */
  takeSnapshots(): { shard: string; hlc: Hlc; state: PlaceSnapshotState }[] {
    const out: { shard: string; hlc: Hlc; state: PlaceSnapshotState }[] = [];
    for (const shard of this.dirty) {
      const places: PlaceSnapshotState['places'] = {};
      for (const [key, e] of this.committed.get(shard) ?? []) {
        if (e.value !== null) places[key] = { value: e.value, hlcMs: e.hlc.ms, hlcLogical: e.hlc.logical };
      }
      out.push({ shard, hlc: { ...this.watermark }, state: { places } });
    }
    this.dirty.clear();
    return out;
  }

  /** Marks shards dirty again (their snapshot could not be saved). */
  markDirty(shards: readonly string[]): void {
    for (const s of shards) this.dirty.add(s);
  }

  get dirtyShards(): number {
    return this.dirty.size;
  }
}
