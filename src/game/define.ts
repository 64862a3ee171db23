import type { z } from 'zod';
import type { GpsConfigInput } from '../gps/config.js';
import type { FenceDef, GeofenceOptions } from '../gps/geofence.js';
import { ActionError, type ActionErrorCode } from './errors.js';
import type { RoomDefinition } from './room.js';

/** Everything the world knows about the acting player. Positions are the server's fused ones. */
export interface PlayerView {
  readonly id: string;
  readonly name: string;
  readonly team: number;
  /** False until the first accepted location report. */
  readonly hasPosition: boolean;
  readonly lat: number;
  readonly lng: number;
  readonly accuracyM: number;
  /** Anti-spoofing risk score, 0..1 (see docs/GPS.md); the game decides what to do with it. */
  readonly risk: number;
  /** Walking distance credited so far (metres, below the speed cap). */
  readonly creditedDistanceM: number;
}

export interface SpawnInfo {
  readonly id: string;
  readonly species: string;
  readonly level: number;
  readonly lat: number;
  readonly lng: number;
  readonly appearsAtMs: number;
  readonly expiresAtMs: number;
}

export interface PoiInfo {
  readonly id: string;
  readonly name: string;
  readonly kind: 'stop' | 'gym';
  readonly lat: number;
  readonly lng: number;
}

export interface Hit<T> {
  readonly item: T;
  /** Metres from the player's server-side position. */
  readonly distanceM: number;
}

/** Read access to the world around the acting player. */
export interface WorldQueries {
  spawn(id: string): SpawnInfo | undefined;
  poi(id: string): PoiInfo | undefined;
  /** Metres from the player's server-side position to a point (Infinity without a position). */
  distanceTo(lat: number, lng: number): number;
  spawnsWithin(radiusM: number): Hit<SpawnInfo>[];
  poisWithin(radiusM: number, kind?: 'stop' | 'gym'): Hit<PoiInfo>[];
  playersWithin(radiusM: number): Hit<{ id: string; name: string; team: number }>[];
}

/** The acting player's items. */
export interface Inventory {
  count(item: string): number;
  add(item: string, n?: number): void;
  /** Removes n if there are at least n; returns false (and removes nothing) otherwise. */
  take(item: string, n?: number): boolean;
  all(): Record<string, number>;
}

/**
 * World state the game keeps at POIs (a gym's owner, a lure on a stop), shared by every player:
 * journaled with the op that changed it, saved in shard snapshots, restored at start-up.
 */
export interface Places {
  /** The value stored at a POI (null when none); sees the changes of ops still committing. */
  get(poiId: string): unknown;
  /** Sets (null: clears) the value at a POI: plain JSON. Throws for an unknown POI id. */
  set(poiId: string, value: unknown): void;
}

/** Per-player cooldowns by key (e.g. `spin:<poi id>`). */
export interface Cooldowns {
  remainingS(key: string): number;
  start(key: string, seconds: number): void;
}

export interface ActionContext<P> {
  readonly opId: string;
  readonly payload: P;
  /**
   * When the action happened: now, or for an offline op the time it was made (server clock). Judge
   * expiry and cooldowns against this, never against Date.now().
   */
  readonly nowMs: number;
  /**
   * An offline op, sent after a reconnect: `player` is the server's position history at `nowMs`,
   * not the live position, and spawns are looked up as they were then.
   */
  readonly offline: boolean;
  readonly player: PlayerView;
  readonly world: WorldQueries;
  readonly inventory: Inventory;
  readonly cooldowns: Cooldowns;
  readonly places: Places;
  /** A server-seeded random number in [0, 1): the same op id always draws the same sequence. */
  rng(): number;
  /** Rejects the action with a typed code. */
  fail(code: ActionErrorCode, message: string, retryAfterS?: number): never;
  readonly params: ResolvedGameParams;
}

export interface ActionDefinition<P = unknown> {
  /** zod schema of the payload; a payload that fails it is rejected as INVALID. */
  payload?: z.ZodType<P>;
  /** Most actions need the player's position; set false for those that do not. Default true. */
  needsPosition?: boolean;
  /** Actions of this kind per player per second before RATE_LIMITED. Default 5. */
  maxPerSecond?: number;
  /** Whether a teleport cooldown blocks this action (COOLDOWN). Default true. */
  blockedByCooldown?: boolean;
  /**
   * The action only reads (a list, a query): it is answered at once and not journaled, and it may
   * not change the inventory or cooldowns. Default false: the action's row and effects are
   * committed to the store before it is answered.
   */
  readOnly?: boolean;
  handler(ctx: ActionContext<P>): unknown | Promise<unknown>;
}

