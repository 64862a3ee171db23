import { geoplay } from '../src/protocol/gen/geoplay.js';
import { Emitter } from './emitter.js';

export const EntityKind = geoplay.v1.EntityKind;
export type EntityKind = geoplay.v1.EntityKind;

/** A WorldDelta as decoded from the wire, or built by hand (tests, tools). */
export type WorldDeltaInput = geoplay.v1.WorldDelta.$Properties;
type ChunkInput = geoplay.v1.CellChunk.$Properties;
type EntityInput = geoplay.v1.Entity.$Properties;

/**
 * One entity as the client knows it: the fields of the last full state received (an enter or a
 * snapshot), the latest position (moves update only latE7/lngE7), and the view cell it is in.
 * The object stays the same while the entity is in the model, so it can key render state; treat
 * it as read-only.
 */
export interface WorldEntity {
  /** Server handle, the key of the model. Reused by the server after the entity is gone. */
  readonly eid: number;
  readonly kind: EntityKind;
  /** Stable id: player id, spawn id or POI id. */
  readonly id: string;
  readonly latE7: number;
  readonly lngE7: number;
  readonly name: string;
  readonly team: number;
  readonly headingDeg: number;
  readonly speedMps: number;
  readonly updatedMs: number;
  readonly level: number;
  readonly expiresMs: number;
  readonly poiKind: string;
  readonly idle: boolean;
  /** Token of the view cell the entity is in. */
  readonly cell: string;
  /** Local time (the receivedAtMs given to applyDelta) when the current position arrived. */
  readonly receivedAtMs: number;
}

export interface LatLng {
  lat: number;
  lng: number;
}

/**
 * Events are emitted after the whole delta is applied (listeners see the final model), in the
 * order the changes were made.
 */
export interface WorldEvents {
  /** The entity appeared in a watched cell. */
  enter: [entity: WorldEntity];
  /** The position changed (within a cell or to another watched cell); the entity holds the new one. */
  move: [entity: WorldEntity, prevLatE7: number, prevLngE7: number];
  /** A full state (enter or snapshot) changed fields other than the position and the cell. */
  update: [entity: WorldEntity];
  /** The entity is gone from the watched cells (left the world, went out of view, or clear()). */
  leave: [entity: WorldEntity];
}

