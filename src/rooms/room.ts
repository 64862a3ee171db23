import type { PoiInfo } from '../game/define.js';
import { runHook, whenRejected } from '../game/gameCode.js';
import type {
  RoomContext,
  RoomDefinition,
  RoomEndReason,
  RoomLeaveReason,
  RoomMember,
  RoomMessageDefinition,
  RoomPhaseName,
  RoomSettings,
  RoomState,
} from '../game/room.js';
import { hashString } from '../geo/hash.js';
import { mulberry32 } from '../gps/synth.js';
import type { Logger } from '../ops/logger.js';
import type { TimerHandle, TimerRegistry } from '../ops/timers.js';
import type { ErrorCode } from '../protocol/errors.js';
import type { HybridLogicalClock } from '../session/hlc.js';
import { DeltaOutcome, type Session } from '../session/session.js';
import { encodeRoomFrame, type RoomUpdateInit } from './codec.js';
import { PayloadParser } from './payload.js';
import type { RewardSink } from './ports.js';
import { TrackedState } from './state.js';

/** Room phases as the proto's RoomPhase values; DISPOSED is server-only (the room is gone). */
export const Phase = { LOBBY: 1, COUNTDOWN: 2, RUNNING: 3, ENDED: 4, DISPOSED: 5 } as const;
export type Phase = (typeof Phase)[keyof typeof Phase];
const PHASE_NAMES: readonly RoomPhaseName[] = ['lobby', 'lobby', 'countdown', 'running', 'ended', 'ended'];

/** What the host gives each room. */
export interface RoomEnv {
  readonly timers: TimerRegistry;
  readonly log: Logger;
  readonly hlc: HybridLogicalClock;
  readonly rewards: RewardSink;
  readonly seed: number;
  clock(): number;
  /** A seat is gone (the host forgets the member and tells the player). */
  seatGone(member: Member, reason: RoomLeaveReason): void;
  /** The room is disposed (the host forgets it). */
  disposed(room: Room): void;
  /** Counts frames written to members. */
  wrote(frames: number, snapshot: boolean): void;
}

/** A refused room message: the error code and what to tell the client. */
export interface Refusal {
  code: ErrorCode;
  message: string;
}

/** One seat: the player, its connection, and its message rate buckets. */
export class Member implements RoomMember {
  connected = true;
  /** False once the seat is gone (left, timed out, room disposed): a session's seat hint then fails. */
  seated = true;
  /** Set when the member's info changed (joined, dropped, back): it goes in the next update. */
  changed = true;
  /** Updates were held back (backpressure) or the member came back: it is owed a snapshot. */
  needsSnapshot = false;
  reconnectTimer: TimerHandle | undefined = undefined;
  /**
   * Token buckets, two numbers each (tokens, then the time of the last refill): bucket 0 for all
   * messages, 1 + i for message type i. One plain array of doubles rather than two Float64Arrays:
   * one object on the heap instead of two views and two backing stores, on a path every input
   * takes for a member whose objects are no longer in the cache.
   */
  readonly buckets: number[];

  constructor(
    readonly id: string,
    readonly name: string,
    readonly team: number,
    readonly level: number,
    readonly partyId: string,
    /** The member's session while connected. */
    public session: Session | undefined,
    readonly room: Room,
    nowMs: number,
  ) {
    this.buckets = [];
    for (const rate of room.rates) this.buckets.push(Math.max(1, rate), nowMs);
  }
}

/** The context object handed to the game's hooks: a view of its room (one per room, no closures). */
class Context implements RoomContext<unknown> {
  constructor(private readonly room: Room) {}
  get id(): string {
    return this.room.id;
  }
  get type(): string {
    return this.room.type;
  }
  get phase(): RoomPhaseName {
    return PHASE_NAMES[this.room.phase]!;
  }
  get tick(): number {
    return this.room.tick;
  }
  get nowMs(): number {
    return this.room.env.clock();
  }
  get options(): unknown {
    return this.room.options;
  }
  get place(): PoiInfo | undefined {
    return this.room.place;
  }
  get members(): ReadonlyMap<string, RoomMember> {
    return this.room.members;
  }
  get state(): RoomState {
    return this.room.state;
  }
  get settings(): RoomSettings {
    return this.room.settings;
  }
  rng(): number {
    return this.room.random();
  }
  end(): void {
    this.room.end('done');
  }
  grant(playerId: string, items: Record<string, number>, opId: string): Promise<'applied' | 'duplicate'> {
    return this.room.env.rewards.grant(playerId, opId, items);
  }
}

