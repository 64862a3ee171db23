export type GeoErrorCode =
  'INVALID_COORDINATES' | 'INVALID_RADIUS' | 'INVALID_LEVEL' | 'INVALID_CELL' | 'COVERING_TOO_LARGE';

/** The one error type of src/geo: callers branch on `code`, the message names the offending value. */
export class GeoError extends Error {
  override readonly name = 'GeoError';
  readonly code: GeoErrorCode;

  constructor(code: GeoErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
