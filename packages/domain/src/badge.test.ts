import { describe, expect, it } from 'vitest';
import { badgeMarkdown, modelBadge, modelBadgePath, teamBadge, teamBadgePath, UNKNOWN_BADGE } from './badge.js';
import { UNKNOWN_BADGE_COLOR, VERDICT_COLORS } from './palette.js';
import { newModelState } from './testing.js';

const TODAY = '2026-11-30';

describe('a model’s badge', () => {
  it.each([
    [
      'a grandfathered model with a plan',
      { framework: 'tensorflow', frameworkVersion: '1.15', retireBy: '2027-06-30' },
      'grandfathered',
      ['TensorFlow 1.15', 'grandfathered · retires 2027-06'],
    ],
    [
      'an overdue one',
      { framework: 'keras', frameworkVersion: '2.2.4', retireBy: '2026-09-30' },
      'warning',
      ['Keras 2.2.4', 'warning · retirement 2026-09 overdue'],
    ],
    [
      'one being rewritten',
      {
        framework: 'tensorflow',
        frameworkVersion: '1.15.2',
        migration: 'in_progress',
        migrationTarget: 'pytorch',
        retireBy: '2027-08-31',
      },
      'warning',
      ['TensorFlow 1.15.2', 'warning · migrating to PyTorch · retires 2027-08'],
    ],
    [
      'a new PyTorch project',
      { framework: 'pytorch', frameworkVersion: '2.1.0' },
      'compliant',
      ['PyTorch 2.1.0', 'compliant'],
    ],
    ['one to triage', { framework: 'unknown', frameworkVersion: '' }, 'unknown', ['Unknown', 'to triage']],
    [
      'a retired one, whose old plan no longer matters',
      { framework: 'tensorflow', frameworkVersion: '1.12.0', lifecycle: 'retired', retireBy: '2023-12-31' },
      'retired',
      ['TensorFlow 1.12.0', 'retired'],
    ],
    [
      'one out of scope',
      { framework: 'sklearn', frameworkVersion: '0.22' },
      'out_of_scope',
      ['scikit-learn 0.22', 'out of scope'],
    ],
  ] as const)('%s', (_, state, status, [label, message]) => {
    const badge = modelBadge(newModelState(state), { status }, TODAY);
    expect(badge).toEqual({ label, message, color: VERDICT_COLORS[status] });
  });
});

describe('a team’s badge', () => {
  it.each([
    [
      'all new projects compliant',
      { compliant: 9, violation: 0, exception: 0 },
      'PyTorch 9/9 new projects',
      VERDICT_COLORS.compliant,
    ],
    [
      'one violating',
      { compliant: 8, violation: 1, exception: 0 },
      'PyTorch 8/9 new projects',
      VERDICT_COLORS.violation,
    ],
    [
      'exceptions beside the rate, never in it',
      { compliant: 3, violation: 0, exception: 2 },
      'PyTorch 3/3 new projects · 2 under exception',
      VERDICT_COLORS.compliant,
    ],
    ['no new projects', { compliant: 0, violation: 0, exception: 0 }, 'no new projects', UNKNOWN_BADGE_COLOR],
  ])('%s', (_, counts, message, color) => {
    expect(teamBadge('NLP Platform', 'pytorch', counts)).toEqual({ label: 'NLP Platform', message, color });
  });
});

describe('badge paths and Markdown', () => {
  it('puts a team’s name in one path segment, whatever it holds', () => {
    expect(modelBadgePath('4b0e8e8c-1111-4c4c-8888-123456789abc')).toBe(
      '/badges/models/4b0e8e8c-1111-4c4c-8888-123456789abc.svg',
    );
    expect(teamBadgePath('Search & Discovery')).toBe('/badges/teams/Search%20%26%20Discovery.svg');
    expect(teamBadgePath('a/b?c#d')).toBe('/badges/teams/a%2Fb%3Fc%23d.svg');
  });

  it('links the badge to its page, brackets in the text escaped', () => {
    expect(badgeMarkdown('Policy [beta]', 'https://x/b.svg?sig=1', 'https://x/models/1')).toBe(
      '[![Policy \\[beta\\]](https://x/b.svg?sig=1)](https://x/models/1)',
    );
  });

  it('has one grey unknown badge for everything it will not tell', () => {
    expect(UNKNOWN_BADGE).toEqual({ label: 'framework policy', message: 'unknown', color: UNKNOWN_BADGE_COLOR });
  });
});
