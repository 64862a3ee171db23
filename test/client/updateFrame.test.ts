import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { GeoplayClient, type RoomHandle } from '../../client/index.js';
import { RoomStateMirror } from '../../client/roomState.js';
import { readUpdateFrame, UpdateStrings, viewText } from '../../client/updateFrame.js';
import {
  checkFrame,
  decodeFrame,
  encodeFrame,
  FRAME_HEADER_BYTES,
  FrameFlags,
  frameFromPayload,
} from '../../src/protocol/frame.js';
import { encodeRoomFrame, encodeUpdateFrameWithWriter, type RoomUpdateInit } from '../../src/rooms/codec.js';
import { ascii, roomUpdate as update, stoppedClock, u32 } from '../rooms/updateArbitrary.js';
import { ScriptedSocket } from './scriptedSocket.js';

const MAX = 1 << 20;

function read(frame: Uint8Array, strings = new UpdateStrings()) {
  const n = checkFrame(frame, MAX);
  if (n instanceof Error) throw n;
  return readUpdateFrame(frame, FRAME_HEADER_BYTES, FRAME_HEADER_BYTES + n, strings);
}

function isAscii(s: string | null | undefined): boolean {
  return !s || ![...s].some((c) => c.charCodeAt(0) > 0x7f);
}

/** Whether the reader must take the update (else it may hand it to protobufjs). */
function takes(u: RoomUpdateInit): boolean {
  const keys = u.setKeys ?? [];
  return (
    !(u.members && u.members.length > 0) &&
    !(u.result && u.result.length > 0) &&
    isAscii(u.roomId) &&
    isAscii(u.roomType) &&
    keys.every(isAscii) &&
    (u.removedKeys ?? []).every(isAscii) &&
    (u.left ?? []).every(isAscii) &&
    (u.setValues ?? []).length >= keys.length
  );
}

// The reader must agree with protobufjs on every update it takes, and take every usual one: the
// frames come from the server's two encoders (the one-pass one and protobufjs's Writer).
test('property: an update read in place equals what protobufjs decodes from the same frame', () => {
  const strings = new UpdateStrings();
  fc.assert(
    fc.property(update, fc.boolean(), u32, (u, onePass, logical) => {
      const frame = onePass
        ? encodeRoomFrame(u, stoppedClock(1_765_000_000_000, logical))
        : encodeUpdateFrameWithWriter(u, 1_765_000_000_000, logical);
      const view = read(frame, strings);
      if (takes(u)) assert.ok(view, 'a usual update is read in place');
      if (!view) return;
      const env = decodeFrame(frame, MAX);
      if (env instanceof Error) throw env;
      const ref = env.roomUpdate!;
      assert.equal(view.seq, env.seq);
      assert.equal(view.roomId, ref.roomId);
      assert.equal(view.tick, ref.tick);
      assert.equal(view.baseTick, ref.baseTick);
      assert.equal(view.snapshot, ref.snapshot);
      assert.equal(view.phase, ref.phase);
      assert.ok(
        Object.is(view.phaseEndsMs, ref.phaseEndsMs) || (view.phaseEndsMs === 0 && ref.phaseEndsMs === 0),
      );
      assert.deepEqual(view.setKeys, ref.setKeys);
      assert.deepEqual(
        view.setKeys.map((_, i) => viewText(view.frame, view.valueStarts[i]!, view.valueEnds[i]!)),
        (ref.setValues ?? []).slice(0, view.setKeys.length),
      );
      assert.deepEqual(view.removedKeys, ref.removedKeys);
      assert.deepEqual(view.left, ref.left);
      assert.equal(view.roomType, ref.roomType);
    }),
    { numRuns: 3000 },
  );
});

