/**
 * The parties of one raw cue: its holder, target and source, from the subject finder, the agents, the speaker
 * of a quotation or reporting frame, and the context when the sentence names no one.
 */
import type { CueCore as Cue } from '../../schema/output.js';
import type { RawCue } from '../cues.js';
import type { ActorMention, Token } from '../types.js';
import { quoteAt } from '../quotes.js';
import { isReporting } from '../reporting.js';
import type { HolderContext, SentenceCtx } from './context.js';
import { chargedParty, nounAgent, offerMaker, offerReceiver, passiveAgent, refusedSubject } from './agents.js';
import { earlierSpeaker, firstPersonBefore, introducedSpeaker, laterSpeaker, sentenceSpeaker, speakerBefore } from './speaker.js';
import { subjectAfterClause, subjectBefore } from './subject.js';
import { isFirstPerson, isPrepObject, lastTokenOf, relativeClauseHead, SUBJECT_PRONOUN, tokenAt } from './syntax.js';
import { WORDS } from '../../actors/words.js';
import { mentionAfter } from './target.js';
import { isOwnParty, isStateOrgan, laterSubjectPhrase, subjectPhrase } from './phrase.js';
import { bothSidesAround, bothSidesOpening, bothSidesSubject, conjunctsOf, idsOf, twoSides } from './conjuncts.js';
import { BOTH_SIDES } from './words.js';
import { demanderOf, judgedPronoun, makerBeforePassive, makerOfSubjectOffer, ownDemandReceiver, passiveOnOwnDemand, quotedOfferPassive } from './demander.js';
import { jointParties } from './joint.js';
import { constituencyAdviser } from './advice.js';

export interface Parties {
  holder: string | null;
  /** every conjunct's actor id, in text order, when the stance has more than one holder ("X and Y agreed") */
  holders?: string[];
  target: string | null;
  source: string | null;
  /** a headline cue whose holder the headline does not name */
  headlineGuess: boolean;
}

/** a stance that is nobody's named here: the demander's own demand, a passive on one's own demand */
const nobody = (): Parties => ({ holder: null, target: null, source: null, headlineGuess: false });

/**
 * A rule with `holder: speaker` ("the U.S. must …"): the clause subject is the target and the reporting speaker
 * (or the context) holds the stance. A subject named in words but not known as an actor ("the city must first …")
 * keeps the cue with no target; null when no party is named ("diplomacy must", "we must") or the speaker is the
 * party itself.
 */
export function speakerRuleParties(hc: HolderContext, c: SentenceCtx, r: RawCue, contextHolder: () => string | null): Parties | null {
  const { tokens } = c.ps;
  if (r.rule.target === 'after') return onusParties(hc, c, r, contextHolder);
  // "we must …", "you have to meet …": a requirement on oneself or on anyone, not on another party
  const before = tokens[r.tokStart - 1];
  if (before && (isFirstPerson(before.text) || before.normal === 'you')) return null;
  // (a party named in words right before the trigger is the subject, not an actor further back: "the union said
  // the ministry must"; an emphatic reflexive may stand between: "Mr. Sen himself must show …")
  // "Norland told Vesk that it must …": the party told must act, the teller sets the term
  const told = toldParty(hc, c, r.tokStart);
  if (told) return told;
  const reflexive = /^(?:himself|herself|itself|themselves)$/.test(before?.normal ?? '') ? 1 : 0;
  const phrase = subjectPhrase(c, r.tokStart - reflexive);
  let subj = subjectBefore(hc, c, r.tokStart);
  if (subj && phrase && subj.end <= tokens[phrase.start]!.start) subj = null;
  // ("Vesk, which Norland says must first …": the requirement falls on the relative pronoun's antecedent)
  const relSpeaker = relativeClauseSpeaker(hc, c, r.tokStart);
  if (relSpeaker) {
    let pron = tokenAt(tokens, relSpeaker.start) - 1;
    while (pron > 0 && !/^(?:which|who|whom)$/.test(tokens[pron]!.normal)) pron--;
    subj = c.mentions.find((x) => hc.holdable(x) && lastTokenOf(tokens, x) === pron - 1 && x.actorId !== relSpeaker.actorId) ?? null;
  }
  // "Vesk said any new deal had to include the port": the reported clause's subject is a thing named in words, no
  // party; the one who reports the requirement sets it (subjectBefore reached back past the verb to the speaker)
  if (subj && !relSpeaker && thingSubjectAfterSpeaker(hc, c, subj, r.tokStart)) return { holder: subj.actorId, target: null, source: null, headlineGuess: false };
  const target = subj?.actorId ?? null;
  // "Talks will not take place before the troops leave, Vesk said": the talks, the subject, open the trigger itself
  // and the sentence; nothing stands before them to be required, so the stance is the trailing speaker's (else the
  // context's), not a demand on no one
  if (!target && !relSpeaker && !phrase && r.tokStart === 0 && r.type !== 'condition') {
    const trailing = sentenceSpeaker(hc, c);
    const holder = trailing && trailing.start > r.tokStart ? trailing.actorId : (hc.author ?? contextHolder());
    return { holder, target: null, source: null, headlineGuess: false };
  }
  if (!target && !relSpeaker && (!phrase || phrase.kind === 'pronoun')) return null;
  // the speaker: "<X> said (that) the U.S. must …", or a trailing "…, the commander said"; "Vesk, which Norland says
  // must first …": the speaker inside the relative clause on the party required
  let speaker = relSpeaker ?? (subj ? speakerBefore(hc, c, tokenAt(tokens, subj.start)) : speakerBefore(hc, c, r.tokStart));
  if (!speaker) {
    const trailing = sentenceSpeaker(hc, c);
    if (trailing && trailing.start > r.tokStart && trailing.actorId !== target) speaker = trailing;
  }
  const own = (id: string | null) => !!target && (id === target || hc.byId.get(target)?.affiliation === id);
  if (speaker && own(speaker.actorId)) return null;
  // (a statement's author makes the demands its text states: "Statement by X … Zorvania must …")
  const context = speaker ? null : (hc.author ?? contextHolder());
  // the context's party is the party the demand falls on: held by no one known when a speaker is named in words
  // ("the minister said …", "…, the minister said"), else not a demand on another party ("Norland must do better")
  if (!speaker && own(context) && !speakerInWords(c, r)) return null;
  const holder = speaker?.actorId ?? (own(context) ? null : context);
  return { holder, target, source: null, headlineGuess: false };
}

