/**
 * The Store port: players, inventories, cooldowns, the ops journal and shard snapshots. The rest
 * of the server sees only this interface; `openStore` picks the adapter (PGlite in a data
 * directory, or PostgreSQL when a URL is given). Both run the same migrations and the same SQL.
 */

/** A hybrid logical clock timestamp (structurally the same as session/hlc's HlcTimestamp). */
export interface Hlc {
  ms: number;
  logical: number;
}

export type OpStatus = 'accepted' | 'rejected';

/** One item count change an op produced: positive grants, negative spends. */
export interface InventoryDelta {
  item: string;
  /** An integer within +-(2^31 - 1); 0 is allowed and changes nothing. */
  delta: number;
}

/** One per-player cooldown an op set (e.g. `spin:<poi id>`), replacing any earlier one. */
export interface CooldownSet {
  key: string;
  /** Epoch milliseconds until which the cooldown holds; fractions are rounded up. */
  untilMs: number;
}

/**
 * A change the op made to world state the game keeps at a place (a gym's owner, a lure on a stop),
 * in the shard that owns the place: restored at start-up from the shard's snapshot plus the
 * journal's effects after it.
 */
export interface WorldEffect {
  /** The shard cell's token. */
  shard: string;
  /** What changed, within the shard (e.g. a POI id). */
  key: string;
  /** The new value: plain JSON; null removes the key. */
  value: unknown;
}

/** One action to journal, with the effects the game computed for it. */
export interface OpCommit {
  /** The client-made idempotency key (UUIDv7); at most 128 characters. */
  opId: string;
  playerId: string;
  kind: string;
  /** The action's arguments: plain JSON (`undefined` is stored as null). */
  payload: unknown;
  status: OpStatus;
  /** Why the op was rejected (the code sent to the client); only with status `rejected`. */
  errorCode?: string | null;
  /** The answer sent to the client: plain JSON. */
  result?: unknown;
  /** The server's HLC when the op was executed: the journal's order. */
  hlc: Hlc;
  /** When the client made the op (offline ops), epoch milliseconds. */
  clientTimeMs?: number | null;
  /** The shard that executed the op: lets a shard be recovered from its own journal rows. */
  shard?: string | null;
  /** Effects: applied in the op's transaction, exactly once. A rejected op must have none. */
  inventoryDeltas?: readonly InventoryDelta[];
  cooldowns?: readonly CooldownSet[];
  /** World state changes (journaled with the op; a rejected op must have none). */
  worldEffects?: readonly WorldEffect[];
}

/** A journal row as stored: the answer to give for its op id, now and on any retry. */
export interface JournalRow {
  opId: string;
  playerId: string;
  kind: string;
  payload: unknown;
  status: OpStatus;
  errorCode: string | null;
  result: unknown;
  hlc: Hlc;
  clientTimeMs: number | null;
  shard: string | null;
  /** The op's world state changes, or null. */
  worldEffects: WorldEffect[] | null;
  createdAtMs: number;
}

/**
 * What `commitOps` did with one op. `applied`: this call wrote the journal row and its effects;
 * false: the op id was already journaled (by an earlier call, a concurrent one, or earlier in the
 * same batch) and nothing was applied. Either way `stored` is the row to answer the client from:
 * it may differ from the input (a duplicate's first answer, or an op the store turned into a
 * rejection, see `INSUFFICIENT_ITEMS`).
 */
export interface OpOutcome {
  opId: string;
  applied: boolean;
  stored: JournalRow;
}

/**
 * The error code the store journals an accepted op under, as `rejected` with no effects, when its
 * inventory deltas would take an item count below zero (applying the batch's ops in order).
 * Counts are never negative: the schema enforces it.
 */
export const INSUFFICIENT_ITEMS = 'INSUFFICIENT_ITEMS';

export interface PlayerUpsert {
  id: string;
  name: string;
  team?: number;
  /** Game state (e.g. credited distance); omitted: the stored state is kept (new players: {}). */
  state?: Record<string, unknown>;
}

/** A player with everything the store keeps for them. */
export interface PlayerRecord {
  id: string;
  name: string;
  team: number;
  state: Record<string, unknown>;
  createdAtMs: number;
  updatedAtMs: number;
  /** Item counts above zero. */
  inventory: Record<string, number>;
  /** Cooldown key -> until (epoch ms), expired ones included. */
  cooldowns: Record<string, number>;
}

export interface ShardSnapshot {
  /** The shard cell's token. */
  shard: string;
  /** The snapshot covers every op with an HLC up to and including this one. */
  hlc: Hlc;
  /** Epoch milliseconds; defaults to now when saving. */
  takenAtMs?: number;
  state: unknown;
}

export interface StoredShardSnapshot extends ShardSnapshot {
  takenAtMs: number;
}

export interface JournalQuery {
  /** Only ops executed by this shard. */
  shard?: string;
  /** Page size; default 10,000. */
  limit?: number;
  /**
   * Paging cursor: with it, rows after (after, afterOpId) in journal order, so a page boundary
   * inside one HLC value loses nothing. Pass the last row's opId (and its hlc as `after`).
   */
  afterOpId?: string;
}

export interface Store {
  /** Which adapter this is. */
  readonly kind: 'pglite' | 'postgres';
  /**
   * Commits a batch (one tick's ops) in one database transaction: each op's journal row keyed by
   * its op id, together with its effects; an op id already journaled applies nothing and returns
   * the stored row. Resolves only after the commit is durable: an op may be acknowledged to its
   * client only then, and from `stored`. Rejects with StoreError (`UNAVAILABLE`: nothing may be
   * acknowledged; retrying the same ops later is safe). Outcomes are in input order.
   */
  commitOps(ops: readonly OpCommit[]): Promise<OpOutcome[]>;
  /** The journal row of an op id, or null. */
  getOp(opId: string): Promise<JournalRow | null>;
  /** A player with inventory and cooldowns, or null if never upserted. */
  loadPlayer(id: string): Promise<PlayerRecord | null>;
  /** Creates or updates a player's name, team and (if given) state. */
  upsertPlayer(player: PlayerUpsert): Promise<void>;
  /** Saves a shard snapshot (replacing one at the same HLC) and keeps the newest few per shard. */
  saveShardSnapshot(snapshot: ShardSnapshot): Promise<void>;
  /** The shard's snapshot with the highest HLC, or null. */
  latestShardSnapshot(shard: string): Promise<StoredShardSnapshot | null>;
  /** The newest snapshot of every shard that has one (start-up restores them all). */
  latestShardSnapshots(): Promise<StoredShardSnapshot[]>;
  /**
   * Journal rows with world effects, after `after` (or the cursor), in journal order: the replay
   * on top of the shard snapshots. Pages like journalSince (`shard` is ignored).
   */
  worldEffectsSince(after: Hlc, query?: JournalQuery): Promise<JournalRow[]>;
  /**
   * Journal rows with an HLC strictly after `after` (or after the cursor), ordered by
   * (hlc.ms, hlc.logical, opId): recovery = latest snapshot + journalSince(snapshot.hlc).
   */
  journalSince(after: Hlc, query?: JournalQuery): Promise<JournalRow[]>;
  /** Waits for running calls, then closes; later calls reject with UNAVAILABLE. Idempotent. */
  close(): Promise<void>;
}