test('a key is the same string whenever its bytes are, in any order; others are their own', () => {
  const strings = new UpdateStrings();
  const frame = (keys: string[], tick: number) =>
    encodeFrame({ roomUpdate: { roomId: 'R1', tick, setKeys: keys, setValues: keys.map(() => '1') } });
  const a = read(frame(['alpha', 'beta'], 1), strings)!;
  const b = read(frame(['alpha', 'beta'], 2), strings)!;
  assert.deepEqual(b.setKeys, ['alpha', 'beta']);
  assert.equal(b.setKeys[0], a.setKeys[0]);
  assert.notEqual(b.setKeys, a.setKeys, 'each update has its own array (the application may keep it)');
  assert.equal(b.roomId, a.roomId);
  assert.deepEqual(
    read(frame(['alpha', 'betb'], 3), strings)!.setKeys,
    ['alpha', 'betb'],
    'one byte changed',
  );
  const c = read(frame(['alpha', 'betb', 'gamma'], 3), strings)!;
  assert.deepEqual(c.setKeys, ['alpha', 'betb', 'gamma']);
  const d = read(frame(['gamma', 'alpha', 'betb'], 4), strings)!;
  assert.deepEqual(d.setKeys, ['gamma', 'alpha', 'betb']);
  assert.equal(d.setKeys[1], a.setKeys[0], 'found again at another place');
  // The same keys in a plain Uint8Array (a browser's frame), compared one by one.
  const e = read(new Uint8Array(frame(['alpha', 'betb', 'gamma'], 5)), strings)!;
  assert.deepEqual(e.setKeys, ['alpha', 'betb', 'gamma']);
  // Keys split by a value: not one block, read one by one.
  const split = encodeFrame({ roomUpdate: { roomId: 'R1', tick: 6, setKeys: ['k1'], setValues: ['1'] } });
  assert.deepEqual(read(split, strings)!.setKeys, ['k1']);
});

test('property: after any update, the next one reads its own keys', () => {
  const keyList = fc.array(ascii, { maxLength: 6 });
  fc.assert(
    fc.property(keyList, keyList, fc.nat({ max: 5 }), fc.nat({ max: 40 }), (k1, k2, at, pos) => {
      // Often the same keys with one character changed in place: the same block length.
      const next =
        k2.length > 0
          ? k2
          : k1.map((k, i) =>
              i === at % Math.max(1, k1.length) && k.length > 0 ? replaceAt(k, pos % k.length) : k,
            );
      const strings = new UpdateStrings();
      for (const keys of [k1, next, next]) {
        const f = encodeFrame({ roomUpdate: { roomId: 'R', setKeys: keys, setValues: keys.map(() => '0') } });
        assert.deepEqual(read(f, strings)!.setKeys, keys);
      }
    }),
    { numRuns: 2000 },
  );
});

function replaceAt(s: string, i: number): string {
  const c = s.charCodeAt(i) === 0x41 ? 'B' : 'A';
  return s.slice(0, i) + c + s.slice(i + 1);
}

test('more keys than the table has slots: each still reads as itself', () => {
  const strings = new UpdateStrings();
  const keys = Array.from({ length: 3000 }, (_, i) => `entity-${i}`);
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < keys.length; i += 100) {
      const some = keys.slice(i, i + 100);
      const f = encodeFrame({ roomUpdate: { roomId: 'R', setKeys: some, setValues: some.map(() => '0') } });
      assert.deepEqual(read(f, strings)!.setKeys, some);
    }
  }
});

test('frames it does not take are left to protobufjs', () => {
  const take = (env: Parameters<typeof encodeFrame>[0]) => read(encodeFrame(env)) !== undefined;
  assert.ok(take({ roomUpdate: { roomId: 'R', setKeys: ['a'], setValues: ['1'] } }));
  assert.ok(take({ seq: 7, ack: 3, hlcMs: 5, hlcLogical: 2, roomUpdate: { roomId: 'R' } }));
  assert.ok(!take({ ping: { id: 1 } }), 'another body');
  assert.ok(!take({ seq: 3 }), 'no body');
  assert.ok(take({ traceId: new Uint8Array(16), roomUpdate: { roomId: 'R' } }), 'a trace id is skipped');
  assert.ok(!take({ roomUpdate: { roomId: 'R', members: [{ playerId: 'p' }] } }), 'members');
  assert.ok(!take({ roomUpdate: { roomId: 'R', result: new Uint8Array([1]) } }), 'a result');
  assert.ok(!take({ roomUpdate: { roomId: 'R', setKeys: ['é'], setValues: ['1'] } }), 'a non-ASCII key');
  assert.ok(
    !take({ roomUpdate: { roomId: 'R', setKeys: ['a', 'b'], setValues: ['1'] } }),
    'a key without value',
  );
  assert.ok(!take({ roomUpdate: { roomId: 'R', phase: -1 as 0 } }), 'a negative enum');
  // Two bodies: protobufjs merges them.
  const one = Buffer.from(encodeFrame({ roomUpdate: { roomId: 'R', tick: 1 } }));
  const body = one.subarray(FRAME_HEADER_BYTES, one.length - 4);
  assert.equal(read(frameFromPayload(Buffer.concat([body, body]))), undefined);
  // A length running past the end, and a varint that never ends.
  const cut = Buffer.from(body);
  cut[2] = 0x7f;
  assert.equal(read(frameFromPayload(cut)), undefined);
  assert.equal(read(frameFromPayload(Buffer.from([0xca, 0x01, 0x02, 0x10, 0xff]))), undefined);
  assert.equal(read(frameFromPayload(Buffer.from([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]))), undefined);
});

