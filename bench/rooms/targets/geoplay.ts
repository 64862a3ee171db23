import { fileURLToPath, pathToFileURL } from 'node:url';
import { startListening } from '../peerServer.js';
import type { RoomsTarget, ServerOptions, TargetServer } from '../target.js';

/** A module beside bench/rooms/targets/, from the sources (.ts, under tsx) or the build (.js). */
function sibling(name: string): string {
  return fileURLToPath(import.meta.url).replace(
    /targets[/\\]geoplay\.(ts|js)$/,
    (_m, ext: string) => `${name}.${ext}`,
  );
}

/**
 * geoplay's own rooms: bench/rooms/geoplayServer.ts runs a GeoplayServer with the scenario's room
 * type (geoplayGame.ts, made with `defineRoom`) in its own process, and the workers drive each
 * client through the SDK (geoplayClient.ts: `GeoplayClient` + `client.rooms.join`). The server
 * runs under the loader of this process (tsx from the sources, plain node from dist).
 */
export const geoplay: RoomsTarget = {
  name: 'geoplay',
  unavailable: () => undefined,
  start: startServer,
  get clientModule() {
    return pathToFileURL(sibling('geoplayClient')).href;
  },
};

/**
 * The same server, driven by geoplayLightClient.ts: the protocol through the project's codec
 * without the SDK's room model, a client as light as the bare-ws peer's, so the load generator
 * takes no more of the machine the server shares with it than bare-ws's clients do.
 */
export const geoplayLight: RoomsTarget = {
  name: 'geoplay-light',
  unavailable: () => undefined,
  start: startServer,
  get clientModule() {
    return pathToFileURL(sibling('geoplayLightClient')).href;
  },
};

function startServer(opts: ServerOptions): Promise<TargetServer> {
  return startListening(
    'geoplay',
    [
      ...process.execArgv,
      sibling('geoplayServer'),
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--room-size',
      String(opts.roomSize),
      '--tick-hz',
      String(opts.tickHz),
    ],
    { env: { ...process.env, NODE_ENV: 'development' }, path: '/ws' },
  );
}
