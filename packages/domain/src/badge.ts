import { frameworkLabel, VERDICT_LABELS } from './labels.js';
import type { ModelState, Verdict } from './model.js';
import { UNKNOWN_BADGE_COLOR, VERDICT_COLORS } from './palette.js';
import type { Framework } from './vocabularies.js';

// What a README badge says: only what is printed on it, nothing a stranger could not read there.

export interface BadgeText {
  /** The left, grey part. */
  label: string;
  /** The right, coloured part. */
  message: string;
  color: string;
}

/** The badge of a bad, missing or rotated signature and of anything unknown: the same for all, so it tells nothing. */
export const UNKNOWN_BADGE: BadgeText = { label: 'framework policy', message: 'unknown', color: UNKNOWN_BADGE_COLOR };

/** The path a model's badge is served at, and signed over. */
export const modelBadgePath = (modelId: string) => `/badges/models/${modelId}.svg`;

/** The path a team's badge is served at, and signed over: the team's name encoded as one path segment. */
export const teamBadgePath = (team: string) => `/badges/teams/${encodeURIComponent(team)}.svg`;

const month = (date: string) => date.slice(0, 7);

/**
 * "TensorFlow 1.15.2 | grandfathered · retires 2027-06": the framework, then the verdict and the
 * plan that goes with it (a retirement date, a rewrite under way).
 */
export function modelBadge(
  state: Pick<
    ModelState,
    'framework' | 'frameworkVersion' | 'lifecycle' | 'retireBy' | 'migration' | 'migrationTarget'
  >,
  verdict: Pick<Verdict, 'status'>,
  today: string,
): BadgeText {
  const parts = [VERDICT_LABELS[verdict.status].toLowerCase()];
  if (state.lifecycle !== 'retired') {
    if (state.migration === 'in_progress' && state.migrationTarget)
      parts.push(`migrating to ${frameworkLabel(state.migrationTarget)}`);
    if (state.retireBy)
      parts.push(
        state.retireBy >= today ? `retires ${month(state.retireBy)}` : `retirement ${month(state.retireBy)} overdue`,
      );
  }
  return {
    label: frameworkLabel(state.framework, state.frameworkVersion),
    message: parts.join(' · '),
    color: VERDICT_COLORS[verdict.status],
  };
}

/** A team's new projects now: how many follow the policy, break it, or are under an exception. */
export interface TeamNewProjects {
  compliant: number;
  violation: number;
  exception: number;
}

/**
 * "NLP Platform | PyTorch 8/9 new projects · 1 under exception": the team's new-project compliance
 * (compliant of compliant + violating, as the rate), exceptions beside it, never hidden in it.
 */
export function teamBadge(team: string, preferredFramework: Framework, counts: TeamNewProjects): BadgeText {
  const judged = counts.compliant + counts.violation;
  const parts = [
    judged === 0
      ? 'no new projects'
      : `${frameworkLabel(preferredFramework)} ${counts.compliant}/${judged} new projects`,
  ];
  if (counts.exception > 0) parts.push(`${counts.exception} under exception`);
  const color =
    counts.violation > 0 ? VERDICT_COLORS.violation : judged > 0 ? VERDICT_COLORS.compliant : UNKNOWN_BADGE_COLOR;
  return { label: team, message: parts.join(' · '), color };
}

/** The Markdown a README embeds: the badge, linking to the page it sums up. */
export function badgeMarkdown(alt: string, imageUrl: string, linkUrl: string): string {
  const text = alt.replace(/[\\[\]]/g, '\\$&');
  return `[![${text}](${imageUrl})](${linkUrl})`;
}
