/**
 * Degrees as integers of 1e-7 degree (about 1.1 cm): the wire format of coordinates (packed sint32
 * in WorldDelta) and a stable key for positions. Every valid longitude fits in an int32.
 */
export function toE7(deg: number): number {
  return Math.round(deg * 1e7);
}

export function fromE7(e7: number): number {
  return e7 / 1e7;
}
