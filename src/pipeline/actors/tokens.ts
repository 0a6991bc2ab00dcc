/** Tests on tokens shared by the passes of the actors stage. */
import type { MentionKind } from '../../schema/output.js';
import type { CompiledGazetteer, GazHit } from '../../actors/gazetteer.js';
import type { Token } from '../types.js';
import { lexiconWords } from '../../rules/load.js';
import {
  AUX_CHAIN, BE_LIKE, CLOSED, EXPLETIVE_ADJ, EXPLETIVE_ADV, EXPLETIVE_THAT, HONORIFIC, NOT_ACTOR_ACRONYM, ROLE, VENUE_PREP,
} from './lexicon.js';

/** a title word; an abbreviation ("Sen", "Gen") only when written with its period */
export const isRole = (t: Token | undefined): boolean =>
  !!t && ROLE.has(t.normal) && (!HONORIFIC.has(t.normal) || /^\./.test(t.post) || /^(mr|mrs|ms|dr|sir|dame|miss|prof)$/.test(t.normal));
export const isFirstName = (t: Token) => t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName');
export const isCap = (s: string) => /^\p{Lu}/u.test(s);
export const isUpperWord = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
/** "ZANU-PF", "AMCU", "LTTE", "M23", "ZLF-2": a word of 2-8 capitals (digits allowed after the first letter), with hyphened parts */
export const isActorAcronym = (s: string) => /^[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,6})*$/.test(s) && !NOT_ACTOR_ACRONYM.has(s.toLowerCase());
/**
 * The end of an acronym at token j whose hyphened parts the tokenizer split ("FARC-EP" → "FARC" "EP"): the
 * index after its last part (j + 1 when it has none).
 */
export function acronymEnd(toks: Token[], j: number, known: (k: number) => boolean = () => false): number {
  let k = j + 1;
  // a part that is a name of its own joins two parties: "US-EU talks"
  while (k < toks.length && /^-$/.test(toks[k - 1]!.post) && /^[A-Z0-9]{1,8}$/.test(toks[k]!.text) && isUpperWord(toks[j]!.text) && !known(k)) k++;
  return k;
}
export const isPossessive = (t: Token) => /['’]s$|s['’]$/i.test(t.text);
export const isClosed = (t: Token) => !t.tags.has('ProperNoun') && CLOSED.some((c) => t.tags.has(c));
export const isPersonTagged = (t: Token) =>
  t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName') || t.tags.has('MaleName') || t.tags.has('FemaleName');
/** a token with a letter or digit: a word (a separator "|" the tagger calls a noun is none) */
export const wordLike = (t: Token) => /[\p{L}\p{N}]/u.test(t.text);
/** the separator after token t contains punctuation that ends a name run */
export const breaksAfter = (t: Token) => /[,;:()[\]"!?…\n]|[.]\s|—|–|\s-\s/.test(t.post) || /[.]$/.test(t.post.trim());
/**
 * The separator after toks[j] (a word's post and the next word's pre) is only a quotation mark that opens or closes
 * a short quotation inside the clause: a scare quote or a quoted word or two ('Norland "firmly" rejected',
 * 'Vesk "will not" talk'). It opens after a space, closes before one, and holds at most five words with nothing but
 * spaces between them.
 */
export function innerQuoteAfter(toks: readonly Token[], j: number): boolean {
  const post = toks[j]?.post ?? '';
  const open = /^\s+["“]$/.test(post);
  if (!open && !/^["”]\s+$/.test(post)) return false;
  const step = open ? 1 : -1;
  for (let k = j + step, n = 0; k >= 0 && k < toks.length && n < 5; k += step, n++) {
    const p = toks[k]!.post;
    if (open && /^["”]\s+$/.test(p)) return true;
    if (!open && /^\s+["“]$/.test(p)) return true;
    if (/\S/.test(p)) return false;
  }
  return false;
}
/** the particle of a phrasal verb ("turned down", "ruled out", "called off") */
export const isParticle = (t: Token | undefined): boolean => !!t && /^(?:down|out|off|up|aside|back)$/.test(t.normal);
/** the end offset of a word without its possessive ending */
export const wordEnd = (t: Token) => {
  const m = /(?:['’]s|['’])$/i.exec(t.text);
  if (m && (/['’]s$/i.test(t.text) || /s['’]$/i.test(t.text))) return t.end - (m[0].length === 2 ? 2 : 1);
  return t.end;
};

/** "It is clear that …", "It has been reported that …", "It remains to be seen …": no referent ("It has demanded that …" has one) */
export function expletiveIt(toks: Token[], i: number): boolean {
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

/** Longest gazetteer match starting at token i, or null. */
export function matchGaz(gaz: CompiledGazetteer, toks: Token[], i: number, keys: string[]): { end: number; hit: GazHit } | null {
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
    // a possessive or a punctuation mark ends a name, unless the possessive is a word of a longer known name
    // ("Lao People's Democratic Republic", "Democratic People's Republic of Korea")
    // a point of the compass cut to its letter goes on into the known name ("N. Korea", "S. Sudan")
    if (breaksAfter(toks[j]!) && !(j === i && /^[NSEW]$/.test(toks[j]!.text) && toks[j]!.post.trim() === '.' && n.next.has(keys[j + 1]!))) break;
    if (isPossessive(toks[j]!) && !(j > i && j + 1 < toks.length && n.next.has(keys[j + 1]!))) break;
  }
  return best;
}

export const KIND_OF: Record<GazHit['kind'], MentionKind> = { name: 'name', alias: 'alias', metonym: 'alias', demonym: 'demonym' };

/** the place at token i follows "in/at/near (the)": a venue */
/** "at Geneva", "at the Kremlin": the place after "at" is where something happens */
export function venueAt(toks: Token[], i: number): boolean {
  let j = i - 1;
  if (j >= 0 && toks[j]!.normal === 'the') j--;
  return j >= 0 && toks[j]!.normal === 'at' && !breaksAfter(toks[j]!);
}

export function venueBefore(toks: Token[], i: number): boolean {
  let j = i - 1;
  if (j >= 0 && (toks[j]!.normal === 'the' || toks[j]!.normal === 'a')) j--;
  return j >= 0 && VENUE_PREP.has(toks[j]!.normal) && !breaksAfter(toks[j]!);
}

let stanceNouns: Set<string> | undefined;
/** the nouns of a demand, which only a party makes ("Norland's insistence on …", "the front's conditions") */
const DEMAND_NOUNS = ['demand', 'demands', 'insistence', 'ultimatum', 'condition', 'conditions', 'precondition', 'preconditions'];
/** a stance noun of the lexicon (or a demand) at k, perhaps after a lower-case adjective ("rejection", "formal objection") */
export function stanceNounAt(toks: readonly Token[], k: number): boolean {
  stanceNouns ??= new Set([...lexiconWords('rejectNoun', 'engageNoun', 'willingNoun', 'offerNoun', 'proposalNoun'), ...DEMAND_NOUNS]);
  if (toks[k]?.tags.has('Adjective') && !isCap(toks[k]!.text) && !breaksAfter(toks[k]!)) k++;
  const n = toks[k];
  return !!n && !isCap(n.text) && stanceNouns.has(n.normal);
}

/** a past tense or participle with a participle's ending ("rejected", "taken", "shown", "brought"): a passive's verb */
export const pastParticipleShaped = (t: Token) => (t.tags.has('PastTense') || t.tags.has('Participle')) && /(?:ed|en|wn|ght)$/.test(t.normal);
