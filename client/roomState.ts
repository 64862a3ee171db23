/**
 * A room's state as this client mirrors it: the server sends each value as JSON text, and a value
 * is parsed when it is first read after it changed, not when it arrives. A client that reads a
 * few keys of an update (its own entry, say) parses those, not every key of every update; one
 * that reads them all parses each change once, as before. The SDK hands it to the application as
 * a ReadonlyMap (`RoomHandle.state`): it changes only when an update is applied.
 */
export class RoomStateMirror implements ReadonlyMap<string, unknown> {
  /** One entry a key: one map lookup per value an update sets (keys arrive as fresh strings). */
  private readonly entries_ = new Map<string, Entry>();

  get size(): number {
    return this.entries_.size;
  }

  has(key: string): boolean {
    return this.entries_.has(key);
  }

  get<T = unknown>(key: string): T | undefined {
    const e = this.entries_.get(key);
    return e === undefined ? undefined : (valueOf(e) as T);
  }

  keys(): MapIterator<string> {
    return this.entries_.keys();
  }

  *values(): MapIterator<unknown> {
    for (const e of this.entries_.values()) yield valueOf(e);
  }

  *entries(): MapIterator<[string, unknown]> {
    for (const [k, e] of this.entries_) yield [k, valueOf(e)];
  }

  get [Symbol.toStringTag](): string {
    return 'RoomStateMirror';
  }

  [Symbol.iterator](): MapIterator<[string, unknown]> {
    return this.entries();
  }

  forEach(
    fn: (value: unknown, key: string, map: ReadonlyMap<string, unknown>) => void,
    thisArg?: unknown,
  ): void {
    for (const [k, e] of this.entries_) fn.call(thisArg, valueOf(e), k, this);
  }

  /** @internal The value of `key` is now this JSON text. */
  setText(key: string, text: string): void {
    const e = this.entries_.get(key);
    if (e === undefined) this.entries_.set(key, { text, value: undefined, parsed: false });
    else {
      e.text = text;
      e.parsed = false;
      e.value = undefined;
    }
  }

  /** @internal */
  delete(key: string): boolean {
    return this.entries_.delete(key);
  }

  /** @internal */
  clear(): void {
    this.entries_.clear();
  }
}

interface Entry {
  text: string;
  /** The parsed text once read (a text that is not JSON reads as undefined). */
  value: unknown;
  parsed: boolean;
}

function valueOf(e: Entry): unknown {
  if (!e.parsed) {
    e.value = parseJson(e.text);
    e.parsed = true;
  }
  return e.value;
}

/** A JSON text's value, or undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
