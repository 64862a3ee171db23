// Cross-library wire compatibility: the server's protobufjs static code (src/protocol/gen) and
// @bufbuild/protobuf v2 code generated from the same proto (bench/protobuf/gen) must read each
// other's bytes. Each hot message is encoded with one library and decoded with the other.
import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildEs,
  canonEs,
  canonPbjs,
  decodeEs,
  decodePbjs,
  encodeEs,
  encodePbjs,
  HOT_CASES,
  HOT_MESSAGES,
  toPbjs,
} from '../../bench/protobuf/messages.js';

describe('protobufjs <-> @bufbuild/protobuf', () => {
  for (const c of HOT_CASES) {
    const canon = HOT_MESSAGES[c];

    it(`${c}: protobufjs encodes, @bufbuild/protobuf decodes`, () => {
      const bytes = encodePbjs(toPbjs(canon));
      const decoded = decodeEs(bytes);
      strictEqual(decoded.body.case, c);
      deepStrictEqual(canonEs(decoded), canon);
      // And back: re-encoding the decoded message gives the same bytes.
      deepStrictEqual(Buffer.from(encodeEs(decoded)), Buffer.from(bytes));
    });

    it(`${c}: @bufbuild/protobuf encodes, protobufjs decodes`, () => {
      const bytes = encodeEs(buildEs(canon));
      const decoded = decodePbjs(bytes);
      strictEqual(decoded.body, c);
      // canonPbjs throws unless every numeric field decodes to a plain number (no Long).
      deepStrictEqual(canonPbjs(decoded), canon);
      deepStrictEqual(Buffer.from(encodePbjs(decoded)), Buffer.from(bytes));
    });

    it(`${c}: both libraries write the same bytes`, () => {
      deepStrictEqual(Buffer.from(encodePbjs(toPbjs(canon))), Buffer.from(encodeEs(buildEs(canon))));
    });
  }

  it('the world delta carries 9 chunks of 3 packed moves and 1 entering entity', () => {
    const decoded = decodePbjs(encodeEs(buildEs(HOT_MESSAGES.worldDelta)));
    const chunks = decoded.worldDelta?.chunks ?? [];
    strictEqual(chunks.length, 9);
    for (const ch of chunks) {
      strictEqual(ch.moveEid?.length, 3);
      strictEqual(ch.moveLatE7?.length, 3);
      strictEqual(ch.moveLngE7?.length, 3);
      strictEqual(ch.enter?.length, 1);
    }
  });
});
