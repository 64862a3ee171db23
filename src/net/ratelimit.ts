/**
 * Token buckets kept as plain numbers on the session (no object per bucket): `tokens` refill at
 * `rate` per second up to `burst`. Returns the new token count, or -1 when the frame must be
 * dropped (the count is then unchanged apart from the refill).
 */
export function takeToken(
  tokens: number,
  refillAt: number,
  nowMs: number,
  rate: number,
  burst: number,
): number {
  const elapsed = nowMs - refillAt;
  const refilled = elapsed > 0 ? Math.min(burst, tokens + (elapsed * rate) / 1000) : tokens;
  return refilled >= 1 ? refilled - 1 : -1 - refilled;
}

/** Decodes takeToken's result into the token count to store. */
export function tokensAfter(result: number): number {
  return result >= 0 ? result : -1 - result;
}
