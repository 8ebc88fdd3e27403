import { describe, expect, it } from 'vitest';
import { sourceOf, trustedProxiesFrom } from './client-address.js';

describe('sourceOf', () => {
  it.each([
    ['127.0.0.2', '127.0.0.2'],
    ['::ffff:127.0.0.2', '127.0.0.2'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['::1', '::/64'],
    ['not an address', 'not an address'],
  ])('%s counts as %s', (address, source) => expect(sourceOf(address)).toBe(source));
});

describe('trustedProxiesFrom', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['  ', false],
    ['10.0.0.5', ['10.0.0.5']],
    ['10.0.0.5, 172.16.0.0/12,loopback', ['10.0.0.5', '172.16.0.0/12', 'loopback']],
  ])('%j → %j', (value, trusted) => expect(trustedProxiesFrom(value)).toEqual(trusted));

  it('reads a number as hops', () => {
    const trusted = trustedProxiesFrom('1');
    expect(typeof trusted).toBe('function');
    const trusts = trusted as (address: string, hop: number) => boolean;
    expect([trusts('10.0.0.5', 0), trusts('10.0.0.6', 1)]).toEqual([true, false]);
  });

  it.each(['true', 'TRUE', '*'])('refuses %s, which would believe any client', (value) => {
    expect(() => trustedProxiesFrom(value)).toThrow(/name the proxies/);
  });
});
