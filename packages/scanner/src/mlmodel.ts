import type { Framework } from '@mmt/domain';
import { isMap } from 'yaml';
import type { Declaration } from './declaration.js';
import { entryOf, readYaml, textOf } from './yaml-file.js';

const KERAS_BACKENDS = new Map<string, Framework>([
  ['tensorflow', 'tensorflow'],
  ['torch', 'pytorch'],
  ['jax', 'jax'],
]);
const TRANSFORMERS_FRAMEWORKS = new Map<string, Framework>([
  ['pt', 'pytorch'],
  ['tf', 'tensorflow'],
  ['flax', 'jax'],
]);

/** What one flavor says: the framework, and the version it was saved with when the flavor records it. */
function flavorMeaning(flavor: string, options: unknown): { framework: Framework; version: string | null } | null {
  const option = (key: string) => textOf(entryOf(options, key)?.value);
  switch (flavor) {
    case 'tensorflow':
      // Keras models saved by the tensorflow flavor record tf.__version__ as `keras_version`.
      return { framework: 'tensorflow', version: option('model_type') === 'keras' ? option('keras_version') : null };
    case 'keras': {
      // Keras 3 records its backend; older flavors record the Keras module (`keras` or `tensorflow.keras`).
      const backend = option('keras_backend');
      if (backend) {
        const framework = KERAS_BACKENDS.get(backend);
        return framework ? { framework, version: null } : null;
      }
      if ((option('keras_module') ?? 'keras').startsWith('tensorflow'))
        return { framework: 'tensorflow', version: null };
      return { framework: 'keras', version: option('keras_version') };
    }
    case 'pytorch':
      return { framework: 'pytorch', version: option('pytorch_version') };
    case 'sklearn':
      return { framework: 'sklearn', version: option('sklearn_version') };
    case 'onnx':
      return { framework: 'onnx', version: option('onnx_version') };
    default:
      return null;
  }
}

/**
 * The frameworks an MLflow `MLmodel` file's flavors name. A `transformers` flavor names its
 * framework (`pt`, `tf`, `flax`); without one it is weak PyTorch evidence. `python_function`
 * alone (a custom pickled model) names none.
 */
export function mlmodelDeclarations(text: string): Declaration[] {
  const yaml = readYaml(text);
  const flavors = entryOf(yaml?.root, 'flavors')?.value;
  if (!yaml || !isMap(flavors)) return [];
  return flavors.items.flatMap((pair): Declaration[] => {
    const flavor = textOf(pair.key) ?? '';
    const line = yaml.lineOf(pair.key);
    if (flavor === 'transformers') {
      const framework = TRANSFORMERS_FRAMEWORKS.get(textOf(entryOf(pair.value, 'framework')?.value) ?? '');
      return [
        {
          framework: framework ?? 'pytorch',
          version: null,
          specifier: null,
          strength: framework ? 'declared' : 'import',
          line,
        },
      ];
    }
    const meaning = flavorMeaning(flavor, pair.value);
    if (!meaning) return [];
    const { framework, version } = meaning;
    return [{ framework, version, specifier: version && `==${version}`, strength: version ? 'pin' : 'declared', line }];
  });
}
