import { isLatin1Sliceable } from './wire.js';

/**
 * The string of the ASCII bytes `b[start..end)`, or undefined when one is not ASCII. `reuse` is
 * returned instead of a new string when its characters are those bytes.
 */
export function asciiString(
  b: Uint8Array,
  start: number,
  end: number,
  reuse: string | undefined,
): string | undefined {
  const n = end - start;
  if (reuse !== undefined && reuse.length === n) {
    let i = 0;
    while (i < n && reuse.charCodeAt(i) === b[start + i]) i++;
    if (i === n) return reuse;
  }
  for (let i = start; i < end; i++) if (b[i]! >= 0x80) return undefined;
  if (isLatin1Sliceable(b)) return b.latin1Slice(start, end);
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/**
 * ASCII strings read from frames so far, found again by their bytes: the one-pass readers meet
 * the same few strings over and over (a room's keys in every update on the client, a room id and
 * a message type in every input on the server). Finding one here costs a hash and a comparison of
 * its bytes; making a new string costs a native slice, and its hash again in every Map it is looked
 * up in (and a string compare where an interned one is the same object). Direct-mapped: a string
 * whose slot another took is made anew, and takes the slot back.
 */
export class InternedStrings {
  private readonly slots: (string | undefined)[];
  private readonly mask: number;

  /**
   * @param slots a power of two: the table's size (keep it small where it is read under load:
   *   each slot is a cache line to miss).
   * @param maxLength longer strings are made each time and never kept: a table that lives as long
   *   as a server must not let a client park large strings in it.
   */
  constructor(
    slots: number,
    private readonly maxLength = Number.POSITIVE_INFINITY,
  ) {
    if (!Number.isInteger(slots) || slots < 1 || (slots & (slots - 1)) !== 0) {
      throw new RangeError(`slots must be a power of two, got ${slots}`);
    }
    this.slots = new Array<string | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
  }

  /** The string of the ASCII bytes `b[start..end)`, or undefined when one is not ASCII. */
  intern(b: Uint8Array, start: number, end: number): string | undefined {
    if (end - start > this.maxLength) return asciiString(b, start, end, undefined);
    // FNV-1a over the bytes.
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
    const slot = (h >>> 0) & this.mask;
    const known = this.slots[slot];
    const s = asciiString(b, start, end, known);
    if (s !== undefined && s !== known) this.slots[slot] = s;
    return s;
  }
}
