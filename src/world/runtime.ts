import { Counter, Gauge, type Registry } from 'prom-client';
import type {
  ActionContext,
  Game,
  Hit,
  PlayerView,
  PoiInfo,
  SpawnInfo,
  WorldQueries,
} from '../game/define.js';
import { ActionError } from '../game/errors.js';
import { fastDistanceM } from '../geo/distance.js';
import { hashString } from '../geo/hash.js';
import { type GpsConfig, gpsConfig } from '../gps/config.js';
import { type GeofenceEvent, GeofenceIndex, GeofenceTracker } from '../gps/geofence.js';
import { mulberry32 } from '../gps/synth.js';
import { type GpsPersistedState, GpsPipeline } from '../gps/pipeline.js';
import type { FixSource } from '../gps/types.js';
import type { Logger } from '../ops/logger.js';
import type { TimerHandle, TimerRegistry } from '../ops/timers.js';
import type { ActionRequest, ActionResultInit, LocationReport, SessionHooks } from '../session/manager.js';
import type { Session } from '../session/session.js';
import { EntityKind } from './entities.js';
import { PoiIndex } from './poiIndex.js';
import type { Poi } from './poiTypes.js';
import { createSpawnRules } from './spawnRules.js';
import { World } from './world.js';
import { WorldSession } from './worldSession.js';

const SOURCES: FixSource[] = ['gps', 'gps', 'network', 'fused', 'imu'];
const ACCEPTED = 1;
/** Socket writes of a tick's fan-out between two turns of the event loop, in milliseconds. */
const WRITE_SLICE_MS = 4;
const REJECTED = 2;

/** What the server keeps per player across sessions (in memory; the store port persists it). */
export class PlayerState {
  readonly inventory = new Map<string, number>();
  readonly cooldowns = new Map<string, number>();
  readonly actionTimes = new Map<string, number[]>();
  /** Sessions of this player that have not ended. */
  sessions = 0;
  private pipeline: GpsPipeline | undefined;
  private parked: GpsPersistedState | undefined;
  constructor(
    readonly id: string,
    private readonly gpsConfig: GpsConfig,
    readonly fences: GeofenceTracker | undefined,
  ) {}

  /**
   * The player's location pipeline, made on first use: a pipeline with its history costs kilobytes,
   * which an idle or gone player should not hold.
   */
  get gps(): GpsPipeline {
    if (!this.pipeline) {
      this.pipeline = new GpsPipeline(this.gpsConfig);
      if (this.parked) this.pipeline.importState(this.parked);
      this.parked = undefined;
    }
    return this.pipeline;
  }

  get hasGps(): boolean {
    return this.pipeline !== undefined;
  }

  riskScore(nowMs: number): number {
    return this.pipeline ? this.pipeline.riskScore(nowMs) : (this.parked?.risk.raw ?? 0);
  }

  get creditedDistanceM(): number {
    return this.pipeline ? this.pipeline.creditedDistanceM : (this.parked?.creditedDistanceM ?? 0);
  }

  /** The session ended: keep what outlives it (teleport anchor, cooldown, distance, risk) as JSON. */
  park(): void {
    if (!this.pipeline) return;
    this.parked = this.pipeline.exportState();
    this.pipeline = undefined;
  }
}

interface SessionState {
  ws: WorldSession;
  player: PlayerState;
}

/**
 * Runs a game: owns the world, a location pipeline per player, the tick timer, and the dispatch
 * of actions to the game's handlers. Plugs into the session layer as its hooks.
 */
export class GameRuntime implements SessionHooks {
  readonly world: World;
  readonly pois: PoiIndex;
  readonly players = new Map<string, PlayerState>();
  private readonly gpsConfig: GpsConfig;
  private readonly fences: GeofenceIndex | undefined;
  private readonly seed: number;
  private tickTimer: TimerHandle | undefined;
  /** The next slice of the tick's socket writes, while a fan-out is under way. */
  private writing: NodeJS.Immediate | undefined;
  private readonly verdicts: Counter<'verdict'> | undefined;
  private readonly geofenceCounter: Counter<'kind'> | undefined;
  private readonly actions: Counter<'kind' | 'result'> | undefined;

