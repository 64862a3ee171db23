import { peerTarget } from '../peerServer.js';

/** A bare `ws` server (bench/peers/bare-ws): the practical limit of the machine for the scenario. */
export const bareWs = peerTarget('bare-ws', () => undefined);
