// The hot messages of the protobuf library benchmark (bench/protobuf.ts) and of the cross-library
// test (test/protocol/crosslib.test.ts): one library-neutral description of each Envelope, builders
// for protobufjs (the server's generated code, src/protocol/gen) and for @bufbuild/protobuf v2
// (bench/protobuf/gen), and canonical forms of decoded messages so that both can be compared.
import { create, fromBinary, type MessageInitShape, toBinary } from '@bufbuild/protobuf';
import { geoplay } from '../../src/protocol/gen/geoplay.js';
import { EnvelopeSchema, type Entity as EsEntity, type Envelope as EsEnvelope } from './gen/geoplay_pb.js';

const pb = geoplay.v1;

// ---------------------------------------------------------------------------------------------
// Canonical (library-neutral) form. Every field is present, with proto3 defaults; float fields hold
// values that float32 represents exactly, so that they survive the round trip unchanged.

export interface CanonLocation {
  latE7: number;
  lngE7: number;
  accuracyM: number;
  speedMps: number;
  headingDeg: number;
  source: number;
  clientTimeMs: number;
  mock: boolean;
  steps: number;
}

export interface CanonEntity {
  eid: number;
  kind: number;
  id: string;
  latE7: number;
  lngE7: number;
  name: string;
  team: number;
  headingDeg: number;
  speedMps: number;
  updatedMs: number;
  level: number;
  expiresMs: number;
  poiKind: string;
  idle: boolean;
}

export interface CanonChunk {
  cell: string;
  snapshot: boolean;
  enter: CanonEntity[];
  moveEid: number[];
  moveLatE7: number[];
  moveLngE7: number[];
  leaveEid: number[];
  leaveTo: string[];
}

export interface CanonWorldDelta {
  tick: number;
  serverTimeMs: number;
  chunks: CanonChunk[];
  droppedCells: string[];
}

export interface CanonPing {
  id: number;
  originTimeMs: number;
}

export type CanonBody =
  | { case: 'location'; value: CanonLocation }
  | { case: 'worldDelta'; value: CanonWorldDelta }
  | { case: 'ping'; value: CanonPing };

export interface CanonEnvelope {
  seq: number;
  ack: number;
  hlcMs: number;
  hlcLogical: number;
  traceId: number[];
  body: CanonBody;
}

// ---------------------------------------------------------------------------------------------
// The three hot messages.

const f32 = Math.fround;
// 2025-11-22T00:00:00Z plus a bit: a realistic epoch-millisecond clock.
const NOW_MS = 1_763_769_600_123;
// Around Alexanderplatz, Berlin, in WGS84 degrees times 10^7.
const LAT0 = 525_219_184;
const LNG0 = 134_132_147;

function entity(i: number): CanonEntity {
  const base: CanonEntity = {
    eid: 40_000 + i,
    kind: 0,
    id: '',
    latE7: LAT0 + 1_337 * i,
    lngE7: LNG0 - 2_113 * i,
    name: '',
    team: 0,
    headingDeg: 0,
    speedMps: 0,
    updatedMs: NOW_MS - 250 * i,
    level: 0,
    expiresMs: 0,
    poiKind: '',
    idle: false,
  };
  switch (i % 3) {
    case 0: // a player walking into the cell
      return {
        ...base,
        kind: pb.EntityKind.ENTITY_KIND_PLAYER,
        id: `p_01JD3X8Q4M7K${String(i).padStart(2, '0')}ZR5T`,
        name: `walker${i}`,
        team: 1 + (i % 3),
        headingDeg: f32(87.5 + i),
        speedMps: f32(1.38),
      };
    case 1: // a spawn appearing
      return {
        ...base,
        kind: pb.EntityKind.ENTITY_KIND_SPAWN,
        id: `s_8f2c${i}a91`,
        name: 'fieldmouse',
        level: 7 + i,
        expiresMs: NOW_MS + 900_000,
      };
    default: // a point of interest entering the view
      return {
        ...base,
        kind: pb.EntityKind.ENTITY_KIND_POI,
        id: `poi_berlin_${1_000 + i}`,
        name: 'Weltzeituhr',
        team: 2,
        level: 3,
        poiKind: 'gym',
      };
  }
}

