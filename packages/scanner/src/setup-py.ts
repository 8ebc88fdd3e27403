import { statements, tokenize, type Token } from './python-tokens.js';
import { parseRequirement, type Requirement } from './requirement.js';

const OPENING = new Set(['(', '[', '{']);
const CLOSING = new Set([')', ']', '}']);
const isOp = (token: Token | undefined, value: string) => token?.kind === 'op' && token.value === value;

/** The tokens of the expression starting at `start`, up to the `,` or closing bracket that ends it. */
function expression(tokens: readonly Token[], start: number): Token[] {
  const result: Token[] = [];
  let depth = 0;
  for (let index = start; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.kind === 'newline' && depth === 0) break;
    if (token.kind === 'op' && CLOSING.has(token.value)) {
      if (depth === 0) break;
      depth--;
    } else if (token.kind === 'op' && OPENING.has(token.value)) depth++;
    else if (isOp(token, ',') && depth === 0) break;
    result.push(token);
  }
  return result;
}

/**
 * What module-level names hold: `REQUIRED = [...]`, `REQUIRED += [...]`,
 * `REQUIRED.append('x')`, `REQUIRED.extend([...])`.
 */
function assignments(tokens: readonly Token[]): Map<string, Token[][]> {
  const values = new Map<string, Token[][]>();
  const add = (name: string, value: Token[]) => {
    const assigned = values.get(name) ?? [];
    assigned.push(value);
    values.set(name, assigned);
  };
  for (const statement of statements(tokens)) {
    const [first, second, third, fourth] = statement;
    if (first?.kind !== 'name') continue;
    if (isOp(second, '=') || isOp(second, '+=')) add(first.value, expression(statement, 2));
    else if (isOp(second, '.') && /^(append|extend)$/.test(third?.value ?? '') && isOp(fourth, '(')) {
      add(first.value, expression(statement, 4));
    }
  }
  return values;
}

/**
 * The requirement strings an expression holds, directly or through the names it uses. Dict keys
 * (`extras_require={"gpu": [...]}`) are extra names and call arguments (`open("requirements.txt")`)
 * are something else, not requirements.
 */
function requirementStrings(
  value: readonly Token[],
  names: ReadonlyMap<string, Token[][]>,
  seen: Set<string>,
): Token[] {
  const found: Token[] = [];
  const calls: boolean[] = [];
  value.forEach((token, index) => {
    const previous = value[index - 1];
    if (token.kind === 'op' && OPENING.has(token.value)) {
      calls.push(token.value === '(' && (previous?.kind === 'name' || isOp(previous, ')')));
    } else if (token.kind === 'op' && CLOSING.has(token.value)) calls.pop();
    else if (token.kind === 'string' && !calls.at(-1) && !isOp(value[index + 1], ':')) found.push(token);
    else if (token.kind === 'name' && !seen.has(token.value) && !isOp(previous, '.')) {
      seen.add(token.value);
      for (const assigned of names.get(token.value) ?? []) found.push(...requirementStrings(assigned, names, seen));
    }
  });
  return found;
}

const KEYWORDS = new Set(['install_requires', 'extras_require']);

/**
 * The requirements a `setup.py` declares in `install_requires` and `extras_require`, read as text
 * (never executed): lists of strings, dicts of lists, and module-level names that hold them.
 */
export function setupPyRequirements(text: string): Array<{ line: number; requirement: Requirement }> {
  const tokens = tokenize(text);
  const names = assignments(tokens);
  const found: Token[] = [];
  tokens.forEach((token, index) => {
    const keyword = token.kind === 'name' && isOp(tokens[index + 1], '=');
    const dictKey = token.kind === 'string' && isOp(tokens[index + 1], ':');
    if ((keyword || dictKey) && KEYWORDS.has(token.value)) {
      found.push(...requirementStrings(expression(tokens, index + 2), names, new Set()));
    }
  });
  // `install_requires = [...]` then `setup(install_requires=install_requires)` finds each string twice.
  return [...new Set(found)].flatMap((token) => {
    const requirement = parseRequirement(token.value);
    return requirement ? [{ line: token.line, requirement }] : [];
  });
}
