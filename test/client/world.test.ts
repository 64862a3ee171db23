import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { GeoplayClient } from '../../client/index.js';
import {
  EntityKind,
  type LatLng,
  type WorldDeltaInput,
  type WorldEntity,
  WorldModel,
} from '../../client/world.js';
import type { geoplay } from '../../src/protocol/gen/geoplay.js';
import { ScriptedSocket } from './scriptedSocket.js';

type EntityInput = geoplay.v1.Entity.$Properties;
type ChunkInput = geoplay.v1.CellChunk.$Properties;

function ent(eid: number, latE7: number, lngE7: number, extra: EntityInput = {}): EntityInput {
  return {
    eid,
    kind: EntityKind.ENTITY_KIND_PLAYER,
    id: `p${eid}`,
    latE7,
    lngE7,
    name: `n${eid}`,
    ...extra,
  };
}

type Ev =
  | { type: 'enter'; eid: number; id: string; cell: string }
  | {
      type: 'move';
      eid: number;
      prevLatE7: number;
      prevLngE7: number;
      latE7: number;
      lngE7: number;
    }
  | { type: 'update'; eid: number }
  | { type: 'leave'; eid: number; id: string };

function record(w: WorldModel): Ev[] {
  const evs: Ev[] = [];
  w.on('enter', (e) => evs.push({ type: 'enter', eid: e.eid, id: e.id, cell: e.cell }));
  w.on('move', (e, prevLatE7, prevLngE7) =>
    evs.push({
      type: 'move',
      eid: e.eid,
      prevLatE7,
      prevLngE7,
      latE7: e.latE7,
      lngE7: e.lngE7,
    }),
  );
  w.on('update', (e) => evs.push({ type: 'update', eid: e.eid }));
  w.on('leave', (e) => evs.push({ type: 'leave', eid: e.eid, id: e.id }));
  return evs;
}

function take<T>(a: T[]): T[] {
  return a.splice(0, a.length);
}

function eidsIn(w: WorldModel, cell: string): number[] {
  return w
    .inCell(cell)
    .map((e) => e.eid)
    .sort((a, b) => a - b);
}

test('enter, move and leave within one cell', () => {
  const w = new WorldModel();
  const evs = record(w);
  w.applyDelta(
    {
      tick: 1,
      chunks: [{ cell: 'a', enter: [ent(1, 10, 20), ent(2, 30, 40)] }],
    },
    0,
  );
  assert.deepEqual(take(evs), [
    { type: 'enter', eid: 1, id: 'p1', cell: 'a' },
    { type: 'enter', eid: 2, id: 'p2', cell: 'a' },
  ]);
  assert.equal(w.size, 2);
  assert.deepEqual(w.cells(), ['a']);
  assert.deepEqual(eidsIn(w, 'a'), [1, 2]);
  assert.equal(w.byId('p2')?.eid, 2);
  assert.equal(w.get(1)?.name, 'n1');
  assert.equal(w.tick, 1);

  w.applyDelta(
    {
      tick: 2,
      chunks: [{ cell: 'a', moveEid: [1], moveLatE7: [11], moveLngE7: [-21] }],
    },
    100,
  );
  assert.deepEqual(take(evs), [
    {
      type: 'move',
      eid: 1,
      prevLatE7: 10,
      prevLngE7: 20,
      latE7: 11,
      lngE7: -21,
    },
  ]);
  assert.equal(w.get(1)?.latE7, 11);
  assert.equal(w.get(1)?.lngE7, -21);

  w.applyDelta({ tick: 3, chunks: [{ cell: 'a', leaveEid: [2], leaveTo: [''] }] }, 200);
  assert.deepEqual(take(evs), [{ type: 'leave', eid: 2, id: 'p2' }]);
  assert.equal(w.get(2), undefined);
  assert.equal(w.byId('p2'), undefined);
  assert.deepEqual(eidsIn(w, 'a'), [1]);
  assert.deepEqual(w.cells(), ['a']);
});

