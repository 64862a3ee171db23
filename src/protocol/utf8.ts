/**
 * Strict UTF-8 decoding of short payloads (a room message's JSON, typically 10-100 bytes, on every
 * input). A fatal TextDecoder checks and converts in C++ behind a JavaScript wrapper that costs
 * more than the conversion at these sizes; ASCII, which is its own Latin-1, is sliced straight
 * from a Node Buffer instead. Anything else, and plain Uint8Arrays, go to the decoder.
 */
// The generated decoder's $readString (scripts/gen-proto.mjs) applies the same ASCII rule to
// string fields, in the generated JavaScript, which imports nothing but protobufjs; it keeps a
// leading U+FEFF (part of a protobuf string), where this drops it (JSON text's byte order mark).
import { isLatin1Sliceable } from './wire.js';

const strict = new TextDecoder('utf-8', { fatal: true });

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
