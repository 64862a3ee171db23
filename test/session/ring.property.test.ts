import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ReplayRing } from '../../src/session/ring.js';

/**
 * The ring keeps its frames' bytes in one circular arena that grows on demand, with frames
 * wrapping around its end. Checked against a plain list with the same bounds: the same frames,
 * byte for byte, after every push and every release of acked frames; a frame handed out is the
 * caller's (changing it changes nothing held).
 */
test('property: the arena ring holds exactly what a list with the same bounds holds', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 3000 }),
      // Arenas over this are let go when a release empties the ring.
      fc.integer({ min: 0, max: 4000 }),
      fc.array(
        fc.record({
          size: fc.integer({ min: 0, max: 700 }),
          gap: fc.integer({ min: 0, max: 30 }),
          // Now and then the client acks: a seq at most 6 behind the last.
          ack: fc.option(fc.integer({ min: 0, max: 6 }), { freq: 3 }),
        }),
        {
          minLength: 1,
          maxLength: 150,
        },
      ),
      (maxFrames, maxBytes, shrinkBytes, pushes) => {
        const ring = new ReplayRing(maxFrames, maxBytes, shrinkBytes);
        const model: { seq: number; bytes: Uint8Array }[] = [];
        let seq = 0;
        let fill = 0;
        for (const p of pushes) {
          // Mostly consecutive; now and then a gap, which empties the ring.
          seq += p.gap === 0 ? 2 : 1;
          const frame = new Uint8Array(p.size);
          for (let i = 0; i < frame.length; i++) frame[i] = (fill++ * 31 + seq) & 0xff;
          if (model.length > 0 && seq !== model[model.length - 1]!.seq + 1) model.length = 0;
          if (p.size > maxBytes) model.length = 0;
          else {
            let bytes = model.reduce((a, m) => a + m.bytes.length, 0);
            while (model.length > 0 && (model.length >= maxFrames || bytes + p.size > maxBytes)) {
              bytes -= model.shift()!.bytes.length;
            }
            model.push({ seq, bytes: Uint8Array.from(frame) });
          }
          ring.push(seq, frame);
          frame.fill(0xee); // the ring kept a copy
          if (p.ack !== null) {
            ring.release(seq - p.ack);
            while (model.length > 0 && model[0]!.seq <= seq - p.ack) model.shift();
          }
          assert.equal(ring.count, model.length);
          assert.equal(
            ring.bytes,
            model.reduce((a, m) => a + m.bytes.length, 0),
          );
          assert.equal(ring.lastSeq, seq);
          const got: { seq: number; bytes: Uint8Array }[] = [];
          ring.forEachAfter(0, (f, s) => {
            got.push({ seq: s, bytes: Uint8Array.from(f) });
            f.fill(0xdd); // handed-out frames are copies too
          });
          assert.deepEqual(got, model);
        }
      },
    ),
    { numRuns: 300 },
  );
});
