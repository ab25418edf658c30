// Bundles the TypeScript entry points into the web UI's static files, next to the
// TeaVM output, under target/classes/webapp (served by the server from the classpath).
// Everything a page needs (CodeMirror, markdown-it, KaTeX with its CSS and fonts) is bundled
// here and served by Torchlet itself: no CDN at run time.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const out = 'target/classes/webapp';
mkdirSync(out, { recursive: true });
const common = { bundle: true, minify: true, sourcemap: true, target: ['chrome120', 'firefox120', 'safari17'], logLevel: 'warning' };
await build({ ...common, entryPoints: ['src/main/ts/api/torchlet.ts'], outfile: `${out}/torchlet.js`, format: 'iife' });
await build({ ...common, entryPoints: ['src/main/ts/worker/worker.ts'], outfile: `${out}/torchlet-worker.js`, format: 'iife' });
await build({ ...common, entryPoints: ['src/main/ts/playground/playground.ts'], outfile: `${out}/playground.js`, format: 'iife' });
// learn.js + learn.css (KaTeX's stylesheet; its fonts are copied under fonts/).
await build({
  ...common,
  entryPoints: ['src/main/ts/lessons/learn.ts'],
  outfile: `${out}/learn.js`,
  format: 'iife',
  loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file' },
  assetNames: 'fonts/[name]-[hash]',
});
cpSync('src/main/static', out, { recursive: true });