export interface WorldModelOptions {
  /**
   * How far interpolated() may extrapolate past the latest position, in intervals between the
   * last two receipts. Default 1; 0 disables extrapolation.
   */
  maxExtrapolation?: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Tracked extends Mutable<WorldEntity> {
  /** The position before the current one, and the local time it is known to have held. */
  prevLatE7: number;
  prevLngE7: number;
  prevAtMs: number;
  /** Number of the delta that last set the position. */
  posDelta: number;
}

const EV_ENTER = 0;
const EV_MOVE = 1;
const EV_UPDATE = 2;
const EV_LEAVE = 3;

const E7 = 1e7;
const HALF_TURN_E7 = 1_800_000_000;
const FULL_TURN_E7 = 3_600_000_000;
const EMPTY_NUMBERS: readonly number[] = [];
const EMPTY_STRINGS: readonly string[] = [];
const EMPTY_ENTITIES: readonly EntityInput[] = [];
const EMPTY_CHUNKS: readonly ChunkInput[] = [];

function sameNumber(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/**
 * The client's copy of the entities in its interest set, kept from the server's WorldDeltas.
 *
 * Applying a delta: its chunks in order (per chunk: enters, moves, leaves), then dropped_cells.
 * - A snapshot chunk replaces the content of its cell; an entity of the cell missing from it is
 *   gone unless the same delta enters it in another cell (then it moved).
 * - An enter of a known entity is an upsert (`move` if the position changed, `update` if other
 *   fields did). An enter whose eid also appears in the same chunk's leaves only passed through
 *   the cell during the tick; it is skipped (the entity's final cell carries its state).
 * - Moves and leaves apply only to entities whose current cell is the chunk's cell; otherwise
 *   the entity was already entered elsewhere by this delta and the record is stale.
 * - A leave of an entity that a later chunk of the same delta enters is kept as a move; any other
 *   leave removes the entity. Whatever left a cell and was not entered again by the end of the
 *   delta is removed, so nothing is left behind.
 * - A delta with `fullSnapshot` lists every watched cell: cells held and not listed are dropped.
 *
 * Interpolation (smooth rendering between ticks): every entity keeps its last two positions with
 * the local times they were received. Render one tick interval in the past, so that the time
 * rendered always lies between two received positions:
 *
 * ```ts
 * const TICK_MS = 200; // the server's tick interval (1000 / tickHz)
 * const p = { lat: 0, lng: 0 };
 * function frame() {
 *   const t = Date.now() - TICK_MS; // GeoplayClient applies deltas with Date.now()
 *   for (const e of client.world.entities.values()) {
 *     client.world.interpolated(e.eid, t, p); // no allocation
 *     draw(e, p.lat, p.lng);
 *   }
 *   requestAnimationFrame(frame);
 * }
 * ```
 *
 * When the next delta is late, interpolated() extrapolates along the last step, at most one
 * interval (maxExtrapolation); once a later delta arrives without moving the entity it is known
 * to stand still and is shown at its latest position.
 */
export class WorldModel extends Emitter<WorldEvents> {
  private lastTick = 0;
  private lastServerTimeMs = 0;
  private readonly byEid = new Map<number, Tracked>();
  private readonly byStableId = new Map<string, Tracked>();
  private readonly cellMembers = new Map<string, Set<number>>();
  private readonly maxExtrapolation: number;
  /** Number of deltas applied, and the local time the last one was received. */
  private seq = 0;
  private lastAtMs = Number.NEGATIVE_INFINITY;
  // Per-delta scratch state.
  /** Per eid: enters still to be applied in this delta (pass-through enters not counted). */
  private readonly entersLeft = new Map<number, number>();
  private readonly pending = new Map<number, Tracked>();
  private readonly passThrough: (Set<number> | undefined)[] = [];
  private readonly snapshotIds = new Set<number>();
  // Queued events, emitted once the delta is applied.
  private readonly qType: number[] = [];
  private readonly qEntity: Tracked[] = [];
  private readonly qLat: number[] = [];
  private readonly qLng: number[] = [];
  private flushing = false;

  constructor(options: WorldModelOptions = {}) {
    super();
    this.maxExtrapolation = Math.max(0, options.maxExtrapolation ?? 1);
  }

  /** tick of the last delta applied (0 before the first). */
  get tick(): number {
    return this.lastTick;
  }

  /** server_time_ms of the last delta applied (0 before the first). */
  get serverTimeMs(): number {
    return this.lastServerTimeMs;
  }

  /** Every entity in the watched cells, by eid. */
  get entities(): ReadonlyMap<number, WorldEntity> {
    return this.byEid;
  }

  get size(): number {
    return this.byEid.size;
  }

  get(eid: number): WorldEntity | undefined {
    return this.byEid.get(eid);
  }

  /** Lookup by stable id (player, spawn or POI id). */
  byId(id: string): WorldEntity | undefined {
    return this.byStableId.get(id);
  }

  /** The entities in a view cell (a new array). */
  inCell(token: string): WorldEntity[] {
    const out: WorldEntity[] = [];
    const members = this.cellMembers.get(token);
    if (!members) return out;
    for (const eid of members) {
      const e = this.byEid.get(eid);
      if (e) out.push(e);
    }
    return out;
  }

  /** Tokens of the watched cells: seen in a chunk and not dropped since (a new array). */
  cells(): string[] {
    return [...this.cellMembers.keys()];
  }

  hasCell(token: string): boolean {
    return this.cellMembers.has(token);
  }

  /** Forgets everything (a new session starts from nothing); emits `leave` for every entity. */
  clear(): void {
    for (const e of this.byEid.values()) this.queue(EV_LEAVE, e, 0, 0);
    this.byEid.clear();
    this.byStableId.clear();
    this.cellMembers.clear();
    this.pending.clear();
    this.lastTick = 0;
    this.lastServerTimeMs = 0;
    this.lastAtMs = Number.NEGATIVE_INFINITY;
    this.flush();
  }

  /**
   * Applies one WorldDelta. receivedAtMs is the local time it arrived, on the clock later passed
   * to interpolated().
   */
  applyDelta(delta: WorldDeltaInput, receivedAtMs: number): void {
    this.seq++;
    const chunks = delta.chunks ?? EMPTY_CHUNKS;
    this.scan(chunks);
    for (let i = 0; i < chunks.length; i++) this.applyChunk(chunks[i]!, this.passThrough[i], receivedAtMs);
    for (const token of delta.droppedCells ?? EMPTY_STRINGS) this.dropCell(token);
    // A full snapshot is the whole interest set: a cell it does not list is no longer watched.
    if (delta.fullSnapshot) {
      const listed = new Set<string>();
      for (const c of chunks) listed.add(c.cell ?? '');
      for (const token of [...this.cellMembers.keys()]) if (!listed.has(token)) this.dropCell(token);
    }
    // Left a cell and not entered again: gone.
    for (const [eid, e] of this.pending) if (this.byEid.get(eid) === e) this.remove(e);
    this.pending.clear();
    this.passThrough.length = 0;
    this.entersLeft.clear();
    this.lastTick = delta.tick ?? 0;
    this.lastServerTimeMs = delta.serverTimeMs ?? 0;
    this.lastAtMs = Math.max(this.lastAtMs, receivedAtMs);
    this.flush();
  }

  /**
   * The entity's position at local time nowMs, linearly interpolated between its last two
   * received positions over the interval between their receipts: clamped to the older one before
   * it, extrapolated at most maxExtrapolation intervals past the newer one. Writes into `out`
   * when given (no allocation). Undefined for an unknown eid.
   */
  interpolated(eid: number, nowMs: number, out?: LatLng): LatLng | undefined {
    const e = this.byEid.get(eid);
    if (!e) return undefined;
    const res = out ?? { lat: 0, lng: 0 };
    const span = e.receivedAtMs - e.prevAtMs;
    if (!(span > 0) || (e.latE7 === e.prevLatE7 && e.lngE7 === e.prevLngE7)) {
      res.lat = e.latE7 / E7;
      res.lng = e.lngE7 / E7;
      return res;
    }
    // A delta received after this position that did not move the entity: it stands still.
    const maxF = e.receivedAtMs < this.lastAtMs ? 1 : 1 + this.maxExtrapolation;
    let f = (nowMs - e.prevAtMs) / span;
    if (!(f > 0)) f = 0;
    else if (f > maxF) f = maxF;
    let dLng = e.lngE7 - e.prevLngE7;
    if (dLng > HALF_TURN_E7) dLng -= FULL_TURN_E7;
    else if (dLng < -HALF_TURN_E7) dLng += FULL_TURN_E7;
    let lat = (e.prevLatE7 + (e.latE7 - e.prevLatE7) * f) / E7;
    let lng = (e.prevLngE7 + dLng * f) / E7;
    if (lat > 90) lat = 90;
    else if (lat < -90) lat = -90;
    if (lng > 180) lng -= 360;
    else if (lng < -180) lng += 360;
    res.lat = lat;
    res.lng = lng;
    return res;
  }

  // --- applying -------------------------------------------------------------------------------

  /**
   * Finds, per chunk, the entities that both enter and leave it (passed through the cell during
   * the tick), and counts the other enters of every entity.
   */
  private scan(chunks: readonly ChunkInput[]): void {
    this.passThrough.length = chunks.length;
    this.entersLeft.clear();
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i]!;
      const enter = c.enter ?? EMPTY_ENTITIES;
      const leave = c.leaveEid ?? EMPTY_NUMBERS;
      let through: Set<number> | undefined;
      if (enter.length > 0 && leave.length > 0) {
        const left = new Set<number>();
        for (const eid of leave) left.add(eid >>> 0);
        for (const en of enter) {
          const eid = (en.eid ?? 0) >>> 0;
          if (!left.has(eid)) continue;
          through ??= new Set<number>();
          through.add(eid);
        }
      }
      this.passThrough[i] = through;
      for (const en of enter) {
        const eid = (en.eid ?? 0) >>> 0;
        if (!through?.has(eid)) this.entersLeft.set(eid, (this.entersLeft.get(eid) ?? 0) + 1);
      }
    }
  }

