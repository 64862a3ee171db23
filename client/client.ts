import { CloseCode, type ErrorCode, ErrorCodes } from '../src/protocol/errors.js';
import {
  checkFrame,
  decodeCheckedFrame,
  type Envelope,
  type EnvelopeInit,
  encodeFrame,
  FRAME_HEADER_BYTES,
  FrameFlags,
  frameFlags,
} from '../src/protocol/frame.js';
import { geoplay } from '../src/protocol/gen/geoplay.js';
import { type BackoffOptions, backoffDelay } from './backoff.js';
import { ClockSync } from './clock.js';
import { Emitter } from './emitter.js';
import { type FlushItem, OfflineQueue, type Optimistic, type QueuedOp } from './offline.js';
import { encodeRoomMessageFrame } from './messageFrame.js';
import { RoomsClient } from './rooms.js';
import { looksLikeUpdate, readUpdateFrame, UpdateStrings } from './updateFrame.js';
import { uuidv7 } from './uuid.js';
import { WorldModel } from './world.js';

export type ServerHello = geoplay.v1.ServerHello;
export type WorldDelta = geoplay.v1.WorldDelta;
export type ActionResult = geoplay.v1.ActionResult;
export const ActionStatus = geoplay.v1.ActionStatus;
export const LocationSource = geoplay.v1.LocationSource;

/**
 * Connection states: idle -> connecting -> syncing -> connected -> disconnected -> (backoff) ->
 * connecting ..., and closed (final, after close() or a close the client must not retry).
 */
export type ConnectionState = 'idle' | 'connecting' | 'syncing' | 'connected' | 'disconnected' | 'closed';

export interface LocationFix {
  lat: number;
  lng: number;
  /** Horizontal accuracy in metres (68% radius). */
  accuracyM: number;
  speedMps?: number;
  headingDeg?: number;
  source?: 'gps' | 'network' | 'fused' | 'imu';
  /** When the fix was taken (client clock, ms since the epoch). Default: now. */
  timeMs?: number;
  mock?: boolean;
  steps?: number;
}

/** The error the SDK reports: a protocol code from the server, or one of its own. */
export class ClientError extends Error {
  constructor(
    readonly code: ErrorCode | 'NOT_CONNECTED' | 'TIMEOUT' | 'CLOSED' | 'UNAUTHORIZED' | string,
    message: string,
  ) {
    super(message);
    this.name = 'ClientError';
  }
}

export interface ClientEvents {
  state: [state: ConnectionState, previous: ConnectionState];
  hello: [hello: ServerHello];
  /**
   * The ServerHello resumed the previous session: the missed frames follow as a replay
   * (`snapshot` false), or were gone and a full snapshot follows at the next world tick.
   */
  resume: [snapshot: boolean];
  /**
   * A numbered server frame did not follow the last one (`expected` = last seq + 1). The frame is
   * used and a SnapshotRequest sent, so the world model is replaced at the server's next tick.
   */
  gap: [expected: number, got: number];
  delta: [delta: WorldDelta, envelope: Envelope];
  /** An Error frame from the server (fatal ones are followed by a close). */
  error: [error: ClientError];
  drain: [reconnectAfterMs: number, reason: string];
  /** The player entered, left or dwelt in one of the game's geofences. */
  geofence: [fenceId: string, kind: string, atMs: number];
  /** A round-trip measured by the client's own Ping. */
  rtt: [rttMs: number];
  close: [code: number, reason: string];
  /** Every decoded envelope, for tools and tests. */
  envelope: [envelope: Envelope];
  /**
   * The server rejected an action whose effect the game applied optimistically (or it could never
   * be sent): its `rollback` has run. Offline actions are judged after the reconnect, so this can
   * come long after act() was called.
   */
  rollback: [opId: string, kind: string, result: ActionResult];
}

/** The parts of a WebSocket the SDK uses: the browser's WebSocket and `ws` both fit. */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  readonly bufferedAmount: number;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  /**
   * Node's `ws` also has an EventEmitter API: its 'message' event hands over the Buffer as
   * received, without the MessageEvent and the ArrayBuffer copy of `onmessage`.
   */
  on?(event: 'message', listener: (data: Uint8Array, isBinary: boolean) => void): unknown;
}

