import ipaddr from 'ipaddr.js';

/** Fastify's `trustProxy`: the proxies whose `X-Forwarded-For` is believed, or how many hops; none by default. */
export type TrustedProxies = false | string[] | ((address: string, hop: number) => boolean);

/**
 * TRUST_PROXY: unset trusts no proxy (the client is the socket's peer); a number trusts that many
 * hops; otherwise a comma-separated list of addresses, CIDR ranges or proxy-addr's names
 * (`loopback`, `linklocal`, `uniquelocal`).
 */
export function trustedProxiesFrom(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? '';
  if (text === '') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  if (/^(true|\*)$/i.test(text)) {
    throw new Error(
      `TRUST_PROXY=${text} would believe any client's X-Forwarded-For; name the proxies (addresses or CIDR ranges) or a hop count`,
    );
  }
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The source a limit counts against: an IPv4 address, or the /64 network of an IPv6 address
 * (one host commonly holds a whole /64, so single IPv6 addresses would let it walk around a limit).
 */
export function sourceOf(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`).toString()}/64`;
}
