import crc32c from 'crc-32/crc32c.js';
import protobuf from 'protobufjs/minimal.js';
import { ProtocolError } from './errors.js';
import { geoplay } from './gen/geoplay.js';

/**
 * The frame codec: every WebSocket binary message is
 * `"GP" | version u8 | flags u8 | payload length u32 BE | payload | CRC32C u32 BE`
 * where the CRC covers everything before it and the payload is one protobuf Envelope.
 */
export const Envelope = geoplay.v1.Envelope;
export type Envelope = geoplay.v1.Envelope;
export type EnvelopeInit = geoplay.v1.Envelope.$Properties;

export const FRAME_VERSION = 1;
export const FRAME_HEADER_BYTES = 8;
export const FRAME_TRAILER_BYTES = 4;
export const FRAME_OVERHEAD = FRAME_HEADER_BYTES + FRAME_TRAILER_BYTES;
const MAGIC_G = 0x47;
const MAGIC_P = 0x50;

/** Frame flag bits. Receivers ignore bits they do not know. */
export const FrameFlags = {
  /** Server -> client: this frame is a replay from the session's ring after a resume. */
  REPLAYED: 0x01,
} as const;

/** Adds the header and the CRC trailer to an encoded Envelope. */
export function frameFromPayload(payload: Uint8Array, flags = 0): Uint8Array {
  const frame = new Uint8Array(payload.length + FRAME_OVERHEAD);
  frame.set(payload, FRAME_HEADER_BYTES);
  sealFrame(frame, flags);
  return frame;
}

/**
 * Encodes an Envelope straight into a frame: the header and trailer are reserved in the protobuf
 * writer so the payload is written once and never copied.
 */
export function encodeFrame(envelope: EnvelopeInit, flags = 0): Uint8Array {
  const w = protobuf.Writer.create();
  w.fixed32(0).fixed32(0);
  Envelope.encode(envelope, w);
  w.fixed32(0);
  const frame = w.finish();
  sealFrame(frame, flags);
  return frame;
}

/** Writes header fields and CRC into a frame whose payload is already in place. */
export function sealFrame(frame: Uint8Array, flags = 0): void {
  const payloadLength = frame.length - FRAME_OVERHEAD;
  frame[0] = MAGIC_G;
  frame[1] = MAGIC_P;
  frame[2] = FRAME_VERSION;
  frame[3] = flags;
  writeU32BE(frame, 4, payloadLength);
  const end = FRAME_HEADER_BYTES + payloadLength;
  writeU32BE(frame, end, crc32c.buf(frame.subarray(0, end)) >>> 0);
}

// Byte by byte rather than through a DataView: sealing runs once per frame sent (and reading the
// header once per frame received), and a DataView is an allocation.
function writeU32BE(out: Uint8Array, pos: number, v: number): void {
  out[pos] = v >>> 24;
  out[pos + 1] = (v >>> 16) & 0xff;
  out[pos + 2] = (v >>> 8) & 0xff;
  out[pos + 3] = v & 0xff;
}

function readU32BE(b: Uint8Array, pos: number): number {
  return ((b[pos]! << 24) | (b[pos + 1]! << 16) | (b[pos + 2]! << 8) | b[pos + 3]!) >>> 0;
}

/**
 * Checks a frame's header, length and CRC and returns a view of its payload, or the error.
 * Never throws.
 */
export function framePayload(frame: Uint8Array, maxFrameBytes: number): Uint8Array | ProtocolError {
  const checked = checkFrame(frame, maxFrameBytes);
  if (checked instanceof ProtocolError) return checked;
  return frame.subarray(FRAME_HEADER_BYTES, FRAME_HEADER_BYTES + checked);
}

/** The payload length of a frame whose header, length and CRC are good, or the error. Never throws. */
export function checkFrame(frame: Uint8Array, maxFrameBytes: number): number | ProtocolError {
  if (frame.length < FRAME_OVERHEAD) return new ProtocolError('FRAME_TOO_SHORT', `${frame.length} bytes`);
  if (frame[0] !== MAGIC_G || frame[1] !== MAGIC_P) return new ProtocolError('BAD_MAGIC');
  if (frame[2] !== FRAME_VERSION) return new ProtocolError('BAD_VERSION', `version ${frame[2]}`);
  const payloadLength = readU32BE(frame, 4);
  if (payloadLength + FRAME_OVERHEAD > maxFrameBytes) {
    return new ProtocolError(
      'FRAME_TOO_LARGE',
      `${payloadLength} byte payload, limit ${maxFrameBytes} per frame`,
    );
  }
  if (payloadLength + FRAME_OVERHEAD !== frame.length) {
    return new ProtocolError(
      'LENGTH_MISMATCH',
      `length field ${payloadLength}, frame carries ${frame.length - FRAME_OVERHEAD}`,
    );
  }
  const end = FRAME_HEADER_BYTES + payloadLength;
  const expected = readU32BE(frame, end);
  if (crc32c.buf(frame.subarray(0, end)) >>> 0 !== expected) return new ProtocolError('BAD_CRC');
  return payloadLength;
}

/** Flags byte of a frame that passed `framePayload`. */
export function frameFlags(frame: Uint8Array): number {
  return frame[3] ?? 0;
}

/** Decodes a whole frame into an Envelope, or returns the error. Never throws. */
export function decodeFrame(frame: Uint8Array, maxFrameBytes: number): Envelope | ProtocolError {
  const payloadLength = checkFrame(frame, maxFrameBytes);
  if (payloadLength instanceof ProtocolError) return payloadLength;
  return decodeCheckedFrame(frame, payloadLength);
}

/** Decodes the Envelope of a frame that passed `checkFrame` (which gave `payloadLength`). Never throws. */
export function decodeCheckedFrame(frame: Uint8Array, payloadLength: number): Envelope | ProtocolError {
  try {
    // Read in place: no view of the payload to make (one allocation less on every frame).
    const reader = protobuf.Reader.create(frame);
    reader.pos = FRAME_HEADER_BYTES;
    return Envelope.decode(reader, payloadLength);
  } catch (err) {
    return new ProtocolError('BAD_PROTOBUF', err instanceof Error ? err.message : String(err));
  }
}
