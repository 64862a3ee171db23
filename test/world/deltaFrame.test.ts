import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadConfig } from '../../src/config.js';
import { decodeFrame, encodeFrame, sealFrame } from '../../src/protocol/frame.js';
import protobuf from 'protobufjs/minimal.js';
import { HybridLogicalClock } from '../../src/session/hlc.js';
import { DeltaOutcome, Session, type SessionSink, type SessionTransport } from '../../src/session/session.js';
import {
  encodeChangeChunk,
  encodeSnapshotChunk,
  encodeWorldDelta,
  WorldDeltaBody,
} from '../../src/world/chunk.js';
import { EntityKind, EntityStore } from '../../src/world/entities.js';

/**
 * The WorldDelta frame is written in one allocation by hand (Session.sendDelta with a
 * WorldDeltaBody). It must be byte for byte what protobufjs makes of the same Envelope, and what
 * the older path (encodeWorldDelta, then the envelope around it) made.
 */

const config = loadConfig({ env: {}, overrides: { data: '/nonexistent' } });
const sink: SessionSink = { close() {}, framesOut() {}, coalesced() {} };

class Capture implements SessionTransport {
  frames: Uint8Array[] = [];
  bufferedAmount = 0;
  send(data: Uint8Array): void {
    this.frames.push(data);
  }
  close(): void {}
  terminate(): void {}
}

function session(hlc: HybridLogicalClock, transport: Capture): Session {
  return new Session(
    's',
    'p',
    'n',
    0,
    '127.0.0.1',
    transport,
    0,
    { messages: 1, locations: 1 },
    hlc,
    config,
    sink,
  );
}

/** n entities of every kind; returns the store and their handles. Fields are non-zero where
 * protobufjs would leave a zero out (the hand encoder writes positions, heading, speed always). */
function store(n: number): { s: EntityStore; eids: number[] } {
  const s = new EntityStore();
  const eids: number[] = [];
  for (let i = 0; i < n; i++) {
    const kind = i % 3 === 0 ? EntityKind.PLAYER : i % 3 === 1 ? EntityKind.SPAWN : EntityKind.POI;
    const eid = s.allocate(kind, `id-${i}-ünï`, i % 2 ? `name ${i} 東京` : '');
    eids.push(eid);
    s.latE7[eid] = 356_586_000 + i * 1234 - 50_000;
    s.lngE7[eid] = -1_397_454_000 + i * 777;
    s.headingDeg[eid] = 5 + i * 10.5;
    s.speedMps[eid] = 1.25;
    s.updatedMs[eid] = 1_763_800_000_000 + i;
    if (kind === EntityKind.SPAWN) {
      s.level[eid] = 1 + (i % 30);
      s.expiresMs[eid] = 1_763_800_900_000;
    }
    if (kind === EntityKind.POI) s.poiKind[eid] = i % 2 ? 'stop' : 'gym';
    s.idle[eid] = i % 5 === 0 ? 1 : 0;
  }
  return { s, eids };
}

/** The frame as Session.sendDelta built it before (protobufjs Writer around encodeWorldDelta). */
function writerFrame(
  seq: number,
  ack: number,
  hlcMs: number,
  hlcLogical: number,
  body: Uint8Array,
): Uint8Array {
  const w = protobuf.Writer.create();
  w.fixed32(0).fixed32(0);
  w.uint32(8).uint32(seq);
  if (ack) w.uint32(16).uint32(ack);
  w.uint32(25).double(hlcMs);
  if (hlcLogical) w.uint32(32).uint32(hlcLogical);
  w.uint32(122).bytes(body);
  w.fixed32(0);
  const frame = w.finish();
  sealFrame(frame);
  return frame;
}

