import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { Logger } from '../ops/logger.js';
import type { GatewayMetrics } from '../ops/metrics.js';
import type { TimerHandle, TimerRegistry } from '../ops/timers.js';
import { type ErrorCode, ErrorCodes } from '../protocol/errors.js';
import type { Envelope } from '../protocol/frame.js';
import type { geoplay } from '../protocol/gen/geoplay.js';
import type { PlayerClaims } from './auth.js';
import { HybridLogicalClock } from './hlc.js';
import { Session, type SessionSink, SessionState, type SessionTransport } from './session.js';

export type LocationReport = geoplay.v1.LocationReport;
export type ActionRequest = geoplay.v1.ActionRequest;
export type ActionResultInit = geoplay.v1.ActionResult.$Properties;

/** Why a session ended: an error code, or the client closing its socket. */
export type CloseReason = ErrorCode | 'CLIENT_CLOSED';

/** How the layers above (world, rooms, game) take part in a session's life. All optional. */
export interface SessionHooks {
  /** Called once the ClientHello is accepted and the ServerHello sent. */
  onOpen?(session: Session): void;
  /** Called for each location report that passed the rate limit and range checks. */
  onLocation?(session: Session, report: LocationReport, nowMs: number): void;
  /** Called for each action; the result goes back as an ActionResult with the same op_id. */
  onAction?(session: Session, request: ActionRequest): Promise<ActionResultInit> | ActionResultInit;
  /** Called once when the session ends, whatever the reason. */
  onClose?(session: Session, reason: CloseReason): void;
}

const HEARTBEAT_SLOTS = 60;
const MAX_OP_ID = 64;
const MAX_ACTION_KIND = 32;
const PROTOCOL_VERSION = 1;

function nowPrecise(): number {
  return performance.timeOrigin + performance.now();
}

function closeReason(code: ErrorCode, detail?: string): string {
  // A close reason must fit in 123 bytes of UTF-8.
  const text = detail ? `${code}: ${detail}` : code;
  return Buffer.byteLength(text) <= 123 ? text : code;
}

/**
 * The session layer: hello, heartbeats, clock pings, dispatch to the hooks, and orderly closes.
 * Heartbeats run on one wheel timer that visits 1/60th of the sessions per step, so pings are
 * spread over the interval instead of bursting, and no session owns a timer.
 */
export class SessionManager {
  readonly hlc = new HybridLogicalClock();
  private readonly byId = new Map<string, Session>();
  private readonly byPlayer = new Map<string, Session>();
  private readonly wheel: Set<Session>[] = Array.from({ length: HEARTBEAT_SLOTS }, () => new Set());
  private wheelPos = 0;
  private nextSlot = 0;
  private heartbeat: TimerHandle | undefined;
  private readonly sink: SessionSink;
  hooks: SessionHooks = {};

  constructor(
    private readonly config: Config,
    private readonly timers: TimerRegistry,
    private readonly metrics: GatewayMetrics,
    private readonly log: Logger,
  ) {
    this.sink = {
      close: (s, code, detail) => this.close(s, code, detail),
      framesOut: (n) => {
        metrics.bytesOut.inc(n);
        metrics.framesOut.inc();
      },
      coalesced: () => metrics.coalesced.inc(),
    };
  }

  get size(): number {
    return this.byId.size;
  }

  start(): void {
    const step = Math.max(1, Math.floor(this.config.heartbeatIntervalMs / HEARTBEAT_SLOTS));
    this.heartbeat = this.timers.every('session.heartbeat', step, () => this.heartbeatStep());
  }

  stop(): void {
    this.heartbeat?.cancel();
    this.heartbeat = undefined;
  }

  get(sessionId: string): Session | undefined {
    return this.byId.get(sessionId);
  }

  byPlayerId(playerId: string): Session | undefined {
    return this.byPlayer.get(playerId);
  }

  forEach(fn: (s: Session) => void): void {
    for (const s of this.byId.values()) fn(s);
  }

  /** A socket passed authentication: the session waits for its ClientHello. */
  create(claims: PlayerClaims, ip: string, transport: SessionTransport, nowMs: number): Session {
    const c = this.config;
    const session = new Session(
      randomBytes(12).toString('base64url'),
      claims.playerId,
      claims.name,
      claims.team,
      ip,
      transport,
      nowMs,
      { messages: c.messagesBurst, locations: c.locationReportsBurst },
      this.hlc,
      c,
      this.sink,
    );
    this.byId.set(session.id, session);
    session.heartbeatSlot = this.nextSlot;
    this.nextSlot = (this.nextSlot + 1) % HEARTBEAT_SLOTS;
    this.wheel[session.heartbeatSlot]!.add(session);
    this.metrics.sessions.inc();
    this.metrics.connectionsTotal.inc();
    return session;
  }

