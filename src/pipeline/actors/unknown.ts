/**
 * Pass: unknown parties. A capitalised name that no gazetteer entry, title, head word
 * or person tag explains is still a party when it acts: it stands as the subject of a
 * verb ("Zorvania rejected …", "the Velmor Group has decided …"), or a noun that classifies
 * organisations stands right before it ("drugmaker Talvik Pharma"), or a lower-case "party" after it
 * ("the governing Selvan Unity party": an organisation). Its type is guessed
 * from its shape: a place-like ending ("-ia", "-stan", "-land") → country, else
 * organisation (people are found by people.ts). Not parties: sentence-initial words
 * with no sign of being names (capitalised elsewhere mid-sentence, or tagged as a
 * proper noun), news agencies, venues ("in Geneva"), and the words of our lists
 * ("Officials", "Management").
 */
import type { Token } from '../types.js';
import type { Draft } from './context.js';
import {
  COMPANY_ORGAN, COUNTRY_DESC, GOV_HEAD, GROUP_HEAD, NOT_ACTOR_ACRONYM, NOT_PARTY_NAME, ORG_CLASSIFIER, ORG_DESC, PARTY_LABEL, ROLE, SAY, STOP_CAP, TITLE_MODIFIER,
} from './lexicon.js';
import { breaksAfter, innerQuoteAfter, isCap, isClosed, isParticle, isPossessive, pastParticipleShaped, stanceNounAt, venueBefore, wordEnd } from './tokens.js';
import { emit, orgDraft, type SentenceScan } from './scan.js';
import { lexiconTag } from '../nlp.js';

/** endings of English common nouns ("Inflation rose", "Violence erupted", "Talks stalled") */
const COMMON_NOUN_SHAPE = /(?:s|tion|sion|ment|ness|ity|ence|ance|ing|ism|ure|age|ery|ship|dom|hood|ics|ed|ly|er|or|al|ive|ous|ful|ble)$/;

/** compromise knows the word (lower case) as a word of English */
function englishWord(w: string): boolean {
  return lexiconTag(w) !== undefined;
}

/** a sentence-initial single word that looks like a name: a place-like ending, or no sign of a common word */
export function nameShaped(word: string): boolean {
  const w = word.toLowerCase();
  if (COUNTRY_SHAPE.test(w)) return true;
  return !COMMON_NOUN_SHAPE.test(w) && !englishWord(w);
}

/** endings only English words take, however short the lexicon ("Negotiations", "Enforcement", "Unity") */
const ENGLISH_ONLY_SHAPE = /(?:tion|sion|ment|ness|ity|ence|ance|ing|ism|ship|dom|hood|ics|ers|ors|ists)$/;

/**
 * A word in a state's place ("X's government", "the government of X", "the X government") that may be a new
 * state's name: not a word of English and no ending only English words take. Looser than nameShaped: the
 * place already says it is a name, and names end in "-ed", "-or", "-al" or "-s" as often as any other way
 * ("Velmor", "Senegal", "Bukaged", "Honduras").
 */
export function stateNameShaped(word: string): boolean {
  const w = word.toLowerCase();
  return COUNTRY_SHAPE.test(w) || (!ENGLISH_ONLY_SHAPE.test(w) && !englishWord(w));
}

/** the word is also written in lower case in the document: a common word ("the Agreement … an agreement") */
function writtenLowerCase(sc: SentenceScan, word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  return new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(sc.cx.text);
}

const COUNTRY_SHAPE = /(?:ia|stan|land|onia|ania)$/;

/** verbs in -s that take "to" + a verb, which compromise may read as plural nouns ("refuses to", "vows to") */
const TO_VERB_S = /^(?:refuses|vows|pledges|promises|threatens|plans|seeks|wants|hopes|tries|declines|fails|agrees|offers)$/;

