import { mlflowFlavorMeaning } from '@mmt/domain';
import { isMap } from 'yaml';
import type { Declaration } from './declaration.js';
import { entryOf, readYaml, textOf } from './yaml-file.js';

/**
 * The frameworks an MLflow `MLmodel` file's flavors name, one declaration a flavor, read by the
 * domain's reader (the importers read the same file with it). A flavor that only suggests its
 * framework (`transformers` without one) is as weak as an import; `python_function` alone (a
 * custom pickled model) names none.
 */
export function mlmodelDeclarations(text: string): Declaration[] {
  const yaml = readYaml(text);
  const flavors = entryOf(yaml?.root, 'flavors')?.value;
  if (!yaml || !isMap(flavors)) return [];
  return flavors.items.flatMap((pair): Declaration[] => {
    const meaning = mlflowFlavorMeaning(
      textOf(pair.key) ?? '',
      (key) => textOf(entryOf(pair.value, key)?.value) ?? undefined,
    );
    if (!meaning) return [];
    const line = yaml.lineOf(pair.key);
    const version = meaning.version ?? null;
    if (meaning.weak)
      return [{ framework: meaning.framework, version: null, specifier: null, strength: 'import', line }];
    return [
      {
        framework: meaning.framework,
        version,
        specifier: version && `==${version}`,
        strength: version ? 'pin' : 'declared',
        line,
      },
    ];
  });
}
