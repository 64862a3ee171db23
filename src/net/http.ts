import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Logger } from '../ops/logger.js';
import type { GatewayMetrics } from '../ops/metrics.js';
import { AuthError, type TokenAuthority } from '../session/auth.js';

export interface HttpOptions {
  log: Logger;
  metrics: GatewayMetrics;
  auth: TokenAuthority;
  devAuth: boolean;
  tokenTtlS: number;
  isReady(): boolean;
}

const devTokenRequest = z
  .object({
    playerId: z.string(),
    name: z.string().min(1).max(64).optional(),
    team: z.number().int().min(0).max(255).optional(),
  })
  .strict();

export type OpsHttpOptions = Pick<HttpOptions, 'log' | 'metrics' | 'isReady'>;

function fastify(log: Logger, component: string): FastifyInstance {
  return Fastify({
    // Request logs are at info level: keep HTTP quiet unless something goes wrong.
    loggerInstance: log.child({ component }, { level: 'warn' }) as FastifyBaseLogger,
    bodyLimit: 16_384,
  });
}

/** Health, readiness and metrics: on the main listener, and alone on the ops listener. */
function opsRoutes(app: FastifyInstance, opts: OpsHttpOptions): void {
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_req, reply) => {
    const ready = opts.isReady();
    reply.code(ready ? 200 : 503);
    return { ready };
  });

  app.get('/metrics', async (_req, reply) => {
    reply.header('content-type', opts.metrics.registry.contentType);
    return opts.metrics.registry.metrics();
  });
}

/**
 * The ops listener (config `opsPort`): health, readiness and metrics on a port of their own. Its
 * accept queue is not the one players' connections wait in, so a monitor or a probe is answered
 * when a server short of CPU has thousands of handshakes queued on the main port.
 */
export function buildOpsHttp(opts: OpsHttpOptions): FastifyInstance {
  const ops = fastify(opts.log, 'ops');
  opsRoutes(ops, opts);
  return ops;
}

/** The HTTP side: health, readiness, metrics and (dev only) a token endpoint. */
export function buildHttp(opts: HttpOptions): FastifyInstance {
  const app = fastify(opts.log, 'http');
  opsRoutes(app, opts);

  if (opts.devAuth) {
    app.post('/api/dev/token', async (req, reply) => {
      const parsed = devTokenRequest.safeParse(req.body);
      if (!parsed.success) {
        reply.code(400);
        return {
          error: 'INVALID',
          message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        };
      }
      try {
        const token = await opts.auth.issue(parsed.data);
        return { token, playerId: parsed.data.playerId, expiresInS: opts.tokenTtlS };
      } catch (err) {
        if (err instanceof AuthError) {
          reply.code(400);
          return { error: 'INVALID', message: err.message };
        }
        throw err;
      }
    });
  }
  return app;
}
