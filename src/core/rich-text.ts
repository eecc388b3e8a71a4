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

/** A comment, as a browser ends it: `-->`, `--!>`, at once for `<!-->` and `<!--->`, or the end. */
const COMMENT = /<!--(?:-?>|[^]*?(?:--!?>|$))/y;
/** `<!…>`, `<?…>`, or `</` and no letter: a browser reads it as a comment, up to the next `>`. */
const BOGUS = /<(?:[!?]|\/(?=[^a-z]))[^>]*>?/iy;
/** A start or end tag's opening and name (its attributes are read by `tagEnd`). */
const OPEN = /<(\/?)([a-z][^\t\n\f\r />]*)/iy;
/** Tags that end a paragraph. */
const BLOCK = /^(?:br|p|div|li|ul|ol|h[1-6]|blockquote|tr|section|article|header|footer)$/;
/** Elements whose content a reader never sees; the card's sanitiser drops it with them. */
const UNSEEN =
  /^(?:script|style|template|noscript|title|iframe|noembed|noframes|xmp|plaintext|svg|math|audio|video)$/;
const SPACE = '\t\n\f\r ';
/** The rest of a tag with no quote in it. */
const PLAIN_TAG = /[^"'>]*>/y;

function at(pattern: RegExp, s: string, i: number): RegExpExecArray | null {
  pattern.lastIndex = i;
  return pattern.exec(s);
}

/**
 * Where a tag whose name ends at `i` ends, past its `>`, or -1 when it runs to the end of the text.
 * As a browser reads attributes: a quote opens a value only after `=`, and a `>` in a quoted
 * value does not end the tag (`<a title="1 > 0">`).
 */
function tagEnd(s: string, i: number): number {
  // Before an attribute's name, in it, after it, after its `=`, in an unquoted value.
  const BEFORE = 0;
  const NAME = 1;
  const AFTER = 2;
  const EQUALS = 3;
  const VALUE = 4;
  // Most tags hold no quote.
  const plain = at(PLAIN_TAG, s, i);
  if (plain) return i + plain[0].length;
  let state = BEFORE;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === '>') return i + 1;
    if (SPACE.includes(c))
      state = state === NAME || state === AFTER ? AFTER : state === EQUALS ? EQUALS : BEFORE;
    else if (state === EQUALS) {
      if (c === '"' || c === "'") {
        i = s.indexOf(c, i + 1);
        if (i < 0) return -1;
        state = BEFORE;
      } else state = VALUE;
    } else if (c === '/' && state !== VALUE) state = BEFORE;
    else if (c === '=' && (state === NAME || state === AFTER)) state = EQUALS;
    else if (state !== VALUE) state = NAME;
  }
  return -1;
}

/** Where the end tag of `name` (not a script) begins from `i` on, or -1. */
function closing(name: string, s: string, i: number): number {
  return at(new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi'), s, i)?.index ?? -1;
}

/**
 * Where a script's end tag begins from `i` on, or -1. As in a browser, a `</script>` between
 * `<!--` and `-->` after a `<script` does not end it.
 */
function scriptEnd(s: string, i: number): number {
  const token = /<!--(-*>)?|-->|<(\/?)script[\t\n\f\r />]/gi;
  token.lastIndex = i;
  // 0 in the script, 1 after `<!--`, 2 after `<!--` and `<script`.
  let escaped = 0;
  for (let m; (m = token.exec(s));) {
    if (m[0][1] === '!') escaped = m[1] ? 0 : escaped || 1;
    else if (m[0][0] === '-') escaped = 0;
    else if (m[2]) {
      if (escaped < 2) return m.index;
      escaped = 1;
    } else if (escaped === 1) escaped = 2;
  }
  return -1;
}

/**
 * The paragraphs of `html` as plain text, read as a browser reads it: tags taken out (a `>` in a
 * quoted attribute value does not end one), with what a reader never sees (scripts, styles,
 * comments, frames, media and SVG, as the card's sanitiser drops them); a paragraph, heading,
 * list item or line break ending one, a list item beginning with its bullet or number (`• `,
 * `2. `), as its list shows it; character references decoded; white space, line ends included,
 * made one space. Linear in the length of `html`.
 * `'<p>The <b>Silk Way</b> rally</p><p>From Ashgabat</p>'` gives
 * `['The Silk Way rally', 'From Ashgabat']`.
 */
export function richTextParagraphs(html: string | undefined): string[] {
  const s = html ?? '';
  const paragraphs: string[] = [];
  let words = '';
  // The lists open around the text: an ordered one's count of items so far, or −1 for bullets.
  const lists: number[] = [];
  // A list item's bullet or number, before its words.
  let mark = '';
  const end = () => {
    const p = words.replace(/\s+/g, ' ').trim();
    if (p) {
      paragraphs.push(mark + p);
      mark = '';
    }
    words = '';
  };
  for (let i = 0; i < s.length;) {
    const lt = s.indexOf('<', i);
    const text = s.slice(i, lt < 0 ? s.length : lt);
    words += text.includes('&') ? decode(text) : text;
    if (lt < 0) break;
    const next = s[lt + 1];
    let m =
      next === '!' || next === '?' || next === '/'
        ? (at(COMMENT, s, lt) ?? at(BOGUS, s, lt))
        : null;
    if (m) {
      i = lt + m[0].length;
      continue;
    }
    m = at(OPEN, s, lt);
    if (!m) {
      // A `<` that opens no tag is text.
      words += '<';
      i = lt + 1;
      continue;
    }
    // A tag left open to the end takes the rest with it, as in a browser.
    i = tagEnd(s, lt + m[0].length);
    if (i < 0) break;
    const name = m[2]!.toLowerCase();
    if (BLOCK.test(name)) {
      end();
      const list = name === 'ol' ? 0 : name === 'ul' ? -1 : null;
      if (m[1]) {
        // The end of an item or a list ends the mark of an item left without words (`<li></li>`).
        if (list !== null || name === 'li') mark = '';
        if (list !== null) lists.pop();
      } else if (list !== null) lists.push(list);
      else if (name === 'li') {
        const k = lists.at(-1) ?? -1;
        if (k >= 0) lists[lists.length - 1] = k + 1;
        mark = k < 0 ? '• ' : `${k + 1}. `;
      }
    } else if (!m[1] && UNSEEN.test(name)) {
      // Up to its end tag, read next; never closed, to the end.
      i = name === 'script' ? scriptEnd(s, i) : closing(name, s, i);
      if (i < 0) break;
    }
  }
  end();
  return paragraphs;
}

/** The text of an HTML fragment on one line: its paragraphs joined by a space. */
export function htmlToText(html: string): string {
  return richTextParagraphs(html).join(' ');
}

/**
 * The paragraphs of a plain-text summary: its text split at blank lines (as `<annals-event>`
 * markup joins its paragraphs, or a spreadsheet cell holds them), each trimmed, empty ones left
 * out. `'One.\n\nTwo.'` gives `['One.', 'Two.']`.
 */
export function summaryParagraphs(summary: string | undefined): string[] {
  return (summary ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
