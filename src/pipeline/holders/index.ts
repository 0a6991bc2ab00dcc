/**
 * Stage 7 — holders: who holds each stance, at whom it is directed, and who reports it. The passes:
 *
 *  - subject.ts — the subject of the trigger's clause: the nearest actor mention before the trigger that is not
 *    the object of a preposition or verb, not an appositive or a comma-set relative clause, not inside a
 *    subordinate clause that closes before the trigger (syntax.ts reads that clause structure);
 *  - agents.ts — a passive trigger's "by" agent, a noun trigger's "by/from/of" agent, an offer's maker;
 *  - speaker.ts — the speaker of a quotation or reporting frame: holder of a first-person quoted stance, `source`
 *    of a reported one;
 *  - conjuncts.ts — conjoined holders ("X and Y agreed"), and the two parties "both sides" stands for;
 *  - holder.ts — the parties of one cue from those; with no actor in the sentence, the holder of the paragraph's
 *    last stance, else the paragraph's or document's main actor; for `holder: speaker` rules ("the U.S. must …")
 *    the clause subject is the target and the speaker holds the stance;
 *  - target.ts — the first other actor after the trigger in its clause, never a venue;
 *  - phrase.ts — party-like noun phrases from the words alone (a name known or not, "farmers", "them");
 *  - parties.ts — the needsTarget test, commentators (no stance) and news agencies (only report);
 *  - condition.ts — a condition's demanded text, the actor it falls on, the party called on;
 *  - headline.ts — a headline that names no holder takes the holder of the body's first stance of its type;
 *  - overlap.ts — stances inside a condition's demand are its content.
 *
 * Word lists are data: words.json, validated by src/schema/holder-words.ts.
 */
import type { Actor, CueCore as Cue } from '../../schema/output.js';
import type { ActorMention, ActorRecord, ParsedSentence } from '../types.js';
import type { RawCue } from '../cues.js';
import { quoteAt, quoteSpans, type Span } from '../quotes.js';
import { holderContext, reportsOnly, type HolderContext, type SentenceCtx } from './context.js';
import { ownStanceParties, speakerRuleParties } from './holder.js';
import { audienceAfter, hasPartyAfter, isCommentator, notAnAgency } from './parties.js';
import { conditionOf } from './condition.js';
import { predicateCondition } from './predicate.js';
import { inheritHeadlineHolders } from './headline.js';
import { pruneNested } from './overlap.js';
import { closedForInfinitive, isFirstPerson, isNounPhraseWord, isPrepObject, isVerbObject, lastTokenOf, tokenAt } from './syntax.js';
import { SUBORDINATORS } from './words.js';
import { subjectPhrase } from './phrase.js';
import { isReporting } from '../reporting.js';
import { TURN_LABEL } from '../actors/lexicon.js';

export interface HolderResult {
  cues: Cue[];
  actors: Actor[];
}

interface CueResult {
  cue: Cue | null;
  headlineGuess: boolean;
}

/** the holder from the context: the paragraph's last holder, its earlier sentences' subject, the main actor */
function contextHolderOf(hc: HolderContext, r: RawCue, lastHolderInParagraph: Map<number, string>): () => string | null {
  const other = objectOnly(hc, r);
  const ok = (id: string | null | undefined) => (id && !other(id) ? id : null);
  return () => {
    const para = hc.parsed[r.sentence]!.sentence.paragraph;
    // (a condition that names no party, in a statement: its author sets it — "only by X can there be peace")
    if (r.type === 'condition' && ok(hc.author)) return hc.author;
    // (a sentence whose own first person speaks — "Nobody in this government is going to sign away our coastal
    // communities" — is its speaker's before it is the paragraph's last holder's)
    const own = hc.sentence(r.sentence).mentions.find((x) => hc.holdable(x) && isFirstPerson(x.text));
    if (own && ok(own.actorId)) return own.actorId;
    const last = ok(lastHolderInParagraph.get(para));
    if (last) return last;
    // a paragraph of speech: whoever its first person is ("The toll is a deal-breaker for us. Take it out, and we can talk")
    for (let i = r.sentence; i >= 0 && hc.parsed[i]!.sentence.paragraph === para; i--) {
      const m = hc.sentence(i).mentions.find((x) => hc.holdable(x) && isFirstPerson(x.text));
      if (m && ok(m.actorId)) return m.actorId;
    }
    // the subject of the paragraph's earlier sentences, nearest first
    for (let i = r.sentence - 1; i >= 0 && hc.parsed[i]!.sentence.paragraph === para; i--) {
      const s = hc.sentence(i);
      const m = s.mentions.find(
        (x) => hc.holdable(x) && !reportsOnly(hc.byId.get(x.actorId)?.name ?? '') && !isPrepObject(s.ps.tokens, tokenAt(s.ps.tokens, x.start)),
      );
      if (m && ok(m.actorId)) return m.actorId;
    }
    // (a statement's author speaks its whole text; a transcript's turn, its labelled speaker)
    const head = paragraphHead(hc, r.sentence);
    const label = labelled(hc, head) ? hc.sentence(head).mentions.find((x) => x.start === hc.parsed[head]!.sentence.start && hc.holdable(x)) : undefined;
    // (else a paragraph that names no one goes on with the stance the paragraph right before it ended on — "Dockers
    // rejected the offer. ¶ The walkout, begun at dawn, …" — before the document's most named party; not in a
    // transcript, where the turn before is another speaker's or a question)
    const before = head > 0 && !labelled(hc, head) && !labelled(hc, paragraphHead(hc, head - 1)) ? ok(lastHolderInParagraph.get(para - 1)) : null;
    return ok(hc.author) ?? ok(label?.actorId) ?? before ?? ok(hc.mainActor);
  };
}

