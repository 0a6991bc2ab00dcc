/**
 * Subject finding: the party that heads the trigger's clause — the nearest holdable mention before the trigger
 * that is not a prepositional or verb object, not inside a closed subordinate clause, not an appositive or a
 * comma-set relative clause ("Wang Yi, China's foreign minister, said …"), and a partitive's whole ("some of X").
 */
import type { ActorMention, Token } from '../types.js';
import { quoteBetween, type HolderContext, type SentenceCtx } from './context.js';
import { PREPOSITIONS, STANCE_VERBS, STATEMENT_NOUNS } from './words.js';
import { absoluteWith, apposition, closedForInfinitive, inClosedSubordinate, isNounPhraseWord, isPrepObject, isVerbObject, lastTokenOf, ownsTrigger, possessorOfNoun, relativeClauseHead, tokenAt } from './syntax.js';

/** the subject-like mention nearest before token `tok` in the sentence */
export function subjectBefore(hc: HolderContext, c: SentenceCtx, tok: number, minTok = 0): ActorMention | null {
  const { tokens } = c.ps;
  const limit = tokens[tok]?.start ?? Infinity;
  // "Ostrava, which says …": the subject of a relative clause is its antecedent
  const antecedent = relativeAntecedent(hc, c, tok);
  if (antecedent && tokenAt(tokens, antecedent.start) >= minTok) return antecedent;
  let best: ActorMention | null = null;
  for (const m of c.mentions) {
    if (m.end > limit) break;
    if (!hc.holdable(m)) continue;
    const mt = tokenAt(tokens, m.start);
    if (mt < minTok) continue;
    // a prepositional object holds nothing, unless it owns the noun phrase the trigger sits in:
    // "a vote on the creditors' offer of deeper cuts in return for fresh loans"; so does a verb's object that owns
    // it: "Chile rejected Peru's demand that it withdraw" (the demand is Peru's, the rejection Chile's)
    const owns = ownsTrigger(tokens, m, tok);
    if (isPrepObject(tokens, mt) && !owns && !absoluteWith(tokens, mt, lastTokenOf(tokens, m) + 1, tok) && !statementSource(tokens, mt, lastTokenOf(tokens, m) + 1)) continue;
    if (isVerbObject(tokens, mt, lastTokenOf(tokens, m) + 1, tok) && !owns) continue;
    if (inClosedSubordinate(tokens, mt, tok)) continue;
    if (closedForInfinitive(tokens, mt, tok)) continue;
    // "dockers from the Halden Port Workers, known as the HPW, insisting …": a name given as another's alias
    if (aliasNaming(tokens, mt)) continue;
    // "After hearing from the city's treasurer, Lena Voss, Judge Marsh gave …": the appositive of a prepositional
    // object in a fronted phrase is an object too, when the clause's subject follows it
    if (appositiveOfObject(hc, c, m, tok)) continue;
    // a possessive pronoun holds only the noun it owns: "their unwillingness to …", not "laid down their pens to demand …"
    if (/^(?:its|their|his|her)$/i.test(m.text) && tok - mt > 3) continue;
    // a party hyphened to a participle only modifies the head after it: "Somalia's Vesk-backed government"
    if (modifierCompound(hc.text, m.end)) continue;
    // a party under a prefix of negation or stance is a modifier, no party: "the second non-Conservative force,
    // Labour wants …", "anti-Vesk protesters"
    if (/(?:^|[^\p{L}])(?:non|anti|pro|ex)[-\u2010\u2011]$/iu.test(hc.text.slice(Math.max(0, m.start - 5), m.start))) continue;
    // skip a mention nested inside the previous best (e.g. "U.S." inside "U.S. Treasury Secretary Scott Bessent")
    if (best && m.start >= best.start && m.end <= best.end) continue;
    if (best && apposition(tokens, best, m)) {
      // "Wang Yi, China's foreign minister, said …": the appositive only describes the subject;
      // "the country's main opposition party, the Freedom Party, says …": it names the possessed head
      // and a named party after a description ("the main opposition, the Freedom Party,") is the one meant
      const named = hc.byId.get(best.actorId)?.type === 'group' && hc.byId.get(m.actorId)?.type !== 'group';
      if (!possessorOfNoun(tokens, best) && !named) continue;
    }
    best = m;
  }
  // "The Freedom Party, another opposition group, which backs the mayor, is set to …": mentions inside an
  // appositive or a relative clause set off by commas are not the subject of what follows
  if (best && !quoteBetween(hc.text, best.end, limit)) {
    const head = insideParenthetical(hc, c, best, tok);
    if (head) best = head;
  }
  return best;
}

