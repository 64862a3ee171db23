import protobuf from 'protobufjs/minimal.js';
import { type ErrorCode, ErrorCodes } from '../protocol/errors.js';
import { Envelope, type EnvelopeInit, sealFrame } from '../protocol/frame.js';
import type { HybridLogicalClock } from './hlc.js';

/** What a session needs of its socket; a `ws` WebSocket fits as it is. */
export interface SessionTransport {
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  terminate(): void;
  readonly bufferedAmount: number;
}

/** Session states as small integers (hot checks on every frame). */
export const SessionState = { AWAITING_HELLO: 0, OPEN: 1, CLOSED: 2 } as const;
export type SessionState = (typeof SessionState)[keyof typeof SessionState];

/** Outcome of offering a coalescable frame (a world delta) to a session. */
export const DeltaOutcome = { SENT: 0, COALESCED: 1, CLOSED: 2 } as const;
export type DeltaOutcome = (typeof DeltaOutcome)[keyof typeof DeltaOutcome];

export interface SessionLimits {
  coalesceBytes: number;
  slowConsumerBytes: number;
  slowConsumerMs: number;
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
  /** Highest in-order client seq seen. */
  inSeq = 0;
  resumeToken = '';
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
  /** Opaque per-session state for the layers above (world, rooms). */
  ext: unknown = undefined;

  constructor(
    readonly id: string,
    readonly playerId: string,
    readonly name: string,
    readonly team: number,
    readonly ip: string,
    readonly transport: SessionTransport,
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

  get open(): boolean {
    return this.state !== SessionState.CLOSED;
  }

  /** Sends an envelope; `numbered` frames get the next outbox seq (replayable on resume). */
  send(envelope: EnvelopeInit, numbered: boolean): void {
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
    this.write(frame);
  }

  /**
   * Sends a numbered WorldDelta whose body is already encoded (the concatenated cell chunks), or
   * holds it back when the socket backlog is over the coalesce threshold. A session over the
   * threshold for longer than slowConsumerMs, or over the hard limit, is closed with 1013.
   */
  sendDelta(worldDeltaBody: Uint8Array, nowMs: number): DeltaOutcome {
    if (this.state === SessionState.CLOSED) return DeltaOutcome.CLOSED;
    const backlog = this.transport.bufferedAmount;
    if (backlog > this.limits.coalesceBytes) {
      if (this.coalescingSince === 0) this.coalescingSince = nowMs;
      else if (nowMs - this.coalescingSince > this.limits.slowConsumerMs) {
        this.sink.close(
          this,
          'SLOW_CONSUMER',
          `backlog ${backlog} bytes for ${nowMs - this.coalescingSince} ms`,
        );
        return DeltaOutcome.CLOSED;
      }
      this.needsSnapshot = true;
      this.sink.coalesced();
      return DeltaOutcome.COALESCED;
    }
    this.coalescingSince = 0;
    this.hlc.tick();
    const w = protobuf.Writer.create();
    w.fixed32(0).fixed32(0);
    w.uint32(8).uint32(++this.outSeq);
    if (this.inSeq) w.uint32(16).uint32(this.inSeq);
    w.uint32(25).double(this.hlc.ms);
    if (this.hlc.logical) w.uint32(32).uint32(this.hlc.logical);
    // field 15 (world_delta), wire type 2: the pre-encoded WorldDelta bytes.
    w.uint32(122).bytes(worldDeltaBody);
    w.fixed32(0);
    const frame = w.finish();
    sealFrame(frame);
    this.write(frame);
    return this.open ? DeltaOutcome.SENT : DeltaOutcome.CLOSED;
  }

  /** Sends a typed Error frame; for fatal codes the manager closes the socket after it. */
  sendError(code: ErrorCode, message?: string): void {
    this.send(
      { error: { code, message: message ?? ErrorCodes[code].message, closeCode: ErrorCodes[code].close } },
      false,
    );
  }

  private write(frame: Uint8Array): void {
    this.transport.send(frame);
    this.sink.framesOut(frame.length);
    if (!this.closing && this.transport.bufferedAmount > this.limits.slowConsumerBytes) {
      this.sink.close(this, 'SLOW_CONSUMER', `backlog ${this.transport.bufferedAmount} bytes`);
    }
  }
}