/** the first sentence of the paragraph of sentence `i` */
function paragraphHead(hc: HolderContext, i: number): number {
  const para = hc.parsed[i]!.sentence.paragraph;
  while (i > 0 && hc.parsed[i - 1]!.sentence.paragraph === para) i--;
  return i;
}

/** sentence `i` opens a transcript's turn (actors/lexicon.ts TURN_LABEL) */
const labelled = (hc: HolderContext, i: number) => TURN_LABEL.test(hc.parsed[i]!.sentence.text);

/**
 * The noun phrase at tokens [i, end) — with its possessed noun, "the union's offer" — ends the sentence right
 * after a verb that is not a reporting one: a verb's object ("… had rejected the union's offer.").
 */
function finalObject(tokens: SentenceCtx['ps']['tokens'], i: number, end: number): boolean {
  let k = end;
  while (k < tokens.length && tokens[k]!.tags.has('Noun') && !tokens[k]!.tags.has('Pronoun') && !/[,;:()]/.test(tokens[k - 1]!.post)) k++;
  if (k < tokens.length) return false;
  let j = i - 1;
  while (j >= 0 && isNounPhraseWord(tokens[j]!) && !/[,;:()]/.test(tokens[j]!.post)) j--;
  const verb = tokens[j];
  return !!verb && verb.tags.has('Verb') && !verb.tags.has('Auxiliary') && !verb.tags.has('Copula') && !verb.tags.has('Modal') && !isReporting(verb);
}

/** the prepositions whose object a stance is directed at: "talks with X", "an offer to X", "a stand against X" */
const TARGET_PREPOSITION = /^(?:with|to|towards?|against)$/;

/**
 * The parties the cue's own sentence names only after its trigger, as its object ("… agreed to meet Orvane",
 * "… talks with the union"), not as a trailing speaker ("…, the union said"): the stance is directed at them, the
 * context does not make them its holder.
 */
