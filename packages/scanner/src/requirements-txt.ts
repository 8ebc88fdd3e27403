import { parseRequirement, requirementOfUrl, type Requirement } from './requirement.js';

export interface RequirementsInclude {
  /** `-r` names more requirements, `-c` constraints on versions. */
  kind: 'requirements' | 'constraints';
  /** As written, relative to the including file. */
  path: string;
  line: number;
}

export interface RequirementsFile {
  requirements: Array<{ line: number; requirement: Requirement }>;
  includes: RequirementsInclude[];
}

/** Logical lines: a trailing backslash joins the next line; each keeps its first line's number. */
function logicalLines(text: string): Array<{ line: number; text: string }> {
  const result: Array<{ line: number; text: string }> = [];
  let pending: { line: number; text: string } | null = null;
  text.split(/\r?\n/).forEach((physical, index) => {
    const joined: { line: number; text: string } = pending
      ? { line: pending.line, text: pending.text + physical }
      : { line: index + 1, text: physical };
    if (joined.text.endsWith('\\')) pending = { line: joined.line, text: joined.text.slice(0, -1) };
    else {
      pending = null;
      result.push(joined);
    }
  });
  if (pending) result.push(pending);
  return result;
}

const INCLUDE = /^(?:-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+|(?=[^\s-]))(\S+)/;

/**
 * One line of a requirements file (pip's format, also used in conda's `pip:` lists): a
 * requirement, an include, or an option or comment that names no dependency.
 */
export function parseRequirementsLine(text: string, line: number, into: RequirementsFile): void {
  // pip: a comment starts at a `#` at the line's start or after whitespace (not in `#egg=`).
  const content = text.replace(/(^|\s)#.*$/, '').trim();
  if (content === '') return;
  const include = INCLUDE.exec(content);
  if (include) {
    const kind = /^(?:-c|--constraint)/.test(content) ? 'constraints' : 'requirements';
    into.includes.push({ kind, path: include[1] as string, line });
    return;
  }
  const editable = /^(?:-e|--editable)(?:\s*=\s*|\s+)(\S+)/.exec(content);
  const requirement = editable
    ? requirementOfUrl(editable[1] as string)
    : content.startsWith('-')
      ? null // --index-url, --find-links, --pre, --trusted-host…: options, no dependency
      : parseRequirement(content.replace(/\s+--\S.*$/, '')); // drop per-requirement options (--hash=…)
  if (requirement) into.requirements.push({ line, requirement });
}

/** A pip requirements file: `requirements*.txt`, `requirements/*.txt`, and the files they include. */
export function parseRequirementsFile(text: string): RequirementsFile {
  const file: RequirementsFile = { requirements: [], includes: [] };
  for (const { line, text: content } of logicalLines(text)) parseRequirementsLine(content, line, file);
  return file;
}
