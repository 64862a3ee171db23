/**
 * Messages read in one turn of the event loop, handled together right after its poll phase
 * (setImmediate): in arrival order, before the next timers run, so an input still makes the room
 * tick it would have made. Handling each one as its socket is read interleaves the decoder, the
 * rate limits, zod and the room with the kernel's and `ws`'s work on the next socket, and each
 * input found its code and tables cold: at 1,000 room clients the batch cut the server's CPU by
 * about a tenth (docs/BENCHMARKS.md, "Rooms: inputs handled in batches").
 */
export class InboundBatch<S> {
  private sockets: S[] = [];
  private data: Buffer[] = [];
  private binary: boolean[] = [];
  private scheduled: NodeJS.Immediate | undefined;
  private running = false;

  /**
   * @param handle handles one message; `nowMs` is the batch's time (Date.now(), read once per batch).
   * @param failed told when `handle` threw for a message; the rest of the batch goes on.
   */
  constructor(
    private readonly handle: (socket: S, data: Buffer, isBinary: boolean, nowMs: number) => void,
    private readonly failed: (socket: S, err: unknown) => void,
  ) {}

  /** Messages waiting for the batch. */
  get size(): number {
    return this.sockets.length;
  }

  push(socket: S, data: Buffer, isBinary: boolean): void {
    this.sockets.push(socket);
    this.data.push(data);
    this.binary.push(isBinary);
    this.scheduled ??= setImmediate(this.run);
  }

  /** Drops what is queued, unhandled (at shutdown, once the layers it would reach have stopped). */
  clear(): void {
    if (this.scheduled !== undefined) {
      clearImmediate(this.scheduled);
      this.scheduled = undefined;
    }
    this.sockets = [];
    this.data = [];
    this.binary = [];
  }

  /**
   * Handles everything queued, now: at the end of the poll phase, and also before a socket's
   * close is handled (so its last messages come before its close) and when the server starts to
   * drain or shut down. Messages queued while it runs are handled after the ones before them, and
   * a call from inside a handler returns at once (`ws` emits a close only after the handler that
   * caused it has returned).
   */
  readonly run = (): void => {
    if (this.scheduled !== undefined) {
      clearImmediate(this.scheduled);
      this.scheduled = undefined;
    }
    if (this.running) return;
    this.running = true;
    try {
      while (this.sockets.length > 0) {
        const { sockets, data, binary } = this;
        const nowMs = Date.now();
        this.sockets = [];
        this.data = [];
        this.binary = [];
        for (let i = 0; i < sockets.length; i++) {
          try {
            this.handle(sockets[i]!, data[i]!, binary[i]!, nowMs);
          } catch (err) {
            try {
              this.failed(sockets[i]!, err);
            } catch {
              // The report failed too; the rest of the batch still goes on.
            }
          }
        }
      }
    } finally {
      this.running = false;
    }
  };
}
