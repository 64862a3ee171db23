/**
 * An empty ring with a larger arena gives it up. A walker's ring between acks holds a few KiB,
 * so its arena stays under this and is never dropped and regrown in steady play.
 */
const SHRINK_BYTES = 16 * 1024;

/**
 * The replay ring of one session: the last numbered frames it sent, as the sealed bytes that were
 * written to the socket, bounded by a frame count and a byte count. A resumed session replays from
 * here the frames its client missed.
 *
 * The bytes are copied into one circular byte arena per session (a frame may wrap around its
 * end), not kept as one allocation per frame: with thousands of sessions each holding a hundred
 * frames, one ArrayBuffer per frame made hundreds of thousands of long-lived objects for the
 * garbage collector to trace and sweep, and a frame that is a view into a shared allocation slab
 * would pin the whole slab. The arena starts small and doubles up to `maxBytes`, so a session that
 * sends little holds little; the per-frame slot arrays grow the same way up to `maxFrames`. Frames
 * the client acknowledged are let go (`release`), so a ring holds the frames sent since the
 * client's last ack, not the last 64 KiB of everything.
 * Frames are consecutive: the ring holds seq `firstSeq .. lastSeq` with no holes.
 */
export class ReplayRing {
  private arena = new Uint8Array(0);
  /** Per slot: where the frame starts in the arena, and its length. */
  private offset = new Int32Array(0);
  private length = new Int32Array(0);
  /** Slot of the oldest frame. */
  private head = 0;
  /** Arena position of the oldest frame's first byte (when count > 0). */
  private start = 0;
  /** Frames held. */
  count = 0;
  /** Bytes held (sum of the frame lengths). */
  bytes = 0;
  /** Seq of the newest frame pushed (0: none yet). */
  lastSeq = 0;

  constructor(
    readonly maxFrames: number,
    readonly maxBytes: number,
    /** An empty ring whose arena is larger than this lets it go (see `release`). */
    readonly shrinkBytes = SHRINK_BYTES,
  ) {}

  /** Seq of the oldest frame held; lastSeq + 1 when the ring is empty. */
  get firstSeq(): number {
    return this.lastSeq - this.count + 1;
  }

  /**
   * Keeps a copy of `frame` as seq `seq`, evicting the oldest frames over the bounds. A seq that
   * does not follow the last one empties the ring first (the ring never holds a gap). A frame
   * larger than `maxBytes` cannot be held: the ring is left empty after it.
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
    if (this.bytes + size > this.arena.length) this.growArena(this.bytes + size);
    if (this.count === this.offset.length) this.growSlots();
    const cap = this.arena.length;
    const slots = this.offset.length;
    const slot = (this.head + this.count) % slots;
    let at = this.start + this.bytes;
    if (at >= cap) at -= cap;
    const first = Math.min(size, cap - at);
    this.arena.set(first === size ? frame : frame.subarray(0, first), at);
    if (first < size) this.arena.set(frame.subarray(first), 0);
    this.offset[slot] = at;
    this.length[slot] = size;
    if (this.count === 0) this.start = at;
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

  /**
   * Calls `fn` for each frame with a seq greater than `after`, oldest first. Each frame is a fresh
   * copy, the caller's to change and to hand to a socket: the arena is overwritten by later frames
   * while a large replay may still be queued for writing.
   */
  forEachAfter(after: number, fn: (frame: Uint8Array, seq: number) => void): void {
    const first = this.firstSeq;
    const begin = Math.max(0, after + 1 - first);
    const slots = this.offset.length;
    for (let i = begin; i < this.count; i++) {
      const slot = (this.head + i) % slots;
      fn(this.copyOut(this.offset[slot]!, this.length[slot]!), first + i);
    }
  }

  /**
   * Forgets the frames up to `seq`: the client acknowledged them (it holds every frame up to its
   * ack), so no resume will ask for them again. A ring trimmed this way holds the frames sent since
   * the client's last ack, and its arena grows only to hold them. An arena grown past
   * `shrinkBytes` (in a grace period, a burst) is let go once everything in it is acknowledged, and
   * grows again from small as frames come.
   */
  release(seq: number): void {
    while (this.count > 0 && this.lastSeq - this.count + 1 <= seq) this.evict();
    if (this.count === 0 && this.arena.length > this.shrinkBytes) this.arena = new Uint8Array(0);
  }

  /** Bytes the arena holds room for (what the ring costs in memory, its slots aside). */
  get capacity(): number {
    return this.arena.length;
  }

  clear(): void {
    this.head = 0;
    this.start = 0;
    this.count = 0;
    this.bytes = 0;
  }

  private copyOut(at: number, size: number): Uint8Array {
    const out = new Uint8Array(size);
    const first = Math.min(size, this.arena.length - at);
    out.set(this.arena.subarray(at, at + first), 0);
    if (first < size) out.set(this.arena.subarray(0, size - first), first);
    return out;
  }

  private evict(): void {
    const slots = this.offset.length;
    this.bytes -= this.length[this.head]!;
    this.head = (this.head + 1) % slots;
    this.count--;
    if (this.count === 0) {
      this.head = 0;
      this.start = 0;
      this.bytes = 0;
    } else this.start = this.offset[this.head]!;
  }

  /** A larger arena (doubling, at most maxBytes) with the frames held moved to its start, in order. */
  private growArena(needed: number): void {
    let cap = Math.max(1024, this.arena.length);
    while (cap < needed) cap *= 2;
    cap = Math.min(cap, this.maxBytes);
    const next = new Uint8Array(cap);
    const slots = this.offset.length;
    let at = 0;
    for (let i = 0; i < this.count; i++) {
      const slot = (this.head + i) % slots;
      const size = this.length[slot]!;
      next.set(this.copyOut(this.offset[slot]!, size), at);
      this.offset[slot] = at;
      at += size;
    }
    this.arena = next;
    this.start = 0;
  }

  /** Twice the slots (at most maxFrames), the frames held moved to slots 0.. in order. */
  private growSlots(): void {
    const n = Math.min(this.maxFrames, Math.max(8, this.offset.length * 2));
    const offset = new Int32Array(n);
    const length = new Int32Array(n);
    const slots = this.offset.length;
    for (let i = 0; i < this.count; i++) {
      const slot = (this.head + i) % slots;
      offset[i] = this.offset[slot]!;
      length[i] = this.length[slot]!;
    }
    this.offset = offset;
    this.length = length;
    this.head = 0;
  }
}
