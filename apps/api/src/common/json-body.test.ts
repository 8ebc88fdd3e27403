import { BadRequestException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { parseJsonText, utf8Text } from './json-body.js';

const limits = { maxDepth: 4, maxValues: 10 };

function problemsOf(text: string, root?: string): { field: string; message: string }[] {
  try {
    parseJsonText(text, limits, root);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return ((error as BadRequestException).getResponse() as { details: { field: string; message: string }[] }).details;
  }
}

describe('parseJsonText', () => {
  it('reads a body within the limits', () => {
    expect(parseJsonText('{"a":[1,{"b":"ok"}],"c":"d"}', limits)).toEqual({ a: [1, { b: 'ok' }], c: 'd' });
  });

  it.each<[string, string, string, RegExp]>([
    ['nesting past the limit, named by its path', '{"a":[{"b":[[1]]}]}', 'a.0.b.0', /nested more than 4/],
    ['nesting in a later item', '{"x":1,"a":[0,{"b":[[1]]}]}', 'a.1.b.0', /nested more than 4/],
    ['an escaped key', '{"a\\u0062":[[[[1]]]]}', 'ab.0.0.0', /nested more than 4/],
    ['too many values', JSON.stringify(Array(11).fill(0)), '(body)', /more than 10 values/],
    ['a NUL in a value', '{"a":{"b":"x\\u0000"}}', 'a.b', /NUL/],
    ['a lone surrogate in a list', '{"a":["ok","\\ud800"]}', 'a.1', /lone UTF-16 surrogate/],
    ['a lone surrogate in a key', '{"a\\udc00":1}', 'a\udc00', /not a usable key/],
    ['a __proto__ key', '{"a":{"__proto__":{"admin":true}}}', 'a.__proto__', /prototype/],
    ['a constructor.prototype key', '{"constructor":{"prototype":{}}}', 'constructor', /prototype/],
    ['broken JSON', '{"a":', '(body)', /not valid JSON/],
  ])('refuses %s', (_case, text, field, message) => {
    expect(problemsOf(text)).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it('names the fields of a file under its name', () => {
    expect(problemsOf('{"models":[{"name":"\\u0000"}]}', 'file')).toEqual([
      { field: 'file.models.0.name', message: expect.stringMatching(/NUL/) },
    ]);
  });

  it('leaves brackets and commas inside strings alone', () => {
    expect(parseJsonText('{"a":"[[[[[,,,,,,,,,,,,"}', limits)).toEqual({ a: '[[[[[,,,,,,,,,,,,' });
  });
});

describe('utf8Text', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(utf8Text(Buffer.from('\uFEFF{"a":"é"}'), '(body)')).toBe('{"a":"é"}');
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(() => utf8Text(Buffer.from([0x7b, 0xff, 0x7d]), '(body)')).toThrow(BadRequestException);
  });
});
