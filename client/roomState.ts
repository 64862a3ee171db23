/**
 * A room's state as this client mirrors it: the server sends each value as JSON text, and a value
 * is parsed when it is first read after it changed, not when it arrives. A client that reads a
 * few keys of an update (its own entry, say) parses those, not every key of every update; one
 * that reads them all parses each change once, as before. The SDK hands it to the application as
 * a ReadonlyMap (`RoomHandle.state`): it changes only when an update is applied.
 */
export class RoomStateMirror implements ReadonlyMap<string, unknown> {
  private readonly texts = new Map<string, string>();
  /** Values parsed since their last change (a text that is not JSON reads as undefined). */
  private readonly parsed = new Map<string, unknown>();

  get size(): number {
    return this.texts.size;
  }

  has(key: string): boolean {
    return this.texts.has(key);
  }

  get<T = unknown>(key: string): T | undefined {
    const known = this.parsed.get(key);
    if (known !== undefined || this.parsed.has(key)) return known as T;
    const text = this.texts.get(key);
    if (text === undefined) return undefined;
    const value = parseJson(text);
    this.parsed.set(key, value);
    return value as T;
  }

  keys(): MapIterator<string> {
    return this.texts.keys();
  }

  *values(): MapIterator<unknown> {
    for (const k of this.texts.keys()) yield this.get(k);
  }

  *entries(): MapIterator<[string, unknown]> {
    for (const k of this.texts.keys()) yield [k, this.get(k)];
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
    for (const k of this.texts.keys()) fn.call(thisArg, this.get(k), k, this);
  }

  /** @internal The value of `key` is now this JSON text. */
  setText(key: string, text: string): void {
    this.texts.set(key, text);
    this.parsed.delete(key);
  }

  /** @internal */
  delete(key: string): boolean {
    this.parsed.delete(key);
    return this.texts.delete(key);
  }

  /** @internal */
  clear(): void {
    this.texts.clear();
    this.parsed.clear();
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
