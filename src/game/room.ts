import type { z } from 'zod';
import type { PoiInfo } from './define.js';

/**
 * The room API: short-lived authoritative rooms (raids, battles) that players join through the
 * matchmaker. A room is a definition (`defineRoom`) of optional hooks, message handlers with zod
 * schemas, and settings with defaults; the server runs one instance per room. docs/ROOMS.md
 * teaches it.
 */

/** Phases of a room, in order. A room is disposed (gone) after `ended`. */
export type RoomPhaseName = 'lobby' | 'countdown' | 'running' | 'ended';

/**
 * Why a room ended: `done` (the game called `ctx.end()`), `timeout` (running longer than
 * `maxRunMs`), `abandoned` (not enough players when the lobby's fill timeout ran out, or disposed
 * before it ended, e.g. everyone left).
 */
export type RoomEndReason = 'done' | 'timeout' | 'abandoned';

/**
 * Why a seat was given up: `left` (the player asked), `reconnect_timeout` (dropped for longer
 * than the reconnection window), `disposed` (the room went away).
 */
export type RoomLeaveReason = 'left' | 'reconnect_timeout' | 'disposed';

/** One seat of a room. */
export interface RoomMember {
  readonly id: string;
  readonly name: string;
  readonly team: number;
  /** The player's level when joining (see docs/ROOMS.md, Matchmaking). */
  readonly level: number;
  /** The party the player joined with, or ''. */
  readonly partyId: string;
  /** False while the connection is lost and the seat kept (reconnection window). */
  readonly connected: boolean;
}

/**
 * The room's state: keyed JSON values. `set` marks the key changed; at the next tick the changed
 * keys go to every member in one update. Mutating a value in place changes nothing until it is
 * `set` again.
 */
export interface RoomState {
  get<T = unknown>(key: string): T | undefined;
  /** Sets a JSON-serialisable value (undefined deletes the key). */
  set(key: string, value: unknown): void;
  delete(key: string): boolean;
  has(key: string): boolean;
  keys(): IterableIterator<string>;
  readonly size: number;
}

/** What every hook and message handler receives. */
export interface RoomContext<O = unknown> {
  readonly id: string;
  /** The room type, the key it has in `rooms` of defineGame. */
  readonly type: string;
  readonly phase: RoomPhaseName;
  /** Room ticks since creation. */
  readonly tick: number;
  /** Server clock, ms since the epoch. */
  readonly nowMs: number;
  /** What the room was created with: a located room's schedule entry (`options`), else undefined. */
  readonly options: O;
  /** The POI a located room is attached to (a raid's gym). */
  readonly place: PoiInfo | undefined;
  readonly members: ReadonlyMap<string, RoomMember>;
  readonly state: RoomState;
  readonly settings: RoomSettings;
  /** A random number in [0, 1) from the room's own seeded generator (seed: game seed and room id). */
  rng(): number;
  /** Ends the room now (from lobby, countdown or running): `onEnd` runs with reason `done`. */
  end(): void;
  /**
   * Grants items to a player, at most once per `opId` (use a deterministic one, e.g.
   * `raid:<room id>:<player id>`): `duplicate` when that op was applied before.
   */
  grant(playerId: string, items: Record<string, number>, opId: string): Promise<'applied' | 'duplicate'>;
}

/** A message type a room accepts: the payload schema, an optional rate, and the handler. */
export interface RoomMessageDefinition<P = unknown, O = unknown> {
  /** zod schema of the payload; a payload that fails it is refused with ROOM_INVALID_PAYLOAD. */
  payload: z.ZodType<P>;
  /** Messages of this type per member per second before RATE_LIMITED. Default: the room's limit. */
  maxPerSecond?: number;
  /** Called for each accepted message of this type, in any phase (check `ctx.phase`). */
  handler(ctx: RoomContext<O>, member: RoomMember, payload: P): void;
}