  constructor(
    readonly game: Game,
    pois: readonly Poi[],
    private readonly timers: TimerRegistry,
    private readonly log: Logger,
    registry?: Registry,
    private readonly clock: () => number = Date.now,
  ) {
    const p = game.params;
    const rules = game.spawns
      ? createSpawnRules({
          seed: p.seed,
          densityPerKm2: game.spawns.densityPerKm2,
          table: game.spawns.table,
          ...(game.spawns.lifetimeMs ? { lifetimeMs: game.spawns.lifetimeMs } : {}),
        })
      : undefined;
    this.world = new World(
      { viewLevel: p.viewLevel, shardLevel: p.shardLevel, tickHz: p.tickHz, aoiRadiusM: p.aoiRadiusM },
      rules,
      pois,
      registry,
    );
    this.pois = new PoiIndex(pois);
    this.gpsConfig = gpsConfig(game.gps ?? {});
    this.fences = game.geofences && game.geofences.length > 0 ? new GeofenceIndex(game.geofences) : undefined;
    this.seed = typeof p.seed === 'number' ? p.seed >>> 0 : hashString(String(p.seed));
    if (registry) {
      this.verdicts = new Counter({
        name: 'geoplay_gps_verdicts_total',
        help: 'Location reports by verdict of the location pipeline',
        labelNames: ['verdict'] as const,
        registers: [registry],
      });
      this.geofenceCounter = new Counter({
        name: 'geoplay_geofence_events_total',
        help: 'Geofence events delivered, by kind',
        labelNames: ['kind'] as const,
        registers: [registry],
      });
      const players = this.players;
      new Gauge({
        name: 'geoplay_gps_risky_players',
        help: 'Players whose anti-spoofing risk score is at least 0.5',
        registers: [registry],
        collect() {
          const now = Date.now();
          let n = 0;
          for (const p of players.values()) if (p.hasGps && p.gps.riskScore(now) >= 0.5) n++;
          this.set(n);
        },
      });
      this.actions = new Counter({
        name: 'geoplay_actions_total',
        help: 'Actions by kind and result code (OK when accepted)',
        labelNames: ['kind', 'result'] as const,
        registers: [registry],
      });
    }
  }

  start(): void {
    this.tickTimer = this.timers.every('world.tick', this.world.tickMs, () => {
      try {
        this.world.step(this.clock());
      } catch (err) {
        this.log.error({ err }, 'world tick failed');
      }
      this.writeSome();
    });
  }

  stop(): void {
    this.tickTimer?.cancel();
    this.tickTimer = undefined;
    if (this.writing) clearImmediate(this.writing);
    this.writing = undefined;
  }

  /**
   * Writes the tick's WorldDeltas in slices of about WRITE_SLICE_MS, yielding to the event loop
   * between slices (setImmediate runs after the poll phase): location reports and actions that
   * arrive during a fan-out of thousands of socket writes wait one slice, not the whole fan-out.
   */
  private readonly writeSome = (): void => {
    this.writing = undefined;
    let done = true;
    try {
      done = this.world.flush(performance.now() + WRITE_SLICE_MS);
    } catch (err) {
      this.log.error({ err }, 'world fan-out failed');
    }
    if (!done) this.writing = setImmediate(this.writeSome);
  };

  private state(session: Session): SessionState | undefined {
    return session.ext as SessionState | undefined;
  }

  private player(id: string): PlayerState {
    let p = this.players.get(id);
    if (!p) {
      p = new PlayerState(
        id,
        this.gpsConfig,
        this.fences ? new GeofenceTracker(this.fences, this.game.geofenceOptions) : undefined,
      );
      this.players.set(id, p);
    }
    return p;
  }

  onOpen(session: Session): void {
    const ws = new WorldSession(session);
    const player = this.player(session.playerId);
    player.sessions++;
    session.ext = { ws, player } satisfies SessionState;
    this.world.attach(ws);
    this.game.hooks?.onJoin?.(this.playerView(session, player, ws));
  }

