// Runs kernel launches that the Java tests planned (dev.torchlet.gpu.DawnRunner writes them) on
// WebGPU outside the browser: Dawn for Node (npm 'webgpu') over whatever Vulkan driver
// VK_ICD_FILENAMES names (Chromium's SwiftShader in the tests). It knows nothing of any op: it
// makes buffers, compiles each distinct shader once, binds buffers as each launch says,
// dispatches, and reads buffers back. Usage: node run-kernels.mjs jobs.json results.tsv
//
// jobs.json: {"shaders": {key: wgsl}, "jobs": [{"name", "buffers": [{"type", "data" (base64, LE)
//   | "elements"}], "launches": [{"shader", "bind": [buffer indices], "params": [u32],
//   "groups": [x, y, z]}], "read": [buffer indices], "repeat"?: n, "baseline"?: {...}}]}
// results.tsv: one line per result: name TAB read TAB index TAB base64 | name TAB error TAB
//   message | name TAB ms TAB milliseconds per repeat (median) | name TAB baseline-ms TAB ms.
import { readFileSync, writeFileSync } from 'node:fs';
import { create, globals } from 'webgpu';

Object.assign(globalThis, globals);
const [jobsPath, resultsPath] = process.argv.slice(2);
const { shaders, jobs } = JSON.parse(readFileSync(jobsPath, 'utf8'));

// Dawn's GPU object must stay referenced while the device lives.
const gpu = create([]);
const adapter = await gpu.requestAdapter();
if (!adapter) {
  throw new Error('no WebGPU adapter: is VK_ICD_FILENAMES set to a Vulkan driver (e.g. Chromium\'s SwiftShader)?');
}
const device = await adapter.requestDevice({
  requiredLimits: { maxStorageBuffersPerShaderStage: Math.min(8, adapter.limits.maxStorageBuffersPerShaderStage) },
});
device.lost.then((info) => console.error('device lost:', info.message));

const TYPED = { f32: Float32Array, i32: Int32Array, u32: Uint32Array };
const pipelines = new Map();
const lines = [];

async function pipelineFor(key) {
  let pipeline = pipelines.get(key);
  if (!pipeline) {
    const module = device.createShaderModule({ code: shaders[key] });
    const info = await module.getCompilationInfo();
    const errors = info.messages.filter((m) => m.type === 'error');
    if (errors.length > 0) {
      throw new Error(`shader ${key} does not compile: ` + errors.map((m) => `${m.lineNum}:${m.linePos} ${m.message}`).join('; '));
    }
    pipeline = await device.createComputePipelineAsync({ layout: 'auto', compute: { module, entryPoint: 'main' } });
    pipelines.set(key, pipeline);
  }
  return pipeline;
}

function makeBuffer(spec) {
  const bytes = spec.data !== undefined ? Buffer.from(spec.data, 'base64') : null;
  const size = Math.max(4, bytes ? bytes.length : spec.elements * 4);
  const buffer = device.createBuffer({ size, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
  if (bytes && bytes.length > 0) {
    device.queue.writeBuffer(buffer, 0, bytes);
  }
  return buffer;
}

async function encodeLaunches(job, buffers) {
  const encoder = device.createCommandEncoder();
  const paramBuffers = [];
  for (const launch of job.launches) {
    const pipeline = await pipelineFor(launch.shader);
    const params = device.createBuffer({ size: Math.max(4, launch.params.length * 4), usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST });
    device.queue.writeBuffer(params, 0, new Uint32Array(launch.params.length > 0 ? launch.params : [0]));
    paramBuffers.push(params);
    const entries = launch.bind.map((index, binding) => ({ binding, resource: { buffer: buffers[index] } }));
    entries.push({ binding: entries.length, resource: { buffer: params } });
    const pass = encoder.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries }));
    pass.dispatchWorkgroups(...launch.groups);
    pass.end();
  }
  return { commands: encoder.finish(), paramBuffers };
}

async function readBack(buffer) {
  const staging = device.createBuffer({ size: buffer.size, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
  const encoder = device.createCommandEncoder();
  encoder.copyBufferToBuffer(buffer, 0, staging, 0, buffer.size);
  device.queue.submit([encoder.finish()]);
  await staging.mapAsync(GPUMapMode.READ);
  const copy = Buffer.from(staging.getMappedRange().slice(0));
  staging.unmap();
  staging.destroy();
  return copy;
}

function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)];
}

// A plain JavaScript loop over the same data, for benchmarks' side-by-side figure.
function jsMatmul(a, b, m, k, n) {
  const out = new Float32Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      const av = a[i * k + p];
      for (let j = 0; j < n; j++) {
        out[i * n + j] += av * b[p * n + j];
      }
    }
  }
  return out;
}

async function runJob(job) {
  device.pushErrorScope('validation');
  device.pushErrorScope('out-of-memory');
  try {
    await runLaunches(job);
  } finally {
    const oom = await device.popErrorScope();
    const invalid = await device.popErrorScope();
    for (const error of [invalid, oom]) {
      if (error) {
        lines.push(`${job.name}\terror\t${error.message.replace(/\s+/g, ' ')}`);
      }
    }
  }
}

async function runLaunches(job) {
  const buffers = job.buffers.map(makeBuffer);
  const { commands, paramBuffers } = await encodeLaunches(job, buffers);
  device.queue.submit([commands]);
  for (const index of job.read) {
    lines.push(`${job.name}\tread\t${index}\t${(await readBack(buffers[index])).toString('base64')}`);
  }
  const repeat = job.repeat ?? 1;
  if (repeat > 1) {
    const times = [];
    for (let r = 0; r < repeat; r++) {
      const started = performance.now();
      const again = await encodeLaunches(job, buffers);
      device.queue.submit([again.commands]);
      await device.queue.onSubmittedWorkDone();
      times.push(performance.now() - started);
      again.paramBuffers.forEach((b) => b.destroy());
    }
    lines.push(`${job.name}\tms\t${median(times)}`);
  }
  if (job.baseline?.kind === 'js-matmul') {
    const { a, b, m, k, n } = job.baseline;
    const av = new Float32Array(new Uint8Array(Buffer.from(job.buffers[a].data, 'base64')).buffer);
    const bv = new Float32Array(new Uint8Array(Buffer.from(job.buffers[b].data, 'base64')).buffer);
    const times = [];
    for (let r = 0; r < Math.max(1, Math.min(repeat, 5)); r++) {
      const started = performance.now();
      jsMatmul(av, bv, m, k, n);
      times.push(performance.now() - started);
    }
    lines.push(`${job.name}\tbaseline-ms\t${median(times)}`);
  }
  buffers.forEach((b) => b.destroy());
  paramBuffers.forEach((b) => b.destroy());
}

for (const job of jobs) {
  try {
    await runJob(job);
  } catch (e) {
    lines.push(`${job.name}\terror\t${String(e?.message ?? e).replace(/\s+/g, ' ')}`);
  }
}
writeFileSync(resultsPath, lines.join('\n') + '\n');
device.destroy();
// Dawn can keep the event loop alive after the device is gone.
process.exit(0);