function chunk(c: number): CanonChunk {
  const moves = [0, 1, 2];
  return {
    // S2 cell tokens at level 15 around Berlin.
    cell: `47a84e${(0x41 + 2 * c).toString(16)}`,
    snapshot: false,
    enter: [entity(c)],
    moveEid: moves.map((m) => 10_000 + 97 * c + m),
    // Small steps around the cell centre, some of them negative offsets (zigzag encoding).
    moveLatE7: moves.map((m) => LAT0 + 4_100 * c + 173 * m - 211),
    moveLngE7: moves.map((m) => LNG0 - 3_900 * c - 157 * m + 89),
    leaveEid: [],
    leaveTo: [],
  };
}

export const HOT_MESSAGES = {
  location: {
    seq: 1_234,
    ack: 987,
    hlcMs: NOW_MS + 2,
    hlcLogical: 0,
    traceId: [],
    body: {
      case: 'location',
      value: {
        latE7: LAT0,
        lngE7: LNG0,
        accuracyM: f32(4.5),
        speedMps: f32(1.38),
        headingDeg: f32(271.5),
        source: pb.LocationSource.LOCATION_SOURCE_GPS,
        clientTimeMs: NOW_MS,
        mock: false,
        steps: 0,
      },
    },
  },
  worldDelta: {
    seq: 5_678,
    ack: 0,
    hlcMs: 0,
    hlcLogical: 0,
    traceId: [],
    body: {
      case: 'worldDelta',
      value: {
        tick: 36_000,
        serverTimeMs: NOW_MS + 50,
        chunks: [0, 1, 2, 3, 4, 5, 6, 7, 8].map(chunk),
        droppedCells: [],
      },
    },
  },
  ping: {
    seq: 0,
    ack: 0,
    hlcMs: 0,
    hlcLogical: 0,
    traceId: [],
    body: { case: 'ping', value: { id: 42, originTimeMs: NOW_MS + 0.375 } },
  },
} satisfies Record<string, CanonEnvelope>;

export type HotCase = keyof typeof HOT_MESSAGES;
export const HOT_CASES: readonly HotCase[] = ['location', 'worldDelta', 'ping'];

// ---------------------------------------------------------------------------------------------
// protobufjs (static code, the server's library).

export type PbjsEnvelope = geoplay.v1.Envelope.$Properties;

function pbjsEntity(e: CanonEntity): geoplay.v1.Entity.$Properties {
  return { ...e };
}

/** Builds the plain object that protobufjs encodes (as the server would, without create()). */
export function toPbjs(m: CanonEnvelope): PbjsEnvelope {
  const head = { seq: m.seq, ack: m.ack, hlcMs: m.hlcMs, hlcLogical: m.hlcLogical };
  const traceId = m.traceId.length > 0 ? { traceId: Uint8Array.from(m.traceId) } : {};
  const b = m.body;
  switch (b.case) {
    case 'location':
      return { ...head, ...traceId, location: { ...b.value } };
    case 'ping':
      return { ...head, ...traceId, ping: { ...b.value } };
    case 'worldDelta':
      return {
        ...head,
        ...traceId,
        worldDelta: {
          tick: b.value.tick,
          serverTimeMs: b.value.serverTimeMs,
          chunks: b.value.chunks.map((c) => ({
            cell: c.cell,
            snapshot: c.snapshot,
            enter: c.enter.map(pbjsEntity),
            moveEid: [...c.moveEid],
            moveLatE7: [...c.moveLatE7],
            moveLngE7: [...c.moveLngE7],
            leaveEid: [...c.leaveEid],
            leaveTo: [...c.leaveTo],
          })),
          droppedCells: [...b.value.droppedCells],
        },
      };
  }
}

export function encodePbjs(m: PbjsEnvelope): Uint8Array {
  return pb.Envelope.encode(m).finish();
}

export function decodePbjs(bytes: Uint8Array): geoplay.v1.Envelope {
  return pb.Envelope.decode(bytes);
}

