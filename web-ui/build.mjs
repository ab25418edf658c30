// Bundles the TypeScript entry points into the web UI's static files, next to the
// TeaVM output, under target/classes/webapp (served by the server from the classpath).
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const out = 'target/classes/webapp';
mkdirSync(out, { recursive: true });
const common = { bundle: true, minify: true, sourcemap: true, target: ['chrome120', 'firefox120', 'safari17'], logLevel: 'warning' };
await build({ ...common, entryPoints: ['src/main/ts/api/torchlet.ts'], outfile: `${out}/torchlet.js`, format: 'iife' });
await build({ ...common, entryPoints: ['src/main/ts/worker/worker.ts'], outfile: `${out}/torchlet-worker.js`, format: 'iife' });
await build({ ...common, entryPoints: ['src/main/ts/playground/playground.ts'], outfile: `${out}/playground.js`, format: 'iife' });
cpSync('src/main/static', out, { recursive: true });
