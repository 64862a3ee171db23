import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import protobufFull from 'protobufjs';
import protobuf from 'protobufjs/minimal.js';
import { Envelope } from '../../src/protocol/frame.js';

// scripts/gen-proto.mjs replaces protobufjs's oneof setter with one that deletes only members that
// are set: the oneof must still hold one member, the last one on the wire (proto3 semantics).
test('Envelope.body: the last oneof member on the wire wins, and the others are cleared', () => {
  const w = protobuf.Writer.create();
  w.uint32((12 << 3) | 2)
    .fork()
    .uint32(8)
    .uint32(7)
    .ldelim(); // ping { id: 7 }
  w.uint32((13 << 3) | 2)
    .fork()
    .uint32(8)
    .uint32(9)
    .ldelim(); // pong { id: 9 }
  const env = Envelope.decode(w.finish());
  assert.equal(env.body, 'pong');
  assert.equal(env.pong?.id, 9);
  assert.equal(Object.prototype.hasOwnProperty.call(env, 'ping'), false);
  // The decoder skips the setter for the first member only: a third member goes through it again.
  const ping11 = protobuf.Writer.create()
    .uint32((12 << 3) | 2)
    .fork()
    .uint32(8)
    .uint32(11)
    .ldelim();
  const env3 = Envelope.decode(Buffer.concat([w.finish(), ping11.finish()]));
  assert.equal(env3.body, 'ping');
  assert.equal(env3.ping?.id, 11);
  assert.equal(Object.prototype.hasOwnProperty.call(env3, 'pong'), false);
  const e2 = Envelope.create({ ping: { id: 1 } });
  e2.body = 'ping';
  e2.pong = Envelope.decode(w.finish()).pong!;
  e2.body = 'pong';
  assert.equal(Object.prototype.hasOwnProperty.call(e2, 'ping'), false);
  assert.equal(e2.body, 'pong');
});

// The getter is unrolled too: it must name the member set, for every member of the proto's oneof,
// and nothing when none is set.
test('Envelope.body names whichever member is set, and undefined for none', () => {
  const proto = protobufFull.loadSync(fileURLToPath(new URL('../../proto/geoplay.proto', import.meta.url)));
  const names = proto.lookupType('geoplay.v1.Envelope').oneofs['body']!.fieldsArray.map((f) => f.name);
  assert.ok(names.length >= 18);
  for (const name of names) {
    const env = Envelope.decode(Envelope.encode({ [name]: {} }).finish());
    assert.equal(env.body, name);
  }
  assert.equal(Envelope.decode(Envelope.encode({ seq: 3 }).finish()).body, undefined);
});
