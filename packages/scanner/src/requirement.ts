/** One PEP 508 dependency specification, as pip and the packaging formats write it. */
export interface Requirement {
  name: string;
  /** The PEP 440 specifier as written, without parentheses; "" when it allows any version. */
  specifier: string;
}

/** PEP 503: names compare case-insensitively, with runs of `-`, `_` and `.` alike. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*/;
const CLAUSE = /^(?:===|~=|==|!=|<=|>=|<|>)\s*[A-Za-z0-9.*+!_-]+$/;
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|[a-z]+\+[a-z]+:|file:|\.{1,2}\/|\/)/i;

function isSpecifier(text: string): boolean {
  return text === '' || text.split(',').every((clause) => CLAUSE.test(clause.trim()));
}

/** A URL's `%`-escapes decoded; a malformed escape (`/%`) leaves the text as written. */
function decodedOrAsWritten(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The distribution a URL or path names: a wheel or sdist file name (`tensorflow-1.15.0-cp37-….whl`
 * → tensorflow ==1.15.0) or an `#egg=name` fragment; otherwise nothing.
 */
export function requirementOfUrl(url: string): Requirement | null {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url);
  if (egg) return { name: (egg[1] as string).replace(/-\d.*$/, ''), specifier: '' };
  const file = decodedOrAsWritten(url.split(/[?#]/)[0]?.split('/').pop() ?? '');
  const wheel = /^([A-Za-z0-9_.]+)-(\d[A-Za-z0-9_.+!]*)-.*\.whl$/i.exec(file);
  const sdist = /^([A-Za-z0-9_.-]+?)-(\d[A-Za-z0-9_.+!]*)\.(?:tar\.gz|tar\.bz2|zip)$/i.exec(file);
  const match = wheel ?? sdist;
  return match ? { name: match[1] as string, specifier: `==${match[2] as string}` } : null;
}

/**
 * A PEP 508 requirement (`tensorflow[and-cuda] >= 2.3, <3 ; python_version < "3.11"`,
 * `torch @ https://…/torch-1.5.0-….whl`, legacy `name (>=1.0)`), or a bare URL or path; null
 * when the text is not one.
 */
export function parseRequirement(text: string): Requirement | null {
  const trimmed = text.trim();
  if (URL_LIKE.test(trimmed)) return requirementOfUrl(trimmed);
  const name = NAME.exec(trimmed);
  if (!name) return null;
  let rest = trimmed.slice(name[0].length);
  if (rest.startsWith('@')) {
    const url =
      rest
        .slice(1)
        .trim()
        .split(/\s+;|\s/)[0] ?? '';
    return { name: name[1] as string, specifier: requirementOfUrl(url)?.specifier ?? '' };
  }
  rest = rest.split(';')[0]?.trim() ?? '';
  const parenthesized = /^\((.*)\)$/.exec(rest);
  const specifier = (parenthesized ? (parenthesized[1] as string) : rest).trim();
  return isSpecifier(specifier) ? { name: name[1] as string, specifier } : null;
}
