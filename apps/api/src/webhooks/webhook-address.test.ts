import { describe, expect, it } from 'vitest';
import { checkAddress } from './webhook-address.js';

describe('checkAddress', () => {
  it.each([
    // address, allowed without the flag, allowed with it, words of the reason
    ['93.184.215.14', true, true, ''],
    ['2606:4700::6810:85e5', true, true, ''],
    ['169.254.169.254', false, false, 'cloud metadata'],
    ['::ffff:169.254.169.254', false, false, 'cloud metadata'],
    ['100.100.100.200', false, false, 'cloud metadata'],
    ['168.63.129.16', false, false, 'cloud metadata'],
    ['fd00:ec2::254', false, false, 'cloud metadata'],
    ['169.254.10.1', false, false, 'link-local'],
    ['fe80::1', false, false, 'link-local'],
    ['127.0.0.1', false, true, 'loopback'],
    ['::1', false, true, 'loopback'],
    ['::ffff:127.0.0.1', false, true, 'loopback'],
    ['10.1.2.3', false, true, 'private network'],
    ['172.16.0.1', false, true, 'private network'],
    ['192.168.1.20', false, true, 'private network'],
    ['fd12:3456::1', false, true, 'private network'],
    ['100.64.0.1', false, true, 'carrier-grade NAT'],
    ['0.0.0.0', false, false, 'not a public address'],
    ['224.0.0.1', false, false, 'not a public address'],
    ['255.255.255.255', false, false, 'not a public address'],
    ['::', false, false, 'not a public address'],
    ['not-an-ip', false, false, 'not an IP address'],
  ])('%s: %s without the flag, %s with it', (address, withoutFlag, withFlag, words) => {
    const without = checkAddress(address, false);
    expect(without.allowed).toBe(withoutFlag);
    expect(checkAddress(address, true).allowed).toBe(withFlag);
    if (!without.allowed) expect(without.reason).toContain(words);
  });

  it('says how to allow a private network', () => {
    expect(checkAddress('10.0.0.1', false)).toMatchObject({
      reason: expect.stringContaining('WEBHOOK_ALLOW_PRIVATE_NETWORKS=true'),
    });
  });
});
