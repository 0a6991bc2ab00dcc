/**
 * A faster twin of compromise's matcher (`methods.one.match`, compromise 14
 * `src/1-one/match/methods/match/index.js`), used by the cue stage and, while
 * stance tags its own sentences, by compromise's hooks (`withFastMatch`).
 *
 * compromise tries a pattern from every term of a sentence: for each start it
 * copies the rest of the sentence (`terms.slice(i)`) and sets up a match state,
 * although most patterns fail on their first token at nearly every start. Here,
 * when the first token of the pattern is a plain word, tag or word list (not
 * optional, negative, anchored or a multi-word choice), it is tested first, with
 * compromise's own test for such a token (term/doesMatch.js), and compromise's
 * matcher runs only from the terms that pass it, anchored there (the same pattern
 * with `^` on its first token, run on the rest of the sentence). A pattern is
 * matched from a start only by what follows the start, except for `^` / `$`
 * anchors (the only tokens that read the start's position in the sentence), so
 * patterns with an anchor anywhere go to compromise's matcher whole, as do
 * patterns with `notIf` and `justOne` requests that match somewhere (see
 * fastMatch). A pattern of plain tokens only is matched here without
 * compromise's matcher (simpleFrom). The matches, their order (left
 * to right, each search going on after the previous match), their groups and
 * pointers are compromise's own (test/fast-match.test.ts compares the two on
 * every call of full parses and of the cue stage; scripts/same-output.sh the
 * output).
 */
import type { View } from './nlp.js';

/** the parts of a compromise term the first-token test reads */
interface Term {
  text: string;
  normal: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
  tags: Set<string>;
  id?: string;
  switch?: string;
}

/** a pattern token as compromise parsed it (a "reg") */
interface Reg {
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  pos?: string;
  min?: number;
  max?: number;
  choices?: Reg[][];
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  fuzzy?: boolean;
  id?: string;
  group?: string;
  use?: string;
  method?: string;
  pre?: string;
  post?: string;
  regex?: RegExp;
  chunk?: string;
  switch?: string;
  machine?: string;
  sense?: string;
}

type Ptr = unknown[];
interface Result {
  ptrs: Ptr[];
  byGroup: Record<string, Ptr[]>;
}
export interface Todo {
  regs: unknown[];
  group?: string | number;
  justOne?: boolean;
  notIf?: unknown;
}
export type RunMatch = (docs: unknown[][], todo: Todo, cache?: unknown) => Result;

/** compromise's test of a term against a first token of one of the three plain kinds (doesMatch, same order of checks) */
function leadTest(reg: Reg): ((t: Term) => boolean) | null {
  if (reg.anything || reg.start || reg.end || reg.negative || reg.optional || reg.choices !== undefined || reg.id !== undefined) return null;
  const { word, tag } = reg;
  if (word !== undefined) {
    if (reg.use || reg.fuzzy) return null;
    return (t) => (t.machine !== null && t.machine === word) || !!(t.alias && t.alias.some((s) => s === word)) || word === t.text || word === t.normal;
  }
  if (tag !== undefined) return (t) => t.tags.has(tag) === true;
  const { switch: sw } = reg;
  if (sw !== undefined && [reg.method, reg.pre, reg.post, reg.regex, reg.chunk].every((x) => x === undefined)) return (t) => t.switch === sw;
  const other = [reg.method, reg.pre, reg.post, reg.regex, reg.chunk, reg.switch, reg.machine, reg.sense];
  if (other.some((x) => x !== undefined) || reg.fastOr === undefined) return null;
  const { fastOr, pos } = reg;
  return (t) => {
    if (pos && !t.tags.has(pos)) return false;
    return fastOr.has((t.root || t.implicit || t.machine || t.normal) as string) || fastOr.has(t.text);
  };
}

/** does a token read its position in the sentence (`^`, `$`), here or inside a choice? */
function anchored(regs: Reg[]): boolean {
  return regs.some((r) => r.start === true || r.end === true || (r.choices !== undefined && r.choices.some((c) => anchored(c))));
}

