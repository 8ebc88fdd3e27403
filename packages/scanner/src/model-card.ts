import type { Declaration } from './declaration.js';
import { packageDeclaration } from './packages.js';
import { entryOf, readYaml, textOf } from './yaml-file.js';

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m;

/**
 * The framework a Hugging Face model card (`README.md`) names in its YAML front matter's
 * `library_name`: `pytorch`, `keras`, `timm`, `sklearn`…; `transformers` is weak PyTorch evidence.
 */
export function modelCardDeclarations(text: string): Declaration[] {
  const frontMatter = FRONT_MATTER.exec(text);
  if (!frontMatter || frontMatter.index !== 0) return [];
  const yaml = readYaml(frontMatter[1] as string, 2);
  const entry = entryOf(yaml?.root, 'library_name');
  const library = textOf(entry?.value);
  const declaration = yaml && entry && library ? packageDeclaration(library, yaml.lineOf(entry.key)) : null;
  return declaration ? [declaration] : [];
}