export type WebSocketFactory = (url: string) => WebSocketLike;

export interface ClientOptions {
  /** Creates the socket. Default: the global WebSocket (browsers, Node 22+), else the `ws` package. */
  webSocket?: WebSocketFactory;
  /** Reconnect automatically after a drop. Default true. */
  reconnect?: boolean;
  backoff?: BackoffOptions;
  /** Default timeout of act() in ms. Default 10000. */
  actionTimeoutMs?: number;
  /** Interval of the client's clock-sync Pings in ms. Default 15000. */
  clockSyncIntervalMs?: number;
  /** Free text sent in ClientHello. */
  clientName?: string;
  /**
   * Queue actions made while disconnected (and resend those unanswered at a drop) and send them
   * after the reconnect, judged by the server at the time and place they were made. Default true;
   * false: act() rejects with NOT_CONNECTED while disconnected.
   */
  offlineActions?: boolean;
  /** Actions kept while offline; more reject with NOT_CONNECTED. Default 256. */
  offlineMaxOps?: number;
  /** Location fixes kept while offline, the oldest dropped first. Default 600. */
  offlineMaxFixes?: number;
}

export interface ActOptions {
  /** Timeout once the action is sent, ms. Default: the client's actionTimeoutMs. */
  timeoutMs?: number;
  /** The op id (UUIDv7); resending an op id returns the stored answer. Default: a new one. */
  opId?: string;
  /** Apply the action's effect to the game's own state now, and undo it if the server rejects it. */
  optimistic?: Optimistic<ActionResult>;
}

type PendingAction = QueuedOp<ActionResult> & { timer: ReturnType<typeof setTimeout> | undefined };

const SOURCE: Record<NonNullable<LocationFix['source']>, number> = { gps: 1, network: 2, fused: 3, imu: 4 };
// Closes after which retrying cannot help: the server said the client itself is wrong, or another
// connection of the same player replaced this one.
const FINAL_CLOSES = new Set<number>([
  ErrorCodes.HELLO_REQUIRED.close,
  ErrorCodes.BAD_HELLO.close,
  ErrorCodes.SESSION_REPLACED.close,
]);
// Closes after which the server has ended the session (docs/PROTOCOL.md, Resume): the resume
// token is dropped. After any other close (a network drop 1006, 1001 drain, 4012 heartbeat
// timeout, 1013 slow consumer) the next connection asks to resume.
const SESSION_ENDING_CLOSES = new Set<number>([
  CloseCode.NORMAL,
  // `ws` closes with these after a WebSocket framing error; the server ends the session.
  CloseCode.PROTOCOL_ERROR,
  CloseCode.INVALID_PAYLOAD,
  CloseCode.POLICY_VIOLATION,
  CloseCode.MESSAGE_TOO_BIG,
  CloseCode.INTERNAL_ERROR,
  ...Object.values(ErrorCodes)
    .map((e) => e.close)
    // 4010 (no ClientHello in time) and 4012 (heartbeat timeout) leave the session resumable.
    .filter(
      (c) => c >= 4000 && c !== ErrorCodes.HELLO_TIMEOUT.close && c !== ErrorCodes.HEARTBEAT_TIMEOUT.close,
    ),
]);
const OPEN = 1;
const utf8 = new TextEncoder();
const MAX_FRAME = 16 * 1024 * 1024;
const CLOCK_BURST = 3;

function nowPrecise(): number {
  return typeof performance !== 'undefined' && performance.timeOrigin
    ? performance.timeOrigin + performance.now()
    : Date.now();
}

async function defaultFactory(): Promise<WebSocketFactory> {
  const G = (globalThis as { WebSocket?: new (url: string) => WebSocketLike }).WebSocket;
  if (G) return (url) => new G(url);
  const mod = await import('ws');
  const WS = mod.default as unknown as new (url: string, opts: object) => WebSocketLike;
  return (url) => new WS(url, { perMessageDeflate: false });
}

/**
 * A geoplay connection that keeps itself alive: it reconnects with backoff, answers heartbeats,
 * estimates the server clock, and matches action results to requests.
 */
