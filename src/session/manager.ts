import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { Logger } from '../ops/logger.js';
import type { GatewayMetrics } from '../ops/metrics.js';
import type { TimerHandle, TimerRegistry } from '../ops/timers.js';
import { type ErrorCode, ErrorCodes } from '../protocol/errors.js';
import type { Envelope } from '../protocol/frame.js';
import type { RoomMessageIn } from '../protocol/roomMessageFrame.js';
import type { geoplay } from '../protocol/gen/geoplay.js';
import type { PlayerClaims } from './auth.js';
import { HybridLogicalClock } from './hlc.js';
import {
  DETACHED_TRANSPORT,
  Session,
  type SessionSink,
  SessionState,
  type SessionTransport,
} from './session.js';

export type LocationReport = geoplay.v1.LocationReport;
export type ActionRequest = geoplay.v1.ActionRequest;
export type ActionResultInit = geoplay.v1.ActionResult.$Properties;
export type RoomJoinRequest = geoplay.v1.RoomJoin;
export type RoomLeaveRequest = geoplay.v1.RoomLeave;
/** A room message: the fields of a RoomMessage the rooms layer reads (protobufjs's, or protocol/roomMessageFrame.ts's). */
export type RoomMessageRequest = Pick<RoomMessageIn, 'roomId' | 'type' | 'payload'>;

/**
 * Why a session ended: an error code, the client closing its socket, or the end of the grace
 * period of a dropped session that nobody resumed.
 */
export type CloseReason = ErrorCode | 'CLIENT_CLOSED' | 'GRACE_EXPIRED';

/**
 * Server closes after which the session is kept for a resume (the grace period): the connection
 * failed, not the client. HEARTBEAT_TIMEOUT and SLOW_CONSUMER are how a dead or stalled network
 * looks from here; DRAINING sends clients elsewhere and they should take their session along.
 * Every other server close (frame and protocol errors, abuse, replacement, internal errors) ends
 * the session at once.
 */
const RESUMABLE_CLOSES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'HEARTBEAT_TIMEOUT',
  'SLOW_CONSUMER',
  'DRAINING',
]);

/** WebSocket close code of a client that is done (SDK close()): its session ends at once. */
const CLIENT_DONE = 1000;

/** How the layers above (world, rooms, game) take part in a session's life. All optional. */
export interface SessionHooks {
  /** Called once the ClientHello is accepted and the ServerHello sent. */
  onOpen?(session: Session): void;
  /** Called for each location report that passed the rate limit and range checks. */
  onLocation?(session: Session, report: LocationReport, nowMs: number): void;
  /** Called for each action; the result goes back as an ActionResult with the same op_id. */
  onAction?(session: Session, request: ActionRequest): Promise<ActionResultInit> | ActionResultInit;
  /**
   * Called once when the session ends, whatever the reason: for a dropped session, when its grace
   * period ends without a resume (reason GRACE_EXPIRED), not at the drop.
   */
  onClose?(session: Session, reason: CloseReason): void;
  /** The session lost its socket and waits for a resume (grace period). */
  onDetach?(session: Session): void;
  /**
   * The session was resumed on a new socket, after the replay. `snapshot`: the missed frames were
   * no longer held and the client was told a snapshot follows (`session.needsSnapshot` is set).
   */
  onResume?(session: Session, snapshot: boolean): void;
  /** The session needs a full snapshot of what it watches (`session.needsSnapshot` is set). */
  onSnapshotRequest?(session: Session): void;
  /** Called for each RoomJoin; the hook answers with a RoomResult (rooms/). */
  onRoomJoin?(session: Session, request: RoomJoinRequest, nowMs: number): void;
  /** Called for each RoomLeave; the hook answers with a RoomResult. */
  onRoomLeave?(session: Session, request: RoomLeaveRequest): void;
  /** Called for each RoomMessage; a refused one is answered with a RoomError. */
  onRoomMessage?(session: Session, message: RoomMessageRequest, nowMs: number): void;
}

/** What a ClientHello with a resume token came to. */
export type ResumeResult = 'replayed' | 'snapshot' | 'rejected';

const HEARTBEAT_SLOTS = 60;
const MAX_OP_ID = 64;
/**
 * Op ids the server makes for itself (room rewards: `~grant:<op id>`) start with this; a client's
 * op id may not, so a client can never take one (and make a reward a duplicate) before the server.
 */