  private applyChunk(c: ChunkInput, through: Set<number> | undefined, t: number): void {
    const cell = c.cell ?? '';
    let members = this.cellMembers.get(cell);
    if (!members) {
      members = new Set<number>();
      this.cellMembers.set(cell, members);
    }
    const enter = c.enter ?? EMPTY_ENTITIES;
    if (c.snapshot) {
      // Entities of the cell missing from the snapshot are gone, unless entered elsewhere.
      this.snapshotIds.clear();
      for (const en of enter) this.snapshotIds.add((en.eid ?? 0) >>> 0);
      for (const eid of members) {
        const e = this.byEid.get(eid);
        if (e && !this.snapshotIds.has(eid)) this.pending.set(eid, e);
      }
    }
    for (const en of enter) {
      const eid = (en.eid ?? 0) >>> 0;
      if (through?.has(eid)) continue;
      this.entersLeft.set(eid, (this.entersLeft.get(eid) ?? 1) - 1);
      this.enter(en, eid, cell, members, t);
    }
    const moveEid = c.moveEid ?? EMPTY_NUMBERS;
    const moveLat = c.moveLatE7 ?? EMPTY_NUMBERS;
    const moveLng = c.moveLngE7 ?? EMPTY_NUMBERS;
    const moves = Math.min(moveEid.length, moveLat.length, moveLng.length);
    for (let i = 0; i < moves; i++) {
      const e = this.byEid.get(moveEid[i]! >>> 0);
      if (e && e.cell === cell) this.setPosition(e, moveLat[i]!, moveLng[i]!, t);
    }
    for (const raw of c.leaveEid ?? EMPTY_NUMBERS) {
      const eid = raw >>> 0;
      const e = this.byEid.get(eid);
      if (!e || e.cell !== cell) continue;
      // Entered again by a later chunk of this delta: keep it (a move), else it is gone.
      if ((this.entersLeft.get(eid) ?? 0) > 0) this.pending.set(eid, e);
      else this.remove(e);
    }
  }

