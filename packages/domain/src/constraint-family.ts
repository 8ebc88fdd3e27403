import { frameworkFamily, type FrameworkFamily } from './family.js';
import { allowedMajors } from './version-specifier.js';
import type { Framework } from './vocabularies.js';

/** The released major versions whose family differs, per framework; other frameworks have one family. */
const FAMILY_MAJORS: Partial<Record<Framework, readonly number[]>> = { tensorflow: [1, 2] };

function familyOfMajors(framework: Framework, majors: readonly number[]): FrameworkFamily {
  const families = new Set(majors.map((major) => frameworkFamily(framework, String(major))));
  const [only] = families;
  return families.size === 1 && only !== undefined ? only : frameworkFamily(framework, null);
}

/**
 * The family of a version constraint (PEP 440, alternatives joined by "||") is what it allows:
 * `tensorflow>=2.3` → "TensorFlow 2.x", `==1.15.2`, `<2` and `~=1.15` → "TensorFlow 1.x",
 * `>=1.11` allows both → "TensorFlow". No constraint allows everything.
 */
export function constraintFamily(framework: Framework, specifier: string | null | undefined): FrameworkFamily {
  const majors = FAMILY_MAJORS[framework];
  return majors ? familyOfMajors(framework, allowedMajors(specifier, majors)) : frameworkFamily(framework, null);
}

/**
 * The family that several pieces of evidence for one framework settle on. `specifiers` come
 * strongest first; each narrows what the stronger ones allow and never contradicts them (a
 * Dockerfile image `tensorflow:1.12.0` settles `tensorflow>=1.11` on 1.x, not `tensorflow>=2.3`).
 * When the versions still allow TensorFlow 1.x and 2.x, code that uses TF1 APIs settles it on 1.x.
 */
export function settledFamily(
  framework: Framework,
  specifiers: readonly (string | null)[],
  tf1ApiUses: number,
): FrameworkFamily {
  const majors = FAMILY_MAJORS[framework];
  if (!majors) return frameworkFamily(framework, null);
  let allowed = [...majors];
  for (const specifier of specifiers) {
    const narrowed = allowedMajors(specifier, allowed);
    if (narrowed.length > 0) allowed = narrowed;
  }
  if (allowed.length > 1 && allowed.includes(1) && tf1ApiUses > 0) allowed = [1];
  return familyOfMajors(framework, allowed);
}
