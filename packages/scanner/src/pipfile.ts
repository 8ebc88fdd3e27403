import type { Declaration } from './declaration.js';
import { packageDeclaration } from './packages.js';
import { isTable, parseToml, tableAt, TomlLines } from './toml.js';

/** `"==1.15"`, `"*"` or `{version = "==1.15", index = "…"}`; a git or path source has no version. */
function specifierOf(value: unknown): string {
  const version =
    typeof value === 'string' ? value : isTable(value) && typeof value.version === 'string' ? value.version : '';
  return version.trim() === '*' ? '' : version.trim();
}

/** The frameworks a Pipfile declares in `[packages]` and `[dev-packages]` (PEP 440 specifiers). */
export function pipfileDeclarations(text: string): Declaration[] {
  const root = parseToml(text);
  if (!root) return [];
  const lines = new TomlLines(text);
  return ['packages', 'dev-packages'].flatMap((section) => {
    return Object.entries(tableAt(root, [section]) ?? {}).flatMap(([name, value]) => {
      const line = lines.key(section, name) ?? lines.header(section) ?? 1;
      const declaration = packageDeclaration(name, line, specifierOf(value));
      return declaration ? [declaration] : [];
    });
  });
}
