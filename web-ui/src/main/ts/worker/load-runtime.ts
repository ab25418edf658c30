import type { RuntimeChoice, RuntimeKind } from '../protocol';
import type { RuntimeExports } from './runtime-bindings';

declare const TeaVM: {
  wasmGC: {
    load(src: string, options?: { installImports?(imports: Record<string, unknown>): void }): Promise<{
      exports: Record<string, unknown>;
      instance: WebAssembly.Instance;
    }>;
  };
};

/**
 * JavaScript Promise Integration: how the Wasm GC build waits for the GPU without TeaVM's
 * coroutines (see dev.torchlet.web.webgpu.Suspension). One import suspends the module while a
 * promise settles; the exports that may reach it are called through promising wrappers.
 */
interface PromiseIntegration {
  Suspending: new (wait: () => Promise<void>) => unknown;
  promising(exported: unknown): (...args: unknown[]) => Promise<unknown>;
}

/** The exports that may wait for the GPU (dev.torchlet.web.BrowserRuntime, via Suspension.export). */
const WAITING_EXPORTS = ['continueRun', 'variablesJson', 'takeGraphEvents', 'startAccelerator', 'acceleratorSelfTest',
  'acceleratorLossTest'];

/** An own property shadowing the inherited getter of the same name. */
function define(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true });
}

function promiseIntegration(): PromiseIntegration | null {
  const wasm = WebAssembly as unknown as Partial<PromiseIntegration>;
  return typeof wasm.Suspending === 'function' && typeof wasm.promising === 'function' ? (wasm as PromiseIntegration) : null;
}

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
  const integration = promiseIntegration();
  const held = self as unknown as { __torchletHeldPromise: Promise<unknown> | null; __torchletHeldValue: unknown };
  const awaitHeld = async (): Promise<void> => {
    held.__torchletHeldValue = await held.__torchletHeldPromise;
    held.__torchletHeldPromise = null;
  };
  const teavm = await TeaVM.wasmGC.load(baseUrl + 'runtime/torchlet-runtime.wasm', {
    installImports(imports) {
      imports.torchletSuspension = {
        awaitHeld: integration !== null ? new integration.Suspending(awaitHeld) : () => {
          throw new Error('this browser cannot pause WebAssembly to read from the GPU (no JavaScript Promise Integration)');
        },
      };
    },
  });
  // TeaVM defines its exports as getters: inherit them, and override the waiting ones.
  const exports = Object.create(teavm.exports) as Record<string, unknown>;
  const raw = teavm.instance.exports as Record<string, unknown>;
  const result = self as unknown as { __torchletResult: string | null };
  for (const name of WAITING_EXPORTS) {
    if (integration !== null) {
      // The plain Wasm export torchlet_<name> (TeaVM's @JSExport functions are JavaScript wrappers,
      // which cannot be made promising); text results come back through __torchletResult.
      const waiting = integration.promising(raw['torchlet_' + name]);
      define(exports, name, name === 'continueRun' ? waiting : async (...args: unknown[]) => {
        await waiting(...args);
        const text = result.__torchletResult;
        result.__torchletResult = null;
        return text;
      });
    } else {
      // Without JSPI nothing may wait: the accelerator stays off, and the rest answers at once.
      define(exports, name, name === 'startAccelerator' ? async () => '' : answeringAtOnce(teavm.exports, name));
    }
  }
  return exports as unknown as RuntimeExports;
}

/** An export that never waits, as the promise-returning function RuntimeExports declares. */
function answeringAtOnce(exports: Record<string, unknown>, name: string): (...args: unknown[]) => Promise<unknown> {
  const direct = exports[name] as (...args: unknown[]) => unknown;
  return async (...args: unknown[]) => direct(...args);
}

/** The JavaScript build runs on the CPU only, so its exports never wait (dev.torchlet.web.webgpu.Suspension). */
function loadJavaScript(baseUrl: string): RuntimeExports {
  importScripts(baseUrl + 'runtime/torchlet-runtime.js');
  const exports = Object.create(self) as Record<string, unknown>;
  for (const name of WAITING_EXPORTS) {
    define(exports, name, answeringAtOnce(self as unknown as Record<string, unknown>, name));
  }
  return exports as unknown as RuntimeExports;
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
