// tsc does not copy plain .js files: put the generated protobuf code beside the compiled output.
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
cpSync(join(root, 'src/protocol/gen'), join(root, 'dist/src/protocol/gen'), { recursive: true });
