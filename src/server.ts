import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from './cluster/store/index.js';
import type { Config } from './config.js';
import type { Game } from './game/define.js';
import { Gateway } from './net/gateway.js';
import { buildHttp, buildOpsHttp } from './net/http.js';
import { ListenError } from './net/listenError.js';
import { createLogger, type Logger } from './ops/logger.js';
import { GatewayMetrics } from './ops/metrics.js';
import { TimerRegistry } from './ops/timers.js';
import { hashString } from './geo/hash.js';
import { RoomHost } from './rooms/host.js';
import { MemoryRewardSink, type RewardSink } from './rooms/ports.js';
import { resolveJwtSecret, TokenAuthority } from './session/auth.js';
import { combineHooks } from './session/hooks.js';
import { type SessionHooks, SessionManager } from './session/manager.js';
import { generateDemoPois } from './world/poiDemo.js';
import { loadPoiFile } from './world/poiFile.js';
import type { Poi } from './world/poiTypes.js';
import { GameRuntime } from './world/runtime.js';

export interface ServerOptions {
  config: Config;
  log?: Logger;
  /** Session hooks for embedding without a game (tests, custom servers). Ignored when `game` is set. */
  hooks?: SessionHooks;
  /** The game to run; it gets a world, the location pipeline and action dispatch. */
  game?: Game;
  /** POIs of the world; default: the config's poiFile, else a generated demo world. */
  pois?: readonly Poi[];
  /** Where room rewards go; default: the game runtime's in-memory inventories (MemoryRewardSink). */
  rewards?: RewardSink;
}

async function worldPois(config: Config, game: Game): Promise<readonly Poi[]> {
  if (config.poiFile) return loadPoiFile(config.poiFile);
  return generateDemoPois({
    centre: { lat: config.demoLat, lng: config.demoLng },
    radiusM: config.demoRadiusM,
    seed: game.params.seed,
  });
}

/**
 * The composition root: builds every part from the config, wires the layers, and owns their
 * shutdown. `start` listens; `drain` is the SIGTERM path; `close` stops everything at once.
 */
export class GeoplayServer {
  readonly config: Config;
  readonly log: Logger;
  readonly metrics = new GatewayMetrics();
  readonly timers: TimerRegistry;
  readonly auth: TokenAuthority;
  readonly sessions: SessionManager;
  readonly gateway: Gateway;
  readonly http: FastifyInstance;
  /** The ops listener (health, readiness, metrics on `opsPort`), when configured. */
  readonly ops: FastifyInstance | undefined;
  readonly runtime: GameRuntime | undefined;
  /** The game's rooms (raids), when it declares any. */
  readonly rooms: RoomHost | undefined;
  private state: 'new' | 'ready' | 'draining' | 'closed' = 'new';
  private closing: Promise<void> | undefined;

  /** The durable store of the game's players and ops (absent with `store: none` or without a game). */
  readonly store: Store | undefined;

  private constructor(opts: ServerOptions, pois: readonly Poi[], store: Store | undefined) {
    this.store = store;
    this.config = opts.config;
    this.log = opts.log ?? createLogger({ level: opts.config.logLevel });
    this.timers = new TimerRegistry(this.metrics.registry);
    const secret = resolveJwtSecret({
      jwtSecret: this.config.jwtSecret,
      devAuth: this.config.devAuth ?? false,
      dataDir: this.config.data,
      log: this.log,
    });
    this.auth = new TokenAuthority(secret, this.config.tokenTtlS);
    this.sessions = new SessionManager(this.config, this.timers, this.metrics, this.log);
    if (opts.game) {
      this.runtime = new GameRuntime(opts.game, pois, this.timers, this.log, {
        registry: this.metrics.registry,
        store,
        hlc: this.sessions.hlc,
        commitIntervalMs: this.config.commitIntervalMs,
        commitMaxOps: this.config.commitMaxOps,
        offlineMaxAgeMs: this.config.offlineOpMaxAgeMs,
        snapshotIntervalMs: this.config.snapshotIntervalMs,
      });
      this.rooms = opts.game.rooms ? this.roomHost(opts.game, this.runtime, opts.rewards) : undefined;
      this.sessions.hooks = this.rooms ? combineHooks(this.runtime, this.rooms) : this.runtime;
    } else if (opts.hooks) this.sessions.hooks = opts.hooks;
    this.gateway = new Gateway(this.config, this.auth, this.sessions, this.metrics, this.log);
    this.http = buildHttp({
      log: this.log,
      metrics: this.metrics,
      auth: this.auth,
      devAuth: this.config.devAuth ?? false,
      tokenTtlS: this.config.tokenTtlS,
      isReady: () => this.state === 'ready',
    });
    this.http.server.on('upgrade', this.gateway.handleUpgrade);
    this.ops =
      this.config.opsPort === undefined
        ? undefined
        : buildOpsHttp({ log: this.log, metrics: this.metrics, isReady: () => this.state === 'ready' });
  }