test('an enter of a known entity is an upsert: move if the position changed, update for other fields', () => {
  const w = new WorldModel();
  const evs = record(w);
  w.applyDelta({ chunks: [{ cell: 'a', enter: [ent(1, 10, 20, { level: 3 })] }] }, 0);
  take(evs);
  const obj = w.get(1);
  w.applyDelta({ chunks: [{ cell: 'a', enter: [ent(1, 10, 20, { level: 3 })] }] }, 100);
  assert.deepEqual(take(evs), []);
  w.applyDelta(
    {
      chunks: [{ cell: 'a', enter: [ent(1, 10, 20, { level: 4, idle: true })] }],
    },
    200,
  );
  assert.deepEqual(take(evs), [{ type: 'update', eid: 1 }]);
  assert.equal(w.get(1)?.level, 4);
  assert.equal(w.get(1)?.idle, true);
  w.applyDelta(
    {
      chunks: [{ cell: 'a', enter: [ent(1, 12, 22, { level: 4, idle: true })] }],
    },
    300,
  );
  assert.deepEqual(take(evs), [
    {
      type: 'move',
      eid: 1,
      prevLatE7: 10,
      prevLngE7: 20,
      latE7: 12,
      lngE7: 22,
    },
  ]);
  assert.equal(w.get(1), obj, 'the entity object is kept');
});

for (const order of ['A first', 'B first'] as const) {
  test(`moving from watched cell A to watched cell B in one delta (${order}) is one move`, () => {
    const w = new WorldModel();
    const evs = record(w);
    w.applyDelta(
      {
        chunks: [
          { cell: 'A', snapshot: true, enter: [ent(7, 100, 200)] },
          { cell: 'B', snapshot: true, enter: [] },
        ],
      },
      0,
    );
    take(evs);
    const leaveA: ChunkInput = { cell: 'A', leaveEid: [7], leaveTo: ['B'] };
    const enterB: ChunkInput = { cell: 'B', enter: [ent(7, 150, 250)] };
    w.applyDelta({ chunks: order === 'A first' ? [leaveA, enterB] : [enterB, leaveA] }, 100);
    assert.deepEqual(take(evs), [
      {
        type: 'move',
        eid: 7,
        prevLatE7: 100,
        prevLngE7: 200,
        latE7: 150,
        lngE7: 250,
      },
    ]);
    assert.equal(w.get(7)?.cell, 'B');
    assert.deepEqual(eidsIn(w, 'A'), []);
    assert.deepEqual(eidsIn(w, 'B'), [7]);
    assert.equal(w.byId('p7')?.cell, 'B');
  });
}

test('moving to an unwatched cell is a leave', () => {
  const w = new WorldModel();
  const evs = record(w);
  w.applyDelta(
    {
      chunks: [{ cell: 'A', snapshot: true, enter: [ent(1, 0, 0), ent(2, 5, 5)] }],
    },
    0,
  );
  take(evs);
  w.applyDelta({ chunks: [{ cell: 'A', leaveEid: [1], leaveTo: ['Z'] }] }, 100);
  assert.deepEqual(take(evs), [{ type: 'leave', eid: 1, id: 'p1' }]);
  assert.deepEqual([...w.entities.keys()], [2]);
});

test('a leave towards a watched cell that never enters the entity still removes it', () => {
  const w = new WorldModel();
  const evs = record(w);
  w.applyDelta(
    {
      chunks: [
        { cell: 'A', snapshot: true, enter: [ent(1, 0, 0)] },
        { cell: 'B', snapshot: true },
      ],
    },
    0,
  );
  take(evs);
  w.applyDelta({ chunks: [{ cell: 'A', leaveEid: [1], leaveTo: ['B'] }] }, 100);
  assert.deepEqual(take(evs), [{ type: 'leave', eid: 1, id: 'p1' }]);
  assert.equal(w.size, 0);
});

