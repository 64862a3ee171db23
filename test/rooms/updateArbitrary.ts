import fc from 'fast-check';
import type { RoomUpdateInit } from '../../src/rooms/codec.js';
import type { HybridLogicalClock } from '../../src/session/hlc.js';

/** A clock that stays where it is put, so two encoders stamp the same time. */
export function stoppedClock(ms: number, logical: number): HybridLogicalClock {
  return { ms, logical, tick() {} } as unknown as HybridLogicalClock;
}

export const ascii = fc.string({
  unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});

/** Strings as the one-pass codecs see them: mostly short ASCII, some long, some not ASCII. */
export const text = fc.oneof(
  { weight: 6, arbitrary: ascii },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      'x'.repeat(127),
      'y'.repeat(128),
      'w'.repeat(300),
      'zoë',
      '\u0080',
      '\ufeffbom',
    ),
  },
);

export const u32 = fc.oneof(fc.constantFrom(0, 1, 127, 128, 16_383, 16_384, 0xffffffff), fc.nat());

const list = fc.oneof(fc.constant(undefined), fc.array(text, { maxLength: 12 }));

/** Any RoomUpdate a room may send, members and result included. */
export const roomUpdate: fc.Arbitrary<RoomUpdateInit> = fc.record(
  {
    roomId: text,
    tick: u32,
    baseTick: u32,
    snapshot: fc.boolean(),
    phase: fc.integer({ min: 0, max: 5 }),
    phaseEndsMs: fc.oneof(
      fc.constant(0),
      fc.constant(-0),
      fc.double({ noNaN: true }),
      fc.constant(1.7e12 + 0.5),
    ),
    setKeys: list,
    setValues: list,
    removedKeys: list,
    left: list,
    members: fc
      .boolean()
      .map((some) => (some ? [{ playerId: 'p1', name: 'One', connected: true, level: 3, partyId: '' }] : [])),
    roomType: fc.constantFrom(undefined, '', 'raid'),
    result: fc.constantFrom(undefined, new Uint8Array(0), new TextEncoder().encode('{"won":true}')),
  },
  { requiredKeys: [] },
);
