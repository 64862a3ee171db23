// Protobuf library benchmark: protobufjs static code (the server's library, src/protocol/gen)
// against @bufbuild/protobuf v2 (protoc-gen-es, bench/protobuf/gen) on the hot messages, each
// wrapped in an Envelope as on the wire. See docs/BENCHMARKS.md, section "Protobuf library".
//
//   geoplay bench protobuf [--quick] [--rounds N] [--json] [--case NAME]
//   npx tsx -e "import('./bench/protobuf.ts').then(m=>m.main([]))"
//
// Before measuring, every message is encoded with each library and decoded with the other, and the
// decoded values are compared with the source (the run stops if they differ).
import { deepStrictEqual } from 'node:assert/strict';
import { availableParallelism, cpus } from 'node:os';
import { create, toBinary } from '@bufbuild/protobuf';
import { do_not_optimize, measure } from 'mitata';
import { geoplay } from '../src/protocol/gen/geoplay.js';
import { EnvelopeSchema } from './protobuf/gen/geoplay_pb.js';
import {
  buildEs,
  type CanonEnvelope,
  canonEs,
  canonPbjs,
  decodeEs,
  decodePbjs,
  encodeEs,
  encodePbjs,
  HOT_CASES,
  HOT_MESSAGES,
  type HotCase,
  toEsInit,
  toPbjs,
} from './protobuf/messages.js';

export type ProtobufLib = 'protobufjs' | '@bufbuild/protobuf';
export type ProtobufOp = 'encode' | 'create+encode' | 'decode';

export interface ProtobufBenchResult {
  case: HotCase;
  op: ProtobufOp;
  lib: ProtobufLib;
  /** Encoded Envelope size in bytes. */
  bytes: number;
  /** Per-operation time in nanoseconds: the median over rounds of mitata's per-round median (p50)
   * and p99. mitata times batches of calls (256 here), so its percentiles are over per-batch means,
   * not over single calls. */
  medianNs: number;
  p99Ns: number;
  /** mitata's median of each round. */
  roundMediansNs: number[];
  /** Samples (batches) and calls, summed over the rounds. */
  samples: number;
  calls: number;
}

export interface ProtobufBenchRatio {
  case: HotCase;
  op: ProtobufOp;
  /** @bufbuild/protobuf time over protobufjs time: the median over rounds of the ratio of the two
   * medians measured back to back in that round (above 1: protobufjs is faster). */
  ratio: number;
  roundRatios: number[];
}

export interface ProtobufBenchOptions {
  /** Measuring time per benchmark and round in milliseconds (default 200; mitata's own is 642). */
  minCpuTimeMs?: number;
  /** Rounds per case and operation (default 5); the two libraries are measured back to back in
   * each round, in alternating order. */
  rounds?: number;
  /** Only these cases (default: all). */
  cases?: readonly HotCase[];
}

export interface CrossCheck {
  case: HotCase;
  bytesPbjs: number;
  bytesEs: number;
  /** Both libraries produced the same bytes (not required by protobuf, but expected here). */
  identical: boolean;
}

/**
 * Encodes every hot message with each library, decodes it with the other and with itself, and
 * asserts that all decoded values equal the source. Throws on any difference.
 */
export function crossCheck(cases: readonly HotCase[] = HOT_CASES): CrossCheck[] {
  return cases.map((c) => {
    const canon: CanonEnvelope = HOT_MESSAGES[c];
    const pbjsBytes = encodePbjs(toPbjs(canon));
    const esBytes = encodeEs(buildEs(canon));
    deepStrictEqual(canonPbjs(toPbjs(canon)), canon, `${c}: protobufjs input`);
    deepStrictEqual(canonEs(buildEs(canon)), canon, `${c}: @bufbuild/protobuf input`);
    deepStrictEqual(canonPbjs(decodePbjs(pbjsBytes)), canon, `${c}: protobufjs -> protobufjs`);
    deepStrictEqual(canonEs(decodeEs(esBytes)), canon, `${c}: @bufbuild/protobuf -> @bufbuild/protobuf`);
    deepStrictEqual(canonPbjs(decodePbjs(esBytes)), canon, `${c}: @bufbuild/protobuf -> protobufjs`);
    deepStrictEqual(canonEs(decodeEs(pbjsBytes)), canon, `${c}: protobufjs -> @bufbuild/protobuf`);
    // The create+encode variants measured below must produce the same bytes as the plain encodes.
    const pb = geoplay.v1.Envelope;
    deepStrictEqual(
      Buffer.from(pb.encode(pb.create(toPbjs(canon))).finish()),
      Buffer.from(pbjsBytes),
      `${c}: protobufjs create+encode`,
    );
    deepStrictEqual(
      Buffer.from(toBinary(EnvelopeSchema, create(EnvelopeSchema, toEsInit(canon)))),
      Buffer.from(esBytes),
      `${c}: @bufbuild/protobuf create+encode`,
    );
    return {
      case: c,
      bytesPbjs: pbjsBytes.length,
      bytesEs: esBytes.length,
      identical: Buffer.compare(Buffer.from(pbjsBytes), Buffer.from(esBytes)) === 0,
    };
  });
}