function objectOnly(hc: HolderContext, r: RawCue): (id: string) => boolean {
  const c = hc.sentence(r.sentence);
  const { tokens } = c.ps;
  const trigger = tokens[r.tokStart]?.start ?? 0;
  const speaks = (m: ActorMention) => {
    const t = tokenAt(tokens, m.start);
    const next = tokens[lastTokenOf(tokens, m) + 1];
    return (!!next && isReporting(next)) || (!!tokens[t - 1] && isReporting(tokens[t - 1]!)) || !!quoteAt(hc.quotes, m.start) !== !!quoteAt(hc.quotes, trigger);
  };
  // (an object: of a verb, or of a preposition that names whom a stance is directed at — not a place, "talks in
  // X", a maker, "an offer from X", or the parties of a joint stance, "talks between X and Y"; a first person
  // speaks, whatever its place: "give us …")
  const frontedEnd = SUBORDINATORS.has(tokens[0]?.normal ?? '') ? tokens.findIndex((x) => /,/.test(x.post)) : -1;
  // (a subject in words right before the trigger that no actor covers — "the bloc had suspended its participation
  // in the Vesk Assembly", "the party walked out urging the government …": a party after the trigger is in the
  // clause's predicate, never the subject the words refer to)
  const np = subjectPhrase(c, r.tokStart);
  const wordsSubject = !!np && np.kind !== 'pronoun' && !c.mentions.some((m) => m.start < tokens[np.end - 1]!.end && m.end > tokens[np.start]!.start);
  const object = (m: ActorMention) => {
    const t = tokenAt(tokens, m.start);
    if (isFirstPerson(m.text) || speaks(m)) return false;
    if (wordsSubject && t >= r.tokEnd) return true;
    // (a party inside the cue's own words, after its trigger word: "ready to meet union leaders")
    if (t > r.tokStart && t < r.tokEnd) return true;
    // (the main clause's subject after a fronted clause the trigger is in: "Because the governor refused to meet
    // them, the teachers …")
    if (frontedEnd >= r.tokEnd - 1 && t > frontedEnd) return true;
    if (isVerbObject(tokens, t, lastTokenOf(tokens, m) + 1, r.tokStart) || finalObject(tokens, t, lastTokenOf(tokens, m) + 1)) return true;
    // (or the subject of a clause the stance depends on: "… unless ministers make changes")
    let k = t - 1;
    while (k > r.tokStart && isNounPhraseWord(tokens[k]!) && !SUBORDINATORS.has(tokens[k]!.normal)) k--;
    if (k >= r.tokStart && SUBORDINATORS.has(tokens[k]!.normal)) return true;
    if (!isPrepObject(tokens, t)) return false;
    let j = t - 1;
    while (j > r.tokStart && !/^(?:with|to|towards?|against|between|among|amongst|in|at|from|by|of|for|on)$/.test(tokens[j]!.normal)) j--;
    return TARGET_PREPOSITION.test(tokens[j]!.normal);
  };
  return (id) => {
    // (a pronoun takes up a party named before it: "the SNP, who said they …")
    const own = c.mentions.filter((m) => m.actorId === id && m.kind !== 'pronoun');
    // (and the subject of a fronted clause is not the main clause's: "If teachers want to talk, we are here to listen")
    const fronted = (m: ActorMention) => frontedEnd >= 0 && r.tokStart > frontedEnd && tokenAt(tokens, m.start) <= frontedEnd;
    // (nor the subject of a "for X to …" infinitive that closes before the trigger: "the demand for X to quit
    // is out of the question" is not X's)
    const closed = (m: ActorMention) => m.start < trigger && closedForInfinitive(tokens, tokenAt(tokens, m.start), r.tokStart);
    return own.length > 0 && own.every((m) => (m.start >= trigger && object(m)) || fronted(m) || closed(m));
  };
}

/**
 * A subordinate condition ("… until the army leaves", "… only if Y agrees") that qualifies the stance right before
 * it in its sentence: that stance's cue, when nothing but its own words stands between them (no ";", no clause
 * joined by "and/but/while"). Its holder sets the condition — not a party named inside the stance ("would not sit
 * in the same room as the brigades until the brigades leave" is the one who will not sit's condition).
 */
function qualifiedStance(c: SentenceCtx, r: RawCue, prior: readonly Cue[]): Cue | null {
  if (r.type !== 'condition' || !r.rule.subordinate) return null;
  const { tokens } = c.ps;
  const start = tokens[r.tokStart]!.start;
  const q = prior.filter((x) => x.sentence === r.sentence && x.type !== 'condition' && x.end <= start && x.holder).at(-1);
  if (!q) return null;
  for (let j = tokenAt(tokens, q.end - 1); j < r.tokStart; j++) {
    const t = tokens[j]!;
    if (/[;:]/.test(t.post) || (t.start >= q.end && CLAUSE_JOIN.test(t.normal))) return null;
  }
  return q;
}

/** words that join another clause, whose stance a later condition may qualify instead */
const CLAUSE_JOIN = /^(?:and|but|while|whereas|although|though|yet|or)$/;

