import type { FrameworkFamily, Lifecycle, VerdictStatus } from '@mmt/domain';

// SVG fills cannot read CSS variables, so the charts' colours live here. The verdict colours are
// the badges' edge colours in styles.css (--violation-edge …): keep the two in step.
export const VERDICT_COLORS: Record<VerdictStatus, string> = {
  violation: '#d92d20',
  warning: '#d98a00',
  unknown: '#0891b2',
  exception: '#7c3aed',
  compliant: '#16a34a',
  grandfathered: '#64748b',
  out_of_scope: '#8a8a8a',
  retired: '#c4c4c4',
};

// Okabe–Ito: told apart with the common colour-vision deficiencies; TensorFlow warm, PyTorch blue.
export const FAMILY_COLORS: Record<FrameworkFamily, string> = {
  'TensorFlow 1.x': '#d55e00',
  'TensorFlow 2.x': '#e69f00',
  TensorFlow: '#cc79a7',
  PyTorch: '#0072b2',
  JAX: '#009e73',
  Other: '#999999',
  // Okabe–Ito's yellow: nothing else in the palette is read as it.
  Unknown: '#f0e442',
};

// From early (light) to production (the accent), then deprecated (warning) and retired (grey).
export const LIFECYCLE_COLORS: Record<Lifecycle, string> = {
  research: '#bcd7f5',
  development: '#7fb0e8',
  staging: '#3f82d6',
  production: '#1d4ed8',
  deprecated: '#d98a00',
  retired: '#c4c4c4',
};
