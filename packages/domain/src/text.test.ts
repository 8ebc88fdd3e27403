import { describe, expect, it } from 'vitest';
import { exactText, text, unstorableTextProblem } from './text.js';

describe('unstorableTextProblem', () => {
  it.each([
    ['plain text', 'Sentence embedder', null],
    ['accents and emoji (surrogate pairs)', 'Café 𝔘𝔫𝔦 😀', null],
    ['the empty string', '', null],
    ['a NUL', 'a\u0000b', /NUL/],
    ['a lone high surrogate', 'a\ud800b', /lone UTF-16 surrogate/],
    ['a lone low surrogate at the end', 'ab\udc00', /lone UTF-16 surrogate/],
    ['a pair in the wrong order', '\udc00\ud800', /lone UTF-16 surrogate/],
  ])('%s', (_case, value, problem) => {
    const found = unstorableTextProblem(value);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe('text schemas', () => {
  it('trims what a person typed and keeps history exactly', () => {
    expect(text(10).parse('  a  ')).toBe('a');
    expect(exactText(10).parse('  a  ')).toBe('  a  ');
  });

  it.each<[string, unknown, RegExp]>([
    ['too long', 'x'.repeat(11), /at most 10 characters/],
    ['a NUL', 'a\u0000', /NUL/],
    ['a lone surrogate', '\ud800', /surrogate/],
    ['an object with toString', { toString: 'x' }, /expected string/],
    ['a number', 42, /expected string/],
  ])('refuses %s', (_case, value, message) => {
    for (const schema of [text(10), exactText(10)]) {
      const result = schema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.message).toMatch(message);
    }
  });
});
