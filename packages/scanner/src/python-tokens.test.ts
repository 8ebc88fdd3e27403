import { describe, expect, it } from 'vitest';
import { statements, tokenize, type Token } from './python-tokens.js';

const show = (tokens: Token[]) =>
  tokens.map((token) => (token.kind === 'newline' ? '⏎' : `${token.kind}:${token.value}`));

describe('tokenize', () => {
  it.each([
    ['a comment', 'x = 1  # tf.Session()', ['name:x', 'op:=', 'number:1', '⏎']],
    ['a string with a hash', "s = 'a # b'", ['name:s', 'op:=', 'string:a # b', '⏎']],
    [
      'an escaped quote',
      String.raw`s = "a \" tf.Session"`,
      ['name:s', 'op:=', String.raw`string:a \" tf.Session`, '⏎'],
    ],
    [
      'prefixed strings',
      `rb'x' Rb"y" u'z' f'{a}' BR'w'`,
      ['string:x', 'string:y', 'string:z', 'string:{a}', 'string:w', '⏎'],
    ],
    ['a name that is not a prefix', `rf2 = 'x'`, ['name:rf2', 'op:=', 'string:x', '⏎']],
    ['a raw string ending in an escaped quote', String.raw`r'\'' + x`, [String.raw`string:\'`, 'op:+', 'name:x', '⏎']],
    ['a triple-quoted string over lines', `"""a\ntf.Session()\n""" x`, ['string:a\ntf.Session()\n', 'name:x', '⏎']],
    [
      'an f-string field with the same quotes (3.12)',
      `f"{d["k"]} tf.Session" + y`,
      ['string:{d["k"]} tf.Session', 'op:+', 'name:y', '⏎'],
    ],
    ['an f-string with escaped braces', `f"{{tf.Session}}" + y`, ['string:{{tf.Session}}', 'op:+', 'name:y', '⏎']],
    ['a line continuation', 'a = b + \\\n    c', ['name:a', 'op:=', 'name:b', 'op:+', 'name:c', '⏎']],
    [
      'newlines inside brackets',
      'f(a,\n  b)\nc',
      ['name:f', 'op:(', 'name:a', 'op:,', 'name:b', 'op:)', '⏎', 'name:c', '⏎'],
    ],
    [
      'numbers',
      'x = .5 + 1e-5 + 0x1F + 1_000.0j',
      ['name:x', 'op:=', 'number:.5', 'op:+', 'number:1e-5', 'op:+', 'number:0x1F', 'op:+', 'number:1_000.0j', '⏎'],
    ],
    [
      'operators',
      'a == b != c ** d -> e := f ... g',
      [
        'name:a',
        'op:==',
        'name:b',
        'op:!=',
        'name:c',
        'op:**',
        'name:d',
        'op:->',
        'name:e',
        'op::=',
        'name:f',
        'op:...',
        'name:g',
        '⏎',
      ],
    ],
    ['unicode names', 'größe = 1', ['name:größe', 'op:=', 'number:1', '⏎']],
    ['CRLF line ends', 'a\r\nb', ['name:a', '⏎', 'name:b', '⏎']],
    ['an unterminated string ends at its line', "s = 'abc\nx", ['name:s', 'op:=', 'string:abc', '⏎', 'name:x', '⏎']],
  ])('%s', (_case, source, expected) => expect(show(tokenize(source))).toEqual(expected));

  it('numbers lines across strings, continuations and brackets', () => {
    const tokens = tokenize('"""\n\n"""\na = (\n  b)\\\n + c\nd');
    expect(tokens.filter((token) => token.kind === 'name').map((token) => [token.value, token.line])).toEqual([
      ['a', 4],
      ['b', 5],
      ['c', 6],
      ['d', 7],
    ]);
  });
});

describe('statements', () => {
  it('splits at newlines and semicolons', () =>
    expect(statements(tokenize('a; b\nc')).map((statement) => statement.map((token) => token.value))).toEqual([
      ['a'],
      ['b'],
      ['c'],
    ]));
});
