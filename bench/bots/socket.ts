import WebSocket from 'ws';
import type { WebSocketLike } from '../../client/index.js';

/**
 * A `ws` socket as the SDK's WebSocketLike, through the Node event API: no MessageEvent per
 * message and no copy into an ArrayBuffer (the SDK takes a Uint8Array as well). `lighten`, when
 * given, replaces each received frame before the SDK sees it (see lightDelta.ts).
 */
export class BotSocket implements WebSocketLike {
  binaryType = 'arraybuffer';
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: { code: number; reason: string }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  private readonly ws: WebSocket;

  constructor(url: string, localAddress: string, lighten?: (frame: Uint8Array) => Uint8Array) {
    const ws = new WebSocket(url, { perMessageDeflate: false, localAddress });
    ws.binaryType = 'nodebuffer';
    this.ws = ws;
    ws.on('open', () => this.onopen?.({}));
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) return;
      this.onmessage?.({ data: lighten ? lighten(data) : data });
    });
    ws.on('close', (code: number, reason: Buffer) => this.onclose?.({ code, reason: reason.toString() }));
    // Always listened to: GeoplayClient.close() on a socket still connecting clears onerror and
    // then closes, which makes `ws` emit 'error'; without a listener that would crash the worker.
    ws.on('error', (err: Error) => this.onerror?.(err));
  }

  get readyState(): number {
    return this.ws.readyState;
  }

  get bufferedAmount(): number {
    return this.ws.bufferedAmount;
  }

  send(data: Uint8Array): void {
    this.ws.send(data);
  }

  close(code?: number, reason?: string): void {
    this.ws.close(code, reason);
  }
}
