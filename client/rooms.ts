import type { RoomPhaseName } from '../src/game/room.js';
import type { Envelope } from '../src/protocol/frame.js';
import type { geoplay } from '../src/protocol/gen/geoplay.js';
import type { ClientError as ClientErrorType, GeoplayClient } from './client.js';
import { Emitter } from './emitter.js';
import { parseJson, RoomStateMirror } from './roomState.js';
import type { RoomUpdateView } from './updateFrame.js';

export type RoomUpdate = geoplay.v1.RoomUpdate;
export type RoomResult = geoplay.v1.RoomResult;

/** A seat of the room, as the server last described it. */
export interface RoomMemberInfo {
  playerId: string;
  name: string;
  connected: boolean;
  level: number;
  partyId: string;
}

export interface RoomEvents {
  /** An update or snapshot was applied: the state keys set and removed by it (all keys for a snapshot). */
  change: [set: string[], removed: string[]];
  /** A snapshot replaced the whole room (on join, after a resume, after a gap). */
  snapshot: [];
  /** A player took a seat. */
  join: [member: RoomMemberInfo];
  /** A member's info changed (dropped: connected false; back: connected true). */
  member: [member: RoomMemberInfo];
  /** A player's seat is gone. */
  leave: [playerId: string];
  phase: [phase: RoomPhaseName, endsAtMs: number];
  /** The room ended; `result` is what the room's onEnd returned. */
  ended: [result: unknown];
  /** This client is no longer in the room (`left`, `reconnect_timeout`, `disposed`). */
  left: [reason: string];
  /** A message of this client was refused (the connection and the room go on). */
  error: [error: ClientErrorType];
  /** An update did not follow the last one applied: a snapshot was asked for. */
  gap: [expectedBase: number, gotBase: number];
}

export interface RoomJoinOptions {
  /** Room type (e.g. 'raid'); with `roomId` it may be left out. */
  type?: string;
  /** Join this room. */
  roomId?: string;
  /** Located rooms: the POI (gym) whose raid to join; else the nearest one in reach. */
  poiId?: string;
  /** Join with a party: every member joins with the same id and size; all get seats or none. */
  party?: { id: string; size: number };
  /** How long to wait for the seat and the first snapshot, ms. Default 40000 (a party may wait). */
  timeoutMs?: number;
}

const PHASES: readonly RoomPhaseName[] = ['lobby', 'lobby', 'countdown', 'running', 'ended'];
const decoder = new TextDecoder();

/**
 * A room this client sits in. `state` mirrors the server's room state (keyed JSON values),
 * `members` its seats; both change only when an update arrives, and `change` says which keys.
 * `M` maps message types to payload types (`RoomPayloads<typeof raidRoom>` from the server's
 * definition) so `send` is typed.
 */
export class RoomHandle<M extends object = Record<string, unknown>> extends Emitter<RoomEvents> {
  phase: RoomPhaseName = 'lobby';
  /** When the current phase times out (server clock, ms since the epoch; 0 = never). */
  phaseEndsMs = 0;
  /** Room tick of the last update applied. */
  tick = 0;
  /** The room's state: a read-only map whose values are parsed from their JSON when first read. */
  get state(): ReadonlyMap<string, unknown> {
    return this.mirror;
  }
  private readonly mirror = new RoomStateMirror();
  readonly members = new Map<string, RoomMemberInfo>();
  /** The room's result once ended. */
  result: unknown = undefined;
  /** False once this client left the room or was taken out of it. */
  active = true;
  /** `inPlace`: updates read in place from their frame (the rest were decoded by protobufjs). */
  readonly stats = { updates: 0, snapshots: 0, gaps: 0, refused: 0, inPlace: 0 };
  /** Set after a gap: updates are ignored until the snapshot asked for arrives. */
  private awaiting = true;

  constructor(
    readonly id: string,
    readonly type: string,
    private readonly rooms: RoomsClient,
  ) {
    super();
  }

  get<T = unknown>(key: string): T | undefined {
    return this.mirror.get<T>(key);
  }

  /** Sends a message of a type the room defines; false when not connected or not in the room. */
  send<K extends keyof M & string>(type: K, payload: M[K]): boolean {
    if (!this.active) return false;
    // JSON.stringify gives undefined for undefined (a message without payload): an empty payload.
    return this.rooms.client.sendRoomMessage(this.id, type, JSON.stringify(payload) ?? '');
  }

  /** Gives up the seat; resolves when the server confirmed. */
  async leave(timeoutMs = 10_000): Promise<void> {
    if (!this.active) return;
    await this.rooms.request({ roomLeave: { roomId: this.id } }, timeoutMs);
    this.rooms.release(this, 'left');
  }

