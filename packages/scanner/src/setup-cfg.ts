import { parseRequirement, type Requirement } from './requirement.js';

interface Entry {
  section: string;
  key: string;
  values: Array<{ line: number; text: string }>;
}

/** The entries of an INI file as setuptools reads it: `key = value` plus indented continuation lines. */
function entries(text: string): Entry[] {
  const result: Entry[] = [];
  let section = '';
  let current: Entry | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) return;
    const header = /^\[([^\]]+)\]/.exec(trimmed);
    if (header && !/^\s/.test(raw)) {
      section = (header[1] as string).trim();
      current = null;
    } else if (/^\s/.test(raw) && current) {
      current.values.push({ line, text: trimmed });
    } else {
      const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(trimmed);
      current = pair ? { section, key: (pair[1] as string).trim(), values: [] } : null;
      if (current && pair?.[2]) current.values.push({ line, text: pair[2] });
      if (current) result.push(current);
    }
  });
  return result;
}

const isDependencyEntry = (entry: Entry) =>
  (entry.section === 'options' && entry.key === 'install_requires') || entry.section === 'options.extras_require';

/**
 * The requirements of a `setup.cfg`: `[options] install_requires` and every list in
 * `[options.extras_require]`, one per line or separated by `;` (an environment marker after a `;`
 * never reads as a requirement: it compares with quoted strings).
 */
export function setupCfgRequirements(text: string): Array<{ line: number; requirement: Requirement }> {
  return entries(text)
    .filter(isDependencyEntry)
    .flatMap((entry) =>
      entry.values.flatMap(({ line, text: value }) =>
        value.split(';').flatMap((item) => {
          const requirement = parseRequirement(item);
          return requirement ? [{ line, requirement }] : [];
        }),
      ),
    );
}