export class GeoplayClient extends Emitter<ClientEvents> {
  state: ConnectionState = 'idle';
  hello: ServerHello | undefined;
  readonly clock = new ClockSync();
  /** The entities of the interest set, kept from every WorldDelta (cleared on a new session). */
  readonly world = new WorldModel();
  /** Rooms (raids): join through the matchmaker, then a handle with state and events. */
  readonly rooms: RoomsClient = new RoomsClient(this, (code, message) => new ClientError(code, message));
  /**
   * Counters for tools (bots) and debugging. `replayed`: frames received with the REPLAYED flag;
   * `duplicates`: numbered frames dropped because their seq was already received; `gaps`: numbered
   * frames that skipped seqs; `resumes`: ServerHellos that resumed the session, `snapshots` of
   * them with snapshot_follows.
   */
  readonly stats = {
    framesIn: 0,
    framesOut: 0,
    bytesIn: 0,
    bytesOut: 0,
    reconnects: 0,
    disconnects: 0,
    replayed: 0,
    duplicates: 0,
    gaps: 0,
    resumes: 0,
    snapshots: 0,
  };
  /** True while the current connection is a resumed session (the last ServerHello said resumed). */
  resumed = false;
  private ws: WebSocketLike | undefined;
  private factory: WebSocketFactory | undefined;
  private attempt = 0;
  private outSeq = 0;
  /** Seq of the last numbered server frame received, in order, in this session. */
  private inSeq = 0;
  /** Token of the current session, sent to resume it after a drop ('' = none). */
  private token_ = '';
  /** After a snapshot_follows hello: the next numbered frame sets the numbering, whatever its seq. */
  private rebase = false;
  /** Room-update strings (keys, room id) handed out again while the bytes stay the same. */
  private readonly updateStrings = new UpdateStrings();
  private pingId = 0;
  private readonly pingsSent = new Map<number, number>();
  private readonly pending = new Map<string, PendingAction>();
  private readonly offline: OfflineQueue<ActionResult>;
  /** Sending the offline queue after a reconnect: new fixes and actions queue behind it. */
  private flushing = false;
  private lastFix: { latE7: number; lngE7: number } | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private syncTimer: ReturnType<typeof setInterval> | undefined;
  private drainHintMs: number | undefined;
  private unauthorized = false;
  private readonly opts: Required<Omit<ClientOptions, 'webSocket' | 'backoff'>> & { backoff: BackoffOptions };

  /** Actions queued for the next connection (made offline, or unanswered at a drop). */
  get queuedActions(): number {
    return this.offline.size;
  }

  constructor(
    readonly url: string,
    private token: string,
    options: ClientOptions = {},
  ) {
    super();
    this.factory = options.webSocket;
    this.opts = {
      reconnect: options.reconnect ?? true,
      backoff: options.backoff ?? {},
      actionTimeoutMs: options.actionTimeoutMs ?? 10_000,
      clockSyncIntervalMs: options.clockSyncIntervalMs ?? 15_000,
      clientName: options.clientName ?? 'geoplay-js/0.1.0',
      offlineActions: options.offlineActions ?? true,
      offlineMaxOps: options.offlineMaxOps ?? 256,
      offlineMaxFixes: options.offlineMaxFixes ?? 600,
    };
    this.offline = new OfflineQueue({ maxOps: this.opts.offlineMaxOps, maxFixes: this.opts.offlineMaxFixes });
  }

  /** Disconnected, but coming back: actions and fixes are queued rather than refused. */
  private get queueing(): boolean {
    return (
      this.opts.offlineActions &&
      (this.flushing ||
        this.state === 'disconnected' ||
        this.state === 'connecting' ||
        this.state === 'syncing')
    );
  }

  /** The current session's resume token ('' before the first ServerHello or after a final close). */
  get resumeToken(): string {
    return this.token_;
  }

  /** Seq of the last numbered server frame received in order (0 before the first). */
  get lastSeq(): number {
    return this.inSeq;
  }

  /** Server time now, from the clock offset estimate (ms since the epoch). */
  serverNow(): number {
    return nowPrecise() + this.clock.offsetMs;
  }

  /** Opens the connection; resolves when connected, rejects if closed before that. */
  async start(): Promise<void> {
    if (this.state !== 'idle') throw new ClientError('INVALID', `start() called in state ${this.state}`);
    this.factory ??= await defaultFactory();
    const ready = new Promise<void>((resolve, reject) => {
      const off = this.on('state', (s) => {
        if (s === 'connected') {
          off();
          resolve();
        } else if (s === 'closed') {
          off();
          reject(new ClientError('CLOSED', 'connection closed before it was established'));
        }
      });
    });
    this.dial();
    return ready;
  }

