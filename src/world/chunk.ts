import protobuf from 'protobufjs/minimal.js';
import {
  utf8Size,
  varintSize,
  type WireBody,
  writeBytes,
  writeDouble,
  writeUtf8,
  writeVarint,
} from '../protocol/wire.js';
import type { EntityStore } from './entities.js';

/**
 * Hand-written protobuf encoders for the hot messages of the tick (CellChunk, WorldDelta), reading
 * entity state straight from the EntityStore's arrays. Field numbers and wire types follow
 * proto/geoplay.proto; test/world/chunk.test.ts decodes the output with the generated decoder.
 *
 * A chunk is encoded together with its WorldDelta field tag and length (field 3), so a session's
 * WorldDelta is the byte concatenation of a small header, the chunks of its cells, and the
 * dropped-cell tokens.
 */
const TAG_DELTA_CHUNK = (3 << 3) | 2;

function writeEntity(w: protobuf.Writer, s: EntityStore, eid: number): void {
  w.uint32((3 << 3) | 2).fork();
  w.uint32(8).uint32(eid);
  w.uint32(16).uint32(s.kind[eid]!);
  w.uint32(26).string(s.id[eid]!);
  w.uint32(32).sint32(s.latE7[eid]!);
  w.uint32(40).sint32(s.lngE7[eid]!);
  const name = s.name[eid]!;
  if (name) w.uint32(50).string(name);
  if (s.team[eid]) w.uint32(56).uint32(s.team[eid]!);
  // Written even when unknown (NaN): an absent float reads as 0, which is a real heading and speed.
  if (s.kind[eid] === 1) {
    w.uint32(69).float(s.headingDeg[eid]!);
    w.uint32(77).float(s.speedMps[eid]!);
  }
  if (s.updatedMs[eid]) w.uint32(81).double(s.updatedMs[eid]!);
  if (s.level[eid]) w.uint32(88).uint32(s.level[eid]!);
  if (s.expiresMs[eid]) w.uint32(97).double(s.expiresMs[eid]!);
  const poiKind = s.poiKind[eid]!;
  if (poiKind) w.uint32(106).string(poiKind);
  if (s.idle[eid]) w.uint32(112).bool(true);
  w.ldelim();
}

/** A change chunk: enters (full state), moves (absolute E7), leaves (with destination token). */
export function encodeChangeChunk(
  token: string,
  store: EntityStore,
  enters: readonly number[],
  moves: readonly number[],
  leaves: readonly number[],
  leaveTo: readonly string[],
): Uint8Array {
  const w = protobuf.Writer.create();
  w.uint32(TAG_DELTA_CHUNK).fork();
  w.uint32(10).string(token);
  for (const eid of enters) writeEntity(w, store, eid);
  if (moves.length > 0) {
    w.uint32(34).fork();
    for (const eid of moves) w.uint32(eid);
    w.ldelim();
    w.uint32(42).fork();
    for (const eid of moves) w.sint32(store.latE7[eid]!);
    w.ldelim();
    w.uint32(50).fork();
    for (const eid of moves) w.sint32(store.lngE7[eid]!);
    w.ldelim();
  }
  if (leaves.length > 0) {
    w.uint32(58).fork();
    for (const eid of leaves) w.uint32(eid);
    w.ldelim();
    for (const to of leaveTo) w.uint32(66).string(to);
  }
  w.ldelim();
  return w.finish();
}

/** A snapshot chunk: the complete content of the cell. */
export function encodeSnapshotChunk(
  token: string,
  store: EntityStore,
  members: Iterable<number>,
): Uint8Array {
  const w = protobuf.Writer.create();
  w.uint32(TAG_DELTA_CHUNK).fork();
  w.uint32(10).string(token);
  w.uint32(16).bool(true);
  for (const eid of members) writeEntity(w, store, eid);
  w.ldelim();
  return w.finish();
}

const TAG_TICK = (1 << 3) | 0;
const TAG_SERVER_TIME = (2 << 3) | 1;
const TAG_DROPPED = (4 << 3) | 2;
const TAG_FULL_SNAPSHOT = (5 << 3) | 0;
const NONE: readonly never[] = [];

/**
 * A WorldDelta body that is never built on its own: it computes its size from the pre-encoded
 * chunks and writes itself into the session's frame (Session.sendDelta allocates the frame once,
 * at its exact size). Same bytes as encodeWorldDelta. One instance is reused for every session of
 * a tick: `set` it, hand it to sendDelta, and it keeps no reference after that.
 */
export class WorldDeltaBody implements WireBody {
  length = 0;
  private tick = 0;
  private serverTimeMs = 0;
  private chunks: readonly Uint8Array[] = NONE;
  private dropped: readonly string[] = NONE;
  private fullSnapshot = false;

  set(
    tick: number,
    serverTimeMs: number,
    chunks: readonly Uint8Array[],
    dropped: readonly string[],
    fullSnapshot: boolean,
  ): this {
    this.tick = tick;
    this.serverTimeMs = serverTimeMs;
    this.chunks = chunks;
    this.dropped = dropped;
    this.fullSnapshot = fullSnapshot;
    let n = 1 + varintSize(tick) + 1 + 8;
    for (let i = 0; i < chunks.length; i++) n += chunks[i]!.length;
    for (let i = 0; i < dropped.length; i++) {
      const len = utf8Size(dropped[i]!);
      n += 1 + varintSize(len) + len;
    }
    if (fullSnapshot) n += 2;
    this.length = n;
    return this;
  }

  writeTo(out: Uint8Array, pos: number): number {
    out[pos++] = TAG_TICK;
    pos = writeVarint(out, pos, this.tick);
    out[pos++] = TAG_SERVER_TIME;
    pos = writeDouble(out, pos, this.serverTimeMs);
    const chunks = this.chunks;
    for (let i = 0; i < chunks.length; i++) pos = writeBytes(out, pos, chunks[i]!);
    const dropped = this.dropped;
    for (let i = 0; i < dropped.length; i++) {
      const t = dropped[i]!;
      out[pos++] = TAG_DROPPED;
      pos = writeVarint(out, pos, utf8Size(t));
      pos = writeUtf8(out, pos, t);
    }
    if (this.fullSnapshot) {
      out[pos++] = TAG_FULL_SNAPSHOT;
      out[pos++] = 1;
    }
    // Nothing may keep a chunk alive once it is written.
    this.chunks = NONE;
    this.dropped = NONE;
    return pos;
  }
}

/**
 * WorldDelta bytes: tick, server time, the given pre-encoded chunks, then the dropped cells, and
 * full_snapshot when the chunks are snapshots of the whole interest set.
 */
export function encodeWorldDelta(
  tick: number,
  serverTimeMs: number,
  chunks: readonly Uint8Array[],
  dropped: readonly string[],
  fullSnapshot = false,
): Uint8Array {
  const head = protobuf.Writer.create();
  head.uint32(8).uint32(tick);
  head.uint32(17).double(serverTimeMs);
  const headBytes = head.finish();
  let tail: Uint8Array | undefined;
  if (dropped.length > 0 || fullSnapshot) {
    const w = protobuf.Writer.create();
    for (const t of dropped) w.uint32(34).string(t);
    if (fullSnapshot) w.uint32(40).bool(true);
    tail = w.finish();
  }
  let size = headBytes.length + (tail?.length ?? 0);
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  out.set(headBytes, 0);
  let pos = headBytes.length;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.length;
  }
  if (tail) out.set(tail, pos);
  return out;
}
