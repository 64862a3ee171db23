import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';

/**
 * A TCP proxy that cuts connections, for resume tests and the resume benchmark. Every accepted
 * connection is piped to the target; a cut destroys both sides at once, so the client sees a
 * connection drop (WebSocket close 1006) and so does the server.
 */
export interface CutProxyOptions {
  /** Port of the target on 127.0.0.1. */
  targetPort: number;
  /**
   * For each new connection (numbered from 0): how many bytes from the server to forward before
   * cutting it, in the middle of a frame if that is where the count ends. Default: never cut.
   */
  cutAfterBytes?: (connection: number) => number;
}

interface Pair {
  client: Socket;
  server: Socket;
  /** Server-to-client bytes still to forward before the cut. */
  budget: number;
}

export class CutProxy {
  /** Connections accepted, and connections cut. */
  accepted = 0;
  cuts = 0;
  /** While false, new connections are never cut (and live ones are no longer cut by bytes). */
  cutting = true;
  /** While true, new connections are reset at once, as by a network that is down. */
  down = false;
  /**
   * While true, bytes from the server are swallowed instead of forwarded: frames sent meanwhile
   * are lost, as on a connection that died without either side noticing yet. Cut the connections
   * before setting it back, or the clients will read the rest of a frame as garbage.
   */
  blackhole = false;
  private readonly pairs = new Set<Pair>();

  private constructor(
    private readonly server: Server,
    private readonly opts: CutProxyOptions,
  ) {}

  static async start(opts: CutProxyOptions): Promise<CutProxy> {
    const server = createServer();
    const proxy = new CutProxy(server, opts);
    server.on('connection', (client) => proxy.accept(client));
    // A deep accept queue: a thousand clients reconnecting at once must not lose SYNs (1 s retry).
    await new Promise<void>((resolve) =>
      server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, resolve),
    );
    return proxy;
  }

  get port(): number {
    const a = this.server.address();
    return typeof a === 'object' && a ? a.port : 0;
  }

  get live(): number {
    return this.pairs.size;
  }

  /** Cuts every live connection; returns how many. */
  cutAll(): number {
    let n = 0;
    for (const p of [...this.pairs]) {
      this.cut(p);
      n++;
    }
    return n;
  }

  async close(): Promise<void> {
    this.cutting = false;
    for (const p of [...this.pairs]) this.drop(p);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    if (this.down) {
      client.on('error', () => {});
      client.resetAndDestroy();
      return;
    }
    const n = this.accepted++;
    client.setNoDelay(true);
    const server = tcpConnect(this.opts.targetPort, '127.0.0.1');
    server.setNoDelay(true);
    const pair: Pair = {
      client,
      server,
      budget: this.cutting && this.opts.cutAfterBytes ? this.opts.cutAfterBytes(n) : Number.POSITIVE_INFINITY,
    };
    this.pairs.add(pair);
    client.on('data', (d: Buffer) => server.write(d));
    server.on('data', (d: Buffer) => {
      if (this.blackhole) return;
      if (!this.cutting || d.length < pair.budget) {
        pair.budget -= d.length;
        client.write(d);
        return;
      }
      if (pair.budget > 0) client.write(d.subarray(0, pair.budget));
      this.cut(pair);
    });
    const end = () => this.drop(pair);
    client.on('close', end);
    server.on('close', end);
    client.on('error', end);
    server.on('error', end);
  }

  private cut(p: Pair): void {
    if (!this.pairs.has(p)) return;
    this.cuts++;
    this.drop(p);
  }

  private drop(p: Pair): void {
    if (!this.pairs.delete(p)) return;
    // resetAndDestroy: an RST, like a network that lost the connection, not an orderly FIN.
    p.client.resetAndDestroy();
    p.server.resetAndDestroy();
  }
}
