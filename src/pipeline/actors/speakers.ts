/**
 * Speakers of quotations (part of the coreference pass): "we/our" (and "I" for a
 * person) inside a quotation is its speaker — "…," X said; said X; X says (this
 * sentence, the next ones, the previous ones), else the subject before the quote.
 * Resolved after the whole text is read; outside quotations first person is left
 * unresolved.
 */
import { tokenKey } from '../../actors/gazetteer.js';
import type { Span } from '../quotes.js';
import type { Draft } from './context.js';
import { FIRST_PERSON, SAY } from './lexicon.js';
import { breaksAfter, isCap } from './tokens.js';
import { quoteAt, type CorefContext } from './coref.js';

const speakerOk = (d: Draft) => d.type !== 'location';

/** the speaker of a quotation in sentence `si` */
export function speakerOf(cc: CorefContext, si: number, quote: Span): Draft | undefined {
  const { sentences } = cc;
  const para = sentences[si]!.paragraph;
  // the sentences the quotation spans, this one first; then the sentence before (a quote after "X said:"
  // or after an attributed one), then the one after
  const order = [si];
  for (let q = si + 1; sentences[q] && sentences[q]!.start < quote[1]; q++) order.push(q);
  for (let q = si - 1; sentences[q] && sentences[q]!.end > quote[0]; q--) order.push(q);
  let seen = 0;
  for (const q of [...order, -1, si - 1, si + 1]) {
    if (q === -1) {
      const d = subjectBeforeQuote(cc, si, quote);
      if (d) return d;
      continue;
    }
    if (seen++ > 6) break;
    const ps = sentences[q];
    if (!ps || ps.paragraph !== para) continue;
    const d = saidBy(cc, ps.index);
    if (d) return d;
  }
  return undefined;
}

/** "Merkel rejected new negotiations, telling parliament, “We will wait …”": the subject before the quote */
function subjectBeforeQuote(cc: CorefContext, si: number, quote: Span): Draft | undefined {
  const cur = cc.sentences[si]!;
  if (quote[0] < cur.start) return undefined;
  for (const m of cc.cx.bySentence.get(cur.index) ?? []) {
    if (m.start >= quote[0]) break;
    if ((m.draft.type === 'person' || m.draft.type === 'organization' || m.draft.type === 'country') && !m.venue && m.salient) return m.draft;
  }
  return undefined;
}

/** the subject of a reporting verb outside quotations in sentence `index` ("X said", "said X") */
function saidBy(cc: CorefContext, index: number): Draft | undefined {
  const { cx } = cc;
  const ts = cx.sentToks.get(index)!;
  const list = cx.bySentence.get(index) ?? [];
  for (let k = 0; k < ts.length; k++) {
    if (!SAY.has(ts[k]!.normal) || quoteAt(cc, ts[k]!.start)) continue;
    for (const m of list) {
      if (!speakerOk(m.draft) || m.venue || quoteAt(cc, m.start)) continue;
      if (m.t0 === k + 1 || (m.t0 === k + 2 && ts[k + 1]!.normal === 'the') || (m.t1 === k && !breaksAfter(ts[k - 1]!))) return m.draft;
    }
    // a surname not yet marked ("…," said Dlamini)
    for (const x of [ts[k + 1], k > 0 && !breaksAfter(ts[k - 1]!) ? ts[k - 1] : undefined]) {
      const p = x && isCap(x.text) ? cc.names.surnames.get(tokenKey(x.text)) : undefined;
      if (p && cx.drafts.has(p.key) && !quoteAt(cc, x!.start)) return p;
    }
  }
  return undefined;
}

/** the first-person pronouns found inside quotations become mentions of their speakers */
export function resolveFirstPerson(cc: CorefContext): void {
  for (const { si, i } of cc.firstPerson) {
    const s = cc.sentences[si]!;
    const toks = cc.cx.sentToks.get(s.index)!;
    const t = toks[i]!;
    const d = speakerOf(cc, si, quoteAt(cc, t.start)!);
    if (d && (FIRST_PERSON[t.normal] === 'we' || d.type === 'person')) cc.cx.mention(d, toks, i, i + 1, s.index, 'pronoun');
  }
}
