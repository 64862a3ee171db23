import type { ViewCell } from './viewCell.js';

/** Entity kinds, as on the wire (EntityKind in proto/geoplay.proto). */
export const EntityKind = { PLAYER: 1, SPAWN: 2, POI: 3 } as const;
export type EntityKind = (typeof EntityKind)[keyof typeof EntityKind];

/**
 * Every entity of the world in flat arrays indexed by a numeric handle (eid), so a move touches
 * two Int32Array slots and the per-tick encoder reads memory in place. Handles of removed entities
 * are recycled only after the tick that reported the removal has been encoded.
 */
export class EntityStore {
  capacity: number;
  kind: Uint8Array;
  latE7: Int32Array;
  lngE7: Int32Array;
  team: Uint8Array;
  idle: Uint8Array;
  level: Uint16Array;
  headingDeg: Float32Array;
  speedMps: Float32Array;
  updatedMs: Float64Array;
  expiresMs: Float64Array;
  /** Tick in which the entity was last recorded in its cell's change buffer (enter or move). */
  markTick: Int32Array;
  id: string[] = [];
  name: string[] = [];
  poiKind: string[] = [];
  cell: (ViewCell | null)[] = [];
  private free: number[] = [];
  private freeLater: number[] = [];
  private next = 1; // eid 0 means "none" on the wire
  live = 0;

  constructor(capacity = 1024) {
    this.capacity = capacity;
    this.kind = new Uint8Array(capacity);
    this.latE7 = new Int32Array(capacity);
    this.lngE7 = new Int32Array(capacity);
    this.team = new Uint8Array(capacity);
    this.idle = new Uint8Array(capacity);
    this.level = new Uint16Array(capacity);
    this.headingDeg = new Float32Array(capacity);
    this.speedMps = new Float32Array(capacity);
    this.updatedMs = new Float64Array(capacity);
    this.expiresMs = new Float64Array(capacity);
    this.markTick = new Int32Array(capacity).fill(-1);
  }

  allocate(kind: EntityKind, id: string, name: string): number {
    const eid = this.free.pop() ?? this.next++;
    if (eid >= this.capacity) this.grow(eid + 1);
    this.kind[eid] = kind;
    this.id[eid] = id;
    this.name[eid] = name;
    this.poiKind[eid] = '';
    this.cell[eid] = null;
    this.team[eid] = 0;
    this.idle[eid] = 0;
    this.level[eid] = 0;
    this.headingDeg[eid] = Number.NaN;
    this.speedMps[eid] = Number.NaN;
    this.updatedMs[eid] = 0;
    this.expiresMs[eid] = 0;
    this.markTick[eid] = -1;
    this.live++;
    return eid;
  }

  /** The handle stays readable until `recycle()` at the end of the tick. */
  release(eid: number): void {
    this.kind[eid] = 0;
    this.cell[eid] = null;
    this.freeLater.push(eid);
    this.live--;
  }

  recycle(): void {
    if (this.freeLater.length === 0) return;
    for (const eid of this.freeLater) {
      this.id[eid] = '';
      this.name[eid] = '';
      this.free.push(eid);
    }
    this.freeLater.length = 0;
  }

  private grow(min: number): void {
    let cap = this.capacity;
    while (cap < min) cap *= 2;
    const g = <T extends Uint8Array | Int32Array | Uint16Array | Float32Array | Float64Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.kind = g(this.kind, (n) => new Uint8Array(n));
    this.latE7 = g(this.latE7, (n) => new Int32Array(n));
    this.lngE7 = g(this.lngE7, (n) => new Int32Array(n));
    this.team = g(this.team, (n) => new Uint8Array(n));
    this.idle = g(this.idle, (n) => new Uint8Array(n));
    this.level = g(this.level, (n) => new Uint16Array(n));
    this.headingDeg = g(this.headingDeg, (n) => new Float32Array(n));
    this.speedMps = g(this.speedMps, (n) => new Float32Array(n));
    this.updatedMs = g(this.updatedMs, (n) => new Float64Array(n));
    this.expiresMs = g(this.expiresMs, (n) => new Float64Array(n));
    const mark = new Int32Array(cap).fill(-1);
    mark.set(this.markTick);
    this.markTick = mark;
    this.capacity = cap;
  }
}
