/**
 * Stage 5 — actors: who is named in the text, and every later reference to them.
 *
 * Input: the tokens of each parsed sentence (compromise tags as evidence only).
 * Output: ActorRecord[] sorted by first mention, each with its mentions sorted.
 *
 * Pass 1, per sentence, left to right over tokens:
 *  - gazetteer matches (countries, capitals/seats of government, demonyms,
 *    international organisations, user entries) with a token trie;
 *  - organisation names: a capitalised run ending in (or headed by, "Ministry of
 *    Health") an organisation head word; an acronym in parentheses after a
 *    capitalised run; compromise's #Organization tag;
 *  - people: a capitalised run after a title ("Treasury Secretary Scott Bessent"),
 *    or a 2–4 word run with evidence (compromise person tags, a role noun before
 *    it, apposition, "X said", "X from/of/at Y"); a capital "He" followed by a
 *    capitalised non-verb is a Chinese surname ("He Lifeng");
 *  - groups: [demonym|country|org|modifiers] + a role noun ("Chinese officials",
 *    "Maoist rebels", "analysts"); demonym + government noun → the country;
 *    "members/officials of (the) X" → a group affiliated to X; a group noun before
 *    another is a modifier ("opposition lawmakers", "opposition party leaders" are one
 *    group); a country or organisation right before the group is its affiliation
 *    ("Kenya's opposition lawmakers", "SLM leaders");
 *  - acronyms: "Name (ACR)", "Name, or ACR," and "Name, the ACR," (these two when the
 *    acronym starts with the name's initial and is not a gazetteer name) → an alias of
 *    the named organisation, for the rest of the document;
 *  - "X for Y" names after a capitalised plural ("Physicians for Human Rights") are
 *    organisations; a demonym inside a capitalised name ("Anglo American Platinum")
 *    is not the country; a name continued by "-two" is not the gazetteer's.
 *  A group named through a possessive country takes its demonym ("Norway's 12
 *  fishing unions" → "Norwegian fishing unions").
 *  After pass 1: a bare head group ("Rebels" in a headline) joins the named group
 *  with that head; workers/doctors/… join the union or association whose name has
 *  their noun ("Railway Workers Association"), before their country when the body's
 *  own words are in the group's name; a delegation ("envoys from many of the
 *  world's island states") takes the group or country that sent it; a two-word
 *  company ("Caldera Automotive") is then also called by its first word.
 *  Affiliation of a person: the leftmost country/organisation in the title phrase
 *  before the name (possessive, apposition included), else "from/of/at X" after it.
 * Pass 2, in document order: surnames, acronyms introduced earlier, "the North/South" →
 *  the document's only country named "North …"/"South …" (a venue after "in"),
 *  "the <title>" → the last person with that title (a title phrase stops at another
 *  person's name), "the country/government/authorities" → a country scored by its
 *  share of the document's country mentions, being named in this or the previous
 *  sentence, and consistency with the last such resolution; "rebel demands" → the
 *  rebels; "the union/ministry/…" → the last such organisation (an unnamed "the
 *  union"/"the company" becomes an organisation of its own); "Ministry spokesman
 *  X" → X affiliated to that ministry; pronouns (current sentence first — the clause
 *  after "but/while" before the whole sentence — leftmost mention that is not a
 *  prepositional object or a possessive before a name; "they" prefers a group;
 *  resolved pronouns are antecedents too; then the previous sentences of the
 *  paragraph, then the previous paragraph — a pronoun that opens its sentence takes the
 *  previous sentence's subject, its first agreeing mention that is not a venue, a
 *  prepositional object or a modifier; "they" keeps its group preference), with gender (he/she) and number/type
 *  (it → country/organisation; they → group, country, organisation) agreement. An
 *  expletive "it" ("It is unclear whether", "It has been reported that", "It remains to
 *  be seen") is skipped; "It has demanded that" is not expletive. A pronoun right
 *  after a reporting verb is that verb's subject ("X says it", "X, that says it",
 *  "X (ACR), says it"); after ", saying" the reported clause is searched first; an
 *  attribution pronoun ("…," he said) skips names inside the quotation; "his
 *  government" is the country of whoever "his" names.
 *  "we/our" (and "I" for a person) inside a quotation → its speaker ("…," X said;
 *  said X; the subject before the quote; the attributed sentence before), resolved
 *  after the whole text is read; outside quotations first person is left unresolved.
 * Bare officials/authorities groups, and presidents, ministers and ambassadors named
 * with no country, affiliate to a country that has at least twice the mentions of any
 * other. "The <surname> administration" is the leader's country (the U.S. when no such
 * leader is named). "The opposition <Party>" / "<Group> rebels": the side's common name
 * ("the opposition", "the rebels") becomes that one organisation, and groups named after
 * the side ("opposition lawmakers") its members. An affiliation named only inside
 * another name ("UN negotiators") is output too, after the others, with no mentions.
 * Finally a country whose mentions are all venues ("in Switzerland") becomes a
 * location; datelines ("BEIJING (Reuters) -") are skipped.
 *
 * Ids: countries by ISO 3166 alpha-3 ("CHN"; Kosovo "XKX"); built-in
 * organisations by their gazetteer id ("eu", "un", "nato"); everything else by a
 * slug of its canonical name ("he-lifeng", "stimson-center", "chinese-officials"),
 * with "-2", "-3" … on a clash. Seats of government (White House, Kremlin,
 * State Department, Pentagon …) are aliases of their country.
 */
import type { ActorType, MentionKind } from '../schema/output.js';
import {
  builtinGazetteer,
  compileGazetteer,
  slug,
  tokenKey,
  type CompiledGazetteer,
  type Gazetteer,
  type GazHit,
} from '../actors/gazetteer.js';
import type { ActorMention, ActorRecord, ParsedSentence, Token } from './types.js';
import { COUNTRY_DESC, GOV_HEAD, GROUP_HEAD, GROUP_MODIFIER, HONORIFIC, ORG_DESC, ROLE, words } from '../actors/words.js';
import { quoteAt as quoteAtIn, quoteSpans, type Span } from './quotes.js';

export type { Gazetteer } from '../actors/gazetteer.js';

export interface ActorOptions {
  /** the gazetteer to match (built-in merged with a user's --actors file); default built-in */
  gazetteer?: Gazetteer;
}

// ---------------------------------------------------------------------------
// word lists (general English)


/** heads of organisation names */
const ORG_HEAD = words(`
center centre institute institution ministry union party council association congress court bank corporation corp inc ltd llc
plc group front army authority commission agency federation organization organisation movement brigades brigade
committee department office foundation fund university college company forum league alliance coalition assembly
parliament senate board bureau service forces guard network times post tribune journal airlines airways
industries holdings trust society conference tribunal secretariat embassy consulate directorate chamber caucus
cooperative exchange reserve commission automotive motors energy pharmaceuticals logistics technologies
`);
/** titles of a state's officers, who belong to the story's country when none is named with them */
const GOV_ROLE = words('president vice-president premier minister chancellor ambassador');
/** last words of company names, which are then called by their first word ("Caldera Automotive" … "Caldera") */
const COMPANY_HEAD = words(`
motors automotive airlines airways holdings industries group corporation corp inc ltd plc llc energy pharmaceuticals
logistics technologies systems mining resources petroleum telecom communications partners capital bank
`);
/** group heads for people who speak for a body: "representatives from …", "delegates of …" */
const DELEGATE_HEAD = words('representatives delegates delegations envoys negotiators officials diplomats members');
/** org heads that are organs of a government: a person's affiliation goes to the country */
const GOV_ORG_HEAD = words('ministry department office cabinet government administration embassy consulate secretariat directorate');
/** group heads that need a modifier to be a group ("developing nations", not "nations") */
const WEAK_GROUP_HEAD = words('members states nations countries economies governments powers parties groups sides sources forces companies firms banks partners authorities workers');
const ANY_ORG_DESC = words('company bloc alliance group organization organisation firm coalition movement');
/** group heads whose members belong to a union or association named with the same noun */
const MEMBER_HEAD = words('workers miners doctors nurses teachers farmers students employees drivers pilots journalists lawyers physicians mineworkers');
/** heads of a body of members */
const LABOUR_HEAD = words('union association federation confederation syndicate guild');
/** prepositions after which a place is a venue, not an actor */
const VENUE_PREP = words('in at near inside outside across throughout within around');
const CONNECTOR = words('of for and the de du da van von bin al la le del dos der on');
const CLOSED = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Auxiliary', 'Modal', 'Copula', 'QuestionWord', 'Negative', 'Date', 'Month', 'WeekDay', 'Value', 'Cardinal', 'Ordinal'];
/** a side's common name as an epithet ("the opposition X", "the rebel X", "X rebels") → the group head it stands for */
const EPITHET = new Map<string, string>([['opposition', 'opposition'], ...[...GROUP_MODIFIER].flatMap((g): [string, string][] => [[g, `${g}s`], [`${g}s`, `${g}s`]])]);
const EPITHET_BEFORE = new RegExp(`\\b(${[...EPITHET.keys()].join('|')})\\s+$`, 'i');
const EPITHET_AFTER = new RegExp(`^\\s+(${[...EPITHET.keys()].join('|')})\\b(?!['’])`, 'i');
/** bodies that are a party in a dispute even when the text never names them: "the union said …" */
const BARE_BODY = words('union company federation confederation association');
/** a reporting participle opening a clause of its own after a comma: "…, saying Quito must …" */
const SAY_ING = words('saying adding noting insisting arguing warning stressing');
const SAY = words('said says say told added stated noted argued insisted warned explained announced declared confirmed');
const STOP_CAP = words('the a an this that these those but and or if when while after before since as i we you it they he she his her its their our my mr mrs ms internet');
const QUANT = words('many some several most all few other more less these those such any each every no both either neither');
const PRONOUNS: Record<string, 'm' | 'f' | 'it' | 'they'> = {
  he: 'm', him: 'm', his: 'm', himself: 'm',
  she: 'f', her: 'f', hers: 'f', herself: 'f',
  it: 'it', its: 'it', itself: 'it',
  they: 'they', them: 'they', their: 'they', theirs: 'they', themselves: 'they',
};
const FIRST_PERSON: Record<string, 'i' | 'we'> = { i: 'i', me: 'i', my: 'i', myself: 'i', we: 'we', us: 'we', our: 'we', ours: 'we', ourselves: 'we' };
/** groups of a state's servants: with no country of their own, the document's main country */
const GOV_GROUP_HEAD = words('officials authorities diplomats negotiators ministers envoys police');
/** "it" before a form of "be/seem/appear/remain" (after auxiliaries) and one of these is not an actor */
const BE_LIKE = words('is was be been being seems seemed appears appeared remains remained');
const AUX_CHAIN = words('would will has had have may might could should must can not also still');
const EXPLETIVE_ADV = words('not very also still now increasingly widely less more far too so quite highly no longer yet');
/** "it is clear that/whether", "it is important to" */
const EXPLETIVE_ADJ = words('unclear clear possible impossible important necessary time difficult hard easy essential vital crucial imperative urgent obvious evident uncertain true');
/** "it is likely that", "it was reported that" (but "it is likely to agree": the actor) */
const EXPLETIVE_THAT = words('likely unlikely expected hoped believed reported understood thought said feared known agreed');

