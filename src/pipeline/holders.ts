/**
 * Stage 7 — holders: who holds each stance, at whom it is directed, and who
 * reports it.
 *
 *  - holder: the subject of the trigger's clause — the nearest actor mention
 *    before the trigger that is not the object of a preposition (or a later
 *    conjunct of one; a partitive "some of X" is no preposition), not a verb's
 *    object, not an appositive or a comma-set relative clause, not inside a
 *    subordinate clause that closes before the trigger, and not a mere venue
 *    ("China's decision to meet", "He Lifeng, is scheduled to meet", a resolved
 *    "they"). A passive trigger takes its "by" agent, a noun trigger its
 *    "by/from" (or a demand's "of") agent, the content of an offer the offer's
 *    maker. In a reporting frame ("Yun Sun notes that China is eager to engage")
 *    that is the reported party, and the speaker becomes `source`. With no actor
 *    in the sentence, the stance belongs to whoever held the last stance in the
 *    paragraph, else to the paragraph's or document's main actor; a headline
 *    that names none takes the holder of the body's first stance of its type.
 *  - rules with `holder: speaker` ("the U.S. must …"): the clause subject is the
 *    target, and the reporting speaker (or the context) holds the stance.
 *  - target: the party called on inside a condition's trigger, else the first
 *    other actor after the trigger in its clause, never a venue.
 *  - condition: for condition rules, the demanded text after the trigger and the
 *    actor it falls on.
 */
import type { Actor, CueCore as Cue } from '../schema/output.js';
import type { ActorMention, ActorRecord, ParsedSentence, Token } from './types.js';
import type { RawCue } from './cues.js';
import { isReporting } from './reporting.js';
import { actorById, mentionsBySentence } from './actors.js';
import { quoteAt, quoteSpans, type Span } from './quotes.js';

const PREPOSITIONS = new Set(
  (
    'with to from against on for of by in at between among toward towards into over about under upon across ' +
    'through throughout within without near outside inside via including like than'
  ).split(' '),
);
const isFirstPerson = (s: string) => /^(?:we|i|us|me|our|my)$/i.test(s.trim());

/** people who comment on or report a dispute rather than take part in it */
const COMMENTING = 'analysts|experts|observers|commentators|reporters|journalists|correspondents';
/** groups that are an audience or commentators, not a party one engages with */
const AUDIENCE = new RegExp(`^(?:the )?(?:${COMMENTING}|press|media|news media|students|audience|crowd|supporters)$`, 'i');