/** verbs of telling a party something to its face ("told Vesk that it must …", "warned them that they must …") */
const TELLING = /^(?:tell|tells|told|telling|warn|warns|warned|warning|remind|reminds|reminded|reminding|inform|informs|informed|informing|assure|assures|assured|notify|notifies|notified)$/;

/**
 * "Norland told Vesk that it must withdraw", "I am warning Vesk and Brelvania and saying that they must …": a pronoun
 * subject of the requirement right after "that", itself right after a verb of telling and the parties it tells, is
 * those parties (the first of them is the target); the teller — the verb's subject, else the sentence's speaker —
 * sets the term. Null when the sentence is not so built.
 */
function toldParty(hc: HolderContext, c: SentenceCtx, tok: number): Parties | null {
  const { tokens } = c.ps;
  const pron = tok - 1;
  if (!/^(?:it|they|he|she)$/.test(tokens[pron]?.normal ?? '') || tokens[pron - 1]?.normal !== 'that') return null;
  let k = pron - 2;
  // (a second reporting verb joined on: "warning X and saying that they must")
  if (/^(?:saying|adding|stressing|insisting)$/.test(tokens[k]?.normal ?? '') && tokens[k - 1]?.normal === 'and') k -= 2;
  let first: ActorMention | null = null;
  for (let n = 0; n < 4; n++) {
    const m = c.mentions.find((x) => hc.holdable(x) && x.kind !== 'pronoun' && lastTokenOf(tokens, x) === k);
    if (!m) break;
    first = m;
    k = tokenAt(tokens, m.start) - 1;
    if (tokens[k]?.normal === 'the') k--;
    if (tokens[k]?.normal === 'and') k--;
    else if (!/,/.test(tokens[k]?.post ?? '')) break;
  }
  if (!first || k < 0 || !TELLING.test(tokens[k]!.normal)) return null;
  const teller = subjectBefore(hc, c, k) ?? sentenceSpeaker(hc, c);
  const holder = teller && teller.actorId !== first.actorId ? teller.actorId : null;
  return { holder, target: first.actorId, source: null, headlineGuess: false };
}

/**
 * "X said (that) any deal had to address pay": `subj` is the subject of the reporting verb between it and the trigger
 * at `tok`, and the reported clause opens on a noun phrase of its own (a determiner or a noun, no pronoun, no party)
 * right before the trigger's verb group.
 */
function thingSubjectAfterSpeaker(hc: HolderContext, c: SentenceCtx, subj: ActorMention, tok: number): boolean {
  const { tokens } = c.ps;
  const from = lastTokenOf(tokens, subj) + 1;
  let verb = -1;
  for (let j = from; j < tok && j <= from + 3; j++) if (isReporting(tokens[j]!)) verb = j;
  if (verb < 0 || quoteAt(hc.quotes, tokens[verb]!.start) || speakerBefore(hc, c, verb + 1)?.actorId !== subj.actorId) return false;
  let k = verb + 1;
  if (tokens[k]?.normal === 'that') k++;
  // (the words up to the trigger: the noun phrase, then at most a verb group — "had to", "would have to", "must")
  let j = k;
  // (a preposition's phrase inside it too: "X stated that talks on the next stage should begin …")
  // (and a plural noun the tagger read as a verb before a preposition: "said that talks about the border must …")
  while (j < tok && (nounPhraseWord(tokens[j]!) || (j > k && innerPreposition(tokens, j, j === k + 1 && pluralReadAsVerb(tokens, k))) || (j === k && pluralReadAsVerb(tokens, j))) && !/[,;:()]/.test(tokens[j]!.post)) j++;
  if (j === k || !tokens[j - 1]!.tags.has('Noun')) return false;
  for (let q = j; q < tok; q++) if (!(tokens[q]!.tags.has('Modal') || tokens[q]!.tags.has('Auxiliary') || /^(?:not|still|also|first|have|has|had|to|be)$/.test(tokens[q]!.normal))) return false;
  const a = tokens[k]!.start;
  const b = tokens[j - 1]!.end;
  return !c.mentions.some((m) => m.start < b && m.end > a);
}

/** a word of a plain noun phrase: a determiner, an adjective or a noun that is no pronoun */
const nounPhraseWord = (t: Token): boolean => t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Ordinal') || (t.tags.has('Noun') && !t.tags.has('Pronoun'));

