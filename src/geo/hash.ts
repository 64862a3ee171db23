/**
 * Deterministic 32-bit hashing for seeded world generation (spawn points, schedules, demo POIs).
 * MurmurHash3's block and finalisation steps over a fixed number of 32-bit words, so no arrays or
 * strings are built per call. Results are unsigned 32-bit integers.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function mixBlock(h: number, k: number): number {
  let x = Math.imul(k, C1);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, C2);
  let y = h ^ x;
  y = (y << 13) | (y >>> 19);
  return (Math.imul(y, 5) + 0xe6546b64) | 0;
}

/** MurmurHash3 finaliser: full avalanche of one 32-bit word. */
export function fmix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hash of four 32-bit words under a seed (pass 0 for unused words: the word count is fixed). */
export function hash4(seed: number, a: number, b: number, c: number, d: number): number {
  let h = seed | 0;
  h = mixBlock(h, a | 0);
  h = mixBlock(h, b | 0);
  h = mixBlock(h, c | 0);
  h = mixBlock(h, d | 0);
  return fmix32(h ^ 16);
}

/** A hash as a float in [0, 1). */
export function unitFloat(h: number): number {
  return (h >>> 0) / 4_294_967_296;
}

const MASK32 = 0xffff_ffffn;

/** High 32 bits of a 64-bit cell id, as a number usable by `hash4`. */
export function idHigh(id: bigint): number {
  return Number((id >> 32n) & MASK32);
}

/** Low 32 bits of a 64-bit cell id. */
export function idLow(id: bigint): number {
  return Number(id & MASK32);
}

/** Seed from any string (FNV-1a then the finaliser), for worlds configured with a text seed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** A world seed (safe integer or string) folded to 32 bits; integers above 2^32 keep their high bits. */
export function foldSeed(seed: number | string): number {
  if (typeof seed === 'string') return hashString(seed);
  const hi = Math.floor(seed / 4_294_967_296) | 0;
  return fmix32((seed >>> 0) ^ Math.imul(hi, 0x9e3779b9));
}
