// Regenerates src/protocol/gen/ from proto/geoplay.proto with protobufjs static code.
// The output is committed so that installs need no code generator; test/protocol.gen.test.ts
// fails when it is stale.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/protocol/gen');
mkdirSync(out, { recursive: true });
const bin = join(root, 'node_modules/.bin');
const js = join(out, 'geoplay.js');
execFileSync(
  join(bin, 'pbjs'),
  [
    '-t',
    'static-module',
    '-w',
    'es6',
    '--force-number',
    '--no-delimited',
    '--no-verify',
    '--no-beautify',
    '-o',
    js,
    join(root, 'proto/geoplay.proto'),
  ],
  { stdio: 'inherit' },
);
// protobufjs's oneof accessors are slow on the receive path, where every decoded Envelope sets and
// reads its body: the setter runs `delete` on every other member (18 for Envelope.body, on fields
// that are almost never there: 10% of the room input path in a CPU profile), and the getter
// allocates `Object.keys(this)` on every read. Both are replaced by unrolled code over the
// member names, whose named property reads the engine caches: the setter deletes only members
// that are set; the getter returns the first member set, in declaration order (protobufjs's
// returned the last own key set; a decoded message never has two).
function oneofAccessors(names) {
  const get = names.map((n) => `if (this.${n} != null) return "${n}";`).join(' ');
  const set = names.map((n) => `if (name !== "${n}" && this.${n} != null) delete this.${n};`).join(' ');
  return `get: function () { ${get} return undefined; },\n                set: function (name) { ${set} }`;
}
const ONEOF =
  /get: \$util\.oneOfGetter\(\$oneOfFields = (\[[^\]]*\])\),\s*set: \$util\.oneOfSetter\(\$oneOfFields\)/g;
const generated = readFileSync(js, 'utf8')
  // Node's ESM resolver needs the file extension for a package subpath without an exports map.
  .replace('"protobufjs/minimal"', '"protobufjs/minimal.js"')
  .replace(ONEOF, (_m, list) => oneofAccessors(JSON.parse(list)));
if (generated.includes('oneOfGetter') || generated.includes('oneOfSetter')) {
  throw new Error('gen-proto: a oneof accessor was not replaced (protobufjs output changed)');
}
writeFileSync(js, generated);
execFileSync(join(bin, 'pbts'), ['-o', join(out, 'geoplay.d.ts'), js], { stdio: 'inherit' });
