/**
 * The cue skeleton: which sentences could hold a cue, decided from their words
 * alone, before any tagging (issue #11, selective tagging).
 *
 * It is derived from the compiled rule set itself (built-in and user rule files
 * alike), never from a hand list, so it stays right as the rules and their word
 * classes grow. For each compiled pattern it keeps the *required* word slots:
 * every token that is neither optional nor negated and is a plain word (`to`),
 * a plain-word alternation (`(talks|negotiations|dialogue)`, which is what a
 * `&class` or `{lemma}` class compiles to), or a `{root}` token. A sentence can
 * only match the pattern if each such slot has a member among the sentence's
 * word forms or the roots compromise could give them (compromise tests an
 * alternation against a term's root first: "talks" → "talk", "met" → "meet",
 * "was" → "is"), so a sentence where no pattern keeps all its slots cannot
 * hold a cue, whatever its tags turn out to be. Tags (`#Verb`) and other
 * tokens count as present.
 *
 * This is stricter than the index check alone (`ruleCouldFire` in parse.ts, one
 * anchor word per pattern, often "to" or "for"): on news text it lets about half
 * of the sentences skip the full tagger instead of about 15 %.
 */
import type { CompiledPattern, RuleSet } from '../rules/load.js';
import { getNlp } from './nlp.js';

interface Reg {
  word?: string;
  machine?: string;
  fastOr?: Set<string>;
  choices?: unknown[];
  optional?: boolean;
  negative?: boolean;
  operator?: string;
}

/** the required word slots of a pattern: each a list of words, one of which must be there */
function slotsOf(p: CompiledPattern): string[][] {
  const slots: string[][] = [];
  for (const r of p.regs as Reg[]) {
    if (r.optional || r.negative) continue;
    if (r.word !== undefined) slots.push([r.word]);
    else if (r.machine !== undefined) slots.push([r.machine]);
    else if (r.operator === 'or' && r.fastOr && r.fastOr.size && !(r.choices && r.choices.length)) slots.push([...r.fastOr]);
  }
  return slots;
}

const slotCache = new WeakMap<CompiledPattern, string[][]>();
function slots(p: CompiledPattern): string[][] {
  let s = slotCache.get(p);
  if (!s) slotCache.set(p, (s = slotsOf(p)));
  return s;
}

interface Transform {
  noun: { toSingular(s: string, m: unknown): string };
  verb: { toInfinitive(s: string, m: unknown, tense: string): string };
  adjective: { fromComparative(s: string, m: unknown): string; fromSuperlative(s: string, m: unknown): string; fromAdverb(s: string): string | null };
}
let transform: { t: Transform; model: unknown } | undefined;
/** roots by word, kept across sentences (bounded: cleared when it grows past ROOT_CACHE_MAX) */
const rootCache = new Map<string, string[]>();
const ROOT_CACHE_MAX = 50_000;

/** Every root compromise's root step could give a term written `w` (root.js of compromise: plural, past, gerund, present, comparative, superlative, adverb, possessive). */
export function rootsOf(w: string): string[] {
  let out = rootCache.get(w);
  if (out) return out;
  if (!transform) {
    const world = getNlp().world() as unknown as { methods: { two: { transform: Transform } }; model: unknown };
    transform = { t: world.methods.two.transform, model: world.model };
  }
  const { t, model } = transform;
  const set = new Set<string>([
    t.noun.toSingular(w, model),
    t.verb.toInfinitive(w, model, 'PastTense'),
    t.verb.toInfinitive(w, model, 'Gerund'),
    t.verb.toInfinitive(w, model, 'PresentTense'),
    t.adjective.fromComparative(w, model),
    t.adjective.fromSuperlative(w, model),
    w.replace(/'s$/, ''),
  ]);
  const adv = t.adjective.fromAdverb(w);
  if (adv) set.add(adv);
  set.delete(w);
  out = [...set].filter(Boolean);
  if (rootCache.size >= ROOT_CACHE_MAX) rootCache.clear();
  rootCache.set(w, out);
  return out;
}

/** The sentence's word forms and every root they could have (a copula's root is "is"). */
function withRoots(forms: Set<string>): Set<string> {
  const all = new Set(forms);
  all.add('is');
  for (const w of forms) for (const r of rootsOf(w)) all.add(r);
  return all;
}

/**
 * Could some pattern of `rules` match a sentence with these word forms, whatever
 * its tags? `forms` is `wordForms(text)` (parse.ts): a superset of the normal,
 * written and expanded forms of compromise's terms.
 */
export function cueCouldFire(forms: Set<string>, rules: RuleSet): boolean {
  let all: Set<string> | undefined;
  const has = (w: string) => forms.has(w) || (all ??= withRoots(forms)).has(w);
  const holds = (p: CompiledPattern) => {
    if (!p.needs.every((n) => n.startsWith('#') || n.startsWith('%') || has(n))) return false;
    if (p.wants.length && p.wants.filter((n) => n.startsWith('#') || n.startsWith('%') || has(n)).length < p.minWant) return false;
    return slots(p).every((slot) => slot.some(has));
  };
  for (const p of rules.index.always) if (holds(p)) return true;
  for (const w of forms) {
    const list = rules.index.byWord.get(w);
    if (list) for (const p of list) if (holds(p)) return true;
  }
  return false;
}
