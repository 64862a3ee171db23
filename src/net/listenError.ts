/**
 * A listener that could not listen: which one (the main port or the ops port), where, and why.
 * `code` is the system's (EADDRINUSE, EACCES, ...), so callers can tell a port in use from a bug.
 */
export class ListenError extends Error {
  readonly code: string;

  constructor(
    readonly listener: 'main' | 'ops',
    readonly host: string,
    readonly port: number | undefined,
    cause: unknown,
  ) {
    const keys = listener === 'ops' ? 'opsHost, opsPort' : 'host, port';
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`${listener === 'ops' ? 'ops listener' : 'listener'} (${keys}) ${host}:${port ?? 0}: ${why}`, {
      cause,
    });
    this.name = 'ListenError';
    this.code = (cause as { code?: string } | undefined)?.code ?? 'LISTEN_FAILED';
  }
}
