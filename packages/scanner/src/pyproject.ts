import type { TomlTable } from 'smol-toml';
import type { Declaration } from './declaration.js';
import { packageDeclaration } from './packages.js';
import { poetryToPep440 } from './poetry-constraint.js';
import { parseRequirement } from './requirement.js';
import { isTable, parseToml, tableAt, TomlLines } from './toml.js';

/** PEP 508 strings in a list (PEP 621 `dependencies`, an optional-dependency or dependency group). */
function pep508List(value: unknown, lines: TomlLines, keyLine: number | null): Declaration[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (typeof item !== 'string') return []; // {include-group = "…"}
    const requirement = parseRequirement(item);
    const line = lines.value(keyLine ?? 1, item) ?? keyLine ?? 1;
    const declaration = requirement && packageDeclaration(requirement.name, line, requirement.specifier);
    return declaration ? [declaration] : [];
  });
}

/** Poetry's `name = "^1.15"`, `name = {version = "^1.15", …}` or a list of such tables. */
function poetryConstraint(value: unknown): string {
  const versionOf = (entry: unknown) =>
    typeof entry === 'string' ? entry : isTable(entry) && typeof entry.version === 'string' ? entry.version : '';
  return (Array.isArray(value) ? value.map(versionOf) : [versionOf(value)]).filter(Boolean).join(' || ');
}

function poetryTable(table: TomlTable | null, tableName: string, lines: TomlLines): Declaration[] {
  if (!table) return [];
  return Object.entries(table).flatMap(([name, value]) => {
    if (name === 'python') return [];
    const written = poetryConstraint(value);
    const line = lines.key(tableName, name) ?? lines.header(tableName) ?? 1;
    const declaration = packageDeclaration(name, line, poetryToPep440(written), written || null);
    return declaration ? [declaration] : [];
  });
}

function listsOf(table: TomlTable | null, tableName: string, lines: TomlLines): Declaration[] {
  return Object.entries(table ?? {}).flatMap(([key, value]) => pep508List(value, lines, lines.key(tableName, key)));
}

/**
 * The frameworks a `pyproject.toml` declares: PEP 621 `dependencies` and `optional-dependencies`,
 * PEP 735 `dependency-groups`, and Poetry's `dependencies`, `dev-dependencies` and group dependencies.
 */
export function pyprojectDeclarations(text: string): Declaration[] {
  const root = parseToml(text);
  if (!root) return [];
  const lines = new TomlLines(text);
  const project = tableAt(root, ['project']);
  const groups = tableAt(root, ['tool', 'poetry', 'group']) ?? {};
  return [
    ...pep508List(project?.dependencies, lines, lines.key('project', 'dependencies')),
    ...listsOf(tableAt(root, ['project', 'optional-dependencies']), 'project.optional-dependencies', lines),
    ...listsOf(tableAt(root, ['dependency-groups']), 'dependency-groups', lines),
    ...poetryTable(tableAt(root, ['tool', 'poetry', 'dependencies']), 'tool.poetry.dependencies', lines),
    ...poetryTable(tableAt(root, ['tool', 'poetry', 'dev-dependencies']), 'tool.poetry.dev-dependencies', lines),
    ...Object.keys(groups).flatMap((group) =>
      poetryTable(
        tableAt(root, ['tool', 'poetry', 'group', group, 'dependencies']),
        `tool.poetry.group.${group}.dependencies`,
        lines,
      ),
    ),
  ];
}
