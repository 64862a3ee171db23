/**
 * A RoomMessage envelope written straight into its frame. A room member sends one for every
 * input (20 a second in a fast room); through protobufjs's Writer, with the payload first encoded
 * to bytes on its own, that costs more than everything else the SDK does to send it. Here the
 * size is worked out first and the frame allocated once, with the JSON written in place when it is
 * ASCII, as most payloads are. Anything else returns undefined, and the caller encodes the
 * envelope with protobufjs: the tests hold both to the same decoded envelope.
 */
import { FRAME_HEADER_BYTES, FRAME_TRAILER_BYTES, sealFrame } from '../src/protocol/frame.js';
import {
  ENVELOPE_ACK,
  ENVELOPE_ROOM_MESSAGE,
  ENVELOPE_SEQ,
  MESSAGE_PAYLOAD,
  MESSAGE_ROOM_ID,
  MESSAGE_TYPE,
} from '../src/protocol/tags.js';
import { varintSize, writeAscii, writeVarint } from '../src/protocol/wire.js';

/**
 * A frame's memory: in Node a slice of Buffer's pool, as protobufjs's Writer takes (a Uint8Array
 * of more than 64 bytes gets its own backing store, which costs more than the rest of the frame).
 */
const alloc: (size: number) => Uint8Array =
  typeof Buffer === 'function' && typeof Buffer.allocUnsafe === 'function'
    ? (size) => Buffer.allocUnsafe(size)
    : (size) => new Uint8Array(size);

function fieldSize(len: number): number {
  return len === 0 ? 0 : 1 + varintSize(len) + len;
}

function writeField(out: Uint8Array, pos: number, tag: number, s: string): number {
  if (s.length === 0) return pos;
  out[pos] = tag;
  return writeAscii(out, writeVarint(out, pos + 1, s.length), s);
}

/**
 * The frame of `{ seq, ack, roomMessage: { roomId, type, payload: UTF-8 of json } }`, or undefined
 * when a string is not ASCII. Fields at their default (0, '') are left out, as protobuf does.
 */
export function encodeRoomMessageFrame(
  seq: number,
  ack: number,
  roomId: string,
  type: string,
  json: string,
): Uint8Array | undefined {
  const body = fieldSize(roomId.length) + fieldSize(type.length) + fieldSize(json.length);
  const envelope =
    (seq !== 0 ? 1 + varintSize(seq) : 0) +
    (ack !== 0 ? 1 + varintSize(ack) : 0) +
    2 +
    varintSize(body) +
    body;
  // Every byte is written below: the pool's old contents never go out.
  const frame = alloc(FRAME_HEADER_BYTES + envelope + FRAME_TRAILER_BYTES);
  let p = FRAME_HEADER_BYTES;
  if (seq !== 0) {
    frame[p++] = ENVELOPE_SEQ;
    p = writeVarint(frame, p, seq);
  }
  if (ack !== 0) {
    frame[p++] = ENVELOPE_ACK;
    p = writeVarint(frame, p, ack);
  }
  frame[p++] = (ENVELOPE_ROOM_MESSAGE & 0x7f) | 0x80;
  frame[p++] = ENVELOPE_ROOM_MESSAGE >>> 7;
  p = writeVarint(frame, p, body);
  p = writeField(frame, p, MESSAGE_ROOM_ID, roomId);
  if (p >= 0) p = writeField(frame, p, MESSAGE_TYPE, type);
  if (p >= 0) p = writeField(frame, p, MESSAGE_PAYLOAD, json);
  if (p < 0) return undefined;
  sealFrame(frame);
  return frame;
}
