/**
 * The word lists of the actors stage (data: src/actors/words.yml) under the names the
 * passes use, and the few closed-class tables that are grammar rather than vocabulary
 * (pronouns, compromise's closed-class tags, the dateline pattern).
 */
import { WORDS } from '../../actors/words.js';

export { COUNTRY_DESC, GOV_HEAD, GROUP_HEAD, GROUP_MODIFIER, HONORIFIC, ORG_DESC, ROLE, words } from '../../actors/words.js';

/** heads of organisation names */
export const ORG_HEAD = WORDS.org_head;
/** titles of a state's officers, who belong to the story's country when none is named with them */
export const GOV_ROLE = WORDS.gov_role;
/** titles held by one person at a time: "the President" with no president named is a party of its own */
export const OFFICE = WORDS.office;
/** words of a title before its head ("Prime" Minister, "Foreign" Secretary) */
export const TITLE_MODIFIER = WORDS.title_modifier;
export const PORTFOLIO_WORD = WORDS.portfolio_word;
/** plural nouns whose members are organisations: the names listed after them are organisations */
export const ORG_GROUP_HEAD = WORDS.org_group_head;
/** nouns that classify an organisation named right after them ("drugmaker Talvik Pharma") */
export const ORG_CLASSIFIER = WORDS.org_classifier;
/** a company described by its trade ("the airline", "the drugmaker") */
export const SECTOR_DESC = WORDS.sector_desc;
export const DESCRIBED_AS = WORDS.described_as;
export const MEMBERS_BODY = WORDS.members_body;
export const PROPER_BODY_HEAD = WORDS.proper_body_head;
export const LEADS_VERB = WORDS.leads_verb;
/** last words of the names of laws, agreements and permits ("the Harbour Safety Act"): no person */
export const THING_HEAD = WORDS.thing_head;
/** first words of the names of storms and operations ("Hurricane Velma"): no person */
export const EVENT_WORD = WORDS.event_word;
/** "members of the opposition": before "of the" and a group noun, the group itself */
export const MEMBERS_OF = WORDS.members_of;
/** a state's armed forces ("the Thai military", "the army"): a party of its own, of the country */
export const MILITARY_HEAD = WORDS.military_head;
/** last words of company names, which are then called by their first word ("Caldera Automotive" … "Caldera") */
export const COMPANY_HEAD = WORDS.company_head;
/** a company's legal form ending its name, in lower case too ("Orvane plc", "Tessaly Inc.") */
export const LEGAL_SUFFIX = WORDS.legal_suffix;
/** "the regulator", "the watchdog": the last body named with a regulator's head (REGULATOR_HEAD) */
export const REGULATOR_DESC = WORDS.regulator_desc;
export const REGULATOR_HEAD = WORDS.regulator_head;
/** lower-case heads of a body named by a new name and a description ("the Nigenad works council") */
/** capitalised plurals ending a party's or force's name ("the Christian Democrats", "Vesk State Police"): no person */
export const PARTY_PLURAL = WORDS.party_plural;
/** a legislature's chambers: "House Democrats" is the party's group in that chamber */
export const CHAMBER = WORDS.chamber;
/** "the city council", "the governor's office": a public body described, not named (unnamed.ts) */
export const UNNAMED_BODY_HEAD = WORDS.unnamed_body_head;
export const UNNAMED_BODY_MODIFIER = WORDS.unnamed_body_modifier;
/** lower-case heads of a body inside a named organisation ("the Vesk Assembly finance committee") */
export const SUB_BODY_HEAD = WORDS.sub_body_head;
/** judges' titles that are also common words ("Justice Emeka Rowntree", not "the Justice Department") */
export const BENCH_TITLE = WORDS.bench_title;
/** "the city", "the county": a local government that acts (unnamed.ts) */
export const LOCAL_GOVERNMENT = WORDS.local_government;
export const DESCRIBED_BODY_HEAD = WORDS.described_body_head;
/** lower-case heads of a body's description that a name in apposition names ("a smaller opposition party, Demvar Future,") */
export const APPOSED_BODY_HEAD = WORDS.apposed_body_head;
/** group heads for people who speak for a body: "representatives from …", "delegates of …" */
export const DELEGATE_HEAD = WORDS.delegate_head;
/** org heads that are organs of a government: a person's affiliation goes to the country */
export const GOV_ORG_HEAD = WORDS.gov_org_head;
/** group heads that need a modifier to be a group ("developing nations", not "nations") */
export const WEAK_GROUP_HEAD = WORDS.weak_group_head;
export const ANY_ORG_DESC = WORDS.any_org_desc;
/** group heads whose members belong to a union or association named with the same noun */
export const MEMBER_HEAD = WORDS.member_head;
/** heads of a body of members */
export const LABOUR_HEAD = WORDS.labour_head;
/** prepositions after which a place is a venue, not an actor */
export const VENUE_PREP = WORDS.venue_prep;
export const CONNECTOR = WORDS.connector;
/** bodies that are a party in a dispute even when the text never names them: "the union said …" */
export const BARE_BODY = WORDS.bare_body;
/** a reporting participle opening a clause of its own after a comma: "…, saying Quito must …" */
export const SAY_ING = WORDS.say_ing;
export const SAY = WORDS.say;
export const STOP_CAP = WORDS.stop_cap;
/** capitalised words before a state's name that make another place's name: "Northern Ireland", "the Gulf of Mexico" */
export const PLACE_PREFIX = WORDS.place_prefix;
export const QUANT = WORDS.quant;
/** groups of a state's servants: with no country of their own, the document's main country */
export const GOV_GROUP_HEAD = WORDS.gov_group_head;
/** "it" before a form of "be/seem/appear/remain" (after auxiliaries) and one of these is not an actor */
export const BE_LIKE = WORDS.be_like;
export const AUX_CHAIN = WORDS.aux_chain;
export const EXPLETIVE_ADV = WORDS.expletive_adv;
/** "it is clear that/whether", "it is important to" */
export const EXPLETIVE_ADJ = WORDS.expletive_adj;
/** "it is likely that", "it was reported that" (but "it is likely to agree": the actor) */
export const EXPLETIVE_THAT = WORDS.expletive_that;
/** all-capital abbreviations that are not parties: titles, units, media, time zones, numerals */
/** letters after a person's name ("MP", "KC", "OBE") */
export const POST_NOMINAL = WORDS.post_nominal;
/** abbreviations that name no party: the list's own, and letters after a name */
export const NOT_ACTOR_ACRONYM = new Set([...WORDS.not_actor_acronym, ...POST_NOMINAL]);
export const CLAUSE_BREAK = WORDS.clause_break;
/** names of news agencies and outlets: they report, they are not parties */
export const NOT_PARTY_NAME = WORDS.not_party_name;
/** party words before a person's name ("Lakeland Democrat Ana Ruiz") */
export const PARTY_LABEL = WORDS.party_label;
/** "strong opposition": the act, not a party */
export const OPPOSITION_ACT = WORDS.opposition_act;
/** "the Government of X": the country X's state */
export const STATE_OF = WORDS.state_of;
/** "the Halden state government": a region's government, no state's */
export const SUBNATIONAL_LEVEL = WORDS.subnational_level;
/** heads of the names of bodies of states that "the bloc" stands for */
export const BLOC_HEAD = WORDS.bloc_head;
/** heads of a group that speaks for the body the sentence before has as its subject */
export const BODY_VOICE_HEAD = WORDS.body_voice_head;
/** "the Board of X": a company's governing bodies */
export const COMPANY_ORGAN = WORDS.company_organ;
/** "the Port Employers' Association": a body of employers, no union */
export const EMPLOYER_WORD = WORDS.employer_word;

