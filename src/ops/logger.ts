import pino, { type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level?: string;
  /** Where to write; defaults to stdout. Tests pass a stream to capture output. */
  destination?: NodeJS.WritableStream;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const options = { level: opts.level ?? 'info', base: { svc: 'geoplay' } };
  return opts.destination ? pino(options, opts.destination) : pino(options);
}

/** A logger that drops everything, for library use without a configured logger. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
