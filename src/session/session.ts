import protobuf from 'protobufjs/minimal.js';
import { type ErrorCode, ErrorCodes } from '../protocol/errors.js';
import {
  Envelope,
  type EnvelopeInit,
  FRAME_HEADER_BYTES,
  FRAME_OVERHEAD,
  FrameFlags,
  sealFrame,
} from '../protocol/frame.js';
import { varintSize, type WireBody, writeBytes, writeDouble, writeVarint } from '../protocol/wire.js';
import type { HybridLogicalClock } from './hlc.js';
import { ReplayRing } from './ring.js';

/**
 * What a session needs of its socket. A `ws` WebSocket fits as it is; the gateway's is
 * net/wsTransport.ts, which also takes shared frames.
 */
export interface SessionTransport {
  send(data: Uint8Array): void;
  /**
   * Sends a frame that goes unchanged to many sessions one after the other (a room update), so a
   * transport may prepare its bytes once for all of them (and keep them while the frame lives): the
   * frame must not change after its first send. Without it, `send` takes the frame.
   */
  sendShared?(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  terminate(): void;
  readonly bufferedAmount: number;
}

/** The transport of a session in its grace period: it has no socket, and writes go nowhere. */
export const DETACHED_TRANSPORT: SessionTransport = {
  send() {},
  close() {},
  terminate() {},
  bufferedAmount: 0,
};

/**
 * Session states as small integers (hot checks on every frame). DETACHED: the socket is gone and
 * the session waits for a resume (grace period); its numbered frames still go to the replay ring.
 */
export const SessionState = { AWAITING_HELLO: 0, OPEN: 1, CLOSED: 2, DETACHED: 3 } as const;
export type SessionState = (typeof SessionState)[keyof typeof SessionState];

/** Outcome of offering a coalescable frame (a world delta) to a session. */
export const DeltaOutcome = { SENT: 0, COALESCED: 1, CLOSED: 2 } as const;
export type DeltaOutcome = (typeof DeltaOutcome)[keyof typeof DeltaOutcome];

export interface SessionLimits {
  coalesceBytes: number;
  slowConsumerBytes: number;
  slowConsumerMs: number;
  replayRingFrames: number;
  replayRingBytes: number;
}

/** What a session reports to its owner; one shared object for all sessions (no per-session closures). */
export interface SessionSink {
  /** The session decided to close itself (slow consumer); the owner cleans up. */
  close(session: Session, code: ErrorCode, detail?: string): void;
  framesOut(bytes: number): void;
  coalesced(): void;
}

/**
 * One connected player. Plain fields only: with tens of thousands of idle sessions every closure
 * or Map per session costs real memory (see docs/BENCHMARKS.md, idle connections).
 */
export class Session {
  state: SessionState = SessionState.AWAITING_HELLO;
  /** Set when a close has begun, so writes made while closing cannot start another close. */
  closing = false;
  /** Last seq the server numbered (outbox). */
  outSeq = 0;
  /** The numbered frames sent after the ServerHello, for replay on resume (created on first use). */
  ring: ReplayRing | undefined = undefined;
  /** Highest in-order client seq seen. */
  inSeq = 0;
  resumeToken = '';
  /** The token the last resume was made with; valid until the next resume (see issueToken). */
  prevToken = '';
  // Heartbeat.
  missedPings = 0;
  pingId = 0;
  pingSentAt = 0;
  heartbeatSlot = -1;
  // Rate limits (token buckets) and abuse accounting.
  msgTokens: number;
  msgRefillAt: number;
  locTokens: number;
  locRefillAt: number;
  drops = 0;
  dropsWindowStart = 0;
  rateLimitNotified = false;
  // Backpressure.
  coalescingSince = 0;
  /** Set when deltas were coalesced: the next delta must be a snapshot of the interest set. */
  needsSnapshot = false;
  /** Opaque per-session state for the layers above (the world's). */
  ext: unknown = undefined;
  /** Opaque per-session state of the rooms layer: the seat this session last used, a hint it checks. */
  roomSeat: unknown = undefined;
  // Grace period (state DETACHED): when it began, and the timer that ends the session.
  detachedAt = 0;
  graceTimer: { cancel(): void } | undefined = undefined;

  constructor(
    readonly id: string,
    readonly playerId: string,
    readonly name: string,
    readonly team: number,
    /** Peer address of the current socket (changes when the session is resumed from elsewhere). */
    public ip: string,
    /** The current socket; replaced on resume, DETACHED_TRANSPORT during the grace period. */
    public transport: SessionTransport,
    readonly connectedAt: number,
    burst: { messages: number; locations: number },
    private readonly hlc: HybridLogicalClock,
    private readonly limits: SessionLimits,
    private readonly sink: SessionSink,
  ) {
    this.msgTokens = burst.messages;
    this.msgRefillAt = connectedAt;
    this.locTokens = burst.locations;
    this.locRefillAt = connectedAt;
    this.dropsWindowStart = connectedAt;
  }

