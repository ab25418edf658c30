// Runs benchmarks/webgpu_suite.py in headless Chromium (WebGPU on, SwiftShader unless the machine
// has a GPU) on Torchlet's page — on the WebGPU device and on the CPU (Wasm) path — and the same
// measurements with TF.js's WebGPU backend in the same page, on the same adapter.
// Prints "adapter DESCRIPTION" and then "SIDE name milliseconds" lines (SIDE: torchlet-webgpu,
// torchlet-cpu, tfjs-webgpu). Usage: node run-webgpu.mjs BASE_URL SUITE.py
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const [baseUrl, suitePath] = process.argv.slice(2);
if (!baseUrl || !suitePath) {
  console.error('usage: node run-webgpu.mjs BASE_URL SUITE.py');
  process.exit(2);
}
const suite = await readFile(suitePath, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--enable-unsafe-webgpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/`);
  await page.waitForFunction(() => window.torchlet !== undefined);
  for (const [side, device] of [['torchlet-webgpu', 'cuda'], ['torchlet-cpu', 'cpu']]) {
    const result = await page.evaluate(async (program) => {
      await window.torchlet.ready();
      const run = await window.torchlet.run(program, { filename: 'webgpu_suite.py' });
      return { stdout: run.stdout, error: run.error };
    }, `DEVICE = '${device}'\n${suite}`);
    if (result.error !== null) {
      throw new Error(`the suite failed on ${device}:\n${result.error}`);
    }
    for (const line of result.stdout.trim().split('\n')) {
      console.log(`${side} ${line}`);
    }
  }
  await page.addScriptTag({ path: require.resolve('@tensorflow/tfjs-core/dist/tf-core.min.js') });
  await page.addScriptTag({ path: require.resolve('@tensorflow/tfjs-backend-webgpu/dist/tf-backend-webgpu.min.js') });
  const tfjs = await page.evaluate(async () => {
    const tf = window.tf;
    if (!(await tf.setBackend('webgpu'))) {
      throw new Error('TF.js could not start its WebGPU backend');
    }
    await tf.ready();
    const adapter = await navigator.gpu.requestAdapter();
    const info = adapter.info ?? {};
    const lines = [`adapter ${[info.vendor, info.architecture, info.description].filter(Boolean).join(' ') || 'unknown'}`];
    // Like the Python suite: one warm-up run, then the best of `runs`; reading one element back waits.
    const best = async (work, runs) => {
      const once = async () => {
        const out = work();
        const first = tf.slice(out, new Array(out.rank).fill(0), new Array(out.rank).fill(1));
        await first.data();
        tf.dispose([out, first]);
      };
      await once();
      let min = Infinity;
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await once();
        min = Math.min(min, performance.now() - start);
      }
      return min;
    };
    for (const n of [256, 512, 1024, 2048]) {
      const a = tf.randomNormal([n, n]);
      const b = tf.randomNormal([n, n]);
      lines.push(`tfjs-webgpu matmul_${n} ${(await best(() => tf.matMul(a, b), n < 1024 ? 3 : 1)).toFixed(2)}`);
      tf.dispose([a, b]);
    }
    const x = tf.randomNormal([4000000]);
    const y = tf.randomNormal([4000000]);
    lines.push(`tfjs-webgpu add_4M ${(await best(() => tf.add(x, y), 5)).toFixed(2)}`);
    lines.push(`tfjs-webgpu sum_4M ${(await best(() => tf.reshape(tf.sum(x), [1]), 5)).toFixed(2)}`);
    // The same convolution as the suite's, in TF.js's channels-last layout.
    const images = tf.randomNormal([16, 14, 14, 32]);
    const kernels = tf.randomNormal([3, 3, 32, 64]);
    lines.push(`tfjs-webgpu conv2d_16x32x14x14_k3 ${(await best(() => tf.conv2d(images, kernels, 1, 'same'), 3)).toFixed(2)}`);
    return lines;
  });
  for (const line of tfjs) {
    console.log(line);
  }
} finally {
  await browser.close();
}
