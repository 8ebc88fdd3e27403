import { describe, expect, it } from 'vitest';
import {
  addDays,
  createModelSchema,
  DEFAULT_POLICY,
  evaluate,
  EXPIRY_WARNING_DAYS,
  frameworkFamily,
  isLegacyInProduction,
  quarterOf,
  quartersBetween,
  retirementProjection,
  updateModelSchema,
  type ModelState,
} from '@mmt/domain';
import { endOfMonthIn } from './demo-dates.js';
import { demoPortfolio, type ModelStory } from './demo-portfolio.js';

/** A story's state once every change up to `date` is applied, as the seed replays it. */
function stateOn(story: ModelStory, date: string): ModelState | null {
  if (story.registeredOn > date) return null;
  const changes = (story.changes ?? []).filter((change) => change.on <= date);
  return changes.reduce<ModelState>(
    (state, change) => ({ ...state, ...change.set }),
    createModelSchema.parse(story.model) as ModelState,
  );
}

function judged(stories: ModelStory[], date: string) {
  return stories.flatMap((story) => {
    const state = stateOn(story, date);
    if (!state) return [];
    const exceptions = (story.exceptions ?? []).map((exception) => ({ ...exception, revokedAt: null }));
    return [{ story, state, verdict: evaluate(state, DEFAULT_POLICY, date, exceptions) }];
  });
}

// The demo is loaded on whatever day someone first starts the app: it must tell the same story.
describe.each(['2026-11-30', '2027-02-14', '2029-07-01', '2031-12-31'])('the demo portfolio loaded on %s', (today) => {
  const stories = demoPortfolio(today);
  const now = judged(stories, today);
  const count = (status: string) => now.filter(({ verdict }) => verdict.status === status).length;

  it('has no change after the day it is loaded, and every change the API would accept', () => {
    for (const story of stories) {
      expect(story.registeredOn <= today, story.model.name).toBe(true);
      expect(() => createModelSchema.parse(story.model)).not.toThrow();
      for (const change of story.changes ?? []) {
        expect(change.on <= today && change.on >= story.registeredOn, `${story.model.name} ${change.on}`).toBe(true);
        expect(() => updateModelSchema.parse({ ...change.set, version: 1 })).not.toThrow();
      }
    }
    expect(new Set(stories.map((story) => story.model.name)).size).toBe(stories.length);
  });

  it('keeps its story: one violation, the model to triage, warnings, exceptions, retired models', () => {
    expect(count('violation')).toBe(1);
    expect(count('unknown')).toBe(1);
    expect(count('exception')).toBe(2);
    expect(count('retired')).toBeGreaterThanOrEqual(3);
    const rules = new Set(now.map(({ verdict }) => verdict.rule));
    for (const rule of ['deprecated_without_retirement', 'past_retirement', 'legacy_rewrite_in_production'])
      expect(rules.has(rule), rule).toBe(true);
  });

  it('has exactly one exception falling due within the month, and the on-device one still running', () => {
    const expiring = stories
      .flatMap((story) => story.exceptions ?? [])
      .filter((exception) => exception.expiresOn > today && exception.expiresOn <= addDays(today, EXPIRY_WARNING_DAYS));
    expect(expiring).toHaveLength(1);
    const onDevice = now.find(({ state }) => state.deploymentTarget === 'mobile')!;
    expect(onDevice.verdict.status).toBe('exception');
  });

  it('gives every legacy model in production a retirement date, one overdue, so the burn-down reaches zero', () => {
    const legacy = now
      .filter(({ state }) => isLegacyInProduction(state.framework, state.lifecycle, DEFAULT_POLICY))
      .map(({ state }) => ({ name: state.name, retireBy: state.retireBy }));
    expect(legacy.length).toBeGreaterThanOrEqual(5);
    const projection = retirementProjection(legacy, today);
    expect(projection.withoutDate).toEqual([]);
    expect(projection.overdue).toHaveLength(1);
    expect(projection.points.at(-1)!.count).toBe(0);
    expect(projection.lastRetirement! > today).toBe(true);
    // Planned retirements that were met: retired on or before their date.
    const met = now.filter(({ state }) => state.lifecycle === 'retired' && state.retireBy !== null);
    expect(met.length).toBeGreaterThanOrEqual(2);
    for (const { story, state } of met) {
      const retiredOn = story.changes!.find((change) => change.set.lifecycle === 'retired')!.on;
      expect(retiredOn <= state.retireBy!, state.name).toBe(true);
    }
  });

  it('starts a new PyTorch project every quarter since the policy, and has migrated legacy models', () => {
    const started = new Set(
      stories
        .filter(({ model }) => model.framework === 'pytorch' && model.startedOn >= '2020-04-01')
        .map(({ model }) => quarterOf(model.startedOn)),
    );
    // The current quarter may not have reached its project's start yet.
    const quarters = quartersBetween('2020-04-01', addDays(today, -60));
    expect(quarters.filter((quarter) => !started.has(quarter))).toEqual([]);
    const migrated = now.filter(
      ({ story, state }) => story.model.framework !== 'pytorch' && state.framework === 'pytorch',
    );
    expect(migrated.length).toBeGreaterThanOrEqual(3);
    expect(migrated.every(({ state }) => state.migration === 'done')).toBe(true);
  });

  it('moves every chart: TF 1.x models before the policy, fewer of them in production now', () => {
    const production = (date: string, family: string) =>
      judged(stories, date).filter(
        ({ state }) =>
          state.lifecycle === 'production' && frameworkFamily(state.framework, state.frameworkVersion) === family,
      ).length;
    expect(production('2020-03-31', 'TensorFlow 1.x')).toBeGreaterThanOrEqual(8);
    expect(production(today, 'TensorFlow 1.x')).toBeLessThan(production('2020-03-31', 'TensorFlow 1.x'));
    expect(production(today, 'PyTorch')).toBeGreaterThan(production('2022-01-01', 'PyTorch'));
  });
});

describe('plans dated from the day the demo is loaded', () => {
  it.each([
    ['2026-11-30', 7, '2027-06-30'],
    ['2026-11-30', -2, '2026-09-30'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-15', 1, '2028-02-29'],
    ['2026-12-01', 18, '2028-06-30'],
  ])('from %s, %i months on ends on %s', (today, months, date) => {
    expect(endOfMonthIn(today, months)).toBe(date);
  });
});