interface Plan {
  lead: (t: Term) => boolean;
  /** when every token is a plain word, tag or word list, maybe optional, or a list of such choices (see stepsOf): the steps of simpleFrom */
  steps: Step[] | null;
  /** the pattern with `^` on its first token */
  atStart: Todo;
  /** compromise's minLength: a start with fewer terms left is not tried */
  minLength: number;
  /** `^` on the first token: tried from the first term only */
  startOnly: boolean;
}
const plans = new WeakMap<unknown[], Plan | null>();
function planOf(regs: unknown[]): Plan | null {
  let plan = plans.get(regs);
  if (plan === undefined) plans.set(regs, (plan = makePlan(regs as Reg[])));
  return plan;
}

/**
 * How to search for a pattern: from the terms that pass its lead test, with simpleFrom when it has steps, else
 * anchored there with compromise's matcher. A pattern whose first token is an or-block, or that is anchored by a `^`
 * on its first plain token only, needs steps; compromise tries the latter from the first term only (handleStart).
 */
function makePlan(rs: Reg[]): Plan | null {
  if (!rs.length) return null;
  const first = rs[0]!;
  const unanchored = [{ ...first, start: undefined }, ...rs.slice(1)];
  const startOnly = first.start === true && first.choices === undefined && !anchored(unanchored);
  if (!startOnly && anchored(rs)) return null;
  const minLength = rs.filter((r) => r.optional !== true && r.negative !== true).length;
  const lead = startOnly ? null : leadTest(first);
  if (lead) return { lead, steps: stepsOf(rs), atStart: { regs: [{ ...first, start: true }, ...rs.slice(1)] }, minLength, startOnly };
  const steps = stepsOf(startOnly ? unanchored : rs);
  if (!steps || steps[0]!.optional) return null;
  const { test, blocks } = steps[0]!;
  const anyChoice = (t: Term) => blocks!.some((b) => b.length > 0 && b[0]!(t));
  return { lead: test ?? anyChoice, steps, atStart: { regs: rs }, minLength, startOnly };
}

/**
 * A pattern token simpleFrom can match: a plain word, tag, word list or %switch% (`test`), optional or greedy or
 * neither, or an or-block of choices that are each a sequence of plain tokens (`blocks`), optional or not; none
 * negative or anchored, and neither an or-block nor its tokens greedy.
 */
interface Step {
  test: ((t: Term) => boolean) | null;
  blocks: ((t: Term) => boolean)[][] | null;
  optional: boolean;
  greedy: boolean;
  word: string | undefined;
  group: string | undefined;
}
/** compromise's term test of a token, whether or not it is optional (doesMatch ignores `optional`) */
const plainTest = (reg: Reg) => leadTest(reg.optional ? { ...reg, optional: undefined } : reg);

function stepOf(reg: Reg): Step | null {
  if (reg.negative === true) return null;
  // (a greedy token: a plain one, not optional, with no {min,max})
  const greedy = reg.greedy === true;
  if (greedy && (reg.optional || reg.choices !== undefined || reg.min !== undefined || reg.max !== undefined)) return null;
  const step: Step = { test: null, blocks: null, optional: reg.optional === true, greedy, word: reg.word, group: reg.group || undefined };
  if (reg.choices !== undefined) {
    const other = [reg.word, reg.tag, reg.fastOr, reg.method, reg.fuzzy, reg.start, reg.end, reg.id, reg.anything];
    if ((reg as { operator?: string }).operator !== 'or' || other.some((x) => x !== undefined && x !== false)) return null;
    const blocks = reg.choices.map((block) => (Array.isArray(block) && block.every((r) => r.greedy !== true) ? block.map(leadTest) : [null]));
    if (blocks.some((b) => b.some((t) => t === null))) return null;
    step.blocks = blocks as ((t: Term) => boolean)[][];
    return step;
  }
  step.test = plainTest(reg);
  return step.test ? step : null;
}