  /** Socket backlog above which world deltas are held back. */
  get coalesceLimit(): number {
    return this.limits.coalesceBytes;
  }

  /** The session has a socket (waiting for its hello, or open). */
  get open(): boolean {
    return this.state === SessionState.OPEN || this.state === SessionState.AWAITING_HELLO;
  }

  /** The session has not ended: open, or in its grace period (its frames go to the replay ring). */
  get alive(): boolean {
    return this.state !== SessionState.CLOSED;
  }

  /**
   * Sends an envelope; `numbered` frames get the next outbox seq and are kept in the replay ring.
   * The ServerHello of a new session is numbered (seq 1) but not kept (`keep` false): a client
   * that never received it has no resume token to come back with.
   */
  send(envelope: EnvelopeInit, numbered: boolean, keep = numbered): void {
    if (this.state === SessionState.CLOSED) return;
    this.hlc.tick();
    envelope.seq = numbered ? ++this.outSeq : 0;
    envelope.ack = this.inSeq;
    envelope.hlcMs = this.hlc.ms;
    envelope.hlcLogical = this.hlc.logical;
    const w = protobuf.Writer.create();
    w.fixed32(0).fixed32(0);
    Envelope.encode(envelope, w);
    w.fixed32(0);
    const frame = w.finish();
    sealFrame(frame);
    if (numbered && keep) this.keep(envelope.seq, frame);
    if (this.state === SessionState.DETACHED) return;
    this.write(frame);
  }

  /**
   * Sends a numbered WorldDelta, or holds it back when the socket backlog is over the coalesce
   * threshold. The body is either already encoded or a WireBody that writes itself (the
   * concatenated cell chunks): the frame is allocated once, at its exact size, written to the
   * socket, and copied into the replay ring's arena. A session over the threshold for longer than
   * slowConsumerMs, or over the hard limit, is closed with 1013.
   */
  sendDelta(worldDelta: Uint8Array | WireBody, nowMs: number): DeltaOutcome {
    if (this.state === SessionState.CLOSED) return DeltaOutcome.CLOSED;
    // In the grace period the backlog is 0: deltas go to the replay ring only.
    const held = this.holdBack(nowMs);
    if (held !== DeltaOutcome.SENT) {
      if (held === DeltaOutcome.COALESCED) this.needsSnapshot = true;
      return held;
    }
    this.hlc.tick();
    const frame = worldDeltaFrame(++this.outSeq, this.inSeq, this.hlc.ms, this.hlc.logical, worldDelta);
    this.keep(this.outSeq, frame);
    if (this.state === SessionState.DETACHED) return DeltaOutcome.SENT;
    this.write(frame);
    // Closed by the write (slow consumer): the frame is in the ring all the same if it survives.
    return this.alive ? DeltaOutcome.SENT : DeltaOutcome.CLOSED;
  }

  /**
   * Writes a complete frame sealed once for many sessions (a room update): not numbered, never
   * kept for replay, the same bytes for every receiver, so it is never touched here. Held back like
   * a world delta when the socket backlog is over the coalesce threshold, and in the grace period
   * (COALESCED: the caller owes the session a snapshot); slow consumers are closed as in sendDelta.
   */
  sendShared(frame: Uint8Array, nowMs: number): DeltaOutcome {
    if (this.state === SessionState.CLOSED) return DeltaOutcome.CLOSED;
    if (this.state !== SessionState.OPEN) return DeltaOutcome.COALESCED;
    const held = this.holdBack(nowMs);
    if (held !== DeltaOutcome.SENT) return held;
    this.write(frame, true);
    return this.state === SessionState.OPEN ? DeltaOutcome.SENT : DeltaOutcome.CLOSED;
  }

  /**
   * The backpressure rule of coalescable frames: SENT when the socket backlog is under the coalesce
   * threshold (and the over-threshold clock restarts), COALESCED while it is over, CLOSED (with
   * 1013) once it has been over for longer than slowConsumerMs.
   */
  private holdBack(nowMs: number): DeltaOutcome {
    const backlog = this.transport.bufferedAmount;
    if (backlog <= this.limits.coalesceBytes) {
      this.coalescingSince = 0;
      return DeltaOutcome.SENT;
    }
    if (this.coalescingSince === 0) this.coalescingSince = nowMs;
    else if (nowMs - this.coalescingSince > this.limits.slowConsumerMs) {
      this.sink.close(
        this,
        'SLOW_CONSUMER',
        `backlog ${backlog} bytes for ${nowMs - this.coalescingSince} ms`,
      );
      return DeltaOutcome.CLOSED;
    }
    this.sink.coalesced();
    return DeltaOutcome.COALESCED;
  }

