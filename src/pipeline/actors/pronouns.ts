/**
 * Pronouns (part of the coreference pass). The current sentence first — the clause
 * after "but/while" or after ", saying" before the whole sentence — its leftmost
 * agreeing mention that is not a prepositional object or a possessive before a name
 * ("they" prefers a group); then the previous sentences of the paragraph, then the
 * previous paragraph (a pronoun that opens its sentence takes the previous sentence's
 * subject). Gender (he/she) and number/type agreement (it → country/organisation; they
 * → group, country, organisation). An expletive "it" ("It is unclear whether") is
 * skipped. A pronoun right after a reporting verb is that verb's subject ("X says
 * it"); an attribution pronoun ("…," he said) skips names inside the quotation; "his
 * government" is the country of whoever "his" names.
 */
import type { Token } from '../types.js';
import type { Draft, DraftMention } from './context.js';
import { CLAUSE_BREAK, PRONOUNS, SAY, SAY_ING, type PronounClass } from './lexicon.js';
import { breaksAfter, expletiveIt, isCap, isPossessive } from './tokens.js';
import { mark, quoteAt, type CorefContext, type RefSentence } from './coref.js';

/** What a pronoun may stand for. */
interface PronounQuery {
  pr: PronounClass;
  ok: (d: Draft) => boolean;
  /** the pronoun of a reporting frame after a quotation ("…,” he said): never someone quoted */
  attribution: boolean;
}

/**
 * a mention that is the object of a preposition ("talks with China"), a possessive before a name ("China's Commerce
 * Ministry") or before a party it owns ("Mabonde's main opposition"), a demonym before a noun ("Swedish drugmaker")
 */
export function weak(m: DraftMention, ts: Token[], list?: readonly DraftMention[]): boolean {
  const last = ts[m.t1 - 1];
  // (past the "is"/"has" compromise may read into the possessive: "Brelvania's Harbex Ports said it …")
  const next = readIntoPossessive(ts, m.t1) ? m.t1 + 1 : m.t1;
  if (last && isPossessive(last) && ts[next] && isCap(ts[next]!.text)) return true;
  // a possessive before a party it owns: "Mabonde's main opposition alliance …, saying it …" (the alliance)
  if (last && isPossessive(last) && !breaksAfter(last) && list?.some((x) => x.t0 >= m.t1 && x.t0 <= next + 2 && x.draft !== m.draft && !x.venue)) return true;
  // a demonym before a noun only classifies it: "Swedish drugmaker Talvik Pharma"; so does a country's name before a
  // lower-case noun: "UK cement manufacturer Corlen Works"
  if (m.kind === 'demonym' && (ts[m.t1]?.tags.has('Noun') || tradeWords(ts, m.t1) > 1) && !breaksAfter(last!)) return true;
  if ((m.kind === 'name' || m.kind === 'alias') && m.draft.type === 'country' && !breaksAfter(last!) && classifiesName(ts, m.t1, list)) return true;
  return prepObject(m, ts);
}

