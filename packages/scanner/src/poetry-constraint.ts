/** Release numbers of a version: "1.2.3b1" → [1, 2, 3]. */
function release(version: string): number[] {
  return (/^v?(\d+(?:\.\d+)*)/.exec(version)?.[1] ?? '0').split('.').map(Number);
}

/** The version right after every version that keeps `release` up to `index`: ([1, 2, 3], 0) → "2". */
function bump(numbers: readonly number[], index: number): string {
  return numbers
    .slice(0, index + 1)
    .map((part, at) => (at === index ? part + 1 : part))
    .join('.');
}

/** `^1.2.3` → >=1.2.3,<2; `^0.2.3` → <0.3; `^0.0.3` → <0.0.4; `^0` → <1. */
function caret(version: string): string {
  const numbers = release(version);
  const firstNonZero = numbers.findIndex((part) => part !== 0);
  return `>=${version},<${bump(numbers, firstNonZero < 0 ? numbers.length - 1 : firstNonZero)}`;
}

/** `~1.2.3` → >=1.2.3,<1.3; `~1` → >=1,<2. */
function tilde(version: string): string {
  const numbers = release(version);
  return `>=${version},<${bump(numbers, numbers.length >= 2 ? 1 : 0)}`;
}

const CONSTRAINT = /(\^|~=|~|===|==|!=|>=|<=|>|<|=)?\s*(\*|v?\d[0-9A-Za-z.*+-]*)/g;

function clause(operator: string | undefined, version: string): string {
  if (version === '*') return '';
  switch (operator) {
    case '^':
      return caret(version);
    case '~':
      return tilde(version);
    case undefined:
    case '=':
      return `==${version}`;
    default:
      return `${operator}${version}`;
  }
}

/**
 * A Poetry version constraint as a PEP 440 specifier: `^1.15` → >=1.15,<2, `~1.15` → >=1.15,<1.16,
 * `1.15.2` → ==1.15.2, `1.15.*` → ==1.15.*, `*` → any; alternatives (`||`) stay alternatives.
 */
export function poetryToPep440(constraint: string): string {
  return constraint
    .split('||')
    .map((alternative) =>
      [...alternative.matchAll(CONSTRAINT)]
        .map((match) => clause(match[1], match[2] as string))
        .filter((part) => part !== '')
        .join(','),
    )
    .join('||');
}
