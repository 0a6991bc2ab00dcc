/**
 * Pass: coreference, in document order over the tokens no name covers: surnames,
 * acronyms introduced earlier and companies' first words; "rebel demands" → the
 * rebels; "the North/South" → the document's only country named "North …"/"South …";
 * "the <title>" → the last person with that title; "the country/government/
 * authorities" → a country scored by its share of the document's country mentions,
 * being named in this or the previous sentence, and consistency with the last such
 * resolution; "the union/ministry/…" → the last such organisation (an unnamed "the
 * union" is an organisation of its own); pronouns (pronouns.ts); first person inside
 * a quotation → its speaker (speakers.ts), once the whole text is read.
 */
import type { MentionKind, Sentence } from '../../schema/output.js';
import { INSTITUTION_IDS, tokenKey } from '../../actors/gazetteer.js';
import type { Token } from '../types.js';
import { quoteAt as quoteAtIn } from '../quotes.js';
import type { ActorContext, Draft, DraftMention } from './context.js';
import type { EntityNames } from './entities.js';
import {
  ANY_ORG_DESC, BARE_BODY, BLOC_HEAD, COMPANY_ORGAN, COUNTRY_DESC, DESCRIBED_AS, EMPLOYER_WORD, firstPersonOf, GOV_ORG_HEAD, GROUP_MODIFIER, HONORIFIC, LABOUR_HEAD, MEMBER_HEAD, MILITARY_HEAD, OFFICE,
  ORG_CLASSIFIER, ORG_DESC, ORG_HEAD, PROPER_BODY_HEAD, REGULATOR_DESC, REGULATOR_HEAD, ROLE, SECTOR_DESC, TITLE_MODIFIER,
} from './lexicon.js';
import { breaksAfter, isCap, isClosed, isPossessive, isRole, isUpperWord, stanceNounAt, venueBefore, wordEnd } from './tokens.js';
import { pronounAt } from './pronouns.js';
import { militaryAt, militaryDraft, relationalParticiple } from './scan.js';
import { resolveFirstPerson, resolveStatementSpeakers, statementAuthor } from './speakers.js';
import { demonymCompanyAt, localGovernmentAt, ownedBodyAt, unnamedBodyAt } from './unnamed.js';

/** The state of the coreference pass. */
export interface CorefContext {
  cx: ActorContext;
  names: EntityNames;
  /** the scanned sentences, in order (coref indexes them by position `si`) */
  sentences: Sentence[];
  /** the offset of the token being read (the bound of `lastOf` in the current sentence) */
  curStart: number;
  /** the weight of each country in the document (its names, venues included: "in Nepal, the government …") */
  countryWeight: Map<Draft, number>;
  countryTotal: number;
  /** countries named only as venues ("talks in Geneva"): a candidate for "the government" only when there is no other */
  venueOnly: Set<Draft>;
  /** countries named in the sentences already read */
  seenCountries: Set<Draft>;
  /** the country "the government" last stood for */
  govSticky?: Draft;
  /** countries the text names with their government ("Quessara's military-backed government", "the Velmar authorities") */
  governed: Set<Draft>;
  /** "North"/"South" → the document's only country named "North …"/"South …" (North Korea, South Sudan) */
  compass: Map<string, Draft>;
  /** the group a singular modifier stands for ("rebel" → "Maoist rebels"): the first named */
  groupByHead: Map<string, Draft>;
  /** first-person pronouns inside quotations: sentence and token, resolved to the speaker after the loop */
  firstPerson: { si: number; i: number }[];
  /** first-person pronouns outside quotations: resolved to the speaker of a statement or a transcript turn */
  firstPersonOutside: { si: number; i: number }[];
  /** the person or organisation a statement's header names ("Statement by X"): the speaker of its text */
  author?: Draft;
  /** descriptions a text defines in parentheses after a name ("Halcyra Energy plc (\"Halcyra\" or \"the Company\")"): head → draft */
  defined: Map<string, Draft>;
  /** organisations named in full with two words or more, by their first word's key, longest name first */
  fullNames: Map<string, Draft[]>;
}

/** A sentence as the coreference pass reads it. */
export interface RefSentence {
  si: number;
  s: Sentence;
  toks: Token[];
  used: Uint8Array;
  n: number;
}

export const quoteAt = (cc: CorefContext, pos: number) => quoteAtIn(cc.cx.quotes, pos);

/** the country a mention stands for: a country's own, or the country a group is named after ("Venezuela's opposition") */
export function countryOf(cx: ActorContext, m: DraftMention): Draft | undefined {
  if (m.draft.type === 'country') return m.draft;
  if (m.draft.type !== 'group' || !m.draft.affiliation) return undefined;
  const a = cx.drafts.get(m.draft.affiliation);
  return a?.type === 'country' ? a : undefined;
}

/** the last draft satisfying `pred` mentioned before sentence `before` (or earlier in it), not as a venue */
export function lastOf(cc: CorefContext, pred: (d: Draft) => boolean, before: number): Draft | undefined {
  let best: DraftMention | undefined;
  for (const [si, list] of cc.cx.bySentence) {
    if (si > before) continue;
    for (const m of list) if (pred(m.draft) && !m.venue && (!best || m.start > best.start) && (si < before || m.start < cc.curStart)) best = m;
  }
  return best?.draft;
}

/**
 * As lastOf, for a description in a later sentence ("the firm"): when the last candidate is a preposition's object
 * in its sentence and that sentence opens with another candidate, its subject, the subject is taken up ("Calder
 * received an offer from Orvane. The firm said …" → Calder).
 */
export function lastSubjectOf(cc: CorefContext, pred: (d: Draft) => boolean, before: number, named = false, article = false): Draft | undefined {
  let best: DraftMention | undefined;
  for (const [si, list] of cc.cx.bySentence) {
    if (si >= before) continue;
    for (const m of list) if (pred(m.draft) && !m.venue && (!best || m.start > best.start)) best = m;
  }
  if (!best) return lastOf(cc, pred, before);
  const toks = cc.cx.sentToks.get(best.sentence) ?? [];
  const inSame = (cc.cx.bySentence.get(before) ?? []).some((m) => pred(m.draft) && !m.venue && m.start < cc.curStart);
  // (past an article: "lost its seat to the Velmor Party")
  const k = best.t0 - (best.t0 > 1 && toks[best.t0 - 1]!.normal === 'the' ? 2 : 1);
  if (inSame || !(OBJECT_PREPOSITION.test(toks[k]?.normal ?? '') || directObjectAfter(toks[k]))) return lastOf(cc, pred, before);
  // (the sentence's subject opens it; with `named` — a description matched by its head — only a name, which may
  // follow an article: "The Orvane Party lost its seat to the Velmor Party"; a description there, "The union
  // representing …", was itself a guess)
  // (with `article`, a name after an article opens it too: "The RSF disputed the army's account. The group said …")
  const opens = (m: DraftMention) =>
    named ? m.kind === 'name' && (m.t0 === 0 || (m.t0 === 1 && toks[0]!.tags.has('Determiner'))) : m.t0 === 0 || (article && (m.kind === 'name' || m.kind === 'alias') && m.t0 === 1 && toks[0]!.normal === 'the');
  const subject = (cc.cx.bySentence.get(best.sentence) ?? []).find((m) => pred(m.draft) && !m.venue && opens(m));
  return subject?.draft ?? best.draft;
}

/** a verb whose direct object follows ("Marlock sued Kelmar", "Orvane supplies Drumlin with bread"): not an auxiliary, a copula or a participle */
function directObjectAfter(t: Token | undefined): boolean {
  if (!t || breaksAfter(t) || !t.tags.has('Verb')) return false;
  return !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Modal') && !t.tags.has('Gerund') && !t.tags.has('Participle') && !t.tags.has('Adjective');
}

