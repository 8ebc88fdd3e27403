import { describe, expect, it } from 'vitest';
import { areasKeyed, type AnswerOptions, type DataArea } from './answer-cache.js';

const NOW = new Date('2026-11-30T15:00:00.000Z');
const READS: DataArea[] = ['models', 'exceptions', 'policy', 'reviews', 'scans'];

describe('areasKeyed', () => {
  it.each<[string, AnswerOptions, DataArea[]]>([
    ['now', { asOf: undefined, reads: READS }, READS],
    ['later today', { asOf: new Date('2026-11-30T20:00:00.000Z'), reads: READS }, READS],
    // Earlier today: a grant from today counts for it, so today's writes still do.
    ['the start of today', { asOf: new Date('2026-11-30T00:00:00.000Z'), reads: READS }, READS],
    ['a future day', { asOf: new Date('2030-01-01T00:00:00.000Z'), reads: READS }, READS],
    [
      'the last instant of yesterday',
      { asOf: new Date('2026-11-29T23:59:59.999Z'), reads: READS },
      ['policy', 'reviews', 'history'],
    ],
    ['a year ago', { asOf: new Date('2025-11-30T00:00:00.000Z'), reads: ['models', 'scans'] }, ['history']],
    [
      'a year ago, showing some writes of today',
      { asOf: new Date('2025-11-30T00:00:00.000Z'), reads: READS, readsOfToday: ['exceptions'] },
      ['exceptions', 'policy', 'reviews', 'history'],
    ],
  ])('keys an answer about %s', (_when, options, expected) => {
    expect(areasKeyed(options, NOW)).toEqual(expected);
  });
});
