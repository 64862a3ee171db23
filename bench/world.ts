import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { type BotsResult, runBots } from './bots/runner.js';
import { cpuSplitS, loadAvg, machineBusyS } from './procStats.js';
import { ServerProcess } from './serverProcess.js';

export const worldUsage = `geoplay bench world [--players 10000] [--duration 60] [--scenario walk|catch] [--workers W]
                    [--ramp PER_S] [--area M] [--bots-nice 0..19] [--model-bots N]
                    [--server-cpus LIST --bots-cpus LIST] [--json]
Starts geoplay serve (creatures game) in its own process, runs N walking bots against it for the
duration, and prints one JSON line: the bots' figures (move_to_seen_ms, aoi_recall, overfetch,
bytes_in_per_client_per_s, actions, ...) plus the server's tick_ms from its
geoplay_world_tick_seconds histogram, server_cpu_pct and server_rss_mb. Without --json a short
summary also goes to stderr. --bots-nice lowers the bots' scheduling priority so that the server,
sharing the machine with them, gets the CPU first; --server-cpus / --bots-cpus pin them to
separate cores (taskset CPU lists, e.g. 1 and 0). --model-bots: how many walkers keep a world model
in their SDK client (default 2000, or all when fewer; the observers and timed movers are among
them); the others check each frame and read only their own entity from it, so the load generator
does not need more CPU than the server. docs/BENCHMARKS.md, "World", explains every figure.`;

/** One scrape of the Prometheus text format: value by series (name plus labels as written). */
type Scrape = Map<string, number>;

function parseMetrics(text: string): Scrape {
  const out: Scrape = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const sp = line.lastIndexOf(' ');
    const v = Number(line.slice(sp + 1));
    if (!Number.isNaN(v)) out.set(line.slice(0, sp), v);
  }
  return out;
}

function delta(a: Scrape, b: Scrape, series: string): number {
  return (b.get(series) ?? 0) - (a.get(series) ?? 0);
}

export interface HistogramQuantiles {
  /** Upper bound of the bucket holding the quantile, ms (null: above the largest bucket). */
  p50: number | null;
  p99: number | null;
  /** Linear interpolation inside that bucket (what Prometheus' histogram_quantile does), ms. */
  p50_interpolated: number | null;
  p99_interpolated: number | null;
  mean: number;
  count: number;
  /** Observations above the largest finite bucket. */
  over_last_bucket: number;
  /** The largest finite bucket bound, ms. */
  last_bucket: number;
}

/** Quantiles of a Prometheus histogram between two scrapes (the observations in between). */
export function histogramQuantiles(a: Scrape, b: Scrape, name: string): HistogramQuantiles {
  const bounds: number[] = [];
  for (const key of b.keys()) {
    const m = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\}$`).exec(key);
    if (m && m[1] !== '+Inf') bounds.push(Number(m[1]));
  }
  bounds.sort((x, y) => x - y);
  const cum = bounds.map((le) => delta(a, b, `${name}_bucket{le="${le}"}`));
  const count = delta(a, b, `${name}_count`);
  const sum = delta(a, b, `${name}_sum`);
  const ms = (s: number) => Math.round(s * 1e6) / 1e3;
  const q = (p: number): [number | null, number | null] => {
    if (count === 0) return [0, 0];
    const rank = p * count;
    for (let i = 0; i < bounds.length; i++) {
      if (cum[i]! >= rank) {
        const lo = i === 0 ? 0 : bounds[i - 1]!;
        const below = i === 0 ? 0 : cum[i - 1]!;
        const inBucket = cum[i]! - below;
        const f = inBucket > 0 ? (rank - below) / inBucket : 1;
        return [ms(bounds[i]!), ms(lo + (bounds[i]! - lo) * f)];
      }
    }
    return [null, null];
  };
  const [p50, p50i] = q(0.5);
  const [p99, p99i] = q(0.99);
  return {
    p50,
    p99,
    p50_interpolated: p50i,
    p99_interpolated: p99i,
    mean: count > 0 ? ms(sum / count) : 0,
    count,
    over_last_bucket: count - (cum[cum.length - 1] ?? 0),
    last_bucket: ms(bounds[bounds.length - 1] ?? 0),
  };
}

function counterBy(a: Scrape, b: Scrape, name: string, label: string): Record<string, number> {
  const out: Record<string, number> = {};
  const re = new RegExp(`^${name}\\{.*${label}="([^"]+)".*\\}$`);
  for (const key of b.keys()) {
    const m = re.exec(key);
    if (m) {
      const n = delta(a, b, key);
      if (n !== 0) out[m[1]!] = (out[m[1]!] ?? 0) + n;
    }
  }
  return out;
}

