import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import crc32c from 'crc-32/crc32c.js';
import { configKeys } from '../../src/config.js';
import { ActionErrorCodes } from '../../src/game/errors.js';
import { ErrorCodes } from '../../src/protocol/errors.js';
import { Envelope, type EnvelopeInit, encodeFrame, FrameFlags } from '../../src/protocol/frame.js';

/**
 * Keeps docs/PROTOCOL.md in step with the code: the error table against ErrorCodes, the action
 * error table against ActionErrorCodes, the Envelope bodies, messages, fields and enum values
 * against proto/geoplay.proto, the flags, the worked examples against encodeFrame, and the config
 * keys named in the limits table.
 */
const root = join(import.meta.dirname, '..', '..');
const doc = readFileSync(join(root, 'docs', 'PROTOCOL.md'), 'utf8');
const proto = readFileSync(join(root, 'proto', 'geoplay.proto'), 'utf8');

/** Codes the server sends in Error frames that are not in ErrorCodes, and the file that sends each. */
const EXTRA_ERROR_CODES: Record<string, string> = {};

interface ProtoField {
  name: string;
  type: string;
  number: number;
  oneof: boolean;
}
interface ProtoBlock {
  kind: 'message' | 'enum';
  name: string;
  fields: ProtoField[];
}

/** A small parser for this proto file: top-level messages and enums, fields, one level of oneof. */
function parseProto(text: string): ProtoBlock[] {
  const blocks: ProtoBlock[] = [];
  let current: ProtoBlock | undefined;
  let inOneof = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!line) continue;
    const open = /^(message|enum)\s+(\w+)\s*\{$/.exec(line);
    if (open) {
      current = { kind: open[1] as 'message' | 'enum', name: open[2]!, fields: [] };
      blocks.push(current);
      continue;
    }
    if (/^oneof\s+\w+\s*\{$/.test(line)) {
      inOneof = true;
      continue;
    }
    if (line === '}') {
      if (inOneof) inOneof = false;
      else current = undefined;
      continue;
    }
    if (!current) continue;
    const field =
      current.kind === 'enum'
        ? /^()(\w+)\s*=\s*(\d+);$/.exec(line)
        : /^(?:repeated\s+)?(\w+)\s+(\w+)\s*=\s*(\d+);$/.exec(line);
    if (field) {
      current.fields.push({ type: field[1]!, name: field[2]!, number: Number(field[3]), oneof: inOneof });
    }
  }
  return blocks;
}