/** "talks about", "calls for", "cuts to": a word in -s the tagger read as a present-tense verb, right before a preposition */
const pluralReadAsVerb = (tokens: readonly Token[], j: number): boolean =>
  tokens[j]!.tags.has('PresentTense') && /[^s]s$/.test(tokens[j]!.normal) && !!tokens[j + 1]?.tags.has('Preposition') && innerPreposition(tokens, j + 1, true);

/** a preposition that opens a phrase inside a noun phrase: after a noun, before a determiner, adjective or noun */
function innerPreposition(tokens: readonly Token[], j: number, afterVerbRead = false): boolean {
  const next = tokens[j + 1];
  return /^(?:of|on|for|over|about|between|in|from|at|with)$/.test(tokens[j]!.normal) && (afterVerbRead || tokens[j - 1]!.tags.has('Noun')) && !!next && nounPhraseWord(next);
}

/**
 * "Vesk, which Norland says must first withdraw …", "the army, which the rebels say has to …": a relative clause on the
 * party required, whose own subject reports the requirement right before the trigger — that subject speaks.
 */
function relativeClauseSpeaker(hc: HolderContext, c: SentenceCtx, tok: number): ActorMention | null {
  const { tokens } = c.ps;
  let v = tok - 1;
  if (tokens[v]?.normal === 'that') v--;
  if (v < 2 || !isReporting(tokens[v]!)) return null;
  const m = c.mentions.find((x) => hc.holdable(x) && lastTokenOf(tokens, x) === v - 1);
  if (!m) return null;
  // (over an article and a title before the name: "which the Tarsk Front says", "which Prime Minister Ana Brel says")
  let k = tokenAt(tokens, m.start) - 1;
  for (let n = 0; n < 3 && k > 0 && (tokens[k]!.tags.has('Determiner') || /^[A-Z]/.test(tokens[k]!.text)) && !/[,;:]/.test(tokens[k]!.post); n++) k--;
  return tokens[k] && /^(?:which|who|whom)$/.test(tokens[k]!.normal) ? m : null;
}

/**
 * "The onus is on X to …", "it is up to X to …": X, the party after the trigger, is the target; the speaker holds
 * the demand, else the context, else no one known (the cue stands all the same).
 */
function onusParties(hc: HolderContext, c: SentenceCtx, r: RawCue, contextHolder: () => string | null): Parties {
  const { tokens } = c.ps;
  // the party right after "on" / "up to" (not one in a trailing attribution)
  const after = mentionAfter(hc, c, r.tokEnd - 1, null);
  const target = after && tokenAt(tokens, after.start) <= r.tokEnd + 2 ? after.actorId : null;
  let speaker = speakerBefore(hc, c, r.tokStart);
  if (!speaker) {
    const trailing = sentenceSpeaker(hc, c);
    if (trailing && trailing.start > tokens[r.tokEnd - 1]!.end && trailing.actorId !== target) speaker = trailing;
  }
  let holder = speaker?.actorId ?? contextHolder();
  if (holder === target) holder = null;
  return { holder, target, source: null, headlineGuess: false };
}

/** a reporting frame whose speaker is a noun phrase, actor or not: "the minister said …", "…, the defence minister said" */
function speakerInWords(c: SentenceCtx, r: RawCue): boolean {
  const { tokens } = c.ps;
  for (let j = 1; j < tokens.length; j++) {
    if ((j >= r.tokStart && j < r.tokEnd) || !isReporting(tokens[j]!)) continue;
    const prev = tokens[j - 1]!;
    if (prev.tags.has('Noun') && !prev.tags.has('Pronoun')) return true;
  }
  return false;
}

/**
 * The state a state organ in words speaks for: the country the context's party is or belongs to, else the
 * country the text names most ("ZANU-PF said …, as a government delegation readied …" → Zimbabwe), else the
 * context's party itself.
 */
function stateOf(hc: HolderContext, id: string | null): string | null {
  const a = id ? hc.byId.get(id) : undefined;
  if (a?.type === 'country') return id;
  const aff = a?.affiliation ? hc.byId.get(a.affiliation) : undefined;
  if (aff?.type === 'country') return aff.id;
  return hc.mainCountry ?? id;
}

/** a condition whose trigger states an obligation: "must be lifted", "would have to be approved", "should be freed" */
function isObligation(r: RawCue, tokens: SentenceCtx['ps']['tokens']): boolean {
  if (r.type !== 'condition') return false;
  for (let j = r.tokStart; j < r.tokEnd; j++) if (/^(?:must|should|ought|have|has|had|need|needs)$/.test(tokens[j]!.normal)) return true;
  return false;
}

/**
 * "The delegations of X", "negotiators from X": a group of envoys named by the body they come from stands for it —
 * the first party named within a few words after "of"/"from" (a style such as "the Republic of" skipped), before
 * the trigger at `trig`.
 */
function envoysOf(hc: HolderContext, c: SentenceCtx, subj: ActorMention, trig: number): ActorMention | null {
  const { tokens } = c.ps;
  // (a pronoun that takes them up in the same sentence: "Officials from X said they would accept …")
  if (subj.kind === 'pronoun') {
    const named = c.mentions.filter((m) => m.actorId === subj.actorId && m.kind !== 'pronoun' && m.start < subj.start).at(-1);
    if (!named) return null;
    subj = named;
  }
  const last = lastTokenOf(tokens, subj);
  const head = tokens[last]!;
  if (hc.byId.get(subj.actorId)?.type !== 'group' || !WORDS.delegate_head.has(head.normal) || /[,;:()]/.test(head.post)) return null;
  if (!/^(?:of|from)$/.test(tokens[last + 1]?.normal ?? '')) return null;
  const from = tokens[last + 1]!.end;
  const limit = tokens[Math.min(last + 6, trig - 1)]?.end ?? from;
  const m = c.mentions.find((x) => x.start > from && x.end <= limit && x.end <= tokens[trig]!.start && hc.holdable(x) && hc.byId.get(x.actorId)?.type !== 'person');
  return m ?? null;
}

