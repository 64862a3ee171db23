import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { type CellId, cellIdAt, cellParent, cellToken } from '../geo/cells.js';
import { coverCircle } from '../geo/cover.js';
import { fastDistanceM } from '../geo/distance.js';
import { DeltaOutcome } from '../session/session.js';
import { encodeSnapshotChunk, WorldDeltaBody } from './chunk.js';
import { EntityKind, EntityStore } from './entities.js';
import type { Poi } from './poiTypes.js';
import { Shard } from './shard.js';
import type { SpawnRules } from './spawnRules.js';
import { nextSpawnChangeMs, type Spawn, spawnEventsBetween, spawnsInCell } from './spawns.js';
import type { ViewCell } from './viewCell.js';
import type { WorldSession } from './worldSession.js';

export interface WorldParams {
  /** Level of the view cells (the interest grid). Default 16 (~140 m). */
  viewLevel: number;
  /** Level of the shard cells (unit of ownership). Default 12 (~2 km). */
  shardLevel: number;
  /** World ticks per second. Default 5. */
  tickHz: number;
  /** Radius of the area of interest in metres. Default 300. */
  aoiRadiusM: number;
  /**
   * The interest set covers aoiRadiusM + coverPadM and is recomputed only when the player has
   * moved more than coverPadM from where it was computed, so it always contains the AOI circle.
   */
  coverPadM: number;
}

export const DEFAULT_WORLD_PARAMS: WorldParams = {
  viewLevel: 16,
  shardLevel: 12,
  tickHz: 5,
  aoiRadiusM: 300,
  coverPadM: 25,
};

export interface SpawnView {
  eid: number;
  id: string;
  species: string;
  level: number;
  lat: number;
  lng: number;
  appearsAtMs: number;
  expiresAtMs: number;
}

export interface EntityHit {
  eid: number;
  id: string;
  kind: EntityKind;
  name: string;
  lat: number;
  lng: number;
  distanceM: number;
}

/** Histogram bounds for durations that can run from well under a millisecond to seconds. */
const DURATION_BUCKETS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5,
];