test('a value that is not UTF-8 reads as undefined, as one that is not JSON', () => {
  const frame = Buffer.from(
    encodeFrame({ roomUpdate: { roomId: 'R', setKeys: ['k'], setValues: ['"ab"'] } }),
  );
  const view = read(frame)!;
  frame[view.valueStarts[0]! + 1] = 0xff;
  const mirror = new RoomStateMirror();
  mirror.setFrameValues(view.setKeys, view.frame, view.valueStarts, view.valueEnds);
  assert.equal(mirror.get('k'), undefined);
  assert.equal(viewText(frame, view.valueStarts[0]!, view.valueEnds[0]!), '');
  assert.equal(viewText(Buffer.from('"zoë"'), 0, 6), '"zoë"');
});

test('the mirror holds a frame only until the next update: values not read by then become text', () => {
  const strings = new UpdateStrings();
  const mirror = new RoomStateMirror();
  const apply = (f: Uint8Array) => {
    const v = read(f, strings)!;
    mirror.setFrameValues(v.setKeys, v.frame, v.valueStarts, v.valueEnds);
  };
  const first = Buffer.from(
    encodeFrame({ roomUpdate: { roomId: 'R', tick: 1, setKeys: ['a', 'b'], setValues: ['[1]', '{"x":2}'] } }),
  );
  apply(first);
  assert.deepEqual(mirror.get('a'), [1], 'read while its frame is current');
  apply(encodeFrame({ roomUpdate: { roomId: 'R', tick: 2, setKeys: ['a'], setValues: ['[3]'] } }));
  // Whatever happens to the first frame's memory now, 'b' was copied out of it.
  first.fill(0);
  assert.deepEqual(mirror.get('b'), { x: 2 });
  assert.deepEqual(mirror.get('a'), [3]);
  // Text set by the other decoder replaces a lazy value.
  mirror.setTexts(['a'], ['"t"']);
  assert.equal(mirror.get('a'), 't');
  assert.deepEqual([...mirror.keys()].sort(), ['a', 'b']);
});

// --- the client: the same room whichever path an update takes ----------------------------------

interface Seen {
  client: GeoplayClient;
  room: RoomHandle;
  socket: ScriptedSocket;
  events: unknown[];
}

/** A client seated in room 'R' over a scripted socket; `wholeEnvelopes` adds an 'envelope' listener. */
async function seated(wholeEnvelopes: boolean): Promise<Seen> {
  let socket: ScriptedSocket | undefined;
  const client = new GeoplayClient('ws://test', 't', {
    webSocket: () => (socket = new ScriptedSocket()),
    reconnect: false,
    clockSyncIntervalMs: 3_600_000,
  });
  if (wholeEnvelopes) client.on('envelope', () => {});
  const started = client.start();
  while (!socket) await new Promise((r) => setImmediate(r));
  const s: ScriptedSocket = socket;
  s.onopen?.({});
  s.deliver({ seq: 1, serverHello: { sessionId: 's', playerId: 'p', resumeToken: 't' } });
  await started;
  const joining = client.rooms.join({ type: 'raid' });
  const requestId = s.sent.find((e) => e.roomJoin)!.roomJoin!.requestId;
  s.deliver({ seq: 2, roomResult: { requestId, roomId: 'R', roomType: 'raid' } });
  s.deliver({
    roomUpdate: {
      roomId: 'R',
      tick: 1,
      baseTick: 1,
      snapshot: true,
      members: [{ playerId: 'p', name: 'P', connected: true }],
      setKeys: ['boss'],
      setValues: ['{"hp":100}'],
    },
  });
  const room = await joining;
  const events: unknown[] = [];
  // Every other key is read at once; the rest stay unread (bytes of their frame, in place) until
  // the comparison at the end, past later updates.
  room.on('change', (set, removed) =>
    events.push([
      'change',
      [...set],
      [...removed],
      set.filter((_, i) => i % 2 === 0).map((k) => room.get(k)),
      room.tick,
    ]),
  );
  room.on('leave', (id) => events.push(['leave', id]));
  room.on('phase', (phase, ends) => events.push(['phase', phase, ends]));
  room.on('gap', (a, b) => events.push(['gap', a, b]));
  return { client, room, socket: s, events };
}

