/** Link and media URL checks: only http, https and relative URLs reach the page. */

const ALLOWED_SCHEMES = new Set(['http', 'https']);
// Browsers ignore these inside a URL's scheme, so `java\tscript:` still runs script.
const IGNORED =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/** Longest scheme a reason quotes; real ones (`javascript`, `vbscript`) are far shorter. */
const SCHEME_LENGTH = 40;

export type UrlCheck =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string };

/**
 * Accepts an http(s) or relative URL. The scheme is read after removing white space and control
 * characters, case-insensitively, as a browser would; anything else (`javascript:`, `data:`,
 * `vbscript:`) is refused with a reason.
 */
export function checkUrl(value: unknown): UrlCheck {
  if (typeof value !== 'string') return { ok: false, reason: 'a URL must be a string' };
  const url = value.trim();
  if (url === '') return { ok: false, reason: 'the URL is empty' };
  // TimelineJS takes an embed code where a URL goes: as a URL it would be a link to a page named
  // by its HTML, or a "malformed scheme" for an iframe's `src="https:`.
  if (url.startsWith('<'))
    return {
      ok: false,
      reason:
        'this is HTML (an embed code, such as a tweet’s <blockquote> or an <iframe>), not a URL: Annals shows images and links, not embedded content',
    };
  const folded = url.replace(IGNORED, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(folded)?.[1];
  if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme)) {
    // The scheme is quoted in the reason: a megabyte of letters before a colon must not be.
    const shown = scheme.length > SCHEME_LENGTH ? `${scheme.slice(0, SCHEME_LENGTH - 1)}…` : scheme;
    return {
      ok: false,
      reason: `the URL scheme "${shown}:" is not allowed (use http, https or a relative URL)`,
    };
  }
  if (scheme === undefined && /^[^/?#]*:/.test(folded)) {
    return {
      ok: false,
      reason: 'the URL has a malformed scheme (use http, https or a relative URL)',
    };
  }
  // `//host/path` takes the page's scheme to another host, and browsers read `\\` as `/`
  // (`/\\evil.example` is `//evil.example`): neither is a relative URL within the site.
  if (folded.startsWith('//') || folded.includes('\\')) {
    return {
      ok: false,
      reason: folded.includes('\\')
        ? 'the URL contains a backslash (write forward slashes, or the full https:// URL)'
        : 'the URL is scheme-relative (//host/…); write the full https:// URL',
    };
  }
  return { ok: true, url };
}

/**
 * Resolves a checked URL against the page's base (`document.baseURI`, passed in: the core has no
 * document) and keeps it only if the result is http or https. Returns the absolute URL, or null.
 */
export function resolveUrl(url: string, base: string): string | null {
  const checked = checkUrl(url);
  if (!checked.ok) return null;
  try {
    const resolved = new URL(checked.url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}
