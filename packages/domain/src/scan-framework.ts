import { frameworkFamily } from './family.js';
import type { ScanFindings } from './scan-findings.js';
import { isExactPin } from './version-specifier.js';
import type { Framework } from './vocabularies.js';

/** The registry's longest framework version (`modelFieldRules.frameworkVersion`). */
const REGISTRY_VERSION_MAX = 40;

type ScanPrimary = NonNullable<ScanFindings['primary']>;

/**
 * What a scan's primary framework writes into the registry entry of a model whose framework is
 * unknown: the framework, and a version from which the registry reads the family the scan found.
 * An exact pin gives its version ("==1.15.2" → "1.15.2"); other text is kept as written when the
 * registry reads the same family from it ("1.12.0-gpu-py3"); a range the registry cannot read
 * ("<2") gives the major version its family names ("1.x"); otherwise no version. Null when the scan
 * found no framework to set.
 */
export function scannedRegistryFramework(
  primary: ScanPrimary | null,
): { framework: Framework; frameworkVersion: string } | null {
  if (!primary || primary.framework === 'unknown') return null;
  const { framework, family } = primary;
  const written = primary.version?.trim() ?? '';
  const candidates = [
    isExactPin(written) && /^={2,3}[^,|]+$/.test(written) ? written.replace(/^={2,3}\s*/, '') : written,
    /^TensorFlow (\d)\.x$/.exec(family)?.[1]?.concat('.x') ?? '',
  ];
  const frameworkVersion =
    candidates.find(
      (candidate) => candidate.length <= REGISTRY_VERSION_MAX && frameworkFamily(framework, candidate) === family,
    ) ?? '';
  return { framework, frameworkVersion };
}
