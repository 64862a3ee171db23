import protobuf from 'protobufjs/minimal.js';
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
