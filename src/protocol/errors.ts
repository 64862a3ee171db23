/**
 * Every error the protocol can report, with the WebSocket close code that follows it (0: the
 * connection stays open). Shared by the server and the client SDK; docs/PROTOCOL.md lists the same
 * table and test/protocol/errors.test.ts keeps the two in step.
 */
export const ErrorCodes = {
  // Frame errors: the connection is closed, the process and other sessions are untouched.
  FRAME_TOO_SHORT: { close: 4001, message: 'frame shorter than its 12-byte header and trailer' },
  BAD_MAGIC: { close: 4002, message: 'frame does not start with "GP"' },
  BAD_VERSION: { close: 4003, message: 'unsupported frame version' },
  FRAME_TOO_LARGE: { close: 1009, message: 'frame larger than the negotiated maximum' },
  LENGTH_MISMATCH: { close: 4004, message: 'payload length field does not match the frame size' },
  BAD_CRC: { close: 4005, message: 'CRC32C of the frame does not match' },
  BAD_PROTOBUF: { close: 4006, message: 'payload is not a decodable Envelope' },
  UNKNOWN_MESSAGE: { close: 4007, message: 'envelope has no body this side accepts' },
  TEXT_FRAME: { close: 4008, message: 'text messages are not accepted; send binary frames' },
  WEBSOCKET_PROTOCOL: {
    close: 1002,
    message: 'the WebSocket framing broke RFC 6455 (bad opcode, mask, RSV bits, fragments)',
  },
  // Session protocol errors.
  HELLO_REQUIRED: { close: 4009, message: 'the first envelope must be a ClientHello' },
  HELLO_TIMEOUT: { close: 4010, message: 'no ClientHello within the hello timeout' },
  BAD_HELLO: { close: 4011, message: 'unsupported protocol version in ClientHello' },
  HEARTBEAT_TIMEOUT: { close: 4012, message: 'no Pong to heartbeatMissedLimit consecutive Pings' },
  SESSION_REPLACED: { close: 4013, message: 'the same player connected again elsewhere' },
  RESUME_REJECTED: { close: 0, message: 'resume token unknown or expired; a new session was started' },
  INVALID_LOCATION: { close: 0, message: 'location report out of range; the report was dropped' },
  // Rooms (docs/ROOMS.md): answers to RoomJoin, RoomLeave and RoomMessage; the connection stays open.
  ROOM_UNKNOWN_TYPE: { close: 0, message: 'no room type of that name on this server' },
  ROOM_NOT_FOUND: { close: 0, message: 'no such room, or no room of that type here now' },
  ROOM_FULL: { close: 0, message: 'the room has no seat left (for the whole party)' },
  ROOM_CLOSED: { close: 0, message: 'the room no longer takes players (running or ended)' },
  ROOM_OUT_OF_RANGE: { close: 0, message: "too far from the room's place; get closer or hold a pass" },
  ROOM_ALREADY_IN: { close: 0, message: 'already in a room, or a join is pending; leave it first' },
  ROOM_NOT_MEMBER: { close: 0, message: 'not a member of that room' },
  ROOM_PARTY_INCOMPLETE: { close: 0, message: 'the rest of the party did not join in time' },
  ROOM_MESSAGE_TOO_LARGE: { close: 0, message: "room message payload over the room's limit" },
  ROOM_INVALID_PAYLOAD: { close: 0, message: 'room request or message payload is invalid' },
  // Abuse and load.
  RATE_LIMITED: { close: 0, message: 'message dropped: over the per-session rate' },
  RATE_LIMIT_ABUSE: { close: 1008, message: 'sustained messages over the rate limit' },
  SLOW_CONSUMER: { close: 1013, message: 'slow consumer: socket backlog over the limit' },
  DRAINING: { close: 1001, message: 'server is shutting down; reconnect after the hint' },
  INTERNAL: { close: 1011, message: 'internal server error' },
} as const satisfies Record<string, { close: number; message: string }>;

export type ErrorCode = keyof typeof ErrorCodes;

/** WebSocket close codes used by geoplay, by meaning. */
export const CloseCode = {
  NORMAL: 1000,
  GOING_AWAY: 1001,
  PROTOCOL_ERROR: 1002,
  INVALID_PAYLOAD: 1007,
  POLICY_VIOLATION: 1008,
  MESSAGE_TOO_BIG: 1009,
  INTERNAL_ERROR: 1011,
  TRY_AGAIN_LATER: 1013,
} as const;

/** Close code for an error code (0 when the connection stays open). */
export function closeCodeOf(code: ErrorCode): number {
  return ErrorCodes[code].close;
}

/** An error in the protocol layer: carries its code and the close code to use. */
export class ProtocolError extends Error {
  readonly code: ErrorCode;
  readonly closeCode: number;
  /** What went wrong in this instance, without the code's general message. */
  readonly detail: string | undefined;
  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${ErrorCodes[code].message}: ${detail}` : ErrorCodes[code].message);
    this.name = 'ProtocolError';
    this.code = code;
    this.closeCode = ErrorCodes[code].close;
    this.detail = detail;
  }
}
