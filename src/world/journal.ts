import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import {
  isStoreError,
  type OpCommit,
  type OpOutcome,
  type Store,
  StoreError,
} from '../cluster/store/index.js';
import type { Logger } from '../ops/logger.js';
import type { TimerHandle, TimerRegistry } from '../ops/timers.js';

export interface OpJournalOptions {
  /**
   * 0: continuous group commit (a commit of everything pending starts as soon as the previous one
   * ends). Above 0: at most one commit per this many ms. Measured in docs/BENCHMARKS.md (Journal):
   * continuous keeps the ack p99 far lower than committing once per world tick.
   */
  intervalMs: number;
  /** Ops per commit at most; more wait for the next commit (bounds one statement's time). */
  maxBatch: number;
}

interface Pending {
  op: OpCommit;
  resolve(outcome: OpOutcome): void;
  reject(err: StoreError): void;
}

/**
 * The world's write path to the store: ops are queued as the actions run and committed in groups,
 * at most one commit in flight (so ops commit in the order they ran). Each op's promise resolves
 * only after its transaction committed: only then may the action be acknowledged.
 */
export class OpJournal {
  private queue: Pending[] = [];
  private inFlight: Promise<void> | undefined;
  private timer: TimerHandle | undefined;
  private lastCommitAt = 0;
  private closed = false;
  private readonly commits: Histogram | undefined;
  private readonly failures: Counter<'code'> | undefined;
  private readonly opsTotal: Counter | undefined;

  constructor(
    private readonly store: Store,
    private readonly opts: OpJournalOptions,
    private readonly timers: TimerRegistry,
    private readonly log: Logger,
    registry?: Registry,
  ) {
    if (registry) {
      this.commits = new Histogram({
        name: 'geoplay_journal_commit_seconds',
        help: 'Duration of one group commit of the ops journal',
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
        registers: [registry],
      });
      this.failures = new Counter({
        name: 'geoplay_journal_commit_failures_total',
        help: 'Group commits that failed, by store error code (their ops were not acknowledged)',
        labelNames: ['code'] as const,
        registers: [registry],
      });
      this.opsTotal = new Counter({
        name: 'geoplay_journal_ops_total',
        help: 'Ops committed to the journal',
        registers: [registry],
      });
      const queue = (): number => this.queue.length;
      new Gauge({
        name: 'geoplay_journal_pending_ops',
        help: 'Ops waiting for a commit',
        registers: [registry],
        collect() {
          this.set(queue());
        },
      });
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Queues an op; resolves with the store's outcome once committed, rejects with StoreError. */
  submit(op: OpCommit): Promise<OpOutcome> {
    if (this.closed) return Promise.reject(new StoreError('UNAVAILABLE', 'the journal is closed'));
    return new Promise<OpOutcome>((resolve, reject) => {
      this.queue.push({ op, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.inFlight || this.timer || this.queue.length === 0) return;
    const wait = this.opts.intervalMs > 0 ? this.lastCommitAt + this.opts.intervalMs - Date.now() : 0;
    // Even continuous commits wait one timer turn, so the actions of one burst share a commit.
    this.timer = this.timers.after('journal.commit', Math.max(0, wait), () => {
      this.timer = undefined;
      this.commitNext();
    });
  }

  private commitNext(): void {
    if (this.inFlight || this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.opts.maxBatch);
    const started = performance.now();
    this.lastCommitAt = Date.now();
    this.inFlight = this.store.commitOps(batch.map((p) => p.op)).then(
      (outcomes) => {
        this.commits?.observe((performance.now() - started) / 1000);
        this.opsTotal?.inc(batch.length);
        for (let i = 0; i < batch.length; i++) batch[i]!.resolve(outcomes[i]!);
      },
      (err: unknown) => {
        const e = isStoreError(err) ? err : new StoreError('INTERNAL', String(err), { cause: err });
        this.failures?.inc({ code: e.code });
        this.log.warn({ err: e, ops: batch.length }, 'journal commit failed; its ops are not acknowledged');
        for (const p of batch) p.reject(e);
      },
    );
    void this.inFlight.finally(() => {
      this.inFlight = undefined;
      this.schedule();
    });
  }

  /** Commits everything queued (used at shutdown); resolves when the queue is empty. */
  async flush(): Promise<void> {
    for (;;) {
      if (this.inFlight) await this.inFlight.catch(() => {});
      if (this.queue.length === 0) return;
      this.timer?.cancel();
      this.timer = undefined;
      this.commitNext();
    }
  }

  /** Flushes, then refuses further ops. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    this.timer?.cancel();
    this.timer = undefined;
  }
}
