/**
 * Strict UTF-8 decoding of short payloads (a room message's JSON, typically 10-100 bytes, on every
 * input). A fatal TextDecoder checks and converts in C++ behind a JavaScript wrapper that costs
 * more than the conversion at these sizes; ASCII, which is its own Latin-1, is sliced straight
 * from a Node Buffer instead. Anything else, and plain Uint8Arrays, go to the decoder.
 */
// The generated decoder's $readString (scripts/gen-proto.mjs) applies the same ASCII rule to
// string fields, in the generated JavaScript, which imports nothing but protobufjs; it keeps a
// leading U+FEFF (part of a protobuf string), where this drops it (JSON text's byte order mark).
const strict = new TextDecoder('utf-8', { fatal: true });

/** Node's Buffer, by the one method read here (not in the DOM typings of Uint8Array). */
export interface Latin1Sliceable extends Uint8Array {
  latin1Slice(start: number, end: number): string;
}

/** Whether the bytes are a Node Buffer (which slices Latin-1 natively); a browser's are not. */
export function isLatin1Sliceable(bytes: Uint8Array): bytes is Latin1Sliceable {
  return typeof (bytes as Partial<Latin1Sliceable>).latin1Slice === 'function';
}

const ASCII_SLICE_MAX = 256;

/**
 * The bytes as a string; throws a TypeError when they are not valid UTF-8. A leading byte order
 * mark is dropped, as TextDecoder does by default (what room payloads were decoded with before).
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n <= ASCII_SLICE_MAX && isLatin1Sliceable(bytes)) {
    let i = 0;
    while (i < n && bytes[i]! < 0x80) i++;
    if (i === n) return bytes.latin1Slice(0, n);
  }
  return strict.decode(bytes);
}