/**
 * "his officers would hold …", "her negotiators": servants named by a possessive pronoun stand for its party; so
 * does a pronoun that takes them up ("Its leaders say they will only negotiate if …": the servants' mention named
 * last before it, in its paragraph)
 */
function ownersServants(hc: HolderContext, c: SentenceCtx, subj: ActorMention): ActorMention | null {
  const group = hc.byId.get(subj.actorId);
  if (group?.type !== 'group') return null;
  let named: ActorMention | undefined = subj;
  if (subj.kind === 'pronoun') {
    const para = c.ps.sentence.paragraph;
    named = group.mentions.filter((m) => m.kind !== 'pronoun' && m.start < subj.start && hc.parsed[m.sentence]!.sentence.paragraph === para).at(-1);
    if (!named) return null;
  }
  const s = named === subj ? c : hc.sentence(named.sentence);
  const { tokens } = s.ps;
  const t = tokenAt(tokens, named.start);
  const last = lastTokenOf(tokens, named);
  const head = tokens[last]!.normal;
  if (!WORDS.delegate_head.has(head) && !WORDS.gov_group_head.has(head) && !WORDS.staff_head.has(head)) return null;
  const p = tokens[t - 1];
  if (!p || !/^(?:his|her|its|their)$/.test(p.normal)) return null;
  const owner = s.mentions.find((m) => m.start === p.start && hc.holdable(m) && m.actorId !== subj.actorId);
  return owner ?? null;
}

/**
 * A quoted condition whose own words name the speaker's side in the first person is the speaker's requirement,
 * whoever the clause before it names: "… with the unions and, should our members vote for this package, we will …".
 */
function ownCondition(c: SentenceCtx, r: RawCue): boolean {
  return r.type === 'condition' && c.ps.tokens.slice(r.tokStart, r.tokEnd).some((t) => /^(?:we|our|us|i|my)$/.test(t.normal));
}

/** "our negotiators … they": a group the sentence names with "our", which belongs to whoever speaks */
function ourGroup(hc: HolderContext, c: SentenceCtx, subj: ActorMention | null): boolean {
  if (!subj || hc.byId.get(subj.actorId)?.type !== 'group') return false;
  const { tokens } = c.ps;
  return c.mentions.some((m) => m.actorId === subj.actorId && (/^our\s/i.test(m.text) || tokens[tokenAt(tokens, m.start) - 1]?.normal === 'our'));
}

/**
 * A party's own stance: the clause subject, unless a first-person quote, a fronted condition, an offer's maker
 * or a passive/noun agent says otherwise. `headlineGuess` is set even when the cue is dropped (null holder with
 * needsHolder is the only drop here).
 */
