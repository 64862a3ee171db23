export { CloseCode, closeCodeOf, type ErrorCode, ErrorCodes, ProtocolError } from './errors.js';
export {
  decodeFrame,
  Envelope,
  type EnvelopeInit,
  encodeFrame,
  FRAME_HEADER_BYTES,
  FRAME_OVERHEAD,
  FRAME_TRAILER_BYTES,
  FRAME_VERSION,
  FrameFlags,
  frameFlags,
  frameFromPayload,
  framePayload,
  sealFrame,
} from './frame.js';
export { geoplay } from './gen/geoplay.js';
