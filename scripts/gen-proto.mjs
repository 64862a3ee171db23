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
// that are set; the getter returns the member set (a decoded message never has two).
//
// The getter checks the members a busy server and its clients see on every frame first: each
// check is a property read that misses the object (members live on the prototype until set) and,
// over the many shapes envelopes take, a megamorphic one. Which member a hand-built message with
// two members set reports is unspecified (protobufjs's returned the last own key set; the wire
// keeps the last one decoded).
const HOT_MEMBERS = ['roomMessage', 'roomUpdate', 'location', 'worldDelta', 'ping', 'pong'];
function oneofAccessors(names) {
  if (names.includes('roomMessage')) {
    const missing = HOT_MEMBERS.filter((n) => !names.includes(n));
    if (missing.length > 0)
      throw new Error(`gen-proto: HOT_MEMBERS names no Envelope member ${missing.join(', ')}`);
  }
  const order = [
    ...HOT_MEMBERS.filter((n) => names.includes(n)),
    ...names.filter((n) => !HOT_MEMBERS.includes(n)),
  ];
  const get = order.map((n) => `if (this.${n} != null) return "${n}";`).join(' ');
  const set = names.map((n) => `if (name !== "${n}" && this.${n} != null) delete this.${n};`).join(' ');
  return `get: function () { ${get} return undefined; },\n                set: function (name) { ${set} }`;
}
const ONEOF =
  /get: \$util\.oneOfGetter\(\$oneOfFields = (\[[^\]]*\])\),\s*set: \$util\.oneOfSetter\(\$oneOfFields\)/g;
// String fields are read by $readString instead of protobufjs's `Reader.stringVerify`: the same
// UTF-8 check, but one flat string back. protobufjs builds a short string by `+=` of 8-character
// chunks, and V8 makes a concatenation of 13 characters or more a rope (ConsString), which is
// flattened (a copy allocated) the first time it is hashed or compared with another string. The
// strings decoded are used for exactly that on every input and every update: a room id checked
// against the member's room, state keys looked up in a Map. In isolation, reading strings of 2 to
// 31 characters and looking each up in a Map averaged 146 ns through protobufjs's reader and 70 ns
// flat. ASCII is
// its own Latin-1, so Node's Buffer slices it natively (under 64 bytes; longer ones went to the
// decoder in protobufjs too); other bytes, longer strings and browsers' plain Uint8Arrays go
// through a fatal TextDecoder, which also returns flat strings.
const READ_STRING = `
// Added by scripts/gen-proto.mjs: a string field as one flat string (see the script for why).
var $strictUtf8 = null;
try {
    $strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
} catch (e) {
    // No fatal decoding here (Node without ICU, some polyfills): protobufjs's reader checks instead.
}
function $readString(r) {
    var n = r.size(), s = r.pos, e = s + n, b = r.buf, i = s;
    if (e > r.len)
        throw $RangeError("index out of range: " + s + " + " + n + " > " + r.len);
    r.pos = e;
    if (n < 64 && typeof b.latin1Slice === "function") {
        while (i < e && b[i] < 128)
            ++i;
        if (i === e)
            return b.latin1Slice(s, e);
    }
    return $strictUtf8 !== null ? $strictUtf8.decode(b.subarray(s, e)) : $util.utf8.readStrict(b, s, e);
}
`;
// At each string field: a length under 13 (one varint byte) is read by protobufjs's own reader,
// which returns such strings flat, without a call to $readString (calling it for every short
// string cost a client's 10-key update decode 50-130 ns in isolation).
const READ_FIELD = '(r.buf[r.pos] < 13 ? r.stringVerify() : $readString(r))';
// A decoder sets a oneof member on a message it has just created without the setter, which
// would read every other member to delete it: nothing else is set yet. A second member in the
// same bytes, or a decode into a message given by the caller, still goes through the setter.
const ONEOF_SET = /^(\s+)m\.(\w+) = "(\w+)";$/gm;
function decodeOneofs(code) {
  return code.replace(/(\.decode = function \(r, l, z, q, g\) \{[\s\S]*?\n {12}\};)/g, (fn) => {
    if (!ONEOF_SET.test(fn)) return fn;
    ONEOF_SET.lastIndex = 0;
    // w is declared here or the decoder throws on every frame (ESM is strict): say so now.
    if (!fn.includes('var c, m, v;')) {
      throw new Error('gen-proto: a decoder with a oneof lacks `var c, m, v;` (protobufjs output changed)');
    }
    return fn
      .replace('var c, m, v;', 'var c, m, v, w = 0;')
      .replace(ONEOF_SET, (_m, sp, field, name) => `${sp}if (w !== 0 || g) m.${field} = "${name}"; w = 1;`);
  });
}
const ROOT = '// Exported root namespace';
const processed = readFileSync(js, 'utf8')
  // Node's ESM resolver needs the file extension for a package subpath without an exports map.
  .replace('"protobufjs/minimal"', '"protobufjs/minimal.js"')
  .replace(ROOT, () => `${READ_STRING}\n${ROOT}`)
  .replace(ONEOF, (_m, list) => oneofAccessors(JSON.parse(list)))
  .replaceAll('r.stringVerify()', READ_FIELD);
const generated = decodeOneofs(processed);
if (generated.includes('oneOfGetter') || generated.includes('oneOfSetter')) {
  throw new Error('gen-proto: a oneof accessor was not replaced (protobufjs output changed)');
}
if (
  !generated.includes('function $readString(r)') ||
  generated.split('$readString(r)').length < 10 ||
  /r\.string(Verify)?\(\)/.test(generated.replaceAll(READ_FIELD, ''))
) {
  throw new Error('gen-proto: string fields are not all read by $readString (protobufjs output changed)');
}
if (/^\s+m\.\w+ = "\w+";$/m.test(generated) || !generated.includes('w = 1;')) {
  throw new Error('gen-proto: a decoder sets a oneof member unconditionally (protobufjs output changed)');
}
writeFileSync(js, generated);
execFileSync(join(bin, 'pbts'), ['-o', join(out, 'geoplay.d.ts'), js], { stdio: 'inherit' });