export function ownStanceParties(
  hc: HolderContext,
  c: SentenceCtx,
  r: RawCue,
  contextHolder: () => string | null,
  prior: readonly Cue[] = [],
): Parties | null {
  const { tokens } = c.ps;
  let holder: string | null = null;
  // a trigger that takes its pronoun subject in ("it would not negotiate", rule will-not-do): that pronoun is the subject
  let subj = pronounAtTrigger(hc, c, r.tokStart) ?? subjectBefore(hc, c, r.tokStart);
  // "…, as a government delegation readied to resume talks": the words right before the trigger are its subject
  const later = subj ? laterSubjectPhrase(c, r.tokStart, subj.end) : null;
  if (later) subj = null;
  // "… and Vesk, which says any talks must include Karsk": what a relative clause reports is its antecedent's
  const relSpeaker = relativeSpeaker(hc, c, r.tokStart, subj);
  if (relSpeaker) subj = relSpeaker;
  // "X rejects the rebel terms, but says talks …": a second verb phrase shares the sentence's subject
  const shared = subj ? sharedSubject(hc, c, r.tokStart) : null;
  if (shared) subj = shared;
  // "the board recommended that shareholders reject the bid": the adviser's stance, the constituency votes on it
  subj = constituencyAdviser(hc, c, subj) ?? subj;
  // "the delegations of X and Y met": a body's envoys stand for the body they are of
  if (subj) subj = envoysOf(hc, c, subj, r.tokStart) ?? ownersServants(hc, c, subj) ?? subj;
  // "X accused Y of refusing …": the party charged holds it, not the accuser (no one known when Y is no actor)
  const charged = chargedParty(hc, c, r.tokStart);
  if (charged === null) return nobody();
  if (charged) subj = charged;
  // "We will not negotiate," the minister said: the speaker holds a first-person stance; so do "our negotiators"
  const inQuote = !!quoteAt(hc.quotes, tokens[r.tokStart]!.start);
  const firstPerson = ourGroup(hc, c, subj) || firstPersonBefore(c, r.tokStart, subj?.end ?? -1) || (inQuote && ownCondition(c, r));
  if (firstPerson) {
    const speaker = sentenceSpeaker(hc, c) ?? (inQuote ? (laterSpeaker(hc, r.sentence) ?? earlierSpeaker(hc, r.sentence) ?? introducedSpeaker(hc, r.sentence)) : null);
    subj = speaker;
    holder = speaker?.actorId ?? contextHolder();
  }
  // "If Japan does not withdraw, the group will …": a sentence-initial condition is set by the main clause's subject
  // ("If Vesk does not withdraw by Friday, Norland will act": a fronted ultimatum read as a whole clause, the same)
  if (!subj && r.type === 'condition' && (r.rule.condition === 'after' || (r.rule.condition === 'clause' && r.tokStart === 0 && tokens[0]!.normal === 'if'))) {
    // (an if-clause read whole ends on its comma: "If Vesk does not withdraw by Friday, Norland will act"; a fronted
    // precondition's comma is not its main clause's, "For talks to begin, Vesk must withdraw, Norland said")
    const from = tokens[0]!.normal === 'if' ? r.tokEnd - 1 : r.tokEnd;
    const comma = tokens.findIndex((t, j) => j >= from && /,/.test(t.post));
    if (comma >= 0) subj = subjectAfterClause(hc, c, comma + 1);
  }
  // "By agreeing to the plan, the negotiators have …": a fronted participial phrase is its main clause subject's
  if (!subj) subj = frontedParticipleSubject(hc, c, r);
  // "an offer the union dismissed": a relative clause the cue spans has its own subject
  const relSubj = spannedRelativeSubject(hc, c, r);
  if (relSubj) subj = relSubj;
  // "an offer from Kosovo to restart talks": the offer's maker holds what it offers
  const maker = relSubj ? null : offerMaker(hc, c, r.tokStart);
  if (maker) subj = maker;
  // a passive trigger names its agent after "by": "the offer was rejected by the union"; but a requirement in the
  // passive falls on its agent, it is not the agent's: "X said the deal must be approved by all sides" is X's
  let agent = passiveAgent(hc, c, r.tokStart, r.tokEnd) ?? nounAgent(hc, c, r.tokStart, r.tokEnd);
  // (a refusal to be coerced is its patient's: "will not be held hostage by X" is the subject's, X is the party refused)
  const patientAgent = agent && r.rule.holder === 'patient' ? agent : null;
  const obligedAgent = agent && isObligation(r, tokens) ? agent : null;
  if (obligedAgent || patientAgent) agent = null;
  if (agent) subj = agent;
  // "The company rejected the workers' demands to …": a demand noun is its demander's; one named in words only is no one's here
  const demander = agent ? null : demanderOf(hc, c, r);
  if (demander === 'unnamed') return nobody();
  if (demander) subj = demander;
  // "Our latest offer has been rejected," the bidder's chief said: the side that answered the speaker's offer refused it
  const answered = inQuote && !agent ? quotedOfferAnswer(hc, c, r, prior, subj) : null;
  if (answered) [subj, holder] = [null, answered];
  // an offer or demand named in the subject is judged by another party: its receiver or the speaker, else no one
  const judge = agent || answered ? subj : offerJudge(hc, c, r, subj, !holder);
  if (judge === 'nobody') return nobody();
  subj = judge;
  // a quoted stance with no party named before it is the quote's speaker's: "There will be no deal," X said
  // (a quotation that goes on with no frame of its own: the speaker its paragraph named before, rather than the
  // last party to hold a stance there — "Pim Arlo was blunt. “Tarnwick has rejected every offer. Any deal will
  // depend on our members' vote.”")
  if (!subj && !holder && inQuote) {
    const speaker = sentenceSpeaker(hc, c) ?? laterSpeaker(hc, r.sentence) ?? earlierSpeaker(hc, r.sentence) ?? introducedSpeaker(hc, r.sentence);
    if (speaker && !quoteAt(hc.quotes, speaker.start)) subj = speaker;
  }
  // "Talks can only start when the army leaves, the rebels said": a stance that names no party before it is the
  // trailing speaker's, when the sentence names no one else before the trigger
  if (!subj && !holder && !inQuote && !c.mentions.some((m) => hc.holdable(m) && m.end <= tokens[r.tokStart]!.start)) {
    const speaker = sentenceSpeaker(hc, c);
    if (speaker && speaker.start > tokens[r.tokEnd - 1]!.end && !quoteAt(hc.quotes, speaker.start)) subj = speaker;
  }
  // "talks between X and Y resumed", "the X-Y summit": the parties a joint event's noun names hold it
  const joint = agent || maker || firstPerson ? null : jointParties(hc, c, r);
  if (joint) subj = joint[0]!;
  // "both sides agreed …": the two parties of the dispute the text names
  let pair: string[] | null = joint && joint.length > 1 ? idsOf(joint) : null;
  // ("both sides reaffirmed their commitment …": a pronoun of "both sides" stands for the pair as well)
  const bothSubj = bothSidesAround(c, subj) || (!!subj && BOTH_SIDES.test((hc.byId.get(subj.actorId)?.name ?? '').toLowerCase().replace(/\s+/g, ' ')));
  const both = maker || agent || joint ? -1 : Math.max(bothSidesSubject(c, r.tokStart, subj && !bothSubj ? subj.end : -1), subj ? -1 : bothSidesOpening(c, r.tokStart, r.tokEnd));
  if (both >= 0) pair = twoSides(hc, r.sentence, prior, bothSidesHead(tokens, both));
  if (pair && bothSubj) subj = null;
  if (!subj && !pair && !holder && !agent && !maker) pair = carriedPair(hc, c, r, prior);
  // no actor, but the sentence names its party in words ("Zorvania refused", "Farmers refused"): the stance is
  // found all the same, and a name or a party of its own is no one else's — the context does not hold it
  const named = !subj && !pair && !holder ? (later ?? subjectPhrase(c, r.tokStart)) : null;
  // (an engagement of an unnamed "we" is kept — "We welcome the union's decision" —; a demand or refusal of an unnamed
  // speaker is dropped as before: whether the speaker is a party at all is unknown)
  if (!subj && !pair && !named && !(firstPerson && r.type === 'engagement') && r.rule.needsHolder) return null;
  const ownParty = !!named && !c.ps.sentence.headline && isOwnParty(c, named);
  const headlineGuess = !subj && !pair && !ownParty && c.ps.sentence.headline;
  // a state's organ in words ("a government delegation", "officials") speaks for the context's state
  const organ = !!named && isStateOrgan(c, named);
  holder = subj?.actorId ?? holder ?? (ownParty ? null : organ ? stateOf(hc, contextHolder()) : contextHolder());
  let holders: string[] | undefined;
  if (pair) holders = pair;
  else if (subj) {
    // "Peru and Chile agreed …": every conjunct holds it, the first is `holder`
    const trigger = tokens[r.tokStart]!.start;
    const ids = idsOf(conjunctsOf(hc, c, subj, subj.start < trigger ? trigger : Infinity, subj === agent));
    if (ids.length > 1) holders = ids;
  }
  if (holders) holder = holders[0]!;
  let source: string | null = null;
  if (subj || (pair && both >= 0)) {
    const speaker = speakerBefore(hc, c, pair && both >= 0 ? both : tokenAt(tokens, subj!.start));
    if (speaker && speaker.actorId !== holder && !holders?.includes(speaker.actorId)) source = speaker.actorId;
  }
  let target = r.rule.target === 'after' ? (mentionAfter(hc, c, r.tokEnd - 1, holder)?.actorId ?? null) : null;
  if (!target && obligedAgent && obligedAgent.actorId !== holder) target = obligedAgent.actorId;
  if (patientAgent && patientAgent.actorId !== holder) target = patientAgent.actorId;
  // a stance the conjuncts share is not directed at one of them
  if (target && holders?.includes(target)) target = null;
  return { holder, ...(holders ? { holders } : {}), target, source, headlineGuess };
}

