import { expect } from '@open-wc/testing';
import { sanitizeBody } from '../../src/components/sanitize.js';

const text = async (html: string) => {
  const host = document.createElement('div');
  host.append(await sanitizeBody(html));
  return host.innerHTML;
};

describe('sanitizeBody', () => {
  it('takes out style sheets, ended or not, and links to them', async () => {
    expect(
      await text(
        '<style>p { color: red }</style><p>a</p><link rel="stylesheet" href="/x.css"><STYLE>b',
      ),
    ).to.equal('<p>a</p>');
  });

  it('keeps the text of custom elements whose names begin like style or link', async () => {
    const out = await text(
      '<p>a</p><style-note>Important</style-note><link-card>Card</link-card><p>and more</p>',
    );
    expect(out).to.contain('Important');
    expect(out).to.contain('Card');
    expect(out).to.contain('<p>and more</p>');
  });
});
