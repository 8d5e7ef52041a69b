import { isIP } from 'node:net'
import proxyAddr from 'proxy-addr'
import { trustedProxies } from '../env'
import { socketAddressOf } from './socketAddress'

/**
 * Who is asking, for the per-visitor limits of the public forms: the connection's own
 * address, or, when the connection comes from a proxy listed in TRUSTED_PROXIES, the
 * address that proxy reports in X-Forwarded-For (proxy-addr walks the header from the
 * right and stops at the first address it does not trust). Anybody else's header is
 * ignored, so a visitor cannot become someone new by writing a new header.
 *
 * Where the connection's address comes from:
 * - a server that holds the socket (the tests' API server) hands it over (socketAddress.ts);
 * - under `next start` a route handler is never given the socket. Next's own server copies
 *   the socket's address into X-Forwarded-For, but only when the request has no such
 *   header (next/dist/server/base-server.js: `req.headers['x-forwarded-for'] ??=
 *   socket.remoteAddress`), so the header's last entry is either the socket's address or
 *   what the nearest sender wrote, and it is the best Next offers: we take it as the
 *   peer. Behind a proxy that appends to the header (nginx `$proxy_add_x_forwarded_for`,
 *   Caddy, load balancers), that entry is the address the proxy saw. A CMS port reachable
 *   without the proxy would let a visitor write that entry themselves: deploy the CMS
 *   behind its proxy only (see TRUSTED_PROXIES in .env.example).
 */
export function clientAddress(req: { headers: Headers }): string {
  const forwarded = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const socket = socketAddressOf(req) ?? forwarded.pop()
  if (!socket) return 'unknown'
  const request = { headers: { 'x-forwarded-for': forwarded.join(', ') }, socket: { remoteAddress: socket }, connection: { remoteAddress: socket } }
  return proxyAddr(request as never, trust())
}

/** The key a visitor's attempts are counted under: one IPv4 address, or one IPv6 /64 (what one household or phone holds). */
export function limitKey(address: string): string {
  const bare = address.replace(/%.*$/, '')
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare)
  if (mapped) return mapped[1]
  const version = isIP(bare)
  if (version === 4) return bare
  if (version === 6) return `${ipv6Groups(bare).slice(0, 4).join(':')}::/64`
  // Not an address at all (a trusted proxy would never write one): one bucket for all such.
  return 'not-an-address'
}

let compiled: { list: string; trust: (address: string, hop: number) => boolean } | undefined

function trust() {
  const list = trustedProxies()
  const key = list.join(',')
  if (compiled?.list !== key) {
    try {
      compiled = { list: key, trust: proxyAddr.compile(list) }
    } catch (error) {
      throw new Error(`TRUSTED_PROXIES is not a list of addresses or CIDR ranges (${key}): ${(error as Error).message}`)
    }
  }
  return compiled.trust
}

/** The eight groups of an IPv6 address, "::" expanded, as 4-digit hexadecimal. */
function ipv6Groups(address: string): string[] {
  const [head, tail] = address.split('::')
  const part = (text: string | undefined) => (text ? text.split(':').flatMap(groupsOf) : [])
  const front = part(head)
  const back = part(tail)
  const middle = tail === undefined ? [] : Array(8 - front.length - back.length).fill('0000')
  return [...front, ...middle, ...back]
}

/** One group, or the two groups an embedded IPv4 address ("::ffff:1.2.3.4") stands for. */
function groupsOf(group: string): string[] {
  if (!group.includes('.')) return [group.toLowerCase().padStart(4, '0')]
  const [a, b, c, d] = group.split('.').map(Number)
  return [((a << 8) | b).toString(16).padStart(4, '0'), ((c << 8) | d).toString(16).padStart(4, '0')]
}
