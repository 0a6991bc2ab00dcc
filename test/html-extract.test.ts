/**
 * The HTML path under hostile markup: depth costs nothing extra (flattened past
 * MAX_HTML_DEPTH), and a page whose article readability cannot find still gives
 * its visible text, saying so.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/extract/html.js';
import { MAX_HTML_DEPTH, flattenHtml } from '../src/extract/flatten.js';

const nested = (depth: number, inner: string) =>
  `<html><head><title>Harbour dispute</title></head><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;
const PARA = '<p>The minister of Norland said the government would not negotiate with the dock union.</p>';

describe('flattenHtml', () => {
  it('returns a page no deeper than the limit unchanged, byte for byte', () => {
    const page = nested(MAX_HTML_DEPTH - 3, `${PARA}<script>if (a < b) go();</script><p>Fish &amp; chips<br>later</p>`);
    expect(flattenHtml(page)).toEqual({ html: page, depth: MAX_HTML_DEPTH, flattened: false });
  });

  it('cuts tags past the limit, keeps their text, separates blocks and drops scripts whole', () => {
    const page = '<body><div><div><p>One <b>bold</b> &amp; more</p><div>Two<script>if (a<b) x()</script><span>three</span></div><p>Four</p></div></div></body>';
    const out = flattenHtml(page, 3);
    expect(out.flattened).toBe(true);
    expect(out.html).toBe('<body><div><div><br><br>One bold &amp; more<br><br>Twothree<br><br>Four</div></div></body>');
  });
});

describe('flattenHtml under hostile markup', () => {
  it('stays linear when many close tags match no open element (50,000 <div>s, then 50,000 </span>s)', () => {
    const page = `<html><body>${'<div>'.repeat(50_000)}<p>Vesk agreed.</p>${'</span>'.repeat(50_000)}</body></html>`;
    const t = Date.now();
    const out = flattenHtml(page);
    expect(Date.now() - t).toBeLessThan(5_000); // it took 70 s with htmlparser2's own stack search
    expect(out.depth).toBe(50_003);
    expect(extractHtml(page).text).toBe('Vesk agreed.');
  });
});

describe('extractHtml', () => {
  it('reads a page nested 10,000 levels deep in well under a few seconds', () => {
    const t = Date.now();
    const page = extractHtml(nested(10_000, PARA));
    expect(Date.now() - t).toBeLessThan(5_000);
    expect(page.text).toBe('Harbour dispute\n\nThe minister of Norland said the government would not negotiate with the dock union.');
  });

  it('keeps paragraphs apart past the limit', () => {
    const page = extractHtml(nested(MAX_HTML_DEPTH + 50, `${PARA}<div><div><p>Vesk agreed to talks on Friday.</p></div></div>`));
    expect(page.text).toContain('dock union.\n\nVesk agreed');
  });

  it('says the article path was used when readability finds one', () => {
    expect(extractHtml(nested(3, PARA)).extraction).toBe('article');
  });

  it('falls back to the visible text when the article has no text, and says so', () => {
    const page = extractHtml('<html><body><figure><figcaption>Norland refused talks with Vesk.</figcaption></figure><script>var no = 1;</script></body></html>');
    expect(page).toMatchObject({ extraction: 'visible-text', article: false, text: 'Norland refused talks with Vesk.' });
  });

  it('an empty page has no text', () => {
    expect(extractHtml('<html><body><p> </p></body></html>')).toMatchObject({ text: '', extraction: 'visible-text' });
  });
});