/** prepositions whose object is a poorer antecedent than its sentence's subject */
const OBJECT_PREPOSITION = /^(?:from|with|to|by|of|for|against|on|at|into)$/;

export function mark(cc: CorefContext, rs: RefSentence, d: Draft, t0: number, t1: number, kind: MentionKind): void {
  cc.cx.mention(d, rs.toks, t0, t1, rs.s.index, kind);
  for (let q = t0; q < t1; q++) rs.used[q] = 1;
}

function corefContext(cx: ActorContext, names: EntityNames): CorefContext {
  const sentences = cx.parsed.filter((p) => cx.sentToks.has(p.sentence.index)).map((p) => p.sentence);
  const countryWeight = new Map<Draft, number>();
  const venueOnly = new Set<Draft>();
  let countryTotal = 0;
  for (const d of cx.drafts.values()) {
    if (d.type !== 'country') continue;
    if (d.mentions.length && d.mentions.every((m) => m.venue)) venueOnly.add(d);
  }
  for (const d of cx.drafts.values())
    for (const m of d.mentions) {
      const c = countryOf(cx, m);
      if (!c) continue;
      countryWeight.set(c, (countryWeight.get(c) ?? 0) + 1);
      countryTotal++;
    }
  const governed = new Set<Draft>();
  for (const d of cx.drafts.values())
    if (d.type === 'country' && d.mentions.some((m) => namedWithGovernment(cx, m))) governed.add(d);
  const compass = new Map<string, Draft>();
  for (const side of ['North', 'South']) {
    const cs = [...cx.drafts.values()].filter((d) => d.type === 'country' && d.name.startsWith(`${side} `) && d.mentions.some((m) => m.kind !== 'pronoun'));
    if (cs.length === 1) compass.set(side, cs[0]!);
  }
  const groupByHead = new Map<string, Draft>();
  for (const d of cx.drafts.values()) if (d.type === 'group' && (!groupByHead.get(d.head) || groupByHead.get(d.head)!.order > d.order)) groupByHead.set(d.head, d);
  const fullNames = new Map<string, Draft[]>();
  for (const d of cx.drafts.values()) {
    const words = d.name.split(/\s+/);
    if (d.type !== 'organization' || d.gazId !== undefined || words.length < 2 || !words.every((w) => isCap(w)) || !d.mentions.some((m) => m.kind === 'name')) continue;
    const k = tokenKey(words[0]!);
    fullNames.set(k, [...(fullNames.get(k) ?? []), d].sort((x, y) => y.name.split(/\s+/).length - x.name.split(/\s+/).length));
  }
  return {
    cx, names, sentences, curStart: 0, countryWeight, countryTotal, venueOnly, seenCountries: new Set(), governed, compass, groupByHead, firstPerson: [], firstPersonOutside: [], defined: new Map(), fullNames,
  };
}

/** a government's head word */
const GOVERNMENT_WORD = /^(?:government|governments|cabinet|administration|regime|authorities)$/;

/**
 * A country's mention that names its government: "the Chinese government" (one mention), "Quessara's
 * military-backed government", "the Velmar authorities" (up to two words between).
 */
function namedWithGovernment(cx: ActorContext, m: DraftMention): boolean {
  if (m.venue) return false;
  const toks = cx.sentToks.get(m.sentence);
  if (!toks) return false;
  if (GOVERNMENT_WORD.test(toks[m.t1 - 1]?.normal ?? '')) return true;
  for (let k = m.t1; k < toks.length && k - m.t1 <= 2; k++) {
    if (breaksAfter(toks[k - 1]!)) return false;
    const t = toks[k]!;
    if (GOVERNMENT_WORD.test(t.normal)) return true;
    if (!t.tags.has('Adjective') && !/-/.test(t.text)) return false;
  }
  return false;
}

/** Resolve every later reference; returns the pass's context (its country weights serve the affiliation pass). */
export function resolveReferences(cx: ActorContext, names: EntityNames): CorefContext {
  const cc = corefContext(cx, names);
  for (let si = 0; si < cc.sentences.length; si++) {
    const s = cc.sentences[si]!;
    const toks = cx.sentToks.get(s.index)!;
    const rs: RefSentence = { si, s, toks, used: cx.covered.get(s.index)!, n: toks.length };
    if (si > 0)
      for (const m of cx.bySentence.get(cc.sentences[si - 1]!.index) ?? []) {
        const c = m.kind === 'pronoun' ? undefined : countryOf(cx, m);
        if (c) cc.seenCountries.add(c);
      }
    for (let i = 0; i < rs.n; i++) {
      if (rs.used[i]) continue;
      cc.curStart = toks[i]!.start;
      i = referenceAt(cc, rs, i);
    }
  }
  unnamedUnion(cc);
  unnamedCompany(cc);
  companyBoards(cc);
  resolveFirstPerson(cc);
  cc.author = statementAuthor(cc);
  if (cc.author) cc.author.author = true;
  resolveStatementSpeakers(cc);
  return cc;
}

/** The reference at token i, if any: the last token it covers (i when none). */
function referenceAt(cc: CorefContext, rs: RefSentence, i: number): number {
  const t = rs.toks[i]!;
  const employer = employerSideAt(cc, rs, i);
  if (employer !== undefined) return employer;
  if (nameReferenceAt(cc, rs, i) || groupModifierAt(cc, rs, i) || bodyWithoutArticleAt(cc, rs, i) || nameHeadAt(cc, rs, i)) return i;
  const named = fullNameAt(cc, rs, i);
  if (named !== undefined) return named;
  const end = compassAt(cc, rs, i) ?? countryOfficeAt(cc, rs, i) ?? demonymCompanyAt(cc, rs, i) ?? descriptionAt(cc, rs, i) ?? unnamedBodyAt(cc, rs, i) ?? ownedBodyAt(cc, rs, i) ?? localGovernmentAt(cc, rs, i) ?? headlineTradeAt(cc, rs, i);
  if (end !== undefined) return end;
  // first person inside a quotation: the speaker
  // (resolved once every sentence is read, so that a speaker named after the quote — "…,” he said — is known)
  if (firstPersonOf(t)) {
    if (quoteAt(cc, t.start)) cc.firstPerson.push({ si: rs.si, i });
    else cc.firstPersonOutside.push({ si: rs.si, i });
    return i;
  }
  pronounAt(cc, rs, i);
  return i;
}

/** a surname, an acronym introduced earlier, or a company's first word ("Caldera" for "Caldera Automotive") */
function nameReferenceAt(cc: CorefContext, rs: RefSentence, i: number): boolean {
  const { toks, used } = rs;
  const t = toks[i]!;
  if (!isCap(t.text) || (t.text === 'He' && !/^[A-Z]/.test(toks[i + 1]?.text ?? ''))) return false;
  const k = tokenKey(t.text);
  const { cx } = cc;
  // a hyphened surname is two tokens: "Rey-Perrin said" for "Ana Rey-Perrin"
  const nx = toks[i + 1];
  const joined = t.post === '-' && nx && nx.pre === '' && isCap(nx.text) ? cc.names.surnames.get(`${k}-${tokenKey(nx.text)}`) : undefined;
  if (joined && cx.drafts.has(joined.key) && !isClosed(t)) {
    mark(cc, rs, joined, i, i + 2, 'surname');
    return true;
  }
  const p = cc.names.surnames.get(k);
  if (p && cx.drafts.has(p.key) && !isClosed(t)) {
    mark(cc, rs, p, i, i + 1, 'surname');
    return true;
  }
  const a = cx.acronyms.get(k);
  if (a && isUpperWord(t.text)) {
    mark(cc, rs, cx.drafts.get(a)!, i, i + 1, 'alias');
    return true;
  }
  // a name guessed from its shape elsewhere ("Plurim refused …"): this is it too
  const g = cc.names.guessedNames.get(k);
  if (g && cx.drafts.has(g.key) && !isClosed(t) && !(toks[i + 1] && isCap(toks[i + 1]!.text) && !breaksAfter(t))) {
    mark(cc, rs, g, i, i + 1, 'name');
    return true;
  }
  // "Caldera" for "Caldera Automotive", not followed by the rest of the name
  const o = cc.names.shortNames.get(k);
  if (o && cx.drafts.has(o.key) && !isClosed(t) && !used[i] && !(toks[i + 1] && isCap(toks[i + 1]!.text) && !breaksAfter(t))) {
    mark(cc, rs, o, i, i + 1, 'alias');
    return true;
  }
  return false;
}

