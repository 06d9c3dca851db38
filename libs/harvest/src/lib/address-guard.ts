import { type LookupAddress, lookup as dnsLookup } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a harvest must never reach unless a setting names them (SSRF): this machine, private networks,
 * link-local (where cloud metadata services answer), carrier-grade NAT, multicast and reserved ranges, and
 * IPv6's equivalents. IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) are checked as the IPv4 address they are.
 */
const FORBIDDEN = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  FORBIDDEN.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  FORBIDDEN.addSubnet(net, prefix, 'ipv6');
}

/** True when an IP address is one a harvest may not reach by default. */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return FORBIDDEN.check(address, 'ipv4');
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return FORBIDDEN.check(mapped[1] as string, 'ipv4');

  return FORBIDDEN.check(address, 'ipv6');
}

/** HARVEST_ALLOW_HOSTS: comma-separated host names or IP addresses that may be private (tests: 127.0.0.1). */
export function parseAllowHosts(value: string | undefined): ReadonlySet<string> {
  return new Set(
    (value ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter((h) => h !== ''),
  );
}

/** Raised by the guarded lookup: the connection is never opened. */
export class AddressRefusedError extends Error {
  readonly code = 'ADDRESS_REFUSED';

  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}, a private, loopback, link-local or reserved address: refused (set HARVEST_ALLOW_HOSTS to allow it)`);
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
type Lookup = (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback) => void;

/**
 * A `lookup` for net.connect that resolves the name and refuses the connection when any address it resolves to
 * is forbidden. The check sits where the socket connects, so it holds for every request and every redirect hop,
 * and a name that resolves differently a second time (DNS rebinding) is checked again on the address used.
 */
export function guardedLookup(allowHosts: ReadonlySet<string>, resolve: Lookup = dnsLookup as unknown as Lookup, onConnect?: (host: string, address: string) => void): Lookup {
  return (hostname, options, callback) => {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    resolve(host, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = (Array.isArray(addresses) ? addresses : [{ address: addresses, family: isIP(addresses) }]) as LookupAddress[];
      if (list.length === 0) return callback(Object.assign(new Error(`${host}: no address`), { code: 'ENOTFOUND' }), []);
      if (!allowHosts.has(host)) {
        const bad = list.find((a) => !allowHosts.has(a.address) && isForbiddenAddress(a.address));
        if (bad) return callback(new AddressRefusedError(host, bad.address) as unknown as NodeJS.ErrnoException, []);
      }
      if (options.all) {
        for (const a of list) onConnect?.(host, a.address);

        return callback(null, list);
      }
      const first = list[0] as LookupAddress;
      onConnect?.(host, first.address);

      return callback(null, first.address, first.family);
    });
  };
}
