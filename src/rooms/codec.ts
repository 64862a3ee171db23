import protobuf from 'protobufjs/minimal.js';
import { Envelope, sealFrame } from '../protocol/frame.js';
import type { geoplay } from '../protocol/gen/geoplay.js';
import type { HybridLogicalClock } from '../session/hlc.js';

export type RoomUpdateInit = geoplay.v1.RoomUpdate.$Properties;
export type RoomResultInit = geoplay.v1.RoomResult.$Properties;
export type RoomJoin = geoplay.v1.RoomJoin;
export type RoomLeave = geoplay.v1.RoomLeave;
export type RoomMessage = geoplay.v1.RoomMessage;

/**
 * Seals a RoomUpdate into a complete frame for many sessions: not numbered (seq and ack 0, so the
 * bytes do not depend on the receiver), stamped with one tick of the node's clock.
 */
export function encodeRoomFrame(update: RoomUpdateInit, hlc: HybridLogicalClock): Uint8Array {
  hlc.tick();
  const w = protobuf.Writer.create();
  w.fixed32(0).fixed32(0);
  Envelope.encode({ hlcMs: hlc.ms, hlcLogical: hlc.logical, roomUpdate: update }, w);
  w.fixed32(0);
  const frame = w.finish();
  sealFrame(frame);
  return frame;
}
