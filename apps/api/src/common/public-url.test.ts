import { describe, expect, it } from 'vitest';
import { publicUrlFrom } from './public-url.js';

describe('PUBLIC_URL', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['https://models.example.com', 'https://models.example.com'],
    ['https://models.example.com/', 'https://models.example.com'],
    ['http://10.0.0.5:3000', 'http://10.0.0.5:3000'],
    ['https://example.com/tracker/', 'https://example.com/tracker'],
  ])('%s → %s', (value, base) => {
    expect(publicUrlFrom(value)).toBe(base);
  });

  it.each(['models.example.com', 'ftp://example.com', 'https://example.com/?a=1', 'https://example.com/#top'])(
    'refuses %s',
    (value) => {
      expect(() => publicUrlFrom(value)).toThrow(/PUBLIC_URL/);
    },
  );
});
