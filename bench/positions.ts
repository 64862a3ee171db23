import protobuf from 'protobufjs/minimal.js';
import { mulberry32 } from '../src/gps/synth.js';

/**
 * Absolute or delta-coded E7 positions in CellChunk moves? Encodes the same realistic walk both
 * ways with the chunk encoder's protobuf writer and reports bytes per move and encode time.
 * Delta coding is against the last position sent for the entity (what every watcher of the cell
 * would have to hold).
 */

export interface PositionsResult {
  moves: number;
  absolute_bytes_per_move: number;
  delta_bytes_per_move: number;
  absolute_encode_ns_per_move: number;
  delta_encode_ns_per_move: number;
}

export function runPositionsBench(entities = 40, ticks = 20_000, seed = 1): PositionsResult {
  const rand = mulberry32(seed);
  const lat = new Int32Array(entities);
  const lng = new Int32Array(entities);
  const sentLat = new Int32Array(entities);
  const sentLng = new Int32Array(entities);
  const speed = new Float64Array(entities);
  const heading = new Float64Array(entities);
  for (let i = 0; i < entities; i++) {
    lat[i] = sentLat[i] = 356_586_000 + Math.floor(rand() * 10_000);
    lng[i] = sentLng[i] = 1_397_454_000 + Math.floor(rand() * 10_000);
    speed[i] = 1 + rand();
    heading[i] = rand() * 2 * Math.PI;
  }
  const eids: number[] = [];
  const tickLists: number[][] = [];
  const absLat: number[][] = [];
  const absLng: number[][] = [];
  const dLat: number[][] = [];
  const dLng: number[][] = [];
  // 5 Hz ticks, 1 Hz reports with 5-15 m GPS noise after filtering (~3 m residual jitter).
  for (let t = 0; t < ticks; t++) {
    eids.length = 0;
    const la: number[] = [];
    const ln: number[] = [];
    const dla: number[] = [];
    const dln: number[] = [];
    for (let i = t % 5; i < entities; i += 5) {
      heading[i]! += (rand() - 0.5) * 0.4;
      const stepM = speed[i]!;
      const jitter = () => (rand() - 0.5) * 6;
      lat[i]! += Math.round(((Math.cos(heading[i]!) * stepM + jitter()) / 111_320) * 1e7);
      lng[i]! += Math.round(((Math.sin(heading[i]!) * stepM + jitter()) / 90_600) * 1e7);
      eids.push(i);
      la.push(lat[i]!);
      ln.push(lng[i]!);
      dla.push(lat[i]! - sentLat[i]!);
      dln.push(lng[i]! - sentLng[i]!);
      sentLat[i] = lat[i]!;
      sentLng[i] = lng[i]!;
    }
    tickLists.push([...eids]);
    absLat.push(la);
    absLng.push(ln);
    dLat.push(dla);
    dLng.push(dln);
  }
  const encode = (latArr: number[][], lngArr: number[][]) => {
    let bytes = 0;
    const start = process.hrtime.bigint();
    for (let t = 0; t < ticks; t++) {
      const w = protobuf.Writer.create();
      const ids = tickLists[t]!;
      w.uint32(34).fork();
      for (const e of ids) w.uint32(e + 1);
      w.ldelim();
      w.uint32(42).fork();
      for (const v of latArr[t]!) w.sint32(v);
      w.ldelim();
      w.uint32(50).fork();
      for (const v of lngArr[t]!) w.sint32(v);
      w.ldelim();
      bytes += w.finish().length;
    }
    return { bytes, ns: Number(process.hrtime.bigint() - start) };
  };
  // Warm up both paths, then measure.
  encode(absLat, absLng);
  encode(dLat, dLng);
  const abs = encode(absLat, absLng);
  const del = encode(dLat, dLng);
  const moves = tickLists.reduce((n, l) => n + l.length, 0);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    moves,
    absolute_bytes_per_move: r(abs.bytes / moves),
    delta_bytes_per_move: r(del.bytes / moves),
    absolute_encode_ns_per_move: r(abs.ns / moves),
    delta_encode_ns_per_move: r(del.ns / moves),
  };
}

export async function main(argv: string[]): Promise<number> {
  void argv;
  process.stdout.write(`${JSON.stringify(runPositionsBench())}\n`);
  return 0;
}
