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
 * word forms, so a sentence where no pattern keeps all its slots cannot hold a
 * cue, whatever its tags turn out to be. Tags (`#Verb`) and other tokens count
 * as present.
 *
 * Roots: compromise's matcher tests an alternation against a term's `root`
 * first ("talks" → "talk"), but only once something has computed roots, and
 * no stage does (parse.ts runs the tokenizer and tagger hooks, which leave
 * `root` unset; test/tag-selective.test.ts checks this). Were that to change,
 * the roots of the sentence's words would have to join its forms here.
 *
 * This is stricter than the index check alone (`ruleCouldFire` in parse.ts, one
 * anchor word per pattern, often "to" or "for"): on the eval articles 37 % of
 * the sentences skip the full tagger (63 % pass, 37 % hold a cue) instead of 13 %.
 */
import type { CompiledPattern, RuleSet } from '../rules/load.js';

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
export function slotsOf(p: CompiledPattern): string[][] {
  const slots: string[][] = [];
  for (const r of p.regs as Reg[]) {
    if (r.optional || r.negative) continue;
    if (r.word !== undefined) slots.push([r.word]);
    else if (r.machine !== undefined) slots.push([r.machine]);
    else if (r.operator === 'or' && r.fastOr && r.fastOr.size && !(r.choices && r.choices.length)) slots.push([...r.fastOr]);
  }
  return slots;
}

/** a slot, interned: patterns built from the same word class share one, so a sentence tests it once */
export interface Slot {
  words: string[];
  set: Set<string>;
  /** a number of its own (patterns with the same slots are one test for the skeleton) */
  id: number;
  /** the last scope (newScope) in which slotFilled tested it, and its answer there */
  scope: number;
  filled: boolean;
}
const interned = new Map<string, Slot>();
const INTERN_MAX = 20_000;
let slotIds = 0;
function intern(words: string[]): Slot {
  const key = words.join('|');
  let slot = interned.get(key);
  if (!slot) {
    if (interned.size >= INTERN_MAX) interned.clear();
    interned.set(key, (slot = { words, set: new Set(words), id: ++slotIds, scope: 0, filled: false }));
  }
  return slot;
}

let scopes = 0;
/** a new scope for slotFilled: one sentence's words */
export function newScope(): number {
  return ++scopes;
}
/** Has the slot a member in `words`? Tested once per scope (walking the smaller side: a lexicon class's slot holds hundreds of words). */
export function slotFilled(slot: Slot, words: Set<string>, scope: number): boolean {
  if (slot.scope !== scope) {
    slot.scope = scope;
    let yes = false;
    if (slot.words.length <= words.size) {
      for (const w of slot.words) if (words.has(w)) { yes = true; break; }
    } else for (const w of words) if (slot.set.has(w)) { yes = true; break; }
    slot.filled = yes;
  }
  return slot.filled;
}

/** interned slots by word list: a cached pattern's slots are the cache's shared lists, so most are found without joining their words */
const byList = new WeakMap<string[], Slot>();
function internList(words: string[]): Slot {
  let slot = byList.get(words);
  if (!slot) byList.set(words, (slot = intern(words)));
  return slot;
}

const slotCache = new WeakMap<CompiledPattern, Slot[]>();
/** the pattern's required word slots, interned */
export function slots(p: CompiledPattern): Slot[] {
  let s = slotCache.get(p);
  if (!s) slotCache.set(p, (s = (p.slots ?? slotsOf(p)).map(internList)));
  return s;
}

const dependentCache = new WeakMap<RuleSet, Set<CompiledPattern>>();
/**
 * The patterns of condition rules that fire only beside a stance cue (`requires: stance` or `refusal`): a sentence
 * they match holds a cue only if some other rule's pattern matches it too, so they never decide alone that a
 * sentence could hold one ("^#Infinitive (them|it|…)", with no required word, would otherwise send every sentence
 * to the tagger).
 */
export function dependents(rules: RuleSet): Set<CompiledPattern> {
  let set = dependentCache.get(rules);
  if (!set) {
    set = new Set(
      rules.patterns.filter((p) => {
        const rule = rules.byKey.get(p.reason);
        return rule !== undefined && (rule.requires === 'stance' || rule.requires === 'refusal');
      }),
    );
    dependentCache.set(rules, set);
  }
  return set;
}

/**
 * Could some pattern of `rules` match a sentence with these word forms, whatever
 * its tags? `forms` is `wordForms(text)` (parse.ts): a superset of the normal,
 * written and expanded forms of compromise's terms. (The slots include every
 * required word of `needs`; the looser `wants` count adds nothing to them.)
 */
export function cueCouldFire(forms: Set<string>, rules: RuleSet): boolean {
  const sk = skeletonOf(rules);
  const scope = newScope();
  const holds = (slotList: Slot[]) => slotList.every((slot) => slotFilled(slot, forms, scope));
  if (sk.always.some(holds)) return true;
  for (const w of forms) if (sk.lists(w)?.some(holds)) return true;
  return false;
}

/**
 * The skeleton of a rule set: the slot lists of the patterns that are not dependents, by index word (made as the
 * words are first looked up) and for the patterns with none; patterns with the same slots are kept once.
 */
interface Skeleton {
  always: Slot[][];
  lists(word: string): Slot[][] | undefined;
}
const skeletons = new WeakMap<RuleSet, Skeleton>();
function skeletonOf(rules: RuleSet): Skeleton {
  let sk = skeletons.get(rules);
  if (!sk) {
    const dependent = dependents(rules);
    const distinct = (ps: CompiledPattern[]) => {
      const byKey = new Map<string, Slot[]>();
      for (const p of ps) if (!dependent.has(p)) byKey.set(slots(p).map((x) => x.id).join(' '), slots(p));
      return [...byKey.values()];
    };
    const byWord = new Map<string, Slot[][]>();
    sk = {
      always: distinct(rules.index.always),
      lists(word) {
        let list = byWord.get(word);
        if (list === undefined) {
          const ps = rules.index.byWord.get(word);
          if (!ps) return undefined;
          byWord.set(word, (list = distinct(ps)));
        }
        return list;
      },
    };
    skeletons.set(rules, sk);
  }
  return sk;
}
