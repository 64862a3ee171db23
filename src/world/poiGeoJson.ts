import { cellIdAt, cellToken } from '../geo/cells.js';
import { isValidLatLng } from '../geo/validate.js';
import { type Poi, PoiFileError, type PoiKind } from './poiTypes.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: Json | undefined): string {
  return v === undefined ? 'nothing' : JSON.stringify(v).slice(0, 60);
}

/**
 * POIs from a GeoJSON FeatureCollection of Point features with `properties.name` and
 * `properties.kind` ("stop" | "gym") and an optional id (`properties.id` or the feature's `id`;
 * default `poi-<level-30 cell token>`, stable however the file is reordered). Pure: the caller reads
 * the file. Throws `PoiFileError` at the first problem.
 */
export function parsePoiGeoJson(text: string, fileName = 'pois.json'): Poi[] {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch (e) {
    throw new PoiFileError('NOT_JSON', fileName, null, `not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(root) || root.type !== 'FeatureCollection' || !Array.isArray(root.features)) {
    throw new PoiFileError(
      'NOT_FEATURE_COLLECTION',
      fileName,
      null,
      'expected a GeoJSON FeatureCollection ({"type":"FeatureCollection","features":[...]})',
    );
  }
  const pois: Poi[] = [];
  const seen = new Set<string>();
  root.features.forEach((f, i) => {
    const fail = (code: ConstructorParameters<typeof PoiFileError>[0], detail: string): never => {
      throw new PoiFileError(code, fileName, i, detail);
    };
    if (!isObject(f) || f.type !== 'Feature') fail('BAD_FEATURE', 'not a GeoJSON Feature');
    const feature = f as { [key: string]: Json };
    const geometry = feature.geometry;
    if (!isObject(geometry) || geometry.type !== 'Point') {
      fail(
        'BAD_GEOMETRY',
        `geometry must be a Point (got ${isObject(geometry) ? describe(geometry.type) : describe(geometry)})`,
      );
    }
    const coords = (geometry as { [key: string]: Json }).coordinates;
    if (
      !Array.isArray(coords) ||
      coords.length < 2 ||
      typeof coords[0] !== 'number' ||
      typeof coords[1] !== 'number'
    ) {
      fail('BAD_COORDINATES', `coordinates must be [lng, lat] numbers (got ${describe(coords)})`);
    }
    const [lng, lat] = coords as [number, number];
    if (!isValidLatLng(lat, lng)) {
      fail('BAD_COORDINATES', `coordinates [${lng}, ${lat}] out of range (GeoJSON order is [lng, lat])`);
    }
    const props = feature.properties;
    if (!isObject(props)) fail('MISSING_NAME', 'missing properties.name');
    const p = props as { [key: string]: Json };
    if (typeof p.name !== 'string' || p.name.trim() === '') fail('MISSING_NAME', 'missing properties.name');
    if (p.kind !== 'stop' && p.kind !== 'gym') {
      fail('BAD_KIND', `properties.kind must be "stop" or "gym" (got ${describe(p.kind)})`);
    }
    const rawId = p.id ?? feature.id;
    let id: string;
    if (rawId === undefined || rawId === null) {
      id = `poi-${cellToken(cellIdAt(lat, lng, 30))}`;
    } else if (
      (typeof rawId === 'string' && rawId !== '') ||
      (typeof rawId === 'number' && Number.isFinite(rawId))
    ) {
      id = String(rawId);
    } else {
      id = fail('BAD_ID', `id must be a non-empty string or a number (got ${describe(rawId)})`);
    }
    if (seen.has(id)) {
      fail(
        'DUPLICATE_ID',
        rawId === undefined || rawId === null
          ? `same position as an earlier feature without an id ("${id}"); give one of them properties.id`
          : `duplicate id "${id}"`,
      );
    }
    seen.add(id);
    pois.push({ id, name: (p.name as string).trim(), kind: p.kind as PoiKind, lat, lng });
  });
  return pois;
}
