import { describe, expect, it } from 'vitest';
import { createModelSchema, exceptionInputSchema } from '@mmt/domain';
import { eventCounts, generatePortfolio, type PortfolioOptions } from './portfolio-generator.js';
import { itemUuid } from './prng.js';

const options: PortfolioOptions = {
  seed: 42,
  models: 400,
  events: 12_000,
  exceptions: 15,
  from: new Date('2018-01-01T00:00:00.000Z'),
  until: new Date('2026-11-24T12:00:00.000Z'),
};
const portfolio = [...generatePortfolio(options)];

describe('portfolio generator', () => {
  it('gives the sizes asked for', () => {
    expect(portfolio).toHaveLength(400);
    expect(portfolio.reduce((sum, model) => sum + model.events.length, 0)).toBe(12_000);
    expect(portfolio.filter((model) => model.exception !== null)).toHaveLength(15);
    expect(eventCounts({ ...options, models: 3, events: 3 })).toEqual([1, 1, 1]);
    expect(() => eventCounts({ ...options, models: 10, events: 9 })).toThrow();
  });

  it('is deterministic for a seed and differs for another', () => {
    expect([...generatePortfolio(options)]).toEqual(portfolio);
    const other = [...generatePortfolio({ ...options, seed: 43 })];
    expect(other.map((model) => model.id)).not.toEqual(portfolio.map((model) => model.id));
  });

  it('keeps each model’s events in strictly increasing time order, inside the window', () => {
    for (const model of portfolio) {
      const times = model.events.map((event) => event.at.getTime());
      for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1]!);
      expect(times[0]).toBeGreaterThanOrEqual(options.from.getTime());
      expect(times.at(-1)).toBeLessThanOrEqual(options.until.getTime());
    }
  });

  it('writes states the API would accept, a change in every event, and unique names and ids', () => {
    for (const model of portfolio) {
      for (const [i, event] of model.events.entries()) {
        expect(() => createModelSchema.parse(event.state)).not.toThrow();
        if (i > 0) expect(JSON.stringify(event.state)).not.toBe(JSON.stringify(model.events[i - 1]!.state));
      }
      if (model.exception) {
        const { grantedOn, expiresOn, reason, approvedBy } = model.exception;
        expect(() => exceptionInputSchema.parse({ grantedOn, expiresOn, reason, approvedBy })).not.toThrow();
      }
    }
    expect(new Set(portfolio.map((model) => model.id)).size).toBe(400);
    expect(new Set(portfolio.map((model) => model.events[0]!.state.name)).size).toBe(400);
  });

  it('tells the team’s story: TF 1.x before the policy, PyTorch after, lifecycles moving on, some retired', () => {
    const first = portfolio.map((model) => model.events[0]!.state);
    const legacy = first.filter((state) => state.startedOn < '2020-04-01');
    const fresh = first.filter((state) => state.startedOn >= '2020-04-01');
    const share = (states: typeof first, framework: string) =>
      states.filter((state) => state.framework === framework).length / states.length;
    expect(share(legacy, 'tensorflow') + share(legacy, 'keras')).toBeGreaterThan(0.6);
    expect(share(fresh, 'pytorch')).toBeGreaterThan(0.6);
    const last = portfolio.map((model) => model.events.at(-1)!.state);
    expect(last.filter((state) => state.lifecycle === 'retired').length).toBeGreaterThan(0);
    expect(last.filter((state) => state.lifecycle === 'production').length).toBeGreaterThan(40);
    expect(last.filter((state) => state.migration === 'done' && state.framework === 'pytorch').length).toBeGreaterThan(
      0,
    );
    expect(
      fresh.filter((state) => state.framework === 'tensorflow' || state.framework === 'keras').length,
    ).toBeGreaterThan(0);
  });

  it('starts a second set after the first without clashing', () => {
    const more = [...generatePortfolio({ ...options, models: 10, events: 20, exceptions: 0, firstIndex: 400 })];
    const names = new Set(portfolio.map((model) => model.events[0]!.state.name));
    expect(more.every((model) => !names.has(model.events[0]!.state.name))).toBe(true);
  });

  it('gives every model of a large set its own UUID', () => {
    const ids = Array.from({ length: 200_000 }, (_, index) => itemUuid(1, index));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 100))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
