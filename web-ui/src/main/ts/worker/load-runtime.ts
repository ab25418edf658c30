import type { RuntimeChoice, RuntimeKind } from '../protocol';
import type { RuntimeExports } from './runtime-bindings';

declare const TeaVM: { wasmGC: { load(src: string): Promise<{ exports: Record<string, unknown> }> } };

export interface LoadedRuntime {
  kind: RuntimeKind;
  exports: RuntimeExports;
  fallbackReason?: string;
}

// A minimal module declaring one GC struct type: browsers without Wasm GC reject it.
const WASM_GC_PROBE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x03, 0x01, 0x5f, 0x00]);

export function wasmGcSupported(): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(WASM_GC_PROBE);
  } catch {
    return false;
  }
}

async function loadWasmGc(baseUrl: string): Promise<RuntimeExports> {
  importScripts(baseUrl + 'runtime/wasm-gc-runtime.min.js');
  const teavm = await TeaVM.wasmGC.load(baseUrl + 'runtime/torchlet-runtime.wasm');
  return teavm.exports as unknown as RuntimeExports;
}

function loadJavaScript(baseUrl: string): RuntimeExports {
  importScripts(baseUrl + 'runtime/torchlet-runtime.js');
  return self as unknown as RuntimeExports;
}

/** Loads the Wasm GC build where the browser supports it, else (or when asked) the JavaScript build. */
export async function loadRuntime(baseUrl: string, choice: RuntimeChoice): Promise<LoadedRuntime> {
  if (choice === 'js') {
    return { kind: 'js', exports: loadJavaScript(baseUrl), fallbackReason: 'JavaScript runtime requested' };
  }
  if (!wasmGcSupported()) {
    if (choice === 'wasm-gc') {
      throw new Error('This browser does not support WebAssembly GC');
    }
    return { kind: 'js', exports: loadJavaScript(baseUrl), fallbackReason: 'no WebAssembly GC in this browser' };
  }
  try {
    return { kind: 'wasm-gc', exports: await loadWasmGc(baseUrl) };
  } catch (e) {
    if (choice === 'wasm-gc') {
      throw e;
    }
    return { kind: 'js', exports: loadJavaScript(baseUrl), fallbackReason: 'WebAssembly GC failed to load: ' + String(e) };
  }
}