  private enter(en: EntityInput, eid: number, cell: string, members: Set<number>, t: number): void {
    let e = this.byEid.get(eid);
    const id = en.id ?? '';
    const kind = (en.kind ?? 0) as EntityKind;
    // The eid now names another entity (the server reuses handles): the old one is gone.
    if (e && (e.id !== id || e.kind !== kind)) {
      this.remove(e);
      e = undefined;
    }
    const latE7 = en.latE7 ?? 0;
    const lngE7 = en.lngE7 ?? 0;
    if (!e) {
      const created: Tracked = {
        eid,
        kind,
        id,
        latE7,
        lngE7,
        name: en.name ?? '',
        team: en.team ?? 0,
        headingDeg: en.headingDeg ?? 0,
        speedMps: en.speedMps ?? 0,
        updatedMs: en.updatedMs ?? 0,
        level: en.level ?? 0,
        expiresMs: en.expiresMs ?? 0,
        poiKind: en.poiKind ?? '',
        idle: en.idle ?? false,
        cell,
        receivedAtMs: t,
        prevLatE7: latE7,
        prevLngE7: lngE7,
        prevAtMs: t,
        posDelta: this.seq,
      };
      this.byEid.set(eid, created);
      if (id) this.byStableId.set(id, created);
      members.add(eid);
      this.queue(EV_ENTER, created, 0, 0);
      return;
    }
    this.pending.delete(eid);
    if (e.cell !== cell) {
      this.cellMembers.get(e.cell)?.delete(eid);
      members.add(eid);
      e.cell = cell;
    }
    const name = en.name ?? '';
    const team = en.team ?? 0;
    const headingDeg = en.headingDeg ?? 0;
    const speedMps = en.speedMps ?? 0;
    const updatedMs = en.updatedMs ?? 0;
    const level = en.level ?? 0;
    const expiresMs = en.expiresMs ?? 0;
    const poiKind = en.poiKind ?? '';
    const idle = en.idle ?? false;
    const changed =
      e.name !== name ||
      e.team !== team ||
      !sameNumber(e.headingDeg, headingDeg) ||
      !sameNumber(e.speedMps, speedMps) ||
      !sameNumber(e.updatedMs, updatedMs) ||
      e.level !== level ||
      !sameNumber(e.expiresMs, expiresMs) ||
      e.poiKind !== poiKind ||
      e.idle !== idle;
    if (changed) {
      e.name = name;
      e.team = team;
      e.headingDeg = headingDeg;
      e.speedMps = speedMps;
      e.updatedMs = updatedMs;
      e.level = level;
      e.expiresMs = expiresMs;
      e.poiKind = poiKind;
      e.idle = idle;
    }
    this.setPosition(e, latE7, lngE7, t);
    if (changed) this.queue(EV_UPDATE, e, 0, 0);
  }

