import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBots } from '../../bench/bots/runner.js';

export const botsUsage = `geoplay bots [--url ws://127.0.0.1:8080/ws] [--count N] [--duration S] [--scenario idle|walk]
             [--workers W] [--addresses K] [--ramp PER_S] [--secret S | --data DIR] [--json]
Runs N SDK clients over W worker processes and source addresses 127.0.0.1..127.0.0.K.
Tokens: signed with --secret (or GEOPLAY_JWT_SECRET, or the dev secret in --data), else from the
server's dev token endpoint. With --json the last line is one JSON object.`;

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
    const scenario = (values.scenario as string | undefined) ?? 'idle';
    if (scenario !== 'idle' && scenario !== 'walk')
      throw new Error(`--scenario must be idle or walk, got "${scenario}"`);
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
      progress: (line: string) => process.stderr.write(`bots: ${line}\n`),
      ...(values.workers !== undefined ? { workers: int('workers', values.workers as string, 2, 1) } : {}),
      ...(secret ? { secret } : {}),
    } as const;
    const result = await runBots(opts);
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      process.stdout.write(
        `${result.connected}/${result.count} connected, ${result.disconnects} disconnects, ${result.errors} errors, ` +
          `rtt p50 ${result.rtt_ms.p50} ms p99 ${result.rtt_ms.p99} ms over ${result.duration_s} s\n`,
      );
    }
    return result.connected === result.count && result.errors === 0 ? 0 : 1;
  } catch (err) {
    process.stderr.write(`geoplay bots: ${(err as Error).message}\n`);
    return 2;
  }
}