// The hot path must decode to plain JavaScript numbers (no Long): every 64-bit field was removed
// from the proto on purpose. These checks make a regression fail loudly.
function num(v: unknown, what: string): number {
  if (typeof v !== 'number') throw new TypeError(`${what}: expected a number, got ${typeof v}`);
  return v;
}
function str(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new TypeError(`${what}: expected a string, got ${typeof v}`);
  return v;
}
function bool(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean') throw new TypeError(`${what}: expected a boolean, got ${typeof v}`);
  return v;
}
function nums(v: readonly unknown[] | null | undefined, what: string): number[] {
  return (v ?? []).map((x, i) => num(x, `${what}[${i}]`));
}
function strs(v: readonly unknown[] | null | undefined, what: string): string[] {
  return (v ?? []).map((x, i) => str(x, `${what}[${i}]`));
}

function canonEntityPbjs(e: geoplay.v1.Entity.$Properties): CanonEntity {
  return {
    eid: num(e.eid ?? 0, 'eid'),
    kind: num(e.kind ?? 0, 'kind'),
    id: str(e.id ?? '', 'id'),
    latE7: num(e.latE7 ?? 0, 'latE7'),
    lngE7: num(e.lngE7 ?? 0, 'lngE7'),
    name: str(e.name ?? '', 'name'),
    team: num(e.team ?? 0, 'team'),
    headingDeg: num(e.headingDeg ?? 0, 'headingDeg'),
    speedMps: num(e.speedMps ?? 0, 'speedMps'),
    updatedMs: num(e.updatedMs ?? 0, 'updatedMs'),
    level: num(e.level ?? 0, 'level'),
    expiresMs: num(e.expiresMs ?? 0, 'expiresMs'),
    poiKind: str(e.poiKind ?? '', 'poiKind'),
    idle: bool(e.idle ?? false, 'idle'),
  };
}

/** Canonical form of a protobufjs Envelope (decoded or built). */
export function canonPbjs(m: geoplay.v1.Envelope | PbjsEnvelope): CanonEnvelope {
  const head = {
    seq: num(m.seq ?? 0, 'seq'),
    ack: num(m.ack ?? 0, 'ack'),
    hlcMs: num(m.hlcMs ?? 0, 'hlcMs'),
    hlcLogical: num(m.hlcLogical ?? 0, 'hlcLogical'),
    traceId: Array.from(m.traceId ?? []),
  };
  if (m.location) {
    const l = m.location;
    return {
      ...head,
      body: {
        case: 'location',
        value: {
          latE7: num(l.latE7 ?? 0, 'latE7'),
          lngE7: num(l.lngE7 ?? 0, 'lngE7'),
          accuracyM: num(l.accuracyM ?? 0, 'accuracyM'),
          speedMps: num(l.speedMps ?? 0, 'speedMps'),
          headingDeg: num(l.headingDeg ?? 0, 'headingDeg'),
          source: num(l.source ?? 0, 'source'),
          clientTimeMs: num(l.clientTimeMs ?? 0, 'clientTimeMs'),
          mock: bool(l.mock ?? false, 'mock'),
          steps: num(l.steps ?? 0, 'steps'),
        },
      },
    };
  }
  if (m.worldDelta) {
    const w = m.worldDelta;
    return {
      ...head,
      body: {
        case: 'worldDelta',
        value: {
          tick: num(w.tick ?? 0, 'tick'),
          serverTimeMs: num(w.serverTimeMs ?? 0, 'serverTimeMs'),
          chunks: (w.chunks ?? []).map((c) => ({
            cell: str(c.cell ?? '', 'cell'),
            snapshot: bool(c.snapshot ?? false, 'snapshot'),
            enter: (c.enter ?? []).map(canonEntityPbjs),
            moveEid: nums(c.moveEid, 'moveEid'),
            moveLatE7: nums(c.moveLatE7, 'moveLatE7'),
            moveLngE7: nums(c.moveLngE7, 'moveLngE7'),
            leaveEid: nums(c.leaveEid, 'leaveEid'),
            leaveTo: strs(c.leaveTo, 'leaveTo'),
          })),
          droppedCells: strs(w.droppedCells, 'droppedCells'),
        },
      },
    };
  }
  if (m.ping) {
    return {
      ...head,
      body: {
        case: 'ping',
        value: { id: num(m.ping.id ?? 0, 'id'), originTimeMs: num(m.ping.originTimeMs ?? 0, 'originTimeMs') },
      },
    };
  }
  throw new Error('canonPbjs: the envelope body is not location, worldDelta or ping');
}

