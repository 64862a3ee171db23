import { loadConfig } from '../../src/config.js';
import type { HybridLogicalClock } from '../../src/session/hlc.js';
import { Session, type SessionSink, type SessionTransport } from '../../src/session/session.js';

/** Tokyo Tower: the demo world's default centre. */
export const CENTRE = { lat: 35.6586, lng: 139.7454 };

const config = loadConfig({ env: {}, overrides: { data: '/nonexistent' } });
const sink: SessionSink = { close() {}, framesOut() {}, coalesced() {} };

/** A transport that keeps the frames a session writes (copies), like a socket that never backs up. */
export class CaptureTransport implements SessionTransport {
  frames: Uint8Array[] = [];
  bufferedAmount = 0;
  send(data: Uint8Array): void {
    this.frames.push(Uint8Array.from(data));
  }
  close(): void {}
  terminate(): void {}
}

/** A real Session (default limits) over a CaptureTransport, for world tests without sockets. */
export function captureSession(
  id: string,
  hlc: HybridLogicalClock,
  nowMs: number,
  burst = { messages: 10, locations: 10 },
): { session: Session; transport: CaptureTransport } {
  const transport = new CaptureTransport();
  const session = new Session(id, id, id, 0, '127.0.0.1', transport, nowMs, burst, hlc, config, sink);
  return { session, transport };
}