// ---------------------------------------------------------------------------

type Gender = 'm' | 'f' | undefined;

interface Draft {
  key: string;
  gazId?: string;
  name: string;
  type: ActorType;
  /** draft key of the affiliation */
  affiliation: string | null;
  gender: Gender;
  roles: Set<string>;
  /** last word of an organisation or group name ("union", "rebels") */
  head: string;
  mentions: DraftMention[];
  order: number;
}

interface DraftMention {
  draft: Draft;
  start: number;
  end: number;
  sentence: number;
  kind: MentionKind;
  /** a place after in/at/near… */
  venue: boolean;
  /** a modifier of another name ("from the Stimson Center"): a poor antecedent */
  salient: boolean;
  /** token range in its sentence */
  t0: number;
  t1: number;
}

interface PendingPerson {
  draft: Draft;
  /** token index where the title/role phrase (if any) starts, else the name start */
  titleStart: number;
  nameStart: number;
  nameEnd: number;
}

/** a title word; an abbreviation ("Sen", "Gen") only when written with its period */
const isRole = (t: Token | undefined): boolean =>
  !!t && ROLE.has(t.normal) && (!HONORIFIC.has(t.normal) || /^\./.test(t.post) || /^(mr|mrs|ms|dr|sir|dame|miss|prof)$/.test(t.normal));
const isFirstName = (t: Token) => t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName');
const isCap = (s: string) => /^\p{Lu}/u.test(s);
const FEMALE_TITLE = /^(?:spokeswoman|chairwoman|congresswoman|businesswoman|stateswoman|queen|princess|empress|duchess|dame|lady|madam|madame|mrs|ms|miss)$/;
const MALE_TITLE = /^(?:spokesman|chairman|congressman|businessman|statesman|king|prince|emperor|duke|sir|lord|mr)$/;
const isUpperWord = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
/** all-capital abbreviations that are not parties: titles, units, media, time zones, numerals */
const NOT_ACTOR_ACRONYM = words(`
ceo cfo coo cto gdp gnp tv dvd hiv aids covid sars ok am pm utc gmt est edt bst cet usd eur gbp jpy
ap afp voa bbc cnn npr upi dpa ansa tass xinhua ria kyodo yonhap reuters pti
ii iii iv vi vii viii ix xi xii xx usa uk
`);
/** "ZANU-PF", "AMCU", "LTTE": a word of 2-8 capitals (digits allowed after the first letter) */
const isActorAcronym = (s: string) => /^[A-Z][A-Z0-9]{1,7}$/.test(s) && !NOT_ACTOR_ACRONYM.has(s.toLowerCase());
const isPossessive = (t: Token) => /['’]s$|s['’]$/i.test(t.text);
const isClosed = (t: Token) => !t.tags.has('ProperNoun') && CLOSED.some((c) => t.tags.has(c));
const isPersonTagged = (t: Token) =>
  t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName') || t.tags.has('MaleName') || t.tags.has('FemaleName');
