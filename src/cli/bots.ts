import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SCENARIOS, type Scenario } from '../../bench/bots/protocol.js';
import { type BotsResult, runBots } from '../../bench/bots/runner.js';

export const botsUsage = `geoplay bots [--url ws://127.0.0.1:8080/ws] [--count N] [--duration S] [--scenario idle|walk|catch|raid]
             [--workers W] [--addresses K] [--ramp PER_S] [--secret S | --data DIR] [--room-size N] [--input-hz HZ]
             [--area M] [--lat LAT --lng LNG] [--sample-ms MS] [--seed N] [--nice 0..19] [--json]
Runs N SDK clients over W worker processes and source addresses 127.0.0.1..127.0.0.K.
Scenarios: idle (connect and hold), walk (1 Hz GPS reports of a 1-2 m/s walk with 5-15 m noise
in an M x M square around LAT,LNG; default 5000 m around 35.6586,139.7454), catch (walk, ask
\`nearby\` about every 10 s, walk to the nearest spawn and catch it), raid (groups of --room-size,
default 10, stand at a gym of the server's demo world and raid it as a party, each bot attacking
at --input-hz, default 5, while the raid runs; then the next raid).
Tokens: signed with --secret (or GEOPLAY_JWT_SECRET, or the dev secret in --data), else from the
server's dev token endpoint. With --json the last line is one JSON object (fields:
docs/BENCHMARKS.md, "World").`;

function num(name: string, v: string | undefined, def: number): number {
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got "${v}"`);
  return n;
}

/** The human summary line (without --json). */
export function summaryLine(r: BotsResult): string {
  const parts = [
    `${r.connected}/${r.count} connected, ${r.disconnects} disconnects, ${r.errors} errors`,
    r.rtt_samples > 0
      ? `rtt p50 ${r.rtt_ms.p50} ms p99 ${r.rtt_ms.p99} ms`
      : 'rtt n/a (no Ping during the hold)',
  ];
  if (r.scenario === 'raid') {
    parts.push(
      `raids: ${r.raids_joined} seats, ${r.raids_defeated} defeated, ${r.raids_escaped} escaped, ${r.raids_abandoned} abandoned`,
      `${r.room_inputs_per_s} attacks/s, ${r.room_updates_per_s} room updates/s`,
      `input_to_effect p50 ${r.input_to_effect_ms.p50} ms p99 ${r.input_to_effect_ms.p99} ms (${r.input_to_effect_samples} samples)`,
    );
    const codes = Object.entries(r.room_errors);
    if (codes.length > 0) parts.push(`room errors: ${codes.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  } else if (r.scenario !== 'idle') {
    parts.push(
      `move_to_seen p50 ${r.move_to_seen_ms.p50} ms p99 ${r.move_to_seen_ms.p99} ms (${r.move_to_seen_samples} samples)`,
      `aoi_recall ${r.aoi_recall ?? 'n/a'} (${r.aoi_pairs} pairs), overfetch ${r.overfetch ?? 'n/a'}`,
    );
  }
  parts.push(`${r.bytes_in_per_client_per_s} B/s in per client`);
  if (Object.keys(r.actions).length > 0) {
    const codes = Object.entries(r.actions)
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    parts.push(`actions: ${codes}; caught ${r.caught}`);
  }
  return `${parts.join('; ')} over ${r.duration_s} s`;
}

function int(name: string, v: string | undefined, def: number, min: number): number {
  if (v === undefined) return def;
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
        url: { type: 'string' },
        count: { type: 'string' },
        duration: { type: 'string' },
        scenario: { type: 'string' },
        workers: { type: 'string' },
        addresses: { type: 'string' },
        ramp: { type: 'string' },
        secret: { type: 'string' },
        data: { type: 'string' },
        seed: { type: 'string' },
        area: { type: 'string' },
        lat: { type: 'string' },
        lng: { type: 'string' },
        'sample-ms': { type: 'string' },
        nice: { type: 'string' },
        'room-size': { type: 'string' },
        'input-hz': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    }).values;
  } catch (err) {
    process.stderr.write(`geoplay bots: ${(err as Error).message}\n${botsUsage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${botsUsage}\n`);
    return 0;
  }
  try {
    const scenario = ((values.scenario as string | undefined) ?? 'idle') as Scenario;
    if (!SCENARIOS.includes(scenario))
      throw new Error(`--scenario must be one of ${SCENARIOS.join(', ')}, got "${scenario}"`);
    const inputHz = num('input-hz', values['input-hz'] as string | undefined, 5);
    if (!(inputHz > 0 && inputHz <= 50)) throw new Error(`--input-hz must be in (0, 50], got ${inputHz}`);
    let secret = (values.secret as string | undefined) ?? process.env.GEOPLAY_JWT_SECRET;
    if (!secret && typeof values.data === 'string') {
      secret = readFileSync(join(values.data, 'dev-jwt-secret'), 'utf8').trim();
    }
    const opts = {
      url: (values.url as string | undefined) ?? 'ws://127.0.0.1:8080/ws',
      count: int('count', values.count as string | undefined, 100, 1),
      durationS: int('duration', values.duration as string | undefined, 10, 0),
      scenario,
      addresses: int('addresses', values.addresses as string | undefined, 8, 1),
      rampPerS: int('ramp', values.ramp as string | undefined, 2000, 1),
      seed: int('seed', values.seed as string | undefined, 1, 0),
      areaM: num('area', values.area as string | undefined, 5000),
      centre: {
        lat: num('lat', values.lat as string | undefined, 35.6586),
        lng: num('lng', values.lng as string | undefined, 139.7454),
      },
      sampleIntervalMs: int('sample-ms', values['sample-ms'] as string | undefined, 5000, 100),
      nice: int('nice', values.nice as string | undefined, 0, 0),
      roomSize: int('room-size', values['room-size'] as string | undefined, 10, 1),
      inputHz,
      progress: (line: string) => process.stderr.write(`bots: ${line}\n`),
      ...(values.workers !== undefined ? { workers: int('workers', values.workers as string, 2, 1) } : {}),
      ...(secret ? { secret } : {}),
    } as const;
    const result = await runBots(opts);
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else process.stdout.write(`${summaryLine(result)}\n`);
    return result.connected === result.count && result.errors === 0 ? 0 : 1;
  } catch (err) {
    process.stderr.write(`geoplay bots: ${(err as Error).message}\n`);
    return 2;
  }
}
