import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { richTextParagraphs } from '../../src/core/rich-text.js';

describe('richTextParagraphs', () => {
  it('gives the words of rich text, a paragraph, list item or line break ending each', () => {
    expect(
      richTextParagraphs(
        '<p>The <b>Silk Way</b> rally</p><p>From <a href="https://example.org/x">Ashgabat</a><br>to Astana</p><ul><li>one</li><li>two</li></ul>',
      ),
    ).to.deep.equal(['The Silk Way rally', 'From Ashgabat', 'to Astana', '• one', '• two']);
  });

  it('marks list items as their list does, a bullet or their number, so a printed list still reads as one', () => {
    expect(
      richTextParagraphs(
        '<p>Synthetic steps:</p><ol><li>First</li><li>Second<ul><li>Inner</li><li></li></ul></li><li>Third</li></ol><p>After</p>',
      ),
    ).to.deep.equal(['Synthetic steps:', '1. First', '2. Second', '• Inner', '3. Third', 'After']);
    expect(
      richTextParagraphs('<ol><li>a</li><blockquote>Quoted</blockquote><li>b</li></ol>'),
    ).to.deep.equal(['1. a', 'Quoted', '2. b']);
    // An item outside any list, as a careless paste gives it, is an item still.
    expect(richTextParagraphs('<li>Loose</li>')).to.deep.equal(['• Loose']);
  });

  it('decodes character references, and keeps one it does not know as written', () => {
    expect(
      richTextParagraphs(
        'Caf&eacute; &ccedil; &amp; bar &ndash; &#8220;Steppe&#x201D;&nbsp;2009 &bogus;',
      ),
    ).to.deep.equal(['Café &ccedil; & bar – “Steppe” 2009 &bogus;']);
    expect(richTextParagraphs('&lt;p&gt; is text here')).to.deep.equal(['<p> is text here']);
    expect(richTextParagraphs('&#0; &#xD800; &#99999999;')).to.deep.equal([
      '&#0; &#xD800; &#99999999;',
    ]);
  });

  it('leaves out what scripts, styles and comments hold, and the names and attributes of tags', () => {
    expect(
      richTextParagraphs(
        '<script>alert("rally")</script><style>p{color:red}</style><!-- rally --><p class="rally" onclick="x()">Visit</p>',
      ),
    ).to.deep.equal(['Visit']);
    // Left open to the end, they take the rest with them: never shown as text.
    expect(richTextParagraphs('Before<script>alert(1)')).to.deep.equal(['Before']);
    expect(richTextParagraphs('Before<!-- never closed')).to.deep.equal(['Before']);
    expect(richTextParagraphs('Before <img src=x onerror=alert(1)')).to.deep.equal(['Before']);
  });

  it('keeps a < that opens no tag', () => {
    expect(richTextParagraphs('a < b and 3 <5')).to.deep.equal(['a < b and 3 <5']);
  });

  it('gives nothing for no body, or one of tags alone', () => {
    expect(richTextParagraphs(undefined)).to.deep.equal([]);
    expect(richTextParagraphs('')).to.deep.equal([]);
    expect(richTextParagraphs('<p> </p><br><div></div>')).to.deep.equal([]);
  });

  it('reads a paragraph written over several lines as one, as a browser does', () => {
    expect(
      richTextParagraphs('<p>The Silk\nWay rally</p>\r\n<p>From\r\nAshgabat&#10;to Astana</p>'),
    ).to.deep.equal(['The Silk Way rally', 'From Ashgabat to Astana']);
  });

  it('leaves out a tag whose quoted attribute holds a >, and keeps a < and > that open no tag', () => {
    expect(
      richTextParagraphs('<a title="1 > 0" href="x">link</a> <img alt=\'a>b\'>after'),
    ).to.deep.equal(['link after']);
    expect(richTextParagraphs('if a < b and c > d')).to.deep.equal(['if a < b and c > d']);
  });

  it('leaves out what the card never shows: frames, media and SVG, but not an element named like them', () => {
    expect(
      richTextParagraphs(
        '<video src="v.mp4">Your browser cannot play it</video><iframe>frame</iframe><svg><text>drawn</text></svg><p>Shown</p>',
      ),
    ).to.deep.equal(['Shown']);
    expect(
      richTextParagraphs('<style-note>Aside</style-note> <script-x>kept</script-x>'),
    ).to.deep.equal(['Aside kept']);
  });

  it('takes a time in proportion to its length, on markup that is never closed', () => {
    for (const piece of ['<', 'a<', '<a "', '<p']) {
      const started = performance.now();
      richTextParagraphs(piece.repeat(200_000 / piece.length));
      expect(performance.now() - started, piece).to.be.below(500);
    }
  });

  it('gives the words a browser shows, whatever the markup', () => {
    const blocks = ['p', 'br', 'li', 'ul'];
    // (Media, frames and SVG hold markup a browser may close them in: the tests above.)
    const unseen = ['script', 'style'];
    /** The paragraphs of what the browser's own parser makes of `html`. */
    const shown = (html: string) => {
      const body = new DOMParser().parseFromString(
        `<!doctype html><body>${html}`,
        'text/html',
      ).body;
      const paragraphs: string[] = [];
      let words = '';
      // A list item's bullet, before its first words (no <ol> among the pieces: no numbers).
      let mark = '';
      const end = () => {
        const p = words.replace(/\s+/g, ' ').trim();
        if (p) {
          paragraphs.push(mark + p);
          mark = '';
        }
        words = '';
      };
      const walk = (node: Node) => {
        for (const child of node.childNodes) {
          if (child instanceof Text) words += child.data;
          if (!(child instanceof Element) || unseen.includes(child.localName)) continue;
          const block = blocks.includes(child.localName);
          if (block) end();
          if (child.localName === 'li') mark = '• ';
          walk(child);
          if (block) end();
          // The end of an item or a list ends the mark of an item left without words.
          if (['li', 'ul', 'ol'].includes(child.localName)) mark = '';
        }
      };
      walk(body);
      end();
      return paragraphs;
    };
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<b>',
      '<br/>',
      '<li>',
      '<a href="x">',
      '<a title="1 > 0">',
      "<a title='x' b=c>",
      '</a>',
      '<!--',
      '-->',
      '<script>',
      '</script>',
      '<style>',
      '</style>',
      'word',
      ' ',
      '\n',
      '&amp;',
      '<',
      '>',
      '"',
      '=',
      '/',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const html = pieces.join('');
        expect(richTextParagraphs(html), html).to.deep.equal(shown(html));
      }),
      { numRuns: 2000 },
    );
  });
});
