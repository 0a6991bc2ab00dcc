/** The holders stage's word lists (words.json), validated once and compiled into sets and patterns. */
import data from './words.json' with { type: 'json' };
import { HolderWords } from '../../schema/holder-words.js';

const words = HolderWords.parse(data);

const set = (k: Exclude<keyof HolderWords, '$comment'>): ReadonlySet<string> => new Set(words[k].words);
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (ws: string[]) => ws.map(escape).join('|');

export const PREPOSITIONS = set('prepositions');
export const PARTITIVES = set('partitives');
export const SUBORDINATORS = set('subordinators');
export const TELL_VERBS = set('tellVerbs');
export const GIVE_VERBS = set('giveVerbs');
export const STANCE_VERBS = set('partyVerbs');
export const AS_SAYING = set('asSaying');
export const OFFER_NOUNS = set('offerNouns');
export const STATEMENT_NOUNS = set('statementNouns');
export const SPEAKER_ROLES = set('speakerRoles');
export const DEMAND_NOUNS = set('demandNouns');
export const JOINT_EVENT_NOUNS = set('jointEventNouns');
export const VENUE_PREPOSITIONS = set('venuePrepositions');
export const CONTRAST_CONJUNCTIONS = set('contrastConjunctions');
export const CONDITION_SUBORDINATORS = set('conditionSubordinators');

const commenting = alt(words.commenting.words);
/** groups that are an audience or commentators, not a party one engages with */
export const AUDIENCE = new RegExp(`^(?:the )?(?:${commenting}|${alt(words.audience.words)})$`, 'i');
/** the words after a refusing operator's trigger open an audience: "(refused to speak to) the press", "local reporters" */
export const ADDRESSEE_AFTER = new RegExp(`^\\s*(?:the\\s+|a\\s+|local\\s+|foreign\\s+|#?\\w+\\s+)?(?:${alt(words.addressees.words)})\\b`, 'i');
/** commentators: their statements are reports, not a party's stance (the spec: analysts and reporters hold none) */
export const COMMENTATORS = new RegExp(
  `^(?:the )?(?:(?:${alt(words.commentatorQualifiers.words)})\\s+)?(?:${commenting}|${alt(words.commentators.words)})$`,
  'i',
);
/** news agencies only report: a stance that seems theirs belongs to the party in the context */
export const AGENCIES = new RegExp(
  `^(?:the )?(?:(?:${alt(words.agencies.words)})(?:['’]s\\b.*)?|.*\\b(?:${alt(words.agencyHeads.words)}))$`,
  'i',
);
/** "both sides", "the two countries", "neither side": the two parties of a named dispute */
// (also after a possessive and with a superlative: "the world's two largest economies", "both main parties")
export const BOTH_SIDES = new RegExp(
  `^(?:${alt(words.bothSidesDeterminers.words)}|[\\p{L}.-]+['’]s two) (?:(?:\\p{L}+est|main|major|leading|top) )?(?:${alt(words.bothSidesHeads.words)})$|^neither (?:${alt(words.neitherSideHeads.words)})$`,
  'u',
);
export const PARTY_NOUNS = set('partyNouns');
export const STATE_NOUNS = set('stateNouns');
export const PARTY_PRONOUNS = set('partyPronouns');
/** the text before a trigger ends in a call on another party and its "to": "called on Chile to ", "urged both sides to " (not "asked us to", nor "we are asking X to", the speaker's own wish, nor "told reporters he wanted to") */
export const CALL_ON_PARTY_TO = new RegExp(
  `(?<!\\b(?:we|i)(?:\\s+(?:are|am|have|also|again|now|would|will|do))*\\s+)\\b(?:${alt(words.callVerbs.words)})\\s+(?!(?:us|me)\\b)(?:(?!\\b(?:he|she|it|they|we|i|you|that|who|which|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|shall|did|does|do)\\b)[^,.;:!?"“”()\\n]){1,60}?\\s+to\\s+(?:\\w+ly\\s+)?$`,
  'i',
);

/**
 * The engagement rules whose cue is the holder's own act of seeking talks or keeping an offer open ("demanded a meeting
 * with the harbour board", "insisted that its offer is still on the table"): where a verb of demanding names such an act, the
 * demand is the meeting or the offer itself, no term set on the other side (cues.ts keeps the act inside a demand's
 * that-clause; overlap.ts then drops the condition).
 */
export const OWN_ACT_RULE = /^engagement(?:-frames)?\.(?:seek-meeting-with|offer-stands|offer-stands-far)$/;