test('an entity that only passed through a cell during the tick ends where its last enter is', () => {
  // Server side, during one tick: 1 went A -> B -> C. B's chunk enters and leaves it.
  for (const order of [
    ['A', 'B', 'C'],
    ['C', 'B', 'A'],
    ['B', 'C', 'A'],
    ['C', 'A', 'B'],
  ]) {
    const w = new WorldModel();
    const evs = record(w);
    w.applyDelta(
      {
        chunks: [
          { cell: 'A', snapshot: true, enter: [ent(1, 0, 0)] },
          { cell: 'B', snapshot: true },
          { cell: 'C', snapshot: true },
        ],
      },
      0,
    );
    take(evs);
    const byCell: Record<string, ChunkInput> = {
      A: { cell: 'A', leaveEid: [1], leaveTo: ['B'] },
      B: { cell: 'B', enter: [ent(1, 9, 9)], leaveEid: [1], leaveTo: ['C'] },
      C: { cell: 'C', enter: [ent(1, 9, 9)] },
    };
    w.applyDelta({ chunks: order.map((c) => byCell[c]!) }, 100);
    assert.equal(w.get(1)?.cell, 'C', order.join(''));
    assert.deepEqual(take(evs), [{ type: 'move', eid: 1, prevLatE7: 0, prevLngE7: 0, latE7: 9, lngE7: 9 }]);
  }
  // Passing through a watched cell from and to unwatched ones: nothing at all.
  const w = new WorldModel();
  const evs = record(w);
  w.applyDelta(
    {
      chunks: [{ cell: 'B', enter: [ent(4, 1, 1)], leaveEid: [4], leaveTo: ['Y'] }],
    },
    0,
  );
  assert.deepEqual(evs, []);
  assert.equal(w.size, 0);
  assert.deepEqual(w.cells(), ['B']);
});

test('a snapshot replaces the content of its cell', () => {
  const w = new WorldModel();
  const evs = record(w);
  w.applyDelta(
    {
      chunks: [
        {
          cell: 'A',
          snapshot: true,
          enter: [ent(1, 0, 0), ent(2, 0, 0), ent(3, 0, 0)],
        },
        { cell: 'B', snapshot: true, enter: [ent(9, 0, 0)] },
      ],
    },
    0,
  );
  take(evs);
  // 1 stays (moved), 2 is gone, 3 went to B (entered there later in the delta), 4 is new.
  w.applyDelta(
    {
      chunks: [
        { cell: 'A', snapshot: true, enter: [ent(1, 5, 5), ent(4, 6, 6)] },
        { cell: 'B', enter: [ent(3, 7, 7)] },
      ],
    },
    100,
  );
  const got = take(evs);
  assert.deepEqual(
    got.filter((e) => e.type !== 'move').sort((a, b) => a.eid - b.eid),
    [
      { type: 'leave', eid: 2, id: 'p2' },
      { type: 'enter', eid: 4, id: 'p4', cell: 'A' },
    ],
  );
  assert.deepEqual(
    got.filter((e) => e.type === 'move').map((e) => e.eid),
    [1, 3],
  );
  assert.deepEqual(eidsIn(w, 'A'), [1, 4]);
  assert.deepEqual(eidsIn(w, 'B'), [3, 9]);
  // An empty snapshot empties the cell but keeps watching it.
  w.applyDelta({ chunks: [{ cell: 'B', snapshot: true }] }, 200);
  assert.deepEqual(eidsIn(w, 'B'), []);
  assert.equal(w.hasCell('B'), true);
  assert.deepEqual(
    take(evs)
      .map((e) => `${e.type}${e.eid}`)
      .sort(),
    ['leave3', 'leave9'],
  );
});

test('dropped cells forget their entities, after the chunks of the same delta', () => {
  const w = new WorldModel();
  const evs = record(w);
  w.applyDelta(
    {
      chunks: [
        { cell: 'A', snapshot: true, enter: [ent(1, 0, 0), ent(2, 0, 0)] },
        { cell: 'B', snapshot: true, enter: [ent(3, 0, 0)] },
      ],
    },
    0,
  );
  take(evs);
  // 2 moves from A (dropped) to C (new): it survives the drop of A.
  w.applyDelta(
    {
      chunks: [{ cell: 'C', snapshot: true, enter: [ent(2, 1, 1)] }],
      droppedCells: ['A', 'unknown'],
    },
    100,
  );
  assert.deepEqual(
    take(evs).map((e) => `${e.type}${e.eid}`),
    ['move2', 'leave1'],
  );
  assert.deepEqual(w.cells().sort(), ['B', 'C']);
  assert.deepEqual([...w.entities.keys()].sort(), [2, 3]);
  assert.equal(w.inCell('A').length, 0);
});