  /** The socket is gone: the player stays in the world, frozen and idle, for the grace period. */
  onDetach(session: Session): void {
    const st = this.state(session);
    if (st) this.world.freeze(st.ws);
  }

  onResume(session: Session, snapshot: boolean): void {
    const st = this.state(session);
    if (!st) return;
    this.world.unfreeze(st.ws);
    if (snapshot) this.world.requestSnapshot(st.ws);
  }

  onSnapshotRequest(session: Session): void {
    const st = this.state(session);
    if (st) this.world.requestSnapshot(st.ws);
  }

  onClose(session: Session): void {
    const st = this.state(session);
    if (!st) return;
    this.world.detach(st.ws);
    this.game.hooks?.onLeave?.(this.playerView(session, st.player, st.ws));
    // Another live session of the same player keeps the pipeline.
    if (--st.player.sessions === 0) st.player.park();
  }

  onLocation(session: Session, report: LocationReport, nowMs: number): void {
    const st = this.state(session);
    if (!st) return;
    const speed = report.speedMps;
    const heading = report.headingDeg;
    const u = st.player.gps.push(
      {
        tMs: report.clientTimeMs > 0 ? report.clientTimeMs : nowMs,
        lat: report.latE7 / 1e7,
        lng: report.lngE7 / 1e7,
        accuracyM: report.accuracyM,
        ...(Number.isFinite(speed) && speed >= 0 ? { speedMps: speed } : {}),
        ...(Number.isFinite(heading) ? { headingDeg: heading } : {}),
        source: SOURCES[report.source] ?? 'gps',
        mock: report.mock,
        ...(report.steps ? { steps: report.steps } : {}),
      },
      nowMs,
    );
    this.verdicts?.inc({ verdict: u.verdict });
    if (!u.applied || Number.isNaN(u.lat)) return;
    st.ws.accuracyM = u.accuracyM;
    this.world.movePlayer(st.ws, u.lat, u.lng, u.headingDeg, u.speedMps, nowMs);
    const fences = st.player.fences;
    if (fences) {
      const events = fences.check(u.lat, u.lng, u.accuracyM, u.speedMps, nowMs);
      if (events.length > 0) this.geofenceEvents(session, st, events);
    }
  }

  private geofenceEvents(session: Session, st: SessionState, events: readonly GeofenceEvent[]): void {
    const hook = this.game.hooks?.onGeofence;
    const view = hook ? this.playerView(session, st.player, st.ws) : undefined;
    for (const e of events) {
      this.geofenceCounter?.inc({ kind: e.type });
      session.send({ geofenceEvent: { fenceId: e.fenceId, kind: e.type, atMs: e.tMs } }, true);
      if (hook && view) {
        try {
          hook(view, { fenceId: e.fenceId, kind: e.type, atMs: e.tMs });
        } catch (err) {
          this.log.error({ err, fence: e.fenceId }, 'onGeofence hook threw');
        }
      }
    }
  }

  async onAction(session: Session, req: ActionRequest): Promise<ActionResultInit> {
    const st = this.state(session);
    const kind = req.kind;
    const result = (code: string, message: string, retryAfterS = 0): ActionResultInit => {
      this.actions?.inc({ kind, result: code });
      return { status: REJECTED, errorCode: code, errorMessage: message, retryAfterS };
    };
    const def = this.game.actions[kind];
    if (!def || !st) return result('INVALID', `unknown action kind "${kind}"`);
    const now = this.clock();
    let payload: unknown = {};
    if (req.payload && req.payload.length > 0) {
      try {
        payload = JSON.parse(new TextDecoder().decode(req.payload));
      } catch {
        return result('INVALID', 'payload is not valid UTF-8 JSON');
      }
    }
    if (def.payload) {
      const parsed = def.payload.safeParse(payload);
      if (!parsed.success) {
        return result(
          'INVALID',
          parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; '),
        );
      }
      payload = parsed.data;
    }
    const times = st.player.actionTimes.get(kind) ?? [];
    const max = def.maxPerSecond ?? 5;
    while (times.length > 0 && now - times[0]! >= 1000) times.shift();
    if (times.length >= max) return result('RATE_LIMITED', `at most ${max} ${kind} actions per second`, 1);
    times.push(now);
    st.player.actionTimes.set(kind, times);
    if ((def.needsPosition ?? true) && !st.ws.hasPosition) {
      return result('INVALID', 'no position yet: send a location report first');
    }
    if (def.blockedByCooldown ?? true) {
      const left = st.player.gps.actionCooldownRemainingS(now);
      if (left > 0)
        return result(
          'COOLDOWN',
          `teleport cooldown: actions allowed again in ${Math.ceil(left)} s`,
          Math.ceil(left),
        );
    }
    const ctx = this.context(session, st, req.opId, payload, now);
    try {
      const value = await (def.handler as (c: ActionContext<unknown>) => unknown)(ctx);
      this.actions?.inc({ kind, result: 'OK' });
      return {
        status: ACCEPTED,
        payload: new TextEncoder().encode(JSON.stringify(value ?? null)),
      };
    } catch (err) {
      if (err instanceof ActionError) return result(err.code, err.message, err.retryAfterS);
      this.log.error({ err, kind }, 'action handler threw');
      return result('INTERNAL', 'the action failed on the server');
    }
  }

