/**
 * Rich text from data (an event's `body`, TimelineJS's `text.text`) made safe to show, with
 * DOMPurify: paragraphs, line breaks, links, emphasis, quotes, lists and code are kept; styles,
 * scripts, frames, forms, media, event handlers and every other attribute are removed, and links
 * keep only http, https or relative targets, resolved against the page. The result is a
 * DocumentFragment, so no HTML string ever reaches an `innerHTML` sink.
 *
 * Under Trusted Types, DOMPurify parses with the policy named `annals`, created here once; the
 * page's `trusted-types` directive must allow it (README, "Strict pages").
 *
 * DOMPurify is loaded the first time a body is shown (a chunk beside `annals.js`): most timelines
 * never need it, and it is a third of the bundle's size.
 */
import type { default as DOMPurifyFactory } from 'dompurify';
import { resolveUrl } from '../core/url.js';

const ALLOWED_TAGS = [
  'p',
  'br',
  'a',
  'em',
  'i',
  'strong',
  'b',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'blockquote',
  'q',
  'cite',
  'abbr',
  'code',
  'ul',
  'ol',
  'li',
  'span',
];
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir'];

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createHTML: (s: string) => string; createScriptURL: (s: string) => string },
  ): unknown;
}

let purifier: ReturnType<typeof DOMPurifyFactory> | null = null;
let policy: unknown = null;

async function instance() {
  if (purifier) return purifier;
  const { default: DOMPurify } = await import('dompurify');
  if (purifier) return purifier;
  // A purifier of our own: its hook must not change what other code on the page sanitises.
  purifier = DOMPurify(window);
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (tt?.createPolicy) {
    try {
      // Only DOMPurify's parse step uses it, on text it then sanitises; it never makes script URLs.
      policy = tt.createPolicy('annals', {
        createHTML: (s) => s,
        createScriptURL: () => {
          throw new TypeError('annals: no script URLs');
        },
      });
    } catch {
      policy = null; // The page does not allow the name (or Annals was loaded twice).
    }
  }
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href');
    const resolved = href === null ? null : resolveUrl(href, document.baseURI);
    if (resolved) {
      node.setAttribute('href', resolved);
      node.setAttribute('rel', 'noopener noreferrer');
    } else node.removeAttribute('href');
  });
  return purifier;
}

/** A style or event-handler attribute inside a tag. */
const INLINE_ATTR = /\s(?:style|on[a-z]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
/**
 * Style sheets in the text, ended or not: `<style>…</style>` and `<link …>`; not a custom element
 * whose name begins so (`<style-note>`).
 */
const STYLE_SHEETS = /<style(?=[\s/>])[^>]*>[\s\S]*?(?:<\/style\s*>|$)|<link(?=[\s/>])[^>]*>/gi;

/**
 * The safe content of `html`, as nodes to insert. Style sheets and style and event-handler
 * attributes are taken out of the text before DOMPurify parses it (it removes them anyway): a
 * page with a strict policy would otherwise report each one as a violation while it is parsed.
 * Text pasted from word processors is full of `style="…"` and `<style>` blocks.
 */
export async function sanitizeBody(html: string): Promise<DocumentFragment> {
  const text = html
    .replace(STYLE_SHEETS, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(INLINE_ATTR, ''));
  return (await instance()).sanitize(text, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_DOM_FRAGMENT: true,
    ...(policy ? { TRUSTED_TYPES_POLICY: policy as never } : {}),
  });
}
