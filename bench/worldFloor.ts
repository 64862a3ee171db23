import { type ChildProcess, fork } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { awaitExits } from './children.js';
import { cpuS, cpuSplitS, loadAvg, machineBusyS } from './procStats.js';
import { peersDir, startListening } from './rooms/peerServer.js';

export const worldFloorUsage = `geoplay bench world-floor [--players 10000] [--duration 30] [--delta-bytes 1000]
                          [--report-bytes 60] [--tick-hz 5] [--workers W] [--ramp PER_S] [--json]
The floor of the world scenario on this machine: a bare ws server (bench/peers/bare-world) that
writes every client one frame of --delta-bytes per tick and drops their reports, and clients that
only read frames and send a report a second. No game, no interest, no encoding, no checks: what
any server and load generator must pay for N walkers' sockets. Prints one JSON line: deltas
delivered per second against the N x tick-hz due, delivery delay from the tick's start, the CPU of
the server and of the clients, and how busy the machine was. docs/BENCHMARKS.md, "World: the
floor of this machine", explains it.`;

interface Held {
  type: 'held';
  connected: number;
  disconnects: number;
  frames: number;
  bytes: number;
  reports: number;
  gaps: number;
  delays: number[];
}

interface Settings {
  players: number;
  durationS: number;
  deltaBytes: number;
  reportBytes: number;
  tickHz: number;
  workers: number;
  rampPerS: number;
}

const round = (v: number, d = 1): number => Math.round(v * 10 ** d) / 10 ** d;

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

