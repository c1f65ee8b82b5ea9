// What an operator sets about the HTTP side of a presser server (flags of `presser serve` or
// environment variables); SECURITY.md explains each.
import { parseTrustProxy, type TrustedProxyHops } from './client-info.ts';

export interface HttpSettings {
  /** Proxies in front of presser whose Forwarded / X-Forwarded-* headers are believed (0: none). */
  trustProxy: TrustedProxyHops;
  /** Origins besides the site itself that may send state-changing requests (e.g. https://press.example.org). */
  allowedOrigins: string[];
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = { trustProxy: 0, allowedOrigins: [] };

/** An origin as a browser sends it: scheme, host and port, nothing else. */
export function normalizeOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`"${value}" is not an origin such as https://press.example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`"${value}" is not an http or https origin`);
  return url.origin;
}

/** Settings from flags, falling back to PRESSER_TRUST_PROXY, PRESSER_ALLOWED_ORIGINS and PRESSER_PUBLIC_URL. */
export function httpSettingsFrom(flags: { trustProxy?: string | boolean; allowOrigin?: string[] }, env: NodeJS.ProcessEnv = process.env): HttpSettings {
  const listed = flags.allowOrigin?.length ? flags.allowOrigin : (env.PRESSER_ALLOWED_ORIGINS ?? '').split(',').filter((o) => o.trim());
  const origins = [...listed, ...(env.PRESSER_PUBLIC_URL ? [env.PRESSER_PUBLIC_URL] : [])].map(normalizeOrigin);
  return { trustProxy: parseTrustProxy(flags.trustProxy ?? env.PRESSER_TRUST_PROXY), allowedOrigins: [...new Set(origins)] };
}
