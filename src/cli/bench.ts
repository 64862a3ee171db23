/** `geoplay bench <name>`: each benchmark lives in bench/ and is loaded only when run. */
type Bench = { summary: string; load: () => Promise<{ main(argv: string[]): Promise<number> }> };

const benches: Record<string, Bench> = {
  idle: {
    summary: 'idle connections held with heartbeats (server in its own process)',
    load: () => import('../../bench/idle.js'),
  },
  world: {
    summary: 'walking players in one server process: tick, move-to-seen latency, AOI recall',
    load: () => import('../../bench/world.js'),
  },
  'world-floor': {
    summary: 'the floor of the world scenario: a bare ws server and clients doing only the sockets',
    load: () => import('../../bench/worldFloor.js'),
  },
  resume: {
    summary: 'clients cut at once through a proxy: time to resume with replay, frames lost or doubled',
    load: () => import('../../bench/resume.js'),
  },
  positions: {
    summary: 'absolute vs delta-coded E7 positions in cell chunks (bytes and encode time)',
    load: () => import('../../bench/positions.js'),
  },
  geo: { summary: 'nearby queries over 1,000,000 indexed points', load: () => import('../../bench/geo.js') },
  journal: {
    summary: 'OpJournal group commit (PGlite, PostgreSQL): acknowledged ops/s, ack latency, capacity',
    load: () => import('../../bench/journal.js'),
  },
  gps: {
    summary: 'Kalman update, location pipeline and geofence throughput',
    load: () => import('../../bench/gps.js'),
  },
  rooms: {
    summary:
      'rooms of N at 20 Hz: input-to-own-effect latency, updates/s, server CPU; vs Colyseus and bare ws',
    load: () => import('../../bench/rooms/main.js'),
  },
  // Needs the devDependency @bufbuild/protobuf: run it from a clone after npm install.
  protobuf: {
    summary: 'protobufjs vs @bufbuild/protobuf on the hot messages',
    load: async () => {
      const bench = await import('../../bench/protobuf.js');
      return {
        main: async (argv) => {
          await bench.main(argv);
          return 0;
        },
      };
    },
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const bench = name ? benches[name] : undefined;
  if (!bench) {
    const list = Object.entries(benches).map(([n, b]) => `  ${n.padEnd(10)} ${b.summary}`);
    process.stderr.write(`usage: geoplay bench <name> [args]\n\n${list.join('\n')}\n`);
    return name ? 2 : 0;
  }
  return (await bench.load()).main(rest);
}