test('chunks for cells not seen before apply and make the cell watched', () => {
  const w = new WorldModel();
  w.applyDelta(
    {
      chunks: [
        {
          cell: 'N',
          enter: [ent(1, 0, 0)],
          moveEid: [99],
          moveLatE7: [1],
          moveLngE7: [1],
        },
      ],
    },
    0,
  );
  assert.deepEqual(w.cells(), ['N']);
  assert.equal(w.size, 1);
});

test('an eid reused for another entity is a leave and an enter', () => {
  const w = new WorldModel();
  const evs = record(w);
  w.applyDelta({ chunks: [{ cell: 'A', snapshot: true, enter: [ent(1, 0, 0)] }] }, 0);
  take(evs);
  w.applyDelta(
    {
      chunks: [
        {
          cell: 'A',
          snapshot: true,
          enter: [ent(1, 0, 0, { id: 'spawn-x', kind: 2 })],
        },
      ],
    },
    1,
  );
  assert.deepEqual(take(evs), [
    { type: 'leave', eid: 1, id: 'p1' },
    { type: 'enter', eid: 1, id: 'spawn-x', cell: 'A' },
  ]);
  assert.equal(w.byId('p1'), undefined);
  assert.equal(w.byId('spawn-x')?.kind, EntityKind.ENTITY_KIND_SPAWN);
});

test('events come after the whole delta is applied; clear() leaves everything', () => {
  const w = new WorldModel();
  const sizes: number[] = [];
  w.on('enter', () => sizes.push(w.size));
  w.applyDelta(
    {
      chunks: [{ cell: 'A', enter: [ent(1, 0, 0), ent(2, 0, 0), ent(3, 0, 0)] }],
    },
    0,
  );
  assert.deepEqual(sizes, [3, 3, 3]);
  const left: number[] = [];
  w.on('leave', (e) => left.push(e.eid));
  w.clear();
  assert.deepEqual(left.sort(), [1, 2, 3]);
  assert.equal(w.size, 0);
  assert.deepEqual(w.cells(), []);
  assert.equal(w.byId('p1'), undefined);
});

// --- interpolation ------------------------------------------------------------------------------

test('interpolated(): linear between the last two receipts, clamped, one interval of extrapolation', () => {
  const w = new WorldModel();
  const near = (p: LatLng | undefined, lat: number, lng: number) => {
    assert.ok(p);
    assert.ok(
      Math.abs(p.lat - lat) < 1e-9 && Math.abs(p.lng - lng) < 1e-9,
      `${p.lat},${p.lng} != ${lat},${lng}`,
    );
  };
  const moveTo = (latE7: number, lngE7: number, at: number) =>
    w.applyDelta({ chunks: [{ cell: 'A', moveEid: [1], moveLatE7: [latE7], moveLngE7: [lngE7] }] }, at);
  w.applyDelta({ chunks: [{ cell: 'A', enter: [ent(1, 10_000_000, 20_000_000)] }] }, 1000);
  assert.equal(w.interpolated(99, 1000), undefined);
  near(w.interpolated(1, 0), 1, 2);
  near(w.interpolated(1, 5000), 1, 2); // one position: nothing to extrapolate
  moveTo(30_000_000, -20_000_000, 1200); // (1, 2) at 1000 -> (3, -2) at 1200
  near(w.interpolated(1, 900), 1, 2);
  near(w.interpolated(1, 1000), 1, 2);
  near(w.interpolated(1, 1050), 1.5, 1);
  near(w.interpolated(1, 1100), 2, 0);
  near(w.interpolated(1, 1200), 3, -2);
  near(w.interpolated(1, 1300), 4, -4); // extrapolated half an interval
  near(w.interpolated(1, 1400), 5, -6); // one interval
  near(w.interpolated(1, 9999), 5, -6); // and no further
  const out = { lat: 0, lng: 0 };
  assert.equal(w.interpolated(1, 1100, out), out);
  near(out, 2, 0);

  // A later delta that does not move the entity: it stands still, no more extrapolation.
  w.applyDelta({ chunks: [{ cell: 'B', enter: [ent(2, 0, 0)] }] }, 1400);
  near(w.interpolated(1, 1100), 2, 0);
  near(w.interpolated(1, 1300), 3, -2);
  near(w.interpolated(1, 1500), 3, -2);

  // Render delay: at local time t draw interpolated(t - tick). The next move interpolates from
  // where the entity stood at the previous delta (1400), so the drawn path does not jump.
  const tick = 200;
  near(w.interpolated(1, 1599 - tick), 3, -2);
  moveTo(40_000_000, -20_000_000, 1600);
  near(w.interpolated(1, 1600 - tick), 3, -2);
  near(w.interpolated(1, 1700 - tick), 3.5, -2);
  near(w.interpolated(1, 1800 - tick), 4, -2);
});