  private playerView(session: Session, player: PlayerState, ws: WorldSession): PlayerView {
    const now = this.clock();
    return {
      id: session.playerId,
      name: session.name,
      team: session.team,
      hasPosition: ws.hasPosition,
      lat: ws.lat,
      lng: ws.lng,
      accuracyM: ws.accuracyM,
      risk: player.riskScore(now),
      creditedDistanceM: player.creditedDistanceM,
    };
  }

  private context(
    session: Session,
    st: SessionState,
    opId: string,
    payload: unknown,
    now: number,
  ): ActionContext<unknown> {
    const { ws, player } = st;
    const world = this.world;
    const pois = this.pois;
    const here = (lat: number, lng: number) =>
      ws.hasPosition ? fastDistanceM(ws.lat, ws.lng, lat, lng) : Number.POSITIVE_INFINITY;
    const queries: WorldQueries = {
      spawn: (id) => world.spawn(id),
      poi: (id) => pois.get(id),
      distanceTo: here,
      spawnsWithin: (r) => {
        if (!ws.hasPosition) return [];
        return world.within(ws.lat, ws.lng, r, EntityKind.SPAWN).flatMap((h): Hit<SpawnInfo>[] => {
          const s = world.spawn(h.id);
          return s ? [{ item: s, distanceM: h.distanceM }] : [];
        });
      },
      poisWithin: (r, kind) => {
        if (!ws.hasPosition) return [];
        return pois
          .within(ws.lat, ws.lng, r, kind)
          .map((h): Hit<PoiInfo> => ({ item: h.poi, distanceM: h.distanceM }));
      },
      playersWithin: (r) => {
        if (!ws.hasPosition) return [];
        return world
          .within(ws.lat, ws.lng, r, EntityKind.PLAYER)
          .filter((h) => h.eid !== ws.eid)
          .map((h) => ({
            item: { id: h.id, name: h.name, team: world.store.team[h.eid] ?? 0 },
            distanceM: h.distanceM,
          }));
      },
    };
    const inv = player.inventory;
    return {
      opId,
      payload,
      nowMs: now,
      player: this.playerView(session, player, ws),
      world: queries,
      params: this.game.params,
      rng: mulberry32(this.seed ^ hashString(opId)),
      fail: (code, message, retryAfterS = 0) => {
        throw new ActionError(code, message, retryAfterS);
      },
      inventory: {
        count: (item) => inv.get(item) ?? 0,
        add: (item, n = 1) => {
          inv.set(item, (inv.get(item) ?? 0) + n);
        },
        take: (item, n = 1) => {
          const have = inv.get(item) ?? 0;
          if (have < n) return false;
          inv.set(item, have - n);
          return true;
        },
        all: () => Object.fromEntries(inv),
      },
      cooldowns: {
        remainingS: (key) => Math.max(0, ((player.cooldowns.get(key) ?? 0) - now) / 1000),
        start: (key, seconds) => {
          player.cooldowns.set(key, now + seconds * 1000);
        },
      },
    };
  }
}