  /** @internal An update decoded by protobufjs, or read in place from its frame (updateFrame.ts). */
  apply(u: RoomUpdate | RoomUpdateView): void {
    if (u.snapshot) {
      this.mirror.clear();
      const before = new Set(this.members.keys());
      this.members.clear();
      this.awaiting = false;
      this.stats.snapshots++;
      this.applyEntries(u);
      for (const id of before) if (!this.members.has(id)) this.emit('leave', id);
      this.tick = u.tick;
      this.applyPhase(u, true);
      this.emit('snapshot');
      this.emit('change', [...this.state.keys()], []);
      return;
    }
    if (this.awaiting) return;
    if (u.baseTick !== this.tick) {
      this.stats.gaps++;
      this.awaiting = true;
      this.emit('gap', this.tick, u.baseTick);
      // Joining one's own room asks for a snapshot.
      void this.rooms.request({ roomJoin: { roomId: this.id, roomType: this.type } }, 10_000).catch(() => {});
      return;
    }
    this.stats.updates++;
    for (const k of u.removedKeys) this.mirror.delete(k);
    this.applyEntries(u);
    for (const id of u.left) if (this.members.delete(id)) this.emit('leave', id);
    this.tick = u.tick;
    this.applyPhase(u, false);
    this.emit('change', u.setKeys, u.removedKeys);
  }

  private applyEntries(u: RoomUpdate | RoomUpdateView): void {
    if ('valueStarts' in u) {
      // Read in place: no members (those frames go through protobufjs).
      this.stats.inPlace++;
      this.mirror.setFrameValues(u.setKeys, u.frame, u.valueStarts, u.valueEnds);
      return;
    }
    this.mirror.setTexts(u.setKeys, u.setValues);
    for (const m of u.members) {
      const info: RoomMemberInfo = {
        playerId: m.playerId ?? '',
        name: m.name ?? '',
        connected: m.connected === true,
        level: m.level ?? 0,
        partyId: m.partyId ?? '',
      };
      const known = this.members.has(info.playerId);
      this.members.set(info.playerId, info);
      this.emit(known ? 'member' : 'join', info);
    }
  }

  private applyPhase(u: RoomUpdate | RoomUpdateView, snapshot: boolean): void {
    const phase = PHASES[u.phase] ?? 'lobby';
    const changed = phase !== this.phase || u.phaseEndsMs !== this.phaseEndsMs;
    this.phase = phase;
    this.phaseEndsMs = u.phaseEndsMs;
    if (changed || snapshot) this.emit('phase', phase, u.phaseEndsMs);
    if ('result' in u && u.result && u.result.length > 0) {
      const first = this.result === undefined;
      this.result = parseJson(decoder.decode(u.result));
      if (first) this.emit('ended', this.result);
    }
  }

  /** @internal */
  close(reason: string): void {
    if (!this.active) return;
    this.active = false;
    this.mirror.settle();
    this.emit('left', reason);
  }

  /** @internal */
  refused(error: ClientErrorType): void {
    this.stats.refused++;
    this.emit('error', error);
  }
}

