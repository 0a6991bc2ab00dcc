/**
 * One sentence as the first passes read it: its tokens, which are already inside a
 * mention (`used`, `owner`), the gazetteer match at each token, and the people whose
 * affiliation is read once the sentence is done. The helpers here are shared by the
 * name, people, organisation and group passes.
 */
import type { MentionKind, Sentence } from '../../schema/output.js';
import { tokenKey, type GazHit } from '../../actors/gazetteer.js';
import type { ParsedSentence, Token } from '../types.js';
import type { ActorContext, Draft, DraftMention, PendingPerson } from './context.js';
import { ACRONYM, BARE_LABEL, CHAMBER, bareLabelName, CONNECTOR, DATELINE, DATELINE_BARE, SPEAKER_LABEL, FEMALE_TITLE, GOV_HEAD, GROUP_HEAD, HONORIFIC, LABOUR_HEAD, LEGAL_SUFFIX, MALE_TITLE, MEMBER_HEAD, MILITARY_HEAD, ORG_DESC, ORG_HEAD, PLACE_PREFIX, STOP_CAP } from './lexicon.js';
import { acronymEnd, breaksAfter, isCap, isClosed, isPersonTagged, isPossessive, isRole, isUpperWord, matchGaz, wordEnd, wordLike } from './tokens.js';

export type GazMatch = { end: number; hit: GazHit } | null;

export interface SentenceScan {
  cx: ActorContext;
  s: Sentence;
  toks: Token[];
  n: number;
  /** tokenKey of each token */
  keys: string[];
  /** 1 for each token inside a mention */
  used: Uint8Array;
  /** a sentence written in capitals (a shouting headline): its capitalised words say nothing */
  capsSentence: boolean;
  /** emitted mention covering token i (for the affiliation look-up) */
  owner: (DraftMention | undefined)[];
  pending: PendingPerson[];
  /** the longest gazetteer match starting at each token */
  gzAt: GazMatch[];
  /** the first token after a dateline */
  from: number;
}