/**
 * A stance on an offer or demand named in its clause (no passive or noun agent found): a passive on one's own demand
 * is answered by the party it went to or the speaker, a judgement on the subject's offer or on a pronoun for it is
 * the speaker's, an offer made to a party named is refused by it; and, while no holder is set yet (`unheld`), a party
 * refused in the agentless passive is refused by the party it turned to (refusedSubject). 'nobody' when only the
 * offer's maker, or only the party refused, is named outside a quotation; else the subject, changed or not.
 */
function offerJudge(hc: HolderContext, c: SentenceCtx, r: RawCue, subj: ActorMention | null, unheld: boolean): ActorMention | null | 'nobody' {
  // (…, unless a party other than the demander reports it: "the union's demands were rejected, the company said")
  if (passiveOnOwnDemand(c, r, subj)) {
    // ("Zelmark's bid for Orvena was rejected": the party it went to answers it)
    const answerer = ownDemandReceiver(hc, c, r, subj!) ?? sentenceSpeaker(hc, c);
    if (!answerer || answerer.actorId === subj!.actorId || quoteAt(hc.quotes, answerer.start)) return 'nobody';
    subj = answerer;
  }
  // "the Corvane offer still undervalued the company, Harbex said": the offer's maker is no party to its judgement
  if (makerOfSubjectOffer(c, r, subj)) {
    const speaker = sentenceSpeaker(hc, c);
    if (!speaker || speaker.actorId === subj!.actorId || quoteAt(hc.quotes, speaker.start)) return 'nobody';
    subj = speaker;
  }
  // "X made an offer, but Y said it was unacceptable": the pronoun judged is the offer, the speaker judges it
  if (judgedPronoun(c, r, subj)) {
    const speaker = sentenceSpeaker(hc, c);
    if (speaker && !quoteAt(hc.quotes, speaker.start)) subj = speaker;
  }
  // "the proposals made by the union were rejected, the minister said": the speaker, never the offer's maker
  const madeBy = !subj ? makerBeforePassive(hc, c, r) : null;
  if (madeBy) {
    const speaker = sentenceSpeaker(hc, c);
    if (!speaker || speaker.actorId === madeBy.actorId || quoteAt(hc.quotes, speaker.start)) return 'nobody';
    subj = speaker;
  }
  // "X approached Y with an offer, which was rebuffed": Y refused it
  const receiver = r.type === 'refusal' ? offerReceiver(hc, c, r.tokStart, r.tokEnd) : null;
  if (receiver) return receiver;
  // "X approached Y but was rebuffed", "the union was rebuffed": the passive's subject is the party refused; the
  // party it turned to refused, or no one the sentence names
  if (unheld && r.type === 'refusal') {
    const refuser = refusedSubject(hc, c, r.tokStart, subj);
    if (refuser === null) return 'nobody';
    if (refuser) return refuser;
  }
  return subj;
}

