/**
 * The server of `geoplay bench resume`, run as a forked child process (its own event loop and
 * core): a GeoplayServer without a game whose session hooks keep every session, and a timer that
 * sends each live session one numbered frame per interval (connected or in its grace period, so
 * dropped sessions keep filling their replay rings). Controlled over IPC by bench/resume.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/ops/logger.js';
import type { TimerHandle } from '../src/ops/timers.js';
import { GeoplayServer } from '../src/server.js';
import type { Session } from '../src/session/session.js';

export interface ServerStart {
  type: 'start';
  secret: string;
  replayRingFrames: number;
  replayRingBytes: number;
  resumeGraceMs: number;
}
export type ToServer =
  | ServerStart
  | { type: 'push'; intervalMs: number }
  | { type: 'stop-push' }
  | { type: 'stats' }
  | { type: 'exit' };
export type FromServer =
  | { type: 'ready'; port: number }
  | { type: 'stopped'; outSeq: Record<string, number> }
  | { type: 'stats'; sessions: number; detached: number; resumes: Record<string, number>; cpuMs: number };

function reply(m: FromServer): void {
  process.send?.(m);
}

async function run(): Promise<void> {
  const sessions = new Map<string, Session>();
  let server: GeoplayServer | undefined;
  let push: TimerHandle | undefined;
  let dataDir = '';
  process.on('message', (m: ToServer) => {
    void (async () => {
      switch (m.type) {
        case 'start': {
          dataDir = mkdtempSync(join(tmpdir(), 'geoplay-resume-'));
          const config = loadConfig({
            env: {},
            overrides: {
              host: '127.0.0.1',
              port: 0,
              data: dataDir,
              logLevel: 'silent',
              devAuth: false,
              jwtSecret: m.secret,
              maxConnectionsPerIp: 100_000,
              heartbeatIntervalMs: 60_000,
              resumeGraceMs: m.resumeGraceMs,
              replayRingFrames: m.replayRingFrames,
              replayRingBytes: m.replayRingBytes,
            },
          });
          server = await GeoplayServer.start({
            config,
            log: silentLogger(),
            hooks: {
              onOpen: (s) => sessions.set(s.playerId, s),
              onClose: (s) => {
                if (sessions.get(s.playerId) === s) sessions.delete(s.playerId);
              },
            },
          });
          reply({ type: 'ready', port: server.port });
          return;
        }
        case 'push':
          push?.cancel();
          push = server?.timers.every('bench.push', m.intervalMs, () => {
            for (const s of sessions.values()) {
              if (s.alive) s.send({ actionResult: { opId: 'bench', status: 1 } }, true);
            }
          });
          return;
        case 'stop-push': {
          push?.cancel();
          push = undefined;
          const outSeq: Record<string, number> = {};
          for (const [id, s] of sessions) outSeq[id] = s.outSeq;
          reply({ type: 'stopped', outSeq });
          return;
        }
        case 'stats': {
          const text = server
            ? await server.metrics.registry.getSingleMetricAsString('geoplay_session_resumes_total')
            : '';
          const resumes: Record<string, number> = {};
          for (const line of text.split('\n')) {
            const r = /result="(\w+)"\} (\d+)/.exec(line);
            if (r) resumes[r[1]!] = Number(r[2]);
          }
          const cpu = process.cpuUsage();
          reply({
            type: 'stats',
            sessions: server?.sessions.size ?? 0,
            detached: server?.sessions.detached ?? 0,
            resumes,
            cpuMs: Math.round((cpu.user + cpu.system) / 1000),
          });
          return;
        }
        case 'exit':
          push?.cancel();
          await server?.close();
          if (dataDir) rmSync(dataDir, { recursive: true, force: true });
          process.exit(0);
      }
    })();
  });
}

void run();
