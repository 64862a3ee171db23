import { Counter, Gauge, type Registry } from 'prom-client';
import type { Hlc, OpCommit, Store } from '../cluster/store/index.js';
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
import { runHook } from '../game/gameCode.js';
import { ActionRunner } from './actions.js';
import { DurableGrants } from './grants.js';
import { OpJournal } from './journal.js';
import { PlaceStates } from './places.js';
import { PlayerState } from './player.js';
import { PoiIndex } from './poiIndex.js';
import type { Poi } from './poiTypes.js';
import { createSpawnRules } from './spawnRules.js';
import { World } from './world.js';
import { WorldSession } from './worldSession.js';

/**
 * The snapshot row that marks a complete snapshot round (not an S2 token): every world effect up
 * to its HLC is in the shard snapshots, so a restore replays the journal only after it.
 */
const SNAPSHOT_ROUND = '~round';

/** Socket writes of a tick's fan-out between two turns of the event loop, in milliseconds. */
const WRITE_SLICE_MS = 4;

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
  /** How often changed shards save a snapshot of their place state. Default 60 s. */
  snapshotIntervalMs?: number;
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
  /** World state the game keeps at places (journaled, snapshotted per shard). */
  readonly places = new PlaceStates();
  /**
   * Ops with world effects whose commit failed, by op id (a client's retries of one op are one
   * entry): looked up in the journal before the next snapshot.
   */
  private readonly uncertainOps = new Map<string, OpCommit>();
  private readonly hlc: HybridLogicalClock;
  private readonly snapshotIntervalMs: number;
  private snapshotTimer: TimerHandle | undefined;
  private snapshotting: Promise<void> | undefined;
  private tickTimer: TimerHandle | undefined;
  /** The next slice of the tick's socket writes, while a fan-out is under way. */
  private writing: NodeJS.Immediate | undefined;
  private readonly verdicts: Counter<'verdict'> | undefined;
  private readonly geofenceCounter: Counter<'kind'> | undefined;
  private readonly actions: ActionRunner;
  private readonly durable: { store: Store; journal: OpJournal; grants: DurableGrants } | undefined;
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
    this.hlc = opts.hlc ?? new HybridLogicalClock();
    this.snapshotIntervalMs = opts.snapshotIntervalMs ?? 60_000;
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
      const grants = new DurableGrants(
        journal,
        this.hlc,
        timers,
        log,
        // The store has them; a player whose state is in memory sees them at once. A load under
        // way may have read the store before the grant: the next action loads again.
        (playerId, items) => {
          const player = this.players.get(playerId);
          if (player?.loaded) this.addItems(playerId, items);
          else if (player?.loading) {
            void player.loading.then(
              () => {
                player.loaded = false;
              },
              () => {},
            );
          }
        },
        { registry },
      );
      this.durable = { store: opts.store, journal, grants };
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
      this.hlc,
      this.durable,
      { offlineMaxAgeMs: opts.offlineMaxAgeMs ?? 15 * 60_000 },
      log,
      actionCounter,
      this.clock,
      (player) => this.loadPlayer(player),
      this.places,
      (op) => this.uncertainOps.set(op.opId, op),
    );
  }

  /**
   * Restores the place state: every shard's latest snapshot, then the journal's world effects after
   * it. The clock moves past every restored op, so new ops sort after them even if the wall clock
   * stepped back across the restart.
   */
  async restore(): Promise<{ snapshots: number; replayed: number }> {
    const store = this.durable?.store;
    if (!store) return { snapshots: 0, replayed: 0 };
    const snaps = await store.latestShardSnapshots();
    const bySnap = new Map<string, Hlc>();
    // Every world effect up to the last complete snapshot round is in some shard's snapshot: the
    // replay starts there (from the beginning of the journal before the first round).
    let cursor: Hlc = { ms: 0, logical: 0 };
    for (const s of snaps) {
      this.hlc.receive(s.hlc.ms, s.hlc.logical);
      if (s.shard === SNAPSHOT_ROUND) cursor = s.hlc;
      else {
        this.places.restoreSnapshot(s);
        bySnap.set(s.shard, s.hlc);
      }
    }
    let afterOpId: string | undefined;
    let replayed = 0;
    for (;;) {
      const page = await store.worldEffectsSince(cursor, {
        limit: 5000,
        ...(afterOpId ? { afterOpId } : {}),
      });
      for (const row of page) {
        // Shards with replayed effects stay dirty: the next round snapshots them.
        this.places.replay(row, (shard) => bySnap.get(shard));
        this.hlc.receive(row.hlc.ms, row.hlc.logical);
        replayed++;
      }
      if (page.length < 5000) break;
      cursor = page[page.length - 1]!.hlc;
      afterOpId = page[page.length - 1]!.opId;
    }
    return { snapshots: bySnap.size, replayed };
  }

  /**
   * Saves a snapshot of every shard whose place state changed. Skipped while an op with world
   * effects has an unknown commit outcome: a snapshot past it could hide it from the replay.
   */
  snapshotNow(): Promise<void> {
    const store = this.durable?.store;
    if (!store) return Promise.resolve();
    // Assigned before the round can finish: a round with nothing to do completes at once, and its
    // `finally` must not run before the assignment (it would leave a settled promise here for good).
    this.snapshotting ??= this.snapshotRound(store).finally(() => {
      this.snapshotting = undefined;
    });
    return this.snapshotting;
  }

  private async snapshotRound(store: Store): Promise<void> {
    try {
      for (const [opId, op] of this.uncertainOps) {
        const row = await store.getOp(opId);
        if (row && row.playerId === op.playerId) this.places.replay(row, () => undefined);
        this.uncertainOps.delete(opId);
      }
      const snaps = this.places.takeSnapshots();
      for (let i = 0; i < snaps.length; i++) {
        try {
          await store.saveShardSnapshot(snaps[i]!);
        } catch (err) {
          this.places.markDirty(snaps.slice(i).map((s) => s.shard));
          throw err;
        }
      }
      // The round is complete: a restore need not replay effects up to its watermark.
      if (snaps.length > 0) {
        await store.saveShardSnapshot({ shard: SNAPSHOT_ROUND, hlc: snaps[0]!.hlc, state: null });
      }
    } catch (err) {
      this.log.warn({ err }, 'shard snapshot not saved; retrying at the next interval');
    }
  }

  start(): void {
    if (this.durable) {
      this.snapshotTimer = this.timers.every('world.snapshot', this.snapshotIntervalMs, () => {
        void this.snapshotNow();
      });
    }
    this.tickTimer = this.timers.fixedRate('world.tick', this.world.tickMs, () => {
      try {
        this.world.step(this.clock());
      } catch (err) {
        this.log.error({ err }, 'world tick failed');
      }
      // One write chain at a time: a tick due while the last fan-out is still being written in
      // slices (timers run before immediates) takes the chain over rather than starting another.
      if (this.writing) clearImmediate(this.writing);
      this.writeSome();
    });
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

  stop(): void {
    this.tickTimer?.cancel();
    this.tickTimer = undefined;
    if (this.writing) clearImmediate(this.writing);
    this.writing = undefined;
    this.snapshotTimer?.cancel();
    this.snapshotTimer = undefined;
    // Before the journal's last flush (flush()), so a grant waiting for a retry gets one more try.
    this.durable?.grants.stop();
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
    const onJoin = this.game.hooks?.onJoin;
    if (onJoin) {
      const view = this.playerView(session, player, ws);
      runHook(
        () => onJoin(view),
        (err) => this.log.error({ err, player: player.id }, 'onJoin hook failed'),
      );
    }
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
    const onLeave = this.game.hooks?.onLeave;
    if (onLeave) {
      const view = this.playerView(session, st.player, st.ws);
      runHook(
        () => onLeave(view),
        (err) => this.log.error({ err, player: st.player.id }, 'onLeave hook failed'),
      );
    }
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
        runHook(
          () => hook(view, { fenceId: e.fenceId, kind: e.type, atMs: e.tMs }),
          (err) => this.log.error({ err, fence: e.fenceId }, 'onGeofence hook failed'),
        );
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

  /** For rooms (PlayerLocator): the session's server-side position, once it has one. */
  position(session: Session): { lat: number; lng: number } | undefined {
    const st = this.state(session);
    return st?.ws.hasPosition ? { lat: st.ws.lat, lng: st.ws.lng } : undefined;
  }

  itemCount(playerId: string, item: string): number {
    return this.players.get(playerId)?.inventory.get(item) ?? 0;
  }

  /** A player's level: the count of its `level` item, at least 1 (no player profiles yet). */
  level(playerId: string): number {
    return Math.max(1, this.itemCount(playerId, 'level'));
  }

  /** For room rewards (InventoryWriter): adds items to a player's in-memory inventory. */
  addItems(playerId: string, items: Record<string, number>): void {
    const inv = this.player(playerId).inventory;
    for (const [item, n] of Object.entries(items)) inv.set(item, (inv.get(item) ?? 0) + n);
  }

  /** Whether grants go through the journal (a store is configured). */
  get durableGrants(): boolean {
    return this.durable !== undefined;
  }

  /**
   * Grants items once per opId through the journal (room rewards; DurableGrants): resolves once
   * committed; retried while the store is down, for as long as the server runs.
   */
  grantItems(
    playerId: string,
    opId: string,
    items: Record<string, number>,
  ): Promise<'applied' | 'duplicate'> {
    const grants = this.durable?.grants;
    if (!grants) return Promise.reject(new Error('grantItems needs a store'));
    return grants.grant(playerId, opId, items);
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
    // The player's ops still committing must be in the store before it is read, or the reload
    // would drop them from memory for good.
    player.loading ??= player.lastCommit
      .then(() => store.loadPlayer(player.id))
      .then(
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
    await this.snapshotting;
    await this.snapshotNow();
  }
}