/**
 * One running room: seats, the lifecycle (lobby -> countdown -> running -> ended -> disposed, each
 * with its timeout), the state, and the tick that sends every change once to all members as one
 * shared frame. Every timer goes through the registry and is cancelled by dispose().
 */
export class Room {
  phase: Phase = Phase.LOBBY;
  phaseEndsMs = 0;
  tick = 0;
  /** Tick of the last update sent to the members (the base of the next one). */
  lastUpdateTick = 0;
  readonly members = new Map<string, Member>();
  /**
   * Some member may be owed a snapshot (set with its needsSnapshot, cleared by the tick that finds
   * none), so a tick visits the members a second time only when one was held back.
   */
  private snapshotsOwed = false;
  /**
   * A value the game set that JSON cannot encode reaches members as a removal; the log says so
   * once per key (it would otherwise repeat at every snapshot and every tick it is set again).
   */
  readonly state = new TrackedState((key, err) => {
    if (this.unencodableKeys.has(key)) return;
    this.unencodableKeys.add(key);
    this.env.log.error(
      { err, room: this.id, key },
      'room state value JSON cannot encode: members see it removed',
    );
  });
  private readonly unencodableKeys = new Set<string>();
  readonly settings: Readonly<RoomSettings>;
  readonly ctx: RoomContext<unknown>;
  /** Rates per second: [0] all messages, [1 + i] message type i (shared by the type's rooms: read only). */
  readonly rates: Float64Array;
  readonly random: () => number;
  private readonly messages: MessageTable;
  private readonly left: string[] = [];
  private membersChanged = false;
  private phaseChanged = true;
  private result: Uint8Array | undefined;
  private resultChanged = false;
  private endReason: RoomEndReason | undefined;
  private tickTimer: TimerHandle | undefined;
  private phaseTimer: TimerHandle | undefined;
  private emptyTimer: TimerHandle | undefined;
  private lastTickAt: number;

  constructor(
    readonly id: string,
    readonly type: string,
    readonly def: RoomDefinition<unknown>,
    readonly options: unknown,
    readonly place: PoiInfo | undefined,
    /** Matchmaking group: rooms with the same key are filled by the same tickets. */
    readonly key: string,
    readonly env: RoomEnv,
  ) {
    this.settings = def.settings;
    const s = this.settings;
    this.messages = messageTable(def);
    this.rates = this.messages.rates;
    this.random = mulberry32(env.seed ^ hashString(id));
    this.ctx = new Context(this);
    const now = env.clock();
    this.lastTickAt = now;
    this.phaseEndsMs = now + s.fillTimeoutMs;
    this.tickTimer = env.timers.fixedRate('room.tick', 1000 / s.tickHz, () => this.onTimerTick());
    this.phaseTimer = env.timers.after('room.phase', s.fillTimeoutMs, () => this.lobbyOver());
    this.hook('onCreate', () => def.onCreate?.(this.ctx));
  }

  get disposed(): boolean {
    return this.phase === Phase.DISPOSED;
  }

  /** Seats can be taken in the lobby and during the countdown. */
  get joinable(): boolean {
    return this.phase === Phase.LOBBY || this.phase === Phase.COUNTDOWN;
  }

  get freeSeats(): number {
    return this.settings.maxPlayers - this.members.size;
  }

  get phaseName(): RoomPhaseName {
    return PHASE_NAMES[this.phase]!;
  }

  /** Seats a player (the host checked that the room is joinable and has the seat). */
  join(member: Member): void {
    this.members.set(member.id, member);
    this.membersChanged = true;
    this.emptyTimer?.cancel();
    this.emptyTimer = undefined;
    this.hook('onJoin', () => this.def.onJoin?.(this.ctx, member));
    this.sendSnapshot(member);
    if (this.phase === Phase.LOBBY && this.members.size >= this.settings.maxPlayers) this.startCountdown();
  }

  /** The member's connection is lost: the seat is kept for the reconnection window. */
  drop(member: Member): void {
    if (!member.connected || this.disposed) return;
    member.connected = false;
    if (member.session && member.session.roomSeat === member) member.session.roomSeat = undefined;
    member.session = undefined;
    member.changed = true;
    this.membersChanged = true;
    member.reconnectTimer = this.env.timers.after(
      'room.reconnect',
      this.settings.reconnectionWindowMs,
      () => {
        member.reconnectTimer = undefined;
        if (!member.connected) this.remove(member, 'reconnect_timeout');
      },
    );
    this.hook('onDrop', () => this.def.onDrop?.(this.ctx, member));
  }

