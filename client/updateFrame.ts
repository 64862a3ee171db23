/**
 * A room update read in place from its frame, without protobufjs. A room sends each member an
 * update on every tick (20 a second), and decoding one with the generated code makes an Envelope,
 * a RoomUpdate, five arrays and a string for every key and every value, most of which the
 * application never looks at. This reader takes the usual update (ASCII strings, no members, no
 * result) and gives back the keys (strings it made before, found again by their bytes) and where
 * each value's JSON lies in the frame: a value becomes a string only when the application reads
 * it (RoomStateMirror.setFrameValues).
 *
 * Anything else (another body, members, a result, a non-ASCII byte in a key or another string
 * but a value, a field of an unexpected wire type, a truncated field, a field the schema does not
 * have) returns undefined, and the caller decodes the frame with protobufjs as before: that path
 * stays the reference, and reports what is wrong with a bad frame. One difference is deliberate:
 * a value's bytes are not checked here (a byte loop over every value would cost more than the
 * rest of the read), so a value that is not UTF-8, which a server encoding JavaScript strings
 * never sends, reads as undefined when it is read, where protobufjs would refuse the whole
 * update. The frame's header and CRC are checked by the caller.
 */
import {
  ENVELOPE_ACK,
  ENVELOPE_HLC_LOGICAL,
  ENVELOPE_HLC_MS,
  ENVELOPE_ROOM_UPDATE,
  ENVELOPE_SEQ,
  ENVELOPE_TRACE_ID,
  UPDATE_BASE_TICK,
  UPDATE_LEFT,
  UPDATE_PHASE,
  UPDATE_PHASE_ENDS_MS,
  UPDATE_REMOVED_KEYS,
  UPDATE_ROOM_ID,
  UPDATE_ROOM_TYPE,
  UPDATE_SET_KEYS,
  UPDATE_SET_VALUES,
  UPDATE_SNAPSHOT,
  UPDATE_TICK,
} from '../src/protocol/tags.js';
import { EMPTY_WALK, type EnvelopeWalk, walkEnvelope } from '../src/protocol/envelopeWalk.js';
import { asciiString, InternedStrings } from '../src/protocol/strings.js';
import { readDouble, readVarint } from '../src/protocol/wire.js';

/**
 * A room update read by `readUpdateFrame`: the fields of a RoomUpdate the client applies, with
 * `setKeys[i]`'s JSON at `frame[valueStarts[i]..valueEnds[i])`.
 */
export interface RoomUpdateView {
  /** The envelope's seq (0: not numbered, as room updates are). */
  seq: number;
  roomId: string;
  tick: number;
  baseTick: number;
  snapshot: boolean;
  phase: number;
  phaseEndsMs: number;
  setKeys: string[];
  removedKeys: string[];
  left: string[];
  roomType: string;
  frame: Uint8Array;
  valueStarts: number[];
  valueEnds: number[];
}

/** Whether the frame's payload starts like a room update's envelope (a cheap first test). */
export function looksLikeUpdate(frame: Uint8Array, start: number): boolean {
  const t = frame[start];
  return (
    t === ENVELOPE_HLC_MS ||
    t === ENVELOPE_HLC_LOGICAL ||
    t === ENVELOPE_SEQ ||
    t === ENVELOPE_ACK ||
    t === ENVELOPE_TRACE_ID ||
    t === ((ENVELOPE_ROOM_UPDATE & 0x7f) | 0x80)
  );
}

/** Where walkEnvelope leaves what it found, and readVarint the value it read (no object per call). */
const walk: EnvelopeWalk = { ...EMPTY_WALK };

/**
 * 64 slots: a room's keys are its members' entries and a few more. Under load the table is read
 * for every key of every update, among hundreds of clients in one process (a bot worker): 512 slots
 * were measured to cost more in cache misses than they saved.
 */
const INTERN_SLOTS = 64;

/**
 * The keys and room ids read so far (InternedStrings): a room's updates set the same few keys over
 * and over, mostly in another order each tick (the order its members' inputs arrived in).
 */
export class UpdateStrings extends InternedStrings {
  constructor() {
    super(INTERN_SLOTS);
  }
}

/**
 * Reads the envelope `frame[start..end)` if it is a room update this path takes; undefined
 * otherwise (the caller then decodes it with protobufjs). Never throws.
 */