  private setPosition(e: Tracked, latE7: number, lngE7: number, t: number): void {
    if (e.latE7 === latE7 && e.lngE7 === lngE7) return;
    const prevLat = e.latE7;
    const prevLng = e.lngE7;
    if (e.posDelta !== this.seq) {
      // The old position held at least until the previous delta arrived.
      e.prevLatE7 = prevLat;
      e.prevLngE7 = prevLng;
      e.prevAtMs = Math.max(e.receivedAtMs, this.lastAtMs);
      e.posDelta = this.seq;
    }
    e.latE7 = latE7;
    e.lngE7 = lngE7;
    e.receivedAtMs = t;
    this.queue(EV_MOVE, e, prevLat, prevLng);
  }

  private dropCell(token: string): void {
    const members = this.cellMembers.get(token);
    if (!members) return;
    for (const eid of members) {
      const e = this.byEid.get(eid);
      if (e && e.cell === token) this.remove(e);
    }
    this.cellMembers.delete(token);
  }

  private remove(e: Tracked): void {
    this.byEid.delete(e.eid);
    this.cellMembers.get(e.cell)?.delete(e.eid);
    if (this.byStableId.get(e.id) === e) this.byStableId.delete(e.id);
    this.pending.delete(e.eid);
    this.queue(EV_LEAVE, e, 0, 0);
  }

  // --- events ---------------------------------------------------------------------------------

  private queue(type: number, e: Tracked, lat: number, lng: number): void {
    this.qType.push(type);
    this.qEntity.push(e);
    this.qLat.push(lat);
    this.qLng.push(lng);
  }

  private flush(): void {
    // A listener that applies another delta appends to the queue being emitted.
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (let i = 0; i < this.qType.length; i++) {
        const e = this.qEntity[i]!;
        switch (this.qType[i]) {
          case EV_ENTER:
            this.emit('enter', e);
            break;
          case EV_MOVE:
            this.emit('move', e, this.qLat[i]!, this.qLng[i]!);
            break;
          case EV_UPDATE:
            this.emit('update', e);
            break;
          default:
            this.emit('leave', e);
            break;
        }
      }
    } finally {
      this.qType.length = 0;
      this.qEntity.length = 0;
      this.qLat.length = 0;
      this.qLng.length = 0;
      this.flushing = false;
    }
  }
}
