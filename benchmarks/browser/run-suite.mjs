// Runs a Python benchmark suite in headless Chromium on Torchlet's page, once per browser runtime
// (WebAssembly GC, then the JavaScript fallback), through the public torchlet.run API, and prints
// "RUNTIME name milliseconds ..." for every line the suite printed.
// Usage: node run-suite.mjs BASE_URL SUITE.py
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const [baseUrl, suitePath] = process.argv.slice(2);
if (!baseUrl || !suitePath) {
  console.error('usage: node run-suite.mjs BASE_URL SUITE.py');
  process.exit(2);
}
const source = await readFile(suitePath, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--disable-quic'],
});
try {
  for (const runtime of ['wasm-gc', 'js']) {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/${runtime === 'js' ? '?runtime=js' : ''}`);
    await page.waitForFunction(() => window.torchlet !== undefined);
    const result = await page.evaluate(async (program) => {
      const info = await window.torchlet.ready();
      const run = await window.torchlet.run(program, { filename: 'suite.py' });
      return { runtime: info.runtime, stdout: run.stdout, error: run.error };
    }, source);
    if (result.error !== null) {
      throw new Error(`the suite failed on ${runtime}:\n${result.error}`);
    }
    if (result.runtime !== runtime) {
      throw new Error(`asked for the ${runtime} runtime, the page ran ${result.runtime}`);
    }
    for (const line of result.stdout.trim().split('\n')) {
      console.log(`${runtime} ${line}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
