import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { richTextParagraphs } from '../../src/core/rich-text.js';

describe('richTextParagraphs', () => {
  it('gives the words of rich text, a paragraph, list item or line break ending each', () => {
    expect(
      richTextParagraphs(
        '<p>The <b>Silk Way</b> rally</p><p>From <a href="https://example.org/x">Ashgabat</a><br>to Astana</p><ul><li>one</li><li>two</li></ul>',
      ),
    ).to.deep.equal(['The Silk Way rally', 'From Ashgabat', 'to Astana', 'one', 'two']);
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

  it('never keeps a tag in its text, whatever the markup', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<b>',
      '<br/>',
      '<a href="x">',
      '</a>',
      '<!--',
      '-->',
      '<script>',
      '</script>',
      'word',
      ' ',
      '&amp;',
      '<',
      '>',
      '"',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        for (const p of richTextParagraphs(pieces.join(''))) expect(p).to.not.match(/<[a-z/!]/i);
      }),
    );
  });
});
