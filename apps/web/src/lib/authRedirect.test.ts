import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { isUnauthenticated, loginHref, safeNext } from './authRedirect';

describe('loginHref', () => {
  it('keeps the path, query and hash to come back to', () => {
    expect(loginHref({ pathname: '/models', search: '?q=bert&asOf=2021-01-01', hash: '#history' })).toBe(
      '/login?next=%2Fmodels%3Fq%3Dbert%26asOf%3D2021-01-01%23history',
    );
  });

  it('needs no `next` for the overview or the sign-in page itself', () => {
    expect(loginHref({ pathname: '/' })).toBe('/login');
    expect(loginHref({ pathname: '/login', search: '?next=%2Fmodels' })).toBe('/login');
  });
});

describe('safeNext', () => {
  it.each([
    ['/models/1234?asOf=2021-01-01', '/models/1234?asOf=2021-01-01'],
    ['/admin', '/admin'],
    [null, '/'],
    ['', '/'],
    ['models', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['/login', '/'],
    ['/login?next=%2Fadmin', '/'],
  ])('%j → %j', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});

describe('isUnauthenticated', () => {
  it('is a 401 from the API, nothing else', () => {
    expect(isUnauthenticated(new ApiError(401, 'Sign in', [], null))).toBe(true);
    expect(isUnauthenticated(new ApiError(403, 'Needs editor', [], null))).toBe(false);
    expect(isUnauthenticated(new Error('401'))).toBe(false);
  });
});
