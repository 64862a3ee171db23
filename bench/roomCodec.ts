// Micro-benchmark of a room's two hot paths (docs/ROOMS.md, "Cost"): one member input (JSON
// payload decode, zod check, handler) and one tick's update for a room of 10 (changed entries as
// JSON, protobuf, frame seal), against the alternative of one JSON document for all changes.
// Run: npx tsx bench/roomCodec.ts
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { encodeRoomFrame } from '../src/rooms/codec.js';
import { TrackedState } from '../src/rooms/state.js';
import { HybridLogicalClock } from '../src/session/hlc.js';
import { encodeFrame } from '../src/protocol/frame.js';

function time(name: string, n: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(n, 20_000); i++) fn(i);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const us = ((performance.now() - t0) * 1000) / n;
  process.stdout.write(`${name.padEnd(58)} ${us.toFixed(2).padStart(7)} µs\n`);
  return us;
}

const schema = z.object({ seq: z.number().int().min(0), x: z.number().min(-1000).max(1000) });
const utf8 = new TextDecoder('utf-8', { fatal: true });
const payload = new TextEncoder().encode(JSON.stringify({ seq: 123456, x: 12.5 }));
const state = new TrackedState();
time('input: UTF-8 + JSON.parse + zod safeParse + state.set', 500_000, (i) => {
  const v = schema.safeParse(JSON.parse(utf8.decode(payload)));
  if (v.success) state.set(`p:${i % 10}`, { seq: v.data.seq, x: v.data.x });
});

const hlc = new HybridLogicalClock();
const members = Array.from({ length: 10 }, (_, i) => ({
  playerId: `player-${i}`,
  name: `Player ${i}`,
  connected: true,
  level: 1,
  partyId: '',
}));
let bytes = 0;
time('tick: 10 entries as JSON values in one RoomUpdate frame', 200_000, (i) => {
  for (let k = 0; k < 10; k++) state.set(`p:player-${k}`, { seq: i, x: k * 1.5 });
  const keys: string[] = [];
  const values: string[] = [];
  const removed: string[] = [];
  state.takeChanges(keys, values, removed);
  const f = encodeRoomFrame(
    {
      roomId: 'bench-1abc',
      tick: i,
      baseTick: i - 1,
      phase: 3,
      phaseEndsMs: 1.7e12,
      setKeys: keys,
      setValues: values,
    },
    hlc,
  );
  bytes = f.length;
});
process.stdout.write(`  frame bytes: ${bytes}\n`);
time('tick: same changes as one JSON document in the frame', 200_000, (i) => {
  const doc: Record<string, unknown> = {};
  for (let k = 0; k < 10; k++) doc[`p:player-${k}`] = { seq: i, x: k * 1.5 };
  const f = encodeFrame({
    roomUpdate: {
      roomId: 'bench-1abc',
      tick: i,
      baseTick: i - 1,
      phase: 3,
      result: new TextEncoder().encode(JSON.stringify(doc)),
    },
  });
  bytes = f.length;
});
process.stdout.write(`  frame bytes: ${bytes}\n`);
time('snapshot: 10 members, 11 entries', 100_000, (i) => {
  const keys: string[] = [];
  const values: string[] = [];
  state.all(keys, values);
  encodeRoomFrame(
    {
      roomId: 'bench-1abc',
      tick: i,
      baseTick: i,
      snapshot: true,
      phase: 3,
      setKeys: keys,
      setValues: values,
      members,
    },
    hlc,
  );
});
