/** Seeded PRNG for tests (mulberry32): same seed, same sequence, on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const R = 6_371_008.8;
const RAD = Math.PI / 180;

/** The point `distanceM` along the great circle leaving (lat, lng) at `bearingDeg` (sphere of radius R). */
export function destination(
  lat: number,
  lng: number,
  bearingDeg: number,
  distanceM: number,
): [number, number] {
  const d = distanceM / R;
  const th = bearingDeg * RAD;
  const p1 = lat * RAD;
  const l1 = lng * RAD;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(th));
  const l2 =
    l1 + Math.atan2(Math.sin(th) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  let lng2 = l2 / RAD;
  while (lng2 > 180) lng2 -= 360;
  while (lng2 < -180) lng2 += 360;
  return [Math.max(-90, Math.min(90, p2 / RAD)), lng2];
}
