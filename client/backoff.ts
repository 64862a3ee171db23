/** Exponential backoff with full jitter: a delay drawn uniformly from [0, min(cap, base * 2^attempt)]. */
export interface BackoffOptions {
  /** First ceiling in ms. Default 250. */
  baseMs?: number;
  /** Largest ceiling in ms. Default 30000. */
  capMs?: number;
}

export function backoffDelay(
  attempt: number,
  opts: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const base = opts.baseMs ?? 250;
  const cap = opts.capMs ?? 30_000;
  const ceiling = Math.min(cap, base * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