/** The lines of a section: from the heading whose text is `title` to the next heading. */
function section(title: string): string[] {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => /^#{2,4} /.test(l) && l.replace(/^#+ /, '') === title);
  assert.ok(start >= 0, `docs/PROTOCOL.md has a heading "${title}"`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^#{1,4} /.test(l));
  return end < 0 ? rest : rest.slice(0, end);
}

/** Table rows of some lines, as trimmed cells. */
function rows(lines: string[]): string[][] {
  return lines
    .filter((l) => l.startsWith('|') && !/^\|\s*-/.test(l))
    .map((l) =>
      l
        .slice(1, l.lastIndexOf('|'))
        .split('|')
        .map((c) => c.trim()),
    );
}

function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

const blocks = parseProto(proto);
const envelope = blocks.find((b) => b.name === 'Envelope');

test('the proto parser finds the Envelope and its oneof', () => {
  assert.ok(envelope);
  assert.ok(envelope.fields.filter((f) => f.oneof).length >= 10);
  assert.ok(blocks.length >= 16);
});

test('every ErrorCodes code is in the error table with its close code', () => {
  const table = new Map<string, string>();
  for (const cells of rows(section('Error codes and close codes'))) {
    const code = /^`([A-Z_]+)`$/.exec(cells[0] ?? '')?.[1];
    if (!code) continue;
    assert.ok(!table.has(code), `${code} is listed once`);
    table.set(code, cells[1] ?? '');
  }
  for (const [code, { close }] of Object.entries(ErrorCodes)) {
    const cell = table.get(code);
    assert.ok(cell !== undefined, `${code} is in the error table`);
    assert.equal(Number(/^\d+/.exec(cell)?.[0]), close, `${code}: close code ${close} in the table`);
  }
  for (const [code, cell] of table) {
    if (code in ErrorCodes) continue;
    const file = EXTRA_ERROR_CODES[code];
    assert.ok(file, `${code} in the error table is neither in ErrorCodes nor a known extra code`);
    assert.match(readFileSync(join(root, file), 'utf8'), new RegExp(`'${code}'`), `${file} sends ${code}`);
    assert.equal(Number(/^\d+/.exec(cell)?.[0]), 0, `${code} keeps the connection open`);
  }
});

test('every code a game action can be rejected with is in the action error table', () => {
  const listed = new Set(
    rows(section('Action error codes')).flatMap((cells) => /^`([A-Z_]+)`$/.exec(cells[0] ?? '')?.[1] ?? []),
  );
  for (const code of ActionErrorCodes) assert.ok(listed.has(code), `${code} is in the action error table`);
  for (const code of listed) {
    assert.ok((ActionErrorCodes as readonly string[]).includes(code), `${code} is an ActionErrorCode`);
  }
});

test('every body of the Envelope oneof is in the bodies table and decodes as that body', () => {
  const bodies = envelope!.fields.filter((f) => f.oneof);
  const table = rows(section('Envelope'));
  for (const f of bodies) {
    const row = table.find((cells) => cells[1] === `\`${f.name}\``);
    assert.ok(row, `${f.name} is in the bodies table`);
    assert.equal(row[0], String(f.number), `${f.name} has field number ${f.number}`);
    assert.equal(row[2], `\`${f.type}\``, `${f.name} carries ${f.type}`);
    const init = { [camel(f.name)]: {} } as EnvelopeInit;
    assert.equal(Envelope.decode(Envelope.encode(init).finish()).body, camel(f.name));
  }
});

test('every message has a section with a row for each field, and every enum value is named', () => {
  for (const block of blocks) {
    if (block.kind === 'enum') {
      for (const v of block.fields) {
        assert.ok(doc.includes(`\`${v.name}\` ${v.number}`), `${block.name}: ${v.name} ${v.number}`);
      }
      continue;
    }
    const table = rows(section(block.name));
    for (const f of block.fields.filter((x) => !x.oneof)) {
      const row = table.find((cells) => cells[0] === `\`${f.name}\``);
      assert.ok(row, `${block.name}.${f.name} has a row`);
      assert.equal(row[1], String(f.number), `${block.name}.${f.name} is field ${f.number}`);
    }
  }
});

test('every frame flag is in the flags table with its mask', () => {
  const table = rows(section('Flags'));
  for (const [name, mask] of Object.entries(FrameFlags)) {
    const row = table.find((cells) => cells[2] === `\`${name}\``);
    assert.ok(row, `flag ${name} is documented`);
    assert.equal(row[1], `\`0x${mask.toString(16).padStart(2, '0')}\``);
  }
});

test('the worked examples are the bytes encodeFrame produces, and the CRC check value holds', () => {
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
  const hello: EnvelopeInit = { seq: 1, clientHello: { protocolVersion: 1, client: 'x' } };
  const examples = [
    encodeFrame(hello),
    encodeFrame(hello, FrameFlags.REPLAYED),
    encodeFrame({}),
    encodeFrame({ ack: 1, hlcMs: 1_700_000_000_000, ping: { id: 1, originTimeMs: 1_700_000_000_000.5 } }),
    encodeFrame({
      seq: 2,
      ack: 1,
      location: {
        latE7: 356_586_000,
        lngE7: 1_397_454_000,
        accuracyM: 8,
        speedMps: Number.NaN,
        headingDeg: Number.NaN,
        source: 1,
        clientTimeMs: 1_700_000_000_000,
      },
    }),
  ];
  for (const frame of examples) assert.ok(doc.includes(hex(frame)), `docs/PROTOCOL.md shows ${hex(frame)}`);
  assert.equal(crc32c.str('123456789') >>> 0, 0xe3069283);
  assert.match(doc, /`0xE3069283`/);
  assert.match(doc, /`0x82F63B78`/);
});

test('every config key named in the limits tables exists', () => {
  const named = new Set<string>();
  for (const cells of rows(section('Limits'))) {
    const key = /^`([a-z][A-Za-z]*)`$/.exec(cells[2] ?? '')?.[1];
    if (key) named.add(key);
  }
  assert.ok(named.size >= 15, 'the limits table names the config keys');
  for (const key of named) assert.ok((configKeys as string[]).includes(key), `${key} is a config key`);
});