const stateKey = fc.constantFrom('boss', 'p', 'q', 'r', 'score', 'zoë');
const step = fc.record({
  gap: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
  phase: fc.integer({ min: 0, max: 4 }),
  phaseEndsMs: fc.constantFrom(0, 1_765_000_000_000),
  set: fc.array(fc.tuple(stateKey, fc.oneof(fc.json(), fc.constantFrom('"zoë"', 'not json', ''))), {
    maxLength: 6,
  }),
  removed: fc.array(stateKey, { maxLength: 2 }),
  left: fc.array(fc.constantFrom('p', 'x'), { maxLength: 1 }),
});

test('property: a room reads the same updates to the same state and events, in place or decoded whole', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
      const fast = await seated(false);
      const whole = await seated(true);
      try {
        let tick = 1;
        for (const st of steps) {
          const base = st.gap ? tick + 5 : tick;
          tick++;
          const frame = encodeRoomFrame(
            {
              roomId: 'R',
              tick,
              baseTick: base,
              phase: st.phase,
              phaseEndsMs: st.phaseEndsMs,
              setKeys: st.set.map(([k]) => k),
              setValues: st.set.map(([, v]) => v),
              removedKeys: st.removed,
              left: st.left,
            },
            stoppedClock(1_765_000_000_000, 0),
          );
          // Each client gets its own copy, as each socket read is its own memory.
          fast.socket.deliverBytes(Buffer.from(frame));
          whole.socket.deliverBytes(Buffer.from(frame));
        }
        assert.deepEqual(fast.events, whole.events);
        assert.deepEqual([...fast.room.state.entries()], [...whole.room.state.entries()]);
        assert.deepEqual([...fast.room.members.keys()], [...whole.room.members.keys()]);
        assert.equal(fast.room.phase, whole.room.phase);
        assert.equal(fast.room.tick, whole.room.tick);
        // Every update applied is read in place but those with a non-ASCII key ('zoë'); after a gap
        // none applies (the client waits for a snapshot).
        let inPlace = 0;
        for (const st of steps) {
          if (st.gap) break;
          if ([...st.set.map(([k]) => k), ...st.removed].every(isAscii)) inPlace++;
        }
        assert.equal(fast.room.stats.inPlace, inPlace, 'the usual updates were read in place');
        assert.equal(whole.room.stats.inPlace, 0, "with an 'envelope' listener, none");
      } finally {
        fast.client.close();
        whole.client.close();
      }
    }),
    { numRuns: 150 },
  );
});

test('numbered updates read in place: a duplicate is dropped and counted, a gap asks for a snapshot', async () => {
  const { client, room, socket } = await seated(false);
  const update = (seq: number, tick: number, value: string) =>
    Buffer.from(
      encodeFrame({
        seq,
        roomUpdate: { roomId: 'R', tick, baseTick: tick - 1, setKeys: ['k'], setValues: [value] },
      }),
    );
  try {
    socket.deliverBytes(update(3, 2, '1'));
    const second = update(4, 3, '2');
    socket.deliverBytes(second);
    assert.equal(room.get('k'), 2);
    assert.equal(room.tick, 3);
    // The same frame again, replayed: not applied twice.
    const replay = Buffer.from(second);
    replay[3] = FrameFlags.REPLAYED;
    socket.deliverBytes(
      frameFromPayload(replay.subarray(FRAME_HEADER_BYTES, replay.length - 4), FrameFlags.REPLAYED),
    );
    assert.equal(client.stats.duplicates, 1);
    assert.equal(client.stats.replayed, 1);
    assert.equal(room.stats.updates, 2);
    // Seq 5 and 6 lost: a gap, and a snapshot asked for; the update still applies (its tick follows).
    socket.deliverBytes(update(7, 4, '3'));
    assert.equal(client.stats.gaps, 1);
    assert.ok(socket.sent.some((e) => e.snapshotRequest));
    assert.equal(room.get('k'), 3);
    assert.equal(room.stats.inPlace, 3);
    // Taken out of the room with a value unread: the handle keeps the value, not the frame.
    const last = update(8, 5, '[4]');
    socket.deliverBytes(last);
    socket.deliver({ seq: 9, roomResult: { roomId: 'R', left: true, reason: 'disposed' } });
    assert.equal(room.active, false);
    last.fill(0);
    assert.deepEqual(room.get('k'), [4]);
  } finally {
    client.close();
  }
});
