import type { Registry } from 'prom-client';
import { Gauge } from 'prom-client';

/**
 * The named timer registry. Every periodic or pending timer of the server goes through it, so a
 * leak shows up as a metric (`geoplay_timers_active{name}`) and tests can assert that nothing
 * survives shutdown.
 */
export interface TimerHandle {
  readonly name: string;
  cancel(): void;
}

export class TimerRegistry {
  private readonly active = new Map<TimerHandle, NodeJS.Timeout>();
  private readonly counts = new Map<string, number>();
  private closed = false;

  constructor(metrics?: Registry) {
    if (metrics) {
      const counts = this.counts;
      new Gauge({
        name: 'geoplay_timers_active',
        help: 'Active timers by name (named timer registry)',
        labelNames: ['name'],
        registers: [metrics],
        collect() {
          this.reset();
          for (const [name, n] of counts) this.set({ name }, n);
        },
      });
    }
  }

  /** Calls `fn` every `ms` milliseconds until cancelled or the registry closes. */
  every(name: string, ms: number, fn: () => void): TimerHandle {
    return this.add(name, (h) => {
      const t = setInterval(fn, ms);
      this.active.set(h, t);
    });
  }

  /**
   * Calls `fn` at a fixed rate: at start + k * `ms` for k = 1, 2, ..., on the monotonic clock, until
   * cancelled. Unlike `every` (setInterval, which counts each interval from when its callback ran,
   * so a busy event loop stretches every period by its delay: a 50 ms tick with 40 ms of lag runs
   * at 11 Hz), a late call does not push the later ones back. A call late by a whole period or more
   * skips the slots it missed instead of running them back to back.
   */
  fixedRate(name: string, ms: number, fn: () => void): TimerHandle {
    if (!(ms > 0)) throw new RangeError(`timer "${name}": period must be > 0 ms, got ${ms}`);
    return this.add(name, (h) => {
      let due = performance.now() + ms;
      const run = (): void => {
        // Rescheduled before fn runs, so fn may cancel its own timer.
        const now = performance.now();
        due += ms;
        // Late by a period or more: the next slot on the grid after now.
        if (due <= now) due += (Math.floor((now - due) / ms) + 1) * ms;
        this.active.set(h, setTimeout(run, due - now));
        fn();
      };
      this.active.set(h, setTimeout(run, ms));
    });
  }

  /** Calls `fn` once after `ms` milliseconds. */
  after(name: string, ms: number, fn: () => void): TimerHandle {
    return this.add(name, (h) => {
      const t = setTimeout(() => {
        this.remove(h);
        fn();
      }, ms);
      this.active.set(h, t);
    });
  }

  /** Names and counts of live timers: empty after `close()`. */
  live(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  get size(): number {
    return this.active.size;
  }

  /** Cancels every timer; later registrations throw, since nothing should start after shutdown. */
  close(): void {
    this.closed = true;
    for (const [h, t] of this.active) {
      clearTimeout(t);
      this.active.delete(h);
    }
    this.counts.clear();
  }

  private add(name: string, start: (h: TimerHandle) => void): TimerHandle {
    if (this.closed) throw new Error(`timer "${name}" registered after the timer registry was closed`);
    const h: TimerHandle = { name, cancel: () => this.remove(h) };
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    start(h);
    return h;
  }

  private remove(h: TimerHandle): void {
    const t = this.active.get(h);
    if (t === undefined) return;
    clearTimeout(t);
    this.active.delete(h);
    const n = (this.counts.get(h.name) ?? 1) - 1;
    if (n <= 0) this.counts.delete(h.name);
    else this.counts.set(h.name, n);
  }
}
