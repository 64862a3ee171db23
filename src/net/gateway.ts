import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import type { Logger } from '../ops/logger.js';
import type { GatewayMetrics } from '../ops/metrics.js';
import type { TimerRegistry } from '../ops/timers.js';
import { type ErrorCode, ProtocolError } from '../protocol/errors.js';
import { checkFrame, decodeCheckedFrame, FRAME_HEADER_BYTES } from '../protocol/frame.js';
import { RoomMessageReader } from '../protocol/roomMessageFrame.js';
import { AuthError, type TokenAuthority } from '../session/auth.js';
import type { SessionManager } from '../session/manager.js';
import type { Session } from '../session/session.js';
import { takeToken, tokensAfter } from './ratelimit.js';
import { InboundBatch } from './inbound.js';
import { SharedFrames, WsTransport } from './wsTransport.js';

const kSession = Symbol('geoplay.session');
const kGateway = Symbol('geoplay.gateway');
const kIp = Symbol('geoplay.ip');
const kTransport = Symbol('geoplay.transport');

interface TaggedSocket extends WebSocket {
  /** The session the socket belongs to (another one after a resume). */
  [kSession]: Session;
  [kGateway]: Gateway;
  /** Peer address, for the per-IP count (a resumed session may have come from another one). */
  [kIp]: string;
  /** The session's transport over this socket (what the session's `transport` is while it owns it). */
  [kTransport]: WsTransport;
}

export const WS_PATH = '/ws';

/** An HTTP refusal of an upgrade: status, status text, reason code, message. */
type Refusal = [status: number, text: string, reason: string, message: string];

function rejectUpgrade(socket: Duplex, status: number, text: string, code: string, message: string): void {
  const body = JSON.stringify({ error: code, message });
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  socket.destroy();
}

function tokenOf(req: IncomingMessage, url: URL): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return url.searchParams.get('token') ?? undefined;
}

// Listeners are module functions bound through the socket (no closure per connection).
function onMessage(this: WebSocket, data: Buffer, isBinary: boolean): void {
  const ws = this as TaggedSocket;
  ws[kGateway].enqueue(ws, data, isBinary);
}

function onClose(this: WebSocket, code: number): void {
  const ws = this as TaggedSocket;
  ws[kGateway].socketClosed(ws, code);
}

function onError(this: WebSocket, err: Error & { code?: string }): void {
  const ws = this as TaggedSocket;
  ws[kGateway].socketError(ws, err);
}

/**
 * The WebSocket gateway: authenticates upgrades, turns bytes into envelopes (frame checks, rate
 * limits) and hands them to the session layer. Knows frames, not game rules.
 */
export class Gateway {
  readonly wss: WebSocketServer;
  private readonly perIp = new Map<string, number>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly shared = new SharedFrames();
  private readonly roomMessages = new RoomMessageReader();
  private checkedDirectWrites = false;
  private readonly inbound = new InboundBatch<TaggedSocket>(
    (ws, data, isBinary, nowMs) => this.receive(ws, data, isBinary, nowMs),
    (ws, err) => {
      this.log.error({ err, session: ws[kSession].id }, 'frame handler threw');
      this.sessions.close(ws[kSession], 'INTERNAL');
    },
  );
  draining = false;

  constructor(
    private readonly config: Config,
    private readonly auth: TokenAuthority,
    private readonly sessions: SessionManager,
    private readonly metrics: GatewayMetrics,
    private readonly log: Logger,
  ) {
    this.wss = new WebSocketServer({
      noServer: true,
      perMessageDeflate: false,
      maxPayload: config.maxFrameBytes,
      clientTracking: true,
    });
  }

  get connections(): number {
    return this.wss.clients.size;
  }

