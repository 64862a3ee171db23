import type { RoomState } from '../game/room.js';

/**
 * A room's keyed state with change tracking: `set` and `delete` record the key, and the room's
 * tick takes the changes once (`takeChanges`) to encode one update for every member. Values are
 * JSON-encoded only then, once per changed key per tick.
 */
export class TrackedState implements RoomState {
  private readonly values = new Map<string, unknown>();
  private readonly dirty = new Set<string>();
  private readonly removed = new Set<string>();

  get<T = unknown>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }

  set(key: string, value: unknown): void {
    if (value === undefined) {
      this.delete(key);
      return;
    }
    this.values.set(key, value);
    this.dirty.add(key);
    this.removed.delete(key);
  }

  delete(key: string): boolean {
    if (!this.values.delete(key)) return false;
    this.dirty.delete(key);
    this.removed.add(key);
    return true;
  }

  has(key: string): boolean {
    return this.values.has(key);
  }

  keys(): IterableIterator<string> {
    return this.values.keys();
  }

  get size(): number {
    return this.values.size;
  }

  get changed(): boolean {
    return this.dirty.size > 0 || this.removed.size > 0;
  }

  /** Moves the changes since the last call into the arrays (values as JSON text) and forgets them. */
  takeChanges(keys: string[], values: string[], removed: string[]): void {
    for (const k of this.dirty) {
      keys.push(k);
      values.push(JSON.stringify(this.values.get(k)));
    }
    for (const k of this.removed) removed.push(k);
    this.dirty.clear();
    this.removed.clear();
  }

  /** Every entry, values as JSON text. */
  all(keys: string[], values: string[]): void {
    for (const [k, v] of this.values) {
      keys.push(k);
      values.push(JSON.stringify(v));
    }
  }
}