  /** Whether a client that received every seq up to `lastSeq` can be brought up to date by a replay. */
  canReplay(lastSeq: number): boolean {
    if (lastSeq === this.outSeq) return true;
    return this.ring !== undefined && this.ring.lastSeq === this.outSeq && this.ring.covers(lastSeq);
  }

  /**
   * Writes every kept frame after `lastSeq` again, with the REPLAYED flag (the frame is resealed
   * in place: the flags byte is covered by the CRC). Returns the number of frames replayed.
   */
  replay(lastSeq: number): number {
    const ring = this.ring;
    if (!ring || lastSeq >= this.outSeq) return 0;
    let n = 0;
    ring.forEachAfter(lastSeq, (frame) => {
      if (frame[3] !== FrameFlags.REPLAYED) sealFrame(frame, FrameFlags.REPLAYED);
      this.transport.send(frame);
      this.sink.framesOut(frame.length);
      n++;
    });
    return n;
  }

  /**
   * The client holds every numbered frame up to `ack`: the ring lets them go. A client that acks
   * what it has not received can only lose its own replay.
   */
  acked(ack: number): void {
    this.ring?.release(ack);
  }

  private keep(seq: number, frame: Uint8Array): void {
    let ring = this.ring;
    if (!ring) {
      ring = new ReplayRing(this.limits.replayRingFrames, this.limits.replayRingBytes);
      this.ring = ring;
    }
    ring.push(seq, frame);
  }

  /** Sends a typed Error frame; for fatal codes the manager closes the socket after it. */
  sendError(code: ErrorCode, message?: string): void {
    this.send(
      { error: { code, message: message ?? ErrorCodes[code].message, closeCode: ErrorCodes[code].close } },
      false,
    );
  }

  private write(frame: Uint8Array, shared = false): void {
    const t = this.transport;
    if (shared && t.sendShared) t.sendShared(frame);
    else t.send(frame);
    this.sink.framesOut(frame.length);
    if (!this.closing && this.transport.bufferedAmount > this.limits.slowConsumerBytes) {
      this.sink.close(this, 'SLOW_CONSUMER', `backlog ${this.transport.bufferedAmount} bytes`);
    }
  }
}

const TAG_SEQ = (1 << 3) | 0;
const TAG_ACK = (2 << 3) | 0;
const TAG_HLC_MS = (3 << 3) | 1;
const TAG_HLC_LOGICAL = (4 << 3) | 0;
const TAG_WORLD_DELTA = (15 << 3) | 2;

/**
 * A sealed frame holding an Envelope with a world_delta body, written in one allocation of its
 * exact size: the same bytes as encoding the Envelope with protobufjs (fields in number order,
 * ack and hlc_logical omitted when 0), without the Writer's growing and copying.
 */
function worldDeltaFrame(
  seq: number,
  ack: number,
  hlcMs: number,
  hlcLogical: number,
  body: Uint8Array | WireBody,
): Uint8Array {
  const bodyLength = body.length;
  const payload =
    1 +
    varintSize(seq) +
    (ack ? 1 + varintSize(ack) : 0) +
    9 +
    (hlcLogical ? 1 + varintSize(hlcLogical) : 0) +
    1 +
    varintSize(bodyLength) +
    bodyLength;
  // From Node's pool: the frame lives until its socket write, and the replay ring keeps a copy.
  const frame = Buffer.allocUnsafe(payload + FRAME_OVERHEAD);
  let pos = FRAME_HEADER_BYTES;
  frame[pos++] = TAG_SEQ;
  pos = writeVarint(frame, pos, seq);
  if (ack) {
    frame[pos++] = TAG_ACK;
    pos = writeVarint(frame, pos, ack);
  }
  frame[pos++] = TAG_HLC_MS;
  pos = writeDouble(frame, pos, hlcMs);
  if (hlcLogical) {
    frame[pos++] = TAG_HLC_LOGICAL;
    pos = writeVarint(frame, pos, hlcLogical);
  }
  frame[pos++] = TAG_WORLD_DELTA;
  pos = writeVarint(frame, pos, bodyLength);
  pos = body instanceof Uint8Array ? writeBytes(frame, pos, body) : body.writeTo(frame, pos);
  if (pos !== FRAME_HEADER_BYTES + payload) {
    throw new Error(`WorldDelta body wrote ${pos - FRAME_HEADER_BYTES - payload} bytes more than its length`);
  }
  sealFrame(frame);
  return frame;
}