/**
 * A cue that spans a noun and the relative clause on it ("offer the union dismissed", "proposal which the board
 * rejected"): the party named right after the noun (and "which"/"that"), with a verb after it inside the cue.
 */
function spannedRelativeSubject(hc: HolderContext, c: SentenceCtx, r: RawCue): ActorMention | null {
  const { tokens } = c.ps;
  const first = tokens[r.tokStart];
  let k = r.tokStart + 1;
  // (a cue that opens with the relative pronoun: "…, which Cablevine declined")
  if (!first || !/^(?:which|whom)$/.test(first.normal)) {
    // (a noun, not a verb that may be read as one: "grant Halden access")
    if (!first || !first.tags.has('Noun') || first.tags.has('Pronoun') || first.tags.has('Verb') || /[,;:()]/.test(first.post)) return null;
    if (/^(?:which|that)$/.test(tokens[k]?.normal ?? '')) k++;
  }
  // (the party right there, or after its article: "which the board rejected")
  const at = (x: ActorMention) => {
    const t = tokenAt(tokens, x.start);
    return t === k || (t === k + 1 && tokens[k]!.tags.has('Determiner') && tokens[k]!.normal !== 'that');
  };
  const m = c.mentions.find((x) => hc.holdable(x) && at(x));
  if (!m) return null;
  // its verb follows it, after an auxiliary, a negation or an adverb at most ("the board had flatly rejected"); a verb
  // further on is no relative clause's: "grant Halden access to due diligence and will not be engaging"
  let j = lastTokenOf(tokens, m) + 1;
  while (j < r.tokEnd && (tokens[j]!.tags.has('Auxiliary') || tokens[j]!.tags.has('Modal') || tokens[j]!.tags.has('Adverb') || tokens[j]!.tags.has('Negative'))) j++;
  return j < r.tokEnd && tokens[j]!.tags.has('Verb') ? m : null;
}

/**
 * A trigger inside a sentence-initial participial phrase ("By agreeing in principle to the plan, X has …", "After
 * rejecting the offer, X …", "Refusing to attend, X …"): the subject of the main clause after its comma.
 */
