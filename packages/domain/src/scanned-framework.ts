import type { ScanFindings } from './scan-findings.js';
import { parseSpecifier } from './version-specifier.js';

type Primary = NonNullable<ScanFindings['primary']>;

/**
 * The version a registry entry would record for a scanned framework: the version an exact pin
 * names ("==1.15.2" → "1.15.2"); else the major version its family settles on ("TensorFlow 1.x"
 * → "1.x", which the registry reads as that family); else none.
 */
export function recordedVersionOf(primary: Primary): string {
  const [alternative, ...others] = parseSpecifier(primary.version);
  const pin =
    others.length === 0
      ? alternative?.find((clause) => clause.operator.startsWith('==') && !clause.wildcard)
      : undefined;
  if (pin) return pin.release.join('.');
  const settled = /(\d+)\.x$/.exec(primary.family);
  return settled ? `${settled[1]}.x` : '';
}