test('interpolated(): the short way across the antimeridian; maxExtrapolation 0', () => {
  const w = new WorldModel({ maxExtrapolation: 0 });
  w.applyDelta({ chunks: [{ cell: 'A', enter: [ent(1, 0, 1_790_000_000)] }] }, 0);
  w.applyDelta(
    {
      chunks: [
        {
          cell: 'A',
          moveEid: [1],
          moveLatE7: [0],
          moveLngE7: [-1_790_000_000],
        },
      ],
    },
    100,
  );
  const p = w.interpolated(1, 50);
  assert.ok(p && Math.abs(Math.abs(p.lng) - 180) < 1e-9, `${p?.lng}`);
  const q = w.interpolated(1, 75);
  assert.ok(q && Math.abs(q.lng - -179.5) < 1e-9, `${q?.lng}`);
  assert.equal(w.interpolated(1, 500)?.lng, -179);
});

// --- the client keeps a world model -------------------------------------------------------------

test('GeoplayClient applies every delta to client.world before emitting it; a new session clears it', async () => {
  const sockets: ScriptedSocket[] = [];
  const client = new GeoplayClient('ws://test', 't', {
    webSocket: () => {
      const s = new ScriptedSocket();
      sockets.push(s);
      return s;
    },
    backoff: { baseMs: 0, capMs: 0 },
  });
  const connection = async (n: number, resumed: boolean) => {
    while (sockets.length <= n) await new Promise((r) => setTimeout(r, 1));
    const s = sockets[n]!;
    s.onopen?.({});
    s.deliverNext({ serverHello: { sessionId: 's', playerId: 'p', resumed } });
    return s;
  };
  const started = client.start();
  const first = await connection(0, false);
  await started;
  const sizesAtDelta: number[] = [];
  client.on('delta', () => sizesAtDelta.push(client.world.size));
  first.deliverNext({
    worldDelta: {
      tick: 1,
      chunks: [{ cell: 'A', snapshot: true, enter: [ent(1, 0, 0), ent(2, 0, 0)] }],
    },
  });
  assert.deepEqual(sizesAtDelta, [2]);
  assert.equal(client.world.byId('p2')?.eid, 2);
  first.onclose?.({ code: 1006, reason: 'dropped' });
  const second = await connection(1, true);
  assert.equal(client.world.size, 2, 'a resumed session keeps the model');
  second.onclose?.({ code: 1006, reason: 'dropped' });
  await connection(2, false);
  assert.equal(client.world.size, 0, 'a new session starts empty');
  client.close();
});

// --- property: nothing is ever left behind ------------------------------------------------------

/**
 * A reference server for one session, built like the real one: changes are recorded per watched
 * cell as they happen (an entity that comes back to a cell cancels its leave there; a move is
 * recorded once per tick and not after an enter), chunks carry the state at the end of the tick,
 * cells that start being watched get a snapshot instead of their chunk, handles are reused only
 * after the tick that freed them, and a delta lost to coalescing makes the next one a snapshot of
 * every watched cell.
 */
interface SrvEntity {
  eid: number;
  kind: number;
  id: string;
  cell: string | null;
  latE7: number;
  lngE7: number;
  name: string;
  level: number;
  idle: boolean;
}

