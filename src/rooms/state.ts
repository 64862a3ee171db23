import type { RoomState } from '../game/room.js';

/** One key's value and whether it changed since the last update. */
interface Slot {
  readonly key: string;
  value: unknown;
  /** In `changed` and not yet taken. */
  dirty: boolean;
}

/**
 * A room's keyed state with change tracking: `set` and `delete` record the key, and the room's
 * tick takes the changes once (`takeChanges`) to encode one update for every member. Values are
 * JSON-encoded only then, once per changed key per tick (a key set ten times in a tick, by ten
 * attacks on a boss, is encoded once; and a value changed in place before the tick goes out as it
 * is at the tick).
 *
 * A key's value and its changed flag share one slot, so setting a key already there is one map
 * lookup; changed slots are listed in an array (not a Set cleared every tick, which reallocates
 * and rehashes as it refills). A slot deleted and set again in one tick is a new slot; the old
 * one stays in the list, no longer dirty, and is skipped.
 */
export class TrackedState implements RoomState {
  /**
   * @param unencodable told of a value JSON cannot encode (a BigInt, a cycle, a function) when an
   *   update or snapshot would carry it. Members see such a key as removed (an update lists it
   *   among the removed keys, a snapshot leaves it out), so every member's view agrees, and every
   *   other entry goes out as usual: one bad value of the game's never stops a room.
   */
  constructor(private readonly unencodable: (key: string, err: Error) => void = () => {}) {}

  private readonly slots = new Map<string, Slot>();
  private readonly changedSlots: Slot[] = [];
  private readonly removed = new Set<string>();

  get<T = unknown>(key: string): T | undefined {
    return this.slots.get(key)?.value as T | undefined;
  }

  set(key: string, value: unknown): void {
    if (value === undefined) {
      this.delete(key);
      return;
    }
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = { key, value, dirty: false };
      this.slots.set(key, slot);
      if (this.removed.size > 0) this.removed.delete(key);
    } else {
      slot.value = value;
    }
    if (!slot.dirty) {
      slot.dirty = true;
      this.changedSlots.push(slot);
    }
  }

  delete(key: string): boolean {
    const slot = this.slots.get(key);
    if (slot === undefined) return false;
    this.slots.delete(key);
    slot.dirty = false;
    this.removed.add(key);
    return true;
  }

  has(key: string): boolean {
    return this.slots.has(key);
  }

  keys(): IterableIterator<string> {
    return this.slots.keys();
  }

  get size(): number {
    return this.slots.size;
  }

  get changed(): boolean {
    return this.changedSlots.length > 0 || this.removed.size > 0;
  }

  /**
   * Moves the changes since the last call into the arrays (values as JSON text) and forgets them.
   * A value JSON cannot encode goes out as a removal (and its change is forgotten).
   */
  takeChanges(keys: string[], values: string[], removed: string[]): void {
    const changed = this.changedSlots;
    for (let i = 0; i < changed.length; i++) {
      const slot = changed[i]!;
      if (!slot.dirty) continue;
      slot.dirty = false;
      if (!this.push(slot, keys, values)) removed.push(slot.key);
    }
    changed.length = 0;
    if (this.removed.size > 0) {
      for (const k of this.removed) removed.push(k);
      this.removed.clear();
    }
  }

  /** Every entry, values as JSON text (but those JSON cannot encode). */
  all(keys: string[], values: string[]): void {
    for (const slot of this.slots.values()) this.push(slot, keys, values);
  }

  /** Adds the entry with its value as JSON text; false (and `unencodable` told) when JSON cannot. */
  private push(slot: Slot, keys: string[], values: string[]): boolean {
    let text: string | undefined;
    try {
      // undefined for a function or a symbol, which JSON has no text for.
      text = JSON.stringify(slot.value) as string | undefined;
    } catch (err) {
      this.unencodable(slot.key, err instanceof Error ? err : new Error(String(err)));
      return false;
    }
    if (text === undefined) {
      this.unencodable(slot.key, new TypeError(`a ${typeof slot.value} has no JSON text`));
      return false;
    }
    keys.push(slot.key);
    values.push(text);
    return true;
  }
}
