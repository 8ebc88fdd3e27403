import { frameworkFamily, type FrameworkFamily } from './family.js';
import { allowedSpans, type VersionSpan } from './version-specifier.js';
import type { Framework } from './vocabularies.js';

/**
 * The spans of released versions whose family differs, per framework (a span's family is that of
 * its first version); other frameworks have one family.
 */
const FAMILY_SPANS: Partial<Record<Framework, readonly VersionSpan[]>> = {
  tensorflow: [
    { from: [1], to: [2] },
    { from: [2], to: [3] },
  ],
  keras: [
    { from: [0], to: [2, 3] },
    { from: [2, 3], to: [2, 4] },
    { from: [2, 4], to: [3] },
    { from: [3], to: [Number.MAX_SAFE_INTEGER] },
  ],
};

const spanFamily = (framework: Framework, { from }: VersionSpan) => frameworkFamily(framework, from.join('.'));

/**
 * The family of the versions `allowed` of all the framework's `spans`. Every one, or none: what
 * the framework is without a version. A constraint that allows Keras 2 and 3 is read by its Keras 2
 * (Keras 3 names no framework of the policy's); what remains of several families is TensorFlow 1.x
 * and 2.x, "TensorFlow".
 */
function familyOfSpans(
  framework: Framework,
  allowed: readonly VersionSpan[],
  spans: readonly VersionSpan[],
): FrameworkFamily {
  if (allowed.length === 0 || allowed.length === spans.length) return frameworkFamily(framework, null);
  const families = new Set(allowed.map((span) => spanFamily(framework, span)));
  if (families.size > 1) families.delete('Other');
  const [only] = families;
  return families.size === 1 && only !== undefined ? only : 'TensorFlow';
}

/**
 * The family of a version constraint (PEP 440, alternatives joined by "||") is what it allows:
 * `tensorflow>=2.3` → "TensorFlow 2.x", `==1.15.2`, `<2` and `~=1.15` → "TensorFlow 1.x",
 * `>=1.11` allows both → "TensorFlow"; `keras==2.2.4` → "TensorFlow 1.x", `keras>=2.4` →
 * "TensorFlow 2.x". No constraint allows everything.
 */
export function constraintFamily(framework: Framework, specifier: string | null | undefined): FrameworkFamily {
  const spans = FAMILY_SPANS[framework];
  return spans ? familyOfSpans(framework, allowedSpans(specifier, spans), spans) : frameworkFamily(framework, null);
}

/**
 * The family that several pieces of evidence for one framework settle on. `specifiers` come
 * strongest first; each narrows what the stronger ones allow and never contradicts them (a
 * Dockerfile image `tensorflow:1.12.0` settles `tensorflow>=1.11` on 1.x, not `tensorflow>=2.3`).
 * When the versions still allow TensorFlow 1.x and more, code that uses TF1 APIs settles it on 1.x.
 */
export function settledFamily(
  framework: Framework,
  specifiers: readonly (string | null)[],
  tf1ApiUses: number,
): FrameworkFamily {
  const spans = FAMILY_SPANS[framework];
  if (!spans) return frameworkFamily(framework, null);
  let allowed = [...spans];
  for (const specifier of specifiers) {
    const narrowed = allowedSpans(specifier, allowed);
    if (narrowed.length > 0) allowed = narrowed;
  }
  const tf1 = allowed.filter((span) => spanFamily(framework, span) === 'TensorFlow 1.x');
  if (allowed.length > 1 && tf1.length > 0 && tf1ApiUses > 0) allowed = tf1;
  return familyOfSpans(framework, allowed, spans);
}