interface Changes {
  enters: number[];
  moves: number[];
  leaves: number[];
  leaveTo: string[];
}

const CELLS = ['c0', 'c1', 'c2', 'c3', 'c4'];

class RefServer {
  readonly store = new Map<number, SrvEntity>();
  readonly alive: number[] = [];
  readonly members = new Map<string, Set<number>>(CELLS.map((c) => [c, new Set<number>()]));
  readonly interest = new Set<string>();
  private readonly changes = new Map<string, Changes>();
  private readonly mark = new Map<number, number>();
  private added: string[] = [];
  private dropped: string[] = [];
  private needsSnapshot = false;
  private free: number[] = [];
  private freeLater: number[] = [];
  private next = 1;
  private ids = 0;
  private tickNo = 0;

  spawn(cell: string, latE7: number, lngE7: number, kind: number): void {
    const eid = this.free.pop() ?? this.next++;
    const e: SrvEntity = {
      eid,
      kind,
      id: `e${++this.ids}`,
      cell: null,
      latE7,
      lngE7,
      name: '',
      level: 1,
      idle: false,
    };
    this.store.set(eid, e);
    this.alive.push(eid);
    this.place(e, cell);
  }

  despawn(e: SrvEntity): void {
    this.unplace(e, e.cell!, '');
    e.cell = null;
    e.kind = 0;
    this.alive.splice(this.alive.indexOf(e.eid), 1);
    this.freeLater.push(e.eid);
  }

  move(e: SrvEntity, cell: string, latE7: number, lngE7: number): void {
    e.latE7 = latE7;
    e.lngE7 = lngE7;
    const from = e.cell!;
    if (from === cell) this.recordMove(from, e.eid);
    else {
      this.unplace(e, from, cell);
      this.place(e, cell);
    }
  }

  /** A change of state other than the position: sent as an enter (upsert) in its own cell. */
  touch(e: SrvEntity, what: number): void {
    if (what % 3 === 0) e.idle = !e.idle;
    else if (what % 3 === 1) e.level++;
    else e.name = `name${what}`;
    this.place(e, e.cell!);
  }

  watch(cell: string): void {
    if (this.interest.has(cell)) return;
    this.interest.add(cell);
    const d = this.dropped.indexOf(cell);
    if (d >= 0) this.dropped.splice(d, 1);
    this.added.push(cell);
  }

  unwatch(cell: string): void {
    if (!this.interest.has(cell)) return;
    this.interest.delete(cell);
    this.changes.delete(cell);
    const a = this.added.indexOf(cell);
    if (a >= 0) this.added.splice(a, 1);
    // Dropped even when added in this same tick: it may have been dropped and re-added since the
    // last delta, and the client still holds it. A drop of a cell the client never saw is a no-op.
    this.dropped.push(cell);
  }

  /** Ends the tick: the delta for the session, or undefined when there is nothing to send. */
  tick(lost: boolean, order: number): WorldDeltaInput | undefined {
    const tick = ++this.tickNo;
    const chunks: ChunkInput[] = [];
    const resync = this.needsSnapshot;
    for (const c of CELLS) {
      if (!this.interest.has(c)) continue;
      if (resync || this.added.includes(c)) chunks.push(this.snapshot(c));
      else {
        const ch = this.changes.get(c);
        if (ch) chunks.push(this.chunk(c, ch));
      }
    }
    shuffle(chunks, order);
    const send = resync || chunks.length > 0 || this.dropped.length > 0;
    const delta: WorldDeltaInput = {
      tick,
      serverTimeMs: tick * 200,
      chunks,
      droppedCells: [...this.dropped],
    };
    this.changes.clear();
    this.added = [];
    if (send && !lost) {
      this.dropped = [];
      this.needsSnapshot = false;
    } else if (send) this.needsSnapshot = true;
    for (const eid of this.freeLater) {
      this.store.delete(eid);
      this.free.push(eid);
    }
    this.freeLater = [];
    return send && !lost ? delta : undefined;
  }

