import type { WebSocketLike } from '../../client/index.js';
import { decodeFrame, type Envelope, type EnvelopeInit, encodeFrame } from '../../src/protocol/frame.js';

/**
 * A socket for the SDK's tests, scripted from the test: it keeps what the client sends (decoded)
 * and hands the client the frames the test delivers, as a browser's socket does (onmessage).
 */
export class ScriptedSocket implements WebSocketLike {
  binaryType = 'arraybuffer';
  readyState = 1;
  bufferedAmount = 0;
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: { code: number; reason: string }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  readonly sent: Envelope[] = [];
  private seq = 0;
  send(data: Uint8Array): void {
    const env = decodeFrame(data, 1 << 20);
    if (env instanceof Error) throw env;
    this.sent.push(env);
  }
  close(): void {
    this.readyState = 3;
  }
  /** Delivers an envelope with exactly the seq given (0 = not numbered). */
  deliver(env: EnvelopeInit, flags = 0): void {
    this.deliverBytes(encodeFrame(env, flags));
  }
  /** Delivers an envelope numbered after the last one this socket numbered. */
  deliverNext(env: EnvelopeInit): void {
    this.deliver({ ...env, seq: ++this.seq });
  }
  deliverBytes(frame: Uint8Array): void {
    this.onmessage?.({ data: frame });
  }
  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.({ code, reason: '' });
  }
}
