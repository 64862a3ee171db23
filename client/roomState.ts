import { viewText } from './updateFrame.js';

/**
 * A room's state as this client mirrors it: the server sends each value as JSON text, and a value
 * is parsed when it is first read after it changed, not when it arrives. A client that reads a
 * few keys of an update (its own entry, say) parses those, not every key of every update; one
 * that reads them all parses each change once, as before. The SDK hands it to the application as
 * a ReadonlyMap (`RoomHandle.state`): it changes only when an update is applied.
 */
export class RoomStateMirror implements ReadonlyMap<string, unknown> {
  /** One entry a key: one map lookup per value an update sets (unless found by position below). */
  private readonly entries_ = new Map<string, Entry>();
  /**
   * The keys of the last update applied, in its order, and their entries. A room's next update
   * mostly sets the same keys in the same order (the members' entries, say): comparing the key at
   * the same position finds its entry without hashing the freshly decoded key for a Map lookup.
   * Emptied whenever an entry leaves the map, so it never points at one that is gone.
   */
  private readonly lastKeys: string[] = [];
  private readonly lastEntries: Entry[] = [];
  /**
   * Entries whose value is still bytes of `lazyFrame` (setFrameValues). A frame is kept only
   * until the next one arrives: then the entries still unread and not set again are turned into
   * text, so a frame (and the socket read it is a view of) is never held longer than one update.
   */
  private lazyFrame: Uint8Array | null = null;
  private lazyEntries: Entry[] = [];
  private spareEntries: Entry[] = [];

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
    if (e === undefined) this.entries_.set(key, newEntry(text));
    else setEntryText(e, text);
  }

  /** @internal An update's entries: `keys[i]` is now the JSON text `texts[i]` ('' when missing). */
  setTexts(keys: readonly string[], texts: readonly (string | undefined)[]): void {
    const lastKeys = this.lastKeys;
    const lastEntries = this.lastEntries;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const text = texts[i] ?? '';
      const e = this.entryAt(i, key, lastKeys, lastEntries);
      setEntryText(e, text);
    }
    this.settle();
  }

  /**
   * @internal An update read in place (updateFrame.ts): `keys[i]` is now the JSON text in
   * `frame[starts[i]..ends[i])`, turned into a string when first read.
   */
  setFrameValues(
    keys: readonly string[],
    frame: Uint8Array,
    starts: readonly number[],
    ends: readonly number[],
  ): void {
    const lastKeys = this.lastKeys;
    const lastEntries = this.lastEntries;
    const now = this.spareEntries;
    for (let i = 0; i < keys.length; i++) {
      const e = this.entryAt(i, keys[i]!, lastKeys, lastEntries);
      e.src = frame;
      e.start = starts[i]!;
      e.end = ends[i]!;
      e.value = UNPARSED;
      now.push(e);
    }
    this.settle();
    this.spareEntries = this.lazyEntries;
    this.lazyEntries = now;
    this.lazyFrame = keys.length > 0 ? frame : null;
  }

  /** The entry of `key`, the update's `i`th: found by position when the last update had it there. */
  private entryAt(i: number, key: string, lastKeys: string[], lastEntries: Entry[]): Entry {
    if (i < lastKeys.length && lastKeys[i] === key) return lastEntries[i]!;
    let e = this.entries_.get(key);
    if (e === undefined) {
      e = newEntry('');
      this.entries_.set(key, e);
    }
    lastKeys[i] = key;
    lastEntries[i] = e;
    return e;
  }

  /**
   * @internal Turns the values still waiting in the last frame into text, and lets the frame go
   * (also when the room is left: a handle the application keeps holds no frame).
   */
  settle(): void {
    const frame = this.lazyFrame;
    if (frame === null) return;
    const lazy = this.lazyEntries;
    for (let i = 0; i < lazy.length; i++) {
      const e = lazy[i]!;
      if (e.src === frame) {
        e.text = viewText(frame, e.start, e.end);
        e.src = null;
      }
    }
    lazy.length = 0;
    this.lazyFrame = null;
  }

  /** @internal */
  delete(key: string): boolean {
    this.forgetPositions();
    return this.entries_.delete(key);
  }

  /** @internal */
  clear(): void {
    this.forgetPositions();
    this.entries_.clear();
    this.lazyEntries.length = 0;
    this.lazyFrame = null;
  }

  private forgetPositions(): void {
    this.lastKeys.length = 0;
    this.lastEntries.length = 0;
  }
}

/** An entry's value before its text was parsed (one field to reset on a change, not two). */
const UNPARSED: unique symbol = Symbol('unparsed');

interface Entry {
  /** The JSON text, unless `src` is set. */
  text: string;
  /** The parsed text once read (a text that is not JSON reads as undefined), else UNPARSED. */
  value: unknown;
  /** The frame whose bytes `start..end` are the text, until it is read. */
  src: Uint8Array | null;
  start: number;
  end: number;
}

function newEntry(text: string): Entry {
  return { text, value: UNPARSED, src: null, start: 0, end: 0 };
}

function setEntryText(e: Entry, text: string): void {
  e.text = text;
  e.src = null;
  e.value = UNPARSED;
}

function valueOf(e: Entry): unknown {
  if (e.value === UNPARSED) {
    if (e.src !== null) {
      e.text = viewText(e.src, e.start, e.end);
      e.src = null;
    }
    e.value = parseJson(e.text);
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
