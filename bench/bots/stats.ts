import * as hdr from 'hdr-histogram-js';

/** Latency histograms in microseconds, mergeable across worker processes. */
export function newHistogram(): hdr.Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
  });
}

export function encodeHistogram(h: hdr.Histogram): string {
  return hdr.encodeIntoCompressedBase64(h);
}

export function decodeHistogram(s: string): hdr.Histogram {
  return hdr.decodeFromCompressedBase64(s);
}

export interface Percentiles {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Percentiles in milliseconds (3 decimals) of a histogram recorded in microseconds. */
export function percentilesMs(h: hdr.Histogram): Percentiles {
  const ms = (us: number) => Math.round(us) / 1000;
  if (h.totalCount === 0) return { p50: 0, p90: 0, p99: 0, max: 0 };
  return {
    p50: ms(h.getValueAtPercentile(50)),
    p90: ms(h.getValueAtPercentile(90)),
    p99: ms(h.getValueAtPercentile(99)),
    max: ms(h.maxValue),
  };
}
