import { GeoError } from './errors.js';

/** Finite, |lat| <= 90, |lng| <= 180. Written so NaN fails every comparison and lands on `false`. */
export function isValidLatLng(lat: number, lng: number): boolean {
  return lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180;
}

export function assertLatLng(lat: number, lng: number): void {
  if (!isValidLatLng(lat, lng)) {
    throw new GeoError(
      'INVALID_COORDINATES',
      `invalid coordinates (${lat}, ${lng}): latitude must be in [-90, 90] and longitude in [-180, 180]`,
    );
  }
}

export function assertRadiusM(radiusM: number): void {
  if (!(radiusM >= 0 && radiusM < Number.POSITIVE_INFINITY)) {
    throw new GeoError('INVALID_RADIUS', `invalid radius ${radiusM} m: must be a finite number >= 0`);
  }
}

export const MAX_LEVEL = 30;

export function assertLevel(level: number): void {
  if (!(Number.isInteger(level) && level >= 0 && level <= MAX_LEVEL)) {
    throw new GeoError('INVALID_LEVEL', `invalid S2 level ${level}: must be an integer in 0..${MAX_LEVEL}`);
  }
}