/** token j is an "is" or "has" of no text that compromise read into the possessive "'s" before it */
const readIntoPossessive = (ts: Token[], j: number): boolean => ts[j]?.text === '' && /^(?:is|has)$/.test(ts[j]!.implicit ?? '') && /['’]s$/i.test(ts[j - 1]?.text ?? '');

/** lower-case nouns from token j (one to three, no break) and then another party's name: "cement manufacturer Corlen Works" */
function classifiesName(ts: Token[], j: number, list?: readonly DraftMention[]): boolean {
  // (before a name the trade's last word may be read as an adjective: "mining giant Halden Mining")
  let k = j;
  while (k - j < 3 && /^\p{Ll}/u.test(ts[k]?.text ?? '') && !breaksAfter(ts[k]!) && ['Noun', 'Adjective', 'Gerund'].some((g) => ts[k]!.tags.has(g))) k++;
  return k > j && !!list?.some((x) => x.t0 === k && x.kind === 'name' && !x.venue);
}

/**
 * How many lower-case words of a trade stand from token j (up to three, no break): nouns, and adjectives or gerunds
 * before a noun ("mining giant", "chemical maker", "oil services firm")
 */
function tradeWords(ts: Token[], j: number): number {
  let k = j;
  const word = (t: Token | undefined) => !!t && /^\p{Ll}/u.test(t.text) && !breaksAfter(t);
  while (k - j < 3 && word(ts[k]) && (ts[k]!.tags.has('Noun') || ((ts[k]!.tags.has('Adjective') || ts[k]!.tags.has('Gerund')) && word(ts[k + 1]) && ts[k + 1]!.tags.has('Noun')))) k++;
  return k - j;
}

/** a mention that is the object of a preposition ("talks with China", "a letter to Bellmont Steel") */
function prepObject(m: DraftMention, ts: Token[]): boolean {
  let j = m.t0 - 1;
  while (j >= 0) {
    const x = ts[j]!;
    if (/[,;:()]/.test(x.post)) break;
    // "between A and B": the second conjunct is an object too
    if (!(x.tags.has('Determiner') || x.tags.has('Adjective') || (x.tags.has('Noun') && !x.tags.has('Pronoun')) || x.tags.has('Value') || /^(and|or)$/.test(x.normal))) break;
    j--;
  }
  const p = ts[j];
  // "the board of Talvik Pharma": a body of the organisation speaks for it, its object is no mere modifier
  if (p?.normal === 'of' && BODY_OF.test(ts[j - 1]?.normal ?? '')) return false;
  // (compromise tags "to" before a name a conjunction: "in a letter to Bellmont Steel")
  return !!p && !/[,;:()]/.test(p.post) && (p.tags.has('Preposition') || p.normal === 'to') && !p.tags.has('Verb') && !/^(that|as)$/.test(p.normal);
}

/** the bodies through which an organisation acts ("the board of X"; holders/words.json lists them as partitives too) */
const BODY_OF = /^(?:board|leadership|management|directors)$/;

/**
 * "X says it will …", "X, which says that it …": a pronoun right after a reporting verb is that verb's
 * subject — the mention just before the verb, or before a relative "that/which/who" that opens the clause.
 */
function reportedSubject(cc: CorefContext, toks: Token[], list: DraftMention[] | undefined, at: number, ok: (d: Draft) => boolean): Draft | undefined {
  let k = at - 1;
  if (toks[k]?.normal === 'that') k--;
  // "X said in an interview that he …", "X told reporters on Monday that it …": a short phrase between the verb and "that"
  if (toks[at - 1]?.normal === 'that') k = sayOverPhrase(toks, k);
  // "X said A and that it …": a reported clause coordinated with the first has the same reporting verb
  if (toks[at - 1]?.normal === 'that' && /^(?:and|but)$/.test(toks[k]?.normal ?? '')) k = sayBefore(cc, toks, k);
  if (!toks[k] || !SAY.has(toks[k]!.normal) || quoteAt(cc, toks[k]!.start)) return undefined;
  const verb = toks[k]!;
  k--;
  while (k >= 0 && toks[k]!.tags.has('Adverb') && !breaksAfter(toks[k]!)) k--;
  if (k >= 1 && /^(?:that|which|who)$/.test(toks[k]!.normal) && /,/.test(toks[k - 1]!.post)) k--;
  else if (k >= 0 && breaksAfter(toks[k]!)) {
    // "the Labour Congress (LC), says it …": the name before a bracketed acronym
    // (not one that ends a comma-set relative clause: "X, which talks with the Y Council (YC), said it …" is X)
    const m = list?.filter((x) => x.end <= verb.start && !x.venue && /^\s*\([^()]*\)\s*,?\s*$/.test(cc.cx.text.slice(x.end, verb.start))).at(-1);
    if (m && !inRelative(toks, m.t0)) return ok(m.draft) ? m.draft : undefined;
    // "the country's biggest union, the Labour Congress, says it …": the appositive that closes right before the
    // verb names its subject (not a possessive inside the description it renames); so does one before a
    // comma-set relative clause ("…, the Brenholt Trust, which owns 12 percent, said it …")
    const rel = relativeBefore(toks, k);
    if (rel > 0) k = rel - 1;
    const app = /,\s*$/.test(toks[k]!.post) ? list?.find((x) => x.t1 === k + 1 && !x.venue && appositive(toks, x.t0)) : undefined;
    // (an appositive that only describes a person named before it speaks for that person: "Lina Morr, the foreign
    // minister, said she …")
    const named = app && (app.kind === 'title' || app.kind === 'description') && app.draft.type === 'person' ? describedPerson(toks, list, app) : undefined;
    if (named && ok(named.draft)) return named.draft;
    return app && ok(app.draft) ? app.draft : undefined;
  }
  let m = list?.find((x) => x.t1 === k + 1 && !x.venue);
  // "Employees of Grennly Retail said they …": the object of "of/at" that ends the subject is no subject; the group
  // it modifies is, when it agrees
  const head = m && /^(?:of|at)$/.test(toks[m.t0 - 1]?.normal ?? '') ? list?.find((x) => x.t1 <= m!.t0 - 1 && x.t1 >= m!.t0 - 2 && !x.venue && x.draft.type === 'group') : undefined;
  if (head && ok(head.draft)) m = head;
  // "The union that represents drivers at Orvane Freight said it …", "the union for drivers at Orvane said it …": a
  // party ending the subject inside its prepositional phrase or relative clause is no subject; the party that opens
  // the clause is, when it agrees
  const opener = m && m !== head ? clauseOpener(toks, list, m, k) : undefined;
  if (opener && ok(opener.draft)) return opener.draft;
  return m && ok(m.draft) ? m.draft : undefined;
}

/** the person named right before the comma that opens the appositive `app` (only determiners and adjectives between) */
function describedPerson(toks: Token[], list: DraftMention[] | undefined, app: DraftMention): DraftMention | undefined {
  let j = app.t0 - 1;
  while (j >= 0 && (toks[j]!.tags.has('Determiner') || toks[j]!.tags.has('Adjective')) && !breaksAfter(toks[j]!)) j--;
  if (j < 0 || !/,\s*$/.test(toks[j]!.post)) return undefined;
  return list?.find((x) => x.t1 === j + 1 && !x.venue && x.draft.type === 'person' && (x.kind === 'name' || x.kind === 'surname'));
}

/** the reporting verb before a short prepositional phrase or object ending at token k (no break, at most four words), else k */
function sayOverPhrase(toks: Token[], k: number): number {
  let j = k;
  const inPhrase = (t: Token) => t.tags.has('Preposition') || t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value') || (t.tags.has('Noun') && !t.tags.has('Pronoun'));
  while (j >= 0 && k - j < 4 && !SAY.has(toks[j]!.normal) && !breaksAfter(toks[j]!) && inPhrase(toks[j]!)) j--;
  return j >= 0 && j < k && SAY.has(toks[j]!.normal) && !breaksAfter(toks[j]!) ? j : k;
}

/**
 * The mention that opens the clause of the subject ending at token k (after the sentence start or a break, past its
 * determiners and adjectives), when `m`, the mention before the verb, lies inside a phrase on it: a preposition's
 * object or a restrictive relative clause ("that/which/who" with no comma). Undefined when no mention opens it.
 */
function clauseOpener(toks: Token[], list: DraftMention[] | undefined, m: DraftMention, k: number): DraftMention | undefined {
  let start = k;
  while (start > 0 && !/[,;:()]/.test(toks[start - 1]!.post)) start--;
  let j = start;
  while (j < m.t0 && (toks[j]!.tags.has('Determiner') || toks[j]!.tags.has('Adjective')) && !toks[j]!.tags.has('ProperNoun')) j++;
  const o = list?.find((x) => x.t0 >= start && x.t0 <= j && x !== m && !x.venue && x.kind !== 'pronoun' && x.t1 < m.t0);
  // (the opener is the phrase's head: a preposition, a relative pronoun or a participle follows it right away)
  const nx = o ? toks[o.t1] : undefined;
  if (!o || !nx || !(nx.tags.has('Preposition') || nx.tags.has('Gerund') || /^(?:that|which|who)$/.test(nx.normal))) return undefined;
  const between = toks.slice(o.t1, m.t0);
  const inside = prepObject(m, toks) || between.some((t) => /^(?:that|which|who)$/.test(t.normal));
  return inside ? o : undefined;
}

/** the "which/who" that opens a comma-set relative clause ending at token k ("…, which owns 12 percent,"), or -1 */
function relativeBefore(toks: Token[], k: number): number {
  for (let r = k; r > 0 && k - r < 12; r--) {
    if (/^(?:which|who)$/.test(toks[r]!.normal) && /,\s*$/.test(toks[r - 1]!.post)) return r;
    if (r < k && /[,;:()]/.test(toks[r]!.post)) return -1;
  }
  return -1;
}

/** the nearest reporting verb before token k, outside quotations and in the same stretch (no ";" or ":"), or -1 */
function sayBefore(cc: CorefContext, toks: Token[], k: number): number {
  for (let r = k - 1; r >= 0; r--) {
    if (/[;:]/.test(toks[r]!.post) || quoteAt(cc, toks[r]!.start)) return -1;
    if (SAY.has(toks[r]!.normal)) return r;
  }
  return -1;
}

/** token t0 is inside a comma-set relative clause that opens before it in the same stretch ("…, which talks with X") */
function inRelative(toks: Token[], t0: number): boolean {
  for (let r = t0 - 1; r > 0 && t0 - r < 12; r--) {
    if (/^(?:which|who)$/.test(toks[r]!.normal) && /,\s*$/.test(toks[r - 1]!.post)) return true;
    if (/[,;:]/.test(toks[r]!.post)) return false;
  }
  return false;
}

/** a noun phrase set off by a comma before it (after its determiners and adjectives): "…, the Labour Congress," */
function appositive(toks: Token[], t0: number): boolean {
  let j = t0 - 1;
  while (j >= 0 && (toks[j]!.tags.has('Determiner') || toks[j]!.tags.has('Adjective')) && !/,/.test(toks[j]!.post)) j--;
  return j >= 0 && /,\s*$/.test(toks[j]!.post);
}

/** "Chinese officials … its stance": for "it", a group stands for its state */
function candidate(cc: CorefContext, q: PronounQuery, m: DraftMention): Draft | undefined {
  let c: Draft | undefined = m.draft;
  // (but a group named by a singular noun is an "it" of its own: "the main opposition … it")
  if (q.pr === 'it' && c.type === 'group' && c.head && !/s$/.test(c.head)) return c;
  if (q.pr === 'it' && c.type === 'group') c = c.affiliation ? cc.cx.drafts.get(c.affiliation) : undefined;
  return c && q.ok(c) ? c : undefined;
}

/**
 * The antecedent among `list` (mentions of one sentence) before offset `before`, from token `from`:
 * the leftmost agreeing mention that is not a prepositional object or a possessive modifier
 * ("they" prefers a group, then a country), else the leftmost agreeing one.
 */
function pick(cc: CorefContext, q: PronounQuery, list: DraftMention[] | undefined, ts: Token[], before: number, from = 0, strict?: 'clause' | 'sentence'): Draft | undefined {
  // (strict: a subject-like mention or none — in a clause, a demonym that modifies its subject counts)
  if (!list) return undefined;
  let fallback: Draft | undefined;
  let good: Draft | undefined;
  let weakGroup: Draft | undefined;
  let weakCountry: Draft | undefined;
  for (const m of list) {
    if (m.start >= before) break;
    if (m.venue || m.modifier || m.t0 < from || (q.attribution && quoteAt(cc, m.start))) continue;
    const c = candidate(cc, q, m);
    if (!c) continue;
    // (strict: no prepositional object nor a possessive modifier, but a demonym stands for the subject it modifies:
    // "the Toravian government")
    if (strict) {
      if (!m.salient || prepObject(m, ts) || (weak(m, ts, list) && !(strict === 'clause' && m.kind === 'demonym'))) continue;
      if (q.pr !== 'they' || c.type === 'group') return c;
      good ??= c;
      continue;
    }
    if (m.salient && !weak(m, ts, list)) {
      if (q.pr !== 'they' || c.type === 'group') return c;
      good ??= c;
    } else {
      fallback ??= c;
      if (c.type === 'group') weakGroup ??= c;
      if (c.type === 'country') weakCountry ??= c;
    }
  }
  if (strict) return good;
  // "they" is a group before it is a state, and a state before an organisation named in passing
  // ("Y from the Z Center stressed the signals from China, noting they …" → China)
  return weakGroup ?? good ?? (q.pr === 'they' ? weakCountry : undefined) ?? fallback;
}

/** the subject of a sentence: its first agreeing mention that is not a venue, a prepositional object or a modifier */
function pickSubject(cc: CorefContext, q: PronounQuery, list: DraftMention[] | undefined, ts: Token[]): Draft | undefined {
  for (const m of list ?? []) {
    if (m.venue || m.modifier || !m.salient || weak(m, ts, list) || (q.attribution && quoteAt(cc, m.start))) continue;
    const c = candidate(cc, q, m);
    if (c) return c;
  }
  return undefined;
}

const agrees = (pr: PronounClass) => (d: Draft): boolean => {
  if (pr === 'm') return d.type === 'person' && d.gender !== 'f';
  if (pr === 'f') return d.type === 'person' && d.gender !== 'm';
  if (pr === 'it') return d.type === 'country' || d.type === 'organization';
  return d.type === 'group' || d.type === 'country' || d.type === 'organization';
};

/** A third-person pronoun at token i: marked with its antecedent when one is found. */
export function pronounAt(cc: CorefContext, rs: RefSentence, i: number): void {
  const { toks } = rs;
  const t = toks[i]!;
  const w = t.normal;
  const pr = PRONOUNS[w];
  if (!((pr && t.tags.has('Pronoun')) || (pr && (w === 'its' || w === 'his' || w === 'their')))) return;
  if (pr === 'it' && w === 'it') {
    const prev = toks[i - 1];
    const nx = toks[i + 1];
    const subject = !!nx && (nx.tags.has('Verb') || nx.tags.has('Modal') || nx.tags.has('Auxiliary') || nx.tags.has('Copula'));
    if (prev && (prev.tags.has('Verb') || prev.tags.has('Preposition')) && !subject) return;
    if (expletiveIt(toks, i)) return;
  }
  const q: PronounQuery = {
    pr,
    ok: agrees(pr),
    attribution: !quoteAt(cc, t.start) && (SAY.has(toks[i + 1]?.normal ?? '') || SAY.has(toks[i - 1]?.normal ?? '')),
  };
  const d = antecedent(cc, rs, i, q);
  if (!d) return;
  // a person first called "she" or "he" keeps that gender for later pronouns
  if (d.type === 'person' && !d.gender && (pr === 'm' || pr === 'f')) d.gender = pr;
  // "his government", "their country": the state of whoever the pronoun names
  const nx = toks[i + 1];
  const state = d.type === 'country' ? d : d.affiliation ? cc.cx.draftOf(d.affiliation) : undefined;
  if (/^(?:his|her|their|its)$/.test(w) && nx && !rs.used[i + 1] && /^(?:government|administration|cabinet|country|nation)$/.test(nx.normal) && state?.type === 'country') mark(cc, rs, state, i, i + 2, 'description');
  else mark(cc, rs, d, i, i + 1, 'pronoun');
}

function antecedent(cc: CorefContext, rs: RefSentence, i: number, q: PronounQuery): Draft | undefined {
  const { toks, s, si } = rs;
  const { cx } = cc;
  const t = toks[i]!;
  // a pronoun that opens its sentence ("It has demanded …", "But they …") is the previous sentence's subject
  let opens = true;
  for (let k = 0; k < i && opens; k++) if (!/^(but|and|yet|so|still|however|instead|meanwhile|now|then|later|also)$/.test(toks[k]!.normal)) opens = false;
  // this sentence: the clause after "but/while/…" or after a reporting verb ("…, saying Quito must recall its
  // troops") first, then the whole sentence
  let from = 0;
  for (let k = i - 1; k > 0; k--)
    if (CLAUSE_BREAK.has(toks[k]!.normal) || /;/.test(toks[k - 1]!.post) || (SAY_ING.has(toks[k]!.normal) && /,/.test(toks[k - 1]!.post))) {
      from = k;
      break;
    }
  const here = cx.bySentence.get(s.index);
  // (a subject-like mention of the whole sentence before a mere prepositional object or modifier in the clause: "It
  // will not, however, accept any clause tying transit to Veskian power, which it rejected" is the first "It")
  const clause = from > 0 ? (pick(cc, q, here, toks, t.start, from, 'clause') ?? pick(cc, q, here, toks, t.start, 0, 'sentence')) : undefined;
  let d = reportedSubject(cc, toks, here, i, q.ok) ?? clause ?? (from > 0 ? pick(cc, q, here, toks, t.start, from) : undefined) ?? pick(cc, q, here, toks, t.start);
  // previous sentences: the rest of the paragraph, then the previous paragraph
  let back = 0;
  let para = s.paragraph;
  let crossed = 0;
  for (let k = si - 1; !d && k >= 0 && back < 4; k--) {
    const ps = cc.sentences[k]!;
    // (a photo caption or other page furniture between is not part of the prose a pronoun points back into)
    if (ps.boilerplate) continue;
    if (ps.paragraph !== para) {
      if (crossed++ >= 1) break;
      para = ps.paragraph;
    }
    back++;
    // ("they" keeps its preference for a group: "a bloc of coastal states headed by Chile … They")
    if (opens && back === 1 && q.pr !== 'they') d = pickSubject(cc, q, cx.bySentence.get(ps.index), cx.sentToks.get(ps.index)!);
    d ??= pick(cc, q, cx.bySentence.get(ps.index), cx.sentToks.get(ps.index)!, Infinity);
  }
  return d;
}
