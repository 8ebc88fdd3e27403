import { describe, expect, it } from 'vitest';
import { createModelSchema, frameworkFamily, scanInputSchema, type ModelState } from '@mmt/domain';
import { demoPortfolio } from './demo-portfolio.js';
import { demoScans } from './demo-scans.js';

describe.each(['2026-11-30', '2029-07-01'])('the demo scans loaded on %s', (today) => {
  const stories = demoPortfolio(today);
  const scans = demoScans(today);
  const storyOf = (name: string) => stories.find((story) => story.model.name === name)!;

  it('are scans the API accepts, of demo models, after their registration and not after today', () => {
    for (const { model, on, scan } of scans) {
      expect(storyOf(model), model).toBeDefined();
      expect(on > storyOf(model).registeredOn && on <= today, `${model} ${on}`).toBe(true);
      expect(scanInputSchema.safeParse(scan).error).toBeUndefined();
    }
  });

  it('include a model whose latest scan disagrees with the registry, and a TF1 count that moves week by week', () => {
    const latest = new Map(scans.map((story) => [story.model, story]));
    const disagreeing = [...latest.values()].filter(({ model, scan }) => {
      const story = storyOf(model);
      const state = (story.changes ?? []).reduce<ModelState>(
        (current, change) => ({ ...current, ...change.set }),
        createModelSchema.parse(story.model) as ModelState,
      );
      return scan.findings.primary?.family !== frameworkFamily(state.framework, state.frameworkVersion);
    });
    expect(disagreeing.map((story) => story.model)).toEqual(['Product title NER']);
    expect(new Set(scans.map((story) => story.scan.findings.tf1Apis.total)).size).toBeGreaterThan(5);
  });
});
