import { isMap, isSeq } from 'yaml';
import type { Declaration } from './declaration.js';
import { packageDeclaration } from './packages.js';
import { parseRequirementsLine, type RequirementsFile } from './requirements-txt.js';
import { entryOf, readYaml, textOf } from './yaml-file.js';

const CLAUSE = /^(===|==|!=|>=|<=|~=|>|<|=)?\s*([^=\s]+)/;

/**
 * One conda version clause as PEP 440: `=1.5` and `1.5*` are fuzzy (1.5.*); `==1.5`, `1.5` and
 * `=1.5.0=<build>` are exact.
 */
function clauseToPep440(text: string): string {
  const match = CLAUSE.exec(text.trim());
  if (!match) return '';
  const [whole, operator, written] = match as unknown as [string, string | undefined, string];
  const withBuild = text.trim().length > whole.length;
  const wildcard = written.endsWith('*');
  const version = written.replace(/\.?\*$/, '');
  if (version === '') return '';
  if ((operator === '=' && !withBuild) || (wildcard && (operator === undefined || operator === '=='))) {
    return `==${version}.*`;
  }
  return `${operator === undefined || operator === '=' ? '==' : operator}${version}`;
}

export interface CondaSpec {
  name: string;
  /** The version part as written ("=1.5", ">=1.4,<1.6"), or null. */
  version: string | null;
  specifier: string;
}

/**
 * A conda match spec: `pytorch`, `pytorch=1.5`, `pytorch=1.5.0=py3.7_cuda10.1_0`, `tensorflow-gpu==1.15`,
 * `pytorch::pytorch>=1.4`, `conda-forge::tensorflow 2.3.*`, `numpy 1.11|1.14`, `pytorch[version='>=1.4']`.
 */
export function parseCondaSpec(spec: string): CondaSpec | null {
  const unchanneled = spec.trim().replace(/^.*::/, '');
  const bracket = /^([A-Za-z0-9_.-]+)\s*\[\s*version\s*=\s*['"]?([^'"\]]*)['"]?\s*\]$/.exec(unchanneled);
  const plain = /^([A-Za-z0-9_.-]+?)\s*((?:[=<>!~]|\s\d|$).*)$/.exec(unchanneled);
  const match = bracket ?? plain;
  if (!match) return null;
  const written = (match[2] as string).trim();
  // The build string follows the version after a space or a second `=`: drop it.
  const version = written.split(/\s+/)[0] as string;
  const specifier = version
    .split('|')
    .map((alternative) => alternative.split(',').map(clauseToPep440).filter(Boolean).join(','))
    .join('||');
  return { name: match[1] as string, version: written === '' ? null : written, specifier };
}

/**
 * The frameworks a conda environment file declares (`environment.yml`, MLflow's `conda.yaml`):
 * conda packages in `dependencies` and the pip requirements nested under `- pip:`.
 */
export function condaEnvironment(text: string): { declarations: Declaration[]; pip: RequirementsFile } {
  const pip: RequirementsFile = { requirements: [], includes: [] };
  const yaml = readYaml(text);
  const dependencies = entryOf(yaml?.root, 'dependencies')?.value;
  if (!yaml || !isSeq(dependencies)) return { declarations: [], pip };
  const declarations = dependencies.items.flatMap((item) => {
    if (isMap(item)) {
      const list = entryOf(item, 'pip')?.value;
      if (isSeq(list))
        list.items.forEach((entry) => parseRequirementsLine(textOf(entry) ?? '', yaml.lineOf(entry), pip));
      return [];
    }
    const spec = parseCondaSpec(textOf(item) ?? '');
    const declaration = spec && packageDeclaration(spec.name, yaml.lineOf(item), spec.specifier, spec.version);
    return declaration ? [declaration] : [];
  });
  return { declarations, pip };
}