export const SERVER_OP_PREFIX = '~';
const SERVER_OP_MARK = SERVER_OP_PREFIX.charCodeAt(0);
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
  private readonly byToken = new Map<string, Session>();
  private detachedCount = 0;
  private stopped = false;
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
        metrics.hot.bytesOut += n;
        metrics.hot.framesOut++;
      },
      coalesced: () => metrics.coalesced.inc(),
    };
  }

  /** Sessions known: connected ones and those in their grace period. */
  get size(): number {
    return this.byId.size;
  }

  /** Sessions in their grace period (no socket, waiting for a resume). */
  get detached(): number {
    return this.detachedCount;
  }

  start(): void {
    const step = Math.max(1, Math.floor(this.config.heartbeatIntervalMs / HEARTBEAT_SLOTS));
    this.heartbeat = this.timers.every('session.heartbeat', step, () => this.heartbeatStep());
  }

  /**
   * Stops the heartbeat and ends every session in its grace period; sockets that close after this
   * end their sessions at once (no grace during shutdown).
   */
  stop(): void {
    this.stopped = true;
    this.heartbeat?.cancel();
    this.heartbeat = undefined;
    for (const s of [...this.byId.values()]) {
      if (s.state === SessionState.DETACHED) this.forget(s, 'DRAINING');
    }
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

  /**
   * Dispatches a room message read in place (protocol/roomMessageFrame.ts) that passed the
   * gateway's frame and rate checks: what `handle` does with an envelope whose body is one.
   */
  handleRoomMessage(session: Session, msg: RoomMessageIn, nowMs: number): void {
    this.numbering(session, msg.seq, msg.ack);
    if (session.state === SessionState.AWAITING_HELLO) {
      this.close(session, 'HELLO_REQUIRED', 'got roomMessage');
      return;
    }
    this.roomMessage(session, msg, nowMs);
  }

  /** An envelope's seq and ack, as every envelope from a client carries them. */
  private numbering(session: Session, seq: number, ack: number): void {
    // A client's HLC is not merged: client clocks are not trusted, and a client could push the
    // node's clock forward for good. Only node-to-node messages advance the HLC.
    if (seq > session.inSeq) session.inSeq = seq;
    if (ack > 0) session.acked(ack);
  }

  /**
   * Dispatches one decoded envelope that passed the gateway's frame and rate checks. Returns the
   * session that owns the socket from now on: another one when a ClientHello resumed a session.
   */
  handle(session: Session, env: Envelope, nowMs: number): Session {
    this.numbering(session, env.seq, env.ack);
    const body = env.body;
    if (session.state === SessionState.AWAITING_HELLO) {
      if (body !== 'clientHello') {
        this.close(session, 'HELLO_REQUIRED', `got ${body ?? 'no body'}`);
        return session;
      }
      return this.hello(session, env.clientHello as geoplay.v1.ClientHello, nowMs);
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
        return session;
      }
      case 'pong': {
        const pong = env.pong!;
        if (pong.id === session.pingId && session.pingSentAt > 0) {
          session.missedPings = 0;
          this.metrics.heartbeatRtt.observe((nowPrecise() - session.pingSentAt) / 1000);
          session.pingSentAt = 0;
        }
        return session;
      }
      case 'location':
        this.location(session, env.location as LocationReport, nowMs);
        return session;
      case 'actionRequest':
        this.action(session, env.actionRequest as ActionRequest);
        return session;
      case 'snapshotRequest':
        this.log.debug(
          { session: session.id, lastSeq: env.snapshotRequest?.lastSeq ?? 0, outSeq: session.outSeq },
          'snapshot requested',
        );
        this.requestSnapshot(session);
        return session;
      case 'roomJoin':
      case 'roomLeave':
      case 'roomMessage':
        this.room(session, env, nowMs);
        return session;
      case 'clientHello':
        this.metrics.frameErrors.inc({ code: 'UNKNOWN_MESSAGE' });
        this.close(session, 'UNKNOWN_MESSAGE', 'ClientHello sent twice');
        return session;
      default:
        this.metrics.frameErrors.inc({ code: 'UNKNOWN_MESSAGE' });
        this.close(
          session,
          'UNKNOWN_MESSAGE',
          body ? `${body} is not accepted from clients` : 'envelope without a body',
        );
        return session;
    }
  }

  /** Hands a room body to the rooms layer; without one, joins and leaves are refused, messages too. */
  private room(session: Session, env: Envelope, nowMs: number): void {
    // Inputs first: they are almost every room frame.
    if (env.roomMessage) {
      this.roomMessage(session, env.roomMessage as RoomMessageRequest, nowMs);
      return;
    }
    const h = this.hooks;
    try {
      if (env.roomJoin) {
        if (h.onRoomJoin) h.onRoomJoin(session, env.roomJoin as RoomJoinRequest, nowMs);
        else this.noRooms(session, env.roomJoin.requestId ?? 0, env.roomJoin.roomType ?? '');
      } else if (env.roomLeave) {
        if (h.onRoomLeave) h.onRoomLeave(session, env.roomLeave as RoomLeaveRequest);
        else this.noRooms(session, env.roomLeave.requestId ?? 0, '');
      }
    } catch (err) {
      this.log.error({ err, body: env.body }, 'room hook threw');
    }
  }

  private roomMessage(session: Session, msg: RoomMessageRequest, nowMs: number): void {
    const h = this.hooks;
    try {
      if (h.onRoomMessage) h.onRoomMessage(session, msg, nowMs);
      else {
        session.send(
          {
            roomError: {
              roomId: msg.roomId,
              code: 'ROOM_NOT_MEMBER',
              message: 'this server runs no rooms',
              type: msg.type,
            },
          },
          false,
        );
      }
    } catch (err) {
      this.log.error({ err, body: 'roomMessage' }, 'room hook threw');
    }
  }

  private noRooms(session: Session, requestId: number, roomType: string): void {
    session.send(
      {
        roomResult: {
          requestId,
          roomType,
          errorCode: 'ROOM_UNKNOWN_TYPE',
          errorMessage: 'this server runs no rooms',
        },
      },
      true,
    );
  }

  /** Marks the session for a full snapshot of what it watches, and tells the layers above. */
  requestSnapshot(session: Session): void {
    session.needsSnapshot = true;
    try {
      this.hooks.onSnapshotRequest?.(session);
    } catch (err) {
      this.log.error({ err }, 'onSnapshotRequest hook threw');
    }
  }

  private hello(session: Session, hello: geoplay.v1.ClientHello, nowMs: number): Session {
    if (hello.protocolVersion !== PROTOCOL_VERSION) {
      this.close(session, 'BAD_HELLO', `version ${hello.protocolVersion}, server speaks ${PROTOCOL_VERSION}`);
      return session;
    }
    let rejected = '';
    if (hello.resumeToken) {
      const old = this.byToken.get(hello.resumeToken);
      if (!old || old.state === SessionState.CLOSED) rejected = 'unknown or expired resume token';
      // A token is bound to the player it was issued to: another player's token resumes nothing
      // (and is not used up: its owner can still resume with it).
      else if (old.playerId !== session.playerId) rejected = 'the resume token belongs to another player';
      else return this.resume(session, old, hello.resumeToken, hello.lastSeq >>> 0, nowMs);
    }
    const previous = this.byPlayer.get(session.playerId);
    if (previous && previous !== session) {
      // A session in its grace period has no socket to close: it just ends.
      if (previous.state === SessionState.DETACHED) this.forget(previous, 'SESSION_REPLACED');
      else this.close(previous, 'SESSION_REPLACED');
    }
    this.byPlayer.set(session.playerId, session);
    session.state = SessionState.OPEN;
    this.issueToken(session);
    // Numbered (seq 1) but not kept for replay: only a client that got it can ever resume.
    session.send({ serverHello: this.serverHello(session, false, false) }, true, false);
    if (rejected) {
      this.metrics.resumes.inc({ result: 'rejected' });
      session.sendError('RESUME_REJECTED', `${ErrorCodes.RESUME_REJECTED.message}: ${rejected}`);
    }
    this.log.debug({ session: session.id, player: session.playerId }, 'session open');
    this.hooks.onOpen?.(session);
    return session;
  }

  private serverHello(
    session: Session,
    resumed: boolean,
    snapshotFollows: boolean,
  ): geoplay.v1.ServerHello.$Properties {
    const c = this.config;
    return {
      sessionId: session.id,
      playerId: session.playerId,
      resumeToken: session.resumeToken,
      resumed,
      serverTimeMs: nowPrecise(),
      heartbeatIntervalMs: c.heartbeatIntervalMs,
      maxFrameBytes: c.maxFrameBytes,
      maxMessagesPerS: c.messagesPerSecond,
      maxLocationReportsPerS: c.locationReportsPerSecond,
      nodeId: c.nodeId,
      snapshotFollows,
    };
  }

  /**
   * A new random resume token (rotated on every hello and resume). The token a resume was made
   * with (`presented`) stays valid beside the new one until the next resume: if the resumed
   * ServerHello is lost in another drop, the client still holds only the presented token.
   */
  private issueToken(session: Session, presented = ''): void {
    for (const old of [session.resumeToken, session.prevToken]) {
      if (old && old !== presented && this.byToken.get(old) === session) this.byToken.delete(old);
    }
    session.prevToken = presented;
    session.resumeToken = randomBytes(24).toString('base64url');
    this.byToken.set(session.resumeToken, session);
  }

  /**
   * `fresh` (a socket that just sent a ClientHello with `old`'s resume token) takes `old` over:
   * `old` gets fresh's socket and per-connection state, fresh disappears without a trace (no
   * hooks), the token rotates, the ServerHello (not numbered) says resumed, then every kept frame
   * after lastSeq is replayed, or, when the ring no longer holds them, a snapshot follows.
   */
  private resume(fresh: Session, old: Session, presented: string, lastSeq: number, nowMs: number): Session {
    // Fresh vanishes: it never opened; its count in the sessions gauge now stands for old.
    this.byId.delete(fresh.id);
    this.wheel[fresh.heartbeatSlot]?.delete(fresh);
    fresh.state = SessionState.CLOSED;
    if (old.state === SessionState.DETACHED) {
      old.graceTimer?.cancel();
      old.graceTimer = undefined;
      this.detachedCount--;
      this.metrics.sessionsDetached.dec();
    } else {
      // Still open: the client saw the connection die before the server did. Replace the socket.
      const stale = old.transport;
      this.metrics.sessions.dec();
      this.metrics.closes.inc({ reason: 'SESSION_REPLACED' });
      stale.close(ErrorCodes.SESSION_REPLACED.close, 'SESSION_REPLACED: resumed on another connection');
    }
    old.transport = fresh.transport;
    old.ip = fresh.ip;
    old.state = SessionState.OPEN;
    old.closing = false;
    old.inSeq = fresh.inSeq;
    old.missedPings = 0;
    old.pingSentAt = 0;
    old.coalescingSince = 0;
    old.msgTokens = fresh.msgTokens;
    old.msgRefillAt = fresh.msgRefillAt;
    old.locTokens = fresh.locTokens;
    old.locRefillAt = fresh.locRefillAt;
    old.drops = fresh.drops;
    old.dropsWindowStart = fresh.dropsWindowStart;
    old.rateLimitNotified = fresh.rateLimitNotified;
    old.detachedAt = 0;
    this.wheel[old.heartbeatSlot]!.add(old);
    this.byPlayer.set(old.playerId, old);
    this.issueToken(old, presented);
    const replay = old.canReplay(lastSeq);
    old.send({ serverHello: this.serverHello(old, true, !replay) }, false);
    let replayed = 0;
    if (replay) replayed = old.replay(lastSeq);
    this.metrics.resumes.inc({ result: replay ? 'replayed' : 'snapshot' });
    this.log.debug(
      { session: old.id, player: old.playerId, lastSeq, outSeq: old.outSeq, replayed },
      replay ? 'session resumed' : 'session resumed, snapshot follows',
    );
    if (!replay) old.needsSnapshot = true;
    try {
      this.hooks.onResume?.(old, !replay);
    } catch (err) {
      this.log.error({ err }, 'onResume hook threw');
    }
    void nowMs;
    return old;
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
    if (!req.opId || req.opId.length > MAX_OP_ID || req.opId.charCodeAt(0) === SERVER_OP_MARK) {
      reject(
        'INVALID',
        `op_id must be 1-${MAX_OP_ID} characters, not starting with '~' (the server's own ops)`,
      );
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
    Promise.resolve(result)
      .then(
        (r) => session.send({ actionResult: { ...r, opId: req.opId } }, true),
        (err: unknown) => {
          this.log.error({ err, kind: req.kind }, 'action handler failed');
          reject('INTERNAL', 'the action failed on the server');
        },
      )
      // Sending the answer may throw too (an answer that cannot be encoded): logged, never an
      // unhandled rejection, which would end the process.
      .catch((err: unknown) => this.log.error({ err, kind: req.kind }, 'action answer not sent'));
  }

  /**
   * Closes a session's connection for `code`: an Error frame (not for DRAINING and SLOW_CONSUMER),
   * then the close code. After a resumable code (RESUMABLE_CLOSES) an open session is kept for its
   * grace period; otherwise it ends now.
   */
  close(session: Session, code: ErrorCode, detail?: string): void {
    if (session.state === SessionState.CLOSED || session.closing) return;
    if (session.state === SessionState.DETACHED) {
      // No socket to close; only a final reason ends the grace period early.
      if (!RESUMABLE_CLOSES.has(code)) this.forget(session, code);
      return;
    }
    session.closing = true;
    const closeCode = ErrorCodes[code].close || 1000;
    // A slow consumer would find its Error frame behind the backlog it is not reading.
    if (code !== 'DRAINING' && code !== 'SLOW_CONSUMER') {
      session.sendError(code, detail ? `${ErrorCodes[code].message}: ${detail}` : undefined);
    }
    const transport = session.transport;
    this.metrics.closes.inc({ reason: code });
    if (session.state === SessionState.OPEN && RESUMABLE_CLOSES.has(code)) this.detach(session);
    else this.forget(session, code);
    transport.close(closeCode, closeReason(code, detail));
    if (code === 'SLOW_CONSUMER') {
      // The close frame waits behind the backlog the client is not reading: do not wait for it.
      this.timers.after('session.slow-consumer-terminate', 1000, () => transport.terminate());
    }
  }

  /**
   * A socket closed (either side), with the WebSocket close code. Ignored when the socket no
   * longer belongs to the session (replaced by a resume, or closed by the server already).
   * Otherwise an open session is kept for its grace period, unless the client said it is done
   * (close code 1000) or the server is stopping.
   */
  transportClosed(session: Session, transport: SessionTransport, code = 1006): void {
    if (session.transport !== transport) return;
    if (session.state === SessionState.CLOSED || session.state === SessionState.DETACHED) return;
    this.metrics.closes.inc({ reason: 'CLIENT_CLOSED' });
    if (session.state === SessionState.OPEN && code !== CLIENT_DONE) this.detach(session);
    else this.forget(session, 'CLIENT_CLOSED');
  }

  /** The session loses its socket and waits `resumeGraceMs` for a resume. */
  private detach(session: Session): void {
    const grace = this.config.resumeGraceMs;
    if (grace <= 0 || this.stopped) {
      this.forget(session, 'CLIENT_CLOSED');
      return;
    }
    session.state = SessionState.DETACHED;
    session.transport = DETACHED_TRANSPORT;
    session.detachedAt = Date.now();
    this.wheel[session.heartbeatSlot]?.delete(session);
    this.metrics.sessions.dec();
    this.metrics.sessionsDetached.inc();
    this.detachedCount++;
    session.graceTimer = this.timers.after('session.grace', grace, () => {
      session.graceTimer = undefined;
      if (session.state === SessionState.DETACHED) this.forget(session, 'GRACE_EXPIRED');
    });
    this.log.debug({ session: session.id, player: session.playerId }, 'session detached');
    try {
      this.hooks.onDetach?.(session);
    } catch (err) {
      this.log.error({ err }, 'onDetach hook threw');
    }
  }

  /** The session ends for good: its token is void, and the layers above let it go (onClose). */
  private forget(session: Session, reason: CloseReason): void {
    const wasDetached = session.state === SessionState.DETACHED;
    session.state = SessionState.CLOSED;
    this.byId.delete(session.id);
    if (this.byPlayer.get(session.playerId) === session) this.byPlayer.delete(session.playerId);
    for (const token of [session.resumeToken, session.prevToken]) {
      if (token && this.byToken.get(token) === session) this.byToken.delete(token);
    }
    this.wheel[session.heartbeatSlot]?.delete(session);
    session.graceTimer?.cancel();
    session.graceTimer = undefined;
    session.ring?.clear();
    if (wasDetached) {
      this.detachedCount--;
      this.metrics.sessionsDetached.dec();
    } else this.metrics.sessions.dec();
    this.metrics.sessionsEnded.inc({ reason });
    try {
      this.hooks.onClose?.(session, reason);
    } catch (err) {
      this.log.error({ err }, 'onClose hook threw');
    }
  }

  /** Tells every connected session to go elsewhere, then closes it with 1001 (it stays resumable). */
  drain(reason: string): void {
    const { drainReconnectMs, drainReconnectJitterMs } = this.config;
    for (const session of [...this.byId.values()]) {
      if (session.state === SessionState.DETACHED) continue;
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
