import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The gateway's and sessions' metrics, in one registry per server instance (no globals). */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly sessions = new Gauge({
    name: 'geoplay_sessions',
    help: 'Sessions with a WebSocket (waiting for their hello or open)',
    registers: [this.registry],
  });
  readonly connectionsTotal = new Counter({
    name: 'geoplay_connections_total',
    help: 'WebSocket connections accepted',
    registers: [this.registry],
  });
  readonly upgradesRejected = new Counter({
    name: 'geoplay_upgrades_rejected_total',
    help: 'WebSocket upgrades refused before the handshake, by reason',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  /**
   * The counts of the per-frame path (tens of thousands a second at a few thousand players) as
   * plain numbers, folded into their counters when the registry is collected (a scrape, or a
   * metric's `get()`): a prom-client `inc` per frame costs a label hash and a map update, on the
   * path every input and every write takes. Between collections the counters lag by what is here.
   */
  readonly hot = { bytesIn: 0, bytesOut: 0, framesOut: 0, framesIn: new Map<string, { n: number }>() };
  readonly framesIn = new Counter({
    name: 'geoplay_frames_in_total',
    help: 'Frames received, by envelope body',
    labelNames: ['body'] as const,
    registers: [this.registry],
    collect: () => {
      for (const [body, cell] of this.hot.framesIn) {
        if (cell.n === 0) continue;
        this.framesIn.inc({ body }, cell.n);
        cell.n = 0;
      }
    },
  });
  readonly framesOut = this.folded('geoplay_frames_out_total', 'Frames sent', 'framesOut');
  readonly bytesIn = this.folded('geoplay_bytes_in_total', 'Frame bytes received', 'bytesIn');
  readonly bytesOut = this.folded('geoplay_bytes_out_total', 'Frame bytes sent', 'bytesOut');
  readonly frameErrors = new Counter({
    name: 'geoplay_frame_errors_total',
    help: 'Malformed frames, by error code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'geoplay_rate_limited_total',
    help: 'Frames dropped by a rate limit, by limit',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });
  readonly closes = new Counter({
    name: 'geoplay_session_closes_total',
    help: 'Session connections closed, by reason code (the session may be kept for a resume)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly sessionsDetached = new Gauge({
    name: 'geoplay_sessions_detached',
    help: 'Sessions without a socket, kept for a resume (grace period)',
    registers: [this.registry],
  });
  readonly resumes = new Counter({
    name: 'geoplay_session_resumes_total',
    help: 'ClientHellos with a resume token, by result (replayed, snapshot, rejected)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly sessionsEnded = new Counter({
    name: 'geoplay_sessions_ended_total',
    help: 'Sessions ended for good, by reason (GRACE_EXPIRED: dropped and not resumed in time)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly coalesced = new Counter({
    name: 'geoplay_deltas_coalesced_total',
    help: 'World deltas held back because the socket backlog was over coalesceBytes',
    registers: [this.registry],
  });
  readonly heartbeatRtt = new Histogram({
    name: 'geoplay_heartbeat_rtt_seconds',
    help: 'Server Ping to Pong round trip',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly ready = new Gauge({
    name: 'geoplay_ready',
    help: '1 while accepting sessions',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
  }

  /** Counts a received frame by its envelope body: one map lookup (the cells stay between collections). */
  frameIn(body: string): void {
    const cells = this.hot.framesIn;
    const cell = cells.get(body);
    if (cell === undefined) cells.set(body, { n: 1 });
    else cell.n++;
  }

  /** A counter of one of the `hot` numbers, which each collection adds in and zeroes. */
  private folded(name: string, help: string, key: 'bytesIn' | 'bytesOut' | 'framesOut'): Counter {
    const hot = this.hot;
    return new Counter({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.inc(hot[key]);
        hot[key] = 0;
      },
    });
  }
}
