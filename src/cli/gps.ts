// `geoplay gps <subcommand>`: tools for tuning location integrity on recorded traces.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { type GpsConfig, type GpsConfigInput, gpsConfig } from '../gps/config.js';
import { replayTrace } from '../gps/replay.js';
import { detectTraceFormat, parseTrace, type TraceFormat, TraceParseError } from '../gps/trace.js';

const USAGE = `usage: geoplay gps replay <file> [--format gpx|csv|ndjson] [--config <json file>] [--summary-only]

Replays a recorded trace (GPX, CSV t,lat,lng,accuracy or NDJSON fixes) through the location
pipeline and prints one NDJSON line per input fix (t, lat, lng, speed_mps, verdict, cooldown_s),
then a summary line. --config takes a JSON object of gps settings to override (docs/GPS.md).
Exit codes: 0 done, 2 bad usage or a malformed file (the message names the line).`;

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: CliIo = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

/** Entry point: `argv[0]` is the subcommand. Resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = stdio): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'replay') return replay(rest, io);
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(`${USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  io.err(`geoplay gps: unknown subcommand ${JSON.stringify(sub)}\n${USAGE}\n`);
  return 2;
}

function replay(args: readonly string[], io: CliIo): number {
  let file: string | undefined;
  let format: TraceFormat | undefined;
  let configFile: string | undefined;
  let summaryOnly = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--format') {
      const f = args[++i];
      if (f !== 'gpx' && f !== 'csv' && f !== 'ndjson') return usage(io, '--format needs gpx, csv or ndjson');
      format = f;
    } else if (a === '--config') {
      configFile = args[++i];
      if (!configFile) return usage(io, '--config needs a file');
    } else if (a === '--summary-only') {
      summaryOnly = true;
    } else if (a.startsWith('-')) {
      return usage(io, `unknown option ${a}`);
    } else if (file === undefined) {
      file = a;
    } else {
      return usage(io, `one file at a time (got ${file} and ${a})`);
    }
  }
  if (file === undefined) return usage(io, 'replay needs a file');

  let config: GpsConfig;
  try {
    config = configFile
      ? gpsConfig(JSON.parse(readFileSync(configFile, 'utf8')) as GpsConfigInput)
      : gpsConfig();
  } catch (e) {
    io.err(`geoplay gps replay: config ${configFile}: ${(e as Error).message}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    io.err(`geoplay gps replay: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  let trace: ReturnType<typeof parseTrace>;
  try {
    trace = parseTrace(text, format ?? detectTraceFormat(text, file));
  } catch (e) {
    if (e instanceof TraceParseError) {
      io.err(`geoplay gps replay: ${file}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  let buf: string[] = [];
  const summary = replayTrace(trace, config, (line) => {
    if (summaryOnly) return;
    buf.push(JSON.stringify(line));
    if (buf.length >= 1000) {
      io.out(`${buf.join('\n')}\n`);
      buf = [];
    }
  });
  buf.push(JSON.stringify(summary));
  io.out(`${buf.join('\n')}\n`);
  return 0;
}

function usage(io: CliIo, why: string): number {
  io.err(`geoplay gps replay: ${why}\n${USAGE}\n`);
  return 2;
}

// Runnable on its own too: `node --import tsx src/cli/gps.ts replay trace.csv`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
