/**
 * The words of HTML without a DOM, for what reads text rather than shows markup: TimelineJS's
 * headlines, captions and credits as they are read, and an event's `body` (TimelineJS's
 * `text.text`) for search and the printed chronology. The card shows the body itself, sanitised
 * (`components/sanitize.ts`); nothing here is ever inserted as HTML, so nothing in it can run.
 */

/** The character references rich text from sheets and CMSs uses most; others stay as written. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  copy: '©',
  eacute: 'é',
  shy: '',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}

/**
 * The paragraphs of `html` as plain text: tags taken out (with what scripts, styles and comments
 * hold), a paragraph, heading, list item or line break ending one, character references decoded,
 * runs of white space made one space. `'<p>The <b>Silk Way</b> rally</p><p>From Ashgabat</p>'`
 * gives `['The Silk Way rally', 'From Ashgabat']`.
 */
export function richTextParagraphs(html: string | undefined): string[] {
  if (!html) return [];
  const text = html
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(
      /<(br|\/?(p|div|li|ul|ol|h[1-6]|blockquote|tr|section|article|header|footer))\b[^>]*>/gi,
      '\n',
    )
    .replace(/<[^>]*>/g, '')
    // A `<` that opens no tag is text; one left open to the end takes nothing with it.
    .replace(/<[a-z/!][^]*$/i, '');
  return decode(text)
    .split('\n')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The text of an HTML fragment on one line: its paragraphs joined by a space. */
export function htmlToText(html: string): string {
  return richTextParagraphs(html).join(' ');
}
