/**
 * Hybrid logical clock: physical milliseconds plus a logical counter. `now()` never goes backwards,
 * also when the wall clock steps back; `receive()` advances the clock past a remote timestamp so
 * causally later events always compare later across nodes.
 */
export interface HlcTimestamp {
  ms: number;
  logical: number;
}

export class HybridLogicalClock {
  ms = 0;
  logical = 0;

  constructor(private readonly wallClock: () => number = Date.now) {}

  /** Advances the clock for a local event or a send; the result is in `this.ms` / `this.logical`. */
  tick(): void {
    const wall = this.wallClock();
    if (wall > this.ms) {
      this.ms = wall;
      this.logical = 0;
    } else {
      this.logical++;
    }
  }

  now(): HlcTimestamp {
    this.tick();
    return { ms: this.ms, logical: this.logical };
  }

  /** Merges a timestamp received from another node. */
  receive(remoteMs: number, remoteLogical: number): void {
    const wall = this.wallClock();
    const max = Math.max(wall, this.ms, remoteMs);
    if (max === this.ms && max === remoteMs) this.logical = Math.max(this.logical, remoteLogical) + 1;
    else if (max === this.ms) this.logical++;
    else if (max === remoteMs) this.logical = remoteLogical + 1;
    else this.logical = 0;
    this.ms = max;
  }
}

export function compareHlc(a: HlcTimestamp, b: HlcTimestamp): number {
  return a.ms - b.ms || a.logical - b.logical;
}