export function readUpdateFrame(
  frame: Uint8Array,
  start: number,
  end: number,
  strings: UpdateStrings,
): RoomUpdateView | undefined {
  if (!walkEnvelope(frame, start, end, ENVELOPE_ROOM_UPDATE, walk)) return undefined;
  return readBody(frame, walk.body, walk.bodyEnd, walk.seq, strings);
}

function readBody(
  frame: Uint8Array,
  start: number,
  end: number,
  seq: number,
  strings: UpdateStrings,
): RoomUpdateView | undefined {
  const u: RoomUpdateView = {
    seq,
    roomId: '',
    tick: 0,
    baseTick: 0,
    snapshot: false,
    phase: 0,
    phaseEndsMs: 0,
    setKeys: [],
    removedKeys: [],
    left: [],
    roomType: '',
    frame,
    valueStarts: [],
    valueEnds: [],
  };
  let p = start;
  while (p < end) {
    const tag = frame[p++]!;
    if (tag === UPDATE_TICK || tag === UPDATE_BASE_TICK || tag === UPDATE_SNAPSHOT || tag === UPDATE_PHASE) {
      p = readVarint(frame, p, end, walk);
      if (p < 0) return undefined;
      const v = walk.value;
      if (tag === UPDATE_TICK) u.tick = v;
      else if (tag === UPDATE_BASE_TICK) u.baseTick = v;
      else if (tag === UPDATE_SNAPSHOT) u.snapshot = v !== 0;
      // An enum is an int32: a varint above 2^31 - 1 is a negative number, left to protobufjs.
      else if (v > 0x7fffffff) return undefined;
      else u.phase = v;
      continue;
    }
    if (tag === UPDATE_PHASE_ENDS_MS) {
      if (p + 8 > end) return undefined;
      u.phaseEndsMs = readDouble(frame, p);
      p += 8;
      continue;
    }
    if (
      tag !== UPDATE_ROOM_ID &&
      tag !== UPDATE_SET_KEYS &&
      tag !== UPDATE_SET_VALUES &&
      tag !== UPDATE_REMOVED_KEYS &&
      tag !== UPDATE_LEFT &&
      tag !== UPDATE_ROOM_TYPE
    ) {
      return undefined;
    }
    p = readVarint(frame, p, end, walk);
    if (p < 0) return undefined;
    const s = p;
    const e = p + walk.value;
    if (e > end) return undefined;
    p = e;
    if (tag === UPDATE_SET_VALUES) {
      // Not scanned here (a byte loop costs more than the rest of the read): viewText checks
      // the bytes when the value is read.
      u.valueStarts.push(s);
      u.valueEnds.push(e);
      continue;
    }
    const text = tag === UPDATE_ROOM_TYPE ? asciiString(frame, s, e, undefined) : strings.intern(frame, s, e);
    if (text === undefined) return undefined;
    if (tag === UPDATE_SET_KEYS) u.setKeys.push(text);
    else if (tag === UPDATE_ROOM_ID) u.roomId = text;
    else if (tag === UPDATE_REMOVED_KEYS) u.removedKeys.push(text);
    else if (tag === UPDATE_LEFT) u.left.push(text);
    else u.roomType = text;
  }
  // protobufjs pairs set_values with set_keys by position; fewer values than keys reads as ''
  // there (RoomHandle's rule), which this path leaves to it.
  if (u.valueStarts.length < u.setKeys.length) return undefined;
  return u;
}

/**
 * Made on first use, and without `fatal` where it is not supported (Node without ICU, some
 * polyfills): importing the SDK must not fail there, only invalid bytes then read as U+FFFD.
 */
let utf8Decoder: TextDecoder | undefined;
function decoder(): TextDecoder {
  if (utf8Decoder === undefined) {
    try {
      utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    } catch {
      utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    }
  }
  return utf8Decoder;
}

/**
 * The text of a value of a view, `frame[start..end)`; '' (which reads as undefined, as a text
 * that is not JSON does) when the bytes are not UTF-8, which a server encoding JavaScript strings
 * never sends.
 */
export function viewText(frame: Uint8Array, start: number, end: number): string {
  const ascii = asciiString(frame, start, end, undefined);
  if (ascii !== undefined) return ascii;
  try {
    return decoder().decode(frame.subarray(start, end));
  } catch {
    return '';
  }
}
