import { allowedMajors, isExactPin, type Framework } from '@mmt/domain';
import type { Declaration } from './declaration.js';
import { normalizeName } from './requirement.js';

interface PackageMeaning {
  framework: Framework;
  /** Whether the package's version is the framework's version. */
  versioned: boolean;
  /** A package that suggests the framework without requiring it to be the model's. */
  weak?: boolean;
}

const versioned = (framework: Framework): PackageMeaning => ({ framework, versioned: true });
const implies = (framework: Framework): PackageMeaning => ({ framework, versioned: false });

/**
 * Python and conda packages (PEP 503 names) that say which framework a repository runs.
 * `transformers` runs on PyTorch, TensorFlow or JAX, so it is PyTorch evidence only as weak as an
 * import: any declared framework outranks it.
 */
const PACKAGES = new Map<string, PackageMeaning>([
  ...['tensorflow', 'tensorflow-gpu', 'tensorflow-cpu', 'tensorflow-macos', 'tensorflow-intel', 'tensorflow-base'].map(
    (name) => [name, versioned('tensorflow')] as const,
  ),
  ...['tf-nightly', 'tf-nightly-gpu', 'tf-nightly-cpu'].map((name) => [name, versioned('tensorflow')] as const),
  ...['keras', 'keras-gpu'].map((name) => [name, versioned('keras')] as const),
  ...['torch', 'pytorch', 'pytorch-gpu', 'pytorch-cpu'].map((name) => [name, versioned('pytorch')] as const),
  ...['torchvision', 'torchaudio', 'pytorch-lightning', 'timm', 'sentence-transformers'].map(
    (name) => [name, implies('pytorch')] as const,
  ),
  ['transformers', { framework: 'pytorch', versioned: false, weak: true }],
  ['jax', versioned('jax')],
  ['jaxlib', versioned('jax')],
  ['flax', implies('jax')],
  ['onnx', versioned('onnx')],
  ['onnxruntime', implies('onnx')],
  ['onnxruntime-gpu', implies('onnx')],
  ['scikit-learn', versioned('sklearn')],
  ['sklearn', implies('sklearn')],
]);

/**
 * Keras 3 runs on TensorFlow, PyTorch or JAX, whichever is installed: a constraint that allows
 * only Keras 3 says nothing about the policy's frameworks (the backend is declared on its own), so
 * it is reported as `other`. Keras 1 and 2 are `keras`.
 */
function kerasFramework(specifier: string): Framework {
  const majors = allowedMajors(specifier, [1, 2, 3]);
  return majors.length > 0 && majors.every((major) => major >= 3) ? 'other' : 'keras';
}

/**
 * The evidence a declared package gives, or null for a package that names no framework.
 * `specifier` is PEP 440 (alternatives joined by "||"), "" when it allows any version or cannot
 * be read; `version` is the constraint as written.
 */
export function packageDeclaration(
  name: string,
  line: number,
  specifier = '',
  version: string | null = specifier || null,
): Declaration | null {
  const meaning = PACKAGES.get(normalizeName(name));
  if (!meaning) return null;
  const { framework } = meaning;
  if (meaning.weak) return { framework, version: null, specifier: null, strength: 'import', line };
  if (!meaning.versioned) return { framework, version: null, specifier: null, strength: 'declared', line };
  // No specifier: any version, or one written with a variable (`tensorflow==${TF_VERSION}`).
  if (specifier === '') return { framework, version, specifier: null, strength: 'declared', line };
  return {
    framework: framework === 'keras' ? kerasFramework(specifier) : framework,
    version,
    specifier,
    strength: isExactPin(specifier) ? 'pin' : 'range',
    line,
  };
}