/** the steps of a pattern, or null when some token is none of simpleFrom's kinds, or an optional token is followed by an or-block */
function stepsOf(regs: Reg[]): Step[] | null {
  const steps: Step[] = [];
  for (const reg of regs) {
    const step = stepOf(reg);
    if (!step) return null;
    steps.push(step);
  }
  // (compromise tests the token after an optional one against its term: done here for a plain token only)
  // (and the token after a greedy one against each further term: done here for a plain token only)
  if (steps.some((st, k) => (st.optional || st.greedy) && steps[k + 1]?.blocks)) return null;
  return steps;
}

/** compromise's failFast: a required word, tag or word list missing from the sentence's cache */
function failFast(regs: Reg[], cache: Set<string>): boolean {
  for (const reg of regs) {
    if (reg.optional === true || reg.negative === true || reg.fuzzy === true) continue;
    if (reg.word !== undefined && !cache.has(reg.word)) return true;
    if (reg.tag !== undefined && !cache.has('#' + reg.tag)) return true;
    if (reg.fastOr !== undefined) {
      let any = false;
      for (const w of cache) if (reg.fastOr.has(w)) { any = true; break; }
      if (!any) return true;
    }
  }
  return false;
}

/** a match found from one start: its sentence, start and end, and its groups (sentence-relative) */
interface Found {
  n: number;
  start: number;
  end: number;
  groups: [string, number, number][];
}

/**
 * compromise's tryHere (match/02-from-here.js) for a pattern of steps (stepsOf), from term `i`, whose first token
 * the caller has tested. A plain token must match the next term (term/doesMatch.js, the same tests as leadTest), or
 * is passed over when optional; an optional token that matched hands its term to the next token when that one also
 * matches it but not the term after (steps/optional-match.js); a token matching the first part of a contraction by
 * its word skips the implicit part after it (steps/contraction-skip.js); a greedy token goes on over the terms it
 * matches until one matches the token after it (steps/greedy-match.js); an or-block takes the first choice whose
 * tokens match the next terms (steps/or-block.js, logic/and-or.js). A token of a capture group adds the terms it
 * took to that group's length (steps/simple-match.js). Groups are kept in an object, as compromise keeps them, so
 * that their order (integer-like names first) is compromise's. Running out of terms ends the match if only optional
 * tokens are left.
 */
function simpleFrom(terms: Term[], i: number, steps: Step[]): Found | null {
  let t = i;
  const groups: Record<string, { start: number; length: number }> = {};
  const addGroup = (g: string | undefined, start: number, n: number) => {
    if (g) (groups[g] ??= { start, length: 0 }).length += n;
  };
  for (let r = 0; r < steps.length; r++) {
    const step = steps[r]!;
    const term = terms[t];
    if (!term) {
      if (steps.slice(r).some((x) => !x.optional)) return null;
      break;
    }
    if (step.blocks) {
      const n = choiceAt(terms, t, step.blocks);
      if (n) addGroup(step.group, t, n);
      else if (!step.optional) return null;
      t += n;
      continue;
    }
    if (r > 0 && !step.test!(term)) {
      if (step.optional) continue;
      return null;
    }
    const startAt = t;
    const next = steps[r + 1];
    if (step.optional && next && next.test!(term) && !(terms[t + 1] && next.test!(terms[t + 1]!))) r++;
    if (term.implicit && terms[t + 1] && terms[t + 1]!.implicit && steps[r]!.word === term.normal) t += 1;
    t += 1;
    if (step.greedy) t = greedyEnd(terms, t, step.test!, next?.test ?? null);
    addGroup(step.group, startAt, step.greedy ? t - startAt : 1);
  }
  const out: Found = { n: 0, start: i, end: t, groups: [] };
  for (const k of Object.keys(groups)) out.groups.push([k, groups[k]!.start, groups[k]!.start + groups[k]!.length]);
  return out;
}

/** compromise's getGreedy (logic/greedy.js) without {min,max}: where a greedy token stops, from term `t` on */
function greedyEnd(terms: Term[], t: number, test: (t: Term) => boolean, next: ((t: Term) => boolean) | null): number {
  for (; t < terms.length; t++) if ((next && next(terms[t]!)) || !test(terms[t]!)) return t;
  return t;
}