const deltaCase = fc.record({
  entities: fc.integer({ min: 0, max: 40 }),
  snapshots: fc.integer({ min: 0, max: 3 }),
  changes: fc.integer({ min: 0, max: 4 }),
  dropped: fc.array(
    fc.oneof(fc.stringMatching(/^[0-9a-f]{1,16}$/), fc.string({ unit: 'grapheme', maxLength: 6 })),
    {
      maxLength: 5,
    },
  ),
  full: fc.boolean(),
  // protobufjs leaves zeros out; the hand encoder always writes tick and server time (never 0).
  tick: fc.integer({ min: 1, max: 2 ** 32 - 1 }),
  serverTimeMs: fc.oneof(
    fc.integer({ min: 1, max: 2 ** 45 }),
    fc.double({ noNaN: true }).filter((x) => x !== 0),
  ),
  seqs: fc.integer({ min: 0, max: 300 }),
  ack: fc.oneof(fc.constant(0), fc.nat(), fc.constant(2 ** 32 - 1)),
  frozenClock: fc.boolean(),
});

test('property: the one-allocation WorldDelta frame equals protobufjs encoding of the same Envelope', () => {
  fc.assert(
    fc.property(deltaCase, (k) => {
      const { s, eids } = store(k.entities);
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < k.snapshots; i++)
        chunks.push(encodeSnapshotChunk(`snap${i}`, s, eids.slice(i * 7, i * 7 + 9)));
      for (let i = 0; i < k.changes; i++) {
        const part = eids.filter((e) => e % (i + 2) === 0);
        chunks.push(
          encodeChangeChunk(
            `chg${i}`,
            s,
            part.slice(0, 3),
            part,
            part.slice(1, 4),
            part.slice(1, 4).map((e) => `to${e}`),
          ),
        );
      }
      // A frozen clock makes hlc_logical count up (non-zero, multi-byte after 128 frames).
      const hlc = new HybridLogicalClock(k.frozenClock ? () => 1_763_800_000_000 : Date.now);
      const transport = new Capture();
      const sess = session(hlc, transport);
      sess.inSeq = k.ack;
      // Earlier frames move seq (and hlc_logical) into multi-byte varints.
      for (let i = 0; i < k.seqs; i++) sess.sendDelta(new Uint8Array(0), 0);
      transport.frames.length = 0;
      const body = new WorldDeltaBody().set(k.tick, k.serverTimeMs, chunks, k.dropped, k.full);
      assert.equal(sess.sendDelta(body, 0), DeltaOutcome.SENT);
      const frame = transport.frames[0]!;
      const env = decodeFrame(frame, 1 << 24);
      assert.ok(!(env instanceof Error), String(env));
      assert.equal(env.seq, k.seqs + 1);
      assert.equal(env.ack, k.ack);
      assert.equal(env.body, 'worldDelta');
      const wd = env.worldDelta!;
      assert.equal(wd.tick, k.tick);
      assert.equal(wd.serverTimeMs, k.serverTimeMs);
      assert.equal(wd.chunks?.length ?? 0, chunks.length);
      assert.deepEqual(wd.droppedCells, k.dropped);
      assert.equal(wd.fullSnapshot, k.full);
      // Byte-exact: protobufjs re-encoding the decoded Envelope gives the same frame.
      assert.deepEqual(Buffer.from(encodeFrame(env)), Buffer.from(frame));
      // And what the Writer path made of the same body and header fields, before this encoder.
      const older = encodeWorldDelta(k.tick, k.serverTimeMs, chunks, k.dropped, k.full);
      assert.deepEqual(
        Buffer.from(writerFrame(env.seq, env.ack, env.hlcMs, env.hlcLogical, older)),
        Buffer.from(frame),
      );
    }),
    { numRuns: 300 },
  );
});

test('the replay ring keeps a copy of the frame that was written', () => {
  const transport = new Capture();
  const sess = session(new HybridLogicalClock(), transport);
  const { s, eids } = store(3);
  const body = new WorldDeltaBody().set(7, 1000, [encodeSnapshotChunk('c', s, eids)], ['x'], false);
  sess.sendDelta(body, 0);
  const kept: Uint8Array[] = [];
  sess.ring!.forEachAfter(0, (f) => kept.push(f));
  assert.equal(kept.length, 1);
  assert.notEqual(kept[0], transport.frames[0]);
  assert.deepEqual(Buffer.from(kept[0]!), Buffer.from(transport.frames[0]!));
});