function frontedParticipleSubject(hc: HolderContext, c: SentenceCtx, r: RawCue): ActorMention | null {
  const { tokens } = c.ps;
  const first = /^(?:by|after|before|while|upon|on|in|despite|since|when)$/.test(tokens[0]?.normal ?? '') ? 1 : 0;
  const g = tokens[first];
  if (!g || !g.tags.has('Gerund') || r.tokStart < first) return null;
  const comma = tokens.findIndex((t) => /,/.test(t.post));
  if (comma < r.tokEnd - 1 || tokens.slice(0, comma).some((t) => /[;:()"“”]/.test(t.post))) return null;
  return subjectAfterClause(hc, c, comma + 1);
}

/**
 * A trigger in a verb phrase coordinated after "but/and/yet" with no subject of its own ("Norland rejects rebel
 * terms, but says door to talks open"): the sentence-initial subject, not a party inside the first verb's object.
 */
function sharedSubject(hc: HolderContext, c: SentenceCtx, tok: number): ActorMention | null {
  const { tokens } = c.ps;
  let j = tok - 1;
  if (tokens[j]?.normal === 'that') j--;
  if (!tokens[j]?.tags.has('Verb') || tokens[j]!.tags.has('Auxiliary') || tokens[j]!.tags.has('Gerund')) return null;
  j--;
  while (j >= 0 && tokens[j]!.tags.has('Adverb')) j--;
  if (!tokens[j] || !/^(?:but|and|yet)$/.test(tokens[j]!.normal) || !/,/.test(tokens[j - 1]?.post ?? '')) return null;
  const first = c.mentions.find((m) => hc.holdable(m));
  if (!first || tokenAt(tokens, first.start) > 1 || isPrepObject(tokens, tokenAt(tokens, first.start))) return null;
  // (nothing else may stand in subject position between: "X rejects Y's terms, but Y says" has its own subject)
  return c.mentions.some((m) => hc.holdable(m) && tokenAt(tokens, m.start) > j && tokenAt(tokens, m.start) < tok) ? null : first;
}

/**
 * A trigger right after a reporting verb that opens a relative clause ("Vesk, which says any talks must
 * include Karsk", "the union, who said (that) …"), with no party of its own between them: the relative
 * pronoun's antecedent speaks, and holds the stance — not a party named before it ("between Norland and Vesk, which
 * says …"). Null when the trigger is not so placed or the subject found stands after the verb.
 */
function relativeSpeaker(hc: HolderContext, c: SentenceCtx, tok: number, subj: ActorMention | null): ActorMention | null {
  const { tokens } = c.ps;
  let v = tok - 1;
  // (a determiner or an adjective may open the reported subject: "which says any talks must …", "who said direct talks …")
  while (v > 0 && tok - v <= 2 && (tokens[v]!.tags.has('Determiner') || tokens[v]!.tags.has('Adjective')) && !isReporting(tokens[v]!)) v--;
  if (tokens[v]?.normal === 'that') v--;
  if (v < 1 || !isReporting(tokens[v]!)) return null;
  if (subj && subj.start >= tokens[v]!.end) return null;
  // (only a party speaks: the mention right before the pronoun, even after a preposition — "between X and Y, which says")
  const head = relativeClauseHead(tokens, v);
  const ant = head >= 0 ? c.mentions.find((x) => hc.holdable(x) && lastTokenOf(tokens, x) === head) : undefined;
  return ant && ant.actorId !== subj?.actorId ? ant : null;
}

/** a resolved pronoun mention that opens the trigger itself ("it would not …", "they will never …", "I'm not going to …") */
function pronounAtTrigger(hc: HolderContext, c: SentenceCtx, tok: number): ActorMention | null {
  const t = c.ps.tokens[tok];
  if (!t) return null;
  if (!SUBJECT_PRONOUN.test(t.text)) return partyAtHeadlineTrigger(hc, c, tok);
  return c.mentions.find((m) => m.start === t.start && hc.holdable(m)) ?? null;
}

/**
 * A headline trigger that takes its party in before "to" ("Norway to Mediate Between the Factions", "Orlinda,
 * Norway to Resume Talks"): that party is its subject, not a party named after the verb nor the text's most
 * named one.
 */
function partyAtHeadlineTrigger(hc: HolderContext, c: SentenceCtx, tok: number): ActorMention | null {
  const { tokens } = c.ps;
  if (!c.ps.sentence.headline) return null;
  const t = tokens[tok]!;
  const m = c.mentions.find((x) => x.start === t.start && hc.holdable(x));
  if (!m) return null;
  return tokens[lastTokenOf(tokens, m) + 1]?.normal === 'to' ? m : null;
}

/**
 * A quoted refusal in the agentless passive on an offer ("We regret that the latest bid was turned down," the
 * bidder's chief said; "Our improved offer has been rejected once more"): the speaker's side made the
 * offer, the other side refused it — otherSideRefuser of the speaker, or of the party the subject names when it is the
 * speaker or a pronoun ("we", "our"). Null when the sentence is not so built or no other side is known.
 */
function quotedOfferAnswer(hc: HolderContext, c: SentenceCtx, r: RawCue, prior: readonly Cue[], subj: ActorMention | null): string | null {
  if (!quotedOfferPassive(hc, c, r)) return null;
  const speaker = sentenceSpeaker(hc, c) ?? laterSpeaker(hc, r.sentence) ?? earlierSpeaker(hc, r.sentence) ?? introducedSpeaker(hc, r.sentence);
  const own = subj ? (subj.kind === 'pronoun' || subj.actorId === speaker?.actorId ? subj : null) : speaker;
  return own ? otherSideRefuser(hc, prior, r.sentence, own.actorId) : null;
}

/**
 * The holder of the last refusal before sentence `s` that is neither the speaker `speaker` nor of the speaker's side
 * (its affiliation, or a party affiliated to it): the side that answered the speaker's offer; with no such refusal, the
 * other party of the dispute's pair. Null when there is none.
 */
function otherSideRefuser(hc: HolderContext, prior: readonly Cue[], s: number, speaker: string): string | null {
  const side = (id: string | null | undefined) => (id ? (hc.byId.get(id)?.affiliation ?? id) : null);
  const own = side(speaker);
  for (let k = prior.length - 1; k >= 0; k--) {
    const q = prior[k]!;
    if (q.sentence >= s || q.type !== 'refusal' || !q.holder) continue;
    if (q.holder === speaker || side(q.holder) === own) continue;
    return q.holder;
  }
  // (no refusal before: the one party of the dispute's pair that is not the speaker's side)
  const other = (twoSides(hc, s, prior) ?? []).filter((id) => id !== speaker && side(id) !== own);
  return other.length === 1 ? other[0]! : null;
}

/**
 * A cue whose clause subject is a bare "they" that no party resolves ("Observers say they will resume their talks"),
 * right after a sentence of its paragraph whose subject is a both-sides phrase ("But the two sides, each short of a
 * majority, are still apart on taxes"): the two parties of the dispute that phrase stands for. A plural pronoun takes
 * up a plural subject, not a person or body named further back. Null when the cue's sentence names a party before the
 * trigger, or the sentence before names one before its both-sides phrase.
 */
function carriedPair(hc: HolderContext, c: SentenceCtx, r: RawCue, prior: readonly Cue[]): string[] | null {
  const { tokens } = c.ps;
  const start = tokens[r.tokStart]!.start;
  if (c.mentions.some((m) => hc.holdable(m) && m.start < start)) return null;
  const they = tokens.findIndex((t, j) => j < r.tokStart && t.normal === 'they');
  if (they < 0 || c.mentions.some((m) => m.start === tokens[they]!.start)) return null;
  const i = r.sentence - 1;
  if (i < 0 || hc.parsed[i]!.sentence.paragraph !== c.ps.sentence.paragraph) return null;
  const prev = hc.sentence(i);
  const pt = prev.ps.tokens;
  // (the phrase opens the sentence, after a conjunction or an adverb at most: "But the two sides …", "Still, both sides …")
  const open = [0, 1].find((j) => (j === 0 || /^(?:but|and|yet|still|however|now|so)$/.test(pt[0]?.normal ?? '')) && bothSidesOpening(prev, j, pt.length) >= 0);
  if (open === undefined) return null;
  if (prev.mentions.some((m) => hc.holdable(m) && m.start < pt[open]!.start)) return null;
  return twoSides(hc, i, prior, bothSidesHead(pt, open));
}

/** the head word of the both-sides phrase that starts at token `j` ("both companies", "the two governments") */
function bothSidesHead(tokens: SentenceCtx['ps']['tokens'], j: number): string {
  return tokens[tokens[j]!.normal === 'the' ? j + 2 : j + 1]?.normal ?? '';
}