  private place(e: SrvEntity, cell: string): void {
    e.cell = cell;
    this.members.get(cell)!.add(e.eid);
    if (!this.interest.has(cell)) return;
    const ch = this.changesOf(cell);
    const i = ch.leaves.indexOf(e.eid);
    if (i >= 0) {
      ch.leaves.splice(i, 1);
      ch.leaveTo.splice(i, 1);
    }
    ch.enters.push(e.eid);
    this.mark.set(e.eid, this.tickNo + 1);
  }

  private unplace(e: SrvEntity, cell: string, to: string): void {
    this.members.get(cell)!.delete(e.eid);
    if (!this.interest.has(cell)) return;
    const ch = this.changesOf(cell);
    ch.leaves.push(e.eid);
    ch.leaveTo.push(to);
  }

  private recordMove(cell: string, eid: number): void {
    if (!this.interest.has(cell)) return;
    if (this.mark.get(eid) === this.tickNo + 1) return;
    this.mark.set(eid, this.tickNo + 1);
    this.changesOf(cell).moves.push(eid);
  }

  private changesOf(cell: string): Changes {
    let ch = this.changes.get(cell);
    if (!ch) {
      ch = { enters: [], moves: [], leaves: [], leaveTo: [] };
      this.changes.set(cell, ch);
    }
    return ch;
  }

  private entity(eid: number): EntityInput {
    const e = this.store.get(eid)!;
    return {
      eid,
      kind: e.kind,
      id: e.id,
      latE7: e.latE7,
      lngE7: e.lngE7,
      name: e.name,
      level: e.level,
      idle: e.idle,
    };
  }

  private snapshot(cell: string): ChunkInput {
    return {
      cell,
      snapshot: true,
      enter: [...this.members.get(cell)!].map((eid) => this.entity(eid)),
    };
  }

  private chunk(cell: string, ch: Changes): ChunkInput {
    return {
      cell,
      enter: ch.enters.map((eid) => this.entity(eid)),
      moveEid: ch.moves,
      moveLatE7: ch.moves.map((eid) => this.store.get(eid)!.latE7),
      moveLngE7: ch.moves.map((eid) => this.store.get(eid)!.lngE7),
      leaveEid: ch.leaves,
      leaveTo: ch.leaveTo,
    };
  }
}

function shuffle<T>(a: T[], seed: number): void {
  let s = seed >>> 0;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}

type Op =
  | { op: 'spawn'; cell: number; lat: number; lng: number; kind: number }
  | { op: 'despawn'; k: number }
  | { op: 'move'; k: number; cell: number | null; lat: number; lng: number }
  | { op: 'touch'; k: number; what: number }
  | { op: 'watch'; cell: number }
  | { op: 'unwatch'; cell: number };

interface TickScript {
  ops: Op[];
  lost: boolean;
  order: number;
}

const coord = fc.integer({ min: -900_000_000, max: 900_000_000 });
const cellIx = fc.nat(CELLS.length - 1);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('spawn' as const),
    cell: cellIx,
    lat: coord,
    lng: coord,
    kind: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ op: fc.constant('despawn' as const), k: fc.nat() }),
  fc.record({
    op: fc.constant('move' as const),
    k: fc.nat(),
    cell: fc.option(cellIx),
    lat: coord,
    lng: coord,
  }),
  fc.record({
    op: fc.constant('move' as const),
    k: fc.nat(),
    cell: fc.option(cellIx),
    lat: coord,
    lng: coord,
  }),
  fc.record({
    op: fc.constant('touch' as const),
    k: fc.nat(),
    what: fc.nat(5),
  }),
  fc.record({ op: fc.constant('watch' as const), cell: cellIx }),
  fc.record({ op: fc.constant('unwatch' as const), cell: cellIx }),
);
const tickArb: fc.Arbitrary<TickScript> = fc.record({
  ops: fc.array(opArb, { maxLength: 12, size: 'medium' }),
  // Now and then a delta is lost to coalescing: the next one is a snapshot of every watched cell.
  lost: fc.nat(7).map((n) => n === 0),
  order: fc.nat(),
});

interface Seen {
  id: string;
  latE7: number;
  lngE7: number;
  name: string;
  level: number;
  idle: boolean;
}