class WorldMetrics {
  readonly tick: Histogram;
  readonly fanout: Histogram;
  readonly sendSeconds: Counter;
  readonly entities: Gauge;
  readonly watchedCells: Gauge;
  readonly deltas: Counter;
  readonly deltaBytes: Counter;
  constructor(registry: Registry, world: World) {
    const registers = [registry];
    this.tick = new Histogram({
      name: 'geoplay_world_tick_seconds',
      help: "Duration of one world tick: spawns, encoding each changed view cell, and assembling each session's WorldDelta parts (the socket writes are not part of it: geoplay_world_fanout_seconds)",
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.fanout = new Histogram({
      name: 'geoplay_world_fanout_seconds',
      help: 'From the start of a world tick to the last of its WorldDelta frames written to a socket',
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.sendSeconds = new Counter({
      name: 'geoplay_world_send_seconds_total',
      help: 'Time spent building WorldDelta frames and writing them to sockets',
      registers,
    });
    this.entities = new Gauge({
      name: 'geoplay_world_entities',
      help: 'Live entities (players, spawns, POIs)',
      registers,
      collect() {
        this.set(world.store.live);
      },
    });
    this.watchedCells = new Gauge({
      name: 'geoplay_world_watched_cells',
      help: 'View cells in at least one interest set',
      registers,
      collect() {
        this.set(world.watchedCells.size);
      },
    });
    this.deltas = new Counter({
      name: 'geoplay_world_deltas_total',
      help: 'WorldDelta frames sent',
      registers,
    });
    this.deltaBytes = new Counter({
      name: 'geoplay_world_delta_bytes_total',
      help: 'WorldDelta body bytes sent',
      registers,
    });
  }
}

const EMPTY = new Uint8Array(0);

/**
 * The simulation: shards of view cells, entities, interest sets, spawn schedules, and the tick
 * that encodes each changed view cell once and sends each session one WorldDelta.
 */
export class World {
  readonly params: WorldParams;
  readonly store = new EntityStore();
  readonly shards = new Map<CellId, Shard>();
  readonly watchedCells = new Set<ViewCell>();
  private readonly sessions = new Map<string, WorldSession>();
  private readonly spawnEids = new Map<string, number>();
  private readonly poiEids = new Map<string, number>();
  private readonly resync = new Set<WorldSession>();
  private readonly metrics: WorldMetrics | undefined;
  /** Number of the last tick sent; changes recorded now go out with tick + 1. */
  tickNo = 0;
  /** True while tick() runs: changes recorded then would be cleared at the end of the tick. */
  private ticking = false;
  /** Idle changes made during a tick (a session detached by a write of the tick), applied after it. */
  private readonly idleLater = new Map<WorldSession, boolean>();
  /** Sessions whose WorldDelta of the last tick is assembled and not written yet, in order. */
  private readonly outbox: WorldSession[] = [];
  /** Index of the next session of the outbox to write. */
  private outNext = 0;
  private outTick = 0;
  private outNowMs = 0;
  /** performance.now() at the start of the tick the outbox belongs to. */
  private outStartedAt = 0;
  private readonly body = new WorldDeltaBody();
  private sentDeltas = 0;
  private sentBytes = 0;

  constructor(
    params: Partial<WorldParams>,
    readonly spawnRules: SpawnRules | undefined,
    pois: readonly Poi[],
    registry?: Registry,
  ) {
    this.params = { ...DEFAULT_WORLD_PARAMS, ...params };
    this.metrics = registry ? new WorldMetrics(registry, this) : undefined;
    for (const p of pois) {
      const cell = this.cellAt(p.lat, p.lng);
      const eid = this.store.allocate(EntityKind.POI, p.id, p.name);
      this.store.latE7[eid] = Math.round(p.lat * 1e7);
      this.store.lngE7[eid] = Math.round(p.lng * 1e7);
      this.store.poiKind[eid] = p.kind;
      this.place(eid, cell);
      this.poiEids.set(p.id, eid);
    }
  }

  get tickMs(): number {
    return 1000 / this.params.tickHz;
  }

  // --- sessions -----------------------------------------------------------------------------

  attach(ws: WorldSession): void {
    this.sessions.set(ws.key, ws);
  }

  /** The session ended: its player leaves the world and its interest set is released. */
  detach(ws: WorldSession): void {
    this.sessions.delete(ws.key);
    this.resync.delete(ws);
    if (ws.eid >= 0) {
      const cell = this.store.cell[ws.eid];
      if (cell) this.unplace(ws.eid, cell, '');
      this.store.release(ws.eid);
      ws.eid = -1;
    }
    for (const c of ws.interest) this.unwatchCell(ws, c);
    ws.interest.clear();
    ws.cells = [];
  }

  /**
   * The session lost its socket (grace period): its player stays where it is, marked idle, and
   * every watcher of its cell sees the change (the entity is entered again with idle set).
   */
  freeze(ws: WorldSession): void {
    this.setIdle(ws, true);
  }

  /** The session was resumed: its player is no longer idle. */
  unfreeze(ws: WorldSession): void {
    this.setIdle(ws, false);
  }

  /**
   * The session gets snapshots of its whole interest set at the next tick (a WorldDelta with
   * full_snapshot), instead of the changes of the tick.
   */
  requestSnapshot(ws: WorldSession): void {
    ws.session.needsSnapshot = true;
    this.resync.add(ws);
  }

  private setIdle(ws: WorldSession, idle: boolean): void {
    if (this.ticking) {
      this.idleLater.set(ws, idle);
      return;
    }
    const eid = ws.eid;
    if (eid < 0) return;
    const s = this.store;
    const value = idle ? 1 : 0;
    if (s.idle[eid] === value) return;
    s.idle[eid] = value;
    const cell = s.cell[eid];
    if (!cell || !cell.watched) return;
    // An enter of an entity the watchers know is an upsert: they get its full state, idle included.
    if (!cell.enters.includes(eid)) cell.enters.push(eid);
    s.markTick[eid] = this.tickNo + 1;
    cell.shard.markDirty(cell);
  }

  /** Moves a session's player to a (fused) position and updates its interest set. */
  movePlayer(
    ws: WorldSession,
    lat: number,
    lng: number,
    headingDeg: number,
    speedMps: number,
    nowMs: number,
  ): void {
    const s = this.store;
    const latE7 = Math.round(lat * 1e7);
    const lngE7 = Math.round(lng * 1e7);
    const cell = this.cellAt(lat, lng);
    let eid = ws.eid;
    if (eid < 0) {
      eid = s.allocate(EntityKind.PLAYER, ws.session.playerId, ws.session.name);
      s.team[eid] = ws.session.team;
      ws.eid = eid;
    }
    s.latE7[eid] = latE7;
    s.lngE7[eid] = lngE7;
    s.headingDeg[eid] = headingDeg;
    s.speedMps[eid] = speedMps;
    s.updatedMs[eid] = nowMs;
    ws.lat = lat;
    ws.lng = lng;
    const from = s.cell[eid];
    if (from === cell) this.recordMove(cell, eid);
    else {
      if (from) this.unplace(eid, from, cell.token);
      this.place(eid, cell);
    }
    this.updateInterest(ws, lat, lng, nowMs);
  }

  private updateInterest(ws: WorldSession, lat: number, lng: number, nowMs: number): void {
    const pad = this.params.coverPadM;
    if (!Number.isNaN(ws.coverLat) && fastDistanceM(ws.coverLat, ws.coverLng, lat, lng) <= pad) return;
    ws.coverLat = lat;
    ws.coverLng = lng;
    const ids = coverCircle(lat, lng, this.params.aoiRadiusM + pad, this.params.viewLevel);
    const next = new Set<ViewCell>();
    for (const id of ids) next.add(this.cellById(id));
    let changed = false;
    for (const c of ws.interest) {
      if (!next.has(c)) {
        ws.interest.delete(c);
        this.unwatchCell(ws, c);
        // Dropped even if it was only added this tick: the client may hold it from an earlier
        // tick (dropped, re-added, dropped again), and forgetting an unknown cell is harmless.
        const i = ws.added.indexOf(c);
        if (i >= 0) ws.added.splice(i, 1);
        if (!ws.dropped.includes(c.token)) ws.dropped.push(c.token);
        changed = true;
      }
    }
    for (const c of next) {
      if (!ws.interest.has(c)) {
        ws.interest.add(c);
        const d = ws.dropped.indexOf(c.token);
        if (d >= 0) ws.dropped.splice(d, 1);
        ws.added.push(c);
        this.watchCell(ws, c, nowMs);
        changed = true;
      }
    }
    // The tick walks this array, not the Set: every session's cells, every tick.
    if (changed) ws.cells = Array.from(ws.interest);
  }

  private watchCell(ws: WorldSession, c: ViewCell, nowMs: number): void {
    c.watchers.add(ws);
    if (c.watchers.size === 1) {
      this.watchedCells.add(c);
      this.activateSpawns(c, nowMs);
    }
  }

  private unwatchCell(ws: WorldSession, c: ViewCell): void {
    c.watchers.delete(ws);
    if (c.watchers.size === 0) {
      this.watchedCells.delete(c);
      this.deactivateSpawns(c);
      c.clearChanges();
    }
  }

  // --- cells and change records ---------------------------------------------------------------

  private cellAt(lat: number, lng: number): ViewCell {
    return this.cellById(cellIdAt(lat, lng, this.params.viewLevel));
  }

  private cellById(id: CellId): ViewCell {
    const shardId = cellParent(id, this.params.shardLevel);
    let shard = this.shards.get(shardId);
    if (!shard) {
      shard = new Shard(shardId, cellToken(shardId), this.store);
      this.shards.set(shardId, shard);
    }
    return shard.cell(id);
  }

  private place(eid: number, cell: ViewCell): void {
    this.store.cell[eid] = cell;
    cell.members.add(eid);
    if (!cell.watched) return;
    // An entity that left this cell earlier in the tick and came back: its leave no longer holds.
    const i = cell.leaves.indexOf(eid);
    if (i >= 0) {
      cell.leaves.splice(i, 1);
      cell.leaveTo.splice(i, 1);
    }
    cell.enters.push(eid);
    this.store.markTick[eid] = this.tickNo + 1;
    cell.shard.markDirty(cell);
  }

  private unplace(eid: number, cell: ViewCell, to: string): void {
    cell.members.delete(eid);
    if (!cell.watched) return;
    cell.leaves.push(eid);
    cell.leaveTo.push(to);
    cell.shard.markDirty(cell);
  }

  private recordMove(cell: ViewCell, eid: number): void {
    if (!cell.watched) return;
    const building = this.tickNo + 1;
    if (this.store.markTick[eid] === building) return;
    this.store.markTick[eid] = building;
    cell.moves.push(eid);
    cell.shard.markDirty(cell);
  }

  // --- spawns ---------------------------------------------------------------------------------

  private activateSpawns(c: ViewCell, nowMs: number): void {
    const rules = this.spawnRules;
    if (!rules) return;
    for (const spawn of spawnsInCell(c.id, nowMs, rules)) this.addSpawn(c, spawn, false);
    c.spawnsAsOfMs = nowMs;
    c.nextSpawnChangeMs = nextSpawnChangeMs(c.id, nowMs, rules);
  }

  private deactivateSpawns(c: ViewCell): void {
    for (const [id, eid] of c.spawns) {
      c.members.delete(eid);
      this.spawnEids.delete(id);
      this.store.release(eid);
    }
    c.spawns.clear();
    c.nextSpawnChangeMs = Number.POSITIVE_INFINITY;
  }

  private addSpawn(c: ViewCell, spawn: Spawn, record: boolean): void {
    if (c.spawns.has(spawn.id)) return;
    const s = this.store;
    const eid = s.allocate(EntityKind.SPAWN, spawn.id, spawn.species);
    s.latE7[eid] = Math.round(spawn.lat * 1e7);
    s.lngE7[eid] = Math.round(spawn.lng * 1e7);
    s.level[eid] = spawn.level;
    s.updatedMs[eid] = spawn.appearsAtMs;
    s.expiresMs[eid] = spawn.expiresAtMs;
    c.spawns.set(spawn.id, eid);
    this.spawnEids.set(spawn.id, eid);
    if (record) this.place(eid, c);
    else {
      s.cell[eid] = c;
      c.members.add(eid);
    }
  }

  private removeSpawn(c: ViewCell, id: string): void {
    const eid = c.spawns.get(id);
    if (eid === undefined) return;
    c.spawns.delete(id);
    this.spawnEids.delete(id);
    this.unplace(eid, c, '');
    this.store.release(eid);
  }

  private advanceSpawns(nowMs: number): void {
    const rules = this.spawnRules;
    if (!rules) return;
    for (const c of this.watchedCells) {
      if (c.nextSpawnChangeMs > nowMs) continue;
      for (const ev of spawnEventsBetween(c.id, c.spawnsAsOfMs, nowMs, rules)) {
        if (ev.kind === 'appear') {
          if (ev.spawn.expiresAtMs > nowMs) this.addSpawn(c, ev.spawn, true);
        } else this.removeSpawn(c, ev.spawn.id);
      }
      c.spawnsAsOfMs = nowMs;
      c.nextSpawnChangeMs = nextSpawnChangeMs(c.id, nowMs, rules);
    }
  }

  // --- the tick -------------------------------------------------------------------------------

  private snapshotOf(c: ViewCell, tick: number): Uint8Array {
    if (c.snapshotTick !== tick || !c.snapshot) {
      c.snapshot = encodeSnapshotChunk(c.token, this.store, c.members);
      c.snapshotTick = tick;
    }
    return c.snapshot;
  }

  /**
   * One tick, written out at once: step() then flush() with no deadline. The server runs the two
   * apart (GameRuntime), so that the writes do not hold the event loop for the whole fan-out.
   */
  tick(nowMs: number): void {
    this.step(nowMs);
    this.flush();
  }

  /**
   * The simulation part of a tick: advance spawn schedules, encode every changed watched view
   * cell once, and assemble for each session with something new the parts of its WorldDelta (the
   * chunk and snapshot bytes, shared, not copied). Nothing is written to a socket here: flush()
   * does that. Deltas of the previous tick not written yet are written first, so a session never
   * gets two ticks out of order.
   */
  step(nowMs: number): void {
    if (this.outNext < this.outbox.length) this.flush();
    const started = performance.now();
    const tick = ++this.tickNo;
    this.ticking = true;
    try {
      this.runTick(tick, nowMs);
    } finally {
      this.ticking = false;
    }
    if (this.idleLater.size > 0) {
      for (const [ws, idle] of this.idleLater) if (this.sessions.get(ws.key) === ws) this.setIdle(ws, idle);
      this.idleLater.clear();
    }
    this.outTick = tick;
    this.outNowMs = nowMs;
    this.outStartedAt = started;
    this.metrics?.tick.observe((performance.now() - started) / 1000);
  }

  /**
   * Writes the WorldDeltas assembled by the last step(), one frame and one socket write per
   * session, until none is left or performance.now() passes `deadline` (checked every few
   * sessions). Returns true when every delta of the tick is written.
   */
  flush(deadline = Number.POSITIVE_INFINITY): boolean {
    const box = this.outbox;
    if (box.length === 0) return true;
    const began = performance.now();
    // outNext advances before each write, so a write that throws is not retried forever.
    while (this.outNext < box.length) {
      this.sendOut(box[this.outNext++]!);
      if ((this.outNext & 15) === 0 && performance.now() >= deadline) break;
    }
    const now = performance.now();
    // Counted once per slice: a prom-client counter update per session is measurable at 10,000.
    if (this.metrics) {
      this.metrics.sendSeconds.inc((now - began) / 1000);
      if (this.sentDeltas > 0) {
        this.metrics.deltas.inc(this.sentDeltas);
        this.metrics.deltaBytes.inc(this.sentBytes);
      }
    }
    this.sentDeltas = 0;
    this.sentBytes = 0;
    if (this.outNext < box.length) return false;
    box.length = 0;
    this.outNext = 0;
    this.metrics?.fanout.observe((now - this.outStartedAt) / 1000);
    return true;
  }

  /** Deltas assembled and not yet written (for tests and shutdown). */
  get unsent(): number {
    return this.outbox.length - this.outNext;
  }

  private runTick(tick: number, nowMs: number): void {
    this.advanceSpawns(nowMs);
    for (const shard of this.shards.values()) if (shard.dirty.length > 0) shard.encode();
    // Each session pulls the chunks of its changed cells (a cell's chunk is set only in the tick
    // it changed). Walking every session's cell array is cheaper than pushing each chunk to the
    // watchers of its cell: no Set iteration, no per-pair queue check, no second copy of the list.
    for (const ws of this.sessions.values()) {
      const session = ws.session;
      if (!session.alive) {
        ws.added.length = 0;
        continue;
      }
      const parts = ws.outParts;
      const added = ws.added;
      if (session.needsSnapshot) {
        if (session.transport.bufferedAmount > session.coalesceLimit) {
          // Still backed up: sendDelta only advances the slow-consumer clock.
          session.sendDelta(EMPTY, nowMs);
          added.length = 0;
          this.resync.add(ws);
          continue;
        }
        for (const c of ws.cells) parts.push(this.snapshotOf(c, tick));
        ws.outFull = true;
      } else {
        const cells = ws.cells;
        if (added.length === 0) {
          for (let i = 0; i < cells.length; i++) {
            const chunk = cells[i]!.chunk;
            if (chunk !== null) parts.push(chunk);
          }
        } else {
          // A cell the session started watching this tick comes as its snapshot instead.
          for (let i = 0; i < cells.length; i++) {
            const c = cells[i]!;
            if (c.chunk !== null && !added.includes(c)) parts.push(c.chunk);
          }
          for (const c of added) parts.push(this.snapshotOf(c, tick));
        }
        if (parts.length === 0 && ws.dropped.length === 0) continue;
        ws.outFull = false;
      }
      // Array length writes are calls into the runtime: skipped when there is nothing to clear.
      if (ws.dropped.length > 0) {
        for (const t of ws.dropped) ws.outDropped.push(t);
        ws.dropped.length = 0;
      }
      if (added.length > 0) added.length = 0;
      this.outbox.push(ws);
    }
    for (const shard of this.shards.values()) if (shard.dirty.length > 0) shard.endTick();
    this.store.recycle();
  }

  /** Writes one session's assembled WorldDelta (see flush). */
  private sendOut(ws: WorldSession): void {
    const session = ws.session;
    const parts = ws.outParts;
    const dropped = ws.outDropped;
    // Gone since the step; or told since then that a snapshot follows (a resume, a gap): the
    // snapshot of the next tick replaces this delta, which the client could not apply anyway.
    if (!session.alive || this.sessions.get(ws.key) !== ws || (session.needsSnapshot && !ws.outFull)) {
      parts.length = 0;
      dropped.length = 0;
      return;
    }
    const body = this.body.set(this.outTick, this.outNowMs, parts, dropped, ws.outFull);
    const bytes = body.length;
    const outcome = session.sendDelta(body, this.outNowMs);
    parts.length = 0;
    if (dropped.length > 0) dropped.length = 0;
    if (outcome === DeltaOutcome.SENT) {
      // The dropped cells went out with it; a full snapshot settles what a resync asked for.
      if (ws.outFull) {
        session.needsSnapshot = false;
        this.resync.delete(ws);
      }
      this.sentDeltas++;
      this.sentBytes += bytes;
    } else if (outcome === DeltaOutcome.COALESCED) {
      // The next tick sends the whole interest set (full_snapshot), dropped cells included.
      this.resync.add(ws);
    }
  }

  // --- queries for actions and tests ----------------------------------------------------------

  session(key: string): WorldSession | undefined {
    return this.sessions.get(key);
  }

  spawn(id: string): SpawnView | undefined {
    const eid = this.spawnEids.get(id);
    if (eid === undefined) return undefined;
    const s = this.store;
    return {
      eid,
      id,
      species: s.name[eid]!,
      level: s.level[eid]!,
      lat: s.latE7[eid]! / 1e7,
      lng: s.lngE7[eid]! / 1e7,
      appearsAtMs: s.updatedMs[eid]!,
      expiresAtMs: s.expiresMs[eid]!,
    };
  }

  /** Entities of a kind within radiusM of a point, nearest first (only watched cells hold spawns). */
  within(lat: number, lng: number, radiusM: number, kind: EntityKind): EntityHit[] {
    const s = this.store;
    const out: EntityHit[] = [];
    for (const id of coverCircle(lat, lng, radiusM, this.params.viewLevel)) {
      const shard = this.shards.get(cellParent(id, this.params.shardLevel));
      const c = shard?.cells.get(id);
      if (!c) continue;
      for (const eid of c.members) {
        if (s.kind[eid] !== kind) continue;
        const elat = s.latE7[eid]! / 1e7;
        const elng = s.lngE7[eid]! / 1e7;
        const d = fastDistanceM(lat, lng, elat, elng);
        if (d <= radiusM)
          out.push({ eid, id: s.id[eid]!, kind, name: s.name[eid]!, lat: elat, lng: elng, distanceM: d });
      }
    }
    return out.sort((a, b) => a.distanceM - b.distanceM);
  }

  /** Entity handles in a view cell (tests and debugging). */
  membersOf(cellId: CellId): number[] {
    const c = this.shards.get(cellParent(cellId, this.params.shardLevel))?.cells.get(cellId);
    return c ? [...c.members] : [];
  }
}