/** the number of terms from `t` the first matching choice takes (0: none matches) */
function choiceAt(terms: Term[], t: number, blocks: ((t: Term) => boolean)[][]): number {
  for (const block of blocks) {
    let k = 0;
    while (k < block.length && terms[t + k] && block[k]!(terms[t + k]!)) k++;
    if (k === block.length && k > 0) return k;
  }
  return 0;
}

/**
 * compromise's match(docs, todo, cache), from fewer starts; `match` is compromise's own, used for what it cannot.
 * A `notIf` pattern only drops matches and `justOne` keeps the first, so where the pattern alone matches nowhere
 * (nearly always) compromise's answer is no match; otherwise compromise's matcher gives it.
 */
export function fastMatch(match: RunMatch, docs: unknown[][], todo: Todo, cache?: unknown): Result {
  const plan = planOf(todo.regs);
  if (!plan) return match(docs, todo, cache);
  const filtered = todo.justOne === true || todo.notIf !== undefined;
  const found = search(match, plan, docs, todo.regs as Reg[], (cache || []) as (Set<string> | undefined)[], filtered);
  if (filtered) return found.length ? match(docs, todo, cache) : { ptrs: [], byGroup: {} };
  return results(docs, found, todo.group);
}

/** every match of a planned pattern (or only the first), as compromise's matcher finds them */
function search(match: RunMatch, plan: Plan, docs: unknown[][], regs: Reg[], caches: (Set<string> | undefined)[], first: boolean): Found[] {
  const found: Found[] = [];
  for (let n = 0; n < docs.length; n++) {
    const terms = docs[n] as Term[];
    if (caches[n] && failFast(regs, caches[n]!)) continue;
    const last = plan.startOnly ? Math.min(0, terms.length - 1) : terms.length - plan.minLength;
    for (let i = 0; i <= last; i++) {
      if (!plan.lead(terms[i]!)) continue;
      const f = plan.steps ? simpleFrom(terms, i, plan.steps) : anchoredFrom(match, terms, i, plan);
      if (!f) continue;
      f.n = n;
      found.push(f);
      if (first) return found;
      // (compromise goes on from the match's end)
      i = f.end - 1;
    }
  }
  return found;
}

/** compromise's matcher from term `i`: the pattern anchored there, on the rest of the sentence */
function anchoredFrom(match: RunMatch, terms: Term[], i: number, plan: Plan): Found | null {
  const res = match([terms.slice(i)], plan.atStart);
  if (!res.ptrs.length) return null;
  const groups: [string, number, number][] = [];
  for (const k of Object.keys(res.byGroup)) {
    const g = res.byGroup[k]![0]!;
    groups.push([k, i + (g[1] as number), i + (g[2] as number)]);
  }
  return { n: 0, start: i, end: i + (res.ptrs[0]![2] as number), groups };
}

/** compromise's getGroup and the ids it adds to the pointers */
function results(docs: unknown[][], found: Found[], groupIn: string | number | undefined): Result {
  const ptrs: Ptr[] = [];
  const byGroup: Record<string, Ptr[]> = {};
  const group = typeof groupIn === 'number' ? String(groupIn) : groupIn;
  for (const f of found) {
    if (group) {
      const g = f.groups.find(([k]) => k === group);
      if (g) ptrs.push([f.n, g[1], g[2]]);
    } else {
      ptrs.push([f.n, f.start, f.end]);
      for (const [k, s, e] of f.groups) (byGroup[k] ??= []).push([f.n, s, e]);
    }
  }
  for (const ptr of ptrs) {
    const terms = docs[ptr[0] as number] as Term[];
    ptr[3] = terms[ptr[1] as number]!.id;
    ptr[4] = terms[(ptr[2] as number) - 1]!.id;
  }
  return { ptrs, byGroup };
}

interface Methods {
  one: { match: RunMatch };
}

/** Run `f` (which computes compromise hooks on `doc`) with fastMatch in place of compromise's matcher. */
export function withFastMatch<T>(doc: View, f: () => T): T {
  const one = (doc as unknown as { methods: Methods }).methods.one;
  const saved = one.match;
  one.match = (docs, todo, cache) => fastMatch(saved, docs, todo, cache);
  try {
    return f();
  } finally {
    one.match = saved;
  }
}
