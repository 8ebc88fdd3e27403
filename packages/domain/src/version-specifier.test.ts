import { describe, expect, it } from 'vitest';
import { allowedMajors, isExactPin, parseClause } from './version-specifier.js';

describe('parseClause', () => {
  it.each([
    ['==1.15.2', { operator: '==', release: [1, 15, 2], wildcard: false }],
    ['>= 2.3', { operator: '>=', release: [2, 3], wildcard: false }],
    ['~=1.15', { operator: '~=', release: [1, 15], wildcard: false }],
    ['==1.*', { operator: '==', release: [1], wildcard: true }],
    ['!=1.15.*', { operator: '!=', release: [1, 15], wildcard: true }],
    ['===1.15.0', { operator: '===', release: [1, 15, 0], wildcard: false }],
    ['==1.5.0+cu101', { operator: '==', release: [1, 5, 0], wildcard: false }],
    ['>=2.0.0rc1', { operator: '>=', release: [2, 0, 0], wildcard: false }],
    ['==1!2.0', { operator: '==', release: [2, 0], wildcard: false }],
    ['<v2', { operator: '<', release: [2], wildcard: false }],
  ])('%s', (text, clause) => expect(parseClause(text)).toEqual(clause));

  it.each(['1.15', '==${TF_VERSION}', '~=1', '>=1.*', '^1.15', 'latest', ''])('%s is not a clause', (text) =>
    expect(parseClause(text)).toBeNull(),
  );
});

describe('allowedMajors of TensorFlow [1, 2]', () => {
  it.each([
    ['==1.15.2', [1]],
    ['===1.15.2', [1]],
    ['>=2.3', [2]],
    ['>=1.11', [1, 2]],
    ['<2', [1]],
    ['<2.0', [1]],
    ['<=2.0', [1, 2]],
    ['<=1.15', [1]],
    ['>1.15,<2.5', [1, 2]],
    ['>=1.15,<2', [1]],
    ['>2', [2]],
    ['>2.0', [2]],
    ['~=1.15', [1]],
    ['~=1.15.2', [1]],
    ['~=2.4', [2]],
    ['==1.*', [1]],
    ['==2.3.*', [2]],
    ['!=1.*', [2]],
    ['!=1.15.0', [1, 2]],
    ['==1.15.0,!=1.15.0', []],
    ['==1.14||==1.15', [1]],
    ['==1.15||>=2.4', [1, 2]],
    ['>=3', []],
    ['==0.12.1', []],
    ['', [1, 2]],
    [null, [1, 2]],
    ['==${TF_VERSION}', [1, 2]],
    ['>=1.15,<3,!=2.*', [1]],
  ] as const)('%s → %j', (specifier, majors) => expect(allowedMajors(specifier, [1, 2])).toEqual(majors));
});

describe('isExactPin', () => {
  it.each([
    ['==1.15.2', true],
    ['===1.15.2', true],
    ['==1.5.0+cu101', true],
    ['>=1.15,==1.15.2', true],
    ['==1.15.*', false],
    ['>=1.15', false],
    ['~=1.15', false],
    ['==1.14||==1.15', false],
    ['', false],
    [null, false],
  ] as const)('%s → %s', (specifier, exact) => expect(isExactPin(specifier)).toBe(exact));
});
