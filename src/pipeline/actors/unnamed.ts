/**
 * Coreference step: bodies a text describes without naming them. Public bodies ("the city council", "the state ethics
 * board", "the main opposition party", "the governor's office"). When no organisation with that head was named
 * before, the description is a party of its own, an organisation named by its words; the article is the first
 * word of its mention. A compound ("the committee room", "the council tax") is no body. A body described after
 * its owner's possessive or a demonym ("Kessler's works council", "the Swedish tourism industry association") is
 * one of the owner's (or the country's), named by the owner's word and the description. "The city" that acts (the
 * employer in a municipal strike, a party to a dispute) is the city of the dateline, or a party named "city".
 */
import { ANY_ORG_DESC, BE_LIKE, DESCRIBED_BODY_HEAD, LABOUR_HEAD, LOCAL_GOVERNMENT, ROLE, SECTOR_DESC, SUB_BODY_HEAD, TITLE_MODIFIER, UNNAMED_BODY_HEAD, UNNAMED_BODY_MODIFIER } from './lexicon.js';
import { breaksAfter, isCap, isClosed, isPossessive } from './tokens.js';
import { lastOf, lastSubjectOf, mark, type CorefContext, type RefSentence } from './coref.js';
import type { Token } from '../types.js';
import type { Draft } from './context.js';

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

/**
 * "Kessler's works council", "the Swedish tourism industry association" at token i (the first lower-case word, after
 * an owner's possessive name or a country's demonym already read): one to three nouns or adjectives and a body's head.
 * The last token covered, or undefined.
 */