function positive(name: string, v: string | undefined): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be an integer >= 1, got "${v}"`);
  return n;
}

/** Ends a worker's hold and resolves with its figures; rejects when it died or did not answer. */
function endHold(c: ChildProcess): Promise<Held> {
  return new Promise<Held>((resolve, reject) => {
    const done = (err?: Error, held?: Held) => {
      clearTimeout(timer);
      c.off('message', on);
      c.off('exit', onExit);
      if (err) reject(err);
      else resolve(held!);
    };
    const on = (m: { type: string }) => {
      if (m.type === 'held') done(undefined, m as Held);
    };
    const onExit = (code: number | null) =>
      done(new Error(`a client worker exited (${code}) before its figures`));
    const timer = setTimeout(
      () => done(new Error('a client worker did not send its figures in 30 s')),
      30_000,
    );
    c.on('message', on);
    c.once('exit', onExit);
    if (!c.connected) done(new Error('a client worker is gone'));
    else c.send({ type: 'endHold' });
  });
}

export async function runWorldFloor(s: Settings): Promise<Record<string, unknown>> {
  const server = await startListening('bare-world', [
    join(peersDir(), 'bare-world', 'server.mjs'),
    '--port',
    '0',
    '--tick-hz',
    String(s.tickHz),
    '--delta-bytes',
    String(s.deltaBytes),
  ]);
  const children: ChildProcess[] = [];
  const exited: Promise<void>[] = [];
  try {
    const progress = new Map<ChildProcess, { connected: number; failed: number }>();
    const localAddresses = Array.from({ length: 8 }, (_, i) => `127.0.0.${i + 1}`);
    const per = Math.ceil(s.players / s.workers);
    for (let w = 0; w < s.workers; w++) {
      const from = w * per;
      const to = Math.min(s.players, from + per);
      const child = fork(join(peersDir(), 'bare-world', 'client.mjs'), [], { execArgv: [] });
      children.push(child);
      exited.push(new Promise((resolve) => child.once('exit', () => resolve())));
      progress.set(child, { connected: 0, failed: 0 });
      child.on('message', (m: { type: string; connected?: number; failed?: number }) => {
        if (m.type === 'progress') progress.set(child, { connected: m.connected!, failed: m.failed! });
      });
      child.send({
        type: 'start',
        url: server.url,
        from,
        to,
        localAddresses,
        reportBytes: s.reportBytes,
        rampPerS: s.rampPerS / s.workers,
        maxPending: 200,
      });
    }
    // The ramp: until every client is connected or has failed, or the deadline passed.
    const rampStart = performance.now();
    const deadline = rampStart + ((s.players / s.rampPerS) * 3 + 30) * 1000;
    let connected = 0;
    let failed = 0;
    while (performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      connected = failed = 0;
      for (const p of progress.values()) {
        connected += p.connected;
        failed += p.failed;
      }
      if (connected + failed >= s.players) break;
    }
    const rampS = (performance.now() - rampStart) / 1000;
    await new Promise((r) => setTimeout(r, 2000));

    const pids = children.map((c) => c.pid!);
    const serverCpu0 = cpuSplitS(server.pid);
    const botsCpu0 = pids.reduce((a, p) => a + cpuS(p), 0);
    const machine0 = machineBusyS();
    const load0 = loadAvg();
    const t0 = performance.now();
    for (const c of children) c.send({ type: 'hold' });
    await new Promise((r) => setTimeout(r, s.durationS * 1000));
    // CPU and the hold's length read together, before the workers are asked for their figures.
    const elapsed = (performance.now() - t0) / 1000;
    const serverCpu1 = cpuSplitS(server.pid);
    const botsCpu1 = pids.reduce((a, p) => a + cpuS(p), 0);
    const machine1 = machineBusyS();
    const helds = await Promise.all(children.map((c) => endHold(c)));
    // Not less the interrupts: the kernel charges their time to the interrupted process as well.
    const others =
      machine1.busy -
      machine0.busy -
      (serverCpu1.user + serverCpu1.sys - serverCpu0.user - serverCpu0.sys) -
      (botsCpu1 - botsCpu0);

    let frames = 0;
    let bytes = 0;
    let reports = 0;
    let gaps = 0;
    let held = 0;
    let disconnects = 0;
    for (const h of helds) {
      frames += h.frames;
      bytes += h.bytes;
      reports += h.reports;
      gaps += h.gaps;
      held += h.connected;
      disconnects += h.disconnects;
    }
    const delays = Float64Array.from(helds.flatMap((h) => h.delays));
    delays.sort();
    const pct = (a: number, b: number) => round((100 * (b - a)) / elapsed);
    return {
      bench: 'world-floor',
      players: s.players,
      connected,
      connect_failures: failed,
      connected_at_end: held,
      disconnects,
      ramp_s: round(rampS, 3),
      duration_s: s.durationS,
      workers: s.workers,
      tick_hz: s.tickHz,
      delta_bytes: s.deltaBytes,
      report_bytes: s.reportBytes,
      deltas_per_s: round(frames / elapsed),
      deltas_due_per_s: round(connected * s.tickHz),
      delta_gaps: gaps,
      bytes_in_per_client_per_s: round(bytes / elapsed / Math.max(1, connected), 0),
      reports_per_s: round(reports / elapsed),
      delivery_ms: {
        p50: round(quantile(delays, 0.5), 2),
        p90: round(quantile(delays, 0.9), 2),
        p99: round(quantile(delays, 0.99), 2),
        max: round(quantile(delays, 1), 2),
      },
      delivery_samples: delays.length,
      server_cpu_pct: pct(serverCpu0.user + serverCpu0.sys, serverCpu1.user + serverCpu1.sys),
      server_cpu_user_pct: pct(serverCpu0.user, serverCpu1.user),
      server_cpu_sys_pct: pct(serverCpu0.sys, serverCpu1.sys),
      bots_cpu_pct: pct(botsCpu0, botsCpu1),
      server_pid: server.pid,
      machine: {
        cores: cpus().length,
        busy_pct: pct(machine0.busy, machine1.busy),
        irq_pct: pct(machine0.irq, machine1.irq),
        other_pct: round(Math.max(0, (100 * others) / elapsed)),
        load_avg_start: load0,
        load_avg_end: loadAvg(),
      },
    };
  } finally {
    for (const c of children) if (c.connected) c.send({ type: 'stop' });
    await awaitExits(children, exited, 10_000);
    await server.stop();
  }
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      players: { type: 'string', default: '10000' },
      duration: { type: 'string', default: '30' },
      'delta-bytes': { type: 'string', default: '1000' },
      'report-bytes': { type: 'string', default: '60' },
      'tick-hz': { type: 'string', default: '5' },
      workers: { type: 'string' },
      ramp: { type: 'string', default: '500' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${worldFloorUsage}\n`);
    return 0;
  }
  let settings: Settings;
  try {
    const players = positive('players', values.players);
    settings = {
      players,
      durationS: positive('duration', values.duration),
      deltaBytes: positive('delta-bytes', values['delta-bytes']),
      reportBytes: positive('report-bytes', values['report-bytes']),
      tickHz: positive('tick-hz', values['tick-hz']),
      workers: values.workers ? positive('workers', values.workers) : Math.max(2, Math.ceil(players / 5000)),
      rampPerS: positive('ramp', values.ramp),
    };
    if (settings.deltaBytes < 12 || settings.deltaBytes > 65535)
      throw new Error('--delta-bytes must be 12..65535');
    // The bare server takes messages of up to 4096 bytes (bench/peers/bare-world/server.mjs).
    if (settings.reportBytes > 4096) throw new Error('--report-bytes must be 1..4096');
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${worldFloorUsage}\n`);
    return 2;
  }
  const result = await runWorldFloor(settings);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}
