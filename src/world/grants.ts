import type { Logger } from 'pino';
import { Gauge, type Registry } from 'prom-client';
import { isStoreError, type OpCommit, StoreError, validateOp } from '../cluster/store/index.js';
import type { TimerHandle, TimerRegistry } from '../ops/timers.js';
import type { HybridLogicalClock } from '../session/hlc.js';
import { SERVER_OP_PREFIX } from '../session/manager.js';
import type { OpJournal } from './journal.js';

export interface DurableGrantsOptions {
  /** Wait before the first retry; each next one waits twice as long, up to maxRetryMs. Default 1 s. */
  firstRetryMs?: number;
  /** Longest wait between two attempts. Default 30 s. */
  maxRetryMs?: number;
  registry?: Registry | undefined;
}

/** Journal op ids of grants: the game's op id in the server's namespace (SERVER_OP_PREFIX). */
export const GRANT_OP_PREFIX = `${SERVER_OP_PREFIX}grant:`;

interface PendingGrant {
  readonly playerId: string;
  /** The game's op id; the journal keys the op as GRANT_OP_PREFIX + opId. */
  readonly opId: string;
  readonly items: Record<string, number>;
  attempts: number;
  /** Set while the grant waits for its next attempt. */
  retry: TimerHandle | undefined;
  resolve(outcome: 'applied' | 'duplicate'): void;
  reject(err: StoreError): void;
}

/** Store errors after which the same op may succeed later: the database was away, or busy. */
function transient(err: StoreError): boolean {
  return err.code === 'UNAVAILABLE' || err.code === 'CONFLICT';
}

/**
 * Items granted by the server rather than asked for by a player (a raid's rewards): each grant is
 * an op of kind `grant` in the journal, keyed by `~grant:<op id>` (a namespace no client op id can
 * enter) and committed with its inventory deltas, so a repeat of the op id, also after a restart,
 * applies nothing; the same op id for another player's grant is refused, not taken as a repeat.
 *
 * Nobody is there to retry a grant the way a client retries an action, so a store that is down
 * does not lose one: the same op is tried again, waiting 1 s, then twice as long each time up to
 * 30 s, for as long as the server runs. `stop` (shutdown, before the journal's last flush) gives
 * every waiting grant one last attempt; one that still fails, or fails with an error that will not
 * pass (INVALID, INTERNAL), is logged at error level with its player, op id and items, so an
 * operator can apply it by hand, and its promise rejects with the StoreError. An op the store
 * cannot hold (validateOp) is refused before it joins a group commit, which it would fail whole.
 */
export class DurableGrants {
  private readonly pending = new Set<PendingGrant>();
  private stopped = false;
  private readonly firstRetryMs: number;
  private readonly maxRetryMs: number;

  constructor(
    private readonly journal: OpJournal,
    private readonly hlc: HybridLogicalClock,
    private readonly timers: TimerRegistry,
    private readonly log: Logger,
    /** Told of the items of every grant the store applied (not of duplicates). */
    private readonly applied: (playerId: string, items: Record<string, number>) => void,
    opts: DurableGrantsOptions = {},
  ) {
    this.firstRetryMs = opts.firstRetryMs ?? 1000;
    this.maxRetryMs = opts.maxRetryMs ?? 30_000;
    if (opts.registry) {
      const pending = this.pending;
      new Gauge({
        name: 'geoplay_grants_pending',
        help: 'Grants (room rewards) not yet committed: in a commit, or waiting to retry while the store is down',
        registers: [opts.registry],
        collect() {
          this.set(pending.size);
        },
      });
    }
  }

  /** Grants not yet committed. */
  get size(): number {
    return this.pending.size;
  }

  /** Resolves once the store has the op: `applied`, or `duplicate` when the op id was there already. */
  grant(playerId: string, opId: string, items: Record<string, number>): Promise<'applied' | 'duplicate'> {
    if (this.stopped) {
      return Promise.reject(new StoreError('UNAVAILABLE', `grant ${opId}: the server is shutting down`));
    }
    // A bad op (an item count that is not an integer, an op id too long) would fail the whole
    // group commit it rides in, other players' ops with it: it is refused here, alone.
    const first = this.op(playerId, opId, items);
    const invalid = validateOp(first);
    if (invalid) {
      this.log.error({ err: invalid, opId, playerId, items }, 'grant refused: the op cannot be stored');
      return Promise.reject(invalid);
    }
    return new Promise((resolve, reject) => {
      const g: PendingGrant = { playerId, opId, items, attempts: 0, retry: undefined, resolve, reject };
      this.pending.add(g);
      this.attempt(g, first);
    });
  }

  /** No more retries: every grant waiting for one is tried once more, now. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const g of this.pending) {
      if (g.retry === undefined) continue;
      g.retry.cancel();
      g.retry = undefined;
      this.attempt(g);
    }
  }

  /** The grant as a journal op, stamped with the node's clock now. */
  private op(playerId: string, opId: string, items: Record<string, number>): OpCommit {
    this.hlc.tick();
    return {
      opId: GRANT_OP_PREFIX + opId,
      playerId,
      kind: 'grant',
      payload: items,
      status: 'accepted',
      result: items,
      hlc: { ms: this.hlc.ms, logical: this.hlc.logical },
      inventoryDeltas: Object.entries(items).map(([item, delta]) => ({ item, delta })),
    };
  }

  /** Submits the grant's op: `op` for the first attempt, stamped anew for a retry. */
  private attempt(g: PendingGrant, op = this.op(g.playerId, g.opId, g.items)): void {
    g.attempts++;
    this.journal.submit(op).then(
      (outcome) => {
        this.pending.delete(g);
        const stored = outcome.stored;
        if (!outcome.applied && (stored.kind !== 'grant' || stored.playerId !== g.playerId)) {
          // The game used one op id for two players' grants: the second would be lost unseen.
          const err = new StoreError(
            'INVALID',
            `grant ${g.opId}: the op id was used for ${stored.playerId}'s ${stored.kind}`,
          );
          this.log.error(
            { err, opId: g.opId, playerId: g.playerId, items: g.items },
            'grant refused: its op id is taken',
          );
          g.reject(err);
          return;
        }
        if (outcome.applied) this.applied(g.playerId, g.items);
        g.resolve(outcome.applied ? 'applied' : 'duplicate');
      },
      (err: unknown) => this.failed(g, err),
    );
  }

  private failed(g: PendingGrant, err: unknown): void {
    const e = isStoreError(err) ? err : new StoreError('INTERNAL', String(err), { cause: err });
    const { playerId, opId, items, attempts } = g;
    if (transient(e) && !this.stopped) {
      const waitMs = Math.min(this.maxRetryMs, this.firstRetryMs * 2 ** Math.min(attempts - 1, 30));
      this.log.warn({ err: e, opId, playerId, attempts, retryInMs: waitMs }, 'grant not committed; retrying');
      g.retry = this.timers.after('world.grantRetry', waitMs, () => {
        g.retry = undefined;
        this.attempt(g);
      });
      return;
    }
    this.pending.delete(g);
    this.log.error(
      { err: e, opId, playerId, items, attempts },
      'grant not committed and given up: apply it by hand with this op id',
    );
    g.reject(e);
  }
}
