import type { geoplay } from '../src/protocol/gen/geoplay.js';

type LocationInit = geoplay.v1.ILocationReport;
type ActionRequestInit = geoplay.v1.IActionRequest;

/** What the game does to its own state at once, and how to undo it if the server says no. */
export interface Optimistic<R> {
  /** Applied when act() is called (online or offline). */
  apply?(): void;
  /** Called once if the server rejects the op (or it can never be sent): undo `apply`. */
  rollback(result: R): void;
}

/** An action waiting for a connection: made while offline, or sent and not answered before a drop. */
export interface QueuedOp<R> {
  request: ActionRequestInit & { opId: string; clientTimeMs: number };
  resolve(result: R): void;
  reject(err: Error): void;
  optimistic: Optimistic<R> | undefined;
  timeoutMs: number;
}

export interface OfflineLimits {
  /** Ops kept while offline; act() beyond it rejects at once. */
  maxOps: number;
  /** Location fixes kept while offline (the oldest go first). */
  maxFixes: number;
}

/** What to send after a reconnect, in order: fixes before the ops they vouch for. */
export type FlushItem<R> = { location: LocationInit & { clientTimeMs: number } } | { op: QueuedOp<R> };

/**
 * The SDK's offline queue. While disconnected it keeps the ops made (with their time and fix) and
 * the location fixes; after the reconnect `plan()` orders what to send: the server judges an
 * offline op against its position history at the op's time, so the fixes around each op go first,
 * thinned to the ones that matter (the server rate-limits location reports).
 */
export class OfflineQueue<R> {
  private ops: QueuedOp<R>[] = [];
  private fixes: (LocationInit & { clientTimeMs: number })[] = [];

  constructor(private readonly limits: OfflineLimits) {}

  get size(): number {
    return this.ops.length;
  }

  get fixCount(): number {
    return this.fixes.length;
  }

  addFix(fix: LocationInit & { clientTimeMs: number }): void {
    this.fixes.push(fix);
    if (this.fixes.length > this.limits.maxFixes) this.fixes.shift();
  }

  /** Queues an op; false when the queue is full. */
  addOp(op: QueuedOp<R>): boolean {
    if (this.ops.length >= this.limits.maxOps) return false;
    this.ops.push(op);
    return true;
  }

  /**
   * Empties the queue into a send order: for each op (by time) the last fix at or before it and the
   * first fix after it, then the op; at the end the newest fix (the player's position now).
   */
  plan(): FlushItem<R>[] {
    const fixes = this.fixes.sort((a, b) => a.clientTimeMs - b.clientTimeMs);
    const ops = this.ops.sort((a, b) => a.request.clientTimeMs - b.request.clientTimeMs);
    this.fixes = [];
    this.ops = [];
    const wanted = new Set<number>();
    for (const op of ops) {
      const t = op.request.clientTimeMs;
      let before = -1;
      for (let i = 0; i < fixes.length && fixes[i]!.clientTimeMs <= t; i++) before = i;
      if (before >= 0) wanted.add(before);
      if (before + 1 < fixes.length) wanted.add(before + 1);
    }
    if (fixes.length > 0) wanted.add(fixes.length - 1);
    const out: FlushItem<R>[] = [];
    let o = 0;
    for (const i of [...wanted].sort((a, b) => a - b)) {
      const fix = fixes[i]!;
      // Ops made before this fix go out before it: their own surrounding fixes are already sent.
      while (
        o < ops.length &&
        ops[o]!.request.clientTimeMs < fix.clientTimeMs &&
        this.coveredBefore(ops[o]!, fixes, i)
      ) {
        out.push({ op: ops[o++]! });
      }
      out.push({ location: fix });
    }
    while (o < ops.length) out.push({ op: ops[o++]! });
    return out;
  }

  /** Whether the fix just after the op's time (or none) comes before index `next`. */
  private coveredBefore(op: QueuedOp<R>, fixes: readonly { clientTimeMs: number }[], next: number): boolean {
    const t = op.request.clientTimeMs;
    const after = fixes.findIndex((f) => f.clientTimeMs > t);
    return after === -1 || after < next;
  }

  /** Takes every queued op out (the client closed for good). */
  takeOps(): QueuedOp<R>[] {
    const ops = this.ops;
    this.ops = [];
    this.fixes = [];
    return ops;
  }
}
