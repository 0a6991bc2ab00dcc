/**
 * Quotations: the [open, close) offsets of every quoted passage, so that the
 * actors stage can give a quoted "we" to its speaker and the holders stage can
 * tell a reporting frame ("…," he said) from a verb inside the quote.
 *
 * A quote opens at “ or " and closes at ” or the next "; a quote left open runs
 * to the end of its paragraph (news quotes that go on over several sentences).
 */
import type { ParsedSentence } from './types.js';

export type Span = [number, number];

export function quoteSpans(text: string, parsed: ParsedSentence[]): Span[] {
  const quotes: Span[] = [];
  let para = -1;
  let open = -1;
  let paraEnd = 0;
  for (const p of parsed) {
    const st = p.sentence;
    if (st.paragraph !== para) {
      if (open >= 0) quotes.push([open, paraEnd]);
      open = -1;
      para = st.paragraph;
    }
    for (let c = st.start; c < st.end; c++) {
      const ch = text[c];
      if (ch === '“' || (ch === '"' && open < 0)) {
        if (open < 0) open = c;
      } else if ((ch === '”' || ch === '"') && open >= 0) {
        quotes.push([open, c + 1]);
        open = -1;
      }
    }
    paraEnd = st.end;
  }
  if (open >= 0) quotes.push([open, paraEnd]);
  return quotes;
}

/** the quotation that contains offset `pos`, if any (`quotes` sorted, as quoteSpans returns them) */
export function quoteAt(quotes: Span[], pos: number): Span | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (pos < q[0]) hi = mid - 1;
    else if (pos >= q[1]) lo = mid + 1;
    else return q;
  }
  return undefined;
}