interface MemoryMb {
  rss: number;
  heap_used: number;
  heap_total: number;
  /** Memory of ArrayBuffers and Buffers (socket write queues, frames, replay rings). */
  array_buffers: number;
  external: number;
}

/**
 * The server's process.memoryUsage() through its inspector (SIGUSR1 opens it on the port given
 * in its command line), optionally after a full collection. Null when the inspector is not there.
 */
async function serverMemory(server: ServerProcess, collect: boolean): Promise<MemoryMb | null> {
  const arg = server.child.spawnargs.find((a) => a.startsWith('--inspect-port='));
  const port = arg ? Number(arg.slice(arg.lastIndexOf(':') + 1)) : Number.NaN;
  if (!Number.isInteger(port)) return null;
  server.child.kill('SIGUSR1');
  let target: string | undefined;
  for (let i = 0; i < 100 && !target; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
        webSocketDebuggerUrl: string;
      }[];
      target = list[0]?.webSocketDebuggerUrl;
    } catch {
      // not open yet
    }
  }
  if (!target) return null;
  const ws = new WebSocket(target);
  try {
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    let id = 0;
    const call = (method: string, params: object = {}) =>
      new Promise<unknown>((resolve, reject) => {
        const my = ++id;
        const onMessage = (data: WebSocket.RawData) => {
          const msg = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: unknown };
          if (msg.id !== my) return;
          ws.off('message', onMessage);
          if (msg.error) reject(new Error(JSON.stringify(msg.error)));
          else resolve(msg.result);
        };
        ws.on('message', onMessage);
        ws.send(JSON.stringify({ id: my, method, params }));
      });
    if (collect) await call('HeapProfiler.collectGarbage');
    const r = (await call('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    })) as { result?: { value?: string } };
    const m = JSON.parse(r.result?.value ?? '{}') as Record<string, number>;
    const mb = (b: number | undefined) => Math.round((b ?? 0) / 104_857.6) / 10;
    return {
      rss: mb(m.rss),
      heap_used: mb(m.heapUsed),
      heap_total: mb(m.heapTotal),
      array_buffers: mb(m.arrayBuffers),
      external: mb(m.external),
    };
  } finally {
    ws.close();
  }
}