/** the token after the name [rs, j) makes it the subject of a verb */
export function subjectOfVerb(sc: SentenceScan, j: number): boolean {
  // (a short quotation inside the clause is no break: 'Norland "firmly" rejected', 'Vesk "will not" talk')
  const brk = (k: number) => breaksAfter(sc.toks[k]!) && !innerQuoteAfter(sc.toks, k);
  if (sc.toks[j - 1] && brk(j - 1)) return false;
  // a day between the subject and its verb: "Zorvania Monday rejected …", "Zorvania on Tuesday said …"
  j += dayAt(sc.toks, j);
  // an adverb between the subject and its verb: "the Nuzon also agreed …", "Zorvania repeatedly said …"
  const adv = sc.toks[j];
  // (compromise tags "never" Negative, not Adverb: "Norland never accepted …")
  if (adv && (adv.tags.has('Adverb') || adv.normal === 'never') && !adv.tags.has('Verb') && /ly$|^(?:also|still|now|already|again|then|later|since|never|first)$/.test(adv.normal) && !brk(j - 1)) j++;
  // a floating quantifier: "Kestria and Orlesia both rejected …"
  else if (adv && /^(?:both|all|each)$/.test(adv.normal) && !brk(j - 1) && !brk(j)) j++;
  const nx = sc.toks[j];
  if (!nx || brk(j - 1)) return false;
  if (nx.tags.has('Modal') || nx.tags.has('Auxiliary')) return true;
  // ("Brelvania refuses to negotiate", "Halden Union Vows to Meet Buyers": compromise reads a verb in -s that takes
  // "to" + a verb as a plural noun)
  if (TO_VERB_S.test(nx.normal) && sc.toks[j + 1]?.normal === 'to' && !brk(j) && sc.toks[j + 2]?.tags.has('Verb')) return true;
  return nx.tags.has('Verb') && !nx.tags.has('Gerund') && !nx.tags.has('Noun') && !nx.tags.has('Adjective');
}

/**
 * The name [rs, j) right after a reporting verb is the subject of the reported clause when a verb in -s follows it
 * that compromise reads as a plural noun, with its object after it: "says Strelva favors binding arbitration",
 * "said Vesk wants the talks" (not "said Strelva shares fell": a verb after the plural makes it the subject's head).
 */
function reportedSubject(sc: SentenceScan, rs: number, j: number): boolean {
  const { toks } = sc;
  const say = toks[rs - 1]?.normal === 'that' ? toks[rs - 2] : toks[rs - 1];
  if (!say || !SAY.has(say.normal) || breaksAfter(toks[rs - 1]!) || breaksAfter(toks[j - 1]!)) return false;
  const nx = toks[j];
  const after = toks[j + 1];
  if (!nx || !after || breaksAfter(nx) || !/[^s]s$/.test(nx.normal) || !nx.tags.has('Plural') || isCap(nx.text)) return false;
  return after.tags.has('Determiner') || after.tags.has('Gerund') || (after.tags.has('Adjective') && !after.tags.has('Verb')) || after.tags.has('Possessive');
}

/** the tokens of a day named at j ("Monday", "on Tuesday"; none when the day closes a clause): 0 when none */
export function dayAt(toks: readonly Token[], j: number): number {
  const on = toks[j]?.normal === 'on' ? 1 : 0;
  const d = toks[j + on];
  return d && d.tags.has('WeekDay') && !breaksAfter(d) && (!on || !breaksAfter(toks[j]!)) ? on + 1 : 0;
}