/** commentators and news agencies: their statements are reports, not a party's stance (the spec: analysts and reporters hold none) */
const COMMENTATORS = new RegExp(
  `^(?:the )?(?:(?:some|many|most|other|political|independent|western|foreign|industry|market)\\s+)?(?:${COMMENTING}|economists|scholars|researchers|sources)$`,
  'i',
);
/** news agencies only report: a stance that seems theirs belongs to the party in the context */
const AGENCIES =
  /^(?:the )?(?:(?:associated press|ap|afp|agence france-presse|reuters|voa|voice of america|bbc|cnn|npr|upi|xinhua|tass|kyodo|yonhap|al jazeera|al-jazeera)(?:['’]s\b.*)?|.*\b(?:press association|news agency|press agency|news service|wire service))$/i;

interface SentenceCtx {
  ps: ParsedSentence;
  mentions: ActorMention[];
}

/** index of the token that contains offset `pos` (or the first one after it) */
function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** index of the token that holds the last character of a mention */
const lastTokenOf = (tokens: Token[], m: { end: number }): number => tokenAt(tokens, Math.max(0, m.end - 1));

/** a word that can stand inside a noun phrase before its head: determiner, adjective, noun, possessive, number */
const isNounPhraseWord = (t: Token): boolean =>
  t.tags.has('Determiner') || t.tags.has('Adjective') || (t.tags.has('Noun') && !t.tags.has('Pronoun')) || t.tags.has('Possessive') || t.tags.has('Value');

/** Is `m` a possessive ("the lenders'", "Iran's") whose noun phrase runs, with no verb, up to the trigger at `tok`? */
function ownsTrigger(tokens: Token[], m: { text: string; end: number }, tok: number): boolean {
  if (!/(?:'s|s')$/i.test(m.text) && !/^['’]s?\b/.test(tokens[tokenAt(tokens, m.end)]?.text ?? '')) {
    const t = tokens[lastTokenOf(tokens, m)];
    if (!t?.tags.has('Possessive')) return false;
  }
  // the trigger must sit in the possessed noun phrase: not a verb ("unhappy with Chile's stance and would not …")
  const trig = tokens[tok];
  if (trig && trig.tags.has('Verb') && !trig.tags.has('Gerund') && !trig.tags.has('Noun')) return false;
  for (let j = tokenAt(tokens, m.end); j < tok; j++) {
    const t = tokens[j]!;
    if ((t.tags.has('Verb') && !t.tags.has('Gerund')) || /^(?:and|or|but)$/.test(t.normal)) return false;
    // the noun phrase ends at a clause break: "Maduro's government in the capital, months after walking out"
    if (/[;:,]/.test(t.post)) return false;
  }
  return tok - tokenAt(tokens, m.end) <= 8;
}

const PARTITIVE = /^(?:some|many|most|all|several|one|two|three|both|each|none|few|any|half|majority|minority|dozens|hundreds|thousands|members|bloc|group|coalition|alliance|handful|number|pair|trio)$/;

/** Is the noun phrase that starts at token `i` the object of a preposition? */
function isPrepObject(tokens: Token[], i: number): boolean {
  // a nominative pronoun is a subject whatever precedes it ("the last of three she plans to attend")
  if (/^(?:he|she|they|we|i)$/.test(tokens[i]?.normal ?? '')) return false;
  let j = i - 1;
  // walk left over the rest of the noun phrase: determiners, adjectives, nouns, titles, possessives
  while (j >= 0) {
    const t = tokens[j]!;
    if (/[,;:()]/.test(t.post)) break;
    // "envoys for the militia and the cabinet": a later conjunct is the preposition's object too
    if (!isNounPhraseWord(t) && !/^(?:and|or)$/.test(t.normal)) break;
    j--;
  }
  const prev = tokens[j];
  if (!prev || /[,;:()]/.test(prev.post)) return false;
  // "some of the largest investors": a partitive names the subject, it does not make it an object
  if (prev.normal === 'of' && PARTITIVE.test(tokens[j - 1]?.normal ?? '')) return false;
  return PREPOSITIONS.has(prev.normal) && !prev.tags.has('Verb');
}

/** the reporting verb that takes an object, the addressee: "told reporters" */
const TELL = /^(?:tell|tells|told|telling)$/;

/**
 * Is the mention spanning tokens [i, end) the object of a verb and nothing more ("will free its two Dutch
 * captives if …", "met Kerry on Monday and agreed …")? Not when a verb follows it, which makes it the subject of
 * an embedded clause ("urged Iran to negotiate", "said China would …").
 */
function isVerbObject(tokens: Token[], i: number, end: number, tok: number): boolean {
  let j = i - 1;
  while (j >= 0) {
    const t = tokens[j]!;
    if (/[,;:()]/.test(t.post)) return false;
    if (TELL.test(t.normal)) break; // (compromise sometimes tags "told" an adjective)
    if (!isNounPhraseWord(t)) break;
    j--;
  }
  const verb = tokens[j];
  if (!verb) return false;
  if (!TELL.test(verb.normal)) {
    if (!verb.tags.has('Verb') || verb.tags.has('Auxiliary') || verb.tags.has('Copula') || verb.tags.has('Modal')) return false;
    // "said China would …" reports a clause; only "told" and its kind take an object, the addressee
    if (isReporting(verb)) return false;
  }
  // the rest of the object noun phrase, then what follows it
  let k = end;
  while (k < tokens.length && tokens[k]!.tags.has('Noun') && !tokens[k]!.tags.has('Pronoun') && !/[,;:()]/.test(tokens[k - 1]!.post)) k++;
  const next = tokens[k];
  if (!next) return false;
  if (/[,;:()]/.test(tokens[k - 1]!.post)) return true;
  // "quoted the leader as saying …": the speaker
  if (next.normal === 'as' && /^(?:saying|stating|telling)$/.test(tokens[k + 1]?.normal ?? '')) return false;
  if (!(next.tags.has('Verb') || next.tags.has('Modal') || next.tags.has('Auxiliary') || next.normal === 'to')) return true;
  // the embedded clause is the trigger's own ("urged Iran to negotiate"), not a later one
  // ("urged both sides to show restraint and called on X to …": both sides are urged, the caller calls)
  return tok > k + 3;
}

const SUBORDINATOR = /^(?:once|when|whenever|if|after|before|because|since|although|though|while|whereas|unless|until)$/;

/**
 * Is token `i` inside a subordinate clause that closes with a comma before the trigger at `tok`?
 * "X thinks that when the envoys return, a truce can follow": the envoys are not the main clause's subject.
 */
function inClosedSubordinate(tokens: Token[], i: number, tok: number): boolean {
  let sub = -1;
  for (let j = i - 1; j >= 0; j--) {
    if (/[,;:()]/.test(tokens[j]!.post) || isReporting(tokens[j]!)) break;
    if (SUBORDINATOR.test(tokens[j]!.normal)) {
      sub = j;
      break;
    }
  }
  if (sub < 0) return false;
  for (let j = i; j < tok; j++) if (/,/.test(tokens[j]!.post)) return true;
  return false;
}

export interface HolderResult {
  cues: Cue[];
  actors: Actor[];
}

export function resolveHolders(
  text: string,
  parsed: ParsedSentence[],
  actors: ActorRecord[],
  raw: RawCue[],
  quotes: Span[] = quoteSpans(text, parsed),
): HolderResult {
  const byId = actorById(actors);
  const bySentence = mentionsBySentence(actors);

  const holdable = (m: ActorMention) => {
    const a = byId.get(m.actorId);
    return !!a && a.type !== 'location';
  };

  // salience: how often each holdable actor is named (for the document-level fallback)
  const salience = new Map<string, number>();
  for (const a of actors) if (a.type !== 'location') salience.set(a.id, a.mentions.length);
  const mainActor = [...salience.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null;

  const ctx = (i: number): SentenceCtx => ({ ps: parsed[i]!, mentions: bySentence.get(i) ?? [] });

  /** the subject-like mention nearest before token `tok` in the sentence */
  const subjectBefore = (c: SentenceCtx, tok: number, minTok = 0): ActorMention | null => {
    const { tokens } = c.ps;
    const limit = tokens[tok]?.start ?? Infinity;
    let best: ActorMention | null = null;
    for (const m of c.mentions) {
      if (m.end > limit) break;
      if (!holdable(m)) continue;
      const mt = tokenAt(tokens, m.start);
      if (mt < minTok) continue;
      // a prepositional object holds nothing, unless it owns the noun phrase the trigger sits in:
      // "a vote on the creditors' offer of deeper cuts in return for fresh loans"
      if (isPrepObject(tokens, mt) && !ownsTrigger(tokens, m, tok)) continue;
      if (isVerbObject(tokens, mt, lastTokenOf(tokens, m) + 1, tok)) continue;
      if (inClosedSubordinate(tokens, mt, tok)) continue;
      // a possessive pronoun holds only the noun it owns: "their unwillingness to …", not "laid down their pens to demand …"
      if (/^(?:its|their|his|her)$/i.test(m.text) && tok - mt > 3) continue;
      // skip a mention nested inside the previous best (e.g. "U.S." inside "U.S. Treasury Secretary Scott Bessent")
      if (best && m.start >= best.start && m.end <= best.end) continue;
      if (best && apposition(tokens, best, m)) {
        // "Wang Yi, China's foreign minister, said …": the appositive only describes the subject;
        // "the country's main opposition party, the Freedom Party, says …": it names the possessed head
        // and a named party after a description ("the main opposition, the Freedom Party,") is the one meant
        const named = byId.get(best.actorId)?.type === 'group' && byId.get(m.actorId)?.type !== 'group';
        if (!possessorOfNoun(tokens, best) && !named) continue;
      }
      best = m;
    }
    // "The Freedom Party, another opposition group, which backs the mayor, is set to …": mentions inside an
    // appositive or a relative clause set off by commas are not the subject of what follows
    if (best && !quoteBetween(best.end, limit)) {
      const head = insideParenthetical(c, best, tok);
      if (head) best = head;
    }
    return best;
  };

  /** the mention before `m` whose comma-set-off appositive or relative clause (", which … ,") contains `m` and closes before `tok` */
  const insideParenthetical = (c: SentenceCtx, m: ActorMention, tok: number): ActorMention | null => {
    const { tokens } = c.ps;
    const mt = tokenAt(tokens, m.start);
    // the comma that closes the parenthetical: after m, before the trigger, with no verb of the main clause in between
    let close = -1;
    for (let j = lastTokenOf(tokens, m); j < tok; j++) if (/,/.test(tokens[j]!.post)) close = j;
    if (close < 0) return null;
    // the comma that opens it, and the head mention right before that comma
    for (let j = mt - 1; j >= 0; j--) {
      if (!/,/.test(tokens[j]!.post)) continue;
      const head = c.mentions.find((x) => holdable(x) && x.end <= tokens[j]!.end && lastTokenOf(tokens, x) === j);
      if (!head || isPrepObject(tokens, tokenAt(tokens, head.start)) || possessorOfNoun(tokens, head)) return null;
      // the closing comma must end the parenthetical: what follows is the head's predicate, not another name
      return c.mentions.some((x) => holdable(x) && tokenAt(tokens, x.start) > close && tokenAt(tokens, x.start) < tok) ? null : head;
    }
    return null;
  };

  /** is there a quotation mark between two offsets? */
  const quoteBetween = (from: number, to: number) => /["“”]/.test(text.slice(from, Math.min(to, text.length)));

  /** a possessive mention before a noun that is not itself an actor: "Nigeria's main opposition party" */
  const possessorOfNoun = (tokens: Token[], m: ActorMention): boolean => {
    const last = tokens[lastTokenOf(tokens, m)]!;
    if (!/(?:'s|s'|’s|s’)$/i.test(last.text) && !last.tags.has('Possessive')) return false;
    const next = tokens[tokenAt(tokens, m.end)];
    const after = next && next.start >= m.end ? next : tokens[tokenAt(tokens, m.end) + 1];
    return !!after && (after.tags.has('Noun') || after.tags.has('Adjective')) && !after.tags.has('Pronoun');
  };

  /** is `m` an appositive of `prev` ("X, Y,"): set off by a comma right after prev's noun phrase */
  const apposition = (tokens: Token[], prev: ActorMention, m: ActorMention): boolean => {
    const mt = tokenAt(tokens, m.start);
    let j = lastTokenOf(tokens, prev);
    for (; j < mt - 1; j++) {
      const t = tokens[j]!;
      if (/,/.test(t.post)) break;
      if (/[;:()]/.test(t.post) || !isNounPhraseWord(t)) return false;
    }
    if (!/,/.test(tokens[j]?.post ?? '')) return false;
    // between that comma and m, only the start of m's noun phrase
    for (let k = j + 1; k < mt; k++) {
      const t = tokens[k]!;
      if (!(t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value') || (t.tags.has('Noun') && !t.tags.has('Pronoun')))) return false;
    }
    return true;
  };

  /** the first actor mention after token `tok` in the sentence, other than `not` */
  const mentionAfter = (c: SentenceCtx, tok: number, notId: string | null): ActorMention | null => {
    const { tokens } = c.ps;
    const from = tokens[tok]?.start ?? Infinity;
    // the trigger's clause ends at ";" or at ", but" / "while" / "although" …, and a quoted trigger's at the
    // quotation's end (what follows is its attribution: "… is our red line," the minister said)
    let clauseEnd = quoteAt(quotes, from)?.[1] ?? Infinity;
    for (let j = tok + 1; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.start >= clauseEnd) break;
      if (/;/.test(tokens[j - 1]!.post) || (/^(?:but|while|whereas|although|though)$/.test(t.normal) && /,/.test(tokens[j - 1]!.post))) {
        clauseEnd = t.start;
        break;
      }
    }
    for (const m of c.mentions) {
      if (m.start >= clauseEnd) break;
      if (m.start < from || !holdable(m)) continue;
      // a place where something happens is not the other party: "a meeting in Brussels"
      const mt = tokenAt(tokens, m.start);
      if (mt > 0 && /^(?:in|at|near|inside|outside)$/.test(tokens[mt - 1]!.normal)) continue;
      // not the holder's own side: itself, its members, the state it belongs to
      if (notId && (m.actorId === notId || byId.get(m.actorId)?.affiliation === notId || byId.get(notId)?.affiliation === m.actorId)) continue;
      if (/^(?:our|my|we|us|i|its|their|his|her)$|^(?:our|my)\b/i.test(m.text)) continue; // "its stance", "our soldiers": not a party
      return m;
    }
    return null;
  };

  /** the speaker of a reporting frame before token `tok`: "<speaker> said/noted (that) …" */
  const speakerBefore = (c: SentenceCtx, tok: number): ActorMention | null => {
    const { tokens } = c.ps;
    let verb = -1;
    for (let j = tok - 1; j >= 0; j--) if (isReporting(tokens[j]!)) { verb = j; break; }
    if (verb < 0) return null;
    return subjectBefore(c, verb);
  };

  /**
   * The speaker of a sentence: "<X> said …", "… , <X> said", "… , said <X>".
   * Used for first-person stances inside quotations ("'We will not negotiate,' the minister said").
   */
  const sentenceSpeaker = (c: SentenceCtx): ActorMention | null => {
    const { tokens } = c.ps;
    for (let j = 0; j < tokens.length; j++) {
      if (!isReporting(tokens[j]!) || tokens[j]!.normal === 'according') continue;
      const before = subjectBefore(c, j);
      if (before && !isFirstPerson(before.text)) return before;
      const after = c.mentions.find((m) => m.start >= tokens[j]!.end && holdable(m) && tokenAt(tokens, m.start) - j <= 4);
      if (after) return after;
    }
    return null;
  };

  /** a first-person subject between the chosen mention and the trigger ("… he said we would not …") */
  const firstPersonBefore = (c: SentenceCtx, tok: number, after: number): boolean => {
    const { tokens } = c.ps;
    for (let j = tok - 1; j >= 0 && tokens[j]!.end > after; j--) {
      if (/[;:]/.test(tokens[j]!.post)) return false;
      if (/^(?:we|i)$/.test(tokens[j]!.normal) && !tokens[j]!.tags.has('Possessive')) return true;
    }
    return false;
  };

  /** the first subject-like mention from token `from` on (the main clause after a fronted subordinate clause) */
  const subjectAfterClause = (c: SentenceCtx, from: number): ActorMention | null => {
    const { tokens } = c.ps;
    for (const m of c.mentions) {
      const mt = tokenAt(tokens, m.start);
      if (mt < from || !holdable(m) || isPrepObject(tokens, mt)) continue;
      return mt - from <= 6 ? m : null;
    }
    return null;
  };

  /** "was rejected by X", "were turned down by X": the agent of a passive trigger */
  const passiveAgent = (c: SentenceCtx, start: number, end: number): ActorMention | null => {
    const { tokens } = c.ps;
    const passive = (t: Token | undefined) => !!t && (t.tags.has('Passive') || /^(?:be|been|being|is|are|was|were)$/.test(t.normal));
    if (!passive(tokens[start]) && !passive(tokens[start - 1]) && !passive(tokens[start - 2])) return null;
    for (let j = end; j < Math.min(tokens.length, end + 3); j++) {
      if (tokens[j]!.normal !== 'by') continue;
      const m = c.mentions.find((x) => holdable(x) && tokenAt(tokens, x.start) > j && tokenAt(tokens, x.start) <= j + 3);
      return m ?? null;
    }
    return null;
  };

  /** "an offer from Kosovo to | restart talks", "a proposal by the union to | meet": who makes the offer the trigger completes */
  const offerMaker = (c: SentenceCtx, start: number): ActorMention | null => {
    const { tokens } = c.ps;
    const to = tokens[start]?.normal === 'to' ? start : tokens[start - 1]?.normal === 'to' ? start - 1 : -1;
    if (to < 1) return null;
    const m = c.mentions.find((x) => holdable(x) && lastTokenOf(tokens, x) === to - 1);
    if (!m) return null;
    const mt = tokenAt(tokens, m.start);
    let j = mt - 1;
    while (j >= 0 && (tokens[j]!.tags.has('Determiner') || tokens[j]!.tags.has('Adjective'))) j--;
    if (!tokens[j] || !/^(?:from|by)$/.test(tokens[j]!.normal)) return null;
    const noun = tokens[j - 1];
    return noun && /^(?:offer|offers|proposal|proposals|invitation|invitations|bid|bids|plan|plans|call|calls|request|requests|initiative)$/.test(noun.normal) ? m : null;
  };

  /** "a boycott by the opposition", "an offer from the union": the agent of a noun trigger */
  const nounAgent = (c: SentenceCtx, start: number, end: number): ActorMention | null => {
    const { tokens } = c.ps;
    // (a trigger that already ends in its "of": "a key [demand of] the opposition")
    if (tokens[end - 1]?.normal === 'of' && end - 1 > start) end--;
    const last = tokens[end - 1];
    // (a title-case headline's tags cannot tell a noun from a verb: "Chile Will Not Pull Ships from Strait")
    if (c.ps.sentence.headline || !last || !last.tags.has('Noun') || /[,;:]/.test(last.post)) return null;
    // a noun phrase, not a verb phrase ("withdraw troops from Iraq": from is where, not who)
    for (let j = start; j < end; j++) if (tokens[j]!.tags.has('Verb') && !tokens[j]!.tags.has('Gerund')) return null;
    const by = tokens[end];
    // "a demand of the opposition": "of" names the agent of a demand-like noun only
    const ofAgent = by?.normal === 'of' && /^(?:demand|demands|condition|conditions|request|requests|call|calls|precondition|preconditions)$/.test(last.normal);
    if (!by || (!/^(?:by|from)$/.test(by.normal) && !ofAgent)) return null;
    const m = c.mentions.find((x) => holdable(x) && tokenAt(tokens, x.start) > end && tokenAt(tokens, x.start) <= end + 3);
    if (!m) return null;
    for (let j = end + 1; j < tokenAt(tokens, m.start); j++) if (!tokens[j]!.tags.has('Determiner') && !tokens[j]!.tags.has('Adjective')) return null;
    return m;
  };

  const lastHolderInParagraph = new Map<number, string>();
  const cues: Cue[] = [];
  /** headline cues whose holder the headline does not name (indexes into `cues`) */
  const headlineGuess = new Set<number>();
  const sorted = [...raw].sort((a, b) => a.sentence - b.sentence || a.tokStart - b.tokStart);
  for (const r of sorted) {
    const c = ctx(r.sentence);
    const { tokens } = c.ps;
    const para = c.ps.sentence.paragraph;
    const contextHolder = (): string | null => {
      const last = lastHolderInParagraph.get(para);
      if (last) return last;
      // the subject of the paragraph's earlier sentences, nearest first
      for (let i = r.sentence - 1; i >= 0 && parsed[i]!.sentence.paragraph === para; i--) {
        const s = ctx(i);
        const m = s.mentions.find((x) => holdable(x) && !isPrepObject(s.ps.tokens, tokenAt(s.ps.tokens, x.start)));
        if (m) return m.actorId;
      }
      return mainActor;
    };

    let holder: string | null = null;
    let target: string | null = null;
    let source: string | null = null;

    if (r.rule.holder === 'speaker') {
      const subj = subjectBefore(c, r.tokStart);
      target = subj?.actorId ?? null;
      // the speaker: "<X> said (that) the U.S. must …", or a trailing "…, the commander said"
      let speaker = subj ? speakerBefore(c, tokenAt(tokens, subj.start)) : speakerBefore(c, r.tokStart);
      if (!speaker) {
        const trailing = sentenceSpeaker(c);
        if (trailing && trailing.start > r.tokStart && trailing.actorId !== subj?.actorId) speaker = trailing;
      }
      holder = speaker?.actorId ?? contextHolder();
      // a requirement needs another party as its subject: "the U.S. must …", not "diplomacy must …" or "we must …"
      if (!target || target === holder || byId.get(target)?.affiliation === holder) continue;
    } else {
      let subj = subjectBefore(c, r.tokStart);
      // "We will not negotiate," the minister said: the speaker holds a first-person stance
      if (firstPersonBefore(c, r.tokStart, subj?.end ?? -1)) {
        const speaker = sentenceSpeaker(c);
        subj = speaker;
        holder = speaker?.actorId ?? contextHolder();
      }
      // "If Japan does not withdraw, the group will …": a sentence-initial condition is set by the main clause's subject
      if (!subj && r.type === 'condition' && r.rule.condition === 'after') {
        const comma = tokens.findIndex((t, j) => j >= r.tokEnd && /,/.test(t.post));
        if (comma >= 0) subj = subjectAfterClause(c, comma + 1);
      }
      // "an offer from Kosovo to restart talks": the offer's maker holds what it offers
      const maker = offerMaker(c, r.tokStart);
      if (maker) subj = maker;
      // a passive trigger names its agent after "by": "the offer was rejected by the union"
      const agent = passiveAgent(c, r.tokStart, r.tokEnd) ?? nounAgent(c, r.tokStart, r.tokEnd);
      if (agent) subj = agent;
      // a quoted stance with no party named before it is the quote's speaker's: "There will be no deal," X said
      if (!subj && !holder && quoteAt(quotes, tokens[r.tokStart]!.start)) {
        const speaker = sentenceSpeaker(c);
        if (speaker && !quoteAt(quotes, speaker.start)) subj = speaker;
      }
      if (!subj && r.rule.needsHolder) continue;
      if (!subj && c.ps.sentence.headline) headlineGuess.add(cues.length);
      holder = subj?.actorId ?? holder ?? contextHolder();
      if (subj) {
        const speaker = speakerBefore(c, tokenAt(tokens, subj.start));
        if (speaker && speaker.actorId !== holder) source = speaker.actorId;
      }
      if (r.rule.target === 'after') target = mentionAfter(c, r.tokEnd - 1, holder)?.actorId ?? null;
    }
    // "spoke with reporters", "talk with one voice": no other party, no engagement
    if (r.rule.needsTarget) {
      const m = target ? c.mentions.find((x) => x.actorId === target && x.start >= (tokens[r.tokEnd - 1]?.end ?? 0)) : undefined;
      const near = m && tokenAt(tokens, m.start) - r.tokEnd <= 4;
      if (!near || AUDIENCE.test(byId.get(target!)?.name ?? '')) continue;
    }
    // commentators hold no stance of their own ("Analysts expect the bank to …")
    if (holder && COMMENTATORS.test(byId.get(holder)?.name ?? '')) continue;
    if (holder && AGENCIES.test(byId.get(holder)?.name ?? '')) holder = contextHolder();
    if (holder && AGENCIES.test(byId.get(holder)?.name ?? '')) holder = null;
    if (holder) lastHolderInParagraph.set(para, holder);

    const start = tokens[r.tokStart]!.start;
    const end = tokens[r.tokEnd - 1]!.end;
    let condition: Cue['condition'] = null;
    if (r.type === 'condition' && r.rule.condition !== 'none') {
      // "until X agrees to …", "unless X …": the demand is the whole clause after the subordinator, trigger included
      const sub = /^(?:until|unless|if|once|provided|providing)$/.test(tokens[r.tokStart]!.normal) && r.tokEnd - r.tokStart > 1;
      const from = r.rule.condition === 'clause' ? start : sub ? tokens[r.tokStart]!.end : end;
      const sentEnd = c.ps.sentence.end;
      let stop = sentEnd;
      const rest = text.slice(from, sentEnd);
      const cut = /[;:]|,\s|\s[-–—]\s|[,.!?]["'”’)\]]|\.\s*$|[.!?]["')\]]*\s*$/.exec(rest);
      if (cut) stop = from + cut.index;
      let s = from;
      while (s < stop && /\s/.test(text[s]!)) s++;
      while (stop > s && /[\s"'.,]/.test(text[stop - 1]!)) stop--;
      if (stop > s) {
        const m = c.mentions.find((x) => x.start >= s && x.end <= stop && holdable(x));
        condition = { text: text.slice(s, stop), start: s, end: stop, actor: m?.actorId ?? null };
        if (!target && m && m.actorId !== holder) target = m.actorId;
      }
      // the party called on inside the trigger comes first: "called on Belgrade to accept", "urged Iran to negotiate"
      const called = c.mentions.find((x) => x.start > start && x.end <= end && holdable(x) && x.actorId !== holder);
      if (called) target = called.actorId;
    }
    cues.push({
      type: r.type,
      holder,
      target,
      source,
      time: r.time,
      negated: r.negated,
      modality: r.modality,
      start,
      end,
      text: text.slice(start, end),
      sentence: r.sentence,
      rule: r.rule.key,
      condition,
    });
  }
  // "Board Rejects Takeover Bid": a headline that names no holder tells the story's lead, so its stance belongs to
  // whoever holds the first stance of the same type in the body
  for (const i of headlineGuess) {
    const h = cues[i]!;
    const lead = cues.find((x) => x.type === h.type && x.holder && !parsed[x.sentence]!.sentence.headline);
    if (lead) h.holder = lead.holder;
  }
  // a stance named inside what a condition demands is the demand's content, not a stance of its own:
  // "called on Norland to lift sanctions", "only if the army withdraws"
  // and one that overlaps a condition's trigger is that condition's demanded action ("called on X to return to talks")
  // A stance named inside a condition's demand is either the demand's content ("called on Norland to lift
  // sanctions": another party's action, so no stance of its own) or, when the condition's holder is the stance's
  // holder and it refuses, what the "condition" only emphasised ("insisted it will not allow observers"): then the stance stays
  // and the condition goes.
  const inside = (c: Cue, d: Cue) => !!d.condition && c.start >= d.condition.start && c.end <= d.condition.end;
  const conditions = cues.filter((c) => c.type === 'condition');
  const stancesOnly = cues.filter((c) => c.type !== 'condition');
  const emphasis = new Set(conditions.filter((d) => stancesOnly.some((c) => inside(c, d) && c.holder === d.holder && c.type === 'refusal')));
  // a stance overlapping another party's call ("called on both sides to return to the table") is that call's content
  const condSpans = conditions.map((c) => ({ start: c.start, end: c.condition?.start ?? c.end, holder: c.holder }));
  const kept = cues.filter((c) =>
    c.type === 'condition'
      ? !emphasis.has(c) &&
        // a condition whose demand opens with another condition is only its frame: "insists that any deal hinges on …"
        !conditions.some(
          (o) =>
            o !== c && c.condition && o.start >= c.condition.start && o.end <= c.condition.end &&
            text.slice(c.condition.start, o.start).split(/\s+/).filter(Boolean).length <= 3,
        )
      : !conditions.some((d) => !emphasis.has(d) && inside(c, d)) &&
        !condSpans.some((d) => c.start < d.end && c.end > d.start && c.start > d.start && c.holder !== d.holder),
  );
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
  cues.length = 0;
  cues.push(...kept);

  const outActors: Actor[] = actors.map((a) => ({
    id: a.id,
    name: a.name,
    type: a.type,
    affiliation: a.affiliation,
    mentions: a.mentions.map(({ start, end, text: t, sentence, kind }) => ({ start, end, text: t, sentence, kind })),
  }));
  return { cues, actors: outActors };
}
