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
// Node's ESM resolver needs the file extension for a package subpath without an exports map.
// protobufjs's oneof setter runs `delete` on every other member of the oneof each time a decoded
// message sets it (18 for Envelope.body, on fields that are almost never there): 10% of the room
// input path in a CPU profile. This one deletes only members that are set.
const ONEOF_SETTER =
  '(function (fields) { return function (name) { for (var i = 0; i < fields.length; ++i) { var f = fields[i]; if (f !== name && this[f] !== undefined && this[f] !== null) delete this[f]; } }; })($oneOfFields)';
writeFileSync(
  js,
  readFileSync(js, 'utf8')
    .replace('"protobufjs/minimal"', '"protobufjs/minimal.js"')
    .replaceAll('set: $util.oneOfSetter($oneOfFields)', `set: ${ONEOF_SETTER}`),
);
execFileSync(join(bin, 'pbts'), ['-o', join(out, 'geoplay.d.ts'), js], { stdio: 'inherit' });
