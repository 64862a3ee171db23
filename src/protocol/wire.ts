import protobuf from 'protobufjs/minimal.js';

/**
 * Protobuf wire primitives that write straight into a caller's buffer at a known position, for
 * frames whose exact size is computed first and allocated once (the WorldDelta send path). The
 * protobufjs `Writer` grows and copies its buffer as it goes; these never allocate.
 */

/** Bytes of `v` (an unsigned 32-bit integer) as a varint. */
export function varintSize(v: number): number {
  v >>>= 0;
  if (v < 0x80) return 1;
  if (v < 0x4000) return 2;
  if (v < 0x200000) return 3;
  if (v < 0x10000000) return 4;
  return 5;
}

/** Writes `v` (unsigned 32-bit) as a varint at `pos`; returns the position after it. */
export function writeVarint(out: Uint8Array, pos: number, v: number): number {
  v >>>= 0;
  while (v > 0x7f) {
    out[pos++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[pos++] = v;
  return pos;
}

const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Writes a protobuf `double` (8 bytes, little-endian) at `pos`; returns the position after it. */
export function writeDouble(out: Uint8Array, pos: number, v: number): number {
  f64[0] = v;
  if (LITTLE_ENDIAN) {
    for (let i = 0; i < 8; i++) out[pos + i] = f64Bytes[i]!;
  } else {
    for (let i = 0; i < 8; i++) out[pos + i] = f64Bytes[7 - i]!;
  }
  return pos + 8;
}

/** Reads a protobuf `double` (8 bytes, little-endian) at `pos`. */
export function readDouble(b: Uint8Array, pos: number): number {
  if (LITTLE_ENDIAN) {
    for (let i = 0; i < 8; i++) f64Bytes[i] = b[pos + i]!;
  } else {
    for (let i = 0; i < 8; i++) f64Bytes[7 - i] = b[pos + i]!;
  }
  return f64[0]!;
}

/** Where readVarint leaves the value it read: the caller's, so a read makes no object. */
export interface VarintOut {
  value: number;
}

/**
 * Reads one protobuf varint of at most 32 bits at `pos` of `b` (below `end`): returns the position
 * after it, or -1 (longer, or cut short). The value is left in `out.value`.
 */
export function readVarint(b: Uint8Array, pos: number, end: number, out: VarintOut): number {
  if (pos >= end) return -1;
  let c = b[pos++]!;
  // Lengths, ticks and tags under 128 are the common case: one byte.
  if (c < 0x80) {
    out.value = c;
    return pos;
  }
  let v = c & 0x7f;
  let scale = 0x80;
  for (let i = 1; i < 5; i++) {
    if (pos >= end) return -1;
    c = b[pos++]!;
    v += (c & 0x7f) * scale;
    if (c < 0x80) {
      if (v > 0xffffffff) return -1;
      out.value = v;
      return pos;
    }
    scale *= 0x80;
  }
  return -1;
}

/**
 * Writes `s` as one byte a character at `pos`: its UTF-8 when it is ASCII. Returns the position
 * after it, or -1 when a character is not ASCII (the bytes written are then garbage: the caller
 * encodes some other way).
 */
export function writeAscii(out: Uint8Array, pos: number, s: string): number {
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    bits |= c;
    out[pos + i] = c;
  }
  return bits < 0x80 ? pos + s.length : -1;
}

/** Node's Buffer, by the one method read here (not in the DOM typings of Uint8Array). */
export interface Latin1Sliceable extends Uint8Array {
  latin1Slice(start: number, end: number): string;
}

/** Whether the bytes are a Node Buffer (which slices Latin-1 natively); a browser's are not. */
export function isLatin1Sliceable(bytes: Uint8Array): bytes is Latin1Sliceable {
  return typeof (bytes as Partial<Latin1Sliceable>).latin1Slice === 'function';
}

/** UTF-8 length of a string (what a protobuf `string` field carries). */
export function utf8Size(s: string): number {
  return protobuf.util.utf8.length(s);
}

/** Writes a string's UTF-8 bytes at `pos` (no length prefix); returns the position after it. */
export function writeUtf8(out: Uint8Array, pos: number, s: string): number {
  return pos + protobuf.util.utf8.write(s, out, pos);
}

/** Copies `bytes` to `pos`; returns the position after them. */
export function writeBytes(out: Uint8Array, pos: number, bytes: Uint8Array): number {
  out.set(bytes, pos);
  return pos + bytes.length;
}

/**
 * A message body that knows its encoded size and writes itself into a buffer being built, so an
 * envelope around it can be allocated once at its exact size (see Session.sendDelta).
 */
export interface WireBody {
  /** Encoded size in bytes. */
  readonly length: number;
  /** Writes exactly `length` bytes at `pos`; returns the position after them. */
  writeTo(out: Uint8Array, pos: number): number;
}
