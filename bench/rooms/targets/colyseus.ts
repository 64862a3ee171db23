import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { peersDir, peerTarget } from '../peerServer.js';

/** Colyseus 0.16 from npm (bench/peers/colyseus), installed apart from the root package. */
export const colyseus = peerTarget('colyseus', () =>
  existsSync(join(peersDir(), 'colyseus', 'node_modules', '@colyseus', 'core'))
    ? undefined
    : 'Colyseus is not installed: run `npm ci --prefix bench/peers/colyseus` first',
);