  /** The HTTP server's 'upgrade' listener. */
  readonly handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => socket.destroy());
    const reject = (r: Refusal) => {
      this.metrics.upgradesRejected.inc({ reason: r[2] });
      rejectUpgrade(socket, ...r);
    };
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      // A path the URL parser refuses ('//', '//a:b@/ws'): Node's HTTP parser lets it through,
      // and a throw here would end the process.
      reject([404, 'Not Found', 'NOT_FOUND', `WebSocket endpoint is ${WS_PATH}`]);
      return;
    }
    const ip = req.socket.remoteAddress ?? 'unknown';
    const refusal = this.admit(req, url, ip);
    if (refusal) {
      reject(refusal);
      return;
    }
    const open = this.perIp.get(ip) ?? 0;
    // Hold the slot while the token is checked, so concurrent upgrades cannot overshoot the limit.
    // Until a WebSocket owns the socket, the socket's close gives the slot back, whoever refused
    // the upgrade (the token check, a drain, or ws itself on a malformed handshake).
    this.perIp.set(ip, open + 1);
    let adopted = false;
    socket.once('close', () => {
      if (!adopted) this.releaseIp(ip);
    });
    this.auth.verify(tokenOf(req, url)).then(
      (claims) => {
        if (this.draining || socket.destroyed) {
          if (!socket.destroyed) reject([503, 'Service Unavailable', 'DRAINING', 'server is draining']);
          return;
        }
        this.wss.handleUpgrade(req, socket, head, (ws) => {
          adopted = true;
          const tagged = ws as TaggedSocket;
          tagged[kGateway] = this;
          tagged[kIp] = ip;
          const transport = new WsTransport(ws, socket, this.shared);
          if (!this.checkedDirectWrites) {
            this.checkedDirectWrites = true;
            if (!transport.directWrites) {
              this.log.warn('ws has no Sender state to check: frames go through ws.send (slower)');
            }
          }
          tagged[kTransport] = transport;
          tagged[kSession] = this.sessions.create(claims, ip, transport, Date.now());
          ws.on('message', onMessage);
          ws.on('close', onClose);
          ws.on('error', onError);
        });
      },
      (err: unknown) => {
        const code = err instanceof AuthError ? err.code : 'TOKEN_INVALID';
        reject([401, 'Unauthorized', code, err instanceof Error ? err.message : 'unauthorized']);
      },
    );
  };

  /** Checks that need no I/O: path, draining, origin, connections per IP. */
  private admit(req: IncomingMessage, url: URL, ip: string): Refusal | undefined {
    if (url.pathname !== WS_PATH) return [404, 'Not Found', 'NOT_FOUND', `WebSocket endpoint is ${WS_PATH}`];
    if (this.draining) return [503, 'Service Unavailable', 'DRAINING', 'server is draining'];
    const origin = req.headers.origin;
    const allowed = this.config.allowedOrigins;
    if (origin && allowed.length > 0 && !allowed.includes(origin)) {
      return [403, 'Forbidden', 'ORIGIN_NOT_ALLOWED', `origin ${origin} is not in allowedOrigins`];
    }
    if ((this.perIp.get(ip) ?? 0) >= this.config.maxConnectionsPerIp) {
      return [
        429,
        'Too Many Requests',
        'TOO_MANY_CONNECTIONS',
        `at most ${this.config.maxConnectionsPerIp} per IP`,
      ];
    }
    return undefined;
  }

  /** Queues one WebSocket message from a socket for this turn's batch. */
  enqueue(ws: TaggedSocket, data: Buffer, isBinary: boolean): void {
    this.inbound.push(ws, data, isBinary);
  }

  /** Handles the messages read so far now: before a drain or a shutdown stops what they reach. */
  flushInbound(): void {
    this.inbound.run();
  }

  /** One WebSocket message from a socket. Nothing a client sends may throw out of here. */
  private receive(ws: TaggedSocket, data: Buffer, isBinary: boolean, now: number): void {
    const session = ws[kSession];
    // A socket whose session was resumed elsewhere, or that is closing, has nothing more to say.
    if (session.transport !== ws[kTransport] || !session.open) return;
    const hot = this.metrics.hot;
    hot.bytesIn += data.length;
    if (!isBinary) {
      this.frameError(session, new ProtocolError('TEXT_FRAME'));
      return;
    }
    const c = this.config;
    const m = takeToken(session.msgTokens, session.msgRefillAt, now, c.messagesPerSecond, c.messagesBurst);
    session.msgTokens = tokensAfter(m);
    session.msgRefillAt = now;
    if (m < 0) {
      this.dropped(session, 'messages', now);
      return;
    }
    const payloadLength = checkFrame(data, c.maxFrameBytes);
    if (payloadLength instanceof ProtocolError) {
      this.frameError(session, payloadLength);
      return;
    }
    // Room inputs, almost every frame of a room game, are read without protobufjs.
    const input = this.roomMessages.read(data, FRAME_HEADER_BYTES, FRAME_HEADER_BYTES + payloadLength);
    if (input !== undefined) {
      this.metrics.frameIn('roomMessage');
      try {
        this.sessions.handleRoomMessage(session, input, now);
      } catch (err) {
        this.log.error({ err, session: session.id }, 'session handler threw');
        this.sessions.close(session, 'INTERNAL');
      }
      return;
    }
    const env = decodeCheckedFrame(data, payloadLength);
    if (env instanceof ProtocolError) {
      this.frameError(session, env);
      return;
    }
    const body = env.body ?? 'none';
    if (body === 'location') {
      const l = takeToken(
        session.locTokens,
        session.locRefillAt,
        now,
        c.locationReportsPerSecond,
        c.locationReportsBurst,
      );
      session.locTokens = tokensAfter(l);
      session.locRefillAt = now;
      if (l < 0) {
        this.dropped(session, 'location_reports', now);
        return;
      }
    }
    this.metrics.frameIn(body);
    // A ClientHello may be answered by many frames (a resume: the ServerHello and the replay):
    // corked, they leave in one write instead of one system call each.
    const raw = body === 'clientHello' ? ws[kTransport].socket : undefined;
    raw?.cork();
    try {
      const owner = this.sessions.handle(session, env, now);
      if (owner !== session) ws[kSession] = owner;
    } catch (err) {
      this.log.error({ err, session: session.id }, 'session handler threw');
      this.sessions.close(session, 'INTERNAL');
    } finally {
      raw?.uncork();
    }
  }

  private frameError(session: Session, err: ProtocolError): void {
    this.metrics.frameErrors.inc({ code: err.code });
    this.log.debug({ session: session.id, code: err.code, detail: err.message }, 'bad frame');
    this.sessions.close(session, err.code, err.detail);
  }

  private dropped(session: Session, limit: string, now: number): void {
    this.metrics.rateLimited.inc({ limit });
    if (now - session.dropsWindowStart > this.config.abuseWindowMs) {
      session.dropsWindowStart = now;
      session.drops = 0;
      session.rateLimitNotified = false;
    }
    session.drops++;
    if (session.drops > this.config.abuseDropLimit) {
      this.sessions.close(session, 'RATE_LIMIT_ABUSE', `${session.drops} frames over the ${limit} limit`);
      return;
    }
    if (!session.rateLimitNotified) {
      session.rateLimitNotified = true;
      session.sendError('RATE_LIMITED', `over the ${limit} limit; frames are being dropped`);
    }
  }

  socketClosed(ws: TaggedSocket, code: number): void {
    if (this.inbound.size > 0) this.inbound.run();
    this.releaseIp(ws[kIp]);
    this.sessions.transportClosed(ws[kSession], ws[kTransport], code);
    if (this.wss.clients.size === 0) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  socketError(ws: TaggedSocket, err: Error & { code?: string }): void {
    // ws closes the socket itself after these (1009 for an oversize message, 1002 or 1007
    // otherwise). A frame error ends the session (PROTOCOL.md): it must not wait in its grace
    // period for a resume, as a socket merely lost would.
    const code: ErrorCode =
      err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'FRAME_TOO_LARGE' : 'WEBSOCKET_PROTOCOL';
    this.metrics.frameErrors.inc({ code });
    const session = ws[kSession];
    this.log.debug({ session: session.id, code, wsCode: err.code, err: err.message }, 'websocket error');
    if (session.transport === ws[kTransport]) this.sessions.close(session, code);
  }

  private releaseIp(ip: string): void {
    const n = (this.perIp.get(ip) ?? 1) - 1;
    if (n <= 0) this.perIp.delete(ip);
    else this.perIp.set(ip, n);
  }

  /** Resolves once every socket has closed, or at the deadline after terminating the rest. */
  async waitForSockets(deadlineMs: number, timers: TimerRegistry): Promise<void> {
    if (this.wss.clients.size > 0) {
      await new Promise<void>((resolve) => {
        const deadline = timers.after('gateway.drain-deadline', deadlineMs, resolve);
        this.idleWaiters.push(() => {
          deadline.cancel();
          resolve();
        });
      });
    }
    for (const ws of this.wss.clients) ws.terminate();
  }

  close(): Promise<void> {
    // The server flushed the batch before stopping the layers; anything read since is dropped.
    this.inbound.clear();
    for (const ws of this.wss.clients) ws.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }
}
