/**
 * Protobuf tags (field number << 3 | wire type) of the fields that the one-pass codecs write and
 * read without protobufjs: the server's RoomUpdate encoder (rooms/codec.ts) and room-message reader
 * (protocol/roomMessageFrame.ts), and the SDK's update reader and room-message writer
 * (client/updateFrame.ts, client/messageFrame.ts). The numbers are
 * proto/geoplay.proto's; a tag over 127 takes two bytes as a varint.
 */

// Envelope
export const ENVELOPE_SEQ = 1 << 3;
export const ENVELOPE_ACK = 2 << 3;
export const ENVELOPE_HLC_MS = (3 << 3) | 1;
export const ENVELOPE_HLC_LOGICAL = 4 << 3;
export const ENVELOPE_TRACE_ID = (5 << 3) | 2;
export const ENVELOPE_ROOM_MESSAGE = (24 << 3) | 2; // 194: 0xc2 0x01
export const ENVELOPE_ROOM_UPDATE = (25 << 3) | 2; // 202: 0xca 0x01

// RoomUpdate
export const UPDATE_ROOM_ID = (1 << 3) | 2;
export const UPDATE_TICK = 2 << 3;
export const UPDATE_BASE_TICK = 3 << 3;
export const UPDATE_SNAPSHOT = 4 << 3;
export const UPDATE_PHASE = 5 << 3;
export const UPDATE_PHASE_ENDS_MS = (6 << 3) | 1;
export const UPDATE_SET_KEYS = (7 << 3) | 2;
export const UPDATE_SET_VALUES = (8 << 3) | 2;
export const UPDATE_REMOVED_KEYS = (9 << 3) | 2;
export const UPDATE_LEFT = (11 << 3) | 2;
export const UPDATE_ROOM_TYPE = (13 << 3) | 2;

// RoomMessage
export const MESSAGE_ROOM_ID = (1 << 3) | 2;
export const MESSAGE_TYPE = (2 << 3) | 2;
export const MESSAGE_PAYLOAD = (3 << 3) | 2;
