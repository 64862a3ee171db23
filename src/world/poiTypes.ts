export type PoiKind = 'stop' | 'gym';

/** A point of interest: plain data (JSON-serialisable), immutable once loaded. */
export interface Poi {
  readonly id: string;
  readonly name: string;
  readonly kind: PoiKind;
  readonly lat: number;
  readonly lng: number;
}

export type PoiFileErrorCode =
  | 'READ_FAILED'
  | 'NOT_JSON'
  | 'NOT_FEATURE_COLLECTION'
  | 'BAD_FEATURE'
  | 'BAD_GEOMETRY'
  | 'BAD_COORDINATES'
  | 'MISSING_NAME'
  | 'BAD_KIND'
  | 'BAD_ID'
  | 'DUPLICATE_ID';

/** A POI file that cannot be used; the message names the file and, when known, the feature index. */
export class PoiFileError extends Error {
  override readonly name = 'PoiFileError';
  readonly code: PoiFileErrorCode;
  readonly fileName: string;
  /** Index in `features`, or null for whole-file problems. */
  readonly featureIndex: number | null;

  constructor(code: PoiFileErrorCode, fileName: string, featureIndex: number | null, detail: string) {
    super(
      featureIndex === null ? `${fileName}: ${detail}` : `${fileName}: feature ${featureIndex}: ${detail}`,
    );
    this.code = code;
    this.fileName = fileName;
    this.featureIndex = featureIndex;
  }
}