/**
 * "Sinn Fein accused Fianna Fail and Fine Gael of …" … "Fianna Fail's group leader said": an organisation's full
 * name of two words or more, named as one elsewhere in the text, is that organisation wherever it stands again,
 * whatever the passes made of the words there (a run they could not read). Only the whole name, not a word of a
 * longer capitalised run ("the Fianna Fail Party"). The last token covered, or undefined.
 */
function fullNameAt(cc: CorefContext, rs: RefSentence, i: number): number | undefined {
  const { toks, used } = rs;
  const t = toks[i]!;
  if (!isCap(t.text) || used[i]) return undefined;
  const p = toks[i - 1];
  if (p && isCap(p.text) && !breaksAfter(p) && i > 1) return undefined;
  for (const d of cc.fullNames.get(tokenKey(t.text)) ?? []) {
    if (!cc.cx.drafts.has(d.key)) continue;
    const words = d.name.split(/\s+/);
    const end = i + words.length;
    if (end > rs.n) continue;
    let k = 0;
    while (k < words.length && !used[i + k] && tokenKey(toks[i + k]!.text) === tokenKey(words[k]!) && (k === words.length - 1 || !breaksAfter(toks[i + k]!))) k++;
    if (k < words.length) continue;
    const last = toks[end - 1]!;
    const nx = toks[end];
    if (nx && isCap(nx.text) && !breaksAfter(last) && !isPossessive(last)) continue;
    mark(cc, rs, d, i, end, 'name');
    return end - 1;
  }
  return undefined;
}

/**
 * "the League", "a League spokesman", "Alliance officials": the head of an organisation's name, capitalised and
 * alone, stands for the one organisation of the document named with that head ("the Tessan League"); none when
 * two share it.
 */