/** Typed helper: infers the payload type from the schema. */
export function defineAction<S extends z.ZodType>(
  payload: S,
  handler: (ctx: ActionContext<z.infer<S>>) => unknown | Promise<unknown>,
  options: Omit<ActionDefinition, 'payload' | 'handler'> = {},
): ActionDefinition<z.infer<S>> {
  return { ...options, payload: payload as z.ZodType<z.infer<S>>, handler };
}

export interface SpawnTableRow {
  species: string;
  weight: number;
  minLevel?: number;
  maxLevel?: number;
}

export interface GameParams {
  /** World seed: spawns and demo POIs derive from it. Default 1. */
  seed?: number | string;
  /** View cell level (interest grid). Default 16. */
  viewLevel?: number;
  /** Shard cell level. Default 12. */
  shardLevel?: number;
  /** World ticks per second. Default 5. */
  tickHz?: number;
  /** Area-of-interest radius, metres. Default 300. */
  aoiRadiusM?: number;
  /** Radius for catching, spinning and other interactions, metres. Default 80. */
  interactionRadiusM?: number;
}

export type ResolvedGameParams = Required<GameParams>;

export interface GeofenceHit {
  readonly fenceId: string;
  readonly kind: 'enter' | 'exit' | 'dwell';
  readonly atMs: number;
}

export interface GameHooks {
  /** Called when a player's session opens. */
  onJoin?(player: PlayerView): void;
  /** Called when a player's session ends. */
  onLeave?(player: PlayerView): void;
  /** Called when a player enters, leaves or dwells in one of the game's geofences (the client is told too). */
  onGeofence?(player: PlayerView, event: GeofenceHit): void;
}

export interface GameSpec {
  name: string;
  world?: GameParams;
  /** Spawn rules: density per km² and the weighted species table. No spawns without it. */
  spawns?: { densityPerKm2: number; lifetimeMs?: number; table: SpawnTableRow[] };
  /** Overrides of the location-integrity pipeline (teleport cooldown table, speed caps, ...). */
  gps?: GpsConfigInput;
  /** Static geofences (circles or GeoJSON polygons, see docs/GPS.md): enter/exit/dwell events. */
  geofences?: readonly FenceDef[];
  /** Geofence hysteresis and dwell settings. */
  geofenceOptions?: Partial<GeofenceOptions>;
  /** Action handlers by action name (the `kind` of ActionRequest). */
  actions: Record<string, ActionDefinition<unknown>>;
  hooks?: GameHooks;
  /** Room types by name (the `room_type` of RoomJoin), e.g. `{ raid: raidRoom }` (docs/ROOMS.md). */
  rooms?: Record<string, RoomDefinition<unknown>>;
}

export interface Game extends GameSpec {
  readonly params: ResolvedGameParams;
}

export class GameDefinitionError extends Error {
  readonly code = 'GAME_INVALID';
}

const ACTION_NAME = /^[a-z][a-z0-9_.-]{0,31}$/;

/** Validates a game and fills in the defaults. */
export function defineGame(spec: GameSpec): Game {
  if (!spec.name) throw new GameDefinitionError('a game needs a name');
  for (const name of Object.keys(spec.rooms ?? {})) {
    if (!ACTION_NAME.test(name)) {
      throw new GameDefinitionError(`room type "${name}" must match ${ACTION_NAME} (lower case, max 32)`);
    }
  }
  for (const name of Object.keys(spec.actions)) {
    if (!ACTION_NAME.test(name)) {
      throw new GameDefinitionError(`action name "${name}" must match ${ACTION_NAME} (lower case, max 32)`);
    }
  }
  const w = spec.world ?? {};
  const params: ResolvedGameParams = {
    seed: w.seed ?? 1,
    viewLevel: w.viewLevel ?? 16,
    shardLevel: w.shardLevel ?? 12,
    tickHz: w.tickHz ?? 5,
    aoiRadiusM: w.aoiRadiusM ?? 300,
    interactionRadiusM: w.interactionRadiusM ?? 80,
  };
  if (!(params.shardLevel < params.viewLevel && params.viewLevel <= 30 && params.shardLevel >= 0)) {
    throw new GameDefinitionError('world levels must satisfy 0 <= shardLevel < viewLevel <= 30');
  }
  if (!(params.tickHz > 0 && params.tickHz <= 60)) throw new GameDefinitionError('tickHz must be in (0, 60]');
  if (!(params.aoiRadiusM > 0 && params.interactionRadiusM > 0)) {
    throw new GameDefinitionError('aoiRadiusM and interactionRadiusM must be positive');
  }
  return { ...spec, params };
}

export function fail(code: ActionErrorCode, message: string, retryAfterS = 0): never {
  throw new ActionError(code, message, retryAfterS);
}