/** Typed helper: infers the payload type from the schema. */
export function roomMessage<S extends z.ZodType, O = unknown>(
  payload: S,
  handler: (ctx: RoomContext<O>, member: RoomMember, payload: z.infer<S>) => void,
  options: { maxPerSecond?: number } = {},
): RoomMessageDefinition<z.infer<S>, O> {
  return { ...options, payload: payload as z.ZodType<z.infer<S>>, handler };
}

/** Settings of a room type; every one has a default (DEFAULT_ROOM_SETTINGS). */
export interface RoomSettings {
  /** Room ticks per second: onTick runs and changed state is sent this often. Default 20. */
  tickHz: number;
  /** Players needed to leave the lobby when the fill timeout runs out. Default 1. */
  minPlayers: number;
  /** Seats; the matchmaker never seats more. Default 10. */
  maxPlayers: number;
  /** How long a dropped member keeps its seat, ms. Default 30000. */
  reconnectionWindowMs: number;
  /** Messages per member per second, all types together, before RATE_LIMITED. Default 30. */
  maxMessagesPerSecond: number;
  /** Largest message payload, bytes, before ROOM_MESSAGE_TOO_LARGE. Default 1024. */
  maxMessageBytes: number;
  /** Lobby time: once it runs out the countdown starts with minPlayers or more, else the room ends. Default 10000. */
  fillTimeoutMs: number;
  /** Countdown before running, ms. Default 3000. */
  countdownMs: number;
  /** Longest time running, ms; then the room ends with reason `timeout`. Default 300000. */
  maxRunMs: number;
  /** How long an ended room stays (members see the result), ms. Default 15000. */
  endedLingerMs: number;
  /** How long a room without members lives before it is disposed, ms. Default 5000. */
  emptyGraceMs: number;
  /** How long a party's first ticket waits for the rest of the party, ms. Default 30000. */
  partyTimeoutMs: number;
}

export const DEFAULT_ROOM_SETTINGS: Readonly<RoomSettings> = {
  tickHz: 20,
  minPlayers: 1,
  maxPlayers: 10,
  reconnectionWindowMs: 30_000,
  maxMessagesPerSecond: 30,
  maxMessageBytes: 1024,
  fillTimeoutMs: 10_000,
  countdownMs: 3_000,
  maxRunMs: 300_000,
  endedLingerMs: 15_000,
  emptyGraceMs: 5_000,
  partyTimeoutMs: 30_000,
};

/** A scheduled occurrence of a located room at one POI (a raid at a gym). */
export interface RoomSchedule<O> {
  /** Identifies the occurrence: tickets with the same key are grouped into the same rooms. */
  key: string;
  /** The occurrence takes no new players after this time (server clock, ms since the epoch). */
  endsAtMs: number;
  /** Handed to the room as `ctx.options`. */
  options: O;
}

/** Where a located room happens: POIs of a kind, a schedule, and who may join from where. */
export interface RoomPlacement<O> {
  /** Kind of POI the room is attached to. Default 'gym'. */
  poiKind?: 'gym' | 'stop';
  /** Players join from within this distance of the POI (server-side position). Default: the game's interactionRadiusM (80). */
  radiusM?: number;
  /** Holding this item lets a player join from anywhere (not consumed). Default 'remote_pass'. */
  passItem?: string;
  /** The occurrence at a POI at a time, or undefined when there is none. A pure function. */
  schedule(poi: PoiInfo, nowMs: number): RoomSchedule<O> | undefined;
}