/** the word is written with a capital inside some sentence of the document (not at its start) */
function capitalisedMidSentence(sc: SentenceScan, word: string): boolean {
  const re = new RegExp(`[\\p{L},;] ${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u');
  return re.test(sc.cx.text);
}

/** the name at rs is a passive's agent: "(was) rejected by Quillmark", "turned down by Quillmark", "the plan, welcomed by the Velmor Group," */
function passiveAgentAt(sc: SentenceScan, rs: number): boolean {
  const { toks } = sc;
  const by = toks[rs - 1]?.normal === 'the' ? rs - 2 : rs - 1;
  // (a phrasal verb's particle may stand between: "was turned down by Quillmark")
  const particle = isParticle(toks[by - 1]) && !breaksAfter(toks[by - 1]!) ? 1 : 0;
  const v = toks[by - 1 - particle];
  if (toks[by]?.normal !== 'by' || !v || breaksAfter(v) || breaksAfter(toks[by]!)) return false;
  return (v.tags.has('Verb') && pastParticipleShaped(v)) || stanceNounAgent(toks, by);
}

/** "the boycott of the summit by Toravia", "a rejection by Quillmark": the "by" at `by` names the agent of a stance noun a few words before it */
function stanceNounAgent(toks: readonly Token[], by: number): boolean {
  for (let k = by - 1; k >= 0 && by - k <= 5; k--) {
    if (breaksAfter(toks[k]!) || (toks[k]!.tags.has('Verb') && !toks[k]!.tags.has('Noun'))) return false;
    if (stanceNounAt(toks, k) && (k === by - 1 || toks[k + 1]!.normal === 'of')) return true;
  }
  return false;
}

/**
 * The name [rs, j) comes right after a noun that classifies an organisation: "drugmaker Talvik Pharma", "rival
 * Brenmoor Foods", or set off by commas after it: "the energy watchdog, Ofgrid, rejected …"
 */
function classifiedAt(sc: SentenceScan, rs: number, j: number): boolean {
  const p = sc.toks[rs - 1];
  if (!p || isCap(p.text) || !ORG_CLASSIFIER.has(p.normal)) return false;
  return !breaksAfter(p) || (/^\s*,\s*$/.test(p.post) && /^\s*,\s*$/.test(sc.toks[j - 1]!.post));
}

/** words that open a clause, whose subject then acts, though compromise may tag them prepositions */
const CLAUSE_OPENER = /^(?:until|after|before|since|unless|once|because|while|as)$/;

/** words that open a phrase set off by commas between a subject and its verb ("X, backed by Y, rejected …") */
const PARENTHETICAL_OPENER = /^(?:a|an|the|which|both|who|not|along|together|as|at|under|with|like|unlike|however|meanwhile|though|too|also|instead|in|for)$/;

/**
 * The name before token j is the subject of a verb after an appositive set off by commas: "Maritex, a unit of the
 * Brenholt group, said …" (the appositive opens with a determiner, a name's possessive or "both" — "X and Y, both
 * members of …, agreed" — or it is a relative clause on "which": "Tallis Capital, which holds 6 percent of the
 * company, said …"), or after another phrase set off by commas: a participle's ("Vesk, backed by Brelvania, rejected
 * …") or one of a few prepositions' ("Toravia, at the request of Orlesia, agreed …", "Kestria, as well as Orlesia, has
 * …", "Vesk, not Norland, walked out …"); at most twelve words.
 */
function subjectAfterAppositive(sc: SentenceScan, j: number): boolean {
  const { toks } = sc;
  const o = toks[j];
  const participle = !!o && pastParticipleShaped(o) && toks[j + 1]?.normal === 'by';
  if (!/^,\s*$/.test(toks[j - 1]?.post ?? '') || !(ownerAppositive(sc, j) || PARENTHETICAL_OPENER.test(o?.normal ?? '') || participle)) return false;
  for (let k = j; k < toks.length && k - j < 12; k++) {
    if (/[;:()]/.test(toks[k]!.post)) return false;
    if (/,/.test(toks[k]!.post)) {
      const nx = toks[k + 1];
      return !!nx && (nx.tags.has('Modal') || nx.tags.has('Auxiliary') || (nx.tags.has('Verb') && !nx.tags.has('Gerund') && !nx.tags.has('Noun') && !nx.tags.has('Adjective')));
    }
  }
  return false;
}

/** an appositive at j opens with a name's possessive: "Kordal, Norland's largest union, …" (which says the name before is one) */
function ownerAppositive(sc: SentenceScan, j: number): boolean {
  const { toks } = sc;
  const t = toks[j];
  return !!t && /^,\s*$/.test(toks[j - 1]?.post ?? '') && isCap(t.text) && isPossessive(t) && !breaksAfter(t);
}

/**
 * The name before token j is the subject of a relative clause set off by a comma or dash: "Ostrava, which says …",
 * "between Norland - which has insisted on … - and …" (adverbs and auxiliaries may stand before the verb; not a
 * passive: "the Velmor Accord, which was signed …").
 */
export function relativeSubject(sc: SentenceScan, j: number): boolean {
  const { toks } = sc;
  if (!/(?:,|\s[-–—])\s*$/.test(toks[j - 1]?.post ?? '') || toks[j]?.normal !== 'which') return false;
  for (let k = j + 1; k < toks.length && k - j <= 4; k++) {
    const t = toks[k]!;
    if (/^(?:is|are|was|were|been|being)$/.test(t.normal)) return false;
    if (t.tags.has('Adverb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Negative') || /^(?:has|have|had|will|would|not|still|also|already|earlier|later|repeatedly|since|once|first)$/.test(t.normal)) {
      if (breaksAfter(t)) return false;
      continue;
    }
    return t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Noun') && !t.tags.has('Adjective');
  }
  return false;
}

/**
 * The name [rs, j) is a possessive that owns a person: a title ("Acme's chief executive", "Labour's Cllr …") or a
 * name ("Labour's Tom Bell"); the person's party is the name's, which then holds their stances.
 */
function ownsPerson(sc: SentenceScan, j: number, rs = j - 1): boolean {
  const last = sc.toks[j - 1]!;
  const nx = sc.toks[j];
  if (!nx || breaksAfter(last)) return false;
  if (!/['’]s$/i.test(last.text)) return titlesPerson(sc, rs, j);
  // a company's organ: "Talvor's board rejected …", "Karvex's management said …"
  if (COMPANY_ORGAN.has(nx.normal) && !isCap(nx.text)) return true;
  if (isCap(nx.text) && !ROLE.has(nx.normal)) return !!sc.toks[j + 1] && isCap(sc.toks[j + 1]!.text) && !breaksAfter(nx);
  // a title, perhaps after a word or two of its own ("group leader", "parliamentary group leader")
  for (let k = j; k < j + 3 && k < sc.toks.length; k++) {
    const t = sc.toks[k]!;
    if (ROLE.has(t.normal) || TITLE_MODIFIER.has(t.normal)) return true;
    if (isCap(t.text) || isClosed(t) || breaksAfter(t)) return false;
  }
  return false;
}

/**
 * The name [rs, j) ends in a possessive that owns a stance noun of the lexicon, perhaps after an adjective: "Vesk's
 * rejection of the plan", "Plurim's formal objection", "Kestavia's offer" — a party's act, so the name is a party's.
 * (Not a day's or a month's: "Monday's offer".)
 */
function ownsStance(sc: SentenceScan, rs: number, j: number): boolean {
  const { toks } = sc;
  const last = toks[j - 1]!;
  if (!isPossessive(last) || breaksAfter(last)) return false;
  if (toks.slice(rs, j).some((t) => t.tags.has('Date') || t.tags.has('WeekDay') || t.tags.has('Month'))) return false;
  return stanceNounAt(toks, j);
}

/**
 * The new name [rs, j) stands before a lower-case title and a capitalised name: "Talvik chief executive Ana Perrin",
 * "Brenmoor spokeswoman Ilse Varga" — the party the person speaks for (its words no words of English, so that
 * "the Health minister Ana Ruiz" names no party "Health").
 */
function titlesPerson(sc: SentenceScan, rs: number, j: number): boolean {
  const { toks } = sc;
  // (compromise tags a portfolio before a title an actor's word: "the Finance minister")
  // (nor an adjective or a language: "Constitutional lawyer Ana Ruiz", "English teacher Tomas Berg")
  // (compromise tags a name before "spokesperson" an actor's word too: "a Strelva spokesperson said")
  // (and a capital there after "a" mid-sentence is a name though it be a word of English: "a Unite spokesperson said";
  // not a portfolio: "a Health spokesperson")
  const voice = rs > 1 && /^(?:a|an)$/.test(toks[rs - 1]!.normal) && SPEAKS_FOR.test(toks[j]?.normal ?? '');
  const namey = (actor: boolean) =>
    toks.slice(rs, j).every(
      (t, q) =>
        isCap(t.text) && !t.tags.has('Adjective') && !sc.gzAt[rs + q] && !/(?:ish|ese|ic|al)$/.test(t.normal) &&
        (actor && voice ? !TITLE_MODIFIER.has(t.normal) && !isClosed(t) : !t.tags.has('Actor') && stateNameShaped(t.text.replace(/['’]s$/, ''))),
    );
  if (!namey(true)) return false;
  for (let k = j; k < j + 3 && k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text !== t.text.toLowerCase() || isClosed(t) || breaksAfter(t)) return false;
    const nm = toks[k + 1];
    if (ROLE.has(t.normal) && nm && isCap(nm.text)) return namey(false) && !ROLE.has(nm.normal) && !isClosed(nm);
    // "a Strelva spokesperson said", "an Orvane spokesman told reporters": a voice of no name speaks for the party
    if (k === j && SPEAKS_FOR.test(t.normal) && /^(?:a|an)$/.test(toks[rs - 1]?.normal ?? '') && nm && !breaksAfter(t) && SAY.has(nm.normal)) return true;
  }
  return false;
}

/**
 * The name before token j is the first conjunct of a subject: "Kordania and Tarvessa share …", "Velmor, Dalmar and
 * Kesh agreed …", "Ana Ruiz and union leader Tomas Berg signed …" (capitalised words, titles and articles up to the
 * verb, at most eight tokens).
 */
function conjoinedSubject(sc: SentenceScan, j: number): boolean {
  const { toks } = sc;
  const first = toks[j];
  if (!first || !(first.normal === 'and' || /^,\s*$/.test(toks[j - 1]!.post))) return false;
  if (breaksAfter(toks[j - 1]!) && !/^,\s*$/.test(toks[j - 1]!.post)) return false;
  let and = false;
  for (let k = j; k < toks.length && k - j < 8; k++) {
    const t = toks[k]!;
    if (t.normal === 'and') and = true;
    // (after "and", a description before the name: "and opposition leader Y")
    else if (!isCap(t.text) && !/^(?:the|of)$/.test(t.normal) && !(and && t.tags.has('Noun') && !isClosed(t))) return false;
    if (/[;:()"“”]/.test(t.post)) return false;
    if (/,/.test(t.post)) {
      if (and) return isCap(t.text) && subjectAfterAppositive(sc, k + 1);
      continue;
    }
    if (and && isCap(t.text) && (subjectOfVerb(sc, k + 1) || subjectAfterAppositive(sc, k + 1))) return true;
  }
  return false;
}

/**
 * The name [rs, j) is the focus of a cleft, which acts in its "that/who" clause: "It was Brelvania that rejected …",
 * "It was Vesk, not Norland, who walked out" (a phrase set off by commas may stand between).
 */
function cleftSubject(sc: SentenceScan, rs: number, j: number): boolean {
  const { toks } = sc;
  if (!/^(?:is|was)$/.test(toks[rs - 1]?.normal ?? '') || toks[rs - 2]?.normal !== 'it' || (rs > 2 && !breaksAfter(toks[rs - 3]!))) return false;
  let k = j;
  // (", not Norland,")
  if (/^,\s*$/.test(toks[j - 1]!.post)) {
    while (k < toks.length && k - j < 6 && !/^,\s*$/.test(toks[k]!.post)) k++;
    k++;
  } else if (breaksAfter(toks[j - 1]!)) return false;
  if (!/^(?:that|who)$/.test(toks[k]?.normal ?? '')) return false;
  const v = toks[k + 1];
  return !!v && (v.tags.has('Verb') || v.tags.has('Modal') || v.tags.has('Auxiliary') || v.tags.has('Adverb')) && !breaksAfter(toks[k]!);
}

/**
 * The name [rs, j) is an appositive set off by commas after a description, and the subject of the verb right after
 * it: "Orlesia's closest ally, Brelvania, has refused …", "the largest carrier, Tessin Air, said …".
 */
function appositiveSubject(sc: SentenceScan, rs: number, j: number): boolean {
  const { toks } = sc;
  const head = toks[rs - 1];
  if (!head || !/^,\s*$/.test(head.post) || !/^,\s*$/.test(toks[j - 1]!.post) || isCap(head.text) || !head.tags.has('Noun') || head.tags.has('Pronoun')) return false;
  const nx = toks[j];
  return !!nx && (nx.tags.has('Modal') || nx.tags.has('Auxiliary') || (nx.tags.has('Verb') && !nx.tags.has('Gerund') && !nx.tags.has('Noun') && !nx.tags.has('Adjective')));
}

/** the name [rs, j) is followed by a lower-case "party" that it names: "the governing Selvan Unity party" */
/** titles of a party's voice, the party named after "for/of" ("a spokeswoman for X", "lawyers for X") */
const SPEAKS_FOR = /^(?:spokesman|spokeswoman|spokesperson|spokespeople|representative|representatives|lawyer|lawyers|negotiator|negotiators|members|leaders|officials)$/;

function partyNamedAt(sc: SentenceScan, j: number): boolean {
  const nx = sc.toks[j];
  return !!nx && /^party(?:['’]s)?$/.test(nx.text) && !breaksAfter(sc.toks[j - 1]!);
}

/** A party named [rs, j) that nothing else explains: its draft's next token, or undefined. */
export function unknownPartyAt(sc: SentenceScan, rs: number, j: number): number | undefined {
  const { toks } = sc;
  const agent = passiveAgentAt(sc, rs);
  const party = partyNamedAt(sc, j);
  // "with Gezodera rejecting the offer": the subject of an absolute clause on "with" acts
  const before = toks[rs - 1]?.normal === 'the' ? toks[rs - 2] : toks[rs - 1];
  const absolute = before?.normal === 'with' && !breaksAfter(toks[j - 1]!) && !!toks[j]?.tags.has('Gerund') && !toks[j]!.tags.has('Noun');
  const relative = relativeSubject(sc, j);
  const owns = ownsPerson(sc, j, rs) || ownsStance(sc, rs, j);
  const conjoined = conjoinedSubject(sc, j);
  // "a spokeswoman for Orvane said …": the party a title speaks for acts through that person
  const bi0 = toks[rs - 1]?.normal === 'the' ? rs - 2 : rs - 1;
  // (or ends a sentence that reports: '"…," said a spokesman for Orvane.')
  const spokenFor =
    /^(?:for|of)$/.test(before?.normal ?? '') &&
    SPEAKS_FOR.test(toks[bi0 - 1]?.normal ?? '') &&
    ((!breaksAfter(toks[j - 1]!) && !!toks[j] && (toks[j]!.tags.has('Verb') || /,/.test(toks[j - 1]!.post))) || subjectAfterAppositive(sc, j) || (j === toks.length && SAY.has(toks[bi0 - 3]?.normal ?? '') && /^(?:a|an|the)$/.test(toks[bi0 - 2]?.normal ?? '')));
  const acts = spokenFor || subjectOfVerb(sc, j) || reportedSubject(sc, rs, j) || subjectAfterAppositive(sc, j) || absolute || relative || conjoined || cleftSubject(sc, rs, j) || appositiveSubject(sc, rs, j);
  if (sc.capsSentence || j - rs > 4 || !(agent || acts || owns || classifiedAt(sc, rs, j) || party) || venueBefore(toks, rs)) return undefined;
  // the object of a preposition does not act: "talks with Quillmark failed" (but "rejected by Quillmark" does, and
  // so does the subject of a clause that "until/after/before" opens: "until Maritex Terminals withdrew the plan")
  // (but "the Board of X rejected …" is X acting through its board)
  const bi = toks[rs - 1]?.normal === 'the' ? rs - 2 : rs - 1;
  const organ = before?.normal === 'of' && COMPANY_ORGAN.has(toks[bi - 1]?.normal ?? '') && acts;
  // (and the antecedent of a relative clause acts in it: "talks between Norland - which has insisted on …")
  if (!agent && !absolute && !organ && !relative && !owns && !spokenFor && before && before.tags.has('Preposition') && !breaksAfter(before) && !(acts && CLAUSE_OPENER.test(before.normal))) return undefined;
  // the tail of a longer name that another pass has read ("the Barbados Agreement")
  // (a possessive ends the name before: "Britain's Ashmore Gold refused")
  const p = toks[rs - 1];
  if (p && isCap(p.text) && !breaksAfter(p) && !STOP_CAP.has(p.normal) && !isPossessive(p)) return undefined;
  const words = toks.slice(rs, j);
  if (words.length === 1 && (writtenLowerCase(sc, words[0]!.text) || words[0]!.tags.has('Gerund'))) return undefined;
  for (const t of words) {
    const w = t.normal.replace(/['’]s$/, '');
    if (/['’]/.test(w) || NOT_ACTOR_ACRONYM.has(w)) return undefined;
    if (!isCap(t.text) && !/^(of|for|and|the|de|al)$/.test(w)) return undefined;
    if (isClosed(t) || NOT_PARTY_NAME.has(w) || STOP_CAP.has(w)) return undefined;
    if (ROLE.has(w) || GROUP_HEAD.has(w) || GOV_HEAD.has(w) || COUNTRY_DESC.has(w) || ORG_DESC.has(w)) return undefined;
  }
  // a single word opening its sentence needs a sign that it is a name
  const first = rs === 0 || (rs === 1 && toks[0]!.normal === 'the' && !breaksAfter(toks[0]!)) ? toks[rs]! : undefined;
  // (an owner of a person is one: "Acme's chief executive said …"; and so is a name a possessive describes: "Kordal,
  // Norland's union,", and a party's label: "Labor has ruled out …")
  // (and the subject of a finite verb may take an ending English words also take, when it is no English word, nor a
  // plural of one: "Velmor rejected …", "Tavris wants …", "Bukaged refused …"; not "Residents said …")
  if (first && j - rs === 1 && !owns && !conjoined && !ownerAppositive(sc, j) && !partyLabel(first) && !first.tags.has('ProperNoun') && !capitalisedMidSentence(sc, first.text) && !nameShaped(first.text) && !(subjectOfVerb(sc, j) && actingNameShaped(first))) return undefined;
  const d = party ? orgDraft(sc, rs, j) : unknownDraft(sc, rs, j);
  if (!d.mentions.length && d.gazId === undefined) d.guessed = true;
  // (the name and its "party": one mention)
  emit(sc, d, rs, party ? j + 1 : j, 'name');
  return party ? j + 1 : j;
}

/**
 * A word opening its sentence as a verb's subject that may be a new name though its ending is one English words also
 * take ("Velmor", "Dunval", "Tamber", "Bukaged", "Tavris"): no word of English, no ending only English words take, no
 * plural, agent noun or past of an English word ("Residents", "Lorries", "Midfielder"), no date.
 */
export function actingNameShaped(t: Token): boolean {
  const w = t.normal.replace(/['’]s$/, '');
  if (!stateNameShaped(w) || t.tags.has('Date') || t.tags.has('WeekDay') || t.tags.has('Month')) return false;
  // (nor an English word's plural, its agent noun or its past: "Residents", "Midfielder", "Unfazed")
  const stems = /s$/.test(w) ? [w.slice(0, -1), w.replace(/es$/, ''), w.replace(/ies$/, 'y')] : [w.replace(/(?:er|or|ed|al)$/, ''), w.replace(/(?:r|d|l)$/, '')];
  // (a plural's stem with the ending of an English noun of people or things: "Correspondents", "Migrants", "Activists")
  if (/s$/.test(w) && (COMMON_NOUN_SHAPE.test(stems[0]!) || /(?:ent|ant|ist|ian|ee|ic)$/.test(stems[0]!))) return false;
  return !stems.some((x) => x !== w && x.length > 2 && (englishWord(x) || ENGLISH_ONLY_SHAPE.test(x)));
}

/**
 * The first word of a sentence-case headline is a name, whose capital says nothing there: a party label ("Tories") or a
 * word the text capitalises mid-sentence too — not "Port talks resume".
 */
export function headlineFirstName(sc: SentenceScan, t: Token): boolean {
  return partyLabel(t) || capitalisedMidSentence(sc, t.text.replace(/['’]s$/, ''));
}

/** a capitalised party label, singular or plural ("Labor", "Democrats", "Tories"), which names a party when it acts */
function partyLabel(t: Token): boolean {
  const w = t.normal.replace(/['’]s$/, '');
  return isCap(t.text) && (PARTY_LABEL.has(w) || PARTY_LABEL.has(w.replace(/ies$/, 'y').replace(/s$/, '')));
}

function unknownDraft(sc: SentenceScan, rs: number, j: number): Draft {
  const name = sc.cx.text.slice(sc.toks[rs]!.start, wordEnd(sc.toks[j - 1]!));
  // the same new name read earlier in the text is the same party, whatever its type was guessed to be
  const low = name.toLowerCase();
  for (const key of [`country:${low}`, `group:${low}`, `org:${low}`]) {
    const d = sc.cx.drafts.get(key);
    if (d && d.mentions.length) return d;
  }
  if (j - rs === 1 && COUNTRY_SHAPE.test(name.toLowerCase()))
    return sc.cx.draft(`country:${name.toLowerCase()}`, () => ({ name, type: 'country', affiliation: null, head: name.toLowerCase() }));
  // "The Velmorans", "Kurds": a people
  // (not when its verb is singular: "Zifas wants …", "Zifas has dispatched …")
  if (j - rs === 1 && /\p{Ll}s$/u.test(name) && sc.toks[rs]!.tags.has('Plural') && !singularVerbAt(sc.toks[j]))
    return sc.cx.draft(`group:${name.toLowerCase()}`, () => ({ name, type: 'group', affiliation: null, head: name.toLowerCase() }));
  return orgDraft(sc, rs, j);
}

/** a verb in the third person singular: "wants", "has", "is", "was", "says" */
function singularVerbAt(t: Token | undefined): boolean {
  return !!t && (/^(?:is|was|has|does)$/.test(t.normal) || (t.tags.has('PresentTense') && t.tags.has('Verb') && /[^s]s$/.test(t.normal)));
}