type Thunk = () => void;

function thunks(c: HotCase): Record<ProtobufOp, Record<ProtobufLib, Thunk>> {
  const canon = HOT_MESSAGES[c];
  const pb = geoplay.v1.Envelope;
  // Inputs are built once; each call encodes or decodes afresh.
  const pbjsMsg = toPbjs(canon);
  const esMsg = buildEs(canon);
  const esInit = toEsInit(canon);
  const pbjsBytes = encodePbjs(pbjsMsg);
  const esBytes = encodeEs(esMsg);
  return {
    // protobufjs encodes the plain object the server builds; @bufbuild/protobuf encodes a message
    // made by create() beforehand.
    encode: {
      protobufjs: () => do_not_optimize(pb.encode(pbjsMsg).finish()),
      '@bufbuild/protobuf': () => do_not_optimize(toBinary(EnvelopeSchema, esMsg)),
    },
    // Message construction from an init object, then encode: what @bufbuild/protobuf needs for every
    // outgoing message (protobufjs does not need create(); measured for symmetry).
    'create+encode': {
      protobufjs: () => do_not_optimize(pb.encode(pb.create(pbjsMsg)).finish()),
      '@bufbuild/protobuf': () => do_not_optimize(toBinary(EnvelopeSchema, create(EnvelopeSchema, esInit))),
    },
    // Each library decodes its own bytes (identical bytes in practice; crossCheck reports it).
    decode: {
      protobufjs: () => do_not_optimize(pb.decode(pbjsBytes)),
      '@bufbuild/protobuf': () => do_not_optimize(decodeEs(esBytes)),
    },
  };
}

// Calls per mitata sample. Every benchmark here is batched (warm() makes sure that mitata's own
// warm-up sees a JIT-compiled function), so that all rows are measured the same way.
const BATCH = 256;

/** Runs fn for at least 2,000 calls and 50 ms so that it is optimised before mitata looks at it. */
function warm(fn: Thunk): void {
  const t0 = performance.now();
  for (let i = 0; i < 2_000 || performance.now() - t0 < 50; i++) fn();
}

const OPS: readonly ProtobufOp[] = ['encode', 'create+encode', 'decode'];
const LIBS: readonly ProtobufLib[] = ['protobufjs', '@bufbuild/protobuf'];

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs the cross-check, then measures every case, operation and library with mitata. */
export async function runProtobufBench(
  opts: ProtobufBenchOptions = {},
  onResult?: (r: ProtobufBenchResult | ProtobufBenchRatio) => void,
): Promise<{ checks: CrossCheck[]; results: ProtobufBenchResult[]; ratios: ProtobufBenchRatio[] }> {
  const cases = opts.cases ?? HOT_CASES;
  const rounds = Math.max(1, opts.rounds ?? 5);
  const minCpuTimeNs = (opts.minCpuTimeMs ?? 200) * 1e6;
  const checks = crossCheck(cases);
  const results: ProtobufBenchResult[] = [];
  const ratios: ProtobufBenchRatio[] = [];
  for (const c of cases) {
    const check = checks.find((x) => x.case === c)!;
    const t = thunks(c);
    for (const op of OPS) {
      const stats: Record<ProtobufLib, { p50: number[]; p99: number[]; samples: number; calls: number }> = {
        protobufjs: { p50: [], p99: [], samples: 0, calls: 0 },
        '@bufbuild/protobuf': { p50: [], p99: [], samples: 0, calls: 0 },
      };
      for (const fn of Object.values(t[op])) warm(fn);
      for (let round = 0; round < rounds; round++) {
        // Alternate which library goes first, so that drift on a shared machine does not favour one.
        const order = round % 2 === 0 ? LIBS : [...LIBS].reverse();
        for (const lib of order) {
          const s = await measure(t[op][lib], {
            // Small batches: more samples, so that p99 means something (it is over batch means).
            batch_samples: BATCH,
            min_cpu_time: minCpuTimeNs,
          });
          const acc = stats[lib];
          acc.p50.push(s.p50);
          acc.p99.push(s.p99);
          acc.samples += s.samples.length;
          acc.calls += s.ticks;
        }
      }
      for (const lib of LIBS) {
        const acc = stats[lib];
        const r: ProtobufBenchResult = {
          case: c,
          op,
          lib,
          bytes: lib === 'protobufjs' ? check.bytesPbjs : check.bytesEs,
          medianNs: median(acc.p50),
          p99Ns: median(acc.p99),
          roundMediansNs: acc.p50,
          samples: acc.samples,
          calls: acc.calls,
        };
        results.push(r);
        onResult?.(r);
      }
      const roundRatios = stats['@bufbuild/protobuf'].p50.map((es, i) => es / stats.protobufjs.p50[i]!);
      const q: ProtobufBenchRatio = { case: c, op, ratio: median(roundRatios), roundRatios };
      ratios.push(q);
      onResult?.(q);
    }
  }
  return { checks, results, ratios };
}