  /** Dispatches one decoded envelope that passed the gateway's frame and rate checks. */
  handle(session: Session, env: Envelope, nowMs: number): void {
    // A client's HLC is not merged: client clocks are not trusted, and a client could push the
    // node's clock forward for good. Only node-to-node messages advance the HLC.
    if (env.seq > session.inSeq) session.inSeq = env.seq;
    const body = env.body;
    if (session.state === SessionState.AWAITING_HELLO) {
      if (body !== 'clientHello') {
        this.close(session, 'HELLO_REQUIRED', `got ${body ?? 'no body'}`);
        return;
      }
      this.hello(session, env.clientHello as geoplay.v1.ClientHello, nowMs);
      return;
    }
    switch (body) {
      case 'ping': {
        const ping = env.ping!;
        const received = nowPrecise();
        session.send(
          {
            pong: {
              id: ping.id,
              originTimeMs: ping.originTimeMs,
              receiveTimeMs: received,
              transmitTimeMs: nowPrecise(),
            },
          },
          false,
        );
        return;
      }
      case 'pong': {
        const pong = env.pong!;
        if (pong.id === session.pingId && session.pingSentAt > 0) {
          session.missedPings = 0;
          this.metrics.heartbeatRtt.observe((nowPrecise() - session.pingSentAt) / 1000);
          session.pingSentAt = 0;
        }
        return;
      }
      case 'location':
        this.location(session, env.location as LocationReport, nowMs);
        return;
      case 'actionRequest':
        this.action(session, env.actionRequest as ActionRequest);
        return;
      case 'clientHello':
        this.metrics.frameErrors.inc({ code: 'UNKNOWN_MESSAGE' });
        this.close(session, 'UNKNOWN_MESSAGE', 'ClientHello sent twice');
        return;
      default:
        this.metrics.frameErrors.inc({ code: 'UNKNOWN_MESSAGE' });
        this.close(
          session,
          'UNKNOWN_MESSAGE',
          body ? `${body} is not accepted from clients` : 'envelope without a body',
        );
    }
  }

  private hello(session: Session, hello: geoplay.v1.ClientHello, nowMs: number): void {
    if (hello.protocolVersion !== PROTOCOL_VERSION) {
      this.close(session, 'BAD_HELLO', `version ${hello.protocolVersion}, server speaks ${PROTOCOL_VERSION}`);
      return;
    }
    const previous = this.byPlayer.get(session.playerId);
    if (previous && previous !== session) this.close(previous, 'SESSION_REPLACED');
    this.byPlayer.set(session.playerId, session);
    session.state = SessionState.OPEN;
    session.resumeToken = randomBytes(24).toString('base64url');
    const c = this.config;
    session.send(
      {
        serverHello: {
          sessionId: session.id,
          playerId: session.playerId,
          resumeToken: session.resumeToken,
          resumed: false,
          serverTimeMs: nowPrecise(),
          heartbeatIntervalMs: c.heartbeatIntervalMs,
          maxFrameBytes: c.maxFrameBytes,
          maxMessagesPerS: c.messagesPerSecond,
          maxLocationReportsPerS: c.locationReportsPerSecond,
          nodeId: c.nodeId,
          snapshotFollows: false,
        },
      },
      true,
    );
    if (hello.resumeToken) {
      // Resuming across a disconnect is the session issue's work; until then say so plainly.
      session.sendError('RESUME_REJECTED');
    }
    this.log.debug({ session: session.id, player: session.playerId }, 'session open');
    this.hooks.onOpen?.(session);
    void nowMs;
  }

  private location(session: Session, report: LocationReport, nowMs: number): void {
    const ok =
      Math.abs(report.latE7) <= 900_000_000 &&
      Math.abs(report.lngE7) <= 1_800_000_000 &&
      Number.isFinite(report.accuracyM) &&
      report.accuracyM >= 0;
    if (!ok) {
      this.metrics.frameErrors.inc({ code: 'INVALID_LOCATION' });
      session.sendError(
        'INVALID_LOCATION',
        'lat_e7 must be within ±900000000, lng_e7 within ±1800000000, accuracy_m finite and >= 0',
      );
      return;
    }
    this.hooks.onLocation?.(session, report, nowMs);
  }

