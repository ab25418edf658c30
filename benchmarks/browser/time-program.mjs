import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
const [baseUrl, path, repeats] = process.argv.slice(2);
const program = await readFile(path, 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-webgpu'] });
const page = await browser.newPage();
page.on('console', m => console.log('console:', m.text()));
await page.goto(`${baseUrl}/`);
await page.waitForFunction(() => window.torchlet !== undefined);
for (let i = 0; i < Number(repeats ?? 2); i++) {
  const r = await page.evaluate(async (src) => { await window.torchlet.ready(); const t = performance.now(); const run = await window.torchlet.run(src, { filename: 'p.py' }); return { ms: performance.now() - t, out: run.stdout, error: run.error, device: run.device }; }, program);
  console.log(`run ${i}: ${r.ms.toFixed(0)} ms device=${r.device}`); console.log(r.out); if (r.error) console.log(r.error);
}
await browser.close();
