import CheapRuler from 'cheap-ruler';

/**
 * A local east-north-up plane in metres around an origin, accurate to well under 0.1% within a few
 * kilometres (cheap-ruler's WGS84 scale factors). Mutable and reusable so hot paths allocate nothing:
 * call `reset` to move the origin.
 */
export class LocalProjection {
  originLat = 0;
  originLng = 0;
  /** Metres per degree of longitude / latitude at the origin. */
  kx = 1;
  ky = 1;

  constructor(lat = 0, lng = 0) {
    this.reset(lat, lng);
  }

  reset(lat: number, lng: number): void {
    const ruler = new CheapRuler(lat, 'meters');
    this.originLat = lat;
    this.originLng = lng;
    this.kx = ruler.kx;
    this.ky = ruler.ky;
  }

  /** East offset in metres of a longitude (wraps across the antimeridian). */
  x(lng: number): number {
    let d = lng - this.originLng;
    if (d > 180) d -= 360;
    else if (d < -180) d += 360;
    return d * this.kx;
  }

  /** North offset in metres of a latitude. */
  y(lat: number): number {
    return (lat - this.originLat) * this.ky;
  }

  lat(y: number): number {
    return this.originLat + y / this.ky;
  }

  lng(x: number): number {
    let v = this.originLng + x / this.kx;
    if (v > 180) v -= 360;
    else if (v < -180) v += 360;
    return v;
  }
}
