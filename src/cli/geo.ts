import { cellToken, cellTokenAt, VIEW_LEVEL } from '../geo/cells.js';
import { coverCircle } from '../geo/cover.js';
import { GeoError } from '../geo/errors.js';

export const geoUsage = `geoplay geo cell <lat> <lng> [--level N]
    print the S2 cell token containing the point (default level ${VIEW_LEVEL}, the view cell)
geoplay geo cover <lat> <lng> <radius_m> [--level N]
    print, one per line, the tokens of every level-N cell meeting the circle (default level ${VIEW_LEVEL})`;

interface Io {
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

class UsageError extends Error {}

// Strict decimal syntax: Number() alone would accept "", "0x1f" and "Infinity".
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function parse(argv: string[]): { positionals: string[]; level: number; help: boolean } {
  const positionals: string[] = [];
  let level = VIEW_LEVEL;
  let help = false;
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    // Negative coordinates such as -33.8 are values, not flags.
    if (onlyPositionals || !a.startsWith('-') || NUMBER.test(a)) {
      positionals.push(a);
    } else if (a === '--') {
      onlyPositionals = true;
    } else if (a === '--help' || a === '-h') {
      help = true;
    } else if (a === '--level' || a.startsWith('--level=')) {
      const v = a === '--level' ? argv[++i] : a.slice('--level='.length);
      if (v === undefined || !/^\d+$/.test(v))
        throw new UsageError(`--level needs an integer 0..30 (got ${v ?? 'nothing'})`);
      level = Number(v);
    } else {
      throw new UsageError(`unknown option ${a}`);
    }
  }
  return { positionals, level, help };
}

function num(name: string, v: string | undefined): number {
  if (v === undefined || !NUMBER.test(v))
    throw new UsageError(`${name} must be a decimal number (got ${v ?? 'nothing'})`);
  return Number(v);
}

export async function main(
  argv: string[],
  io: Io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.out.write(`usage: ${geoUsage}\n`);
    return 0;
  }
  try {
    const { positionals, level, help } = parse(rest);
    if (help) {
      io.out.write(`usage: ${geoUsage}\n`);
      return 0;
    }
    if (sub === 'cell') {
      if (positionals.length !== 2) throw new UsageError('cell takes <lat> <lng>');
      io.out.write(`${cellTokenAt(num('lat', positionals[0]), num('lng', positionals[1]), level)}\n`);
      return 0;
    }
    if (sub === 'cover') {
      if (positionals.length !== 3) throw new UsageError('cover takes <lat> <lng> <radius_m>');
      const cells = coverCircle(
        num('lat', positionals[0]),
        num('lng', positionals[1]),
        num('radius_m', positionals[2]),
        level,
      );
      io.out.write(cells.map((c) => `${cellToken(c)}\n`).join(''));
      return 0;
    }
    throw new UsageError(sub === undefined ? 'missing sub-command' : `unknown sub-command "${sub}"`);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err.write(`geoplay geo: ${err.message}\nusage: ${geoUsage}\n`);
      return 2;
    }
    if (err instanceof GeoError) {
      io.err.write(`geoplay geo: ${err.message} [${err.code}]\n`);
      return 2;
    }
    throw err;
  }
}
