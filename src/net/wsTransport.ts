import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { SessionTransport } from '../session/session.js';

/** `ws`'s readyState of an open socket. */
const OPEN = 1;
/** `ws`'s Sender state when it is not deflating or reading a Blob: frames go out as they come. */
const SENDER_IDLE = 0;

/** What this module reads of `ws` 8's internals (test/net/wsTransport.test.ts pins them). */
interface WsInternals {
  _sender?: { _state: number } | null;
}

/**
 * The bytes of an unmasked, final, binary WebSocket frame (RFC 6455 5.2, server to client)
 * carrying `payload`: the header and the payload in one buffer, so the socket takes one `write`.
 */
export function wsBinaryFrame(payload: Uint8Array): Buffer {
  const n = payload.length;
  const header = n < 126 ? 2 : n < 65_536 ? 4 : 10;
  // From Node's pool for small frames: the buffer lives until its socket write completes.
  const out = Buffer.allocUnsafe(header + n);
  out[0] = 0x82;
  if (header === 2) {
    out[1] = n;
  } else if (header === 4) {
    out[1] = 126;
    out[2] = n >>> 8;
    out[3] = n & 0xff;
  } else {
    out[1] = 127;
    out.writeUInt32BE(Math.floor(n / 0x1_0000_0000), 2);
    out.writeUInt32BE(n >>> 0, 6);
  }
  out.set(payload, header);
  return out;
}

/**
 * Frames written to many sockets (a room update goes to every member of the room one after the
 * other), framed once. The last two frames are remembered (a room's update and the snapshot it
 * sends in the same flush): a miss only frames the bytes again. A WeakMap keyed by the frame was
 * 0.76% of the server's samples in a perf profile of the 1,000-client rooms benchmark (its set,
 * ephemeron table and write barrier, for 2,000 new frames a second: about 2 µs each), more than
 * framing costs (0.1-0.7 µs a frame: `direct` against `shared` in bench/rooms/wsWrite.ts). A
 * shared frame must not change after its first send
 * (SessionTransport.sendShared). One per gateway.
 */
export class SharedFrames {
  private frameA: Uint8Array | undefined;
  private wireA: Buffer | undefined;
  private frameB: Uint8Array | undefined;
  private wireB: Buffer | undefined;

  wireOf(frame: Uint8Array): Buffer {
    if (frame === this.frameB) return this.wireB!;
    let wire: Buffer;
    if (frame === this.frameA) wire = this.wireA!;
    else wire = wsBinaryFrame(frame);
    // B is the frame used last; A, the one before, makes way for a new one.
    this.frameA = this.frameB;
    this.wireA = this.wireB;
    this.frameB = frame;
    this.wireB = wire;
    return wire;
  }
}

/**
 * A session's WebSocket. Frames go to the TCP socket already framed, one `write` each, instead of
 * through `ws.send` (a header allocation, a cork and a two-buffer `writev` per frame, which cost the
 * writer 1.1-2.3 µs more CPU per frame on loopback than one write of the framed bytes;
 * docs/BENCHMARKS.md, "Rooms: the send path, ..."). That is
 * only valid while `ws` itself is not holding frames back (its Sender deflating or reading a Blob,
 * which this server never asks for): then, and once the socket is no longer open, `ws.send` takes
 * the frame. The check reads `ws` 8's private Sender state; `directWrites` says whether this `ws`
 * still has it (the gateway logs a warning once if not: every frame then goes through `ws.send`).
 */
export class WsTransport implements SessionTransport {
  constructor(
    readonly ws: WebSocket,
    /** The TCP socket under the WebSocket. */
    readonly socket: Duplex,
    private readonly shared: SharedFrames,
  ) {}

  send(frame: Uint8Array): void {
    if (this.direct()) this.socket.write(wsBinaryFrame(frame));
    else this.ws.send(frame);
  }

  sendShared(frame: Uint8Array): void {
    if (this.direct()) this.socket.write(this.shared.wireOf(frame));
    else this.ws.send(frame);
  }

  close(code?: number, reason?: string): void {
    this.ws.close(code, reason);
  }

  terminate(): void {
    this.ws.terminate();
  }

  /** Whether this `ws` exposes the Sender state the direct path needs (ws 8.x does). */
  get directWrites(): boolean {
    return typeof this.senderState() === 'number';
  }

  get bufferedAmount(): number {
    // Our direct writes wait in the socket's writable state, which ws counts here too.
    return this.ws.bufferedAmount;
  }

  private direct(): boolean {
    return this.ws.readyState === OPEN && this.senderState() === SENDER_IDLE;
  }

  private senderState(): number | undefined {
    return (this.ws as unknown as WsInternals)._sender?._state;
  }
}
