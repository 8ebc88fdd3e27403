import { readFile } from 'node:fs/promises';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { createMigrationAdapterFactory } from './migration-adapter.js';
import { schemaEngineWasmPath } from './repo-paths.js';

export type { SchemaEngine };

type EngineModule = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

interface PanicRegistry {
  set_message(message: string): void;
}

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}

// Neither lib ES2023 nor @types/node 20 declares WebAssembly: just the two constructors used here.
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (
    module: object,
    imports: Record<string, Record<string, unknown>>,
  ) => { exports: Record<string, unknown> };
}
const wasm = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

let lastPanicMessage: string | undefined;

/**
 * Process-wide, not per module instance: Prisma's glue module is one per process and holds the
 * wasm it was last given, so a second copy of this module (test runners load one per project)
 * must reuse the first instance and wait its turn rather than swap the wasm under it.
 */
interface EngineState {
  runtime?: Promise<EngineModule>;
  queue: Promise<unknown>;
}
const STATE_KEY = Symbol.for('mmt.prisma-schema-engine');
const state: EngineState = ((globalThis as Record<symbol, EngineState | undefined>)[STATE_KEY] ??= {
  queue: Promise.resolve(),
});

/** Instantiates the CLI's own wasm engine once per process, the way Prisma's loader does. */
function loadRuntime(): Promise<EngineModule> {
  const runtime = (state.runtime ??= (async () => {
    globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        lastPanicMessage = message;
      },
    };
    const glue: EngineModule = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const module = new wasm.Module(await readFile(schemaEngineWasmPath()));
    const instance = new wasm.Instance(module, { './schema_engine_bg.js': withUnrefTimers(glue) });
    glue.__wbg_set_wasm(instance.exports);
    const start = instance.exports['__wbindgen_start'];
    if (typeof start !== 'function') throw new Error('The Prisma schema engine wasm has no __wbindgen_start export');
    Reflect.apply(start, undefined, []);
    return glue;
  })());
  runtime.catch(() => {
    state.runtime = undefined;
  });
  return runtime;
}

/**
 * The engine arms 10 s timeouts through its `setTimeout` import and never clears them (the glue
 * has no clearTimeout), which kept processes alive ~10 s after the engine was freed. Unref'd, they
 * still fire while the engine is waiting on the database, whose sockets keep the process alive.
 */
function withUnrefTimers(glue: EngineModule): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const name of Object.keys(imports)) {
    if (name.startsWith('__wbg_setTimeout_')) {
      imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
  }
  return imports;
}

export interface EngineSession {
  schemaPath: string;
  schemaText: string;
  connectionString: string;
  log: (message: string) => void;
}

/**
 * Runs `work` with a fresh engine connected through our adapter, then frees the engine and closes
 * every connection it opened, so nothing keeps the process alive afterwards. One session at a time.
 */
export function withSchemaEngine<T>(session: EngineSession, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  // The wasm instance is not re-entrant: sessions interleaving at an await make it panic.
  const run = state.queue.then(() => runSession(session, work));
  state.queue = run.catch(() => undefined);
  return run;
}

async function runSession<T>(session: EngineSession, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const glue = await loadRuntime();
  const factory = createMigrationAdapterFactory(session.connectionString, session.log);
  try {
    const engine = await glue.SchemaEngine.new(
      { datamodels: [[session.schemaPath, session.schemaText]] },
      (event: unknown) => forwardEngineLog(event, session.log),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } catch (error) {
    throw toSchemaEngineError(error);
  } finally {
    await factory.close();
  }
}

function forwardEngineLog(event: unknown, log: (message: string) => void): void {
  const text = typeof event === 'string' ? event : JSON.stringify(event);
  try {
    const parsed: unknown = JSON.parse(text);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'level' in parsed &&
      (parsed.level === 'WARN' || parsed.level === 'ERROR')
    ) {
      log(`schema engine: ${text}`);
    }
  } catch {
    log(`schema engine: ${text}`);
  }
}

/** An engine failure: its message without the Rust backtrace, its Prisma error code if any. */
export class SchemaEngineError extends Error {
  constructor(
    message: string,
    readonly errorCode: string | undefined,
    /** The migration the engine was applying when it failed, if any. */
    readonly migrationName: string | undefined,
  ) {
    super(message);
    this.name = 'SchemaEngineError';
  }
}

export function toSchemaEngineError(error: unknown): Error {
  if (error instanceof SchemaEngineError) return error;
  const panic = lastPanicMessage;
  lastPanicMessage = undefined;
  if (panic) return new SchemaEngineError(`The schema engine panicked: ${panic}`, undefined, undefined);
  if (!(error instanceof Error)) return new Error(String(error));
  if (error.name !== 'SchemaConnectorError') return error;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  // The engine appends a span trace ("   0: module::function\n   with migration_name=…").
  const lines = error.message.split('\n');
  const traceStart = lines.findIndex((line) => /^\s+\d+: \S/.test(line));
  const message = (traceStart === -1 ? lines : lines.slice(0, traceStart)).join('\n').trim();
  const migrationName = /with migration_name="([^"]+)"/.exec(error.message)?.[1];
  return new SchemaEngineError(message, code, migrationName);
}