export const CLOSED = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Auxiliary', 'Modal', 'Copula', 'QuestionWord', 'Negative', 'Date', 'Month', 'WeekDay', 'Value', 'Cardinal', 'Ordinal'];
/** a side's common name as an epithet ("the opposition X", "the rebel X", "X rebels") → the group head it stands for */
export const EPITHET = new Map<string, string>([['opposition', 'opposition'], ...[...WORDS.group_modifier].flatMap((g): [string, string][] => [[g, `${g}s`], [`${g}s`, `${g}s`]])]);
export const EPITHET_BEFORE = new RegExp(`\\b(${[...EPITHET.keys()].join('|')})\\s+$`, 'i');
export const EPITHET_AFTER = new RegExp(`^\\s+(${[...EPITHET.keys()].join('|')})\\b(?!['’])`, 'i');

export type PronounClass = 'm' | 'f' | 'it' | 'they';
export const PRONOUNS: Record<string, PronounClass> = {
  he: 'm', him: 'm', his: 'm', himself: 'm',
  she: 'f', her: 'f', hers: 'f', herself: 'f',
  it: 'it', its: 'it', itself: 'it',
  they: 'they', them: 'they', their: 'they', theirs: 'they', themselves: 'they',
};
export const FIRST_PERSON: Record<string, 'i' | 'we'> = { i: 'i', me: 'i', my: 'i', myself: 'i', we: 'we', us: 'we', our: 'we', ours: 'we', ourselves: 'we' };
/**
 * The first person a token is, if any: its normal form with a contraction's tail dropped ("We've", "we're", "I'm",
 * "we'll", which the tagger may keep as one word); "I" and "us" only when tagged a pronoun ("World War I"), never "US"
 * or "ME" in capitals; "our"/"my" also when tagged a possessive noun.
 */