function seenOf(e: WorldEntity | SrvEntity): Seen {
  return {
    id: e.id,
    latE7: e.latE7,
    lngE7: e.lngE7,
    name: e.name,
    level: e.level,
    idle: e.idle,
  };
}

function runScript(ticks: TickScript[]): void {
  const srv = new RefServer();
  const w = new WorldModel();
  const evs = record(w);
  let now = 0;
  for (const [t, script] of ticks.entries()) {
    for (const op of script.ops) {
      const e =
        srv.alive.length > 0 && 'k' in op ? srv.store.get(srv.alive[op.k % srv.alive.length]!)! : undefined;
      if (op.op === 'spawn') srv.spawn(CELLS[op.cell]!, op.lat, op.lng, op.kind);
      else if (op.op === 'watch') srv.watch(CELLS[op.cell]!);
      else if (op.op === 'unwatch') srv.unwatch(CELLS[op.cell]!);
      else if (!e) continue;
      else if (op.op === 'despawn') srv.despawn(e);
      else if (op.op === 'move') srv.move(e, op.cell === null ? e.cell! : CELLS[op.cell]!, op.lat, op.lng);
      else srv.touch(e, op.what);
    }
    const delta = srv.tick(script.lost, script.order);
    now += 200;
    if (!delta) continue;
    const before = new Map<number, Seen>();
    for (const [eid, e] of w.entities) before.set(eid, seenOf(e));
    w.applyDelta(delta, now);
    const got = take(evs);
    const ctx = `tick ${t}: ${JSON.stringify(delta)}`;

    // The model holds exactly the entities of the watched cells, with their exact state.
    const expected = new Map<number, SrvEntity>();
    for (const c of srv.interest)
      for (const eid of srv.members.get(c)!) expected.set(eid, srv.store.get(eid)!);
    assert.deepEqual([...w.entities.keys()].sort(), [...expected.keys()].sort(), ctx);
    for (const [eid, s] of expected) {
      const m = w.get(eid)!;
      assert.deepEqual(seenOf(m), seenOf(s), ctx);
      assert.equal(m.kind, s.kind, ctx);
      assert.equal(m.cell, s.cell, ctx);
      assert.equal(w.byId(s.id), m, ctx);
    }
    assert.deepEqual(w.cells().sort(), [...srv.interest].sort(), ctx);
    for (const c of w.cells()) {
      assert.deepEqual(
        eidsIn(w, c),
        [...srv.members.get(c)!].sort((a, b) => a - b),
        ctx,
      );
    }

    // Events: a leave for what is gone, an enter for what is new, one move for what moved.
    for (const eid of new Set([...before.keys(), ...expected.keys()])) {
      const b = before.get(eid);
      const a = expected.get(eid);
      const mine = got.filter((x) => x.eid === eid);
      const kinds = mine.map((x) => x.type);
      if (b && a && b.id === a.id) {
        const moved = b.latE7 !== a.latE7 || b.lngE7 !== a.lngE7;
        const changed = b.name !== a.name || b.level !== a.level || b.idle !== a.idle;
        assert.deepEqual(
          kinds.filter((k) => k !== 'update'),
          moved ? ['move'] : [],
          `${eid} ${ctx}`,
        );
        assert.equal(kinds.filter((k) => k === 'update').length, changed ? 1 : 0, `${eid} ${ctx}`);
        const mv = mine.find((x) => x.type === 'move');
        if (mv?.type === 'move') assert.deepEqual([mv.prevLatE7, mv.prevLngE7], [b.latE7, b.lngE7]);
      } else {
        // (A gone entity may have moved before it left.)
        assert.deepEqual(
          kinds.filter((k) => k !== 'move'),
          [...(b ? ['leave'] : []), ...(a ? ['enter'] : [])],
          `${eid} ${ctx}`,
        );
      }
    }
  }
}

test('property: after every delta the model is exactly the watched cells of a reference server', () => {
  fc.assert(
    fc.property(fc.array(tickArb, { minLength: 1, maxLength: 40, size: 'medium' }), (ticks) =>
      runScript(ticks),
    ),
    { seed: 20_240_611, numRuns: 300 },
  );
});