/** Truncates (never rounds up) to the given number of decimals. */
export function trunc(x: number, decimals: number): string {
  const f = 10 ** decimals;
  return (Math.trunc(x * f) / f).toFixed(decimals);
}

export function formatTable(
  results: readonly ProtobufBenchResult[],
  ratios: readonly ProtobufBenchRatio[],
): string {
  const head = [
    'case',
    'op',
    'bytes',
    'protobufjs median ns',
    'p99',
    '@bufbuild/protobuf median ns',
    'p99',
    'es/pbjs',
    'per round',
  ];
  const rows: string[][] = [head];
  for (const c of HOT_CASES) {
    for (const op of OPS) {
      const a = results.find((r) => r.case === c && r.op === op && r.lib === 'protobufjs');
      const b = results.find((r) => r.case === c && r.op === op && r.lib === '@bufbuild/protobuf');
      const q = ratios.find((r) => r.case === c && r.op === op);
      if (!a || !b || !q) continue;
      rows.push([
        c,
        op,
        a.bytes === b.bytes ? String(a.bytes) : `${a.bytes}/${b.bytes}`,
        trunc(a.medianNs, 1),
        trunc(a.p99Ns, 1),
        trunc(b.medianNs, 1),
        trunc(b.p99Ns, 1),
        `${trunc(q.ratio, 2)}x`,
        q.roundRatios.map((x) => trunc(x, 2)).join(' '),
      ]);
    }
  }
  const widths = head.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) => r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    .join('\n');
}

function usage(): string {
  return [
    'usage: geoplay bench protobuf [--quick] [--rounds N] [--json] [--case location|worldDelta|ping]...',
    '  --quick     2 rounds of 50 ms per benchmark (a smoke test; default: 5 rounds of 200 ms)',
    '  --rounds N  rounds per case and operation; the libraries alternate within each round',
    '  --json      print only the JSON lines (no table)',
  ].join('\n');
}

/** CLI entry: prints one JSON line per case, operation and library (and one per ratio), then a table. */
export async function main(argv: readonly string[]): Promise<void> {
  const opts: ProtobufBenchOptions = {};
  let jsonOnly = false;
  const cases: HotCase[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') {
      opts.rounds = 2;
      opts.minCpuTimeMs = 50;
    } else if (a === '--rounds') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--rounds needs a positive integer\n${usage()}`);
      opts.rounds = n;
    } else if (a === '--json') jsonOnly = true;
    else if (a === '--case') {
      const v = argv[++i];
      const found = HOT_CASES.find((c) => c === v);
      if (!found) throw new Error(`unknown case ${String(v)}\n${usage()}`);
      cases.push(found);
    } else if (a === '--help' || a === '-h') {
      console.log(usage());
      return;
    } else throw new Error(`unknown argument ${String(a)}\n${usage()}`);
  }
  if (cases.length > 0) opts.cases = cases;
  console.log(
    JSON.stringify({
      bench: 'protobuf',
      kind: 'context',
      date: new Date().toISOString(),
      node: process.version,
      nproc: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      rounds: opts.rounds ?? 5,
      minCpuTimeMs: opts.minCpuTimeMs ?? 200,
    }),
  );
  const { checks, results, ratios } = await runProtobufBench(opts, (r) =>
    console.log(JSON.stringify({ bench: 'protobuf', kind: 'lib' in r ? 'result' : 'ratio', ...r })),
  );
  for (const c of checks)
    console.log(JSON.stringify({ bench: 'protobuf', kind: 'crosscheck', ok: true, ...c }));
  if (!jsonOnly) {
    console.log('');
    console.log(formatTable(results, ratios));
    const differing = checks.filter((c) => !c.identical).map((c) => c.case);
    console.log(
      [
        '',
        'ns per operation (truncated); median and p99 are medians over the rounds of mitata p50 and p99',
        '(p99 over batches of 256 calls); es/pbjs is the median of the per-round ratios.',
        `cross-check: each library decodes the other's bytes to the same values; bytes identical: ${
          differing.length === 0 ? 'all cases' : `not for ${differing.join(', ')}`
        }`,
      ].join('\n'),
    );
  }
}
