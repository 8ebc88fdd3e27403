import { hubLibraryFramework } from '@mmt/domain';
import type { Declaration } from './declaration.js';
import { entryOf, readYaml, textOf } from './yaml-file.js';

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m;

/**
 * The framework a Hugging Face model card (`README.md`) names in its YAML front matter's
 * `library_name`, read by the domain's reader (the importers read cards with it): `pytorch`,
 * `keras`, `timm`, `sklearn`…; `transformers` is weak PyTorch evidence.
 */
export function modelCardDeclarations(text: string): Declaration[] {
  const frontMatter = FRONT_MATTER.exec(text);
  if (!frontMatter || frontMatter.index !== 0) return [];
  const yaml = readYaml(frontMatter[1] as string, 2);
  const entry = entryOf(yaml?.root, 'library_name');
  const library = textOf(entry?.value);
  const meaning = library ? hubLibraryFramework(library) : undefined;
  if (!yaml || !entry || !meaning) return [];
  return [
    {
      framework: meaning.framework,
      version: null,
      specifier: null,
      strength: meaning.weak ? 'import' : 'declared',
      line: yaml.lineOf(entry.key),
    },
  ];
}
