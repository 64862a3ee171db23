/**
 * The replay ring of one session: the last numbered frames it sent, as the sealed bytes that were
 * written to the socket (references, not copies), bounded by a frame count and a byte count. A
 * resumed session replays from here the frames its client missed.
 *
 * The slot array grows on demand up to `maxFrames`, so a session that sends little holds little.
 * Frames are consecutive: the ring holds seq `firstSeq .. lastSeq` with no holes.
 */
export class ReplayRing {
  private slots: (Uint8Array | undefined)[] = [];
  /** Slot of the oldest frame. */
  private head = 0;
  /** Frames held. */
  count = 0;
  /** Bytes held (sum of the frame lengths). */
  bytes = 0;
  /** Seq of the newest frame pushed (0: none yet). */
  lastSeq = 0;

  constructor(
    readonly maxFrames: number,
    readonly maxBytes: number,
  ) {}

  /** Seq of the oldest frame held; lastSeq + 1 when the ring is empty. */
  get firstSeq(): number {
    return this.lastSeq - this.count + 1;
  }

  /**
   * Keeps `frame` as seq `seq`, evicting the oldest frames over the bounds. A seq that does not
   * follow the last one empties the ring first (the ring never holds a gap). A frame larger than
   * `maxBytes` cannot be held: the ring is left empty after it.
   */
  push(seq: number, frame: Uint8Array): void {
    if (this.count > 0 && seq !== this.lastSeq + 1) this.clear();
    this.lastSeq = seq;
    const size = frame.length;
    if (size > this.maxBytes) {
      this.clear();
      return;
    }
    while (this.count > 0 && (this.count >= this.maxFrames || this.bytes + size > this.maxBytes)) {
      this.evict();
    }
    if (this.count === 0) this.head = 0;
    // Small frames are views into 8 KiB allocation slabs (Buffer's pool, protobufjs' pool): holding
    // the view would pin the whole slab for as long as the frame stays in the ring, kilobytes per
    // idle session. Keep a copy of its own instead.
    if (frame.buffer.byteLength > size * 2) frame = Uint8Array.prototype.slice.call(frame); // Buffer#slice would be a view
    const cap = this.maxFrames;
    const slot = (this.head + this.count) % cap;
    if (slot === this.slots.length) this.slots.push(frame);
    else this.slots[slot] = frame;
    this.count++;
    this.bytes += size;
  }

  /**
   * Whether every frame after `seq` up to lastSeq is held (true when `seq` is lastSeq: nothing is
   * missing). False for a seq ahead of lastSeq.
   */
  covers(seq: number): boolean {
    return seq <= this.lastSeq && seq + 1 >= this.firstSeq;
  }

  /** Calls `fn` for each frame with a seq greater than `after`, oldest first. */
  forEachAfter(after: number, fn: (frame: Uint8Array, seq: number) => void): void {
    const first = this.firstSeq;
    const start = Math.max(0, after + 1 - first);
    for (let i = start; i < this.count; i++) {
      fn(this.slots[(this.head + i) % this.maxFrames]!, first + i);
    }
  }

  clear(): void {
    for (let i = 0; i < this.count; i++) this.slots[(this.head + i) % this.maxFrames] = undefined;
    this.head = 0;
    this.count = 0;
    this.bytes = 0;
  }

  private evict(): void {
    const frame = this.slots[this.head];
    this.slots[this.head] = undefined;
    this.bytes -= frame?.length ?? 0;
    this.head = (this.head + 1) % this.maxFrames;
    this.count--;
  }
}
