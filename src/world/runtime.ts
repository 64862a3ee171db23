import { Counter, Gauge, type Registry } from 'prom-client';
import type { Store } from '../cluster/store/index.js';
import type { Game, PlayerView } from '../game/define.js';
import { hashString } from '../geo/hash.js';
import { type GpsConfig, gpsConfig } from '../gps/config.js';
import { type GeofenceEvent, GeofenceIndex, GeofenceTracker } from '../gps/geofence.js';
import type { FixSource } from '../gps/types.js';
import type { Logger } from '../ops/logger.js';
import type { TimerHandle, TimerRegistry } from '../ops/timers.js';
import { HybridLogicalClock } from '../session/hlc.js';
import type { ActionRequest, ActionResultInit, LocationReport, SessionHooks } from '../session/manager.js';
import type { Session } from '../session/session.js';
import { ActionRunner } from './actions.js';
import { OpJournal } from './journal.js';
import { PlayerState } from './player.js';
import { PoiIndex } from './poiIndex.js';
import type { Poi } from './poiTypes.js';
import { createSpawnRules } from './spawnRules.js';
import { World } from './world.js';
import { WorldSession } from './worldSession.js';

/** How a runtime persists: the store, the journal's commit policy, offline op limits. */
export interface RuntimeOptions {
  /** The durable store; absent: everything stays in memory and is lost on restart. */
  store?: Store | undefined;
  /** The server's clock for journal rows (the session layer's, so envelopes and rows agree). */
  hlc?: HybridLogicalClock;
  /** Journal commit policy (see OpJournal). Default continuous, 2,000 ops per commit. */
  commitIntervalMs?: number;
  commitMaxOps?: number;
  /** Offline ops older than this are rejected as EXPIRED. Default 15 minutes. */
  offlineMaxAgeMs?: number;
  registry?: Registry | undefined;
  clock?: () => number;
}

const SOURCES: FixSource[] = ['gps', 'gps', 'network', 'fused', 'imu'];

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
  private tickTimer: TimerHandle | undefined;
  private readonly verdicts: Counter<'verdict'> | undefined;
  private readonly geofenceCounter: Counter<'kind'> | undefined;
  private readonly actions: ActionRunner;
  private readonly durable: { store: Store; journal: OpJournal } | undefined;
  private readonly clock: () => number;

  constructor(
    readonly game: Game,
    pois: readonly Poi[],
    private readonly timers: TimerRegistry,
    private readonly log: Logger,
    opts: RuntimeOptions = {},
  ) {
    const registry = opts.registry;
    this.clock = opts.clock ?? Date.now;
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
    const seed = typeof p.seed === 'number' ? p.seed >>> 0 : hashString(String(p.seed));
    if (opts.store) {
      const journal = new OpJournal(
        opts.store,
        { intervalMs: opts.commitIntervalMs ?? 0, maxBatch: opts.commitMaxOps ?? 2000 },
        timers,
        log,
        registry,
      );
      this.durable = { store: opts.store, journal };
    }
    let actionCounter: Counter<'kind' | 'result'> | undefined;
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
      actionCounter = new Counter({
        name: 'geoplay_actions_total',
        help: 'Actions by kind and result code (OK when accepted)',
        labelNames: ['kind', 'result'] as const,
        registers: [registry],
      });
    }
    this.actions = new ActionRunner(
      game,
      this.world,
      this.pois,
      rules,
      seed,
      opts.hlc ?? new HybridLogicalClock(),
      this.durable,
      { offlineMaxAgeMs: opts.offlineMaxAgeMs ?? 15 * 60_000 },
      log,
      actionCounter,
      this.clock,
      (player) => this.loadPlayer(player),
    );
  }

  start(): void {
    this.tickTimer = this.timers.every('world.tick', this.world.tickMs, () => {
      try {
        this.world.tick(this.clock());
      } catch (err) {
        this.log.error({ err }, 'world tick failed');
      }
    });
  }

  stop(): void {
    this.tickTimer?.cancel();
    this.tickTimer = undefined;
  }

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
    this.persistLogin(session, player);
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
    if (--st.player.sessions === 0) {
      const parked = st.player.park();
      const store = this.durable?.store;
      if (store && parked) {
        // Credited distance, risk and the teleport anchor outlive the session and the process.
        store
          .upsertPlayer({
            id: session.playerId,
            name: session.name,
            team: session.team,
            state: { gps: parked },
          })
          .catch((err: unknown) =>
            this.log.warn({ err, player: session.playerId }, 'player state not saved'),
          );
      }
    }
  }

  /** Records the player (name, team) and loads their stored state before their first action. */
  private persistLogin(session: Session, player: PlayerState): void {
    const store = this.durable?.store;
    if (!store) {
      player.loaded = true;
      return;
    }
    store
      .upsertPlayer({ id: session.playerId, name: session.name, team: session.team })
      .then(() => (player.loaded ? undefined : this.loadPlayer(player)))
      .catch((err: unknown) =>
        this.log.warn({ err, player: session.playerId }, 'player not loaded at login'),
      );
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

  onAction(session: Session, req: ActionRequest): Promise<ActionResultInit> {
    const st = this.state(session);
    if (!st) {
      return Promise.resolve({ status: 2, errorCode: 'INVALID', errorMessage: 'no world session' });
    }
    return this.actions.run({ session, ws: st.ws, player: st.player }, req);
  }

  private playerView(session: Session, player: PlayerState, ws: WorldSession): PlayerView {
    return this.actions.playerView({ session, ws, player });
  }

  /** Loads a player's stored inventory, cooldowns and parked location state into memory. */
  private loadPlayer(player: PlayerState): Promise<void> {
    const store = this.durable?.store;
    if (!store) {
      player.loaded = true;
      return Promise.resolve();
    }
    player.loading ??= store.loadPlayer(player.id).then(
      (record) => {
        player.loading = undefined;
        player.applyRecord(record);
      },
      (err: unknown) => {
        player.loading = undefined;
        throw err;
      },
    );
    return player.loading;
  }

  /** Commits what is pending and stops taking ops (shutdown). */
  async flush(): Promise<void> {
    await this.durable?.journal.close();
  }
}
