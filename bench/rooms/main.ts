import { parseArgs } from 'node:util';
import { type RoomsResult, runRooms } from './runner.js';
import { findTarget, TARGETS } from './targets/index.js';

export const roomsUsage = `geoplay bench rooms [--clients 1000] [--room-size 10] [--input-hz 20] [--duration 30]
                    [--target geoplay|geoplay-light|colyseus|bare-ws|all] [--workers W] [--ramp PER_S]
                    [--warmup S] [--bots-nice 0..19] [--json]
Starts the target's server in its own process, joins N clients in rooms of R from worker
processes, each client sending an input at H Hz, and prints one JSON line per target: updates_per_s,
inputs_per_s, latency_ms (input sent -> own effect seen in a room update), server_cpu_pct,
server_rss_mb, errors, disconnects, ... --target all runs every available target one after the
other at the same settings. --bots-nice lowers the client workers' scheduling priority so the
server, sharing the machine with them, gets the CPU first. The colyseus target needs
\`npm ci --prefix bench/peers/colyseus\`. Without --json a short summary also goes to stderr. docs/BENCHMARKS.md, "Rooms", explains it.`;

function positiveInt(name: string, v: string | undefined): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be an integer >= 1, got "${v}"`);
  return n;
}

function summary(r: RoomsResult): string {
  const l = r.latency_ms;
  return (
    `bench rooms ${r.target}: ${r.joined}/${r.clients} joined in ${r.rooms} rooms; ` +
    `${r.updates_per_s} updates/s, ${r.inputs_per_s} inputs/s; latency p50 ${l.p50} p90 ${l.p90} ` +
    `p99 ${l.p99} max ${l.max} ms; server cpu ${r.server_cpu_pct}% rss ${r.server_rss_mb} MB; ` +
    `${r.errors} errors, ${r.disconnects} disconnects; bots cpu ${r.bots_cpu_pct}%\n`
  );
}

/** Steal (percent of one CPU) above which a run's figures are flagged as not comparable. */
const STEAL_WARN_PCT = 5;

export async function main(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>;
  const parse = (args: string[]) =>
    parseArgs({
      args,
      options: {
        clients: { type: 'string', default: '1000' },
        'room-size': { type: 'string', default: '10' },
        'input-hz': { type: 'string', default: '20' },
        duration: { type: 'string', default: '30' },
        target: { type: 'string', default: 'geoplay' },
        workers: { type: 'string' },
        ramp: { type: 'string', default: '500' },
        warmup: { type: 'string', default: '2' },
        'bots-nice': { type: 'string', default: '0' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    }).values;
  let settings: {
    clients: number;
    roomSize: number;
    inputHz: number;
    durationS: number;
    rampPerS: number;
    warmupS: number;
    nice: number;
    workers?: number;
  };
  try {
    values = parse(argv);
    settings = {
      clients: positiveInt('clients', values.clients),
      roomSize: positiveInt('room-size', values['room-size']),
      inputHz: positiveInt('input-hz', values['input-hz']),
      durationS: positiveInt('duration', values.duration),
      rampPerS: positiveInt('ramp', values.ramp),
      warmupS: Number(values.warmup),
      nice: Number(values['bots-nice']),
      ...(values.workers ? { workers: positiveInt('workers', values.workers) } : {}),
    };
    if (settings.roomSize > 255) throw new Error('--room-size must be at most 255');
    if (!(settings.warmupS >= 0)) throw new Error('--warmup must be a number >= 0');
    if (!Number.isInteger(settings.nice) || settings.nice < 0 || settings.nice > 19)
      throw new Error('--bots-nice must be an integer 0..19');
  } catch (err) {
    process.stderr.write(`geoplay bench rooms: ${(err as Error).message}\n${roomsUsage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${roomsUsage}\n`);
    return 0;
  }
  const name = values.target ?? 'geoplay';
  let targets = TARGETS;
  if (name !== 'all') {
    const t = findTarget(name);
    if (!t) {
      const names = TARGETS.map((x) => x.name).join(', ');
      process.stderr.write(`geoplay bench rooms: unknown target "${name}" (${names} or all)\n`);
      return 2;
    }
    const why = t.unavailable();
    if (why) {
      process.stderr.write(`geoplay bench rooms: target ${name}: ${why}\n`);
      return 1;
    }
    targets = [t];
  }
  let ran = 0;
  for (const target of targets) {
    const why = target.unavailable();
    if (why) {
      process.stderr.write(`geoplay bench rooms: skipping ${target.name}: ${why}\n`);
      continue;
    }
    // Let the previous target's sockets close before the next one starts.
    if (ran > 0) await new Promise((r) => setTimeout(r, 3000));
    const result = await runRooms({
      target,
      ...settings,
      progress: (line) => process.stderr.write(`bench rooms ${target.name}: ${line}\n`),
    });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (!values.json) process.stderr.write(summary(result));
    if (result.machine.steal_pct > STEAL_WARN_PCT) {
      process.stderr.write(
        `bench rooms ${target.name}: the host kept this machine's CPUs waiting ${result.machine.steal_pct}% ` +
          'of the run (machine.steal_pct): every figure of it is slowed by another guest; run it again\n',
      );
    }
    ran++;
  }
  return ran > 0 ? 0 : 1;
}