// ---------------------------------------------------------------------------------------------
// @bufbuild/protobuf v2 (protoc-gen-es).

export type EsEnvelopeInit = MessageInitShape<typeof EnvelopeSchema>;

/** Builds the init object for create(EnvelopeSchema, ...). */
export function toEsInit(m: CanonEnvelope): EsEnvelopeInit {
  const head = {
    seq: m.seq,
    ack: m.ack,
    hlcMs: m.hlcMs,
    hlcLogical: m.hlcLogical,
    traceId: Uint8Array.from(m.traceId),
  };
  const b = m.body;
  switch (b.case) {
    case 'location':
      return { ...head, body: { case: 'location', value: { ...b.value } } };
    case 'ping':
      return { ...head, body: { case: 'ping', value: { ...b.value } } };
    case 'worldDelta':
      return {
        ...head,
        body: {
          case: 'worldDelta',
          value: {
            tick: b.value.tick,
            serverTimeMs: b.value.serverTimeMs,
            chunks: b.value.chunks.map((c) => ({
              cell: c.cell,
              snapshot: c.snapshot,
              enter: c.enter.map((e) => ({ ...e })),
              moveEid: [...c.moveEid],
              moveLatE7: [...c.moveLatE7],
              moveLngE7: [...c.moveLngE7],
              leaveEid: [...c.leaveEid],
              leaveTo: [...c.leaveTo],
            })),
            droppedCells: [...b.value.droppedCells],
          },
        },
      };
  }
}

export function buildEs(m: CanonEnvelope): EsEnvelope {
  return create(EnvelopeSchema, toEsInit(m));
}

export function encodeEs(m: EsEnvelope): Uint8Array {
  return toBinary(EnvelopeSchema, m);
}

export function decodeEs(bytes: Uint8Array): EsEnvelope {
  return fromBinary(EnvelopeSchema, bytes);
}

function canonEntityEs(e: EsEntity): CanonEntity {
  return {
    eid: e.eid,
    kind: e.kind,
    id: e.id,
    latE7: e.latE7,
    lngE7: e.lngE7,
    name: e.name,
    team: e.team,
    headingDeg: e.headingDeg,
    speedMps: e.speedMps,
    updatedMs: e.updatedMs,
    level: e.level,
    expiresMs: e.expiresMs,
    poiKind: e.poiKind,
    idle: e.idle,
  };
}

/** Canonical form of a @bufbuild/protobuf Envelope. */
export function canonEs(m: EsEnvelope): CanonEnvelope {
  const head = {
    seq: m.seq,
    ack: m.ack,
    hlcMs: m.hlcMs,
    hlcLogical: m.hlcLogical,
    traceId: Array.from(m.traceId),
  };
  const b = m.body;
  switch (b.case) {
    case 'location': {
      const l = b.value;
      return {
        ...head,
        body: {
          case: 'location',
          value: {
            latE7: l.latE7,
            lngE7: l.lngE7,
            accuracyM: l.accuracyM,
            speedMps: l.speedMps,
            headingDeg: l.headingDeg,
            source: l.source,
            clientTimeMs: l.clientTimeMs,
            mock: l.mock,
            steps: l.steps,
          },
        },
      };
    }
    case 'worldDelta': {
      const w = b.value;
      return {
        ...head,
        body: {
          case: 'worldDelta',
          value: {
            tick: w.tick,
            serverTimeMs: w.serverTimeMs,
            chunks: w.chunks.map((c) => ({
              cell: c.cell,
              snapshot: c.snapshot,
              enter: c.enter.map(canonEntityEs),
              moveEid: [...c.moveEid],
              moveLatE7: [...c.moveLatE7],
              moveLngE7: [...c.moveLngE7],
              leaveEid: [...c.leaveEid],
              leaveTo: [...c.leaveTo],
            })),
            droppedCells: [...w.droppedCells],
          },
        },
      };
    }
    case 'ping':
      return {
        ...head,
        body: { case: 'ping', value: { id: b.value.id, originTimeMs: b.value.originTimeMs } },
      };
    default:
      throw new Error(`canonEs: the envelope body is ${String(b.case)}, not location, worldDelta or ping`);
  }
}
