import type { Framework, SerializationFormat, Tf1Api } from '@mmt/domain';

/** The top-level package of a dotted path: `tensorflow.contrib.slim` → tensorflow. */
export const rootOf = (path: string): string => path.split('.')[0] as string;

const COMPAT_V1 = 'tensorflow.compat.v1';

/** `tensorflow.compat.v1.X` is TF1's `tensorflow.X` (and so is `tensorflow.compat.v1.compat.v1.X`). */
export function canonicalPath(path: string): string {
  let canonical = path;
  while (canonical === COMPAT_V1 || canonical.startsWith(`${COMPAT_V1}.`)) {
    canonical = `tensorflow${canonical.slice(COMPAT_V1.length)}`;
  }
  return canonical;
}

/** The TF1 API a resolved dotted path uses, if any. */
export function tf1ApiOf(path: string): Tf1Api | null {
  const [root, first, second] = canonicalPath(path).split('.');
  if (root !== 'tensorflow') return null;
  if (first === 'contrib') return 'contrib';
  if (first === 'Session' || first === 'InteractiveSession') return 'Session';
  if (first === 'placeholder') return 'placeholder';
  if (first === 'train' && second === 'Saver') return 'train.Saver';
  return null;
}

/** Whether an import names `tensorflow.contrib` (`from tensorflow import contrib` included). */
export function namesContrib(modules: readonly string[]): boolean {
  return modules.some((module) => tf1ApiOf(module) === 'contrib');
}

const SAVED_MODEL_NAMES = new Set(['saved_model', 'export_saved_model', 'export_savedmodel']);
const TORCHSCRIPT_NAMES = new Set(['trace', 'trace_module', 'script', 'save']);

/** The serialization format a call through a resolved dotted path writes, if any. */
export function serializationOfPath(path: string): SerializationFormat | null {
  const parts = canonicalPath(path).split('.');
  const [root, first, second] = parts;
  if (root === 'tensorflow' && first === 'train' && second === 'Saver') return 'tf-saver';
  if (root === 'tensorflow' && parts.some((part) => SAVED_MODEL_NAMES.has(part))) return 'savedmodel';
  if (root === 'torch' && first === 'save' && parts.length === 2) return 'torch-save';
  if (root === 'torch' && first === 'jit' && second !== undefined && TORCHSCRIPT_NAMES.has(second))
    return 'torchscript';
  if ((root === 'torch' && first === 'onnx' && second === 'export') || root === 'tf2onnx') return 'onnx';
  return null;
}

const IMPORTED_FRAMEWORKS = new Map<string, Framework>([
  ['tensorflow', 'tensorflow'],
  ['torch', 'pytorch'],
  ['keras', 'keras'],
  ['jax', 'jax'],
  ['flax', 'jax'],
  ['onnx', 'onnx'],
  ['onnxruntime', 'onnx'],
  ['sklearn', 'sklearn'],
]);

/** The framework an imported module belongs to (`tensorflow.keras` is TensorFlow's own Keras). */
export function frameworkOfModule(module: string): Framework | null {
  return IMPORTED_FRAMEWORKS.get(rootOf(module)) ?? null;
}
