// What every page knows while it renders: the interface language and its messages, who is signed
// in, the address (for the language switch). Handed down through a hono/jsx context.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { createContext, useContext, type Child } from 'hono/jsx';
import { detectFromCookie, detectFromHeader, type DetectorOptions } from 'hono/language';
import type { User } from '../../domain/roles.ts';
import { CATALOGS, UI_LANGS, type Messages, type UiLang } from '../../i18n/index.ts';
import type { HttpEnv } from '../auth.ts';
import { isSetupPending } from './setup-state.ts';

export const LANG_COOKIE = 'presser_lang';

const DETECT: DetectorOptions = {
  order: ['cookie', 'header'],
  lookupQueryString: 'ui',
  lookupCookie: LANG_COOKIE,
  lookupFromPathIndex: 0,
  lookupFromHeaderKey: 'accept-language',
  caches: false,
  ignoreCase: true,
  fallbackLanguage: 'en',
  supportedLanguages: [...UI_LANGS],
};

/** The switch's cookie first, then the browser's Accept-Language, then English. */
export function uiLanguage(c: Context): UiLang {
  return (detectFromCookie(c, DETECT) ?? detectFromHeader(c, DETECT) ?? 'en') as UiLang;
}

export interface PageScope {
  lang: UiLang;
  t: Messages;
  user: User | null;
  /** Path and query of this page, where the language switch comes back to. */
  here: string;
  /** No staff account exists yet: the page points at /setup. */
  setupPending: boolean;
}

export function pageScope(c: Context<HttpEnv>): PageScope {
  const lang = uiLanguage(c);
  const url = new URL(c.req.url);
  return { lang, t: CATALOGS[lang], user: c.get('user'), here: url.pathname + url.search, setupPending: isSetupPending(c) };
}

const PageContext = createContext<PageScope>({ lang: 'en', t: CATALOGS.en, user: null, here: '/', setupPending: false });

export function usePage(): PageScope {
  return useContext(PageContext);
}

/**
 * Pages run no inline script or style; user text that escaped escaping could still not run. No other
 * site may frame a page (frame-ancestors, and X-Frame-Options for old browsers), except the embed
 * page, whose frame-ancestors names the origins an admin listed.
 */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

export function pageHeaders(signedIn: boolean, frameAncestors?: string): Record<string, string> {
  return {
    'content-security-policy': `${CSP}; frame-ancestors ${frameAncestors ?? "'none'"}`,
    ...(frameAncestors ? {} : { 'x-frame-options': 'DENY' }),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'cache-control': signedIn ? 'no-store' : 'no-cache',
  };
}

/** Renders a page component with the request's scope. */
export function renderPage(c: Context<HttpEnv>, node: Child, status: ContentfulStatusCode = 200): Response {
  const scope = pageScope(c);
  const body = (<PageContext.Provider value={scope}>{node}</PageContext.Provider>).toString();
  return c.html(`<!doctype html>\n${body}`, status, pageHeaders(scope.user !== null));
}

/**
 * Renders the embed page: for the public whoever is signed in (another site shows it), in the
 * interface language its address asks for, framed only by the origins in frameAncestors.
 */
export function renderEmbed(c: Context<HttpEnv>, node: Child, lang: UiLang, frameAncestors: string): Response {
  const scope: PageScope = { ...pageScope(c), lang, t: CATALOGS[lang], user: null, setupPending: false };
  const body = (<PageContext.Provider value={scope}>{node}</PageContext.Provider>).toString();
  return c.html(`<!doctype html>\n${body}`, 200, pageHeaders(false, frameAncestors));
}

/** JSON for a page's script, safe inside <script type="application/json">: no "<" can end the element. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