function nameHeadAt(cc: CorefContext, rs: RefSentence, i: number): boolean {
  const { toks, used } = rs;
  const t = toks[i]!;
  const hw = t.normal.replace(/['’]s?$/, '');
  if (!isCap(t.text) || isUpperWord(t.text) || used[i] || !ORG_HEAD.has(hw)) return false;
  // not a word of a longer name ("Tessan League", "League of Arab States")
  const p = toks[i - 1];
  const nx = toks[i + 1];
  if (p && isCap(p.text) && !breaksAfter(p) && !(i === 1 && p.normal === 'the')) return false;
  if (nx && !breaksAfter(t) && !isPossessive(t) && (isCap(nx.text) || /^(?:of|for)$/.test(nx.normal))) return false;
  const named = [...cc.cx.drafts.values()].filter((d) => d.type === 'organization' && d.head === hw && d.key !== `org:${hw}` && d.mentions.length && d.name.toLowerCase() !== hw);
  if (named.length !== 1 || (named[0]!.gazId !== undefined && INSTITUTION_IDS.has(named[0]!.gazId))) return false;
  const d = named[0]!;
  // named before
  if (!d.mentions.some((m) => m.sentence < rs.s.index || (m.sentence === rs.s.index && m.start < t.start))) return false;
  mark(cc, rs, d, i, i + 1, 'alias');
  return true;
}

/** "rebel demands", "the rebel leadership" → the rebels */
function groupModifierAt(cc: CorefContext, rs: RefSentence, i: number): boolean {
  const { toks, used } = rs;
  const t = toks[i]!;
  const w = t.normal;
  if (GROUP_MODIFIER.has(w) && !breaksAfter(t) && toks[i + 1] && !used[i + 1] && toks[i + 1]!.tags.has('Noun') && !toks[i + 1]!.tags.has('Pronoun')) {
    const g = cc.groupByHead.get(`${w}s`);
    if (g && cc.cx.drafts.has(g.key)) {
      mark(cc, rs, g, i, i + 1, 'description');
      return true;
    }
  }
  return false;
}

/** "the North", "the South" → the one North …/South … country of the document: the last token covered */
function compassAt(cc: CorefContext, rs: RefSentence, i: number): number | undefined {
  const { toks, used, n } = rs;
  const t = toks[i]!;
  if (t.normal === 'the' && i + 1 < n && !used[i + 1] && /^(North|South)(['’]s?)?$/.test(toks[i + 1]!.text) && !breaksAfter(t)) {
    const nx = toks[i + 2];
    const side = toks[i + 1]!.text.replace(/['’]s?$/, '');
    const c = cc.compass.get(side);
    if (c && !(nx && isCap(nx.text) && !breaksAfter(toks[i + 1]!) && !isPossessive(toks[i + 1]!))) {
      cc.cx.mention(c, toks, i, i + 2, rs.s.index, 'alias', venueBefore(toks, i));
      used[i] = used[i + 1] = 1;
      return i + 1;
    }
  }
  return undefined;
}

/** "the prime minister", "the country", "the union": the last token covered, or undefined */
function descriptionAt(cc: CorefContext, rs: RefSentence, i: number): number | undefined {
  const { toks, used, n, s } = rs;
  const t = toks[i]!;
  // (past a name hyphened to a participle, which only modifies the head: "the Vesk-based company")
  const compound = (k: number) => relationalParticiple(toks, k + 1) || relationalParticiple(toks, k);
  if (t.normal !== 'the' || i + 1 >= n || (used[i + 1] && !compound(i + 1))) return undefined;
  if (militaryDescription(cc, rs, i)) return i + 1;
  let j = i + 1;
  // (a possessive head counts: "the union's demands", "the country's leaders")
  const bare = (x: Token) => x.normal.replace(/['’]s$/, '');
  // (and so does a possessive title before a stance noun: "the foreign minister's rejection of …")
  const role = (x: Token, k: number) => isRole(x) || (isPossessive(x) && ROLE.has(bare(x)) && !HONORIFIC.has(bare(x)) && stanceNounAt(toks, k + 1));
  while (j < n && j - i <= 3 && (!used[j] || compound(j)) && !breaksAfter(toks[j - 1]!) && (toks[j]!.tags.has('Adjective') || toks[j]!.tags.has('Noun') || compound(j)) && !role(toks[j]!, j) && !COUNTRY_DESC.has(bare(toks[j]!)) && !ORG_DESC.has(bare(toks[j]!)) && !SECTOR_DESC.has(bare(toks[j]!)) && !REGULATOR_DESC.has(bare(toks[j]!))) j++;
  const h = toks[j];
  if (!h || used[j] || (toks[j + 1] && isCap(toks[j + 1]!.text) && !breaksAfter(h))) return undefined;
  const hw = bare(h);
  if (ROLE.has(hw) && !HONORIFIC.has(hw)) {
    // "The Personal Envoy, Henrik Salvesen, …": a title set off by the name after it is that person, not an earlier holder
    if (/^\s*,\s*$/.test(h.post) && (cc.cx.bySentence.get(s.index) ?? []).some((m) => m.t0 === j + 1 && m.draft.type === 'person')) return undefined;
    // "the minister of labour", "the secretary of state for health": the office named by its portfolio after "of"
    const portfolio = portfolioAfter(cc, rs, i, j, hw);
    if (portfolio) return portfolio;
    const p = lastOf(cc, (d) => d.type === 'person' && d.roles.has(hw), s.index) ?? unnamedOffice(cc, rs, i, j, hw);
    if (p) {
      mark(cc, rs, p, i, j + 1, 'title');
      return j;
    }
    // "the spokesman for Norland's foreign ministry said … ¶ The spokesman said, "We …"": the body it is the voice of
    const body = j === i + 1 ? voiceBody(cc, rs.s.index, toks[j]!.start, hw) : undefined;
    if (body) {
      mark(cc, rs, body, i, j + 1, 'description');
      return j;
    }
  } else if (COUNTRY_DESC.has(hw) && j - i <= 2) {
    const nx = toks[j + 1];
    if (!(nx && nx.normal === 'of' && !breaksAfter(h))) {
      // "the Government of Yemen … the government said", "the New South Wales Government … the government": a government
      // named by its formal name is "the government"
      const formal = j === i + 1 && hw === 'government' ? lastOf(cc, (d) => d.type === 'organization' && /\bGovernment(?: of\b|$)/.test(d.name), s.index) : undefined;
      if (formal) {
        mark(cc, rs, formal, i, j + 1, 'description');
        return j;
      }
      const c = resolveGovernment(cc, rs.si, t.start);
      if (c) {
        cc.govSticky = c;
        mark(cc, rs, c, i, j + 1, 'description');
        return j;
      }
      // "the government" of a country the text never names: a party all the same
      // (and so is "the federal government", "the state government"; and "the Government" capitalised, as British and
      // Commonwealth news write it, when no "of" makes it a formal name)
      const level = j === i + 2 && /^(?:federal|state|provincial|regional|national|central|local)$/.test(toks[i + 1]!.normal);
      const capGov = hw === 'government' && toks[j]?.normal !== 'of';
      if ((j === i + 1 || level) && /^(?:government|cabinet|administration|regime)$/.test(hw) && (!isCap(h.text) || capGov) && cc.countryWeight.size === 0) {
        mark(cc, rs, bareBody(cc, hw), i, j + 1, 'description');
        return j;
      }
    }
  }
  // (the words of a hyphened modifier count as one: "the Vesk-based company")
  const joined = toks.slice(i + 1, j).filter((_, q) => compound(i + 1 + q)).length;
  const width = j - i - joined + (joined ? 1 : 0);
  if (ROLE.has(hw) && !HONORIFIC.has(hw)) return undefined;
  if (COUNTRY_DESC.has(hw) && j - i <= 2) return undefined;
  if (ORG_DESC.has(hw) && width <= 2) {
    return organisationDescription(cc, rs, i, j, hw);
  } else if (SECTOR_DESC.has(hw) && width <= 2) {
    return sectorDescription(cc, rs, i, j, hw);
  } else if (REGULATOR_DESC.has(hw) && width <= 2) {
    return regulatorDescription(cc, rs, i, j);
  }
  return undefined;
}

/**
 * "the regulator", "the energy watchdog" (j: the head) → the last body named with a regulator's head ("the Vesk
 * Markets Commission", "the Competition Authority"), or introduced as one ("the watchdog, Ofgrid,"); not an
 * international body. Undefined when none.
 */
function regulatorDescription(cc: CorefContext, rs: RefSentence, i: number, j: number): number | undefined {
  // (the name's last word, where the name grew from a shorter one: "Vesk Energy" → "Vesk Energy Regulator")
  const o = lastOf(cc, (d) => d.type === 'organization' && (REGULATOR_HEAD.has(d.head) || REGULATOR_HEAD.has(nameEnd(d)) || introducedAsRegulator(cc, d)) && !(d.gazId !== undefined && INSTITUTION_IDS.has(d.gazId)), rs.s.index);
  if (!o) return undefined;
  mark(cc, rs, o, i, j + 1, 'description');
  return j;
}

/** the last word of a draft's name, as a key ("regulator" of "Vesk Energy Regulator") */
const nameEnd = (d: Draft): string => tokenKey(d.name.split(/\s+/).pop() ?? '');

/** an organisation named right after "regulator" or "watchdog" ("the watchdog, Ofgrid", "regulator Ofgrid") */
function introducedAsRegulator(cc: CorefContext, d: Draft): boolean {
  return d.mentions.some((m) => {
    const p = m.kind === 'name' ? cc.cx.sentToks.get(m.sentence)?.[m.t0 - 1] : undefined;
    return !!p && REGULATOR_DESC.has(p.normal);
  });
}

/** trades that are one: "carrier Skyvale … the airline" */
const SAME_TRADE: Record<string, string> = { carrier: 'airline', automaker: 'carmaker' };
const trade = (w: string) => SAME_TRADE[w] ?? w;
/** company-name heads that state a trade ("Skyvale Airlines" is an airline) */
const TRADE_HEAD: Record<string, string> = { airlines: 'airline', airways: 'airline', air: 'airline', stores: 'retailer', bank: 'lender', motors: 'carmaker', automotive: 'carmaker', pharmaceuticals: 'drugmaker', pharma: 'drugmaker', mining: 'miner', petroleum: 'refiner', energy: 'utility', television: 'broadcaster', tv: 'broadcaster', radio: 'broadcaster', broadcasting: 'broadcaster' };

/** the trade nouns a draft was introduced with ("low-cost carrier Skyvale": airline), and its name's */
function tradesOf(cc: CorefContext, d: Draft): Set<string> {
  const out = new Set<string>();
  if (TRADE_HEAD[d.head]) out.add(TRADE_HEAD[d.head]!);
  for (const m of d.mentions) {
    if (m.kind !== 'name' && m.kind !== 'alias') continue;
    const p = cc.cx.sentToks.get(m.sentence)?.[m.t0 - 1];
    if (p && !isCap(p.text) && !breaksAfter(p) && ORG_CLASSIFIER.has(p.normal)) out.add(trade(p.normal));
  }
  for (const w of describedAs(cc, d)) out.add(trade(w));
  return out;
}

/** describedAs's answer per draft, with the number of mentions it was read from */
const DESCRIBED = new WeakMap<Draft, { n: number; out: Set<string> }>();

/**
 * The nouns of a description set off by commas after one of a draft's names ("Strelva, the country's largest
 * union," → union; "Vantor TV, the public broadcaster," → broadcaster; "Tollan, a haulage firm based in Vesk" →
 * firm), or before it ("the country's biggest union, Halvek,"), or right before it ("the union Strelva"): what
 * "the union", "the broadcaster" may later stand for though the name does not say it.
 */
function describedAs(cc: CorefContext, d: Draft): Set<string> {
  // (asked of every candidate organisation at every description: read once per draft and its mentions)
  const known = DESCRIBED.get(d);
  if (known && known.n === d.mentions.length) return known.out;
  const out = new Set<string>();
  DESCRIBED.set(d, { n: d.mentions.length, out });
  for (const m of d.mentions) {
    if (m.kind !== 'name' && m.kind !== 'alias') continue;
    const toks = cc.cx.sentToks.get(m.sentence);
    if (!toks) continue;
    // after: ", the/a … NOUN" up to the next break or a word that opens a modifier of the noun
    const last = toks[m.t1 - 1];
    if (last && /^\s*,\s*$/.test(last.post) && /^(?:the|a|an)$/.test(toks[m.t1]?.normal ?? '')) {
      for (let k = m.t1 + 1; k < toks.length && k - m.t1 <= 5; k++) {
        const w = toks[k]!.normal.replace(/['’]s$/, '');
        // (not the subject of the main clause after a fronted phrase: "According to Orvane, the union has refused …")
        if (DESCRIBED_AS.has(w) && !isCap(toks[k]!.text) && !predicateAfter(toks, k)) out.add(w);
        if (breaksAfter(toks[k]!) || /^(?:of|in|based|that|which|who|with|for)$/.test(toks[k + 1]?.normal ?? '')) break;
      }
    }
    // before: "the union Strelva", "the country's biggest union, Halvek,"
    const p = toks[m.t0 - 1];
    if (p && !isCap(p.text) && DESCRIBED_AS.has(p.normal) && (!breaksAfter(p) || /^\s*,\s*$/.test(p.post)) && toks.slice(Math.max(0, m.t0 - 5), m.t0 - 1).some((x) => /^(?:the|a|an)$/.test(x.normal))) out.add(p.normal);
  }
  return out;
}

/** the word after token k opens a predicate (an auxiliary, a modal or a finite verb, not a participle that modifies) */
function predicateAfter(toks: Token[], k: number): boolean {
  const nx = toks[k + 1];
  if (!nx || breaksAfter(toks[k]!)) return false;
  if (nx.tags.has('Auxiliary') || nx.tags.has('Modal') || nx.tags.has('Copula')) return true;
  return nx.tags.has('Verb') && (nx.tags.has('PresentTense') || nx.tags.has('PastTense')) && !/^(?:based|owned|run|led|backed|founded|controlled|listed|headquartered|formed|created)$/.test(nx.normal);
}

/**
 * "the airline", "the drugmaker" (j: the head) → the last organisation introduced with that trade ("carrier
 * Skyvale", "Skyvale Airlines"); never an international body, a union or a state organ. Undefined when none.
 */
function sectorDescription(cc: CorefContext, rs: RefSentence, i: number, j: number, hw: string): number | undefined {
  const { s } = rs;
  const company = (d: Draft) =>
    d.type === 'organization' && !(d.gazId !== undefined && INSTITUTION_IDS.has(d.gazId)) && !LABOUR_HEAD.has(d.head) && (!d.affiliation || countryNamedCompany(cc, d));
  // (not merely the last company named: with two companies in a story, "the carrier" is rarely the last one)
  // (with none of that trade: the one company the text names, else a company of its own, "the airline" of a
  // story that never names it; with several, none)
  const only = onlyCompany(cc, company);
  const o = lastOf(cc, (d) => company(d) && tradesOf(cc, d).has(trade(hw)), s.index) ?? (only === undefined ? bareBody(cc, hw) : only);
  if (!o) return undefined;
  mark(cc, rs, o, i, j + 1, 'description');
  return j;
}

/**
 * A company whose name opens with the name of the country it is affiliated to ("Canada Post", "Kenya Airways"): the
 * affiliation is read from the name, and the body is still a company, not an organ of the state ("the Norland
 * Ministry of Health" is no company: a government head).
 */
function countryNamedCompany(cc: CorefContext, d: Draft): boolean {
  const key = d.affiliation;
  const c = key ? (cc.cx.drafts.get(key) ?? (key.startsWith('gz:') ? cc.cx.gaz.byId.get(key.slice(3)) : undefined)) : undefined;
  if (!c || c.type !== 'country' || d.gazId !== undefined || GOV_ORG_HEAD.has(d.head)) return false;
  const words = d.name.split(/\s+/);
  return words.length > 1 && d.name.startsWith(`${c.name} `) && !words.some((w) => GOV_ORG_HEAD.has(w.toLowerCase()));
}

/**
 * the one company the text names (before or after: a story may say "the port operator" before it names it), or
 * null when it names several, else undefined
 */
function onlyCompany(cc: CorefContext, company: (d: Draft) => boolean): Draft | null | undefined {
  const named = [...cc.cx.drafts.values()].filter((d) => company(d) && d.mentions.some((m) => m.kind === 'name'));
  return named.length === 1 ? named[0] : named.length ? null : undefined;
}

/**
 * A headline's bare trade noun as a subject: "Cleaners stay out as contractor digs in", "Airline rejects pilots'
 * offer" — the company the story introduces with that trade ("the contractor Brightclean Services"), when it
 * introduces exactly one.
 */
function headlineTradeAt(cc: CorefContext, rs: RefSentence, i: number): number | undefined {
  const { toks, used, s } = rs;
  const t = toks[i]!;
  const hw = t.normal;
  // (a first line with no final stop is a headline too, though it end in a particle: "… digs in")
  const headline = s.headline || (rs.si === 0 && !/[.!?…:;"”’]\s*$/.test(s.text));
  if (!headline || used[i] || !SECTOR_DESC.has(hw) || /^\p{Lu}{2,}/u.test(t.text)) return undefined;
  const p = toks[i - 1];
  if (p && !breaksAfter(p) && (p.tags.has('Determiner') || p.tags.has('Adjective') || p.tags.has('Noun') || p.tags.has('Possessive'))) return undefined;
  const nx = toks[i + 1];
  if (!nx || breaksAfter(t) || !(nx.tags.has('Verb') || nx.tags.has('Modal') || nx.tags.has('Auxiliary'))) return undefined;
  const company = (d: Draft) => d.type === 'organization' && !(d.gazId !== undefined && INSTITUTION_IDS.has(d.gazId)) && !LABOUR_HEAD.has(d.head);
  const found = [...cc.cx.drafts.values()].filter((d) => d.mentions.length && company(d) && tradesOf(cc, d).has(trade(hw)));
  if (found.length !== 1) return undefined;
  mark(cc, rs, found[0]!, i, i + 1, 'description');
  return i;
}

/**
 * "the military", "the army": the armed forces of the country "the government" would stand for here (one
 * named before with that country, else named by its demonym), or of no country the text names.
 */
function militaryDescription(cc: CorefContext, rs: RefSentence, i: number): boolean {
  const { toks, used, s } = rs;
  if (used[i + 1] || breaksAfter(toks[i]!) || !militaryAt(toks, i + 1)) return false;
  const hw = toks[i + 1]!.normal.replace(/['’]s$/, '');
  const c = resolveGovernment(cc, rs.si, toks[i]!.start);
  const d =
    lastOf(cc, (x) => x.type === 'organization' && MILITARY_HEAD.has(x.head) && (!c || x.affiliation === c.key), s.index) ??
    (c ? militaryDraft(cc.cx, c, hw) : bareBody(cc, hw));
  mark(cc, rs, d, i, i + 2, 'description');
  return true;
}

/**
 * "the minister of labour", "the minister of health" (i: "the", j: the bare title, then "of" and a portfolio word):
 * the office's holder, a person named by the words — another minister of the text is not this one. The last
 * token covered, or undefined.
 */
function portfolioAfter(cc: CorefContext, rs: RefSentence, i: number, j: number, hw: string): number | undefined {
  const { toks, used } = rs;
  if (j !== i + 1 || !/^(?:minister|secretary)$/.test(hw) || isCap(toks[j]!.text) || breaksAfter(toks[j]!)) return undefined;
  const of = toks[j + 1];
  const pf = toks[j + 2];
  if (of?.normal !== 'of' || !pf || used[j + 2] || breaksAfter(of) || !TITLE_MODIFIER.has(pf.normal.replace(/['’]s$/, '')) || pf.normal === 'state') return undefined;
  const k = j + 2;
  const words = toks.slice(i + 1, k + 1).map((t) => t.normal.replace(/['’]s$/, ''));
  const d = cc.cx.draft(`office:${words.join(' ')}`, () => ({ name: `the ${words.join(' ')}`, type: 'person', affiliation: null, head: hw }));
  d.roles.add(hw);
  mark(cc, rs, d, i, k + 1, 'title');
  return k;
}

/** titles of a body's voice, who speaks for it and holds no stance of their own */
const VOICE = /^(?:spokesman|spokeswoman|spokesperson)$/;

/**
 * "the spokesman" (no person of that title named before) is the body the text named it the voice of, up to offset
 * `before` in sentence `index`: "a spokesman for Norland's foreign ministry", "the ministry's spokeswoman", "a Tarvo
 * spokesperson" — the last such; undefined when there is none (or the title is not a voice's)
 */
function voiceBody(cc: CorefContext, index: number, before: number, hw: string): Draft | undefined {
  if (!VOICE.test(hw)) return undefined;
  const body = (d: Draft) => d.type === 'organization' || d.type === 'country';
  let best: { at: number; d: Draft } | undefined;
  for (const [si, list] of cc.cx.bySentence) {
    if (si > index) continue;
    const ts = cc.cx.sentToks.get(si) ?? [];
    for (let k = 0; k < ts.length; k++) {
      if (!VOICE.test(ts[k]!.normal.replace(/['’]s$/, '')) || (si === index && ts[k]!.start > before)) continue;
      let d: Draft | undefined;
      // "a spokesman for (the) X", "… for X's foreign ministry": the chain of names right after the preposition
      if (/^(?:for|of)$/.test(ts[k + 1]?.normal ?? '') && !breaksAfter(ts[k]!)) {
        // (a description may take in its article: "for the union")
        let at = ts[k + 2]?.normal === 'the' && !list.some((x) => x.t0 === k + 2) ? k + 3 : k + 2;
        for (let m = list.find((x) => x.t0 === at); m && body(m.draft) && !quoteAt(cc, m.start); m = list.find((x) => x.t0 === at)) {
          d = m.draft;
          at = m.t1;
        }
      }
      // "a Tarvo spokesperson", "the ministry's spokeswoman": the name right before the title
      d ??= list.find((x) => x.t1 === k && body(x.draft) && !breaksAfter(ts[k - 1]!) && !quoteAt(cc, x.start))?.draft;
      if (d && (!best || ts[k]!.start > best.at)) best = { at: ts[k]!.start, d };
    }
  }
  return best?.d;
}

/**
 * "the President", "the Prime Minister" (j: the head) with no such person named before: the person named
 * later with that title, else the office's holder as a person of their own, named by the title
 * ("the President" of a statement from a president's office). Minister and secretary need a word before
 * them ("the foreign minister", not "the minister").
 */
function unnamedOffice(cc: CorefContext, rs: RefSentence, i: number, j: number, hw: string): Draft | undefined {
  if (!OFFICE.has(hw) || ((hw === 'minister' || hw === 'secretary') && j === i + 1)) return undefined;
  // (a title inside a name is no one: "the Office of the Press Secretary")
  const { toks } = rs;
  if (i >= 2 && toks[i - 1]!.normal === 'of' && isCap(toks[i - 2]!.text) && !breaksAfter(toks[i - 2]!)) return undefined;
  const { cx } = cc;
  // (only the bare title for one named later: "the president" … "President Ana Ruiz", not "the press secretary" … "Secretary General X")
  const later = j === i + 1 ? [...cx.drafts.values()].filter((d) => d.type === 'person' && d.roles.has(hw) && d.mentions.length).sort((a, b) => a.order - b.order)[0] : undefined;
  if (later) return later;
  const words = toks.slice(i + 1, j + 1).map((t) => t.text.replace(/['’]s$/, ''));
  const d = cx.draft(`office:${words.join(' ').toLowerCase()}`, () => ({ name: `the ${words.join(' ')}`, type: 'person', affiliation: null, head: hw }));
  d.roles.add(hw);
  return d;
}

/**
 * "Norway's foreign minister", "the Norwegian foreign minister" (no name after it): the person with that title
 * and that country or organisation, else the office's holder as a person of their own, of that country.
 * The last token covered, or undefined.
 */
function countryOfficeAt(cc: CorefContext, rs: RefSentence, i: number): number | undefined {
  const { toks, used, n, s } = rs;
  const { cx } = cc;
  const inSentence = cx.bySentence.get(s.index) ?? [];
  let owner: DraftMention | undefined;
  let k = i;
  if (toks[i]!.normal === 'the' && i + 1 < n && used[i + 1] && !breaksAfter(toks[i]!)) {
    owner = inSentence.find((m) => m.t0 === i + 1 && m.kind === 'demonym');
    k = owner ? owner.t1 : i;
  } else if (i > 0 && used[i - 1] && isPossessive(toks[i - 1]!) && !breaksAfter(toks[i - 1]!)) owner = inSentence.find((m) => m.t1 === i);
  if (!owner || !(owner.draft.type === 'country' || owner.draft.type === 'organization') || owner.venue) return undefined;
  let j = k;
  while (j < n && j - k < 2 && !used[j] && !isRole(toks[j]!) && (toks[j]!.tags.has('Adjective') || toks[j]!.tags.has('Noun')) && !breaksAfter(toks[j]!)) j++;
  const h = toks[j];
  if (!h || used[j] || !isRole(h) || (toks[j + 1] && isCap(toks[j + 1]!.text) && !breaksAfter(h))) return undefined;
  const hw = h.normal.replace(/['’]s$/, '');
  if (!OFFICE.has(hw) || ((hw === 'minister' || hw === 'secretary') && j === k)) return undefined;
  const c = owner.draft;
  const p =
    [...cx.drafts.values()].filter((d) => d.type === 'person' && d.roles.has(hw) && d.affiliation === c.key && d.mentions.length).sort((a, b) => a.order - b.order)[0] ??
    cx.draft(`office:${c.key}:${toks.slice(k, j + 1).map((t) => t.normal).join(' ')}`, () => ({
      name: cx.text.slice(toks[owner.t0 === i + 1 ? i : owner.t0]!.start, wordEnd(h)),
      type: 'person',
      affiliation: c.key,
      head: hw,
    }));
  p.roles.add(hw);
  mark(cc, rs, p, k, j + 1, 'title');
  return j;
}

/** heads of organisations that are not companies (besides labour, military and state organs) */
const NOT_A_COMPANY = /^(?:party|front|movement|alliance|coalition|league|council|committee|commission|assembly|parliament|court|authority|agency|brigades?|forces|congress|bloc|union|regulator|watchdog|ombudsman|inspectorate)$/;

/** descriptions of a company or a trade union */
const COMMERCIAL_DESC = new Set(['company', 'firm', 'union']);

/** "the union", "the ministry", "the company" (j: the head) → the last such organisation, or a bare body of its own */
function organisationDescription(cc: CorefContext, rs: RefSentence, i: number, j: number, hw: string): number | undefined {
  const { s, toks } = rs;
  // "the Coalition", "the Alliance": a political body's head alone, capitalised in running text, is a name (not "the
  // Company", "the Group", which a company's own statements write for itself)
  const proper = j === i + 1 && isCap(toks[j]!.text) && !s.headline && POLITICAL_BODY.test(hw);
  // a company or a trade union is never an international body or bloc ("the union" of a strike is not the European Union)
  // and "the company" is no union, party, army or organ of a state ("the Zorvan army", "the Labour Front")
  // (the name's last word as well as its head: "Vesk Energy Regulator" kept the head "energy" of the shorter name)
  const notCompany = (w: string) => NOT_A_COMPANY.test(w) || LABOUR_HEAD.has(w) || MILITARY_HEAD.has(w) || GOV_ORG_HEAD.has(w);
  const fits = (d: Draft) =>
    !(COMMERCIAL_DESC.has(hw) && d.gazId !== undefined && INSTITUTION_IDS.has(d.gazId)) &&
    !((hw === 'company' || hw === 'firm') && (notCompany(d.head) || notCompany(nameEnd(d))));
  // (a body named by its noun alone, "the union" before any union is named, is the last resort)
  const o =
    // "the Company" the text defined after a name holds for the whole text
    definedAs(cc, hw) ??
    // (a subject before a preposition's object of the same head: "The Orvane Party lost its seat to the Velmor Party.
    // The party said …" is the Orvane Party)
    lastSubjectOf(cc, (d) => d.type === 'organization' && (d.head === hw || describedAs(cc, d).has(hw) || headBeforeOf(d.name) === hw || blocNamed(hw, d)) && fits(d) && d.key !== `org:${hw}`, s.index, true) ??
    // (any named organisation may be "the group", but an unnamed "union" is never "the company"; nor may "the
    // Coalition", "the Alliance", a head written as a name, be any organisation but one with that head; a subject
    // after its article is taken up by "the group", not by "the company", which reads the body's trade)
    (ANY_ORG_DESC.has(hw) && !proper && !(PROPER_BODY_HEAD.has(hw) && isCap(toks[j]!.text)) ? lastSubjectOf(cc, (d) => d.type === 'organization' && !(BARE_BODY.has(d.name) && d.key === `org:${d.name}`) && fits(d), s.index, false, !COMMERCIAL_DESC.has(hw)) : undefined) ??
    // "the union" for a body of workers named otherwise ("the Nurses Organisation", "the Dockers' Federation",
    // "Local 508")
    (hw === 'union' ? lastOf(cc, (d) => d.type === 'organization' && isLabourName(d.name) && fits(d), s.index) : undefined) ??
    (hw === 'union' ? (acronymBodyBefore(cc, s.index) ?? speakersBody(cc, s.index, i)) : undefined);
  if (o) {
    mark(cc, rs, o, i, j + 1, 'description');
    if (inParentheses(cc, toks[i]!.start) && !cc.defined.has(hw)) cc.defined.set(hw, o);
    return j;
  }
  // ("the Coalition" with no coalition named otherwise: a party of that name)
  if (proper && ANY_ORG_DESC.has(hw)) {
    const name = toks[j]!.text.replace(/['’]s?$/, '');
    mark(cc, rs, bareBody(cc, name, hw), i, j + 1, 'name');
    return j;
  }
  // "the Board" with no body of that name: the organisation whose board the text named ("The Board of Halcyra Energy")
  const organ = COMPANY_ORGAN.has(hw) ? lastOf(cc, (d) => d.type === 'organization' && namedWithOrgan(cc, d), s.index) : undefined;
  if (organ) {
    mark(cc, rs, organ, i, j + 1, 'description');
    return j;
  }
  // "the ruling party" with no party named: the party in power, a party of its own
  if (j === i + 2 && hw === 'party' && toks[i + 1]!.normal === 'ruling') {
    mark(cc, rs, bareBody(cc, 'ruling party', hw), i, j + 1, 'description');
    return j;
  }
  // "the ministry", "the health ministry", "the labor department" with none named, in a text that names no country
  // (whose state it would be): a state's organ all the same, named by its words
  const portfolio = j === i + 2 && TITLE_MODIFIER.has(toks[i + 1]!.normal);
  if (((hw === 'ministry' && j === i + 1) || ((hw === 'ministry' || hw === 'department') && portfolio)) && !isCap(toks[j]!.text) && cc.countryWeight.size === 0) {
    const words = toks.slice(i + 1, j + 1).map((x) => x.normal.replace(/['’]s$/, '')).join(' ');
    mark(cc, rs, bareBody(cc, words, hw), i, j + 1, 'description');
    return j;
  }
  // "the union", "the company" with no name given: a party all the same, named by its noun
  if (j === i + 1 && BARE_BODY.has(hw) && !isCap(toks[j]!.text)) {
    mark(cc, rs, bareBody(cc, hw), i, j + 1, 'description');
    return j;
  }
  return undefined;
}

/**
 * "HWU has rejected the latest offer from Tarvex Rail. The union said …": with no union named or described, and none
 * of its own yet, "the union" is the body whose acronym opens the sentence before (no known body, no trade, no
 * state's or party's organ): unions go by their initials, and the sentence before names the one that acts.
 */
function acronymBodyBefore(cc: CorefContext, si: number): Draft | undefined {
  if (cc.cx.drafts.has('org:union')) return undefined;
  const list = cc.cx.bySentence.get(si - 1) ?? [];
  const m = list.find((x) => x.t0 === 0 && x.kind === 'name');
  const d = m?.draft;
  if (!d || d.type !== 'organization' || d.gazId !== undefined || d.affiliation || !/^[A-Z]{2,7}$/.test(d.name)) return undefined;
  return tradesOf(cc, d).size === 0 && !NOT_A_COMPANY.test(d.head ?? '') ? d : undefined;
}

/**
 * "Ada Kell, with the HWU, said … Kell said the union would …", "Ivo Dran, the president of the CDW, says … Dran
 * says the union wants …": with no union named or described, "the union" in a sentence whose person named before it
 * works for a body of initials (no known body, no trade, no state's or party's organ) is that person's body: an
 * officer speaks of the union they speak for.
 */
function speakersBody(cc: CorefContext, si: number, before: number): Draft | undefined {
  if (cc.cx.drafts.has('org:union')) return undefined;
  const persons = (cc.cx.bySentence.get(si) ?? []).filter((x) => x.t1 <= before && x.draft.type === 'person' && x.draft.affiliation);
  const aff = persons.at(-1)?.draft.affiliation;
  const d = aff ? cc.cx.drafts.get(aff) : undefined;
  if (!d || d.type !== 'organization' || d.gazId !== undefined || !/^[A-Z]{2,7}(?:\s+Local\s+\d+)?$/.test(d.name)) return undefined;
  return tradesOf(cc, d).size === 0 && !NOT_A_COMPANY.test(d.head ?? '') ? d : undefined;
}

/** "the bloc" for a body of states named by its head ("the Meridian Trade Community", "the Union of Coastal States"), no trade union */
function blocNamed(hw: string, d: Draft): boolean {
  if (hw !== 'bloc' || isLabourName(d.name)) return false;
  return BLOC_HEAD.has(d.head) || BLOC_HEAD.has(headBeforeOf(d.name) ?? '');
}

/** heads of a political body that a text may write alone as its name: "the Coalition", "the Alliance" */
const POLITICAL_BODY = /^(?:coalition|alliance|movement|bloc)$/;

/** the head of a name built on "of": "guild" of "the Guild of Screen and Voice Performers", "union" of "Union of Dock Workers" */
function headBeforeOf(name: string): string | undefined {
  const m = /^(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?([\p{L}'’-]+)\s+of\s/iu.exec(name);
  return m ? tokenKey(m[1]!) : undefined;
}

/** the draft a description was defined as in parentheses, while it is still a party */
function definedAs(cc: CorefContext, hw: string): Draft | undefined {
  const d = cc.defined.get(hw);
  return d && cc.cx.drafts.has(d.key) ? d : undefined;
}

/** whether offset `pos` lies inside parentheses opened no more than a short phrase before it ("(Kestrel or the Company)") */
function inParentheses(cc: CorefContext, pos: number): boolean {
  const text = cc.cx.text;
  const open = text.lastIndexOf('(', pos);
  return open >= 0 && pos - open <= 40 && !text.slice(open, pos).includes(')') && !text.slice(open, pos).includes('\n');
}

/** whether an organisation was named through its board or management ("The Board of X", "X's board" aside) */
function namedWithOrgan(cc: CorefContext, d: Draft): boolean {
  return d.mentions.some((m) => m.kind === 'description' && COMPANY_ORGAN.has(cc.cx.sentToks.get(m.sentence)?.[m.t0]?.normal ?? ''));
}

/**
 * "The Kestrel Board" read as a name of its own: when its first words are the name, short name or acronym of another
 * organisation of the text, it is that organisation acting through its board (its later "the Board" with it).
 */
function companyBoards(cc: CorefContext): void {
  const { cx } = cc;
  for (const d of [...cx.drafts.values()]) {
    if (d.type !== 'organization') continue;
    const words = d.name.split(/\s+/);
    if (words.length < 2 || !COMPANY_ORGAN.has(words.at(-1)!.toLowerCase())) continue;
    const stem = words.slice(0, -1).join(' ');
    const key = tokenKey(stem);
    const acr = cx.acronyms.get(key);
    const o =
      (acr ? cx.drafts.get(acr) : undefined) ??
      cc.names.shortNames.get(key) ??
      [...cx.drafts.values()].find((x) => x !== d && x.type === 'organization' && (x.name === stem || x.name.startsWith(stem + ' ')));
    if (o && o !== d && o.type === 'organization' && cx.drafts.has(o.key)) cx.moveMentions(d, o);
  }
}

/** a name a trade union goes by: a members' noun or a labour head in it ("Nurses Organisation", "Pilots Association"), or a union local ("Local 508") */
function isLabourName(name: string): boolean {
  if (/^Local \d+$/.test(name)) return true;
  // (a possessive word as its bare noun: "Workers' Alliance", "Nurses' Federation")
  const words = name.toLowerCase().split(/\s+/).flatMap((x) => [x, x.replace(/['’]s?$/, '')]);
  // (a body of employers is none: "the Port Employers' Association")
  if (words.some((x) => EMPLOYER_WORD.has(x))) return false;
  return words.some((x) => MEMBER_HEAD.has(x) || LABOUR_HEAD.has(x));
}

/** "the union" read before any union is named, in a story that names exactly one: that union */
function unnamedUnion(cc: CorefContext): void {
  const bare = cc.cx.drafts.get('org:union');
  if (!bare) return;
  const unions = [...cc.cx.drafts.values()].filter(
    (d) => d !== bare && d.type === 'organization' && isLabourName(d.name) && !(d.gazId !== undefined && INSTITUTION_IDS.has(d.gazId)),
  );
  if (unions.length === 1) cc.cx.moveMentions(bare, unions[0]!);
}

/**
 * "the company" read before any company is named ("The company said it would not reopen the plant. … Orvane Foods,
 * which runs it, …"), in a text that names exactly one company, in other sentences: that company. (A company is no union, party, army,
 * state organ or international body, and no body described otherwise.)
 */
function unnamedCompany(cc: CorefContext): void {
  for (const hw of ['company', 'firm']) {
    const bare = cc.cx.drafts.get(`org:${hw}`);
    if (!bare) continue;
    const company = (d: Draft) =>
      d !== bare && d.type === 'organization' && !(d.gazId !== undefined && INSTITUTION_IDS.has(d.gazId)) && !d.affiliation && !BARE_BODY.has(d.name) &&
      !NOT_A_COMPANY.test(d.head) && !LABOUR_HEAD.has(d.head) && !MILITARY_HEAD.has(d.head) && !GOV_ORG_HEAD.has(d.head) && !isLabourName(d.name) && !describedAs(cc, d).has('union');
    const named = [...cc.cx.drafts.values()].filter((d) => company(d) && d.mentions.some((m) => m.kind === 'name'));
    // (not the other party of a sentence that names both: "the company demanded that Fox enter arbitration")
    const together = (d: Draft) => d.mentions.some((m) => bare.mentions.some((b) => b.sentence === m.sentence));
    if (named.length === 1 && !together(named[0]!)) cc.cx.moveMentions(bare, named[0]!);
  }
}

/** the employer's side named by its role in a dispute: "management", "the management", "bosses", "the employer" */
const EMPLOYER_SIDE = /^(?:management|bosses|employer|employers)$/;

/** an organisation that may employ the other side of a labour dispute: no body of workers, no international body */
function employerLike(cc: CorefContext, d: Draft): boolean {
  return (
    d.type === 'organization' && !(d.gazId !== undefined && INSTITUTION_IDS.has(d.gazId)) && !LABOUR_HEAD.has(d.head) && !isLabourName(d.name) &&
    !describedAs(cc, d).has('union') && !/^(?:union|management|militia|junta)$/.test(d.name) && !d.affiliation
  );
}

/**
 * "Management then refused", "the employer said", "bosses offered" (no possessive or modifier before, no name or
 * "of" after): the employer's side of a dispute, the last organisation named that may employ — not the union beside
 * it ("The union and Orvane Freight met on Monday. Management then refused …" → Orvane Freight). The last token
 * covered, or undefined when the text names no such organisation before (then "management" is a body of its own).
 */
function employerSideAt(cc: CorefContext, rs: RefSentence, i: number): number | undefined {
  const { toks, used } = rs;
  const art = toks[i]!.normal === 'the' && !breaksAfter(toks[i]!) ? 1 : 0;
  const j = i + art;
  const h = toks[j];
  if (!h || used[i] || used[j] || !EMPLOYER_SIDE.test(h.normal.replace(/['’]s?$/, ''))) return undefined;
  if (h.normal === 'employers' && !art) return undefined;
  const p = toks[i - 1];
  if (p && !breaksAfter(p) && (p.tags.has('Determiner') || p.tags.has('Adjective') || p.tags.has('Noun') || p.tags.has('Possessive') || p.tags.has('Pronoun') || p.normal === 'of')) return undefined;
  const nx = toks[j + 1];
  if (nx && !breaksAfter(h) && (isCap(nx.text) || /^(?:of|at|in|from|for)$/.test(nx.normal))) return undefined;
  const o = lastOf(cc, (d) => employerLike(cc, d), rs.s.index);
  if (!o) return undefined;
  mark(cc, rs, o, i, j + 1, 'description');
  return j;
}

/** an unnamed body ("the union", "the management"), named by its noun */
function bareBody(cc: CorefContext, name: string, head = name): Draft {
  return cc.cx.draft(`org:${name}`, () => ({ name, type: 'organization', affiliation: null, head }));
}

/** "Management agreed …": a body's noun with no article, as the subject of a verb */
function bodyWithoutArticleAt(cc: CorefContext, rs: RefSentence, i: number): boolean {
  const { toks, used } = rs;
  const t = toks[i]!;
  const hw = t.normal;
  if (!BARE_BODY.has(hw) || !/^(?:management|militia|junta|parliament|legislature)$/.test(hw)) return false;
  const p = toks[i - 1];
  if (p && !breaksAfter(p) && (p.tags.has('Determiner') || p.tags.has('Adjective') || p.tags.has('Noun') || p.tags.has('Preposition') || p.tags.has('Possessive') || p.tags.has('Pronoun'))) return false;
  const nx = toks[i + 1];
  if (!nx || used[i + 1] || breaksAfter(t) || !(nx.tags.has('Verb') || nx.tags.has('Modal') || nx.tags.has('Auxiliary'))) return false;
  mark(cc, rs, bareBody(cc, hw), i, i + 1, 'description');
  return true;
}

function countriesIn(cc: CorefContext, si: number, before: number, out: Map<Draft, boolean>): void {
  for (const m of cc.cx.bySentence.get(si) ?? []) {
    if (m.start >= before) break;
    const c = m.kind === 'pronoun' ? undefined : countryOf(cc.cx, m);
    if (c) out.set(c, (out.get(c) ?? false) || !m.venue);
  }
}

/** "the government", "the country", "the authorities": recency, the document's main country, and consistency */
function resolveGovernment(cc: CorefContext, si: number, before: number): Draft | undefined {
  const here = new Map<Draft, boolean>();
  countriesIn(cc, cc.sentences[si]!.index, before, here);
  const prev = new Map<Draft, boolean>();
  if (si > 0) countriesIn(cc, cc.sentences[si - 1]!.index, Infinity, prev);
  let best: Draft | undefined;
  let bestScore = -Infinity;
  for (const [d, w] of cc.countryWeight) {
    if (!cc.seenCountries.has(d) && !here.has(d)) continue;
    const named = here.get(d) ? 0.25 : prev.get(d) ? 0.1 : 0;
    // (a country the text names with its government is the one whose government "the government" most likely is)
    const score = w / (cc.countryTotal || 1) + named + (d === cc.govSticky ? 0.5 : 0) + (cc.governed.has(d) ? 0.6 : 0) - (cc.venueOnly.has(d) ? 2 : 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
