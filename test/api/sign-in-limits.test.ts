import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { fromAddress, type AddressedResponse } from '../support/from-address.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

let accounts = 0;
async function newAccount(target = api) {
  accounts += 1;
  const email = `limited${accounts}@example.com`;
  const password = `the right password ${accounts}`;
  await target.http
    .post('/api/users')
    .send({ email, name: `Limited ${accounts}`, role: 'editor', password })
    .expect(201);
  return { email, password };
}

const signIn = (address: string, email: string, password: string, headers?: Record<string, string>, target = api) =>
  fromAddress(target.baseUrl, address).post('/api/auth/login', { email, password }, headers);

function expectLimited(response: AddressedResponse, forAccount: boolean) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  expect(response.body?.message).toMatch(/from your address\. Wait \d+ (minutes?|seconds?), then try again\./);
  expect(response.body?.message?.includes('for this account')).toBe(forAccount);
}

describe('signing in with wrong passwords', () => {
  it('limits an account from one address, never from another: a stranger cannot lock its owner out', async () => {
    const owner = await newAccount();
    for (let guess = 0; guess < 5; guess += 1) {
      expect((await signIn('127.0.0.2', owner.email, `guess ${guess}`)).status).toBe(401);
    }
    // Even the right password waits on the guesser's address…
    expectLimited(await signIn('127.0.0.2', owner.email, owner.password), true);
    // …and works from any other.
    expect((await signIn('127.0.0.3', owner.email, owner.password)).status).toBe(200);
  });

  it('limits an address to 20 failures whatever the accounts, known or not', async () => {
    const owner = await newAccount();
    for (let guess = 0; guess < 20; guess += 1) {
      expect((await signIn('127.0.0.4', `nobody${guess}@example.com`, 'anything')).status).toBe(401);
    }
    expectLimited(await signIn('127.0.0.4', owner.email, owner.password), false);
    expect((await signIn('127.0.0.5', owner.email, owner.password)).status).toBe(200);
  });

  it('counts guesses before checking them: of 30 at once, 5 are tried', async () => {
    const owner = await newAccount();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, guess) => signIn('127.0.0.6', owner.email, `concurrent guess ${guess}`)),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(25);
    expectLimited(await signIn('127.0.0.6', owner.email, owner.password), true);
    expect((await signIn('127.0.0.7', owner.email, owner.password)).status).toBe(200);
  });

  it('forgets an account’s failures from an address once the right password is given there', async () => {
    const owner = await newAccount();
    for (let guess = 0; guess < 4; guess += 1) await signIn('127.0.0.8', owner.email, `typo ${guess}`);
    expect((await signIn('127.0.0.8', owner.email, owner.password)).status).toBe(200);
    for (let guess = 0; guess < 5; guess += 1) {
      expect((await signIn('127.0.0.8', owner.email, `typo again ${guess}`)).status).toBe(401);
    }
    expectLimited(await signIn('127.0.0.8', owner.email, owner.password), true);
  });
});

describe('the client address', () => {
  it('comes from the socket: X-Forwarded-For is ignored, and so is X-Forwarded-Proto', async () => {
    for (let guess = 0; guess < 20; guess += 1) {
      const forged = { 'x-forwarded-for': `203.0.113.${guess}` };
      expect((await signIn('127.0.0.9', `forged${guess}@example.com`, 'anything', forged)).status).toBe(401);
    }
    expectLimited(await signIn('127.0.0.9', 'forged@example.com', 'x', { 'x-forwarded-for': '203.0.113.99' }), false);
    const owner = await newAccount();
    const overHttp = await signIn('127.0.0.10', owner.email, owner.password, { 'x-forwarded-proto': 'https' });
    expect(String(overHttp.headers['set-cookie'])).not.toMatch(/Secure/);
  });

  it('comes from X-Forwarded-For when the request arrives from a proxy named in TRUST_PROXY', async () => {
    const proxied = await startTestApi({ trustProxy: ['127.0.0.1'] });
    onTestFinished(() => proxied.close());
    const owner = await newAccount(proxied);
    const viaProxy = (client: string, password: string, extra: Record<string, string> = {}) =>
      signIn('127.0.0.1', owner.email, password, { 'x-forwarded-for': client, ...extra }, proxied);
    for (let guess = 0; guess < 5; guess += 1)
      expect((await viaProxy('203.0.113.1', `guess ${guess}`)).status).toBe(401);
    expectLimited(await viaProxy('203.0.113.1', owner.password), true);
    const secure = await viaProxy('203.0.113.2', owner.password, { 'x-forwarded-proto': 'https' });
    expect(secure.status).toBe(200);
    expect(String(secure.headers['set-cookie'])).toMatch(/Secure/);

    // A client that is not the proxy cannot pose as one.
    const direct = (password: string, client: string) =>
      signIn('127.0.0.11', owner.email, password, { 'x-forwarded-for': client }, proxied);
    for (let guess = 0; guess < 5; guess += 1)
      expect((await direct(`guess ${guess}`, `198.51.100.${guess}`)).status).toBe(401);
    expectLimited(await direct(owner.password, '198.51.100.99'), true);
  });
});

describe('changing a password', () => {
  it('is limited like signing in: per account and address', async () => {
    const owner = await newAccount();
    const login = await signIn('127.0.0.12', owner.email, owner.password);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const change = (address: string, currentPassword: string) =>
      fromAddress(api.baseUrl, address).put(
        '/api/auth/password',
        { currentPassword, newPassword: 'a brand new long password' },
        { cookie },
      );
    for (let guess = 0; guess < 5; guess += 1) expect((await change('127.0.0.12', `guess ${guess}`)).status).toBe(400);
    const limited = await change('127.0.0.12', owner.password);
    expect(limited.status).toBe(429);
    expect(limited.body?.message).toMatch(/^Too many wrong current passwords for this account from your address/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await change('127.0.0.13', owner.password)).status).toBe(204);
  });
});

describe('what expires', () => {
  it('is purged at a sign-in: expired sessions and failures older than the window', async () => {
    const owner = await newAccount();
    expect((await signIn('127.0.0.14', owner.email, 'wrong')).status).toBe(401);
    expect((await signIn('127.0.0.14', owner.email, owner.password)).status).toBe(200);
    expect((await signIn('127.0.0.15', owner.email, 'wrong')).status).toBe(401);
    const count = async () =>
      (
        await api.db.query<{ sessions: number; failures: number }>(
          `SELECT (SELECT count(*)::int FROM session) AS sessions, (SELECT count(*)::int FROM login_failure) AS failures`,
        )
      )[0]!;
    const before = await count();
    expect(before.sessions).toBeGreaterThan(0);
    expect(before.failures).toBeGreaterThan(0);

    // Fifteen days on, past every session's expiry and every failure's window.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 15 * 86_400_000 });
    onTestFinished(() => void vi.useRealTimers());
    expect((await signIn('127.0.0.16', owner.email, owner.password)).status).toBe(200);
    expect(await count()).toEqual({ sessions: 1, failures: 0 });
  });
});