  /** Replaces the token used for the next connection attempts (e.g. after a refresh). */
  setToken(token: string): void {
    this.token = token;
  }

  /**
   * Sends a fix, stamped with the server clock estimate (the server judges fix and action times on
   * its own clock). While disconnected the fix is queued (false is returned) and sent after the
   * reconnect, so the server can judge offline actions against where the player was.
   */
  reportLocation(fix: LocationFix): boolean {
    const location = {
      latE7: Math.round(fix.lat * 1e7),
      lngE7: Math.round(fix.lng * 1e7),
      accuracyM: fix.accuracyM,
      speedMps: fix.speedMps ?? Number.NaN,
      headingDeg: fix.headingDeg ?? Number.NaN,
      source: SOURCE[fix.source ?? 'gps'],
      clientTimeMs: fix.timeMs !== undefined ? fix.timeMs + this.clock.offsetMs : this.serverNow(),
      mock: fix.mock ?? false,
      steps: fix.steps ?? 0,
    };
    this.lastFix = { latE7: location.latE7, lngE7: location.lngE7 };
    if (this.queueing) {
      this.offline.addFix(location);
      return false;
    }
    return this.sendEnvelope({ location });
  }

  /**
   * Sends an action and resolves with its ActionResult (accepted or rejected), or rejects on
   * timeout. While disconnected the action is queued with its time and the last fix and sent after
   * the reconnect (see ClientOptions.offlineActions); `optimistic.apply` runs now either way, and
   * `optimistic.rollback` if the server rejects it.
   */
  act(kind: string, payload: unknown = {}, opts: ActOptions = {}): Promise<ActionResult> {
    const opId = opts.opId ?? uuidv7();
    return new Promise<ActionResult>((resolve, reject) => {
      const op: PendingAction = {
        request: {
          opId,
          kind,
          payload: utf8.encode(JSON.stringify(payload)),
          clientTimeMs: this.serverNow(),
          ...(this.lastFix ?? {}),
        },
        resolve,
        reject,
        optimistic: opts.optimistic,
        timeoutMs: opts.timeoutMs ?? this.opts.actionTimeoutMs,
        timer: undefined,
      };
      if (this.state === 'connected' && !this.flushing) {
        opts.optimistic?.apply?.();
        this.sendAction(op);
      } else if (this.queueing) {
        op.request.offline = true;
        if (!this.offline.addOp(op)) {
          reject(new ClientError('NOT_CONNECTED', `offline queue full (${this.opts.offlineMaxOps} actions)`));
          return;
        }
        opts.optimistic?.apply?.();
      } else {
        reject(new ClientError('NOT_CONNECTED', `cannot act while ${this.state}`));
      }
    });
  }

  private sendAction(op: PendingAction): void {
    const opId = op.request.opId;
    op.timer = setTimeout(() => {
      this.pending.delete(opId);
      op.reject(
        new ClientError('TIMEOUT', `no result for ${op.request.kind} (${opId}) in ${op.timeoutMs} ms`),
      );
    }, op.timeoutMs);
    this.pending.set(opId, op);
    this.sendEnvelope({ actionRequest: op.request });
  }

