import {
  ENVELOPE_ACK,
  ENVELOPE_HLC_LOGICAL,
  ENVELOPE_HLC_MS,
  ENVELOPE_SEQ,
  ENVELOPE_TRACE_ID,
} from './tags.js';
import { readVarint, type VarintOut } from './wire.js';

/**
 * What `walkEnvelope` found: the envelope's seq and ack, and where its body's bytes lie. It is the
 * varint reader's out value too (`value`), so a walk makes no object.
 */
export interface EnvelopeWalk extends VarintOut {
  seq: number;
  ack: number;
  /** The body's bytes are `frame[body..bodyEnd)`. */
  body: number;
  bodyEnd: number;
}

/** A walk's fields before it starts (`{ ...EMPTY_WALK }` for a caller's own). */
export const EMPTY_WALK: Readonly<EnvelopeWalk> = Object.freeze({
  value: 0,
  seq: 0,
  ack: 0,
  body: -1,
  bodyEnd: -1,
});

/**
 * Walks the Envelope `frame[start..end)` of a one-pass reader (protocol/roomMessageFrame.ts, the
 * SDK's client/updateFrame.ts) whose one body is expected in the field of tag `bodyTag` (a
 * length-delimited field numbered 16 or more, as every body is: a two-byte tag). Fills `out` and
 * returns true when the envelope holds only seq, ack, the HLC, a trace id and one such body;
 * false for anything else (another body, the body twice, which protobufjs would merge, a field
 * the schema does not have, a wire type it does not give, a varint over 32 bits, a field cut
 * short), which the caller leaves to protobufjs. A repeated seq or ack: the last one, as
 * protobufjs reads it.
 */
export function walkEnvelope(
  frame: Uint8Array,
  start: number,
  end: number,
  bodyTag: number,
  out: EnvelopeWalk,
): boolean {
  const tag0 = (bodyTag & 0x7f) | 0x80;
  const tag1 = bodyTag >>> 7;
  let seq = 0;
  let ack = 0;
  let body = -1;
  let bodyEnd = -1;
  let p = start;
  while (p < end) {
    const tag = frame[p++]!;
    if (tag === ENVELOPE_SEQ || tag === ENVELOPE_ACK || tag === ENVELOPE_HLC_LOGICAL) {
      p = readVarint(frame, p, end, out);
      if (p < 0) return false;
      if (tag === ENVELOPE_SEQ) seq = out.value;
      else if (tag === ENVELOPE_ACK) ack = out.value;
    } else if (tag === ENVELOPE_HLC_MS) {
      p += 8;
      if (p > end) return false;
    } else if (tag === ENVELOPE_TRACE_ID) {
      p = readVarint(frame, p, end, out);
      if (p < 0) return false;
      p += out.value;
      if (p > end) return false;
    } else if (tag === tag0 && frame[p] === tag1) {
      if (body >= 0) return false;
      p = readVarint(frame, p + 1, end, out);
      if (p < 0 || p + out.value > end) return false;
      body = p;
      bodyEnd = p + out.value;
      p = bodyEnd;
    } else {
      return false;
    }
  }
  if (body < 0) return false;
  out.seq = seq;
  out.ack = ack;
  out.body = body;
  out.bodyEnd = bodyEnd;
  return true;
}
