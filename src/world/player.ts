import type { CooldownSet, Hlc, InventoryDelta, PlayerRecord, WorldEffect } from '../cluster/store/index.js';
import type { GpsConfig } from '../gps/config.js';
import type { GeofenceTracker } from '../gps/geofence.js';
import { type GpsPersistedState, GpsPipeline } from '../gps/pipeline.js';
import type { PlaceStates } from './places.js';

/**
 * What the server keeps per player across sessions: the in-memory copy of the stored inventory and
 * cooldowns (plus the effects of ops still committing), the location pipeline, rate-limit windows.
 */
export class PlayerState {
  readonly inventory = new Map<string, number>();
  readonly cooldowns = new Map<string, number>();
  readonly actionTimes = new Map<string, number[]>();
  /** Sessions of this player that have not ended. */
  sessions = 0;
  /** The load from the store while it runs (concurrent callers share it). */
  loading: Promise<void> | undefined;
  /** The in-memory state is known to match the store plus the pending ops. */
  loaded = false;
  /** The actions of one player run one at a time (their commits may overlap). */
  chain: Promise<unknown> = Promise.resolve();
  /** Settles when the last op of this player sent to the journal has committed or failed. */
  lastCommit: Promise<unknown> = Promise.resolve();
  private pipeline: GpsPipeline | undefined;
  private parked: GpsPersistedState | undefined;
  constructor(
    readonly id: string,
    private readonly gpsConfig: GpsConfig,
    readonly fences: GeofenceTracker | undefined,
  ) {}

  /**
   * The player's location pipeline, made on first use: a pipeline with its history costs kilobytes,
   * which an idle or gone player should not hold.
   */
  get gps(): GpsPipeline {
    if (!this.pipeline) {
      this.pipeline = new GpsPipeline(this.gpsConfig);
      if (this.parked) this.pipeline.importState(this.parked);
      this.parked = undefined;
    }
    return this.pipeline;
  }

  get hasGps(): boolean {
    return this.pipeline !== undefined;
  }

  riskScore(nowMs: number): number {
    return this.pipeline ? this.pipeline.riskScore(nowMs) : (this.parked?.risk.raw ?? 0);
  }

  get creditedDistanceM(): number {
    return this.pipeline ? this.pipeline.creditedDistanceM : (this.parked?.creditedDistanceM ?? 0);
  }

  /** The session ended: keep what outlives it (teleport anchor, cooldown, distance, risk) as JSON. */
  park(): GpsPersistedState | undefined {
    if (this.pipeline) {
      this.parked = this.pipeline.exportState();
      this.pipeline = undefined;
    }
    return this.parked;
  }

  /** Replaces the in-memory state with the stored one (at first use, or after a failed commit). */
  applyRecord(record: PlayerRecord | null): void {
    this.inventory.clear();
    this.cooldowns.clear();
    if (record) {
      for (const [item, n] of Object.entries(record.inventory)) this.inventory.set(item, n);
      for (const [key, until] of Object.entries(record.cooldowns)) this.cooldowns.set(key, until);
      const gps = record.state.gps as GpsPersistedState | undefined;
      if (gps && !this.pipeline) this.parked = gps;
    }
    this.loaded = true;
  }
}

/**
 * The effects of one op on one player, applied to memory as the handler runs (so the player's next
 * action sees them) and journaled with the op; undone if the op is not committed.
 */
export class OpEffects {
  private readonly deltas = new Map<string, number>();
  private readonly cooldownsSet = new Map<string, number>();
  /** The value each touched cooldown had before this op (undefined: none). */
  private readonly previous = new Map<string, number | undefined>();
  private readonly world: WorldEffect[] = [];

  constructor(
    private readonly player: PlayerState,
    private readonly places: PlaceStates,
    private readonly opId: string,
  ) {}

  get empty(): boolean {
    return this.deltas.size === 0 && this.cooldownsSet.size === 0 && this.world.length === 0;
  }

  /** Sets world state at a place; staged at once so the next actions see it. */
  setPlace(shard: string, key: string, value: unknown): void {
    const effect = { shard, key, value: value ?? null };
    this.world.push(effect);
    this.places.stage(this.opId, [effect]);
  }

  /** A copy: the op keeps its effects after a revert empties this list (an uncertain commit needs them). */
  worldEffects(): WorldEffect[] {
    return [...this.world];
  }

  /** The op committed (or there is no store): its world effects become committed state. */
  commitWorld(hlc: Hlc): void {
    if (this.world.length === 0) return;
    this.places.unstage(this.opId, this.world);
    this.places.apply(hlc, this.world);
  }

  add(item: string, n: number): void {
    const inv = this.player.inventory;
    inv.set(item, (inv.get(item) ?? 0) + n);
    this.deltas.set(item, (this.deltas.get(item) ?? 0) + n);
  }

  setCooldown(key: string, untilMs: number): void {
    if (!this.previous.has(key)) this.previous.set(key, this.player.cooldowns.get(key));
    const until = Math.ceil(untilMs);
    this.player.cooldowns.set(key, until);
    this.cooldownsSet.set(key, until);
  }

  inventoryDeltas(): InventoryDelta[] {
    const out: InventoryDelta[] = [];
    for (const [item, delta] of this.deltas) if (delta !== 0) out.push({ item, delta });
    return out;
  }

  cooldownSets(): CooldownSet[] {
    return [...this.cooldownsSet].map(([key, untilMs]) => ({ key, untilMs }));
  }

  /** Takes the effects back out of memory (the op failed, was a duplicate, or was not committed). */
  revert(): void {
    const inv = this.player.inventory;
    for (const [item, delta] of this.deltas) {
      const n = (inv.get(item) ?? 0) - delta;
      if (n === 0) inv.delete(item);
      else inv.set(item, n);
    }
    for (const [key, prev] of this.previous) {
      if (prev === undefined) this.player.cooldowns.delete(key);
      else this.player.cooldowns.set(key, prev);
    }
    this.places.unstage(this.opId, this.world);
    this.deltas.clear();
    this.cooldownsSet.clear();
    this.previous.clear();
    this.world.length = 0;
  }
}
