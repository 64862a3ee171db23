import type { RoomsTarget } from '../target.js';
import { bareWs } from './bareWs.js';
import { colyseus } from './colyseus.js';
import { geoplay, geoplayLight } from './geoplay.js';

/** Every target of `geoplay bench rooms`, in the order `--target all` runs them. */
export const TARGETS: readonly RoomsTarget[] = [geoplay, geoplayLight, colyseus, bareWs];

export function findTarget(name: string): RoomsTarget | undefined {
  return TARGETS.find((t) => t.name === name);
}
