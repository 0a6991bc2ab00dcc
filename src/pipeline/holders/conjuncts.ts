/**
 * Conjoined holders: "Peru and Chile agreed to …", "Peru, Chile and Ecuador …" — every conjunct holds the stance;
 * and "both sides" / "the two countries", whose two parties are the nearest pair the text names before (or in)
 * the sentence: "talks between X and Y", "X and Y", or an earlier cue's holder and target.
 */
import type { CueCore as Cue } from '../../schema/output.js';
import type { ActorMention, Token } from '../types.js';
import type { HolderContext, SentenceCtx } from './context.js';
import { isPrepObject, isVerbObject, lastTokenOf, tokenAt } from './syntax.js';
import { BOTH_SIDES, PREPOSITIONS } from './words.js';
import { WORDS } from '../../actors/words.js';
import { ROLE, TITLE_MODIFIER } from '../actors/lexicon.js';

/** a group of a state's servants: "Zorvanian officials" */
const GOV_GROUP = new RegExp(`\\b(?:${[...WORDS.gov_group_head, ...WORDS.delegate_head].join('|')})$`, 'i');

/** how many sentences back "both sides" looks for the two parties */
const PAIR_LOOKBACK = 6;

/** a title word inside a person's description: "President", "opposition leader", "chief executive" */
const isTitleWord = (t: Token) => ROLE.has(t.normal) || TITLE_MODIFIER.has(t.normal);

/**
 * The mention `m` only describes the person named right after it, through title words: "opposition leader Figuz
 * Rusumu", "Kenyan President X", "Acme chief executive Jane Roe" (the person's affiliation is m's actor).
 */
