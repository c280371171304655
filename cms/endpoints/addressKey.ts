import net from 'node:net'

/**
 * The key a limit counts under for a client address: an IPv4 address as it is, an IPv6 address by
 * its /64 (one household or server gets a whole /64, so counting single IPv6 addresses would give
 * an attacker 2^64 tries). IPv4-mapped IPv6 (::ffff:1.2.3.4) counts as the IPv4 address.
 */
export function addressKey(address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a)
  if (mapped) return mapped[1]
  if (net.isIPv4(a)) return a
  if (!net.isIPv6(a)) return 'unknown'
  const [head, tail = ''] = a.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  // An embedded IPv4 tail (::1.2.3.4) is two groups; it never reaches the first four.
  const groups = a.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups.slice(0, 4).map((g) => parseInt(g || '0', 16).toString(16)).join(':')}::/64`
}