/** Pins every thread of a process to a CPU list (Linux taskset). */
function pin(pid: number | undefined, cpuList: string): void {
  if (pid === undefined) throw new Error('no pid to pin');
  const r = spawnSync('taskset', ['-a', '-p', '-c', cpuList, String(pid)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`taskset -c ${cpuList} ${pid} failed: ${r.error?.message ?? r.stderr}`);
}

function int(name: string, v: string | undefined, min: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got "${v}"`);
  return n;
}

export async function main(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        players: { type: 'string', default: '10000' },
        duration: { type: 'string', default: '60' },
        scenario: { type: 'string', default: 'walk' },
        workers: { type: 'string' },
        ramp: { type: 'string', default: '1000' },
        area: { type: 'string', default: '5000' },
        'bots-nice': { type: 'string', default: '0' },
        'model-bots': { type: 'string', default: '2000' },
        'server-cpus': { type: 'string' },
        'bots-cpus': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    }).values;
  } catch (err) {
    process.stderr.write(`geoplay bench world: ${(err as Error).message}\n${worldUsage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${worldUsage}\n`);
    return 0;
  }
  const scenario = values.scenario as string;
  if (scenario !== 'walk' && scenario !== 'catch') {
    process.stderr.write(`geoplay bench world: --scenario must be walk or catch\n`);
    return 2;
  }
  const players = int('players', values.players as string, 1);
  const durationS = int('duration', values.duration as string, 1);
  const server = await ServerProcess.start({
    'max-connections-per-ip': 20_000,
    game: 'creatures',
  });
  try {
    // Optional CPU pinning: the server on some cores, this process and its bot workers (forked
    // below, they inherit the affinity) on others, so the two do not preempt each other.
    if (typeof values['server-cpus'] === 'string') pin(server.child.pid, values['server-cpus']);
    if (typeof values['bots-cpus'] === 'string') pin(process.pid, values['bots-cpus']);
    let holdStart: Scrape = new Map();
    let holdEnd: Scrape = new Map();
    // When the scrapes were answered: an overloaded server answers late, so rates derived from
    // the metrics use the time between the two answers, not the hold.
    let startScrapedAt = 0;
    let endScrapedAt = 0;
    let machineStart = { busy: 0, irq: 0, steal: 0 };
    let machineHold = { busy: 0, irq: 0, steal: 0 };
    let loadStart = 0;
    let loadEnd = 0;
    let cpuHoldStart = { user: 0, sys: 0 };
    let cpuHold = { user: 0, sys: 0 };
    let rssHoldKb = 0;
    let memory: { hold: MemoryMb | null; after_gc: MemoryMb | null } = { hold: null, after_gc: null };
    let holdStartedAt = 0;
    let holdS = 0;
    const result: BotsResult = await runBots({
      url: server.wsUrl,
      count: players,
      durationS,
      scenario,
      secret: server.secret,
      rampPerS: int('ramp', values.ramp as string, 1),
      areaM: Number(values.area),
      nice: int('bots-nice', values['bots-nice'] as string, 0),
      modelBots: int('model-bots', values['model-bots'] as string, 1),
      ...(values.workers ? { workers: int('workers', values.workers as string, 1) } : {}),
      beforeStop: async () => {
        const m = machineBusyS();
        machineHold = {
          busy: m.busy - machineStart.busy,
          irq: m.irq - machineStart.irq,
          steal: m.steal - machineStart.steal,
        };
        loadEnd = loadAvg();
        const now = cpuSplitS(server.child.pid);
        cpuHold = { user: now.user - cpuHoldStart.user, sys: now.sys - cpuHoldStart.sys };
        holdS = (Date.now() - holdStartedAt) / 1000;
        rssHoldKb = server.rssKb();
        holdEnd = parseMetrics(await server.metrics());
        endScrapedAt = Date.now();
        // Where the memory is, with every bot still connected: as it was, then after a full GC.
        try {
          memory = { hold: await serverMemory(server, false), after_gc: await serverMemory(server, true) };
        } catch (err) {
          process.stderr.write(`bench world: server memory not read: ${(err as Error).message}\n`);
        }
      },
      // The hold starts once the server has answered the first scrape: an overloaded server
      // answers late, and the tick histogram and the server's rates must cover the hold.
      beforeHold: async () => {
        try {
          holdStart = parseMetrics(await server.metrics());
          startScrapedAt = Date.now();
        } catch (err) {
          process.stderr.write(
            `bench world: metrics at the start of the hold not read: ${(err as Error).message}\n`,
          );
        }
        cpuHoldStart = cpuSplitS(server.child.pid);
        machineStart = machineBusyS();
        loadStart = loadAvg();
        holdStartedAt = Date.now();
      },
      progress: (line) => process.stderr.write(`bench world: ${line}\n`),
    });
    const start = holdStart;
    const end = holdEnd;
    const tick = histogramQuantiles(start, end, 'geoplay_world_tick_seconds');
    const fanout = histogramQuantiles(start, end, 'geoplay_world_fanout_seconds');
    const pct = (cpuS: number) => (holdS > 0 ? Math.round((cpuS / holdS) * 1000) / 10 : 0);
    const windowS = startScrapedAt > 0 ? Math.max(0, (endScrapedAt - startScrapedAt) / 1000) : 0;
    const perS = (n: number, digits = 0) =>
      windowS > 0 ? Math.round((n / windowS) * 10 ** digits) / 10 ** digits : 0;
    const out = {
      bench: 'world',
      players,
      ...result,
      tick_ms: { p50: tick.p50, p99: tick.p99 },
      tick: tick,
      // From the start of a tick to its last WorldDelta written (the socket writes run after the
      // tick, in slices between turns of the event loop).
      fanout_ms: { p50: fanout.p50, p99: fanout.p99 },
      fanout: fanout,
      // Share of the hold the server spent building and writing WorldDelta frames (1 = one core).
      server_send_share: perS(delta(start, end, 'geoplay_world_send_seconds_total'), 3),
      // Seconds between the two /metrics answers that tick_ms and the server_* rates cover.
      metrics_window_s: windowS,
      ticks_per_s: perS(tick.count, 2),
      server_cpu_pct: pct(cpuHold.user + cpuHold.sys),
      server_cpu_user_pct: pct(cpuHold.user),
      server_cpu_sys_pct: pct(cpuHold.sys),
      server_rss_mb: Math.round(rssHoldKb / 102.4) / 10,
      server_memory_mb: memory,
      // The machine during the hold: all cores busy (100 = one core), interrupts and softirqs
      // (mostly loopback TCP), steal (the host kept this virtual machine's CPUs waiting; counted in
      // busy), and what neither the server nor the bots used (other work on a shared machine). The
      // kernel charges an interrupt's time to the process it interrupted as well, so the
      // processes' CPU already holds most of irq_pct: it is not subtracted again.
      machine: {
        cores: cpus().length,
        busy_pct: pct(machineHold.busy),
        irq_pct: pct(machineHold.irq),
        steal_pct: pct(machineHold.steal),
        other_pct: Math.max(
          0,
          pct(machineHold.busy - machineHold.steal - cpuHold.user - cpuHold.sys) - result.bots_cpu_pct,
        ),
        load_avg_start: loadStart,
        load_avg_end: loadEnd,
      },
      // To profile the server: node --cpu-prof --cpu-prof-dir=DIR bin/geoplay bench world ...
      // (the server inherits the flags); its profile is the one named with this pid.
      server_pid: server.child.pid,
      server_sessions: end.get('geoplay_sessions') ?? 0,
      server_entities: end.get('geoplay_world_entities') ?? 0,
      server_watched_cells: end.get('geoplay_world_watched_cells') ?? 0,
      server_deltas_per_s: perS(delta(start, end, 'geoplay_world_deltas_total')),
      server_delta_bytes_per_s: perS(delta(start, end, 'geoplay_world_delta_bytes_total')),
      server_deltas_coalesced: delta(start, end, 'geoplay_deltas_coalesced_total'),
      // prom-client resets its event-loop histogram at every scrape: this is the hold.
      server_loop_lag_ms: {
        p50: Math.round((end.get('nodejs_eventloop_lag_p50_seconds') ?? 0) * 1e5) / 100,
        p99: Math.round((end.get('nodejs_eventloop_lag_p99_seconds') ?? 0) * 1e5) / 100,
        max: Math.round((end.get('nodejs_eventloop_lag_max_seconds') ?? 0) * 1e5) / 100,
      },
      gps_verdicts: counterBy(start, end, 'geoplay_gps_verdicts_total', 'verdict'),
      session_closes: counterBy(start, end, 'geoplay_session_closes_total', 'reason'),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    if (!values.json) {
      process.stderr.write(
        `bench world: ${result.connected}/${players} connected, ${result.disconnects} disconnects; ` +
          `tick p50 <= ${tick.p50} ms p99 <= ${tick.p99 ?? `>${tick.last_bucket}`} ms; ` +
          `fan-out p99 <= ${fanout.p99 ?? `>${fanout.last_bucket}`} ms; ` +
          `move_to_seen p99 ${result.move_to_seen_ms.p99} ms; aoi_recall ${result.aoi_recall}; ` +
          `server cpu ${out.server_cpu_pct}% rss ${out.server_rss_mb} MB; bots cpu ${result.bots_cpu_pct}%\n`,
      );
    }
    return 0;
  } finally {
    await server.stop();
  }
}