  /** Sends what was queued while offline: fixes paced under the server's rate, each op after its fixes. */
  private async flushOffline(): Promise<void> {
    if (this.flushing || (this.offline.size === 0 && this.offline.fixCount === 0)) return;
    this.flushing = true;
    const rate = Math.max(1, (this.hello?.maxLocationReportsPerS ?? 5) - 1);
    try {
      let items: FlushItem<ActionResult>[];
      while ((items = this.offline.plan()).length > 0) {
        for (let i = 0; i < items.length; i++) {
          const item = items[i]!;
          if (this.state !== 'connected') {
            // Dropped again mid-flush: what is left waits for the next connection's flush.
            for (const rest of items.slice(i)) this.requeue(rest);
            return;
          }
          if ('location' in item) {
            this.sendEnvelope({ location: item.location });
            await new Promise((r) => setTimeout(r, 1000 / rate));
          } else {
            this.sendAction(item.op as PendingAction);
          }
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private requeue(item: FlushItem<ActionResult>): void {
    if ('location' in item) this.offline.addFix(item.location);
    else this.offline.addOp(item.op);
  }

  /** Sends a clock-sync Ping now. */
  ping(): void {
    this.pingId = (this.pingId + 1) >>> 0;
    const id = this.pingId;
    const t0 = nowPrecise();
    this.pingsSent.set(id, t0);
    if (this.pingsSent.size > 16) this.pingsSent.delete(this.pingsSent.keys().next().value as number);
    this.sendEnvelope({ ping: { id, originTimeMs: t0 } });
  }

  /** Closes for good: no reconnect; pending actions reject with CLOSED. */
  close(): void {
    if (this.state === 'closed') return;
    this.clearTimers();
    const ws = this.ws;
    this.ws = undefined;
    if (ws) {
      ws.onclose = null;
      ws.onmessage = null;
      ws.onerror = () => {}; // closing a connecting socket still reports an error: keep a listener
      try {
        ws.close(CloseCode.NORMAL, 'client closed');
      } catch {
        // Closing a socket that is still connecting throws in some implementations.
      }
    }
    this.failPending(new ClientError('CLOSED', 'client closed'));
    this.setState('closed');
  }

  /** Sends an envelope if connected (or syncing); returns false otherwise. */
  sendEnvelope(envelope: EnvelopeInit): boolean {
    const ws = this.ws;
    if (!ws || ws.readyState !== OPEN) return false;
    envelope.seq = ++this.outSeq;
    envelope.ack = this.inSeq;
    this.write(ws, encodeFrame(envelope));
    return true;
  }

  /** @internal Sends a RoomMessage whose payload is the JSON text `json` (RoomHandle.send). */
  sendRoomMessage(roomId: string, type: string, json: string): boolean {
    const ws = this.ws;
    if (!ws || ws.readyState !== OPEN) return false;
    const seq = ++this.outSeq;
    const ack = this.inSeq;
    const frame =
      encodeRoomMessageFrame(seq, ack, roomId, type, json) ??
      encodeFrame({ seq, ack, roomMessage: { roomId, type, payload: utf8.encode(json) } });
    this.write(ws, frame);
    return true;
  }

  private write(ws: WebSocketLike, frame: Uint8Array): void {
    ws.send(frame);
    this.stats.framesOut++;
    this.stats.bytesOut += frame.length;
  }

  private dial(): void {
    this.setState('connecting');
    const sep = this.url.includes('?') ? '&' : '?';
    let ws: WebSocketLike;
    try {
      ws = this.factory!(`${this.url}${sep}token=${encodeURIComponent(this.token)}`);
    } catch (err) {
      this.emit('error', new ClientError('CONNECT_FAILED', err instanceof Error ? err.message : String(err)));
      this.scheduleReconnect();
      return;
    }
    // Node's `ws` (an EventEmitter): Buffers through 'message'; browsers: ArrayBuffers via onmessage.
    const emitter = typeof ws.on === 'function';
    ws.binaryType = emitter ? 'nodebuffer' : 'arraybuffer';
    this.ws = ws;
    ws.onopen = () => {
      this.setState('syncing');
      this.outSeq = 0;
      this.sendEnvelope({
        clientHello: {
          protocolVersion: 1,
          client: this.opts.clientName,
          ...(this.token_ ? { resumeToken: this.token_, lastSeq: this.inSeq } : {}),
        },
      });
    };
    if (emitter) {
      // Never removed: a socket this client let go of (closed, replaced) is ignored here.
      // Text frames are not frames of this protocol: dropped, as onmessage drops their strings.
      ws.on!('message', (data, isBinary) => {
        if (isBinary && this.ws === ws) this.onFrame(data);
      });
    } else {
      ws.onmessage = (ev) => this.onFrame(ev.data);
    }
    ws.onerror = (ev) => {
      // Browsers hide why an upgrade failed; `ws` in Node says it, and a 401 will not get better
      // by retrying with the same token.
      const message = (ev as { message?: string } | undefined)?.message ?? '';
      if (/Unexpected server response: 401/.test(message)) this.unauthorized = true;
    };
    ws.onclose = (ev) => this.onClose(ev.code, ev.reason);
  }

  /**
   * Takes a numbered frame's seq (0: not numbered): false when it was already received (a replay
   * overlapping what arrived before a drop), which is never applied twice; a gap asks for a snapshot.
   */
  private admit(seq: number): boolean {
    if (seq === 0) return true;
    const expected = this.inSeq + 1;
    if (this.rebase) this.rebase = false;
    else if (seq < expected) {
      this.stats.duplicates++;
      return false;
    } else if (seq > expected) {
      this.stats.gaps++;
      this.emit('gap', expected, seq);
      this.sendEnvelope({ snapshotRequest: { lastSeq: this.inSeq } });
    }
    this.inSeq = seq;
    return true;
  }

  private onFrame(data: unknown): void {
    const bytes =
      data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? data : undefined;
    if (!bytes) return;
    this.stats.framesIn++;
    this.stats.bytesIn += bytes.length;
    const payloadLength = checkFrame(bytes, MAX_FRAME);
    if (payloadLength instanceof Error) {
      this.emit(
        'error',
        new ClientError(payloadLength.code, `bad frame from server: ${payloadLength.message}`),
      );
      return;
    }
    const replayed = (frameFlags(bytes) & FrameFlags.REPLAYED) !== 0;
    // A room's updates (one a tick) are read in place, unless something listens to every
    // envelope: that event needs them decoded whole.
    if (payloadLength > 0 && looksLikeUpdate(bytes, FRAME_HEADER_BYTES) && !this.hasListeners('envelope')) {
      const end = FRAME_HEADER_BYTES + payloadLength;
      const u = readUpdateFrame(bytes, FRAME_HEADER_BYTES, end, this.updateStrings);
      if (u !== undefined) {
        if (replayed) this.stats.replayed++;
        if (this.admit(u.seq)) this.rooms.onUpdate(u);
        return;
      }
    }
    const env = decodeCheckedFrame(bytes, payloadLength);
    if (env instanceof Error) {
      this.emit('error', new ClientError(env.code, `bad frame from server: ${env.message}`));
      return;
    }
    if (replayed) this.stats.replayed++;
    if (env.body !== 'serverHello' && !this.admit(env.seq)) return;
    this.rooms.onEnvelope(env);
    this.emit('envelope', env);
    switch (env.body) {
      case 'serverHello':
        this.onHello(env.serverHello as ServerHello, env.seq);
        break;
      case 'ping': {
        const p = env.ping!;
        const received = nowPrecise();
        this.sendEnvelope({
          pong: {
            id: p.id,
            originTimeMs: p.originTimeMs,
            receiveTimeMs: received,
            transmitTimeMs: nowPrecise(),
          },
        });
        break;
      }
      case 'pong':
        this.onPong(env.pong as geoplay.v1.Pong);
        break;
      case 'worldDelta': {
        const delta = env.worldDelta as WorldDelta;
        this.world.applyDelta(delta, Date.now());
        this.emit('delta', delta, env);
        break;
      }
      case 'actionResult': {
        const r = env.actionResult as ActionResult;
        const p = this.pending.get(r.opId);
        if (p) {
          clearTimeout(p.timer);
          this.pending.delete(r.opId);
          if (r.status !== ActionStatus.ACTION_STATUS_ACCEPTED && p.optimistic) {
            p.optimistic.rollback(r);
            this.emit('rollback', r.opId, p.request.kind ?? '', r);
          }
          p.resolve(r);
        }
        break;
      }
      case 'error': {
        const e = env.error!;
        this.emit('error', new ClientError(e.code ?? 'UNKNOWN', e.message ?? ''));
        break;
      }
      case 'geofenceEvent': {
        const g = env.geofenceEvent!;
        this.emit('geofence', g.fenceId ?? '', g.kind ?? '', g.atMs ?? 0);
        break;
      }
      case 'drain': {
        const d = env.drain!;
        this.drainHintMs = d.reconnectAfterMs ?? 0;
        this.emit('drain', this.drainHintMs, d.reason ?? '');
        break;
      }
      default:
        break;
    }
  }

  private onHello(hello: ServerHello, seq: number): void {
    this.hello = hello;
    this.attempt = 0;
    this.token_ = hello.resumeToken ?? '';
    this.resumed = hello.resumed === true;
    if (this.resumed) {
      // Numbering goes on: a replay of what was missed follows, or a snapshot and the seqs after it.
      this.stats.resumes++;
      if (hello.snapshotFollows) {
        this.stats.snapshots++;
        this.rebase = true;
      }
    } else {
      // A new session: numbering starts again with this hello (seq 1), the world from nothing.
      this.inSeq = seq;
      this.rebase = false;
      this.world.clear();
      this.rooms.sessionLost();
    }
    this.emit('hello', hello);
    if (this.resumed) this.emit('resume', hello.snapshotFollows === true);
    // The clock samples of a resumed session still hold: one fresh sample is enough.
    for (let i = this.resumed ? CLOCK_BURST - 1 : 0; i < CLOCK_BURST; i++) this.ping();
    this.syncTimer = setInterval(() => this.ping(), this.opts.clockSyncIntervalMs);
    this.setState('connected');
    void this.flushOffline();
  }

  private onPong(p: geoplay.v1.Pong): void {
    const t3 = nowPrecise();
    const t0 = this.pingsSent.get(p.id);
    if (t0 === undefined) return;
    this.pingsSent.delete(p.id);
    const sample = this.clock.add(t0, p.receiveTimeMs, p.transmitTimeMs, t3);
    this.emit('rtt', sample.rttMs);
  }

  private onClose(code: number, reason: string): void {
    this.ws = undefined;
    if (SESSION_ENDING_CLOSES.has(code)) this.token_ = '';
    this.clearTimers();
    this.pingsSent.clear();
    this.stats.disconnects++;
    this.emit('close', code, reason);
    const err = new ClientError('NOT_CONNECTED', `connection closed (${code} ${reason})`);
    const comingBack = this.opts.reconnect && !FINAL_CLOSES.has(code) && !this.unauthorized;
    if (comingBack && this.opts.offlineActions) this.holdPending();
    else this.failPending(err);
    if (this.unauthorized) {
      this.unauthorized = false;
      this.emit('error', new ClientError('UNAUTHORIZED', 'the server refused the token (HTTP 401)'));
      this.setState('closed');
      return;
    }
    if (!this.opts.reconnect || FINAL_CLOSES.has(code)) {
      this.setState('closed');
      return;
    }
    this.setState('disconnected');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const delay = this.drainHintMs ?? backoffDelay(this.attempt, this.opts.backoff);
    this.drainHintMs = undefined;
    this.attempt++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.stats.reconnects++;
      this.dial();
    }, delay);
  }

  /**
   * Actions sent and not answered when the connection dropped: their outcome is unknown, so they
   * go back in the queue and are resent (same op id: the server answers from its journal if it
   * already applied them) as offline ops judged at the time they were made.
   */
  private holdPending(): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.timer = undefined;
      p.request.offline = true;
      this.pending.delete(id);
      if (!this.offline.addOp(p)) this.failOne(p, new ClientError('NOT_CONNECTED', 'offline queue full'));
    }
  }

  private failPending(err: ClientError): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      this.pending.delete(id);
      this.failOne(p, err);
    }
    for (const p of this.offline.takeOps()) this.failOne(p, err);
  }

  /** An action that will never be answered: undo its optimistic effect and reject. */
  private failOne(p: QueuedOp<ActionResult>, err: ClientError): void {
    if (p.optimistic) {
      const result = geoplay.v1.ActionResult.create({
        opId: p.request.opId,
        status: ActionStatus.ACTION_STATUS_REJECTED,
        errorCode: err.code,
        errorMessage: err.message,
      });
      p.optimistic.rollback(result);
      this.emit('rollback', p.request.opId, p.request.kind ?? '', result);
    }
    p.reject(err);
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.retryTimer = undefined;
    this.syncTimer = undefined;
  }

  private setState(next: ConnectionState): void {
    const prev = this.state;
    if (prev === next) return;
    this.state = next;
    this.emit('state', next, prev);
  }
}

/** Connects and resolves once the session is established (ServerHello received). */
export async function connect(
  url: string,
  token: string,
  options: ClientOptions = {},
): Promise<GeoplayClient> {
  const client = new GeoplayClient(url, token, options);
  await client.start();
  return client;
}