/** The scan of one parsed sentence (registered in the context), or null for a duplicate or empty one. */
export function scanOf(cx: ActorContext, ps: ParsedSentence): SentenceScan | null {
  const s = ps.sentence;
  if (s.duplicateOf !== null || !ps.tokens.length) return null;
  // the separator between two words is the post of one plus the pre of the next
  const toks = ps.tokens
    .filter((t) => t.text !== '')
    .map((t, k, arr) => (arr[k + 1]?.pre ? { ...t, post: t.post + arr[k + 1]!.pre } : t))
    .flatMap(splitDottedCompound)
    .map((t, k) => (k === 0 && questionOpener(t, s.text.slice(t.start - s.start)) ? { ...t, text: t.text.toLowerCase() } : t));
  if (!toks.length) return null;
  cx.sentToks.set(s.index, toks);
  const n = toks.length;
  const keys = toks.map((t) => tokenKey(t.text));
  const used = new Uint8Array(n);
  cx.covered.set(s.index, used);
  const capsSentence = toks.filter((t) => /\p{L}{2}/u.test(t.text) && isUpperWord(t.text)).length * 2 > toks.length;
  // dateline
  let from = 0;
  if (s.index === 0 || cx.parsed[s.index - 1]?.sentence.paragraph !== s.paragraph) {
    const dashed = DATELINE.exec(s.text);
    const m = dashed && /\(|--|[—–]|\s-\s/.test(dashed[0]) ? dashed : DATELINE_BARE.exec(s.text);
    if (m) {
      const end = s.start + m[0].length;
      while (from < n && toks[from]!.start < end) used[from++] = 1;
      const place = /^[\p{L}.' -]+?(?=\s*[,(—–-])/u.exec(m[0])?.[0].trim();
      if (place && cx.dateline === undefined) cx.dateline = place.replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
    }
    // a transcript's speaker label ("MR. X:", "QUESTION:") is not a mention: the speakers pass reads it
    const label = SPEAKER_LABEL.exec(s.text) ?? (bareLabelName(cx.text, s.text) ? BARE_LABEL.exec(s.text) : null);
    if (label) {
      const end = s.start + label[0].length;
      while (from < n && toks[from]!.start < end) used[from++] = 1;
    }
  }
  const gzAt: GazMatch[] = new Array(n).fill(null);
  for (let i = from; i < n; i++) gzAt[i] = s.headline || !insideOtherPlace(toks, i) ? matchGaz(cx.gaz, toks, i, keys) : null;
  return { cx, s, toks, n, keys, used, capsSentence, owner: new Array(n), pending: [], gzAt, from };
}

/**
 * A question's opening auxiliary is no given name and starts no name: "Will Vesk agree to talks?", "Did Vesk
 * Mining reject the offer?", '"Will Norland talk to us?" she asked' (but "Will Halden refused to comment." names
 * a person). The actors passes read it in lower case.
 */
const AUXILIARY_OPENER = /^(?:Will|Would|Can|Could|Shall|Should|May|Might|Must|Did|Does|Do|Has|Have|Had|Is|Are|Was|Were)$/;
const questionOpener = (t: Token, rest: string) => AUXILIARY_OPENER.test(t.text) && /^[^.!?]*\?/.test(rest);

/**
 * The tokenizer keeps a dotted acronym and what is hyphened to it as one word ("U.S.-China", "U.N.-backed"),
 * where it splits "US-China": the actors passes read the two parts as two words, as they read "US-China", so
 * that "U.S." names the United States and not an organisation "U.S.-brokered". Only the actors' own view of
 * the sentence is split; the tagger's terms stay as they are.
 */
const DOTTED_COMPOUND = /^((?:\p{Lu}\.){2,})([-\u2013])(\p{L}[\p{L}'-]*)$/u;
/**
 * A state's name that is part of another place's (words.yml place_prefix): "Northern Ireland", "South America",
 * "New Mexico", "East Jerusalem" are not the state; the whole is read as any other capitalised name. The caller
 * skips headlines, whose words are all capitalised; nor "New" opening a sentence ("New Vesk talks").
 */
function insideOtherPlace(toks: Token[], i: number): boolean {
  if (i === 0) return false;
  const k = i - 1;
  const p = toks[k]!;
  if (!isCap(p.text) || breaksAfter(p) || !PLACE_PREFIX.has(p.normal)) return false;
  return !(k === 0 && p.normal === 'new');
}

function splitDottedCompound(t: Token): Token[] {
  const m = DOTTED_COMPOUND.exec(t.text);
  if (!m) return [t];
  const [, head, dash, rest] = m as unknown as [string, string, string, string];
  const cut = t.start + head.length;
  const restTags = /^\p{Lu}/u.test(rest) ? ['Noun', 'ProperNoun'] : ['Adjective'];
  return [
    { ...t, text: head, normal: head.toLowerCase(), implicit: undefined, tags: new Set(['Noun', 'ProperNoun', 'Acronym']), end: cut, post: dash },
    { ...t, text: rest, normal: rest.toLowerCase(), implicit: undefined, tags: new Set(restTags), start: cut + dash.length, pre: '' },
  ];
}

export function emit(sc: SentenceScan, d: Draft, t0: number, t1: number, kind: MentionKind, venue = false): DraftMention {
  const m = sc.cx.mention(d, sc.toks, t0, t1, sc.s.index, kind, venue);
  for (let k = t0; k < t1; k++) {
    sc.used[k] = 1;
    sc.owner[k] = m;
  }
  return m;
}

export function nameLike(sc: SentenceScan, i: number): boolean {
  const t = sc.toks[i];
  if (!t || !isCap(t.text) || t.titleCap || sc.used[i]) return false;
  if (STOP_CAP.has(t.normal) && !isHeLike(sc, i)) return false;
  if (isClosed(t) && !isHeLike(sc, i) && !beforeLegalSuffix(sc, i) && !middleInitialA(sc, i)) return false;
  if (/^\d/.test(t.text)) return false;
  return true;
}

/** capital "He" + capitalised non-verb word that is not a title: a surname */
export function isHeLike(sc: SentenceScan, i: number): boolean {
  const t = sc.toks[i]!;
  if (t.text !== 'He' || sc.s.headline || breaksAfter(t)) return false;
  const nx = sc.toks[i + 1];
  if (!nx || !isCap(nx.text) || isClosed(nx) || nx.tags.has('Verb') || sc.gzAt[i + 1]) return false;
  if (isRole(nx) || ORG_HEAD.has(nx.normal) || STOP_CAP.has(nx.normal)) return false;
  return true;
}

export function capAt(sc: SentenceScan, i: number): boolean {
  const t = sc.toks[i];
  return !!t && isCap(t.text) && !t.titleCap && !sc.used[i] && ((!isClosed(t) && !STOP_CAP.has(t.normal)) || isHeLike(sc, i) || beforeLegalSuffix(sc, i) || middleInitialA(sc, i));
}

/** "Amy A. Karpel": a middle initial "A." between a name's capitalised words is no article */
function middleInitialA(sc: SentenceScan, i: number): boolean {
  const { toks } = sc;
  const t = toks[i]!;
  const p = toks[i - 1];
  const nx = toks[i + 1];
  return i > sc.from && t.text === 'A' && /^\.\s+$/.test(t.post) && !!p && isCap(p.text) && !breaksAfter(p) && !isClosed(p) && !!nx && isCap(nx.text) && !isClosed(nx) && !nx.tags.has('Verb');
}

/** a company's legal form at token i ("plc", "Inc.", "Ltd"), in either case */
export const legalSuffixAt = (sc: SentenceScan, i: number) => !!sc.toks[i] && !sc.used[i] && LEGAL_SUFFIX.has(sc.toks[i]!.normal.replace(/['’]s$/, '').replace(/\.$/, ''));

/**
 * A capitalised word right before a capitalised legal form is a name whatever the tagger reads it as: "Tessaly
 * Inc." (an adverb in "-ly"), not a function word ("The Ltd …").
 */
function beforeLegalSuffix(sc: SentenceScan, i: number): boolean {
  const t = sc.toks[i]!;
  if (STOP_CAP.has(t.normal) || breaksAfter(t) || ['Determiner', 'Preposition', 'Conjunction', 'Pronoun'].some((g) => t.tags.has(g))) return false;
  return isCap(sc.toks[i + 1]?.text ?? '') && legalSuffixAt(sc, i + 1);
}

/** connectors that join words of a name only, not of a title or an organisation's name */
export const isNameParticle = (t: Token | undefined) => !!t && CONNECTOR.has(t.normal) && !isCap(t.text) && !breaksAfter(t) && !/^(?:of|for|and|the|on)$/.test(t.normal);
/** two name particles in a row at j: "de la", "van der", "bin al" */
const particlePair = (toks: Token[], j: number) => isNameParticle(toks[j]) && isNameParticle(toks[j + 1]);

/** a capitalised run from i: caps, inner connectors, initials; stops at punctuation */
export function runFrom(sc: SentenceScan, i: number, stopAtRole: boolean): number {
  const { toks, n } = sc;
  let j = i;
  while (j < n) {
    const t = toks[j]!;
    if (j > i && stopAtRole && isRole(t)) break;
    if (capAt(sc, j) || (j > i && /^\d+[A-Z]*$/.test(t.text) && toks[j - 1]!.normal === 'local')) {
      j++;
      // "Twenty-two": the hyphenated rest of the word belongs to the name
      while (j < n && toks[j - 1]!.post === '-' && toks[j]!.tags.has('Hyphenated')) j++;
    } else if (j > i && (CONNECTOR.has(t.normal) || t.normal === '&') && !isCap(t.text) && capAt(sc, j + 1) && !breaksAfter(t)) {
      // (an ampersand joins the words of one name: "Maritime & Logistics Workers' Alliance", "Procter & Gamble")
      j++;
      continue;
    } else if (j > i && particlePair(toks, j) && capAt(sc, j + 2)) {
      // "Pedro de la Vega", "Jan van der Berg"
      j += 2;
      continue;
    } else break;
    const last = toks[j - 1]!;
    if (isPossessive(last) && !(capAt(sc, j) && !isCap(last.text.slice(-1)))) {
      // "Lord's Salvation Front" continues; "Mugabe's party" stops
      if (!capAt(sc, j)) break;
    }
    // a chamber's possessive is its own name: "Parliament's Public Accounts Committee", "the Senate's Ethics Committee"
    if (isPossessive(last) && j - 1 === i && CHAMBER.has(last.normal.replace(/['’]s?$/, ''))) break;
    // an organisation's possessive ends its name: "Harbourline Terminals' Port Botany terminal", "Velmor Airlines' Oslo base"
    // (a plural's apostrophe may be left in the token's trailing text: "Terminals" + "' ")
    if ((isPossessive(last) || /^['’]/.test(last.post)) && j - 1 > i && ORG_HEAD.has(last.normal.replace(/['’]s?$/, ''))) break;
    // and so does a company's legal form: "Tarsk Holdings Inc.'s Brightmart" is the brand Brightmart of Tarsk Holdings Inc.
    if (isPossessive(last) && j - 1 > i && legalSuffixAt(sc, j - 1)) break;
    const initial = /^\p{Lu}$/u.test(last.text) || HONORIFIC.has(last.normal);
    if (breaksAfter(last) && !(initial && /^\.\s*$/.test(last.post))) break;
  }
  // drop trailing connectors
  while (j > i && CONNECTOR.has(toks[j - 1]!.normal) && !isCap(toks[j - 1]!.text)) j--;
  // a legal form in lower case ends the name: "Orvane plc"
  if (j > i && j < n && !isCap(toks[j]!.text) && !breaksAfter(toks[j - 1]!) && legalSuffixAt(sc, j)) j++;
  return splitConjoinedNames(sc, i, j);
}

/** "A B and C D": two names, unless an organisation head follows ("Mineworkers and Construction Union") */
function splitConjoinedNames(sc: SentenceScan, i: number, j: number): number {
  const { toks } = sc;
  for (let a = i + 1; a < j; a++) {
    if (toks[a]!.normal !== 'and' || isCap(toks[a]!.text)) continue;
    // "by Canada and European Union": two gazetteer names are two parties
    if (sc.gzAt[i]?.end === a && sc.gzAt[a + 1]) return a;
    let orgAfter = false;
    for (let k = a + 1; k < j; k++) if (ORG_HEAD.has(toks[k]!.normal)) orgAfter = true;
    // "United Food and Allied Workers": a run ending in a capitalised trade's plural names the trade's union
    const tradeUnion = j - 1 > a + 1 && MEMBER_HEAD.has(toks[j - 1]!.normal) && isCap(toks[j - 1]!.text) && !sc.gzAt[a + 1];
    // "Caldera Holdings and Varnet Group": a name ending in its head before "and" is one of two organisations
    if (orgAfter && a - 1 > i && ORG_HEAD.has(toks[a - 1]!.normal) && isCap(toks[a + 1]?.text ?? '')) return a;
    if (orgAfter || tradeUnion) continue;
    const twoBefore = a - 2 >= i && isCap(toks[a - 1]!.text) && isCap(toks[a - 2]!.text);
    const nx = toks[a + 1];
    if (twoBefore || isRole(nx) || (nx !== undefined && isPersonTagged(nx))) return a;
  }
  return j;
}

/** "Doctors for Human Rights": a capitalised plural noun (at or after `from`), an inner "for", capitals after it */
export function innerFor(sc: SentenceScan, i: number, j: number, from: number): boolean {
  const { toks } = sc;
  for (let k = Math.max(i + 1, from + 1); k < j - 1; k++) {
    const t = toks[k]!;
    const p = toks[k - 1]!;
    if (t.normal !== 'for' || isCap(t.text)) continue;
    if (isCap(p.text) && (p.tags.has('Plural') || /[a-z]s$/.test(p.text)) && !isRole(p) && !sc.gzAt[k - 1] && !isPersonTagged(p)) return true;
    // "Movement for Democratic Change", "Alliance for Progress", "Centre for Policy Studies": a body's head word before "for"
    if (isCap(p.text) && ORG_HEAD.has(p.normal) && !sc.gzAt[k - 1]) return true;
  }
  return false;
}

/** the last organisation head word in [i, j), or -1 */
export function orgHeadIn(sc: SentenceScan, i: number, j: number): number {
  for (let k = j - 1; k >= i; k--) if (ORG_HEAD.has(sc.toks[k]!.normal.replace(/'s$/, ''))) return k;
  return -1;
}

/** the organisation named by tokens [i, j), affiliated to a gazetteer name inside it */
export function orgDraft(sc: SentenceScan, i: number, j: number): Draft {
  const { toks, gzAt } = sc;
  const name = sc.cx.text.slice(toks[i]!.start, wordEnd(toks[j - 1]!));
  let aff: string | null = null;
  for (let k = i; k < j; k++) {
    const g = gzAt[k];
    if (g && g.end <= j) {
      aff = `gz:${g.hit.id}`;
      break;
    }
  }
  const head = tokenKey(toks[orgHeadIn(sc, i, j)]?.text ?? toks[j - 1]!.text);
  const key = `org:${name.toLowerCase()}`;
  const d = sc.cx.draft(key, () => ({ name, type: 'organization', affiliation: aff, head }));
  if (!d.affiliation && aff) d.affiliation = aff;
  return d;
}

/**
 * An acronym right after the name ending at token j-1: "(ACRONYM)", ", or ACRONYM," or an apposition
 * ", the ACRONYM," (these two only when it starts with the initial of the name and is not a known name):
 * register it for the draft.
 */
export function acronymAfter(sc: SentenceScan, j: number, d: Draft): boolean {
  const { toks } = sc;
  const t = toks[j];
  if (stockListing(toks, j)) return false;
  const e = t ? acronymEnd(toks, j) : j;
  if (t && /\(\s*$/.test(toks[j - 1]!.post) && ACRONYM.test(t.text) && /^\s*\)/.test(toks[e - 1]!.post)) {
    // "(FARC-EP)": the whole acronym is the alias; its first part alone names the same party
    registerAcronym(sc, toks.slice(j, e).map((x) => x.text).join('-'), d);
    emit(sc, d, j, e, 'alias');
    return true;
  }
  const k = acronymAppositive(sc, j, d.name);
  if (k >= 0) {
    sc.cx.acronyms.set(tokenKey(toks[k]!.text), d.key);
    emit(sc, d, k, k + 1, 'alias');
    return true;
  }
  return false;
}

/** "FARC-EP" stands for its party, written whole or split, and so does its first part "FARC" (unless taken) */
function registerAcronym(sc: SentenceScan, text: string, d: Draft): void {
  const parts = text.split('-').map(tokenKey);
  sc.cx.acronyms.set(parts.join('-'), d.key);
  if (parts.length > 1 && !sc.cx.acronyms.has(parts[0]!)) sc.cx.acronyms.set(parts[0]!, d.key);
}

/**
 * An exchange and a ticker in parentheses at i, "(NASDAQ: TSLY)", "(LSE: ORV)": a stock listing after a company's
 * name, not an acronym of it.
 */
export function stockListing(toks: Token[], i: number): boolean {
  const t = toks[i];
  const x = toks[i + 1];
  // (the parenthesis may open the sentence, the splitter having ended one at "Inc.")
  if (!t || !x || !/\(\s*$/.test(i > 0 ? toks[i - 1]!.post : t.pre) || !/^\s*:\s*$/.test(t.post) || !isUpperWord(t.text)) return false;
  return /^[A-Z][A-Z0-9.]{0,6}$/.test(x.text) && /^\s*\)/.test(x.post);
}

/** ", or ACRONYM," / ", the ACRONYM," after token j-1: the acronym's index, else -1 */
export function acronymAppositive(sc: SentenceScan, j: number, name: string): number {
  const { toks } = sc;
  if (!/,\s*$/.test(toks[j - 1]?.post ?? '') || !toks[j] || !/^(or|the)$/.test(toks[j]!.text)) return -1;
  const k = j + 1;
  const a = toks[k];
  if (!a || sc.used[k] || sc.gzAt[k] || !ACRONYM.test(a.text) || !(breaksAfter(a) || k === sc.n - 1)) return -1;
  const initial = name.replace(/^the\s+/i, '').charAt(0).toUpperCase();
  return a.text.charAt(0) === initial ? k : -1;
}

/** "Name Words (NW)", "Name Words, or NW," */
export function acronymFollows(sc: SentenceScan, j: number, i: number): boolean {
  const { toks } = sc;
  const t = toks[j];
  if (!!t && /\(\s*$/.test(toks[j - 1]!.post) && ACRONYM.test(t.text) && /^\s*\)/.test(toks[acronymEnd(toks, j) - 1]!.post)) return true;
  return t?.text === 'or' && acronymAppositive(sc, j, toks[i]!.text) >= 0;
}

/** group starting at token i whose modifiers run to the head; returns head index or -1 */
export function groupHeadFrom(sc: SentenceScan, i: number): { head: number; gov: boolean } | null {
  const { toks, n } = sc;
  for (let k = i; k < Math.min(n, i + 4); k++) {
    const t = toks[k]!;
    const w = t.normal.replace(/'s?$/, '');
    if (GROUP_HEAD.has(w)) {
      // "Kenya's opposition lawmakers": the head is the last group noun
      const nx = toks[k + 1];
      if (!(nx && !breaksAfter(t) && GROUP_HEAD.has(nx.normal.replace(/'s?$/, '')) && (nx.tags.has('Noun') || nx.tags.has('Plural')) && !nx.tags.has('Verb')))
        return { head: k, gov: false };
      continue;
    }
    if (GOV_HEAD.has(w)) return toks.slice(i, k).some((_, q) => relationalModifier(toks, i + q)) ? null : { head: k, gov: true };
    if (isCap(t.text) || isClosed(t) || !wordLike(t) || (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective'))) return null;
    if (!(t.tags.has('Adjective') || t.tags.has('Noun'))) return null;
    if (breaksAfter(t) && !/^['’]\s/.test(t.post)) return null;
  }
  return null;
}

/**
 * A participle hyphened to the name before it says what that party did to the government after it, which is
 * then another state's: "the Vesk-backed government", "the Norland-installed administration" (but "the
 * Vesk-based authorities" are Vesk's). A group keeps the name as its affiliation ("Norland-backed militias").
 */
export function relationalModifier(toks: readonly Token[], k: number): boolean {
  return relationalParticiple(toks, k) && toks[k]!.normal !== 'based';
}

/** a participle at k hyphened to the word before it: "(Vesk-)backed", "(U.N.-)brokered", "(Vesk-)based" */
export const relationalParticiple = (toks: readonly Token[], k: number) => k > 0 && !!toks[k] && /^[-\u2013]$/.test(toks[k - 1]!.post) && /^\p{Ll}+ed$/u.test(toks[k]!.text);

/** words that describe a company the text names ("the Vesk-based company"), for the description pass */
const COMPANY_WORD = /^(?:company|firm|group|organization|organisation)$/;

/**
 * "the Norland-led coalition", "a Vesk-based union", "the Norland-backed government": a body that a party
 * hyphened to a participle modifies. The end of the body's phrase (after its head), or -1.
 */
export function compoundBodyEnd(sc: SentenceScan, k: number): number {
  const { toks, n } = sc;
  if (!relationalParticiple(toks, k) || breaksAfter(toks[k]!)) return -1;
  for (let h = k + 1; h < Math.min(n, k + 4); h++) {
    const w = toks[h]!;
    if (isCap(w.text) || sc.used[h]) return -1;
    const head = w.normal.replace(/['’]s$/, '');
    // ("the Vesk-based company" describes a company the text names: the description pass reads it)
    if (COMPANY_WORD.test(head)) return -1;
    if (ORG_DESC.has(head) || GROUP_HEAD.has(head) || GOV_HEAD.has(head)) return h + 1;
    if (breaksAfter(w) || isClosed(w) || !(w.tags.has('Adjective') || w.tags.has('Noun'))) return -1;
  }
  return -1;
}

/**
 * "the nurses' union", "rail workers' association", "the teachers union": a body of the members the group head
 * at k names, in lower case after it. The end of the body's name (after its head), or -1.
 */
export function memberBodyEnd(sc: SentenceScan, k: number): number {
  const { toks } = sc;
  const t = toks[k]!;
  const b = toks[k + 1];
  if (!b || sc.used[k + 1] || isCap(b.text) || !LABOUR_HEAD.has(b.normal.replace(/['’]s$/, ''))) return -1;
  if (breaksAfter(t) && !/^['’]\s*$/.test(t.post)) return -1;
  return k + 2;
}

/** "members of the X", "officials of X": the organisation or country after "of" (read ahead), or null */
export function ofOwnerAhead(sc: SentenceScan, i: number, prep = 'of'): { key: string; name: string } | null {
  const { toks, n } = sc;
  if (breaksAfter(toks[i]!) || toks[i + 1]?.normal !== prep || breaksAfter(toks[i + 1]!)) return null;
  let q = i + 2;
  if (toks[q]?.normal === 'the' && !breaksAfter(toks[q]!)) q++;
  // ("representatives of the opposition Halden Front", "members of the ruling Vesk Party": a word or two describing
  // the name before it)
  let dq = q;
  while (dq < q + 2 && dq < n && !sc.used[dq] && !isCap(toks[dq]!.text) && !breaksAfter(toks[dq]!) && (toks[dq]!.tags.has('Adjective') || toks[dq]!.tags.has('Noun')) && !toks[dq]!.tags.has('Verb')) dq++;
  if (dq > q && dq < n && isCap(toks[dq]!.text) && !sc.used[dq]) q = dq;
  if (q >= n || sc.used[q]) return null;
  // ("members of the HTI": an acronym the document introduced before names its body)
  const introduced = sc.cx.acronyms.get(tokenKey(toks[q]!.text));
  const body = introduced !== undefined && (q + 1 >= n || breaksAfter(toks[q]!) || !isCap(toks[q + 1]!.text)) ? sc.cx.drafts.get(introduced) : undefined;
  if (body && (body.type === 'organization' || body.type === 'country')) return { key: body.key, name: body.name };
  const g2 = sc.gzAt[q];
  const jj = capAt(sc, q) ? runFrom(sc, q, true) : q;
  const h = jj > q ? orgHeadIn(sc, q, jj) : -1;
  if (g2) {
    const e = sc.cx.gaz.byId.get(g2.hit.id)!;
    if (e.type !== 'country' && e.type !== 'organization') return null;
    if (isPossessive(toks[g2.end - 1]!)) return null;
    if (!(jj > g2.end && h >= g2.end)) return { key: `gz:${g2.hit.id}`, name: e.name };
  }
  if (h < 0 || (h === q && toks[q + 1]?.normal !== 'of')) return null;
  const d = orgDraft(sc, q, jj);
  return { key: d.key, name: d.name };
}

/** the group named by tokens [t0, t1) (leading determiners dropped), "of X" and a country's demonym added */
export function groupDraft(sc: SentenceScan, t0: number, t1: number, aff: string | null, headTok: Token, of?: string, nameFrom?: number, demonymOf?: string): Draft {
  const { toks } = sc;
  let st = t0;
  while (st < t1 && /^(the|a|an|some|many|several|most|these|those)$/.test(toks[st]!.normal)) st++;
  // a group is named from its name on, without the words that describe the members before it: "big Serav
  // shareholders" is "Serav shareholders", "angry Kesabo farmers" "Kesabo farmers"
  let c = st;
  while (c < t1 - 1 && !isCap(toks[c]!.text) && toks[c]!.tags.has('Adjective') && !toks[c]!.tags.has('Noun')) c++;
  if (c > st && c < t1 - 1 && isCap(toks[c]!.text)) st = c;
  // "Norway's fishing unions" are named as "Norwegian fishing unions" (the spec's "Chinese officials")
  const demonym = demonymOf ? sc.cx.gaz.byId.get(demonymOf)?.demonyms[0] : undefined;
  const name = (demonym ? `${demonym} ` : '') + sc.cx.text.slice(nameFrom ?? toks[st]!.start, wordEnd(toks[t1 - 1]!)) + (of ? ` of ${of}` : '');
  const head = headTok.normal.replace(/'s?$/, '');
  const key = `group:${name.toLowerCase().replace(/\s+/g, ' ')}`;
  return sc.cx.draft(key, () => ({ name, type: 'group', affiliation: aff, head }));
}

/**
 * A state's armed forces at token k ("military", "army's"), the head of its phrase: not a modifier of a noun
 * after it ("a military coup", "army officers"), not part of a capitalised name ("the Lakeland Army").
 */
export function militaryAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || isCap(t.text) || !MILITARY_HEAD.has(t.normal.replace(/['’]s$/, ''))) return false;
  const nx = toks[k + 1];
  return !nx || breaksAfter(t) || isPossessive(t) || !(nx.tags.has('Noun') || nx.tags.has('Adjective')) || nx.tags.has('Verb') || nx.tags.has('Pronoun');
}

/** the armed forces of the country `c` (a draft), named by its demonym: "Thai military", "Freedonian army" */
export function militaryDraft(cx: ActorContext, c: Draft, head: string): Draft {
  const dem = c.gazId ? cx.gaz.byId.get(c.gazId)?.demonyms[0] : undefined;
  const name = `${dem ?? c.name} ${head}`;
  return cx.draft(`org:${name.toLowerCase()}`, () => ({ name, type: 'organization', affiliation: c.key, head }));
}

/** the person named by tokens [ns, ne), with a gender from the name's tags or a title before it */
export function personDraft(sc: SentenceScan, ns: number, ne: number): Draft {
  const { toks } = sc;
  const nameToks = toks.slice(ns, ne);
  const name = sc.cx.text.slice(nameToks[0]!.start, wordEnd(nameToks[nameToks.length - 1]!));
  // (the parts of a hyphened name are one word of the key: "Ana Rey-Perrin" → "ana rey-perrin", so that "Rey-Perrin" is her surname)
  const key = `person:${nameToks.map((x, q) => (q > 0 && nameToks[q - 1]!.post === '-' ? '-' : q > 0 ? ' ' : '') + tokenKey(x.text)).join('')}`;
  const d = sc.cx.draft(key, () => ({ name, type: 'person', affiliation: null }));
  if (!d.gender) {
    if (nameToks.some((x) => x.tags.has('FemaleName'))) d.gender = 'f';
    else if (nameToks.some((x) => x.tags.has('MaleName'))) d.gender = 'm';
    const hon = toks[ns - 1]?.normal;
    if (hon === 'mr') d.gender = 'm';
    if (hon === 'mrs' || hon === 'ms' || hon === 'miss') d.gender = 'f';
    // a gendered title just before the name: "spokeswoman", "Queen", "Sir"
    for (let k = ns - 1; k >= Math.max(0, ns - 3) && !d.gender; k--) {
      const w = toks[k]!.normal;
      if (FEMALE_TITLE.test(w)) d.gender = 'f';
      else if (MALE_TITLE.test(w)) d.gender = 'm';
    }
  }
  return d;
}

