import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/geo.js';
import { cellToken, coverCircle } from '../../src/geo/index.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: { write: (s: string) => (out += s) },
    err: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

describe('geoplay geo', () => {
  it('cell prints the view-cell token by default and honours --level', async () => {
    assert.deepEqual(await run('cell', '35.6586', '139.7454'), { code: 0, out: '60188bbd9\n', err: '' });
    const l12 = await run('cell', '35.6586', '139.7454', '--level', '12');
    assert.equal(l12.out, '60188bb\n');
    assert.equal((await run('cell', '--level=12', '35.6586', '139.7454')).out, '60188bb\n');
  });

  it('accepts negative coordinates as positionals', async () => {
    const r = await run('cell', '-33.8688', '-70.6', '--level', '10');
    assert.equal(r.code, 0);
    assert.match(r.out, /^[0-9a-f]+\n$/);
    // After `--` everything is positional, so a flag there is one argument too many.
    assert.deepEqual(await run('cell', '--', '-33.8688', '-70.6'), await run('cell', '-33.8688', '-70.6'));
    assert.equal((await run('cell', '--', '-33.8688', '-70.6', '--level', '10')).code, 2);
  });

  it('cover prints one token per line, matching coverCircle', async () => {
    const r = await run('cover', '-33.8688', '151.2093', '300');
    assert.equal(r.code, 0);
    const expected = coverCircle(-33.8688, 151.2093, 300, 16).map(cellToken);
    assert.deepEqual(r.out.trimEnd().split('\n'), expected);
    const r17 = await run('cover', '35.6586', '139.7454', '100', '--level', '17');
    assert.deepEqual(r17.out.trimEnd().split('\n'), coverCircle(35.6586, 139.7454, 100, 17).map(cellToken));
  });

  it('bad input: message on stderr, nothing on stdout, exit code 2', async () => {
    for (const argv of [
      ['cell', '91', '0'],
      ['cell', 'NaN', '0'],
      ['cell', '0x10', '0'],
      ['cell', '1'],
      ['cell', '1', '2', '3'],
      ['cell', '1', '2', '--level', '31'],
      ['cell', '1', '2', '--level'],
      ['cell', '1', '2', '--zoom', '3'],
      ['cover', '0', '0', '-5'],
      ['cover', '0', '0', 'Infinity'],
      ['cover', '0', '0', '100000', '--level', '20'],
      ['teleport'],
      [],
    ]) {
      const r = await run(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.out, '', argv.join(' '));
      assert.match(r.err, /^geoplay geo: /, argv.join(' '));
    }
    assert.match((await run('cell', '91', '0')).err, /INVALID_COORDINATES/);
    assert.match((await run('cover', '0', '0', '-5')).err, /INVALID_RADIUS/);
  });

  it('--help prints usage and exits 0', async () => {
    const r = await run('--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /geoplay geo cover <lat> <lng> <radius_m>/);
    assert.equal((await run('cell', '--help')).code, 0);
  });
});