export function firstPersonOf(t: { text: string; normal: string; tags: ReadonlySet<string> }): 'i' | 'we' | undefined {
  const w = t.normal.replace(/['’](?:ve|re|ll|d|m|s)$/, '');
  const p = FIRST_PERSON[w];
  if (!p) return undefined;
  if ((w === 'us' || w === 'me') && /^[A-Z]{2}$/.test(t.text)) return undefined;
  if (w === 'i' || w === 'us') return t.tags.has('Pronoun') || w !== t.normal ? p : undefined;
  return p;
}
export const FEMALE_TITLE = /^(?:spokeswoman|chairwoman|congresswoman|businesswoman|stateswoman|queen|princess|empress|duchess|dame|lady|madam|madame|mrs|ms|miss)$/;
export const MALE_TITLE = /^(?:spokesman|chairman|congressman|businessman|statesman|king|prince|emperor|duke|sir|lord|mr)$/;

/** "NUM", "U.N.", "M23", "ZLF-2" (digits only after the first letter) */
export const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,9}$/;

/** "BEIJING (Reuters) -", "GENEVA, May 10 (AP) —", "Beijing, May 10 (Reuters) -", "LONDON, 20 May 2026 -", "KARSK, (Vesk Press) -–", "TALMOR (Norland), May 2 (Vesk Press) --" */
export const DATELINE =
  /^(?:\p{Lu}[\p{Lu}.'-]+(?:\s+\p{Lu}[\p{Lu}.'-]+){0,4}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?=(?:,[^(]{0,30})?\s*\())(?:\s*\([A-Za-z .'-]{2,30}\)(?=,\s*(?:\d{1,2}\s+)?[A-Z][a-z]))?(?:,\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,?\s*\d{4})?){0,2},?\s*(?:\([^)]{1,40}\))?\s*(?:--|[-—–]{1,3}|:)\s*/u;

/** a dateline whose dash the page lost: a place in capitals, a month and a day, then the first word ("LONDON, June 21 British engineer …") */
export const DATELINE_BARE = /^\p{Lu}[\p{Lu}.'-]+(?:\s+\p{Lu}[\p{Lu}.'-]+){0,4},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+(?=[A-Z][a-z])/u;

/**
 * A transcript's bare speaker label in capitals at the start of a paragraph ("CASTELLANO: …", "KANG: …"): a label
 * only when the text names a person so (see bareLabelName), which keeps out "UPDATE:" and "NOTE:".
 */
export const BARE_LABEL = /^([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2})\s*:\s/;

/**
 * The name a bare label gives (its words in title case), when the text writes it as part of a person's full
 * name elsewhere ("Mayor Yvonne Castellano", "Kang Se-ryun"); else undefined.
 */
export function bareLabelName(text: string, paragraph: string): string | undefined {
  const m = BARE_LABEL.exec(paragraph);
  if (!m) return undefined;
  // (each part of a hyphened name: "REYES-VARGA" → "Reyes-Varga")
  const name = m[1]!.split(/\s+/).map((w) => w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())).join(' ');
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:\\p{Lu}[\\p{L}.'’-]*\\s+${esc}\\b|\\b${esc}\\s+\\p{Lu})`, 'u').test(text) ? name : undefined;
}

/**
 * Any label that opens a transcript's turn ("MARCHETTI:", "Question:", "Ana Ruiz:"): looser than SPEAKER_LABEL and
 * BARE_LABEL, which must also say whose turn it is; the holders stage only asks whether a paragraph opens a turn.
 */
export const TURN_LABEL = /^(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*:\s/;

/** "MR. X:", "SECRETARY X:", "Ambassador X:", "QUESTION:", "Q:" at the start of a paragraph; "Q " without a colon too (White House transcripts) */
export const SPEAKER_LABEL =
  /^(?:(?:(MR|MRS|MS|DR|SECRETARY|AMBASSADOR|SENATOR|GENERAL|ADMIRAL|MINISTER|PRESIDENT|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|CHAIRMAN|GOVERNOR|DIRECTOR|COMMISSIONER)\.?\s+([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2}))|(QUESTION|Q|MODERATOR|OPERATOR|PARTICIPANT|REPORTER))\s*:\s|^(Q)\s+(?=[A-Z(])/i;

