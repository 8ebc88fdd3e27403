/**
 * PEP 440 version specifiers ("==1.15.2", ">=1.11,<2", "~=1.15", "==1.*"), read only as far as
 * the framework families need: which major versions a specifier allows. Alternatives, as Poetry
 * and conda write them, are joined by "||".
 */

export const SPECIFIER_OPERATORS = ['===', '~=', '==', '!=', '<=', '>=', '<', '>'] as const;
export type SpecifierOperator = (typeof SPECIFIER_OPERATORS)[number];

export interface SpecifierClause {
  operator: SpecifierOperator;
  /** The release numbers ("1.15.2" → [1, 15, 2]); pre-, post-, dev- and local parts are dropped. */
  release: number[];
  /** "==1.15.*": the clause matches every version that starts with `release`. */
  wildcard: boolean;
}

// operator, optional epoch, release, wildcard, then pre/post/dev and local parts, which are dropped.
const CLAUSE =
  /^(===|~=|==|!=|<=|>=|<|>)\s*v?(?:\d+!)?(\d+(?:\.\d+)*)(\.\*)?(?:[-_.]?[a-z][a-z0-9._-]*)?(?:\+[a-z0-9._-]+)?$/i;

/** One clause, or null when it is not a PEP 440 clause (a variable, arbitrary text, a bare version). */
export function parseClause(text: string): SpecifierClause | null {
  const match = CLAUSE.exec(text.trim());
  if (!match) return null;
  const [, operator, release, wildcard] = match as unknown as [string, SpecifierOperator, string, string | undefined];
  const isWildcard = wildcard !== undefined;
  // "~=" needs two release numbers; a wildcard goes only with == and !=.
  if (operator === '~=' && !release.includes('.')) return null;
  if (isWildcard && operator !== '==' && operator !== '!=') return null;
  return { operator, release: release.split('.').map(Number), wildcard: isWildcard };
}

/** The clauses of each alternative; clauses that cannot be read are left out (they restrict nothing). */
export function parseSpecifier(specifier: string | null | undefined): SpecifierClause[][] {
  return (specifier ?? '').split('||').map((alternative) =>
    alternative
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map(parseClause)
      .filter((clause): clause is SpecifierClause => clause !== null),
  );
}

/** "==1.15.2" or "===1.15.2": exactly one version, no alternatives, no wildcard. */
export function isExactPin(specifier: string | null | undefined): boolean {
  const alternatives = parseSpecifier(specifier);
  const [clauses] = alternatives;
  return (
    alternatives.length === 1 &&
    clauses !== undefined &&
    clauses.some((clause) => (clause.operator === '==' || clause.operator === '===') && !clause.wildcard)
  );
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** The first version after every version starting with `release`: [1, 15] → [1, 16]. */
function nextPrefix(release: readonly number[]): number[] {
  return release.map((part, index) => (index === release.length - 1 ? part + 1 : part));
}

interface Bound {
  release: readonly number[];
  inclusive: boolean;
}

/** A half-open or closed range of versions: lower ≤/< v ≤/< upper. */
class VersionRange {
  constructor(
    private lower: Bound,
    private upper: Bound,
  ) {}

  atLeast(release: readonly number[], inclusive: boolean): void {
    const order = compare(release, this.lower.release);
    if (order > 0 || (order === 0 && !inclusive)) this.lower = { release, inclusive };
  }

  atMost(release: readonly number[], inclusive: boolean): void {
    const order = compare(release, this.upper.release);
    if (order < 0 || (order === 0 && !inclusive)) this.upper = { release, inclusive };
  }

  isEmpty(): boolean {
    const order = compare(this.lower.release, this.upper.release);
    return order > 0 || (order === 0 && !(this.lower.inclusive && this.upper.inclusive));
  }

  /** Whether every version in the range lies in [from, to). */
  within(from: readonly number[], to: readonly number[]): boolean {
    const upper = compare(this.upper.release, to);
    return compare(this.lower.release, from) >= 0 && (upper < 0 || (upper === 0 && !this.upper.inclusive));
  }

  /** Whether the range holds one version only, `release`. */
  isOnly(release: readonly number[]): boolean {
    return !this.isEmpty() && compare(this.lower.release, release) === 0 && compare(this.upper.release, release) === 0;
  }
}

function restrict(range: VersionRange, clause: SpecifierClause): void {
  const { release } = clause;
  switch (clause.operator) {
    case '>=':
      return range.atLeast(release, true);
    case '>':
      return range.atLeast(release, false);
    case '<=':
      return range.atMost(release, true);
    case '<':
      return range.atMost(release, false);
    case '~=':
      range.atLeast(release, true);
      return range.atMost(nextPrefix(release.slice(0, -1)), false);
    case '==':
    case '===':
      range.atLeast(release, true);
      if (clause.wildcard) return range.atMost(nextPrefix(release), false);
      return range.atMost(release, true);
    case '!=':
      return;
  }
}

/** Whether an exclusion ("!=2.*", "!=1.15.0") removes everything the range still allows. */
function excludesAll(range: VersionRange, clause: SpecifierClause): boolean {
  if (clause.operator !== '!=') return false;
  return clause.wildcard ? range.within(clause.release, nextPrefix(clause.release)) : range.isOnly(clause.release);
}

/** The versions from `from` (included) up to `to` (excluded): TensorFlow 1.x is [1] to [2]. */
export interface VersionSpan {
  from: readonly number[];
  to: readonly number[];
}

function allowsSpan(clauses: readonly SpecifierClause[], { from, to }: VersionSpan): boolean {
  const range = new VersionRange({ release: from, inclusive: true }, { release: to, inclusive: false });
  clauses.forEach((clause) => restrict(range, clause));
  return !range.isEmpty() && !clauses.some((clause) => excludesAll(range, clause));
}

/** Which of the `spans` the specifier allows a version in: ">=2.3" of [1, 2) and [2, 3) → the second. */
export function allowedSpans<T extends VersionSpan>(specifier: string | null | undefined, spans: readonly T[]): T[] {
  const alternatives = parseSpecifier(specifier);
  return spans.filter((span) => alternatives.some((clauses) => allowsSpan(clauses, span)));
}

/**
 * Which of the `candidates` major versions the specifier allows: ">=2.3" of [1, 2] → [2],
 * ">=1.11" → [1, 2], "" → [1, 2], "==0.12" → [].
 */
export function allowedMajors(specifier: string | null | undefined, candidates: readonly number[]): number[] {
  const spans = candidates.map((major) => ({ major, from: [major], to: [major + 1] }));
  return allowedSpans(specifier, spans).map(({ major }) => major);
}
