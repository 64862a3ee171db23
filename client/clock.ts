/**
 * Clock offset estimate from NTP-style exchanges: for a Ping sent at t0 (client clock), received
 * at t1 and answered at t2 (server clock), and the Pong received at t3 (client clock),
 * offset = ((t1 - t0) + (t2 - t3)) / 2 and rtt = (t3 - t0) - (t2 - t1). The sample with the
 * lowest RTT among the recent ones is the least disturbed by queueing, so it wins; its half-RTT
 * bounds the error.
 */
export interface ClockSample {
  offsetMs: number;
  rttMs: number;
  atMs: number;
}

export class ClockSync {
  private readonly samples: ClockSample[] = [];
  constructor(private readonly keep = 8) {}

  add(t0: number, t1: number, t2: number, t3: number): ClockSample {
    const sample = { offsetMs: (t1 - t0 + (t2 - t3)) / 2, rttMs: Math.max(0, t3 - t0 - (t2 - t1)), atMs: t3 };
    this.samples.push(sample);
    if (this.samples.length > this.keep) this.samples.shift();
    return sample;
  }

  private best(): ClockSample | undefined {
    let best: ClockSample | undefined;
    for (const s of this.samples) if (!best || s.rttMs < best.rttMs) best = s;
    return best;
  }

  /** Server clock minus client clock, in ms (0 before any sample). */
  get offsetMs(): number {
    return this.best()?.offsetMs ?? 0;
  }

  /** Half the RTT of the sample in use: the offset is within ± this (Infinity before any sample). */
  get uncertaintyMs(): number {
    const b = this.best();
    return b ? b.rttMs / 2 : Number.POSITIVE_INFINITY;
  }

  get sampleCount(): number {
    return this.samples.length;
  }
}
