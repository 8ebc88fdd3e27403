import type { FrameworkFamily } from './family.js';
import type { Lifecycle, VerdictStatus } from './vocabularies.js';

// One palette for every chart and badge, on the dashboard and in the reports. SVG fills cannot
// read CSS variables, so the colours live here; the verdict colours are the badges' edge colours
// in the web's styles.css (--violation-edge …): keep the two in step.

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

/** The burn-down's two lines: the legacy family's colour for what happened, ink for the plan. */
export const LEGACY_COLORS = { actual: FAMILY_COLORS['TensorFlow 1.x'], projected: '#16202c' } as const;

/** TF1 API uses in code: the legacy family's colour, the debt the rewrite burns down. */
export const TF1_API_COLOR = FAMILY_COLORS['TensorFlow 1.x'];

/** Text, reference lines and the grid behind the plots. */
export const CHART_INK = '#16202c';
export const CHART_GRID = '#d7dce3';

/** The grey of a badge that says nothing ("unknown"). */
export const UNKNOWN_BADGE_COLOR = '#9f9f9f';