/** the separator after token t contains punctuation that ends a name run */
const breaksAfter = (t: Token) => /[,;:()[\]"!?…]|[.]\s|—|–/.test(t.post) || /[.]$/.test(t.post.trim());
const wordEnd = (t: Token) => {
  const m = /(?:['’]s|['’])$/i.exec(t.text);
  if (m && (/['’]s$/i.test(t.text) || /s['’]$/i.test(t.text))) return t.end - (m[0].length === 2 ? 2 : 1);
  return t.end;
};

/** "It is clear that …", "It has been reported that …", "It remains to be seen …": no referent ("It has demanded that …" has one) */
function expletiveIt(toks: Token[], i: number): boolean {
  let q = i + 1;
  let be = false;
  let seem = false;
  while (q < toks.length && q - i <= 4) {
    const x = toks[q]!.normal;
    if (BE_LIKE.has(x)) {
      be = true;
      seem = x !== 'is' && x !== 'was' && x !== 'be' && x !== 'been' && x !== 'being';
      q++;
    } else if (AUX_CHAIN.has(x)) q++;
    else break;
  }
  if (!be) return false;
  while (q < toks.length && EXPLETIVE_ADV.has(toks[q]!.normal)) q++;
  const x = toks[q]?.normal ?? '';
  const nx = toks[q + 1]?.normal ?? '';
  if (seem && (x === 'that' || x === 'as' || (x === 'to' && nx === 'be' && toks[q + 2]?.normal === 'seen'))) return true;
  if (EXPLETIVE_ADJ.has(x)) return true;
  return EXPLETIVE_THAT.has(x) && nx === 'that';
}

const ACRONYM = /^[A-Z][A-Z&.-]{1,9}$/;

/** "BEIJING (Reuters) -", "GENEVA, May 10 (AP) —", "Beijing, May 10 (Reuters) -" */
const DATELINE =
  /^(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?=(?:,[^(]{0,30})?\s*\())(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?\s*(?:--|[-—–:])\s*/;

// ---------------------------------------------------------------------------

class Builder {
  drafts = new Map<string, Draft>();
  order = 0;
  /** per-document acronyms introduced in parentheses → draft key */
  acronyms = new Map<string, string>();
  /** mentions per sentence (kept sorted by start) */
  bySentence = new Map<number, DraftMention[]>();

  constructor(
    readonly text: string,
    readonly gaz: CompiledGazetteer,
  ) {}

  draft(key: string, init: () => Omit<Draft, 'key' | 'mentions' | 'order' | 'roles' | 'gender' | 'head'> & Partial<Draft>): Draft {
    let d = this.drafts.get(key);
    if (!d) {
      const base = init();
      d = { gender: undefined, roles: new Set(), head: '', ...base, key, mentions: [], order: this.order++ };
      this.drafts.set(key, d);
    }
    return d;
  }

  /** the draft an affiliation key names: a draft of this document, else a gazetteer entry's ("gz:USA") */
  draftOf(key: string): Draft | undefined {
    return this.drafts.get(key) ?? (key.startsWith('gz:') && this.gaz.byId.has(key.slice(3)) ? this.gazDraft(key.slice(3)) : undefined);
  }

  gazDraft(id: string): Draft {
    const e = this.gaz.byId.get(id)!;
    return this.draft(`gz:${id}`, () => ({
      gazId: id,
      name: e.name,
      type: e.type,
      affiliation: e.affiliation ? `gz:${e.affiliation}` : null,
      head: tokenKey(e.name.split(/\s+/).pop() ?? ''),
    }));
  }

  mention(d: Draft, toks: Token[], t0: number, t1: number, sentence: number, kind: MentionKind, venue = false): DraftMention {
    const start = toks[t0]!.start;
    const end = wordEnd(toks[t1 - 1]!);
    const m: DraftMention = { draft: d, start, end, sentence, kind, venue, salient: true, t0, t1 };
    d.mentions.push(m);
    let list = this.bySentence.get(sentence);
    if (!list) this.bySentence.set(sentence, (list = []));
    let k = list.length;
    while (k > 0 && list[k - 1]!.start > start) k--;
    list.splice(k, 0, m);
    return m;
  }
}

/** Longest gazetteer match starting at token i, or null. */
function matchGaz(gaz: CompiledGazetteer, toks: Token[], i: number, keys: string[]): { end: number; hit: GazHit } | null {
  if (!isCap(toks[i]!.text) && toks[i]!.normal !== 'the') return null;
  let node = gaz.root;
  let best: { end: number; hit: GazHit } | null = null;
  for (let j = i; j < toks.length; j++) {
    const n = node.next.get(keys[j]!);
    if (!n) break;
    node = n;
    if (n.hit) {
      const h = n.hit;
      let ok = true;
      if (h.upper) {
        for (let k = i; k <= j; k++) if (!isUpperWord(toks[k]!.text.replace(/['’]s$/, ''))) ok = false;
      }
      // "the" only as the first word of a name that has more words
      if (ok && toks[i]!.normal === 'the' && (j === i || !isCap(toks[i + 1]!.text))) ok = false;
      // a name continued by a hyphenated number is another name ("Group of Twenty-two")
      if (ok && toks[j]!.post === '-' && toks[j + 1]?.tags.has('Value')) ok = false;
      if (ok) best = { end: j + 1, hit: h };
    }
    // a possessive or a punctuation mark ends a name
    if (j > i && isPossessive(toks[j]!)) break;
    if (isPossessive(toks[j]!) || breaksAfter(toks[j]!)) break;
  }
  return best;
}

const KIND_OF: Record<GazHit['kind'], MentionKind> = { name: 'name', alias: 'alias', metonym: 'alias', demonym: 'demonym' };

function venueBefore(toks: Token[], i: number): boolean {
  let j = i - 1;
  if (j >= 0 && (toks[j]!.normal === 'the' || toks[j]!.normal === 'a')) j--;
  return j >= 0 && VENUE_PREP.has(toks[j]!.normal) && !breaksAfter(toks[j]!);
}

export function findActors(text: string, parsed: ParsedSentence[], options: ActorOptions = {}, quotes: Span[] = quoteSpans(text, parsed)): ActorRecord[] {
  const gaz = compileGazetteer(options.gazetteer ?? builtinGazetteer());
  const b = new Builder(text, gaz);
  const sentToks = new Map<number, Token[]>();
  const covered = new Map<number, Uint8Array>();

  // ------------------------------------------------------------- pass 1
  for (const ps of parsed) {
    const s = ps.sentence;
    if (s.duplicateOf !== null || !ps.tokens.length) continue;
    // the separator between two words is the post of one plus the pre of the next
    const toks = ps.tokens
      .filter((t) => t.text !== '')
      .map((t, k, arr) => (arr[k + 1]?.pre ? { ...t, post: t.post + arr[k + 1]!.pre } : t));
    if (!toks.length) continue;
    sentToks.set(s.index, toks);
    const n = toks.length;
    const keys = toks.map((t) => tokenKey(t.text));
    const used = new Uint8Array(n);
    covered.set(s.index, used);
    // a sentence written in capitals (a shouting headline): its capitalised words say nothing
    const capsSentence = toks.filter((t) => /\p{L}{2}/u.test(t.text) && isUpperWord(t.text)).length * 2 > toks.length;
    /** emitted mention covering token i (for the affiliation look-up) */
    const owner: (DraftMention | undefined)[] = new Array(n);
    const pending: PendingPerson[] = [];
    const emit = (d: Draft, t0: number, t1: number, kind: MentionKind, venue = false) => {
      const m = b.mention(d, toks, t0, t1, s.index, kind, venue);
      for (let k = t0; k < t1; k++) {
        used[k] = 1;
        owner[k] = m;
      }
      return m;
    };

    // dateline
    let from = 0;
    if (s.index === 0 || parsed[s.index - 1]?.sentence.paragraph !== s.paragraph) {
      const m = DATELINE.exec(s.text);
      if (m && /\(|--|[—–]|\s-\s/.test(m[0])) {
        const end = s.start + m[0].length;
        while (from < n && toks[from]!.start < end) used[from++] = 1;
      }
    }

    const gzAt: ({ end: number; hit: GazHit } | null)[] = new Array(n).fill(null);
    for (let i = from; i < n; i++) gzAt[i] = matchGaz(gaz, toks, i, keys);

    const nameLike = (i: number): boolean => {
      const t = toks[i];
      if (!t || !isCap(t.text) || used[i]) return false;
      if (STOP_CAP.has(t.normal) && !isHeLike(i)) return false;
      if (isClosed(t) && !isHeLike(i)) return false;
      if (/^\d/.test(t.text)) return false;
      return true;
    };
    /** capital "He" + capitalised non-verb word that is not a title: a surname */
    const isHeLike = (i: number): boolean => {
      const t = toks[i]!;
      if (t.text !== 'He' || s.headline || breaksAfter(t)) return false;
      const nx = toks[i + 1];
      if (!nx || !isCap(nx.text) || isClosed(nx) || nx.tags.has('Verb') || gzAt[i + 1]) return false;
      if (isRole(nx) || ORG_HEAD.has(nx.normal) || STOP_CAP.has(nx.normal)) return false;
      return true;
    };
    const capAt = (i: number) => {
      const t = toks[i];
      return !!t && isCap(t.text) && !used[i] && ((!isClosed(t) && !STOP_CAP.has(t.normal)) || isHeLike(i));
    };

    /** a capitalised run from i: caps, inner connectors, initials; stops at punctuation */
    const runFrom = (i: number, stopAtRole: boolean): number => {
      let j = i;
      while (j < n) {
        const t = toks[j]!;
        if (j > i && stopAtRole && isRole(t)) break;
        if (capAt(j) || (j > i && /^\d+$/.test(t.text) && toks[j - 1]!.normal === 'local')) {
          j++;
          // "Twenty-two": the hyphenated rest of the word belongs to the name
          while (j < n && toks[j - 1]!.post === '-' && toks[j]!.tags.has('Hyphenated')) j++;
        } else if (j > i && CONNECTOR.has(t.normal) && !isCap(t.text) && capAt(j + 1) && !breaksAfter(t)) {
          j++;
          continue;
        } else break;
        const last = toks[j - 1]!;
        if (isPossessive(last) && !(capAt(j) && !isCap(last.text.slice(-1)))) {
          // "Lord's Salvation Front" continues; "Mugabe's party" stops
          if (!capAt(j)) break;
        }
        const initial = /^\p{Lu}$/u.test(last.text) || HONORIFIC.has(last.normal);
        if (breaksAfter(last) && !(initial && /^\.\s*$/.test(last.post))) break;
      }
      // drop trailing connectors
      while (j > i && CONNECTOR.has(toks[j - 1]!.normal) && !isCap(toks[j - 1]!.text)) j--;
      // "A B and C D": two names, unless an organisation head follows ("Mineworkers and Construction Union")
      for (let a = i + 1; a < j; a++) {
        if (toks[a]!.normal !== 'and' || isCap(toks[a]!.text)) continue;
        let orgAfter = false;
        for (let k = a + 1; k < j; k++) if (ORG_HEAD.has(toks[k]!.normal)) orgAfter = true;
        if (orgAfter) continue;
        const twoBefore = a - 2 >= i && isCap(toks[a - 1]!.text) && isCap(toks[a - 2]!.text);
        const nx = toks[a + 1];
        if (twoBefore || isRole(nx) || (nx !== undefined && isPersonTagged(nx))) {
          j = a;
          break;
        }
      }
      return j;
    };

    /** "Doctors for Human Rights": a capitalised plural noun (at or after `from`), an inner "for", capitals after it */
    const innerFor = (i: number, j: number, from: number): boolean => {
      for (let k = Math.max(i + 1, from + 1); k < j - 1; k++) {
        const t = toks[k]!;
        const p = toks[k - 1]!;
        if (t.normal !== 'for' || isCap(t.text)) continue;
        if (isCap(p.text) && (p.tags.has('Plural') || /[a-z]s$/.test(p.text)) && !isRole(p) && !gzAt[k - 1] && !isPersonTagged(p)) return true;
      }
      return false;
    };

    const orgHeadIn = (i: number, j: number): number => {
      for (let k = j - 1; k >= i; k--) if (ORG_HEAD.has(toks[k]!.normal.replace(/'s$/, ''))) return k;
      return -1;
    };

    const orgDraft = (i: number, j: number): Draft => {
      const name = text.slice(toks[i]!.start, wordEnd(toks[j - 1]!));
      let aff: string | null = null;
      for (let k = i; k < j; k++) {
        const g = gzAt[k];
        if (g && g.end <= j) {
          aff = `gz:${g.hit.id}`;
          break;
        }
      }
      const head = tokenKey(toks[orgHeadIn(i, j)]?.text ?? toks[j - 1]!.text);
      const key = `org:${name.toLowerCase()}`;
      const d = b.draft(key, () => ({ name, type: 'organization', affiliation: aff, head }));
      if (!d.affiliation && aff) d.affiliation = aff;
      return d;
    };

    /**
     * An acronym right after the name ending at token j-1: "(ACRONYM)", ", or ACRONYM," or an apposition
     * ", the ACRONYM," (these two only when it starts with the initial of the name and is not a known name):
     * register it for the draft.
     */
    const acronymAfter = (j: number, d: Draft) => {
      const t = toks[j];
      if (t && /\(\s*$/.test(toks[j - 1]!.post) && ACRONYM.test(t.text) && /^\s*\)/.test(t.post)) {
        b.acronyms.set(tokenKey(t.text), d.key);
        emit(d, j, j + 1, 'alias');
        return true;
      }
      const k = acronymAppositive(j, d.name);
      if (k >= 0) {
        b.acronyms.set(tokenKey(toks[k]!.text), d.key);
        emit(d, k, k + 1, 'alias');
        return true;
      }
      return false;
    };
    /** ", or ACRONYM," / ", the ACRONYM," after token j-1: the acronym's index, else -1 */
    const acronymAppositive = (j: number, name: string): number => {
      if (!/,\s*$/.test(toks[j - 1]?.post ?? '') || !toks[j] || !/^(or|the)$/.test(toks[j]!.text)) return -1;
      const k = j + 1;
      const a = toks[k];
      if (!a || used[k] || gzAt[k] || !ACRONYM.test(a.text) || !(breaksAfter(a) || k === n - 1)) return -1;
      const initial = name.replace(/^the\s+/i, '').charAt(0).toUpperCase();
      return a.text.charAt(0) === initial ? k : -1;
    };

    /** group starting at token i whose modifiers run to the head; returns head index or -1 */
    const groupHeadFrom = (i: number): { head: number; gov: boolean } | null => {
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
        if (GOV_HEAD.has(w)) return { head: k, gov: true };
        if (isCap(t.text) || isClosed(t) || (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective'))) return null;
        if (!(t.tags.has('Adjective') || t.tags.has('Noun'))) return null;
        if (breaksAfter(t) && !/^['’]\s/.test(t.post)) return null;
      }
      return null;
    };

    /** "members of the X", "officials of X": the organisation or country after "of" (read ahead), or null */
    const ofOwnerAhead = (i: number): { key: string; name: string } | null => {
      if (breaksAfter(toks[i]!) || toks[i + 1]?.normal !== 'of' || breaksAfter(toks[i + 1]!)) return null;
      let q = i + 2;
      if (toks[q]?.normal === 'the' && !breaksAfter(toks[q]!)) q++;
      if (q >= n || used[q]) return null;
      const g2 = gzAt[q];
      const jj = capAt(q) ? runFrom(q, true) : q;
      const h = jj > q ? orgHeadIn(q, jj) : -1;
      if (g2) {
        const e = gaz.byId.get(g2.hit.id)!;
        if (e.type !== 'country' && e.type !== 'organization') return null;
        if (isPossessive(toks[g2.end - 1]!)) return null;
        if (!(jj > g2.end && h >= g2.end)) return { key: `gz:${g2.hit.id}`, name: e.name };
      }
      if (h < 0 || (h === q && toks[q + 1]?.normal !== 'of')) return null;
      const d = orgDraft(q, jj);
      return { key: d.key, name: d.name };
    };

    const groupDraft = (t0: number, t1: number, aff: string | null, headTok: Token, of?: string, nameFrom?: number, demonymOf?: string): Draft => {
      let st = t0;
      while (st < t1 && /^(the|a|an|some|many|several|most|these|those)$/.test(toks[st]!.normal)) st++;
      // "Norway's fishing unions" are named as "Norwegian fishing unions" (the spec's "Chinese officials")
      const demonym = demonymOf ? b.gaz.byId.get(demonymOf)?.demonyms[0] : undefined;
      const name = (demonym ? `${demonym} ` : '') + text.slice(nameFrom ?? toks[st]!.start, wordEnd(toks[t1 - 1]!)) + (of ? ` of ${of}` : '');
      const head = headTok.normal.replace(/'s?$/, '');
      const key = `group:${name.toLowerCase().replace(/\s+/g, ' ')}`;
      return b.draft(key, () => ({ name, type: 'group', affiliation: aff, head }));
    };

    let i = from;
    while (i < n) {
      if (used[i]) {
        i++;
        continue;
      }
      const t = toks[i]!;
      const g = gzAt[i];

      // --- a gazetteer name
      if (g) {
        const lastG = toks[g.end - 1]!;
        const possessive = isPossessive(lastG);
        // an organisation name that starts with it: "Nepali Congress", "Chinese Foreign Ministry"
        if (!s.headline) {
          const j = runFrom(i, true);
          const h = orgHeadIn(i, j);
          if (j > g.end && h >= g.end) {
            const ext = j;
            if (possessive) {
              emit(b.gazDraft(g.hit.id), i, g.end, KIND_OF[g.hit.kind]);
              const d = orgDraft(g.end, ext);
              if (!d.affiliation) d.affiliation = `gz:${g.hit.id}`;
              emit(d, g.end, ext, 'name');
            } else {
              const d = orgDraft(i, ext);
              emit(d, i, ext, 'name');
            }
            acronymAfter(ext, b.drafts.get(owner[ext - 1]!.draft.key)!);
            i = ext;
            continue;
          }
          // "Zimbabwe Doctors for Human Rights"
          if (!possessive && j > g.end + 1 && innerFor(i, j, g.end)) {
            const d = orgDraft(i, j);
            emit(d, i, j, 'name');
            acronymAfter(j, d);
            i = j;
            continue;
          }
          // a demonym inside a capitalised name ("Anglo American Platinum") is not the country
          if (g.hit.kind === 'demonym' && i > 0 && !possessive) {
            const p = toks[i - 1]!;
            const nx = toks[g.end];
            if (isCap(p.text) && !breaksAfter(p) && !isClosed(p) && !STOP_CAP.has(p.normal) && !isRole(p) && !p.tags.has('Adjective') && !gzAt[i - 1] && !owner[i - 1] &&
                nx && capAt(g.end) && !breaksAfter(lastG) && !gzAt[g.end] && !isRole(nx)) {
              i = g.end;
              continue;
            }
          }
          // a capital followed by a person's name: "Washington Odhiambo"
          if (g.hit.kind === 'metonym' && !possessive && g.end === i + 1 && !breaksAfter(toks[i]!) && !venueBefore(toks, i) && nameLike(i + 1) && !gzAt[i + 1]) {
            const nx = toks[i + 1]!;
            const k = runFrom(i + 1, true);
            if ((isPersonTagged(nx) || !nx.tags.has('Noun') || nx.tags.has('ProperNoun')) && !ORG_HEAD.has(nx.normal) && !isRole(nx) && k - i <= 4) {
              const prevRole = i > 0 && isRole(toks[i - 1]!);
              if (isPersonTagged(nx) || prevRole) {
                const d = personDraft(i, k);
                emit(d, i, k, 'name');
                pending.push({ draft: d, titleStart: i, nameStart: i, nameEnd: k });
                i = k;
                continue;
              }
            }
          }
        }
        const gd = b.gazDraft(g.hit.id);
        // a group or the government: "Chinese officials", "Kenyan teachers' unions", "the Chinese government"
        {
          const gh = g.end < n && !breaksAfter(lastG) ? groupHeadFrom(g.end) : null;
          if (gh) {
            const headTok = toks[gh.head]!;
            if (gh.gov) {
              if (gd.type === 'country' && (gh.head === g.end || !possessive)) {
                emit(gd, i, gh.head + 1, 'description');
                i = gh.head + 1;
                continue;
              }
            } else if (!(possessive && gh.head === g.end && WEAK_GROUP_HEAD.has(headTok.normal))) {
              const d = groupDraft(i, gh.head + 1, gd.key, headTok);
              emit(d, i, gh.head + 1, 'name');
              i = gh.head + 1;
              continue;
            }
          }
        }
        emit(gd, i, g.end, KIND_OF[g.hit.kind], venueBefore(toks, i));
        if ((gd.type === 'organization' || gd.type === 'group') && !possessive) acronymAfter(g.end, gd);
        i = g.end;
        continue;
      }

      // --- an acronym introduced earlier in parentheses
      const acr = isUpperWord(t.text) ? b.acronyms.get(keys[i]!) : undefined;
      if (acr) {
        emit(b.drafts.get(acr)!, i, i + 1, 'alias');
        i++;
        continue;
      }

      // --- a standalone acronym ("ZANU-PF", "AMCU", "LTTE"): an organisation, unless the sentence is in capitals
      if (isActorAcronym(t.text) && !capsSentence) {
        let j = i + 1;
        while (j < n && /^-$/.test(toks[j - 1]!.post) && isUpperWord(toks[j]!.text) && /^[A-Z0-9]{1,8}$/.test(toks[j]!.text)) j++;
        const d = orgDraft(i, j);
        emit(d, i, j, 'name');
        i = j;
        continue;
      }

      // --- capitalised runs: people and organisations (not in headlines)
      if (!s.headline && (nameLike(i) || (isCap(t.text) && isRole(t)))) {
        let j = runFrom(i, false);
        if (j > i) {
          // organisation by head word (before any title in the run)
          let roleIdx = -1;
          for (let k = i; k < j; k++) if (isRole(toks[k]!)) roleIdx = k;
          let firstRole = -1;
          for (let k = i; k < j; k++)
            if (isRole(toks[k]!)) {
              firstRole = k;
              break;
            }
          const orgEnd = firstRole >= 0 ? firstRole : j;
          // an organisation name cannot contain a gazetteer name unless it ends in a head ("Kenyan National Union of Teachers")
          const h = orgHeadIn(i, orgEnd);
          let orgDone = -1;
          if (h >= 0 && orgEnd - i >= (h === i ? 2 : 1) && !(h === i && toks[i + 1]?.normal !== 'of')) {
            const d = orgDraft(i, orgEnd);
            emit(d, i, orgEnd, 'name');
            acronymAfter(orgEnd, d);
            orgDone = orgEnd;
          } else if (firstRole < 0 && j - i >= 3 && innerFor(i, j, i)) {
            // "Physicians for Human Rights"
            const d = orgDraft(i, j);
            emit(d, i, j, 'name');
            acronymAfter(j, d);
            i = j;
            continue;
          } else if (firstRole < 0 && j - i >= 2 && acronymFollows(j, i) && !toks.slice(i, j).some(isPersonTagged)) {
            const d = orgDraft(i, j);
            emit(d, i, j, 'name');
            acronymAfter(j, d);
            i = j + 1;
            continue;
          }
          if (orgDone >= 0 && orgDone >= j) {
            i = orgDone;
            continue;
          }
          let rs = orgDone >= 0 ? orgDone : i;
          // person after the last title in the run
          if (roleIdx >= rs) {
            // the name: after the last connector of the title ("Secretary of State John Kerry"),
            // a portfolio word after "of/for" belongs to the title; a first name starts the name
            let segStart = roleIdx + 1;
            for (let k = roleIdx + 1; k < j; k++) if (CONNECTOR.has(toks[k]!.normal) && !isCap(toks[k]!.text)) segStart = k + 1;
            let ns = segStart;
            if (segStart > roleIdx + 1 && j - segStart >= 3) ns = j - 2;
            if (j - ns >= 3)
              for (let k = ns + 1; k < j; k++)
                if (isFirstName(toks[k]!)) {
                  if (!toks.slice(ns, k).some(isFirstName)) ns = k;
                  break;
                }
            if (segStart > roleIdx + 1 && j - ns < 2) ns = -1;
            if (ns < 0 || ns >= j || j - ns > 4 || !toks.slice(ns, j).every((_, q) => nameLike(ns + q) && !gzAt[ns + q])) ns = -1;
            if (ns > roleIdx && ns < j && !gzAt[ns]) {
              const d = personDraft(ns, j);
              for (let k = rs; k < ns; k++) if (isRole(toks[k]!)) d.roles.add(toks[k]!.normal);
              emit(d, ns, j, 'name');
              pending.push({ draft: d, titleStart: rs, nameStart: ns, nameEnd: j });
              i = j;
              continue;
            }
            if (roleIdx !== j - 1 || roleIdx === rs) {
              // a gazetteer name after the title ("Treasury Secretary <a name from --actors>") is read as such
              const gz = toks.findIndex((_, k) => k > roleIdx && k < j && !!gzAt[k]);
              i = gz > 0 ? gz : j;
              continue;
            }
          }
          // a bare name run: needs evidence. Cut at "of/for/and/the" ("Sandra Nyaira of VOA");
          // skip leading words before a first name ("Labor Robert Berschinski")
          let je = j;
          for (let k = rs + 1; k < j; k++)
            if (/^(of|for|and|the|on)$/.test(toks[k]!.normal)) {
              je = k;
              break;
            }
          j = je;
          for (let k = rs + 1; k < j; k++)
            if (isFirstName(toks[k]!)) {
              if (j - k >= 2 && rs > 0 && !breaksAfter(toks[rs - 1]!) && !toks.slice(rs, k).some((x) => isFirstName(x) || x.tags.has('LastName'))) rs = k;
              break;
            }
          const len = j - rs;
          const nameOnly = toks.slice(rs, j).every((_, k) => !gzAt[rs + k]);
          if (nameOnly && len >= 1 && len <= 4) {
            const prev = toks[rs - 1];
            const prev2 = toks[rs - 2];
            const roleBefore =
              (prev && isRole(prev) && !breaksAfter(prev)) ||
              (prev && /,\s*$/.test(prev.post) && (isRole(prev) || (prev2 !== undefined && isRole(prev2))));
            const nx = toks[j];
            const saidAfter = nx && SAY.has(nx.normal) && !breaksAfter(toks[j - 1]!);
            const fromAfter = nx && /^(from|of|at)$/.test(nx.normal) && !breaksAfter(toks[j - 1]!) && (isCap(toks[j + 1]?.text ?? '') || toks[j + 1]?.normal === 'the');
            const apposAfter = nx && /,\s*$/.test(toks[j - 1]!.post) && (/^(a|an|the|who)$/.test(nx.normal) || isRole(nx));
            const tagged = toks.slice(rs, j).some(isPersonTagged) && !toks.slice(rs, j).some((x) => x.tags.has('Organization') || x.tags.has('Place'));
            const he = isHeLike(rs);
            const ok =
              len >= 2
                ? tagged || roleBefore || saidAfter || fromAfter || apposAfter || he
                : roleBefore || (prev !== undefined && HONORIFIC.has(prev.normal));
            if (ok && !(len === 1 && toks[rs]!.tags.has('Organization'))) {
              const d = personDraft(rs, j);
              if (prev && isRole(prev)) d.roles.add(prev.normal);
              emit(d, rs, j, 'name');
              pending.push({ draft: d, titleStart: rs, nameStart: rs, nameEnd: j });
              i = j;
              continue;
            }
            // compromise's organisation tag
            if (toks.slice(rs, j).some((x) => x.tags.has('Organization')) && !toks.slice(rs, j).some(isPersonTagged) && (len >= 2 || rs > 0)) {
              const d = orgDraft(rs, j);
              emit(d, rs, j, 'name');
              i = j;
              continue;
            }
          }
          if (orgDone >= 0) {
            i = orgDone;
            continue;
          }
        }
      }

      // --- groups by head noun: "analysts", "the rebels", "Maoist rebels", "developing nations"
      const w = t.normal.replace(/'s?$/, '');
      /** a group head at k that the group noun at i only modifies ("opposition lawmakers", "opposition party leaders") */
      const headAhead = (k: number) => {
        const x = toks[k];
        return !!x && !used[k] && GROUP_HEAD.has(x.normal.replace(/'s?$/, '')) && (x.tags.has('Noun') || x.tags.has('Plural')) && !x.tags.has('Verb');
      };
      const modifierOnly =
        !breaksAfter(t) && !isPossessive(t) &&
        (headAhead(i + 1) ||
          (!!toks[i + 1] && !used[i + 1] && !breaksAfter(toks[i + 1]!) && !isClosed(toks[i + 1]!) && toks[i + 1]!.tags.has('Noun') && !toks[i + 1]!.tags.has('Verb') && headAhead(i + 2)));
      // (compromise reads "island states threatened" as a verb "states": a head before a verb is a noun)
      const nounByPlace = () =>
        i > 0 && !!toks[i + 1] && !breaksAfter(t) && (toks[i - 1]!.tags.has('Noun') || toks[i - 1]!.tags.has('Adjective')) && !breaksAfter(toks[i - 1]!) &&
        (toks[i + 1]!.tags.has('Verb') || toks[i + 1]!.tags.has('Modal')) && !toks[i + 1]!.tags.has('Gerund');
      if (GROUP_HEAD.has(w) && !used[i] && (t.tags.has('Noun') || t.tags.has('Plural') || nounByPlace()) && !modifierOnly) {
        let st = i;
        while (st > 0 && i - st < 3 && !used[st - 1]) {
          const p = toks[st - 1]!;
          if (breaksAfter(p) || isClosed(p) || isPossessive(p) || QUANT.has(p.normal) || /^(?:its|their|his|her|our|my|your)$/.test(p.normal)) break;
          if (p.tags.has('Verb') && !p.tags.has('Adjective') && !p.tags.has('Noun') && !p.tags.has('Gerund')) break;
          if (!(p.tags.has('Adjective') || p.tags.has('Noun') || p.tags.has('Gerund') || p.tags.has('ProperNoun'))) break;
          st--;
        }
        const both = st > 0 && /^(both|all)$/.test(toks[st - 1]!.normal) && !breaksAfter(toks[st - 1]!);
        if (both) st--;
        const mods = i - st;
        const of = ofOwnerAhead(i);
        if (of) {
          // "the members of the union": a group of that organisation or country
          const the = st > 0 && toks[st - 1]!.normal === 'the' && !used[st - 1] && !breaksAfter(toks[st - 1]!);
          emit(groupDraft(st, i + 1, of.key, t, of.name), the ? st - 1 : st, i + 1, 'name');
          i++;
          continue;
        }
        if (mods > 0 || !WEAK_GROUP_HEAD.has(w)) {
          // a bare "the rebels" → the last group with that head
          let d: Draft | undefined;
          if (mods === 0) {
            for (const x of b.drafts.values()) if (x.type === 'group' && x.head === w && (!d || x.order > d.order)) d = x;
          }
          const the = st > 0 && toks[st - 1]!.normal === 'the' && !used[st - 1] && !breaksAfter(toks[st - 1]!);
          if (d) emit(d, the ? st - 1 : st, i + 1, 'description');
          else {
            let aff: string | null = null;
            for (let k = st; k < i; k++) if (owner[k]) aff = owner[k]!.draft.key;
            // "Zimbabwe's opposition lawmakers", "SLM leaders", "Norway's 12 unions": the country or organisation
            // named right before (a count may stand between)
            const po = st > 0 ? (owner[st - 1] ?? (st > 1 && toks[st - 1]!.tags.has('Value') && isPossessive(toks[st - 2]!) ? owner[st - 2] : undefined)) : undefined;
            let nameFrom: number | undefined;
            let demonymOf: string | undefined;
            if (!aff && po && (po.t1 === st || po.t1 === st - 1) && !breaksAfter(toks[st - 1]!) && (po.draft.type === 'country' || po.draft.type === 'organization') && !po.venue) {
              aff = po.draft.key;
              if (po.t1 === st && !isPossessive(toks[st - 1]!)) nameFrom = po.start;
              else if (po.draft.type === 'country' && po.draft.gazId) demonymOf = po.draft.gazId;
            }
            emit(groupDraft(st, i + 1, aff, t, undefined, nameFrom, demonymOf), the ? st - 1 : st, i + 1, 'name');
          }
          i++;
          continue;
        }
      }
      i++;
    }

    // affiliations of the people of this sentence
    for (const p of pending) affiliate(p);

    /** "Name Words (NW)", "Name Words, or NW," */
    function acronymFollows(j: number, i: number): boolean {
      const t = toks[j];
      if (!!t && /\(\s*$/.test(toks[j - 1]!.post) && ACRONYM.test(t.text) && /^\s*\)/.test(t.post)) return true;
      return t?.text === 'or' && acronymAppositive(j, toks[i]!.text) >= 0;
    }

    function personDraft(ns: number, ne: number): Draft {
      const nameToks = toks.slice(ns, ne);
      const name = text.slice(nameToks[0]!.start, wordEnd(nameToks[nameToks.length - 1]!));
      const key = `person:${nameToks.map((x) => tokenKey(x.text)).join(' ')}`;
      const d = b.draft(key, () => ({ name, type: 'person', affiliation: null }));
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

    function affiliate(p: PendingPerson): void {
      const d = p.draft;
      // backwards over the title phrase: nouns, adjectives, names, possessives, "of", "for", "the"
      let found: DraftMention | undefined;
      let descOrg: Draft | undefined;
      let j = p.nameStart - 1;
      let comma = 0;
      let steps = 0;
      while (j >= 0 && steps++ < 12) {
        const t = toks[j]!;
        if (breaksAfter(t)) {
          const parenAcr = /\)\s*$/.test(t.post) || (/\(\s*$/.test(toks[j - 1]?.post ?? '') && /^\s*\)/.test(t.post));
          if (/,\s*$/.test(t.post) && j === p.nameStart - 1 && comma === 0) comma++;
          else if (!parenAcr) break;
        }
        const o = owner[j];
        // another person's name ends this person's title phrase ("Minister A and rebel leader B")
        if (o && o.draft !== d && o.draft.type === 'person') break;
        if (isRole(t)) d.roles.add(t.normal);
        if (o && o.draft !== d && o.draft.type !== 'person') {
          found = o;
          j = o.t0 - 1;
          continue;
        }
        // "Ministry spokesman X", "Union leader X": the organisation with that head named last
        if (!o && !descOrg && isCap(t.text) && ORG_DESC.has(t.normal)) {
          for (const x of b.drafts.values()) if (x.type === 'organization' && x.head === t.normal && (!descOrg || x.order > descOrg.order)) descOrg = x;
        }
        const prepOk = /^(of|for|the|a|an|and)$/.test(t.normal);
        if (!prepOk && (isClosed(t) || (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('ProperNoun')))) break;
        j--;
      }
      // forwards: "from/of/at (the) X", ", a spokesman for the X"
      if (!found) {
        let k = p.nameEnd;
        // "X is (the) general secretary of the Y"
        const copula = !!toks[k] && /^(is|was|becomes|became)$/.test(toks[k]!.normal) && !breaksAfter(toks[k - 1]!);
        if (copula) k++;
        let sawRole = false;
        if (toks[k] && (copula || /,\s*$/.test(toks[k - 1]!.post))) {
          let q = k;
          if (toks[q] && /^(a|an|the)$/.test(toks[q]!.normal)) q++;
          let steps2 = 0;
          while (q < n && steps2++ < 4 && !owner[q] && !breaksAfter(toks[q]!) && (isRole(toks[q]!) || toks[q]!.tags.has('Adjective') || toks[q]!.tags.has('Noun'))) {
            if (isRole(toks[q]!)) {
              d.roles.add(toks[q]!.normal);
              sawRole = true;
            }
            q++;
          }
          k = q;
          // after a copula only a role ties the person to what follows ("is director of", not "is angry at")
          if (copula && !sawRole) k = -1;
        }
        if (k >= 0 && toks[k] && /^(from|of|at|for|with)$/.test(toks[k]!.normal) && (k === p.nameEnd ? toks[k]!.normal !== 'with' && toks[k]!.normal !== 'for' : true)) {
          let q = k + 1;
          if (toks[q] && toks[q]!.normal === 'the') q++;
          const o = owner[q];
          if (o && o.t0 === q && o.draft.type !== 'person' && !o.venue) {
            found = o;
            o.salient = false;
          }
        }
      } else if (found.t1 <= p.nameStart) found.salient = found.salient && found.draft.type === 'group';
      if (!found && descOrg && !d.affiliation) {
        const a = GOV_ORG_HEAD.has(descOrg.head) && descOrg.affiliation ? (b.drafts.get(descOrg.affiliation) ?? descOrg) : descOrg;
        d.affiliation = a.key;
      }
      if (found && !d.affiliation) {
        let a = found.draft;
        if (a.type === 'organization' && GOV_ORG_HEAD.has(a.head) && a.affiliation) a = b.drafts.get(a.affiliation) ?? a;
        if (a.type === 'group' && a.affiliation) a = b.drafts.get(a.affiliation) ?? a;
        if (a.type === 'location') return;
        d.affiliation = a.key;
      }
    }
  }

  // ------------------------------------------------------------- groups: a bare head joins its named group; members join their body
  const moveMentions = (from: Draft, to: Draft) => {
    for (const m of from.mentions) {
      m.draft = to;
      to.mentions.push(m);
    }
    from.mentions = [];
    to.order = Math.min(to.order, from.order);
    b.drafts.delete(from.key);
  };
  /** `from`'s mentions become descriptions of `to` ("the Carter administration" of the U.S., "the rebels" of a named group) */
  const absorbAsDescription = (from: Draft, to: Draft) => {
    for (const m of from.mentions) to.mentions.push({ ...m, draft: to, kind: m.kind === 'pronoun' ? 'pronoun' : 'description' });
    from.mentions.length = 0;
  };
  const groups = [...b.drafts.values()].filter((d) => d.type === 'group');
  for (const d of groups) {
    // "Rebels agree …" (a headline) and "Maoist rebels": one group
    if (d.name.toLowerCase() !== d.head || d.affiliation) continue;
    let to: Draft | undefined;
    for (const x of groups) if (x !== d && x.head === d.head && b.drafts.has(x.key) && !x.name.includes(' of ') && (!to || x.order < to.order)) to = x;
    if (to) moveMentions(d, to);
  }
  // "Venezuela Opposition" (a headline) and "Venezuela's opposition": one group, named as the body first names it
  {
    const core = (d: Draft) => {
      const aff = d.affiliation ? (b.drafts.get(d.affiliation) ?? (d.affiliation.startsWith('gz:') ? b.gaz.byId.get(d.affiliation.slice(3)) : undefined)) : undefined;
      const own = new Set([aff?.name, ...((aff && 'demonyms' in aff ? aff.demonyms : []) as string[])].filter(Boolean).flatMap((x) => x!.toLowerCase().split(/\s+/)));
      return d.name.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/).filter((w) => !own.has(w)).join(' ');
    };
    const headlines = new Set(parsed.filter((p) => p.sentence.headline).map((p) => p.sentence.index));
    const inHeadline = (d: Draft) => d.mentions.length > 0 && headlines.has(d.mentions[0]!.sentence);
    const affiliated = [...b.drafts.values()].filter((d) => d.type === 'group' && d.affiliation);
    for (const d of affiliated) {
      if (!b.drafts.has(d.key)) continue;
      const same = affiliated.filter((x) => x !== d && b.drafts.has(x.key) && x.head === d.head && x.affiliation === d.affiliation && core(x) === core(d));
      if (!same.length) continue;
      // keep the one first named outside a headline
      const all = [d, ...same].sort((x, y) => Number(inHeadline(x)) - Number(inHeadline(y)) || x.order - y.order);
      for (const x of all.slice(1)) moveMentions(x, all[0]!);
    }
  }
  // "envoys from many of the world's island states", "delegates of Chile": a delegation speaks for those who sent it
  for (const d of groups) {
    if (d.affiliation || !b.drafts.has(d.key) || !DELEGATE_HEAD.has(d.head)) continue;
    for (const m of d.mentions) {
      const link = /^\s+(?:from|of)\s+(?:(?:some|many|most|all|several|a number|dozens) of\s+)?(?:the\s+)?(?:world['’]s\s+)?/i.exec(text.slice(m.end, m.end + 60));
      if (!link) continue;
      const at = m.end + link[0].length;
      // (a body of states or a state; an organisation's staff are its members, found below)
      const o = b.bySentence.get(m.sentence)?.find((x) => x.start === at && x.draft !== d && (x.draft.type === 'group' || x.draft.type === 'country') && !x.venue);
      if (o) {
        d.affiliation = o.draft.key;
        break;
      }
    }
  }
  const orgs = [...b.drafts.values()].filter((d) => d.type === 'organization');
  for (const d of groups) {
    // "the drivers" and the "Bus Drivers Association": members of the body named with their noun
    if (!b.drafts.has(d.key) || !MEMBER_HEAD.has(d.head)) continue;
    const gname = d.name.toLowerCase();
    if (d.affiliation) {
      // "Kenya Railway Workers" and the "Railway Workers Association": the body's own words name the group,
      // so its members belong to it before they belong to their country
      const gw = new Set(gname.split(/\s+/));
      const body = orgs.find((o) => {
        const ws = o.name.toLowerCase().split(/\s+/);
        return LABOUR_HEAD.has(o.head) && ws.length >= 3 && ws.slice(0, -1).every((w) => gw.has(w));
      });
      if (body && b.drafts.get(d.affiliation)?.type !== 'organization') d.affiliation = body.key;
      continue;
    }
    let best: Draft | undefined;
    let bestScore = 0;
    for (const o of orgs) {
      const ws = o.name.toLowerCase().split(/\s+/);
      if (!ws.some((x) => x === d.head || (x.length > d.head.length + 2 && x.endsWith(d.head)))) continue;
      const score = (o.name.toLowerCase().startsWith(gname + ' ') ? 4 : 0) + (LABOUR_HEAD.has(o.head) ? 2 : 0) + 1;
      if (score > bestScore) {
        best = o;
        bestScore = score;
      } else if (score === bestScore) best = undefined;
    }
    if (best) d.affiliation = best.key;
  }

  // ------------------------------------------------------------- merge "President Mugabe" into "Robert Mugabe"
  const persons = [...b.drafts.values()].filter((d) => d.type === 'person');
  const surnames = new Map<string, Draft>();
  for (const d of persons) {
    const ks = d.key.slice('person:'.length).split(' ');
    if (ks.length < 2) continue;
    const last = ks[ks.length - 1]!;
    if (!surnames.has(last)) surnames.set(last, d);
    if (ks.length === 2 && !surnames.has(ks[0]!)) {
      const first = d.mentions[0];
      const ft = first && sentToks.get(first.sentence)?.[first.t0];
      if (ft && !ft.tags.has('FirstName')) surnames.set(ks[0]!, d);
    }
  }
  // companies are called by their first word once named: "Caldera Automotive" … "Caldera said"
  const shortNames = new Map<string, Draft>();
  {
    const taken = new Set<string>();
    for (const d of b.drafts.values()) {
      if (d.type !== 'organization' || !COMPANY_HEAD.has(d.head)) continue;
      const ws = d.name.split(/\s+/);
      if (ws.length !== 2 || !/^[A-Z][a-z]/.test(ws[0]!)) continue;
      const k = tokenKey(ws[0]!);
      if (surnames.has(k) || b.gaz.byId.has(k.toUpperCase()) || STOP_CAP.has(k) || shortNames.has(k)) {
        taken.add(k);
        continue;
      }
      shortNames.set(k, d);
    }
    for (const k of taken) shortNames.delete(k);
  }
  for (const d of persons) {
    const ks = d.key.slice('person:'.length).split(' ');
    if (ks.length !== 1) continue;
    const full = surnames.get(ks[0]!);
    if (!full || full === d) continue;
    for (const m of d.mentions) {
      m.draft = full;
      m.kind = 'surname';
      full.mentions.push(m);
    }
    for (const r of d.roles) full.roles.add(r);
    if (!full.affiliation) full.affiliation = d.affiliation;
    full.gender ??= d.gender;
    full.order = Math.min(full.order, d.order);
    if (d.mentions[0] && full.mentions.length) {
      // canonical name: the full name as first written
    }
    b.drafts.delete(d.key);
  }

  // ------------------------------------------------------------- pass 2: later references
  const sentences = parsed.filter((p) => sentToks.has(p.sentence.index)).map((p) => p.sentence);
  const lastOf = (pred: (d: Draft) => boolean, before: number): Draft | undefined => {
    let best: DraftMention | undefined;
    for (const [si, list] of b.bySentence) {
      if (si > before) continue;
      for (const m of list) if (pred(m.draft) && !m.venue && (!best || m.start > best.start) && (si < before || m.start < curStart)) best = m;
    }
    return best?.draft;
  };
  let curStart = 0;

  // the weight of each country in the document (its names, venues included: "in Nepal, the government …"):
  // "the government" leans to the main one. A country named only as a venue ("talks in Geneva") is a candidate
  // only when there is no other.
  const countryWeight = new Map<Draft, number>();
  const venueOnly = new Set<Draft>();
  let countryTotal = 0;
  /** the country a mention stands for: a country's own, or the country a group is named after ("Venezuela's opposition") */
  const countryOf = (m: DraftMention): Draft | undefined => {
    if (m.draft.type === 'country') return m.draft;
    if (m.draft.type !== 'group' || !m.draft.affiliation) return undefined;
    const a = b.drafts.get(m.draft.affiliation);
    return a?.type === 'country' ? a : undefined;
  };
  for (const d of b.drafts.values()) {
    if (d.type !== 'country') continue;
    if (d.mentions.length && d.mentions.every((m) => m.venue)) venueOnly.add(d);
  }
  for (const d of b.drafts.values())
    for (const m of d.mentions) {
      const c = countryOf(m);
      if (!c) continue;
      countryWeight.set(c, (countryWeight.get(c) ?? 0) + 1);
      countryTotal++;
    }
  /** countries named in the sentences already read */
  const seenCountries = new Set<Draft>();
  /** the country "the government" last stood for */
  let govSticky: Draft | undefined;
  const countriesIn = (si: number, before: number, out: Map<Draft, boolean>) => {
    for (const m of b.bySentence.get(si) ?? []) {
      if (m.start >= before) break;
      const c = m.kind === 'pronoun' ? undefined : countryOf(m);
      if (c) out.set(c, (out.get(c) ?? false) || !m.venue);
    }
  };
  /** "the government", "the country", "the authorities": recency, the document's main country, and consistency */
  const resolveGovernment = (si: number, before: number): Draft | undefined => {
    const here = new Map<Draft, boolean>();
    countriesIn(sentences[si]!.index, before, here);
    const prev = new Map<Draft, boolean>();
    if (si > 0) countriesIn(sentences[si - 1]!.index, Infinity, prev);
    let best: Draft | undefined;
    let bestScore = -Infinity;
    for (const [d, w] of countryWeight) {
      if (!seenCountries.has(d) && !here.has(d)) continue;
      const named = here.get(d) ? 0.25 : prev.get(d) ? 0.1 : 0;
      const score = w / (countryTotal || 1) + named + (d === govSticky ? 0.5 : 0) - (venueOnly.has(d) ? 2 : 0);
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    return best;
  };

  /** "North"/"South" → the document's only country named "North …"/"South …" (North Korea, South Sudan) */
  const compass = new Map<string, Draft>();
  for (const side of ['North', 'South']) {
    const cs = [...b.drafts.values()].filter((d) => d.type === 'country' && d.name.startsWith(`${side} `) && d.mentions.some((m) => m.kind !== 'pronoun'));
    if (cs.length === 1) compass.set(side, cs[0]!);
  }
  /** the group a singular modifier stands for ("rebel" → "Maoist rebels"): the first named */
  const groupByHead = new Map<string, Draft>();
  for (const d of b.drafts.values()) if (d.type === 'group' && (!groupByHead.get(d.head) || groupByHead.get(d.head)!.order > d.order)) groupByHead.set(d.head, d);

  // quotations, so that "we" in a quote is the speaker
  const quoteAt = (pos: number) => quoteAtIn(quotes, pos);
  const speakerOk = (d: Draft) => d.type !== 'location';
  /** the speaker of a quotation in sentence `si`: "…," X said / said X / X says (this sentence, the next ones, the previous ones), else the subject before the quote */
  const speakerOf = (si: number, quote: [number, number]): Draft | undefined => {
    const para = sentences[si]!.paragraph;
    const cur = sentences[si]!;
    // the sentences the quotation spans, this one first; then the sentence before (a quote after "X said:"
    // or after an attributed one), then the one after
    const order = [si];
    for (let q = si + 1; sentences[q] && sentences[q]!.start < quote[1]; q++) order.push(q);
    for (let q = si - 1; sentences[q] && sentences[q]!.end > quote[0]; q--) order.push(q);
    let seen = 0;
    for (const q of [...order, -1, si - 1, si + 1]) {
      if (q === -1) {
        // "Merkel rejected new negotiations, telling parliament, “We will wait …”": the subject before the quote
        if (quote[0] >= cur.start)
          for (const m of b.bySentence.get(cur.index) ?? []) {
            if (m.start >= quote[0]) break;
            if ((m.draft.type === 'person' || m.draft.type === 'organization' || m.draft.type === 'country') && !m.venue && m.salient) return m.draft;
          }
        continue;
      }
      if (seen++ > 6) break;
      const ps = sentences[q];
      if (!ps || ps.paragraph !== para) continue;
      const ts = sentToks.get(ps.index)!;
      const list = b.bySentence.get(ps.index) ?? [];
      for (let k = 0; k < ts.length; k++) {
        if (!SAY.has(ts[k]!.normal) || quoteAt(ts[k]!.start)) continue;
        for (const m of list) {
          if (!speakerOk(m.draft) || m.venue || quoteAt(m.start)) continue;
          if (m.t0 === k + 1 || (m.t0 === k + 2 && ts[k + 1]!.normal === 'the') || (m.t1 === k && !breaksAfter(ts[k - 1]!))) return m.draft;
        }
        // a surname not yet marked ("…," said Dlamini)
        for (const x of [ts[k + 1], k > 0 && !breaksAfter(ts[k - 1]!) ? ts[k - 1] : undefined]) {
          const p = x && isCap(x.text) ? surnames.get(tokenKey(x.text)) : undefined;
          if (p && b.drafts.has(p.key) && !quoteAt(x!.start)) return p;
        }
      }
    }
    return undefined;
  };

  const CLAUSE_BREAK = words('but while whereas although though however yet');

  /** first-person pronouns inside quotations: sentence and token, resolved to the speaker after the loop */
  const firstPerson: { si: number; i: number }[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const toks = sentToks.get(s.index)!;
    const used = covered.get(s.index)!;
    const n = toks.length;
    if (si > 0)
      for (const m of b.bySentence.get(sentences[si - 1]!.index) ?? []) {
        const c = m.kind === 'pronoun' ? undefined : countryOf(m);
        if (c) seenCountries.add(c);
      }
    /** a mention that is the object of a preposition ("talks with China") or a possessive before a name ("China's Commerce Ministry") */
    const weak = (m: DraftMention, ts: Token[]): boolean => {
      const last = ts[m.t1 - 1];
      if (last && isPossessive(last) && ts[m.t1] && isCap(ts[m.t1]!.text)) return true;
      let j = m.t0 - 1;
      while (j >= 0) {
        const x = ts[j]!;
        if (/[,;:()]/.test(x.post)) break;
        // "between A and B": the second conjunct is an object too
        if (!(x.tags.has('Determiner') || x.tags.has('Adjective') || (x.tags.has('Noun') && !x.tags.has('Pronoun')) || x.tags.has('Value') || /^(and|or)$/.test(x.normal))) break;
        j--;
      }
      const p = ts[j];
      return !!p && !/[,;:()]/.test(p.post) && p.tags.has('Preposition') && !p.tags.has('Verb') && !/^(that|as)$/.test(p.normal);
    };
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      const t = toks[i]!;
      curStart = t.start;
      const k = tokenKey(t.text);
      const mark = (d: Draft, t0: number, t1: number, kind: MentionKind) => {
        b.mention(d, toks, t0, t1, s.index, kind);
        for (let q = t0; q < t1; q++) used[q] = 1;
      };
      // surname / acronym
      if (isCap(t.text) && !(t.text === 'He' && !/^[A-Z]/.test(toks[i + 1]?.text ?? ''))) {
        const p = surnames.get(k);
        if (p && b.drafts.has(p.key) && !isClosed(t)) {
          mark(p, i, i + 1, 'surname');
          continue;
        }
        const a = b.acronyms.get(k);
        if (a && isUpperWord(t.text)) {
          mark(b.drafts.get(a)!, i, i + 1, 'alias');
          continue;
        }
        // "Caldera" for "Caldera Automotive", not followed by the rest of the name
        const o = shortNames.get(k);
        if (o && b.drafts.has(o.key) && !isClosed(t) && !used[i] && !(toks[i + 1] && isCap(toks[i + 1]!.text) && !breaksAfter(t))) {
          mark(o, i, i + 1, 'alias');
          continue;
        }
      }
      const w = t.normal;
      // "rebel demands", "the rebel leadership" → the rebels
      if (GROUP_MODIFIER.has(w) && !breaksAfter(t) && toks[i + 1] && !used[i + 1] && toks[i + 1]!.tags.has('Noun') && !toks[i + 1]!.tags.has('Pronoun')) {
        const g = groupByHead.get(`${w}s`);
        if (g && b.drafts.has(g.key)) {
          mark(g, i, i + 1, 'description');
          continue;
        }
      }
      // "the North", "the South" → the one North …/South … country of the document
      if (w === 'the' && i + 1 < n && !used[i + 1] && /^(North|South)(['’]s?)?$/.test(toks[i + 1]!.text) && !breaksAfter(t)) {
        const nx = toks[i + 2];
        const side = toks[i + 1]!.text.replace(/['’]s?$/, '');
        const c = compass.get(side);
        if (c && !(nx && isCap(nx.text) && !breaksAfter(toks[i + 1]!) && !isPossessive(toks[i + 1]!))) {
          b.mention(c, toks, i, i + 2, s.index, 'alias', venueBefore(toks, i));
          used[i] = used[i + 1] = 1;
          i++;
          continue;
        }
      }
      // "the prime minister", "the country", "the union"
      if (w === 'the' && i + 1 < n && !used[i + 1]) {
        let j = i + 1;
        // (a possessive head counts: "the union's demands", "the country's leaders")
        const bare = (x: Token) => x.normal.replace(/['’]s$/, '');
        while (j < n && j - i <= 3 && !used[j] && !breaksAfter(toks[j - 1]!) && (toks[j]!.tags.has('Adjective') || toks[j]!.tags.has('Noun')) && !isRole(toks[j]!) && !COUNTRY_DESC.has(bare(toks[j]!)) && !ORG_DESC.has(bare(toks[j]!))) j++;
        const h = toks[j];
        if (h && !used[j] && !(toks[j + 1] && isCap(toks[j + 1]!.text) && !breaksAfter(h))) {
          const hw = bare(h);
          if (ROLE.has(hw) && !HONORIFIC.has(hw)) {
            const p = lastOf((d) => d.type === 'person' && d.roles.has(hw), s.index);
            if (p) {
              mark(p, i, j + 1, 'title');
              i = j;
              continue;
            }
          } else if (COUNTRY_DESC.has(hw) && j - i <= 2) {
            const nx = toks[j + 1];
            if (!(nx && nx.normal === 'of' && !breaksAfter(h))) {
              const c = resolveGovernment(si, t.start);
              if (c) {
                govSticky = c;
                mark(c, i, j + 1, 'description');
                i = j;
                continue;
              }
            }
          } else if (ORG_DESC.has(hw) && j - i <= 2) {
            const o =
              lastOf((d) => d.type === 'organization' && d.head === hw, s.index) ??
              // (any named organisation may be "the group", but an unnamed "union" is never "the company")
              (ANY_ORG_DESC.has(hw) ? lastOf((d) => d.type === 'organization' && !(BARE_BODY.has(d.name) && d.key === `org:${d.name}`), s.index) : undefined) ??
              // "the union" for a body of workers named otherwise ("the Nurses Organisation")
              (hw === 'union' ? lastOf((d) => d.type === 'organization' && d.name.toLowerCase().split(/\s+/).some((x) => MEMBER_HEAD.has(x)), s.index) : undefined);
            if (o) {
              mark(o, i, j + 1, 'description');
              i = j;
              continue;
            }
            // "the union", "the company" with no name given: a party all the same, named by its noun
            if (j === i + 1 && BARE_BODY.has(hw) && !isCap(h.text)) {
              mark(b.draft(`org:${hw}`, () => ({ name: hw, type: 'organization', affiliation: null, head: hw })), i, j + 1, 'description');
              i = j;
              continue;
            }
          }
        }
      }
      // first person inside a quotation: the speaker
      // (resolved once every sentence is read, so that a speaker named after the quote — "…,” he said — is known)
      if (FIRST_PERSON[w] && t.tags.has('Pronoun') && !(w === 'us' && isUpperWord(t.text))) {
        if (quoteAt(t.start)) firstPerson.push({ si, i });
        continue;
      }
      // pronouns
      const pr = PRONOUNS[w];
      /**
       * "X says it will …", "X, which says that it …": a pronoun right after a reporting verb is that verb's
       * subject — the mention just before the verb, or before a relative "that/which/who" that opens the clause.
       */
      const reportedSubject = (list: DraftMention[] | undefined, at: number, ok: (d: Draft) => boolean): Draft | undefined => {
        let k = at - 1;
        if (toks[k]?.normal === 'that') k--;
        if (!toks[k] || !SAY.has(toks[k]!.normal) || quoteAt(toks[k]!.start)) return undefined;
        const verb = toks[k]!;
        k--;
        while (k >= 0 && toks[k]!.tags.has('Adverb') && !breaksAfter(toks[k]!)) k--;
        if (k >= 1 && /^(?:that|which|who)$/.test(toks[k]!.normal) && /,/.test(toks[k - 1]!.post)) k--;
        else if (k >= 0 && breaksAfter(toks[k]!)) {
          // "the Labour Congress (LC), says it …": the name before a bracketed acronym
          const m = list?.filter((x) => x.end <= verb.start && !x.venue && /^\s*\([^()]*\)\s*,?\s*$/.test(text.slice(x.end, verb.start))).at(-1);
          return m && ok(m.draft) ? m.draft : undefined;
        }
        const m = list?.find((x) => x.t1 === k + 1 && !x.venue);
        return m && ok(m.draft) ? m.draft : undefined;
      };
      if (pr && t.tags.has('Pronoun') || (pr && (w === 'its' || w === 'his' || w === 'their'))) {
        if (pr === 'it' && w === 'it') {
          const prev = toks[i - 1];
          const nx = toks[i + 1];
          const subject = !!nx && (nx.tags.has('Verb') || nx.tags.has('Modal') || nx.tags.has('Auxiliary') || nx.tags.has('Copula'));
          if (prev && (prev.tags.has('Verb') || prev.tags.has('Preposition')) && !subject) continue;
          if (expletiveIt(toks, i)) continue;
        }
        const ok = (d: Draft): boolean => {
          if (pr === 'm') return d.type === 'person' && d.gender !== 'f';
          if (pr === 'f') return d.type === 'person' && d.gender !== 'm';
          if (pr === 'it') return d.type === 'country' || d.type === 'organization';
          return d.type === 'group' || d.type === 'country' || d.type === 'organization';
        };
        // the pronoun of a reporting frame after a quotation ("…,” he said) names the speaker, never someone quoted
        const attribution = !quoteAt(t.start) && (SAY.has(toks[i + 1]?.normal ?? '') || SAY.has(toks[i - 1]?.normal ?? ''));
        /**
         * The antecedent among `list` (mentions of one sentence) before offset `before`, from token `from`:
         * the leftmost agreeing mention that is not a prepositional object or a possessive modifier
         * ("they" prefers a group, then a country), else the leftmost agreeing one.
         */
        const pick = (list: DraftMention[] | undefined, ts: Token[], before: number, from = 0): Draft | undefined => {
          if (!list) return undefined;
          let fallback: Draft | undefined;
          let good: Draft | undefined;
          let weakGroup: Draft | undefined;
          let weakCountry: Draft | undefined;
          for (const m of list) {
            if (m.start >= before) break;
            if (m.venue || m.t0 < from || (attribution && quoteAt(m.start))) continue;
            let c: Draft | undefined = m.draft;
            // "Chinese officials … its stance": the group's state
            if (pr === 'it' && c.type === 'group') c = c.affiliation ? b.drafts.get(c.affiliation) : undefined;
            if (!c || !ok(c)) continue;
            if (m.salient && !weak(m, ts)) {
              if (pr !== 'they' || c.type === 'group') return c;
              good ??= c;
            } else {
              fallback ??= c;
              if (c.type === 'group') weakGroup ??= c;
              if (c.type === 'country') weakCountry ??= c;
            }
          }
          // "they" is a group before it is a state, and a state before an organisation named in passing
          // ("Y from the Z Center stressed the signals from China, noting they …" → China)
          return weakGroup ?? good ?? (pr === 'they' ? weakCountry : undefined) ?? fallback;
        };
        /** the subject of a sentence: its first agreeing mention that is not a venue, a prepositional object or a modifier */
        const pickSubject = (list: DraftMention[] | undefined, ts: Token[]): Draft | undefined => {
          for (const m of list ?? []) {
            if (m.venue || !m.salient || weak(m, ts) || (attribution && quoteAt(m.start))) continue;
            let c: Draft | undefined = m.draft;
            if (pr === 'it' && c.type === 'group') c = c.affiliation ? b.drafts.get(c.affiliation) : undefined;
            if (c && ok(c)) return c;
          }
          return undefined;
        };
        // a pronoun that opens its sentence ("It has demanded …", "But they …") is the previous sentence's subject
        let opens = true;
        for (let q = 0; q < i && opens; q++) if (!/^(but|and|yet|so|still|however|instead|meanwhile|now|then|later|also)$/.test(toks[q]!.normal)) opens = false;
        // this sentence: the clause after "but/while/…" or after a reporting verb ("…, saying Quito must recall its
        // troops") first, then the whole sentence
        let from = 0;
        for (let q = i - 1; q > 0; q--)
          if (CLAUSE_BREAK.has(toks[q]!.normal) || /;/.test(toks[q - 1]!.post) || (SAY_ING.has(toks[q]!.normal) && /,/.test(toks[q - 1]!.post))) {
            from = q;
            break;
          }
        const here = b.bySentence.get(s.index);
        let d = reportedSubject(here, i, ok) ?? (from > 0 ? pick(here, toks, t.start, from) : undefined) ?? pick(here, toks, t.start);
        // previous sentences: the rest of the paragraph, then the previous paragraph
        let back = 0;
        let para = s.paragraph;
        let crossed = 0;
        for (let q = si - 1; !d && q >= 0 && back < 4; q--) {
          const ps = sentences[q]!;
          if (ps.paragraph !== para) {
            if (crossed++ >= 1) break;
            para = ps.paragraph;
          }
          back++;
          // ("they" keeps its preference for a group: "a bloc of coastal states headed by Chile … They")
          if (opens && back === 1 && pr !== 'they') d = pickSubject(b.bySentence.get(ps.index), sentToks.get(ps.index)!);
          d ??= pick(b.bySentence.get(ps.index), sentToks.get(ps.index)!, Infinity);
        }
        if (d) {
          // a person first called "she" or "he" keeps that gender for later pronouns
          if (d.type === 'person' && !d.gender && (pr === 'm' || pr === 'f')) d.gender = pr;
          // "his government", "their country": the state of whoever the pronoun names
          const nx = toks[i + 1];
          const state = d.type === 'country' ? d : d.affiliation ? b.draftOf(d.affiliation) : undefined;
          if (/^(?:his|her|their|its)$/.test(w) && nx && !used[i + 1] && /^(?:government|administration|cabinet|country|nation)$/.test(nx.normal) && state?.type === 'country') mark(state, i, i + 2, 'description');
          else mark(d, i, i + 1, 'pronoun');
        }
      }
    }
  }

  for (const { si, i } of firstPerson) {
    const s = sentences[si]!;
    const toks = sentToks.get(s.index)!;
    const t = toks[i]!;
    const d = speakerOf(si, quoteAt(t.start)!);
    if (d && (FIRST_PERSON[t.normal] === 'we' || d.type === 'person')) b.mention(d, toks, i, i + 1, s.index, 'pronoun');
  }

  // officials with no country of their own: the document's main country, when one dominates
  {
    let main: Draft | undefined;
    let second = 0;
    for (const [d, w] of countryWeight) {
      if (!main || w > countryWeight.get(main)!) {
        second = main ? countryWeight.get(main)! : 0;
        main = d;
      } else if (w > second) second = w;
    }
    if (main && countryWeight.get(main)! >= 2 * second && main.mentions.some((m) => !m.venue))
      for (const d of b.drafts.values()) {
        if (d.affiliation) continue;
        if (d.type === 'group' && GOV_GROUP_HEAD.has(d.head)) d.affiliation = main.key;
        // "Justice Minister Kofi Mensah" in a story about one country is that country's minister
        else if (d.type === 'person' && countryWeight.get(main)! >= 3 && [...d.roles].some((r) => GOV_ROLE.has(r))) d.affiliation = main.key;
      }
  }

  // "the Carter administration", "the Abe government": a leader's name before a government word is the leader's country
  {
    const people = [...b.drafts.values()].filter((d) => d.type === 'person' && d.affiliation);
    for (const o of b.drafts.values()) {
      if (o.type !== 'organization' || /\s/.test(o.name.trim())) continue;
      const p = people.find((x) => x.name.split(/\s+/).at(-1)!.toLowerCase() === o.name.toLowerCase());
      const named = o.mentions.filter((m) => m.kind !== 'pronoun');
      const after = (re: RegExp) => named.length > 0 && named.every((m) => re.test(text.slice(m.end, m.end + 20)));
      if (!after(/^[\s'’s]*(?:administration|government|cabinet|regime|camp)\b/i)) continue;
      // English news calls a government "the <surname> administration" almost only for U.S. presidencies
      // ("the Obama administration"); other governments are "the <surname> government"
      const ak = p?.affiliation ?? (!p && after(/^\s*administration\b/i) && b.gaz.byId.has('USA') ? 'gz:USA' : undefined);
      const c = ak ? b.draftOf(ak) : undefined;
      if (!c || c.type !== 'country') continue;
      absorbAsDescription(o, c);
    }
  }

  // "the opposition Freedom Party", "the rebel Northern Front", "the Northern Front rebel group": a side's common
  // name used as an epithet of one named organisation. "The opposition" and "the rebels" elsewhere are that
  // organisation, and groups named after the side ("opposition lawmakers", "rebel commanders") belong to it.
  {
    const orgsBySide = new Map<string, Set<Draft>>();
    for (const o of b.drafts.values()) {
      if (o.type !== 'organization') continue;
      for (const m of o.mentions) {
        if (m.kind === 'pronoun') continue;
        const side = EPITHET_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1] ?? EPITHET_AFTER.exec(text.slice(m.end, m.end + 20))?.[1];
        if (!side) continue;
        const head = EPITHET.get(side.toLowerCase())!;
        let set = orgsBySide.get(head);
        if (!set) orgsBySide.set(head, (set = new Set()));
        set.add(o);
      }
    }
    for (const [head, set] of orgsBySide) {
      if (set.size !== 1) continue;
      const org = [...set][0]!;
      for (const g of b.drafts.values()) {
        if (g.type !== 'group' || g === org) continue;
        const ws = g.name.toLowerCase().split(/\s+/);
        if (g.head === head) {
          // the side itself: "the rebels", "the absent opposition"
          absorbAsDescription(g, org);
        } else if (ws.some((w) => EPITHET.get(w) === head) && (!g.affiliation || b.draftOf(g.affiliation)?.type === 'country')) {
          g.affiliation = org.key;
        }
      }
    }
  }

  // ------------------------------------------------------------- venues → locations; build records
  for (const d of b.drafts.values()) {
    if (d.type !== 'country') continue;
    const named = d.mentions.filter((m) => m.kind !== 'pronoun');
    if (named.length && named.every((m) => m.venue)) d.type = 'location';
  }
  const drafts = [...b.drafts.values()].filter((d) => d.mentions.length);
  for (const d of drafts) d.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  drafts.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start || x.order - y.order);
  // an affiliation named only inside another name ("UN negotiators") is still an actor: append it, without mentions
  const kept = new Set(drafts);
  for (let q = 0; q < drafts.length; q++) {
    const ak = drafts[q]!.affiliation;
    const a = ak ? b.draftOf(ak) : undefined;
    if (a && !kept.has(a)) {
      kept.add(a);
      drafts.push(a);
    }
  }
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const d of drafts) {
    let id = d.gazId ?? slug(d.name);
    if (taken.has(id)) {
      let k = 2;
      while (taken.has(`${id}-${k}`)) k++;
      id = `${id}-${k}`;
    }
    taken.add(id);
    ids.set(d.key, id);
  }
  return drafts.map((d) => {
    const id = ids.get(d.key)!;
    let affiliation: string | null = null;
    if (d.affiliation) {
      affiliation = ids.get(d.affiliation) ?? (d.affiliation.startsWith('gz:') ? d.affiliation.slice(3) : null);
    }
    // the canonical name of a person is the fullest form as first written
    let name = d.name;
    if (d.type === 'person') {
      const m = d.mentions.find((x) => x.kind === 'name' && text.slice(x.start, x.end).split(/\s+/).length >= name.split(/\s+/).length);
      if (m) name = text.slice(m.start, m.end);
    }
    const mentions: ActorMention[] = [];
    let lastEnd = -1;
    for (const m of d.mentions) {
      if (m.start < lastEnd) continue;
      mentions.push({ actorId: id, start: m.start, end: m.end, text: text.slice(m.start, m.end), sentence: m.sentence, kind: m.kind });
      lastEnd = m.end;
    }
    return { id, name, type: d.type, affiliation: affiliation === id ? null : affiliation, mentions };
  });
}

/** Mentions of all actors grouped by sentence index, each list sorted by start (the longer first on a tie). */
export function mentionsBySentence(actors: ActorRecord[]): Map<number, ActorMention[]> {
  const out = new Map<number, ActorMention[]>();
  for (const a of actors)
    for (const m of a.mentions) {
      let l = out.get(m.sentence);
      if (!l) out.set(m.sentence, (l = []));
      l.push(m);
    }
  for (const l of out.values()) l.sort((x, y) => x.start - y.start || y.end - x.end);
  return out;
}

export function actorById(actors: ActorRecord[]): Map<string, ActorRecord> {
  return new Map(actors.map((a) => [a.id, a]));
}
