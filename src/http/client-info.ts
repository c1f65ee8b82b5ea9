// Who is on the other end of a request: the client's address (rate limits count against it), the
// scheme it used (cookies are Secure over https) and the host it asked for (the site's own origin).
// Behind a reverse proxy these come from the proxy's headers, but only when the operator says a
// proxy is there (--trust-proxy): otherwise anyone could claim any address by sending the header.
import type { IncomingMessage } from 'node:http';
import parseForwarded from 'forwarded-parse';
import proxyAddr from 'proxy-addr';

export interface ClientInfo {
  address: string;
  scheme: 'http' | 'https';
  /** The host (and port) the client asked for, as its browser would write it in an Origin. */
  host: string | null;
}

/**
 * How many proxies in front of presser to believe: 0 believes none; 1 the one next to presser
 * (nginx, Caddy); more for chains such as a CDN in front of a load balancer.
 */
export type TrustedProxyHops = number;

/** PRESSER_TRUST_PROXY or --trust-proxy: "1"/"true" is one hop, a number that many, "0"/"false"/absent none. */
export function parseTrustProxy(value: string | boolean | undefined): TrustedProxyHops {
  if (value === undefined || value === false || value === '' || value === '0' || value === 'false') return 0;
  if (value === true || value === 'true' || value === 'yes') return 1;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new Error(`trust-proxy must be true, false or a number of proxy hops from 0 to 10, not "${value}"`);
  return hops;
}

function firstHeader(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The elements of a Forwarded header, nearest proxy last; none when it does not parse. */
function forwardedElements(req: IncomingMessage): Record<string, string>[] {
  const header = req.headers.forwarded;
  if (!header) return [];
  try {
    return parseForwarded(header);
  } catch {
    return [];
  }
}

/** The value a trusted proxy set: the hops-th entry from the right of a comma-separated list. */
function fromTrustedHop(list: readonly string[], hops: number): string | undefined {
  const entries = list.map((v) => v.trim()).filter(Boolean);
  return entries[Math.max(0, entries.length - hops)];
}

function stripPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1]!;
  return /^[\d.]+:\d+$/.test(address) ? address.split(':')[0]! : address;
}

export function clientInfo(req: IncomingMessage, hops: TrustedProxyHops): ClientInfo {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  const direct: ClientInfo = {
    address: socketAddress,
    scheme: (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http',
    host: firstHeader(req, 'host') ?? null,
  };
  if (hops === 0) return direct;

  const forwarded = forwardedElements(req);
  if (forwarded.length > 0) {
    const element = forwarded[Math.max(0, forwarded.length - hops)]!;
    const proto = element.proto?.toLowerCase();
    return {
      address: element.for ? stripPort(element.for) : direct.address,
      scheme: proto === 'https' ? 'https' : proto === 'http' ? 'http' : direct.scheme,
      host: element.host ?? direct.host,
    };
  }
  // proxy-addr walks X-Forwarded-For from the right, trusting the given number of hops.
  const address = proxyAddr(req, (_addr, i) => i < hops);
  const proto = fromTrustedHop((firstHeader(req, 'x-forwarded-proto') ?? '').split(','), hops)?.toLowerCase();
  const host = fromTrustedHop((firstHeader(req, 'x-forwarded-host') ?? '').split(','), hops);
  return {
    address: address || direct.address,
    scheme: proto === 'https' ? 'https' : proto === 'http' ? 'http' : direct.scheme,
    host: host ?? direct.host,
  };
}
