import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { type ConfigInput, loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/ops/logger.js';
import { decodeFrame, type Envelope, type EnvelopeInit, encodeFrame } from '../../src/protocol/frame.js';
import { GeoplayServer, type ServerOptions } from '../../src/server.js';
import type { SessionHooks } from '../../src/session/manager.js';

export interface TestServer {
  server: GeoplayServer;
  dataDir: string;
  token(playerId: string): Promise<string>;
  stop(): Promise<void>;
}

/** A real server on a free port with a temporary data directory; stop() removes both. */
export async function startTestServer(
  overrides: Partial<ConfigInput> = {},
  hooks?: SessionHooks,
  extra: Partial<Pick<ServerOptions, 'game' | 'pois'>> = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'geoplay-test-'));
  const config = loadConfig({
    env: {},
    overrides: {
      host: '127.0.0.1',
      port: 0,
      data: dataDir,
      // Tests about durability ask for a store; the rest stay in memory (PGlite's initdb takes seconds).
      store: 'none',
      logLevel: (process.env.GEOPLAY_TEST_LOG ?? 'silent') as 'silent',
      devAuth: true,
      ...overrides,
    },
  });
  let server: GeoplayServer;
  try {
    server = await GeoplayServer.start({
      config,
      ...(process.env.GEOPLAY_TEST_LOG ? {} : { log: silentLogger() }),
      ...(hooks ? { hooks } : {}),
      ...extra,
    });
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  return {
    server,
    dataDir,
    token: (playerId) => server.auth.issue({ playerId }),
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A raw protocol client over a real `ws` socket, for byte-level tests. */
export class RawClient {
  readonly ws: WebSocket;
  readonly received: Envelope[] = [];
  closeCode: number | undefined;
  closeReason = '';
  private waiters: (() => void)[] = [];
  readonly opened: Promise<void>;
  readonly closed: Promise<number>;

  constructor(url: string, opts: WebSocket.ClientOptions = {}) {
    this.ws = new WebSocket(url, { perMessageDeflate: false, ...opts });
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      this.ws.once('error', reject);
    });
    this.opened.catch(() => {});
    this.closed = new Promise((resolve) => {
      this.ws.on('close', (code, reason) => {
        this.closeCode = code;
        this.closeReason = reason.toString();
        resolve(code);
        this.wake();
      });
    });
    this.ws.on('message', (data: Buffer) => {
      const env = decodeFrame(new Uint8Array(data), 16 * 1024 * 1024);
      if (env instanceof Error) throw env;
      this.received.push(env);
      if (env.body === 'ping') {
        this.send({
          pong: {
            id: env.ping!.id,
            originTimeMs: env.ping!.originTimeMs,
            receiveTimeMs: Date.now(),
            transmitTimeMs: Date.now(),
          },
        });
      }
      this.wake();
    });
  }

  static async connect(url: string, token: string): Promise<RawClient> {
    const c = new RawClient(`${url}?token=${token}`);
    await c.opened;
    return c;
  }

  send(env: EnvelopeInit): void {
    this.ws.send(encodeFrame(env));
  }

  sendRaw(bytes: Uint8Array | string): void {
    this.ws.send(bytes);
  }

  async hello(): Promise<Envelope> {
    this.send({ clientHello: { protocolVersion: 1, client: 'test' } });
    return this.next('serverHello');
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits for the next envelope with the given body (already received ones count once). */
  async next(body: string, timeoutMs = 5000): Promise<Envelope> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.received.findIndex((e) => e.body === body);
      if (i >= 0) return this.received.splice(i, 1)[0]!;
      if (this.closeCode !== undefined)
        throw new Error(`closed (${this.closeCode} ${this.closeReason}) before ${body}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${body}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.ws.terminate();
  }
}

export async function httpGet(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.text() };
}