  /** The member is back (resumed or a new session): a snapshot now, then the shared updates. */
  reconnect(member: Member, session: Session): void {
    if (this.disposed) return;
    member.session = session;
    const wasDropped = !member.connected;
    member.connected = true;
    member.reconnectTimer?.cancel();
    member.reconnectTimer = undefined;
    this.sendSnapshot(member);
    if (!wasDropped) return;
    member.changed = true;
    this.membersChanged = true;
    this.hook('onReconnect', () => this.def.onReconnect?.(this.ctx, member));
  }

  /** Gives the seat up for good. */
  remove(member: Member, reason: RoomLeaveReason): void {
    if (this.members.get(member.id) !== member) return;
    this.members.delete(member.id);
    member.reconnectTimer?.cancel();
    member.reconnectTimer = undefined;
    member.connected = false;
    this.left.push(member.id);
    this.membersChanged = true;
    this.hook('onLeave', () => this.def.onLeave?.(this.ctx, member, reason));
    this.env.seatGone(member, reason);
    if (this.members.size === 0 && !this.disposed && !this.emptyTimer) {
      this.emptyTimer = this.env.timers.after('room.empty', this.settings.emptyGraceMs, () => {
        this.emptyTimer = undefined;
        this.dispose();
      });
    }
  }

  /**
   * A message from a member: type, size, rate, JSON and schema checks, then the handler. A refusal
   * is returned for the caller to report; nothing of a refused message reaches the room.
   */
  message(member: Member, type: string, payload: Uint8Array, nowMs: number): Refusal | undefined {
    const i = this.messages.indexOf(type);
    if (i < 0) {
      return {
        code: 'ROOM_INVALID_PAYLOAD',
        message: `room type ${this.type} has no message type "${type}"`,
      };
    }
    const max = this.settings.maxMessageBytes;
    if (payload.length > max) {
      return {
        code: 'ROOM_MESSAGE_TOO_LARGE',
        message: `${type} payload of ${payload.length} bytes; at most ${max}`,
      };
    }
    if (!this.take(member, 0, nowMs)) {
      return {
        code: 'RATE_LIMITED',
        message: `room message dropped: over ${this.rates[0]} messages per second`,
      };
    }
    if (!this.take(member, i + 1, nowMs)) {
      return {
        code: 'RATE_LIMITED',
        message: `room message dropped: over ${this.rates[i + 1]} ${type} messages per second`,
      };
    }
    let value: unknown;
    try {
      value = payload.length === 0 ? {} : this.messages.payloads.parse(payload);
    } catch {
      return { code: 'ROOM_INVALID_PAYLOAD', message: `${type} payload is not UTF-8 JSON` };
    }
    const def = this.messages.defs[i]!;
    const parsed = def.payload.safeParse(value);
    if (!parsed.success) {
      return {
        code: 'ROOM_INVALID_PAYLOAD',
        message: `${type}: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'payload'}: ${x.message}`).join('; ')}`,
      };
    }
    try {
      const out: unknown = def.handler(this.ctx, member, parsed.data);
      // An async handler: the message was accepted; a later rejection is the game's, and is logged.
      if (out !== undefined) {
        whenRejected(out, (err) =>
          this.env.log.error({ err, room: this.id, type }, 'room message handler failed'),
        );
      }
    } catch (err) {
      this.env.log.error({ err, room: this.id, type }, 'room message handler threw');
      return { code: 'INTERNAL', message: `the ${type} handler failed on the server; the room goes on` };
    }
    return undefined;
  }

  /**
   * Takes one token of bucket b; false when empty. Buckets hold one second of their rate, and at
   * least one token (so a rate under one a second, 0.2 say, allows one message every 5 s).
   */
  private take(member: Member, b: number, nowMs: number): boolean {
    const rate = this.rates[b]!;
    const buckets = member.buckets;
    const t = Math.min(rate < 1 ? 1 : rate, buckets[2 * b]! + ((nowMs - buckets[2 * b + 1]!) * rate) / 1000);
    buckets[2 * b + 1] = nowMs;
    if (t < 1) {
      buckets[2 * b] = t;
      return false;
    }
    buckets[2 * b] = t - 1;
    return true;
  }

  /** Ends the room (once): onEnd computes the result, shown until the room is disposed. */
  end(reason: RoomEndReason): void {
    if (this.phase >= Phase.ENDED) return;
    this.phaseTimer?.cancel();
    this.phase = Phase.ENDED;
    this.phaseChanged = true;
    this.endReason = reason;
    const linger = this.settings.endedLingerMs;
    this.phaseEndsMs = this.env.clock() + linger;
    this.phaseTimer = this.env.timers.after('room.phase', linger, () => {
      this.phaseTimer = undefined;
      this.dispose();
    });
    let out: unknown;
    try {
      out = this.def.onEnd?.(this.ctx, reason);
    } catch (err) {
      this.env.log.error({ err, room: this.id }, 'room onEnd threw');
      return;
    }
    Promise.resolve(out).then(
      (value) => {
        if (this.disposed || value === undefined) return;
        let text: string | undefined;
        try {
          text = JSON.stringify(value) as string | undefined;
        } catch (err) {
          // A cycle or a BigInt: the members see no result rather than the process going down.
          this.env.log.error({ err, room: this.id }, 'room onEnd result has no JSON text');
          return;
        }
        if (text === undefined) return;
        this.result = new TextEncoder().encode(text);
        this.resultChanged = true;
      },
      (err: unknown) => this.env.log.error({ err, room: this.id }, 'room onEnd failed'),
    );
  }

  /** Disposes the room: ends it if it was still going, frees every seat, cancels every timer. */
  dispose(): void {
    if (this.disposed) return;
    if (this.phase < Phase.ENDED) this.end('abandoned');
    this.phase = Phase.DISPOSED;
    this.tickTimer?.cancel();
    this.phaseTimer?.cancel();
    this.emptyTimer?.cancel();
    this.tickTimer = this.phaseTimer = this.emptyTimer = undefined;
    for (const m of [...this.members.values()]) this.remove(m, 'disposed');
    this.hook('onDispose', () => this.def.onDispose?.(this.ctx));
    this.env.disposed(this);
  }

  /** Why the room ended, once it has. */
  get ended(): RoomEndReason | undefined {
    return this.endReason;
  }

  private lobbyOver(): void {
    this.phaseTimer = undefined;
    if (this.phase !== Phase.LOBBY) return;
    if (this.members.size >= this.settings.minPlayers) this.startCountdown();
    else this.end('abandoned');
  }

  private startCountdown(): void {
    this.phaseTimer?.cancel();
    this.phase = Phase.COUNTDOWN;
    this.phaseChanged = true;
    const ms = this.settings.countdownMs;
    this.phaseEndsMs = this.env.clock() + ms;
    this.phaseTimer = this.env.timers.after('room.phase', ms, () => {
      this.phaseTimer = undefined;
      this.start();
    });
  }

  private start(): void {
    if (this.phase !== Phase.COUNTDOWN) return;
    this.phase = Phase.RUNNING;
    this.phaseChanged = true;
    const now = this.env.clock();
    this.lastTickAt = now;
    const ms = this.settings.maxRunMs;
    this.phaseEndsMs = now + ms;
    this.phaseTimer = this.env.timers.after('room.phase', ms, () => {
      this.phaseTimer = undefined;
      this.end('timeout');
    });
    this.hook('onStart', () => this.def.onStart?.(this.ctx));
  }

  private onTimerTick(): void {
    const now = this.env.clock();
    this.tick++;
    if (this.phase === Phase.RUNNING && this.def.onTick) {
      const dt = now - this.lastTickAt;
      this.hook('onTick', () => this.def.onTick?.(this.ctx, dt));
    }
    this.lastTickAt = now;
    try {
      this.flush(now);
    } catch (err) {
      this.env.log.error({ err, room: this.id }, 'room flush failed');
    }
  }

  /**
   * Sends this tick's changes: encoded once into one frame, and the same bytes written to every
   * connected member; nothing when nothing changed. Members owed a snapshot get one (encoded once
   * for all of them) when their backlog allows.
   */
  private flush(now: number): void {
    if (this.state.changed || this.phaseChanged || this.membersChanged || this.resultChanged) {
      const frame = encodeRoomFrame(this.update(false), this.env.hlc);
      this.lastUpdateTick = this.tick;
      let n = 0;
      for (const m of this.members.values()) {
        const s = m.session;
        if (!s || m.needsSnapshot) continue;
        const out = s.sendShared(frame, now);
        if (out === DeltaOutcome.SENT) n++;
        else if (out === DeltaOutcome.COALESCED) m.needsSnapshot = this.snapshotsOwed = true;
      }
      this.env.wrote(n, false);
    }
    if (!this.snapshotsOwed) return;
    let owed = false;
    let snapshot: Uint8Array | undefined;
    for (const m of this.members.values()) {
      if (!m.needsSnapshot) continue;
      const s = m.session;
      if (s && s.transport.bufferedAmount <= s.coalesceLimit) {
        snapshot ??= encodeRoomFrame(this.update(true), this.env.hlc);
        if (s.sendShared(snapshot, now) === DeltaOutcome.SENT) {
          m.needsSnapshot = false;
          this.env.wrote(1, true);
          continue;
        }
      }
      owed = true;
    }
    this.snapshotsOwed = owed;
  }

  /** Sends one member the whole room now (on join and reconnect). */
  private sendSnapshot(member: Member): void {
    const s = member.session;
    if (!s) return;
    const out = s.sendShared(encodeRoomFrame(this.update(true), this.env.hlc), this.env.clock());
    if (out === DeltaOutcome.COALESCED) member.needsSnapshot = this.snapshotsOwed = true;
    else member.needsSnapshot = false;
    if (out === DeltaOutcome.SENT) this.env.wrote(1, true);
  }

  /**
   * The update of this tick (taking the changes), or a snapshot of the room. A snapshot sent
   * between ticks carries the last update's tick: the changes it already holds come again in the
   * next update, and applying an entry twice is harmless (set and remove are idempotent).
   */
  private update(snapshot: boolean): RoomUpdateInit {
    const keys: string[] = [];
    const values: string[] = [];
    const members: ReturnType<typeof memberInit>[] = [];
    const removed: string[] = [];
    let left: string[] = [];
    const withResult = this.result !== undefined && (snapshot || this.resultChanged);
    if (snapshot) {
      this.state.all(keys, values);
      for (const m of this.members.values()) members.push(memberInit(m));
    } else {
      this.state.takeChanges(keys, values, removed);
      if (this.membersChanged) {
        for (const m of this.members.values()) {
          if (!m.changed) continue;
          m.changed = false;
          members.push(memberInit(m));
        }
        left = this.left.splice(0);
        this.membersChanged = false;
      }
      this.phaseChanged = false;
      this.resultChanged = false;
    }
    return {
      roomId: this.id,
      tick: snapshot ? this.lastUpdateTick : this.tick,
      baseTick: this.lastUpdateTick,
      snapshot,
      phase: this.phase === Phase.DISPOSED ? Phase.ENDED : this.phase,
      phaseEndsMs: this.phaseEndsMs,
      setKeys: keys,
      setValues: values,
      removedKeys: removed,
      members,
      left,
      ...(withResult ? { result: this.result } : {}),
      ...(snapshot ? { roomType: this.type } : {}),
    };
  }

  /** Runs a game hook: a throw, or the rejection of an async hook's promise, is logged and the room goes on. */
  private hook(name: string, fn: () => unknown): void {
    runHook(fn, (err) => this.env.log.error({ err, room: this.id, hook: name }, 'room hook failed'));
  }
}

function memberInit(m: Member) {
  return { playerId: m.id, name: m.name, connected: m.connected, level: m.level, partyId: m.partyId };
}

/**
 * A room type's messages, built once per definition and shared by all its rooms: every input of
 * every room reads it, so one copy stays in the cache where a copy per room would not.
 */
interface MessageTable {
  readonly defs: readonly RoomMessageDefinition<unknown, unknown>[];
  /** Rates per second: [0] all messages, [1 + i] message type i. Read only. */
  readonly rates: Float64Array;
  /** Index of a message type, or -1: a scan with ===, which needs no hash of the freshly decoded name. */
  indexOf(type: string): number;
  /** Parses payloads (JSON), keeping the keys it read last for the next messages of this room type. */
  readonly payloads: PayloadParser;
}

const messageTables = new WeakMap<RoomDefinition<unknown>, MessageTable>();

function messageTable(def: RoomDefinition<unknown>): MessageTable {
  let table = messageTables.get(def);
  if (table) return table;
  const entries = Object.entries(def.messages) as [string, RoomMessageDefinition<unknown, unknown>][];
  const names = entries.map(([name]) => name);
  const rates = new Float64Array(entries.length + 1);
  rates[0] = def.settings.maxMessagesPerSecond;
  entries.forEach(([, d], i) => {
    rates[i + 1] = d.maxPerSecond ?? def.settings.maxMessagesPerSecond;
  });
  table = {
    defs: entries.map(([, d]) => d),
    rates,
    payloads: new PayloadParser(),
    indexOf(type: string): number {
      for (let i = 0; i < names.length; i++) if (names[i] === type) return i;
      return -1;
    },
  };
  messageTables.set(def, table);
  return table;
}