  /** Rooms sit next to the game runtime, which tells them positions and items and keeps rewards. */
  private roomHost(game: Game, runtime: GameRuntime, rewards: RewardSink | undefined): RoomHost {
    const seed = game.params.seed;
    return new RoomHost({
      rooms: game.rooms ?? {},
      timers: this.timers,
      log: this.log,
      hlc: this.sessions.hlc,
      // With a store, rewards are journaled ops (exactly once across restarts); else in memory.
      rewards:
        rewards ??
        (runtime.durableGrants
          ? { grant: (playerId, opId, items) => runtime.grantItems(playerId, opId, items) }
          : new MemoryRewardSink(runtime)),
      locator: runtime,
      places: runtime.pois,
      interactionRadiusM: game.params.interactionRadiusM,
      seed: typeof seed === 'number' ? seed >>> 0 : hashString(seed),
      registry: this.metrics.registry,
    });
  }

  static async start(opts: ServerOptions): Promise<GeoplayServer> {
    const pois = opts.game ? (opts.pois ?? (await worldPois(opts.config, opts.game))) : [];
    const config = opts.config;
    const store =
      opts.game && config.store === 'auto'
        ? await openStore({
            dataDir: config.data,
            databaseUrl: config.databaseUrl,
            statementTimeoutMs: config.storeTimeoutMs,
            connectTimeoutMs: config.storeTimeoutMs,
          })
        : undefined;
    const server = new GeoplayServer(opts, pois, store);
    try {
      const restored = await server.runtime?.restore();
      if (restored && (restored.snapshots > 0 || restored.replayed > 0)) {
        server.log.info(restored, 'place state restored from shard snapshots and the journal');
      }
      const c = server.config;
      // The ops port first: nothing can connect to the main port while start may still fail.
      await server.ops
        ?.listen({ host: c.opsHost, port: c.opsPort })
        .catch((err: unknown) => Promise.reject(new ListenError('ops', c.opsHost, c.opsPort, err)));
      await server.http
        .listen({ host: c.host, port: c.port, backlog: c.listenBacklog })
        .catch((err: unknown) => Promise.reject(new ListenError('main', c.host, c.port, err)));
    } catch (err) {
      // Side by side: one that fails to close does not keep the others open.
      await Promise.allSettled([server.http.close(), server.ops?.close(), store?.close()]);
      server.timers.close();
      throw err;
    }
    server.sessions.start();
    server.runtime?.start();
    server.state = 'ready';
    server.metrics.ready.set(1);
    server.log.info(
      {
        url: server.url,
        ...(server.ops ? { opsUrl: server.opsUrl } : {}),
        node: server.config.nodeId,
        game: opts.game?.name ?? 'none',
        pois: pois.length,
        store: store?.kind ?? 'memory',
      },
      'geoplay listening',
    );
    return server;
  }

  get port(): number {
    return (this.http.server.address() as AddressInfo).port;
  }

  get url(): string {
    const host = this.config.host.includes(':') ? `[${this.config.host}]` : this.config.host;
    return `http://${host}:${this.port}`;
  }

  /** The ops listener's port, when there is one. */
  get opsPort(): number | undefined {
    const address = this.ops?.server.address() as AddressInfo | null | undefined;
    return address ? address.port : undefined;
  }

  /** `http://host:port` of the ops listener, when there is one. */
  get opsUrl(): string | undefined {
    const port = this.opsPort;
    if (port === undefined) return undefined;
    const host = this.config.opsHost.includes(':') ? `[${this.config.opsHost}]` : this.config.opsHost;
    return `http://${host}:${port}`;
  }

  get wsUrl(): string {
    return `${this.url.replace(/^http/, 'ws')}/ws`;
  }

  get ready(): boolean {
    return this.state === 'ready';
  }

  /**
   * Graceful shutdown: readiness off, no new sockets, a Drain frame with a jittered reconnect hint
   * to every session, close 1001, wait for the sockets up to the deadline, then close everything.
   */
  async drain(reason = 'server shutting down'): Promise<void> {
    if (this.state === 'draining' || this.state === 'closed') return this.closing;
    this.state = 'draining';
    this.metrics.ready.set(0);
    this.gateway.draining = true;
    this.log.info({ sessions: this.sessions.size }, 'draining');
    // Frames already read are handled before the sessions are told to go.
    this.gateway.flushInbound();
    this.sessions.drain(reason);
    this.closing = this.gateway
      .waitForSockets(this.config.drainDeadlineMs, this.timers)
      .then(() => this.shutdown());
    return this.closing;
  }

  /** Immediate shutdown: sockets are terminated, timers cancelled, the port released. */
  async close(): Promise<void> {
    if (this.state === 'closed') return;
    if (this.closing) return this.closing;
    this.state = 'draining';
    this.closing = this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    this.gateway.flushInbound();
    // Rooms first: their last hooks (onEnd, onLeave, onDispose) may grant rewards, which the
    // runtime's grants still take until it stops.
    this.rooms?.close();
    this.runtime?.stop();
    this.sessions.stop();
    await this.gateway.close();
    await this.http.close();
    // The ops listener answers probes and scrapes through the drain, and closes after the main one.
    await this.ops?.close();
    // Ops already executed are committed (their clients are gone; a resend gets the stored answer).
    try {
      await this.runtime?.flush();
    } catch (err) {
      this.log.error({ err }, 'journal flush at shutdown failed');
    }
    await this.store?.close();
    this.timers.close();
    this.state = 'closed';
    this.log.info('closed');
  }
}
