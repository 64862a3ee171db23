import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fmix32, hash4, hashString, idHigh, idLow, unitFloat } from '../../src/geo/index.js';

describe('hash', () => {
  it('is pinned: world generation must not change between releases', () => {
    // Values recorded from this implementation; a change silently moves every spawn and demo POI.
    assert.equal(hash4(0, 0, 0, 0, 0), 2_167_721_464);
    assert.equal(hash4(42, 1, 2, 3, 4), 1_065_311_556);
    assert.equal(hashString('geoplay'), 366_806_925);
    assert.equal(fmix32(1), 1_364_076_727);
  });

  it('outputs unsigned 32-bit integers that depend on every word', () => {
    const base = hash4(7, 1, 2, 3, 4);
    assert.ok(Number.isInteger(base) && base >= 0 && base < 2 ** 32);
    assert.notEqual(hash4(8, 1, 2, 3, 4), base);
    assert.notEqual(hash4(7, 0, 2, 3, 4), base);
    assert.notEqual(hash4(7, 1, 0, 3, 4), base);
    assert.notEqual(hash4(7, 1, 2, 0, 4), base);
    assert.notEqual(hash4(7, 1, 2, 3, 0), base);
  });

  it('is close to uniform (chi-square over 64 buckets) and unitFloat stays in [0, 1)', () => {
    const buckets = new Array<number>(64).fill(0);
    const n = 64_000;
    for (let i = 0; i < n; i++) {
      const u = unitFloat(hash4(123, i, 0, 0, 0));
      assert.ok(u >= 0 && u < 1);
      buckets[Math.floor(u * 64)]!++;
    }
    const expected = n / 64;
    const chi2 = buckets.reduce((s, b) => s + ((b - expected) * (b - expected)) / expected, 0);
    // 63 degrees of freedom: p = 0.001 critical value is about 103.4.
    assert.ok(chi2 < 103.4, `chi2 ${chi2}`);
  });

  it('splits 64-bit ids into their two halves', () => {
    const id = 0x60188bbd90000000n;
    assert.equal(idHigh(id), 0x60188bbd);
    assert.equal(idLow(id), 0x90000000);
    assert.equal(idHigh(0xffffffffffffffffn), 0xffffffff);
  });
});