function describesNext(hc: HolderContext, tokens: Token[], m: ActorMention, n: ActorMention | undefined): boolean {
  const p = n && hc.byId.get(n.actorId);
  if (!n || !p || p.type !== 'person' || p.affiliation !== m.actorId) return false;
  const la = lastTokenOf(tokens, m);
  const fb = tokenAt(tokens, n.start);
  if (fb <= la + 1 || fb - la > 4 || /[;:(),"“”]/.test(tokens[la]!.post)) return false;
  // (an adjective before the title too: "Italy's new President X", "Vesk's former prime minister Y")
  const words = tokens.slice(la + 1, fb);
  return words.some(isTitleWord) && words.every((t) => (isTitleWord(t) || t.tags.has('Adjective')) && !/[;:(),"“”]/.test(t.post));
}

/**
 * The holdable mentions of a sentence that are not nested in another one nor a person's description, in text
 * order (`list`), and the descriptions left out (`described`).
 */
function topLevel(hc: HolderContext, c: SentenceCtx): { list: ActorMention[]; described: ActorMention[] } {
  const out: ActorMention[] = [];
  for (const m of c.mentions) {
    if (!hc.holdable(m)) continue;
    const last = out[out.length - 1];
    if (last && m.start >= last.start && m.end <= last.end) continue;
    // (an acronym in brackets right after its own name is no conjunct of it: "the Velmor Front (VF) and X")
    if (last && last.actorId === m.actorId && /^\s*\(\s*$/.test(hc.text.slice(last.end, m.start))) continue;
    out.push(m);
  }
  const described = out.filter((m, i) => describesNext(hc, c.ps.tokens, m, out[i + 1]));
  return { list: out.filter((m) => !described.includes(m)), described };
}

/**
 * How the tokens between two mentions join them: 'and' ("X and Y", "X, and Y", "X and the Y"), 'comma' (a list
 * comma, "X, Y and Z"), or null (anything else).
 */
function joint(tokens: Token[], a: ActorMention, b: ActorMention, between: readonly ActorMention[] = []): 'and' | 'comma' | null {
  const inMention = (j: number) => between.some((m) => m.start <= tokens[j]!.start && tokens[j]!.start < m.end);
  let la = lastTokenOf(tokens, a);
  // (past a's acronym in brackets: "the Velmor Front (VF) and the Karsk Union")
  let post = tokens[la]!.post;
  const next = tokens[la + 1];
  if ((/^\s*\(\s*$/.test(post) || /\(\s*$/.test(next?.pre ?? '')) && /^\p{Lu}[\p{Lu}\d&.-]{1,9}$/u.test(next?.text ?? '') && /^\)/.test(next!.post)) {
    la++;
    post = tokens[la]!.post.slice(1);
  }
  const fb = tokenAt(tokens, b.start);
  if (fb <= la) return null;
  if (/[;:()]/.test(post)) return null;
  let and = false;
  // "X and the Kingdom of Y": a capitalised style of the state before "of" belongs to Y
  let end = fb;
  if (end - 2 > la && tokens[end - 1]!.normal === 'of' && !/[;:(),]/.test(tokens[end - 1]!.post)) {
    let k = end - 2;
    while (k > la && /^\p{Lu}/u.test(tokens[k]!.text) && tokens[k]!.normal !== 'and' && !/[;:(),]/.test(tokens[k]!.post)) k--;
    if (k < end - 2) end = k + 1;
  }
  for (let j = la + 1; j < end; j++) {
    const t = tokens[j]!;
    if (t.normal === 'and' && !and) and = true;
    // (after "and" an article, or the title before a name: "X and opposition leader Y", "X and the Kenyan President Y")
    // (and an adjective before such a title: "X and Italy's new President Y")
    else if (!(and && ((t.tags.has('Determiner') && !/^(?:its|their|his|her)$/.test(t.normal)) || isTitleWord(t) || inMention(j) || (t.tags.has('Adjective') && isTitleWord(tokens[j + 1] ?? t))))) return null;
    if (/[;:(),]/.test(t.post)) return null;
  }
  if (and) return 'and';
  return fb === la + 1 && /^,\s*$/.test(post) ? 'comma' : null;
}

/**
 * The conjuncts of `m` in its sentence, in text order (just [m] when it stands alone); none past offset `limit`.
 * A subject's conjunction is neither a prepositional nor a verb object ("talks between X and Y", "met X and Y
 * agreed"); an agent's (`agent`: "rejected by X and Y") follows its preposition.
 */
export function conjunctsOf(hc: HolderContext, c: SentenceCtx, m: ActorMention, limit = Infinity, agent = false): ActorMention[] {
  const { tokens } = c.ps;
  const { list, described } = topLevel(hc, c);
  let i = list.findIndex((x) => x.start <= m.start && x.end >= m.end);
  // (a bracketed acronym stands in its name's place: "X (XF) and Y (YF) walked out")
  if (i < 0) i = list.findIndex((x) => x.actorId === m.actorId && x.end <= m.start && /^\s*\(\s*$/.test(hc.text.slice(x.end, m.start)));
  if (i < 0) return [m];
  let lo = i;
  let hi = i;
  const joints: string[] = [];
  while (lo > 0) {
    const j = joint(tokens, list[lo - 1]!, list[lo]!, described);
    if (!j) break;
    joints.unshift(j);
    lo--;
  }
  while (hi + 1 < list.length && list[hi + 1]!.end <= limit) {
    const j = joint(tokens, list[hi]!, list[hi + 1]!, described);
    // a list comma must lead on to an "and": "X, Y and Z agreed", not an apposition "X, Y,"
    if (!j) break;
    joints.push(j);
    hi++;
  }
  // a headline joins two parties with a comma alone, before their verb: "Norland, Vesk agree to resume talks"
  if (c.ps.sentence.headline && joints.length === 1 && joints[0] === 'comma' && tokenAt(tokens, list[lo]!.start) === 0) {
    const after = tokens[lastTokenOf(tokens, list[hi]!) + 1];
    if (after && (after.tags.has('Verb') || after.tags.has('Modal')) && !after.tags.has('Gerund')) joints[0] = 'and';
  }
  // the last joint is the "and"; commas only before it ("X, Y and Z")
  while (joints.length && joints[joints.length - 1] !== 'and') {
    joints.pop();
    hi--;
  }
  while (joints.length && joints.slice(0, -1).some((j) => j !== 'comma')) {
    // "X and Y and Z" is rare; "X and Y, Z" is an apposition: keep from the last "and" leftwards a plain list
    joints.shift();
    lo++;
  }
  if (!joints.length || lo > i || hi < i) return [m];
  if (!agent) {
    const object = (x: ActorMention) => {
      const ft = tokenAt(tokens, x.start);
      return isPrepObject(tokens, ft) || isVerbObject(tokens, ft, lastTokenOf(tokens, x) + 1, tokens.length);
    };
    // "Following a request from the mediator, Norland Post and the Halden union agreed …": the object that closes a fronted phrase is
    // no conjunct of the list after its comma
    const fronted = tokens[0]?.tags.has('Preposition') || tokens[0]?.tags.has('Gerund');
    if (fronted && lo < i && joints[0] === 'comma' && joints.length > 1 && object(list[lo]!)) {
      joints.shift();
      lo++;
    }
    if (object(list[lo]!)) return [m];
  }
  return list.slice(lo, hi + 1);
}

/** is a mention itself a both-sides phrase (when the actors stage made "both sides" a group)? */
const isBothSides = (m: ActorMention | null): boolean => !!m && BOTH_SIDES.test(m.text.toLowerCase().replace(/\s+/g, ' '));

/**
 * A both-sides phrase whose head alone the actors stage made a mention: "the two | leaders", "both | governments".
 */
export function bothSidesAround(c: SentenceCtx, m: ActorMention | null): boolean {
  if (!m) return false;
  if (isBothSides(m)) return true;
  const { tokens } = c.ps;
  const t = tokenAt(tokens, m.start);
  const head = m.text.toLowerCase().replace(/\s+/g, ' ');
  const before = (k: number) => tokens.slice(Math.max(0, t - k), t).map((x) => x.normal).join(' ');
  return [1, 2, 3].some((k) => BOTH_SIDES.test(`${before(k)} ${head}`));
}

/** distinct actor ids of mentions, in order */
export const idsOf = (ms: ActorMention[]): string[] => [...new Set(ms.map((m) => m.actorId))];

/**
 * A trigger that opens on its own both-sides subject ("the two parties negotiated for six weeks", rule
 * reciprocal-engage): the token where that phrase starts, else -1. Not after a preposition ("between both sides").
 */
export function bothSidesOpening(c: SentenceCtx, tok: number, end: number): number {
  const { tokens } = c.ps;
  const phrase = (n: number) => Array.from({ length: n }, (_, k) => tokens[tok + k]?.normal ?? '').join(' ');
  const len = [2, 3, 4].find((n) => tok + n < end && BOTH_SIDES.test(phrase(n))) ?? 0;
  return len && !PREPOSITIONS.has(tokens[tok - 1]?.normal ?? '') ? tok : -1;
}

/**
 * A "both sides" phrase that is the subject of the trigger at `tok` (after `after`, the offset of any subject
 * mention already found): the token index where it starts, else -1.
 */
export function bothSidesSubject(c: SentenceCtx, tok: number, after: number): number {
  // (not isPrepObject: its walk over the noun phrase takes "On Monday both sides" for one phrase)
  const { tokens } = c.ps;
  for (let j = tok - 2; j >= 0 && tok - j <= 10; j--) {
    if (tokens[j]!.end <= after) break;
    if (/;/.test(tokens[j]!.post)) break;
    // (a second complement clause is not the first one's: "said both capitals had been sounded out and that the offer …")
    if (tokens[j]!.normal === 'that' && /^(?:and|but)$/.test(tokens[j - 1]?.normal ?? '')) break;
    // a phrase of two words, or of three or four ending before the trigger
    const phrase = (n: number) => Array.from({ length: n }, (_, k) => tokens[j + k]?.normal ?? '').join(' ');
    const len = [2, 3, 4].find((n) => BOTH_SIDES.test(phrase(n)) && (n === 2 || j + n - 1 < tok)) ?? 0;
    if (!len) continue;
    if (PREPOSITIONS.has(tokens[j - 1]?.normal ?? '') || isVerbObject(tokens, j, j + len, tok)) return -1;
    return j;
  }
  return -1;
}

/**
 * `x` speaks for `y` rather than facing it: a person of y, or y's officials ("Zorvania and Zorvanian officials").
 * A body of y's own is a side of its own: "the Government of Zorvania and the Zorvanian Liberation Movement".
 */
function partOf(hc: HolderContext, x: string, y: string): boolean {
  const a = hc.byId.get(x);
  if (!a || a.affiliation !== y) return false;
  return a.type === 'person' || (a.type === 'group' && GOV_GROUP.test(a.name));
}

/** a verb of meeting between two parties, the subject's and the object's: "X met Y", "X held talks with Y" */
const MEETING_BETWEEN = /^(?:met|meets|met with|meets with|talked (?:with|to)|talks (?:with|to)|spoke (?:with|to)|speaks (?:with|to)|held talks with|holds talks with|hosted|hosts|received|receives|visited|visits)$/;
function metBetween(tokens: Token[], a: ActorMention, b: ActorMention): boolean {
  const la = lastTokenOf(tokens, a);
  const fb = tokenAt(tokens, b.start);
  if (fb <= la + 1 || fb - la > 5) return false;
  if (tokens.slice(la, fb).some((t) => /[;:(),]/.test(t.post))) return false;
  return MEETING_BETWEEN.test(tokens.slice(la + 1, fb).map((t) => t.normal).join(' ').replace(/ the$/, ''));
}

/** "between X and Y", "X and Y", "X met Y": the last pair of distinct parties a sentence names, else null */
function pairIn(hc: HolderContext, c: SentenceCtx): string[] | null {
  const { tokens } = c.ps;
  const { list, described } = topLevel(hc, c);
  for (let i = list.length - 2; i >= 0; i--) {
    const a = list[i]!;
    const b = list[i + 1]!;
    if (a.actorId === b.actorId || (joint(tokens, a, b, described) !== 'and' && !metBetween(tokens, a, b))) continue;
    if (partOf(hc, a.actorId, b.actorId) || partOf(hc, b.actorId, a.actorId)) continue;
    // (a pronoun is no named side: "protect our patients and our future" pairs no two parties)
    if (a.kind === 'pronoun' || b.kind === 'pronoun') continue;
    return [a.actorId, b.actorId];
  }
  return null;
}

/**
 * A side is a party, not its spokesman: a person of the pair stands for the body or state they belong to ("Peru's
 * president Ana Lund and Chile" → Peru and Chile), when that leaves two distinct sides.
 */
function sides(hc: HolderContext, pair: string[]): string[] {
  const side = (id: string) => {
    const a = hc.byId.get(id);
    return a?.type === 'person' && a.affiliation && hc.byId.has(a.affiliation) ? a.affiliation : id;
  };
  const out = pair.map(side);
  return out[0] !== out[1] ? out : pair;
}

/** the two parties "both sides" stands for: the nearest named pair or two-party cue at or before sentence `s` */
export function twoSides(hc: HolderContext, s: number, prior: readonly Cue[], head = ''): string[] | null {
  // the pair is two named parties, not "both sides" itself
  const named = (ids: string[]) => ids.every((id) => !BOTH_SIDES.test((hc.byId.get(id)?.name ?? '').toLowerCase()));
  for (let i = s; i >= 0 && s - i <= PAIR_LOOKBACK; i--) {
    const pair = pairIn(hc, hc.sentence(i));
    if (pair && named(pair)) return sides(hc, pair);
    for (let k = prior.length - 1; k >= 0; k--) {
      const q = prior[k]!;
      if (q.sentence !== i) continue;
      if (q.holders && q.holders.length === 2 && named(q.holders)) return sides(hc, q.holders);
      if (q.holder && q.target && q.holder !== q.target && named([q.holder, q.target])) return sides(hc, [q.holder, q.target]);
    }
  }
  return typedPair(hc, s, head);
}

/** heads of a both-sides phrase that say what kind of party the two are */
const TYPED_HEAD: Record<string, string> = {
  companies: 'organization', firms: 'organization', unions: 'organization', organisations: 'organization', organizations: 'organization',
  airlines: 'organization', carriers: 'organization', banks: 'organization', clubs: 'organization', movements: 'organization',
  countries: 'country', nations: 'country', governments: 'country', states: 'country', capitals: 'country', neighbours: 'country', neighbors: 'country',
};

/**
 * "Pellucid Systems sued Arvane Microelectronics. … both companies": with no pair joined by "and", a both-sides
 * phrase whose head names a kind of party stands for the only two parties of that kind the text has named so far
 * (a venue is none).
 */
function typedPair(hc: HolderContext, s: number, head: string): string[] | null {
  const type = TYPED_HEAD[head];
  if (!type) return /^(?:sides|parties)$/.test(head) ? salientPair(hc, s) : null;
  const ids: string[] = [];
  for (let i = 0; i <= s; i++)
    for (const m of hc.sentence(i).mentions) {
      const a = hc.byId.get(m.actorId);
      if (!a || a.type !== type || !hc.holdable(m) || ids.includes(a.id) || BOTH_SIDES.test(a.name.toLowerCase())) continue;
      if (hc.parsed[i]!.sentence.headline) continue;
      ids.push(a.id);
    }
  return ids.length === 2 ? ids : null;
}

/**
 * "In 2021 the two parties negotiated …" with no pair named nearby: the two parties the text has named most so far,
 * when both are named at least twice, they are of one kind, and no third is named as often as the second.
 */
function salientPair(hc: HolderContext, s: number): string[] | null {
  const count = new Map<string, number>();
  for (let i = 0; i <= s; i++)
    for (const m of hc.sentence(i).mentions) {
      const a = hc.byId.get(m.actorId);
      if (!a || a.type === 'person' || a.type === 'location' || !hc.holdable(m) || BOTH_SIDES.test(a.name.toLowerCase())) continue;
      count.set(a.id, (count.get(a.id) ?? 0) + 1);
    }
  const [a, b, c] = [...count.entries()].sort((x, y) => y[1] - x[1]);
  if (!a || !b || b[1] < 2 || (c && c[1] >= b[1])) return null;
  return hc.byId.get(a[0])?.type === hc.byId.get(b[0])?.type ? [a[0], b[0]] : null;
}