export interface RoomSpec<O = unknown, M extends RoomMessages<O> = RoomMessages<O>> {
  settings?: Partial<RoomSettings>;
  /** Makes the room located: joined at a POI per its schedule. Without it rooms are joined by type. */
  placement?: RoomPlacement<O>;
  /** Message types the room accepts, by name (the `type` of RoomMessage). */
  messages?: M;
  /** Called once when the room is created, before anyone joins. */
  onCreate?(ctx: RoomContext<O>): void;
  /** Called when a player takes a seat (after the matchmaker placed it). */
  onJoin?(ctx: RoomContext<O>, member: RoomMember): void;
  /** Called when a member's connection is lost; the seat is kept for the reconnection window. */
  onDrop?(ctx: RoomContext<O>, member: RoomMember): void;
  /** Called when a dropped member is back within the window (it has been sent a snapshot). */
  onReconnect?(ctx: RoomContext<O>, member: RoomMember): void;
  /** Called when a seat is given up for good: left, reconnection window over, or room disposed. */
  onLeave?(ctx: RoomContext<O>, member: RoomMember, reason: RoomLeaveReason): void;
  /** Called when the countdown is over and the room starts running. */
  onStart?(ctx: RoomContext<O>): void;
  /** Called every tick while running, with the milliseconds since the previous tick. */
  onTick?(ctx: RoomContext<O>, dtMs: number): void;
  /** Called once when the room ends; what it returns (or resolves to) is the result members see. */
  onEnd?(ctx: RoomContext<O>, reason: RoomEndReason): unknown;
  /** Called last, when the room is disposed; its timers are already gone. */
  onDispose?(ctx: RoomContext<O>): void;
}

export type RoomMessages<O = unknown> = Record<string, RoomMessageDefinition<unknown, O>>;

export interface RoomDefinition<O = unknown, M extends RoomMessages<O> = RoomMessages<O>> extends Omit<
  RoomSpec<O, M>,
  'settings'
> {
  readonly settings: Readonly<RoomSettings>;
  readonly messages: M;
}

/** Payload types of a room definition's messages, for the SDK: `client.rooms.join<RoomPayloads<typeof raid>>`. */
export type RoomPayloads<D> =
  D extends RoomDefinition<infer _O, infer M>
    ? { [K in keyof M]: M[K] extends RoomMessageDefinition<infer P, infer _O2> ? P : never }
    : never;

export class RoomDefinitionError extends Error {
  readonly code = 'ROOM_INVALID';
}

const MESSAGE_NAME = /^[a-z][a-z0-9_.-]{0,31}$/;

/** Validates a room type and fills in the default settings. */
export function defineRoom<O = undefined, M extends RoomMessages<O> = RoomMessages<O>>(
  spec: RoomSpec<O, M>,
): RoomDefinition<O, M> {
  const settings: RoomSettings = { ...DEFAULT_ROOM_SETTINGS, ...spec.settings };
  for (const [k, v] of Object.entries(settings)) {
    if (!(typeof v === 'number' && Number.isFinite(v) && v >= 0)) {
      throw new RoomDefinitionError(`room setting ${k} must be a finite number >= 0, got ${String(v)}`);
    }
  }
  if (!(settings.tickHz > 0 && settings.tickHz <= 60))
    throw new RoomDefinitionError('tickHz must be in (0, 60]');
  if (!(settings.maxPlayers >= 1 && Number.isInteger(settings.maxPlayers))) {
    throw new RoomDefinitionError('maxPlayers must be an integer >= 1');
  }
  if (!(settings.minPlayers >= 1 && settings.minPlayers <= settings.maxPlayers)) {
    throw new RoomDefinitionError('minPlayers must be between 1 and maxPlayers');
  }
  if (settings.maxMessagesPerSecond <= 0) throw new RoomDefinitionError('maxMessagesPerSecond must be > 0');
  const messages = (spec.messages ?? {}) as M;
  for (const [name, def] of Object.entries(messages)) {
    if (!MESSAGE_NAME.test(name)) {
      throw new RoomDefinitionError(`message name "${name}" must match ${MESSAGE_NAME} (lower case, max 32)`);
    }
    if (def.maxPerSecond !== undefined && !(def.maxPerSecond > 0)) {
      throw new RoomDefinitionError(`message ${name}: maxPerSecond must be > 0`);
    }
  }
  return { ...spec, settings, messages };
}
