import type { RoomsTarget } from '../target.js';

/**
 * geoplay's own rooms. Placeholder until the rooms of issue 6 exist: replace this file with a
 * target that starts `geoplay serve` with a room type of the scenario (bench/serverProcess.ts) and
 * whose client module joins through the SDK's `client.rooms.join(...)`.
 */
export const geoplay: RoomsTarget = {
  name: 'geoplay',
  unavailable: () =>
    'geoplay rooms are not built yet (issue 6): use --target colyseus or --target bare-ws for now',
  start: () => Promise.reject(new Error('geoplay rooms are not built yet')),
  clientModule: '',
};
