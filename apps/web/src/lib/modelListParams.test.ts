import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MODEL_LIST_FILTERS,
  nextSort,
  pageCount,
  parseModelListParams,
  toModelListParams,
  updateModelListFilters,
} from './modelListParams';

describe('model list URL params', () => {
  it('reads defaults from an empty URL and writes nothing back', () => {
    const filters = parseModelListParams(new URLSearchParams());
    expect(filters).toEqual(DEFAULT_MODEL_LIST_FILTERS);
    expect(toModelListParams(filters).toString()).toBe('');
  });

  it('round-trips every filter so a link reproduces the view', () => {
    const url =
      'framework=keras&family=TensorFlow+1.x&lifecycle=production&verdict=warning&team=Docs&q=ner&asOf=2021-01-15&sort=startedOn&order=desc&page=3&pageSize=50';
    const filters = parseModelListParams(new URLSearchParams(url));
    expect(filters).toMatchObject({
      framework: 'keras',
      family: 'TensorFlow 1.x',
      sort: 'startedOn',
      order: 'desc',
      page: 3,
      pageSize: 50,
    });
    expect(parseModelListParams(toModelListParams(filters))).toEqual(filters);
  });

  it.each([
    ['framework=caffe', { framework: '' }],
    ['sort=owner', { sort: 'name' }],
    ['page=0', { page: 1 }],
    ['page=abc', { page: 1 }],
    ['pageSize=7', { pageSize: 25 }],
    ['verdict=bad', { verdict: '' }],
  ])('ignores the unknown value in %s', (url, expected) => {
    expect(parseModelListParams(new URLSearchParams(url))).toMatchObject(expected);
  });

  it('goes back to page 1 when a filter changes, not when paging', () => {
    const onPage3 = { ...DEFAULT_MODEL_LIST_FILTERS, page: 3 };
    expect(updateModelListFilters(onPage3, { verdict: 'violation' }).page).toBe(1);
    expect(updateModelListFilters(onPage3, { page: 4 }).page).toBe(4);
  });

  it('sorts a new column ascending and flips the current one', () => {
    expect(nextSort(DEFAULT_MODEL_LIST_FILTERS, 'team')).toEqual({ sort: 'team', order: 'asc' });
    expect(nextSort(DEFAULT_MODEL_LIST_FILTERS, 'name')).toEqual({ sort: 'name', order: 'desc' });
  });

  it('counts at least one page', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(51, 25)).toBe(3);
  });
});
