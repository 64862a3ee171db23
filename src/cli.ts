#!/usr/bin/env node
/**
 * The `geoplay` command. Each sub-command lives in its own module under src/cli/ (or bench/) and
 * is loaded only when used, so `geoplay serve` does not load the bots or the benchmarks.
 */
type Command = { summary: string; load: () => Promise<{ main(argv: string[]): Promise<number> }> };

const commands: Record<string, Command> = {
  serve: { summary: 'run the server', load: () => import('./cli/serve.js') },
  token: { summary: 'print a player token', load: () => import('./cli/token.js') },
  bots: { summary: 'run simulated players against a server', load: () => import('./cli/bots.js') },
  geo: {
    summary: 'S2 cell token of a point, or the cells covering a circle',
    load: () => import('./cli/geo.js'),
  },
  gps: {
    summary: 'replay a recorded GPS trace through the location pipeline',
    load: () => import('./cli/gps.js'),
  },
  bench: { summary: 'run a benchmark (see docs/BENCHMARKS.md)', load: () => import('./cli/bench.js') },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `usage: geoplay <command> [args]\n\n${lines.join('\n')}\n\nRun geoplay <command> --help for its options.\n`;
}

async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`geoplay: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  return (await command.load()).main(rest);
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Commands that finish return; the server returns only after its drain. Either way nothing
    // should keep the process alive now, but a stuck handle must not turn a clean exit into a hang.
    setTimeout(() => process.exit(code), 2000).unref();
  },
  (err: unknown) => {
    process.stderr.write(`geoplay: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
