import crc32c from 'crc-32/crc32c.js';
import { FRAME_HEADER_BYTES, FRAME_OVERHEAD, sealFrame } from '../../src/protocol/frame.js';

/**
 * The receive path of a bot without a world model (a "light" bot, see docs/BENCHMARKS.md, World).
 * Decoding every WorldDelta into objects and keeping a world model is most of a bot's CPU; the
 * benchmark needs world models only for its observers and timed movers. A light bot checks the
 * frame (header, length, CRC32C), reads the tick and its own entity's position straight from the
 * bytes, and hands its SDK client a frame with the same envelope numbering and an empty WorldDelta,
 * so the client's seq, ack and gap detection go on as with the real frame.
 */

const TAG_WORLD_DELTA = (15 << 3) | 2;

/** What a light bot reads from one WorldDelta: the tick and, when present, its own position. */
export class OwnView {
  /** Tick of the last WorldDelta read (0 before the first). */
  tick = 0;
  /** The bot's entity handle, learned from the first enter that carries its id (-1 before). */
  eid = -1;
  /** Set when the last WorldDelta carried the bot's entity (an enter or a move). */
  seen = false;
  latE7 = 0;
  lngE7 = 0;
  /** Frames that failed the header, length or CRC check. */
  bad = 0;
  /** Bytes received that the SDK client did not see (real frames minus their light stand-ins). */
  hiddenBytes = 0;

  constructor(
    /** The bot's player id as UTF-8 (entities are matched on it until the eid is known). */
    readonly id: Uint8Array,
  ) {}
}

const EMPTY = new Uint8Array(0);
// A cursor over one buffer: the scanner reads varints in place and never allocates.
let buf: Uint8Array = EMPTY;
let pos = 0;

function varint(): number {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = buf[pos++]!;
    if (shift < 28) result |= (b & 0x7f) << shift;
    else result += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return result;
    shift += 7;
  }
}

function zigzag(n: number): number {
  return (n >>> 1) ^ -(n & 1);
}

function skip(wireType: number): void {
  if (wireType === 0) varint();
  else if (wireType === 1) pos += 8;
  else if (wireType === 2) {
    // Not `pos += varint()`: that reads pos before varint() moves it past the length.
    const len = varint();
    pos += len;
  } else if (wireType === 5) pos += 4;
  else throw new Error(`wire type ${wireType}`);
}

function idEquals(id: Uint8Array, start: number, len: number): boolean {
  if (len !== id.length) return false;
  for (let i = 0; i < len; i++) if (buf[start + i] !== id[i]) return false;
  return true;
}

function entity(end: number, view: OwnView): void {
  let eid = 0;
  let mine = false;
  let lat = 0;
  let lng = 0;
  while (pos < end) {
    const tag = varint();
    const field = tag >>> 3;
    if (field === 1 && (tag & 7) === 0) eid = varint();
    else if (field === 3 && (tag & 7) === 2) {
      const len = varint();
      mine = idEquals(view.id, pos, len);
      pos += len;
    } else if (field === 4 && (tag & 7) === 0) lat = zigzag(varint());
    else if (field === 5 && (tag & 7) === 0) lng = zigzag(varint());
    else skip(tag & 7);
  }
  if (mine) {
    view.eid = eid;
    view.seen = true;
    view.latE7 = lat;
    view.lngE7 = lng;
  }
}

/** Index of `eid` in the packed varints [start, end), or -1. */
function indexIn(start: number, end: number, eid: number): number {
  pos = start;
  for (let i = 0; pos < end; i++) if (varint() === eid) return i;
  return -1;
}

/** The k-th packed sint32 in [start, end). */
function nthSint(start: number, k: number): number {
  pos = start;
  for (let i = 0; i < k; i++) varint();
  return zigzag(varint());
}

function chunk(end: number, view: OwnView): void {
  let eidStart = -1;
  let eidEnd = -1;
  let latStart = -1;
  let lngStart = -1;
  while (pos < end) {
    const tag = varint();
    const field = tag >>> 3;
    if (field === 3 && (tag & 7) === 2) {
      const len = varint();
      entity(pos + len, view);
    } else if (field >= 4 && field <= 6 && (tag & 7) === 2) {
      const len = varint();
      if (field === 4) {
        eidStart = pos;
        eidEnd = pos + len;
      } else if (field === 5) latStart = pos;
      else lngStart = pos;
      pos += len;
    } else skip(tag & 7);
  }
  if (view.eid < 0 || eidStart < 0 || latStart < 0 || lngStart < 0) return;
  const k = indexIn(eidStart, eidEnd, view.eid);
  if (k >= 0) {
    view.seen = true;
    view.latE7 = nthSint(latStart, k);
    view.lngE7 = nthSint(lngStart, k);
  }
  pos = end;
}

/** Reads the tick and the own entity from a WorldDelta body at [start, end). */
export function scanWorldDelta(bytes: Uint8Array, start: number, end: number, view: OwnView): void {
  buf = bytes;
  pos = start;
  view.seen = false;
  while (pos < end) {
    const tag = varint();
    const field = tag >>> 3;
    if (field === 1 && (tag & 7) === 0) view.tick = varint();
    else if (field === 3 && (tag & 7) === 2) {
      const len = varint();
      chunk(pos + len, view);
    } else skip(tag & 7);
  }
  buf = EMPTY;
}

/**
 * For a frame whose envelope body is a WorldDelta: checks it, scans the delta into `view`, and
 * returns the same envelope (seq, ack, hlc) with an empty WorldDelta, sealed, for the SDK client.
 * Any other frame, or one that fails its checks, is returned as it is (the SDK then reports it).
 */
export function lightenFrame(frame: Uint8Array, view: OwnView): Uint8Array {
  const n = frame.length;
  if (n < FRAME_OVERHEAD || frame[0] !== 0x47 || frame[1] !== 0x50) return frame;
  const payload = ((frame[4]! << 24) | (frame[5]! << 16) | (frame[6]! << 8) | frame[7]!) >>> 0;
  const end = FRAME_HEADER_BYTES + payload;
  if (end + 4 !== n) return frame;
  const crc =
    ((frame[end]! << 24) | (frame[end + 1]! << 16) | (frame[end + 2]! << 8) | frame[end + 3]!) >>> 0;
  if (crc32c.buf(frame.subarray(0, end)) >>> 0 !== crc) {
    view.bad++;
    return frame;
  }
  // The envelope's fields before its body: seq, ack, hlc (numbers 1-5) come first on the wire.
  buf = frame;
  pos = FRAME_HEADER_BYTES;
  try {
    while (pos < end) {
      const at = pos;
      const tag = varint();
      if (tag === TAG_WORLD_DELTA) {
        const len = varint();
        const bodyStart = pos;
        scanWorldDelta(frame, bodyStart, bodyStart + len, view);
        // Header bytes up to the body's tag, then the tag and a zero length.
        const out = Buffer.allocUnsafe(at - FRAME_HEADER_BYTES + 2 + FRAME_OVERHEAD);
        out.set(frame.subarray(FRAME_HEADER_BYTES, at), FRAME_HEADER_BYTES);
        out[at] = TAG_WORLD_DELTA;
        out[at + 1] = 0;
        sealFrame(out, frame[3]);
        view.hiddenBytes += n - out.length;
        return out;
      }
      if (tag >>> 3 >= 10) return frame;
      skip(tag & 7);
    }
  } catch {
    view.bad++;
  } finally {
    buf = EMPTY;
  }
  return frame;
}