/**
 * The mention at token `mt` gives the name another party goes by ("…, known as the HPW,", "(also called the VTU)",
 * "…, dubbed X,"): it renames a party of the sentence, it heads no clause of its own.
 */
function aliasNaming(tokens: Token[], mt: number): boolean {
  let j = mt - 1;
  if (/^(?:the|a|an)$/.test(tokens[j]?.normal ?? '')) j--;
  const w = tokens[j]?.normal ?? '';
  if (w === 'as') return tokens[j - 1]?.normal === 'known' && !/[,;:()]/.test(tokens[j - 1]!.post);
  return /^(?:called|dubbed|nicknamed)$/.test(w) && /(?:,|\()\s*$/.test(tokens[j - 1]?.post ?? '') || (/^(?:called|dubbed|nicknamed)$/.test(w) && tokens[j - 1]?.normal === 'also');
}

/**
 * The mention `m` renames the prepositional object right before it and closes with a comma, and another party
 * follows that comma as the subject of the trigger's clause (no comma between it and the trigger): "In a letter to
 * the mayor, Pella Morn, the union refused …".
 */
function appositiveOfObject(hc: HolderContext, c: SentenceCtx, m: ActorMention, tok: number): boolean {
  const { tokens } = c.ps;
  const mt = tokenAt(tokens, m.start);
  const prev = tokens[mt - 1];
  if (!prev || !/^,\s*$/.test(prev.post) || !isNounPhraseWord(prev) || !isPrepObject(tokens, mt - 1)) return false;
  const last = lastTokenOf(tokens, m);
  if (!/^,\s*$/.test(tokens[last]!.post) || last + 1 >= tok) return false;
  const next = c.mentions.find((x) => hc.holdable(x) && tokenAt(tokens, x.start) > last && tokenAt(tokens, x.start) <= last + 3);
  if (!next) return false;
  for (let j = tokenAt(tokens, next.start); j < tok; j++) if (/[,;:()]/.test(tokens[j]!.post)) return false;
  return true;
}

/** a name followed by a hyphened participle ("Vesk-backed", "U.N.-brokered", "Vesk-based") modifies the noun after it */
const modifierCompound = (text: string, end: number) => /^[-\u2013]\p{Ll}+ed\b/u.test(text.slice(end, end + 24));

/**
 * the mention before `m` whose appositive or relative clause set off by commas (", which … ,") or by dashes ("X – a
 * Vesk shareholder – demanded …") contains `m` and closes before `tok`
 */
export function insideParenthetical(hc: HolderContext, c: SentenceCtx, m: ActorMention, tok: number): ActorMention | null {
  for (const mark of SET_OFF) {
    const head = setOffBy(hc, c, m, tok, mark);
    if (head !== undefined) return head;
  }
  return null;
}

/** the marks that set off a parenthetical: commas, spaced dashes */
const SET_OFF = [/,/, /\s[-\u2013\u2014]\s/];

/** insideParenthetical for one kind of mark: the head, null (no head there), or undefined (no such parenthetical) */
function setOffBy(hc: HolderContext, c: SentenceCtx, m: ActorMention, tok: number, mark: RegExp): ActorMention | null | undefined {
  const { tokens } = c.ps;
  const mt = tokenAt(tokens, m.start);
  // the mark that closes the parenthetical: after m, before the trigger, with no verb of the main clause in between
  let close = -1;
  for (let j = lastTokenOf(tokens, m); j < tok; j++) if (mark.test(tokens[j]!.post)) close = j;
  if (close < 0) return undefined;
  // the mark that opens it, and the head mention right before that mark
  for (let j = mt - 1; j >= 0; j--) {
    if (!mark.test(tokens[j]!.post)) continue;
    // (between dashes only an appositive or a relative clause: "– a Vesk shareholder –", not "– including Chile –")
    if (mark !== SET_OFF[0] && !/^(?:a|an|the|which|who|whose|its|their|his|her)$/.test(tokens[j + 1]?.normal ?? '')) return undefined;
    const head = c.mentions.find((x) => hc.holdable(x) && x.end <= tokens[j]!.end && lastTokenOf(tokens, x) === j);
    if (!head || isPrepObject(tokens, tokenAt(tokens, head.start)) || possessorOfNoun(tokens, head)) return null;
    // the closing mark must end the parenthetical: what follows is the head's predicate, not another name
    return c.mentions.some((x) => hc.holdable(x) && tokenAt(tokens, x.start) > close && tokenAt(tokens, x.start) < tok) ? null : head;
  }
  return undefined;
}

/** the first subject-like mention from token `from` on (the main clause after a fronted subordinate clause) */
export function subjectAfterClause(hc: HolderContext, c: SentenceCtx, from: number): ActorMention | null {
  const { tokens } = c.ps;
  for (const m of c.mentions) {
    const mt = tokenAt(tokens, m.start);
    if (mt < from || !hc.holdable(m) || isPrepObject(tokens, mt)) continue;
    return mt - from <= 6 ? m : null;
  }
  return null;
}

/** the words a party heading a prepositional phrase may be, for "which" to skip it: "diplomats in Oslo, which …" */
const SHARED_PREPOSITIONS = /^(?:between|among|amongst|including)$/;

/**
 * The antecedent of the relative clause that the trigger at `tok` opens ("Ostrava, which says …", "Ana Ruiz,
 * who led …"): the holdable mention that ends right before the pronoun. After a preposition "which" may be of
 * the head before it ("a deal with Iran, which would lift …"): only a party listed after "between"/"among", or
 * one after a party ("diplomats in Oslo, which has mediated …"), is taken; "who" is always a party's.
 */
function relativeAntecedent(hc: HolderContext, c: SentenceCtx, tok: number): ActorMention | null {
  const { tokens } = c.ps;
  const head = relativeClauseHead(tokens, tok);
  if (head < 0) return null;
  const m = c.mentions.find((x) => hc.holdable(x) && lastTokenOf(tokens, x) === head);
  if (!m) return null;
  const mt = tokenAt(tokens, m.start);
  if (tokens[head + 1]!.normal === 'which' && isPrepObject(tokens, mt)) {
    let p = mt - 1;
    while (p >= 0 && !PREPOSITIONS.has(tokens[p]!.normal)) p--;
    if (p < 0) return null;
    const afterParty = c.mentions.some((x) => hc.holdable(x) && x !== m && lastTokenOf(tokens, x) === p - 1);
    // (a stance verb wants a party for its subject: "sent a delegation to Vesk, which refused to receive it")
    const partyVerb = STANCE_VERBS.has(tokens[tok]!.normal);
    if (!SHARED_PREPOSITIONS.test(tokens[p]!.normal) && !afterParty && !partyVerb) return null;
  }
  return m;
}

/**
 * The mention at tokens [i, end) is the source of a statement that opens its clause and acts as its subject ("The
 * statement from Yahoo repeated the offer", "A letter by the union's lawyers said …"): the source speaks through it.
 */
function statementSource(tokens: Token[], i: number, end: number): boolean {
  let p = i - 1;
  if (tokens[p] && /^(?:the|a|an|its|their)$/.test(tokens[p]!.normal)) p--;
  if (!/^(?:from|by)$/.test(tokens[p]?.normal ?? '')) return false;
  const noun = tokens[p - 1];
  if (!noun || !STATEMENT_NOUNS.has(noun.normal) || /[,;:()]/.test(noun.post)) return false;
  // (the noun opens its clause: after its determiner and adjectives, the sentence's start or a break)
  let k = p - 2;
  while (k >= 0 && !/[,;:()]/.test(tokens[k]!.post) && (tokens[k]!.tags.has('Determiner') || tokens[k]!.tags.has('Adjective'))) k--;
  if (k >= 0 && !/[,;:()]/.test(tokens[k]!.post)) return false;
  // (and a verb follows the source: the phrase is a subject)
  const v = tokens[end];
  return !!v && !/[,;:()]/.test(tokens[end - 1]!.post) && (v.tags.has('Verb') || v.tags.has('Modal') || v.tags.has('Auxiliary')) && !v.tags.has('Gerund');
}
