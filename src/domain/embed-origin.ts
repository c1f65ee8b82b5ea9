// Which sites may show a conference's embed page in a frame: origins an admin lists, each exact.
// They end up in a Content-Security-Policy header, so only what that grammar reads as one host
// source gets through (a stray ";" or space would otherwise add a directive of the caller's own).

/** More sites than a press office embeds on; the header stays small. */
export const MAX_EMBED_ORIGINS = 20;

export type OriginCheck = { ok: true; origin: string } | { ok: false; reason: string };

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);

/** Loopback hosts, which browsers treat as secure, so http is accepted for them (testing, a local CMS). */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * An origin as a browser sends it: https (http only on loopback), a host and maybe a port; no path,
 * query, fragment, user or wildcard. A wildcard would let every subdomain frame the page, including
 * ones the ministry does not run, so each site is listed itself. Returns the normal form
 * (lower case, punycode, no default port).
 */
export function checkEmbedOrigin(value: string): OriginCheck {
  const text = value.trim();
  if (!text) return { ok: false, reason: 'an origin is empty' };
  if (text.length > 253) return { ok: false, reason: 'an origin has at most 253 characters' };
  if (text.includes('*')) return { ok: false, reason: `"${text}": no wildcards; list each site, such as https://www.example.gov` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `"${text}" is not an origin such as https://www.example.gov` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: `"${text}": only https origins can be listed` };
  if (url.protocol === 'http:' && !isLoopback(url.hostname))
    return { ok: false, reason: `"${text}": only https origins can be listed (http only for localhost)` };
  if (url.username || url.password) return { ok: false, reason: `"${text}": an origin has no user name or password` };
  if (url.pathname !== '/' || /[?#]/.test(text) || !/^[a-z]+:\/\/[^/]+\/?$/i.test(text))
    return { ok: false, reason: `"${text}": an origin has no path, query or fragment (the site only, such as https://www.example.gov)` };
  if (!HOST.test(url.hostname)) return { ok: false, reason: `"${text}": the host must be a domain name or an IPv4 address` };
  return { ok: true, origin: url.origin };
}

/** The CSP frame-ancestors value: this site itself (the admin's preview) and the listed origins. */
export function frameAncestors(origins: readonly string[]): string {
  return ["'self'", ...origins].join(' ');
}
