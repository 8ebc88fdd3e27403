import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLIANCE_FILTERS, parseComplianceParams, toComplianceParams } from './complianceParams';

describe('the Compliance page in the URL', () => {
  it('has short links by default: no parameters, 500 models a page', () => {
    const filters = parseComplianceParams(new URLSearchParams());
    expect(filters).toEqual(DEFAULT_COMPLIANCE_FILTERS);
    expect(toComplianceParams(filters).toString()).toBe('');
  });

  it.each([
    ['pageSize=1000&page=3', { pageSize: 1000, page: 3 }],
    ['pageSize=100', { pageSize: 100 }],
    ['pageSize=25', { pageSize: 500 }],
    ['pageSize=5000', { pageSize: 500 }],
    ['verdict=violation&team=NLP&asOf=2024-06-30', { verdict: 'violation', team: 'NLP', asOf: '2024-06-30' }],
    ['verdict=bogus&sort=team', { verdict: '' }],
  ])('reads %s', (url, expected) => {
    const filters = parseComplianceParams(new URLSearchParams(url));
    expect(filters).toMatchObject(expected);
    expect(filters).not.toHaveProperty('sort');
    expect(parseComplianceParams(toComplianceParams(filters))).toEqual(filters);
  });
});