/** one raw cue resolved into an output cue (null when a filter drops it) */
function resolveCue(hc: HolderContext, r: RawCue, lastHolderInParagraph: Map<number, string>, prior: readonly Cue[]): CueResult {
  const c = hc.sentence(r.sentence);
  const { tokens } = c.ps;
  const contextHolder = contextHolderOf(hc, r, lastHolderInParagraph);
  const parties = r.rule.holder === 'speaker' ? speakerRuleParties(hc, c, r, contextHolder) : ownStanceParties(hc, c, r, contextHolder, prior);
  if (!parties) return { cue: null, headlineGuess: false };
  const { headlineGuess } = parties;
  let { holder, target, source } = parties;
  let conjoined = parties.holders;
  const qualified = qualifiedStance(c, r, prior);
  if (qualified) {
    holder = qualified.holder;
    conjoined = qualified.holders;
    if (target === holder) target = null;
    if (source === holder) source = null;
  }
  // "Vesk's withdrawal is a precondition for talks, Norland said": a party inside the demanded subject must act; the
  // condition is the party's it is for, or its speaker's
  const pred = predicateCondition(hc, c, r);
  if (pred) {
    const inside = new Set(pred.inside.filter((m) => m.kind !== 'pronoun').map((m) => m.actorId));
    if (pred.holder) holder = pred.holder.actorId;
    else if (holder && inside.has(holder)) {
      const ctx = contextHolder();
      holder = ctx && !inside.has(ctx) ? ctx : null;
    }
    if (pred.holder || !conjoined?.includes(holder ?? '')) conjoined = undefined;
    if (target === holder) target = null;
    if (source === holder) source = null;
  }
  // "spoke with reporters", "talk with one voice": no other party, no engagement; the party is looked for after the
  // naming rule's own words, not after a chain that runs on past it ("met with the mediators | for talks")
  // (a refusing operator ahead of it refuses whatever follows — "refused a meeting with the nominee" — unless what
  // follows is an audience: "refused to speak to reporters" declines to comment)
  const partyOk = hasPartyAfter(hc, c, r.rule, r.tokEnd) || (r.ruleEnd !== undefined && hasPartyAfter(hc, c, r.rule, r.ruleEnd));
  if (!partyOk && !(r.refusingOperator && !audienceAfter(hc.text, tokens[r.tokEnd - 1]!.end))) return { cue: null, headlineGuess };
  if (isCommentator(hc, holder)) return { cue: null, headlineGuess };
  holder = notAnAgency(hc, holder, contextHolder);
  // conjoined holders stand only while the first of them is the holder
  const holders = conjoined && conjoined[0] === holder ? conjoined : undefined;
  if (holder) lastHolderInParagraph.set(c.ps.sentence.paragraph, holder);

  const start = tokens[r.tokStart]!.start;
  const end = tokens[r.tokEnd - 1]!.end;
  const cond = conditionOf(hc, c, r, { start, end }, holder, target);
  target = cond.target;
  if (pred?.actor && cond.condition && pred.actor.actorId !== holder) cond.condition = { ...cond.condition, actor: pred.actor.actorId };
  const cue: Cue = {
    type: r.type,
    holder,
    ...(holders ? { holders } : {}),
    target,
    source,
    time: r.time,
    negated: r.negated,
    modality: r.modality,
    start,
    end,
    text: hc.text.slice(start, end),
    sentence: r.sentence,
    rule: r.rule.key,
    condition: cond.condition,
  };
  return { cue, headlineGuess };
}

/**
 * A fronted subordinate condition that names no holder of its own ("Once the pension deal for the older drivers is
 * approved, the Orm union will call off the strike"): the stance of the main clause after it is what waits on it, so
 * its holder sets the condition, as a stance before an until- or if-clause does (qualifiedStance).
 */
function frontedConditionHolders(fronted: readonly Cue[], cues: readonly Cue[]): void {
  for (const d of fronted) {
    const q = cues.find((x) => x.sentence === d.sentence && x.type !== 'condition' && x.start >= d.end && x.holder);
    if (q) Object.assign(d, { holder: q.holder, ...(q.holders ? { holders: q.holders } : {}) });
  }
}

export function resolveHolders(
  text: string,
  parsed: ParsedSentence[],
  actors: ActorRecord[],
  raw: RawCue[],
  quotes: Span[] = quoteSpans(text, parsed),
): HolderResult {
  const hc = holderContext(text, parsed, actors, quotes);
  const lastHolderInParagraph = new Map<number, string>();
  const cues: Cue[] = [];
  /** headline cues whose holder the headline does not name (indexes into `cues`) */
  const headlineGuess = new Set<number>();
  const sorted = [...raw].sort((a, b) => a.sentence - b.sentence || a.tokStart - b.tokStart);
  const fronted: Cue[] = [];
  for (const r of sorted) {
    const res = resolveCue(hc, r, lastHolderInParagraph, cues);
    // (only for a cue kept: a dropped one's index would be the next cue's)
    if (res.headlineGuess && res.cue) headlineGuess.add(cues.length);
    if (res.cue) cues.push(res.cue);
    if (res.cue && !res.cue.holder && r.type === 'condition' && r.rule.subordinate && r.tokStart === 0) fronted.push(res.cue);
  }
  frontedConditionHolders(fronted, cues);
  inheritHeadlineHolders(cues, headlineGuess, parsed);
  const kept = pruneNested(text, cues);

  const outActors: Actor[] = actors.map((a) => ({
    id: a.id,
    name: a.name,
    type: a.type,
    affiliation: a.affiliation,
    mentions: a.mentions.map(({ start, end, text: t, sentence, kind }) => ({ start, end, text: t, sentence, kind })),
  }));
  return { cues: kept, actors: outActors };
}