  private action(session: Session, req: ActionRequest): void {
    const reject = (code: string, message: string) =>
      session.send(
        { actionResult: { opId: req.opId, status: 2, errorCode: code, errorMessage: message } },
        true,
      );
    if (!req.opId || req.opId.length > MAX_OP_ID) {
      reject('INVALID', `op_id must be 1-${MAX_OP_ID} characters`);
      return;
    }
    if (!req.kind || req.kind.length > MAX_ACTION_KIND) {
      reject('INVALID', `kind must be 1-${MAX_ACTION_KIND} characters`);
      return;
    }
    const hooks = this.hooks;
    if (!hooks.onAction) {
      reject('INVALID', `unknown action kind "${req.kind}"`);
      return;
    }
    let result: Promise<ActionResultInit> | ActionResultInit;
    try {
      result = hooks.onAction(session, req);
    } catch (err) {
      this.log.error({ err, kind: req.kind }, 'action handler threw');
      reject('INTERNAL', 'the action failed on the server');
      return;
    }
    Promise.resolve(result).then(
      (r) => session.send({ actionResult: { ...r, opId: req.opId } }, true),
      (err: unknown) => {
        this.log.error({ err, kind: req.kind }, 'action handler failed');
        reject('INTERNAL', 'the action failed on the server');
      },
    );
  }

  /** Ends a session for `code`: an Error frame (or nothing for a client close), then the close code. */
  close(session: Session, code: ErrorCode, detail?: string): void {
    if (session.state === SessionState.CLOSED || session.closing) return;
    session.closing = true;
    const closeCode = ErrorCodes[code].close || 1000;
    // A slow consumer would find its Error frame behind the backlog it is not reading.
    if (code !== 'DRAINING' && code !== 'SLOW_CONSUMER') {
      session.sendError(code, detail ? `${ErrorCodes[code].message}: ${detail}` : undefined);
    }
    this.forget(session, code);
    session.transport.close(closeCode, closeReason(code, detail));
    if (code === 'SLOW_CONSUMER') {
      // The close frame waits behind the backlog the client is not reading: do not wait for it.
      this.timers.after('session.slow-consumer-terminate', 1000, () => session.transport.terminate());
    }
  }

  /** The socket closed (either side): forget the session if nothing else did. */
  transportClosed(session: Session): void {
    if (session.state !== SessionState.CLOSED) this.forget(session, 'CLIENT_CLOSED');
  }

  private forget(session: Session, reason: CloseReason): void {
    session.state = SessionState.CLOSED;
    this.byId.delete(session.id);
    if (this.byPlayer.get(session.playerId) === session) this.byPlayer.delete(session.playerId);
    this.wheel[session.heartbeatSlot]?.delete(session);
    this.metrics.sessions.dec();
    this.metrics.closes.inc({ reason });
    try {
      this.hooks.onClose?.(session, reason);
    } catch (err) {
      this.log.error({ err }, 'onClose hook threw');
    }
  }

  /** Tells every session to go elsewhere, then closes it with 1001. */
  drain(reason: string): void {
    const { drainReconnectMs, drainReconnectJitterMs } = this.config;
    for (const session of [...this.byId.values()]) {
      session.send(
        {
          drain: {
            reconnectAfterMs: drainReconnectMs + Math.floor(Math.random() * (drainReconnectJitterMs + 1)),
            reason,
          },
        },
        false,
      );
      this.close(session, 'DRAINING');
    }
  }

  private heartbeatStep(): void {
    const slot = this.wheel[this.wheelPos]!;
    this.wheelPos = (this.wheelPos + 1) % HEARTBEAT_SLOTS;
    if (slot.size === 0) return;
    const now = Date.now();
    const precise = nowPrecise();
    const limit = this.config.heartbeatMissedLimit;
    const helloDeadline = now - this.config.helloTimeoutMs;
    for (const session of slot) {
      if (session.state === SessionState.AWAITING_HELLO) {
        if (session.connectedAt < helloDeadline) this.close(session, 'HELLO_TIMEOUT');
        continue;
      }
      if (session.missedPings >= limit) {
        this.close(session, 'HEARTBEAT_TIMEOUT');
        continue;
      }
      session.missedPings++;
      session.pingId = (session.pingId + 1) >>> 0;
      session.pingSentAt = precise;
      session.send({ ping: { id: session.pingId, originTimeMs: precise } }, false);
    }
  }
}
