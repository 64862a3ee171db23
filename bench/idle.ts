import { parseArgs } from 'node:util';
import { runBots } from './bots/runner.js';
import { ServerProcess } from './serverProcess.js';

export const idleUsage = `geoplay bench idle [--count 19000] [--duration 60] [--workers W] [--ramp PER_S]
Starts geoplay serve in its own process, holds N idle SDK connections (heartbeats on) for the
duration, and prints one JSON line: the bots' figures plus the server's memory per connection.`;

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string', default: '19000' },
      duration: { type: 'string', default: '60' },
      workers: { type: 'string' },
      ramp: { type: 'string', default: '2000' },
      heartbeat: { type: 'string', default: '15000' },
    },
    strict: true,
  });
  const count = Number(values.count);
  const server = await ServerProcess.start({
    'max-connections-per-ip': 20_000,
    'heartbeat-interval-ms': Number(values.heartbeat),
  });
  try {
    await sleep(1000);
    await server.gc();
    const rssBaseKb = server.rssKb();
    const cpuStart = server.cpuS();
    let cpuHoldStart = 0;
    let cpuHoldS = 0;
    let rssHoldKb = 0;
    let serverSessions = 0;
    let rssAfterGcKb = 0;
    const durationS = Number(values.duration);
    const result = await runBots({
      url: server.wsUrl,
      count,
      durationS,
      scenario: 'idle',
      secret: server.secret,
      rampPerS: Number(values.ramp),
      ...(values.workers ? { workers: Number(values.workers) } : {}),
      beforeStop: async () => {
        rssHoldKb = server.rssKb();
        cpuHoldS = server.cpuS() - cpuHoldStart;
        const m = /^geoplay_sessions (\d+)/m.exec(await server.metrics());
        serverSessions = Number(m?.[1] ?? 0);
        await server.gc();
        rssAfterGcKb = server.rssKb();
      },
      progress: (line) => {
        process.stderr.write(`bench idle: ${line}\n`);
        if (line.startsWith('holding')) cpuHoldStart = server.cpuS();
      },
    });
    const out = {
      bench: 'idle',
      ...result,
      server_sessions: serverSessions,
      server_rss_base_mb: Math.round(rssBaseKb / 102.4) / 10,
      server_rss_hold_mb: Math.round(rssHoldKb / 102.4) / 10,
      server_kb_per_connection:
        result.connected > 0 ? Math.round(((rssHoldKb - rssBaseKb) / result.connected) * 100) / 100 : 0,
      server_kb_per_connection_after_gc:
        result.connected > 0 ? Math.round(((rssAfterGcKb - rssBaseKb) / result.connected) * 100) / 100 : 0,
      server_cpu_pct_hold: Math.round((cpuHoldS / Math.max(1, durationS)) * 1000) / 10,
      server_cpu_s_total: Math.round((server.cpuS() - cpuStart) * 10) / 10,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return 0;
  } finally {
    await server.stop();
  }
}