export function ownedBodyAt(cc: CorefContext, rs: RefSentence, i: number): number | undefined {
  const { toks, used, n } = rs;
  const o = toks[i - 1];
  // (a plural's possessive may keep its apostrophe apart: "Calder Motors' works council")
  const possessive = !!o && (isPossessive(o) || (/s$/.test(o.text) && /^['’]\s*$/.test(o.post)));
  if (!o || !isCap(o.text) || (breaksAfter(o) && !possessive) || used[i] || isCap(toks[i]!.text)) return undefined;
  const m = used[i - 1] ? (cc.cx.bySentence.get(rs.s.index) ?? []).find((x) => x.t0 <= i - 1 && i - 1 < x.t1 && x.t1 === i) : undefined;
  // (a possessive the passes left unread names an organisation named before: "Kessler rejected … Kessler's works council")
  const base = o.text.replace(/['’]s?$/, '');
  const earlier = !m && possessive ? [...cc.cx.drafts.values()].find((d) => d.type === 'organization' && d.name === base) : undefined;
  const owner = m ?? (earlier && { draft: earlier, kind: 'name', start: o.start });
  if (!owner || !(owner.kind === 'demonym' ? owner.draft.type === 'country' : possessive && owner.draft.type !== 'person')) return undefined;
  let j = i;
  // (a noun, an adjective, or a verb's bare form read as a noun: "works", "transport")
  const bareVerb = (t: Token) => t.tags.has('Verb') && !['PastTense', 'Gerund', 'Modal', 'Auxiliary', 'Copula'].some((x) => t.tags.has(x));
  const word = (t: Token) => !isCap(t.text) && !isClosed(t) && (t.tags.has('Noun') || t.tags.has('Adjective') || bareVerb(t)) && !t.tags.has('Pronoun') && /^\p{Ll}[\p{L}-]*$/u.test(t.text);
  // ("Norland's largest union", "Norland's main dockers' union": after a country, a body of members is a head too;
  // so it is after a company or another body, "Tarsk Freight's largest union", the party across the table from it)
  const ofCountry = owner.draft.type === 'country';
  const ofBody = owner.draft.type === 'organization' && !LABOUR_HEAD.has(owner.draft.head);
  const isHead = (t: Token) => head(t) || ((ofCountry || ofBody) && LABOUR_HEAD.has(t.normal));
  while (j < n && j - i < 4 && !used[j] && word(toks[j]!) && !(isHead(toks[j]!) && !(toks[j + 1] && !breaksAfter(toks[j]!) && word(toks[j + 1]!) && j + 1 - i < 4 && hasHeadAhead(toks, j + 1)))) {
    if (breaksAfter(toks[j]!)) return undefined;
    j++;
  }
  // ("British union rejects the offer": after a demonym a body of members needs no word before it)
  const labour = owner.kind === 'demonym' && LABOUR_HEAD.has(toks[i]!.normal) && !(toks[i + 1] && !breaksAfter(toks[i]!) && word(toks[i + 1]!) && !toks[i + 1]!.tags.has('Verb'));
  if (labour) j = i;
  const h = toks[j];
  if ((j === i && !labour) || !h || used[j] || !(isHead(h) || labour) || isCap(h.text)) return undefined;
  const nx = toks[j + 1];
  if (nx && !breaksAfter(h) && nx.tags.has('Noun') && !nx.tags.has('Verb') && !nx.tags.has('Pronoun')) return undefined;
  const from = owner.kind === 'demonym' ? o.start : owner.start;
  const name = cc.cx.text.slice(from, h.start + h.text.length).replace(/\s+/g, ' ');
  const hw = h.normal;
  // (a company's union is no organ of the company: it takes no affiliation from its employer)
  const aff = ofBody && LABOUR_HEAD.has(hw) ? null : owner.draft.key;
  mark(cc, rs, cc.cx.draft(`org:${name.toLowerCase()}`, () => ({ name, type: 'organization', affiliation: aff, head: hw })), i, j + 1, 'description');
  return j;
}

const head = (t: Token) => DESCRIBED_BODY_HEAD.has(t.normal) || SUB_BODY_HEAD.has(t.normal);
const hasHeadAhead = (toks: Token[], k: number) => toks.slice(k, k + 3).some((t) => !isCap(t.text) && head(t));

/**
 * "The city has offered 4 percent", "the county refused", "the city's offer": a local government that acts (a verb
 * other than "be" after it) or owns a stance, when no body of that head is named: the city of the dateline (not a
 * capital the gazetteer knows, which stands for its country), else a party named by the noun. The last token covered.
 */
export function localGovernmentAt(cc: CorefContext, rs: RefSentence, i: number): number | undefined {
  const { toks, used } = rs;
  const h = toks[i + 1];
  if (toks[i]!.normal !== 'the' || !h || used[i + 1] || isCap(h.text) || breaksAfter(toks[i]!)) return undefined;
  const hw = h.normal.replace(/['’]s$/, '');
  if (!LOCAL_GOVERNMENT.has(hw)) return undefined;
  const nx = toks[i + 2];
  const nx2 = toks[i + 3];
  if (!nx || breaksAfter(h)) return undefined;
  const acts = !isPossessive(h) && (nx.tags.has('Modal') || nx.tags.has('Verb')) && !nx.tags.has('Gerund') && !BE_LIKE.has(nx.normal) && !(nx2 && BE_LIKE.has(nx2.normal)) && !(nx.tags.has('PastTense') && nx2?.normal === 'by');
  const owns = isPossessive(h) && /^(?:offer|proposal|position|refusal|decision|plan|demands?|negotiators?|lawyers?|officials?|leaders?)$/.test(nx.normal);
  if (!acts && !owns) return undefined;
  const place = cc.cx.dateline;
  const known = place !== undefined && [...cc.cx.gaz.byId.values()].some((e) => [e.name, ...e.aliases, ...e.metonyms].some((x) => x.toLowerCase() === place.toLowerCase()));
  const name = place && !known && hw === 'city' ? place : hw;
  mark(cc, rs, cc.cx.draft(`org:${name.toLowerCase()}`, () => ({ name, type: 'organization', affiliation: null, head: hw })), i, i + 2, 'description');
  return i + 1;
}

/** a company's word after a demonym with no name after it: "the German company", "the Japanese firm", "the Swiss group" */
const DEMONYM_COMPANY_WORD = (w: string): boolean => ANY_ORG_DESC.has(w) || SECTOR_DESC.has(w) || /^(?:giant|conglomerate|maker)$/.test(w);

/**
 * "Harvik Pharma wrote to Tarsk. The Japanese firm said it …", "the German company offered to acquire …": "the", a
 * demonym and a company's word (one word of its trade may come between: "the German engineering group"), with no
 * name after it, continue the company named before — one of that country, or one the text ties to no country — as
 * its subject is preferred to an object (lastSubjectOf). The demonym there only describes the company: it is no party
 * of its own (as in "French group Tarvex", affiliations.ts demonymCompanies). Undefined when no company fits.
 */
export function demonymCompanyAt(cc: CorefContext, rs: RefSentence, i: number): number | undefined {
  const { toks, used, n, s } = rs;
  if (toks[i]!.normal !== 'the' || !used[i + 1] || breaksAfter(toks[i]!)) return undefined;
  const dem = (cc.cx.bySentence.get(s.index) ?? []).find((m) => m.t0 === i + 1 && m.t1 === i + 2 && m.kind === 'demonym' && m.draft.type === 'country');
  if (!dem || breaksAfter(toks[i + 1]!)) return undefined;
  let j = i + 2;
  const word = (k: number) => !!toks[k] && !used[k] && !isCap(toks[k]!.text) && DEMONYM_COMPANY_WORD(toks[k]!.normal.replace(/['’]s$/, ''));
  if (!word(j) && j + 1 < n && !used[j] && !isCap(toks[j]!.text) && toks[j]!.tags.has('Noun') && !breaksAfter(toks[j]!) && word(j + 1)) j++;
  if (!word(j)) return undefined;
  // (a name after it is that company's own: "the French group Tarvex")
  if (toks[j + 1] && isCap(toks[j + 1]!.text) && !breaksAfter(toks[j]!)) return undefined;
  const company = (d: Draft) => d.type === 'organization' && !LABOUR_HEAD.has(d.head) && d.mentions.some((m) => m.kind === 'name');
  const o = lastSubjectOf(cc, (d) => company(d) && d.affiliation === dem.draft.key, s.index) ?? lastSubjectOf(cc, (d) => company(d) && !d.affiliation, s.index);
  if (!o) return undefined;
  dem.salient = false;
  dem.modifier = true;
  mark(cc, rs, o, i, j + 1, 'description');
  return j;
}