interface Pending {
  join: boolean;
  resolve(r: RoomResult): void;
  reject(e: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

interface Joining {
  resolve(h: RoomHandle): void;
  reject(e: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * `client.rooms`: joins rooms through the server's matchmaker and keeps the room this client
 * sits in up to date. After a resume the server sends the room whole again (its updates are not
 * replayed), so nothing is needed from the application.
 */
export class RoomsClient {
  /** The room this client sits in. */
  current: RoomHandle | undefined;
  private nextRequest = 0;
  private readonly pending = new Map<number, Pending>();
  private joining: { roomId: string; waiter: Joining } | undefined;

  constructor(
    readonly client: GeoplayClient,
    private readonly makeError: (code: string, message: string) => ClientErrorType,
  ) {
    client.on('state', (s) => {
      if (s === 'closed') this.failAll(this.makeError('CLOSED', 'client closed'));
    });
  }

  /**
   * Takes a seat: by room id, at a POI's raid, at the nearest raid in reach, or in any open room of
   * a type. Resolves with the room once its first snapshot arrived; rejects with the server's
   * error code (ROOM_FULL, ROOM_OUT_OF_RANGE, ...).
   */
  async join<M extends object = Record<string, unknown>>(opts: RoomJoinOptions): Promise<RoomHandle<M>> {
    const timeoutMs = opts.timeoutMs ?? 40_000;
    const r = await this.request(
      {
        roomJoin: {
          roomType: opts.type ?? '',
          roomId: opts.roomId ?? '',
          poiId: opts.poiId ?? '',
          partyId: opts.party?.id ?? '',
          partySize: opts.party?.size ?? 0,
        },
      },
      timeoutMs,
    );
    // The handle was made when the answer arrived (the snapshot may come in the same read).
    const handle = this.current as unknown as RoomHandle<M> | undefined;
    if (!handle || handle.id !== r.roomId)
      throw this.makeError('NOT_MEMBER', `room ${r.roomId} was left meanwhile`);
    return new Promise<RoomHandle<M>>((resolve, reject) => {
      if (handle.stats.snapshots > 0) {
        resolve(handle);
        return;
      }
      const timer = setTimeout(() => {
        this.joining = undefined;
        reject(this.makeError('TIMEOUT', `no snapshot of room ${r.roomId} in ${timeoutMs} ms`));
      }, timeoutMs);
      this.joining = {
        roomId: r.roomId,
        waiter: { resolve: (h) => resolve(h as unknown as RoomHandle<M>), reject, timer },
      };
    });
  }

  /** @internal Sends a RoomJoin or RoomLeave and resolves with its RoomResult (rejects on an error code). */
  request(
    body: { roomJoin: geoplay.v1.RoomJoin.$Properties } | { roomLeave: geoplay.v1.RoomLeave.$Properties },
    timeoutMs: number,
  ): Promise<RoomResult> {
    const id = (this.nextRequest = (this.nextRequest % 0x7fffffff) + 1);
    if ('roomJoin' in body) body.roomJoin.requestId = id;
    else body.roomLeave.requestId = id;
    return new Promise<RoomResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(this.makeError('TIMEOUT', `no room answer in ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { join: 'roomJoin' in body, resolve, reject, timer });
      if (!this.client.sendEnvelope(body)) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(this.makeError('NOT_CONNECTED', `cannot use rooms while ${this.client.state}`));
      }
    });
  }

  /**
   * @internal The server started a new session (the old one could not be resumed): requests sent
   * on the old one will never be answered (the server dropped a waiting party ticket with it), so
   * they are rejected now rather than at their timeout. A seat the player already had is kept: the
   * server sends its room's snapshot to the new session.
   */
  sessionLost(): void {
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      clearTimeout(p.timer);
      p.reject(this.makeError('NOT_CONNECTED', 'the session was lost before the server answered; ask again'));
    }
  }

  /** @internal A room update, read in place from its frame or decoded by protobufjs (onEnvelope). */
  onUpdate(u: RoomUpdate | RoomUpdateView): void {
    const h = this.current;
    if (!h || h.id !== u.roomId || !h.active) return;
    h.apply(u);
    const j = this.joining;
    if (j && j.roomId === h.id && h.stats.snapshots > 0) {
      this.joining = undefined;
      clearTimeout(j.waiter.timer);
      j.waiter.resolve(h);
    }
  }

  /** @internal Every envelope the client decoded, before the application's `envelope` listeners. */
  onEnvelope(env: Envelope): void {
    switch (env.body) {
      case 'roomUpdate':
        this.onUpdate(env.roomUpdate as RoomUpdate);
        return;
      case 'roomResult': {
        const r = env.roomResult as RoomResult;
        const p = r.requestId ? this.pending.get(r.requestId) : undefined;
        if (p) {
          this.pending.delete(r.requestId);
          clearTimeout(p.timer);
          if (r.errorCode) {
            p.reject(this.makeError(r.errorCode, r.errorMessage));
            return;
          }
          if (p.join && (!this.current || this.current.id !== r.roomId)) {
            this.current = new RoomHandle(r.roomId, r.roomType, this);
          }
          p.resolve(r);
          return;
        }
        if (r.left && this.current && this.current.id === r.roomId)
          this.release(this.current, r.reason || 'left');
        return;
      }
      case 'roomError': {
        const e = env.roomError!;
        const h = this.current;
        if (h && (!e.roomId || e.roomId === h.id)) h.refused(this.makeError(e.code ?? '', e.message ?? ''));
        return;
      }
      default:
        return;
    }
  }

  /** @internal The client is out of the room. */
  release(h: RoomHandle<object>, reason: string): void {
    if ((this.current as RoomHandle<object> | undefined) === h) this.current = undefined;
    h.close(reason);
  }

  private failAll(err: ClientErrorType): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(err);
      this.pending.delete(id);
    }
    const j = this.joining;
    if (j) {
      this.joining = undefined;
      clearTimeout(j.waiter.timer);
      j.waiter.reject(err);
    }
  }
}
