import { describe, expect, it } from 'vitest';
import { groupBy } from './collections.js';

describe('groupBy', () => {
  it.each([
    [[], []],
    [['a1'], [['a', ['a1']]]],
    [
      ['a1', 'b1', 'a2'],
      [
        ['a', ['a1', 'a2']],
        ['b', ['b1']],
      ],
    ],
  ])('%j → %j', (items, groups) => {
    expect([...groupBy(items, (item) => item[0])]).toEqual(groups);
  });
});
