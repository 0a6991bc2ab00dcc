/**
 * Coreference step: public bodies a text describes without naming them ("the city council", "the state ethics
 * board", "the main opposition party", "the governor's office"). When no organisation with that head was named
 * before, the description is a party of its own, an organisation named by its words; the article is the first
 * word of its mention. A compound ("the committee room", "the council tax") is no body.
 */
import { ROLE, TITLE_MODIFIER, UNNAMED_BODY_HEAD, UNNAMED_BODY_MODIFIER } from './lexicon.js';
import { breaksAfter, isCap, isPossessive } from './tokens.js';
import { lastOf, mark, type CorefContext, type RefSentence } from './coref.js';

/** "the city council" at token i (the article): the last token covered, or undefined */
export function unnamedBodyAt(cc: CorefContext, rs: RefSentence, i: number): number | undefined {
  const { toks, used, n } = rs;
  if (toks[i]!.normal !== 'the' || breaksAfter(toks[i]!)) return undefined;
  let j = i + 1;
  // (a title's possessive is a modifier: "the mayor's office", "the attorney general's office")
  const modifier = (k: number) => {
    const t = toks[k]!;
    if (isCap(t.text) || used[k]) return false;
    if (isPossessive(t)) return ROLE.has(t.normal.replace(/['’]s$/, '')) && toks[k + 1]?.normal === 'office';
    return UNNAMED_BODY_MODIFIER.has(t.normal) || TITLE_MODIFIER.has(t.normal);
  };
  while (j < n && j - i <= 3 && modifier(j) && !breaksAfter(toks[j]!)) j++;
  // (a head may be a modifier too: "the coalition government", "the governing coalition")
  const head = (k: number) => !!toks[k] && UNNAMED_BODY_HEAD.has(toks[k]!.normal.replace(/['’]s$/, ''));
  if (!head(j) && j > i + 2 && head(j - 1)) j--;
  const h = toks[j];
  if (j === i + 1 || !h || used[j] || isCap(h.text)) return undefined;
  const hw = h.normal.replace(/['’]s$/, '');
  if (!head(j)) return undefined;
  // (a compound is no body: "the committee room", "the party conference", "the council's tax" is still the council)
  const nx = toks[j + 1];
  if (nx && !breaksAfter(h) && !isPossessive(h) && nx.tags.has('Noun') && !nx.tags.has('Verb') && !nx.tags.has('Pronoun')) return undefined;
  if (lastOf(cc, (d) => d.type === 'organization' && d.head === hw, rs.s.index)) return undefined;
  // "the county board of supervisors", "the state board of education": "of" and a lower-case noun belong to the name
  const of = toks[j + 1]?.normal === 'of' && !breaksAfter(h) && !!toks[j + 2] && !isCap(toks[j + 2]!.text) && toks[j + 2]!.tags.has('Noun') && !toks[j + 2]!.tags.has('Determiner');
  if (of) j += 2;
  const words = toks.slice(i + 1, j + 1).map((x) => x.normal.replace(/['’]s$/, (m) => (x === toks[j] ? '' : m))).join(' ');
  mark(cc, rs, cc.cx.draft(`org:${words}`, () => ({ name: words, type: 'organization', affiliation: null, head: hw })), i, j + 1, 'description');
  return j;
}
