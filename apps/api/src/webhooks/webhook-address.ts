import ipaddr from 'ipaddr.js';

// Cloud instance metadata services: refused whatever the configuration. The link-local ones are
// refused as link-local anyway; these sit in ranges that are otherwise private, or public.
const METADATA_ADDRESSES = new Set([
  '169.254.169.254', // AWS, GCP, Azure, Oracle, DigitalOcean, OpenStack
  '169.254.170.2', // AWS ECS task metadata
  '100.100.100.200', // Alibaba Cloud
  '168.63.129.16', // Azure WireServer
  'fd00:ec2::254', // AWS over IPv6
]);

// Reachable only on a network of one's own: allowed when WEBHOOK_ALLOW_PRIVATE_NETWORKS=true.
const PRIVATE_RANGES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private network address',
  uniqueLocal: 'a private network address',
  carrierGradeNat: 'a shared (carrier-grade NAT) address',
};

export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

/**
 * Whether a webhook may be sent to `address` (an IP literal): public unicast addresses always;
 * loopback and private networks only when allowed; link-local, metadata, multicast and reserved
 * addresses never. An IPv4 address written as IPv6 (::ffff:a.b.c.d) is judged as IPv4.
 */
export function checkAddress(address: string, allowPrivateNetworks: boolean): AddressVerdict {
  if (!ipaddr.isValid(address)) return { allowed: false, reason: `${address} is not an IP address` };
  const ip = ipaddr.process(address);
  const text = ip.toString();
  if (METADATA_ADDRESSES.has(text)) return { allowed: false, reason: `${text} is a cloud metadata address` };
  const range = ip.range();
  if (range === 'unicast') return { allowed: true };
  if (range === 'linkLocal') return { allowed: false, reason: `${text} is a link-local address` };
  const kind = PRIVATE_RANGES[range];
  if (kind === undefined) return { allowed: false, reason: `${text} is not a public address (${range})` };
  if (allowPrivateNetworks) return { allowed: true };
  return {
    allowed: false,
    reason: `${text} is ${kind}; set WEBHOOK_ALLOW_PRIVATE_NETWORKS=true to send webhooks to your own network`,
  };
}
