import { setFlagsFromString } from 'node:v8';

/**
 * Turns V8's allocation-site pretenuring off for this process (config
 * `allocationSitePretenuring`, false by default in `geoplay serve`). V8 allocates the objects of a
 * literal straight into the old generation once most of those it counted survived a young
 * collection, and never reconsiders. A game's room handler that stores a new value per input
 * (`ctx.state.set(key, [id, sum])`) gets pretenured while its room fills, when inputs are few and
 * young collections rare; afterwards every such value, dead 50 ms later, waits for a full
 * collection. Measured at 1,000 room clients: allocation that only full collections reclaim 2.8
 * -> 0.5 MB/s, 5-6 full collections in a 30 s run -> the startup's 2, p99 latency lower in 7 of 8
 * paired runs (docs/BENCHMARKS.md).
 *
 * Call it at startup, before the game's code runs: a site pretenured before the call stays so.
 * Node calls flags changed after start unsupported in general; this one is read where V8 handles
 * the survival counts of each young collection, and `geoplay serve` (with the servers of the CLI
 * tests) and the rooms benchmark's server run with it off.
 */
export function disablePretenuring(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}
