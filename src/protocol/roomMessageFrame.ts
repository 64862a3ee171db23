/**
 * A client's room message read in place from its frame, without protobufjs. Room inputs are
 * almost every frame a server with rooms receives (20 a second from every member), and decoding
 * one with the generated code makes an Envelope, a RoomMessage, two strings and a view of the
 * payload, where this reader makes the view and an object of five fields: reading it here takes about 15% off the server's handling of an input, 230 ns
 * (docs/BENCHMARKS.md, "Rooms: room messages read in place, and V8's pretenuring").
 *
 * This reader takes the usual envelope: seq, ack, the HLC, a trace id, and one RoomMessage whose
 * room id and type are ASCII. Anything else (another body, two bodies, a field the schema does not
 * have, a wire type the schema does not give, a non-ASCII string, a varint over 32 bits, a field
 * cut short) returns undefined, and the caller decodes the frame with protobufjs: that path stays
 * the reference, and reports what is wrong with a bad frame. Where this reader answers, it gives
 * what protobufjs gives (a repeated field's last value wins; an absent one is empty); the tests
 * hold it to that. The frame's header and CRC are checked by the caller.
 */
import { InternedStrings } from './strings.js';
import { EMPTY_WALK, type EnvelopeWalk, walkEnvelope } from './envelopeWalk.js';
import { ENVELOPE_ROOM_MESSAGE, MESSAGE_PAYLOAD, MESSAGE_ROOM_ID, MESSAGE_TYPE } from './tags.js';
import { readVarint } from './wire.js';

/** A RoomMessage envelope as `RoomMessageReader.read` reads it. */
export interface RoomMessageIn {
  /** The envelope's seq and ack. */
  seq: number;
  ack: number;
  /** RoomMessage.room_id: '' for the room the player sits in. */
  roomId: string;
  /** RoomMessage.type. */
  type: string;
  /** RoomMessage.payload: a view of the frame (a Buffer when the frame is one), empty when absent. */
  payload: Uint8Array;
}

/** Longest room id or message type the reader's table keeps. */
const MAX_KEPT_BYTES = 64;

/**
 * Reads room messages in place (one reader per gateway). It keeps the strings of room ids and
 * message types read so far: a server's inputs carry the same few types and one id per room, so
 * most are found again by their bytes. 256 slots hold a small server's rooms; rooms beyond that
 * cost a string each, as before. Only strings of up to 64 bytes (the longest name a room gives
 * itself or a message type) are kept: longer ones are made each time, so no client can park
 * large strings in a table that lives as long as the server.
 */
export class RoomMessageReader {
  private readonly strings = new InternedStrings(256, MAX_KEPT_BYTES);
  private readonly walk: EnvelopeWalk = { ...EMPTY_WALK };

  /**
   * Reads the envelope `frame[start..end)` if it is a room message this path takes; undefined
   * otherwise (the caller then decodes it with protobufjs). Never throws.
   */
  read(frame: Uint8Array, start: number, end: number): RoomMessageIn | undefined {
    const walk = this.walk;
    if (!walkEnvelope(frame, start, end, ENVELOPE_ROOM_MESSAGE, walk)) return undefined;
    const bodyEnd = walk.bodyEnd;
    let roomId = '';
    let type = '';
    // An absent payload is an empty view, of the same kind as a present one.
    let payload = frame.subarray(bodyEnd, bodyEnd);
    let p = walk.body;
    while (p < bodyEnd) {
      const tag = frame[p++]!;
      if (tag !== MESSAGE_ROOM_ID && tag !== MESSAGE_TYPE && tag !== MESSAGE_PAYLOAD) return undefined;
      p = readVarint(frame, p, bodyEnd, walk);
      if (p < 0) return undefined;
      const s = p;
      p += walk.value;
      if (p > bodyEnd) return undefined;
      if (tag === MESSAGE_PAYLOAD) {
        payload = frame.subarray(s, p);
        continue;
      }
      const text = this.strings.intern(frame, s, p);
      if (text === undefined) return undefined;
      if (tag === MESSAGE_ROOM_ID) roomId = text;
      else type = text;
    }
    return { seq: walk.seq, ack: walk.ack, roomId, type, payload };
  }
}
