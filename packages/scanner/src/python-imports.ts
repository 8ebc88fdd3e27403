import type { Token } from './python-tokens.js';

export interface ImportStatement {
  line: number;
  /** Every module path the statement names: `from a.b import c, d` → a.b, a.b.c, a.b.d. */
  modules: string[];
  /** Local name → the dotted path it stands for: `import a.b as x` → x: a.b; `import a.b` → a: a. */
  bindings: Array<[string, string]>;
}

const isName = (token: Token | undefined, value?: string) =>
  token?.kind === 'name' && (value === undefined || token.value === value);
const isOp = (token: Token | undefined, value: string) => token?.kind === 'op' && token.value === value;

/** A dotted name from `tokens[start]`: its text and the index after it. */
function dottedName(tokens: readonly Token[], start: number): { path: string; next: number } | null {
  if (!isName(tokens[start])) return null;
  const parts = [(tokens[start] as Token).value];
  let index = start + 1;
  while (isOp(tokens[index], '.') && isName(tokens[index + 1])) {
    parts.push((tokens[index + 1] as Token).value);
    index += 2;
  }
  return { path: parts.join('.'), next: index };
}

/** `as NAME` at `index`, if present. */
function alias(tokens: readonly Token[], index: number): { name: string; next: number } | null {
  return isName(tokens[index], 'as') && isName(tokens[index + 1])
    ? { name: (tokens[index + 1] as Token).value, next: index + 2 }
    : null;
}

function parseImport(tokens: readonly Token[], start: number): ImportStatement {
  const statement: ImportStatement = { line: (tokens[start] as Token).line, modules: [], bindings: [] };
  let index = start + 1;
  for (;;) {
    const name = dottedName(tokens, index);
    if (!name) break;
    const as = alias(tokens, name.next);
    // `import a.b` binds `a`; `import a.b as x` binds `x` to `a.b`.
    const top = name.path.split('.')[0] as string;
    statement.modules.push(name.path);
    statement.bindings.push(as ? [as.name, name.path] : [top, top]);
    index = as ? as.next : name.next;
    if (!isOp(tokens[index], ',')) break;
    index++;
  }
  return statement;
}

function parseFrom(tokens: readonly Token[], start: number): ImportStatement | null {
  // Relative imports (`from . import x`, `from .a import b`) name the project's own modules.
  if (isOp(tokens[start + 1], '.') || isOp(tokens[start + 1], '...')) return null;
  const module = dottedName(tokens, start + 1);
  if (!module || !isName(tokens[module.next], 'import')) return null;
  const statement: ImportStatement = { line: (tokens[start] as Token).line, modules: [module.path], bindings: [] };
  let index = module.next + 1;
  if (isOp(tokens[index], '(')) index++;
  while (isName(tokens[index])) {
    const imported = (tokens[index] as Token).value;
    const as = alias(tokens, index + 1);
    const path = `${module.path}.${imported}`;
    statement.modules.push(path);
    statement.bindings.push([as ? as.name : imported, path]);
    index = as ? as.next : index + 1;
    if (!isOp(tokens[index], ',')) break;
    index++;
  }
  return statement;
}

/**
 * The imports in one statement: at its start, or after the `:` of a one-line compound
 * statement (`try: import tensorflow as tf`).
 */
export function importsOf(tokens: readonly Token[]): ImportStatement[] {
  const result: ImportStatement[] = [];
  tokens.forEach((token, index) => {
    if (index > 0 && !isOp(tokens[index - 1], ':')) return;
    const statement = isName(token, 'import')
      ? parseImport(tokens, index)
      : isName(token, 'from')
        ? parseFrom(tokens, index)
        : null;
    if (statement) result.push(statement);
  });
  return result;
}
