import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parsePoiGeoJson } from './poiGeoJson.js';
import { type Poi, PoiFileError } from './poiTypes.js';

/** Reads and parses a POI GeoJSON file; the only I/O in the POI code. */
export async function loadPoiFile(path: string): Promise<Poi[]> {
  const name = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new PoiFileError('READ_FAILED', name, null, `cannot read ${path} (${(e as Error).message})`);
  }
  return parsePoiGeoJson(text, name);
}
