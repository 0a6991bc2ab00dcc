/**
 * What a rule pattern may cost, checked when a rule file is loaded (a pattern
 * over the limits is refused there, with its file:line:col), so that no rule
 * file can make the analysis of a sentence take unbounded time.
 *
 * Three measures:
 *  - expansions: how many plain compromise patterns one `match` (or `notIf`)
 *    becomes once word classes and multi-word alternatives are spelled out
 *    (`(a b|c d) (e f|g h)` is 4). Each is matched on its own, so the count
 *    multiplies the work, and it grows exponentially with the groups.
 *  - branching: for each plain pattern, the product over its terms of the
 *    ways a term may be matched: an optional term (`x?`) 2, a repeated one
 *    (`x+`, `x*`, `.*`) REPEAT_WAYS, a range `x{n,m}` m − n + 1, a group of
 *    choices the number of different lengths among them. compromise's matcher backtracks
 *    over these, so its time at each word grows with this product (measured:
 *    16 optional wildcards `.?` before a missing word take 37 ms per 200-word
 *    sentence, each further one doubles it).
 *  - regular expressions (`/…/` terms): a quantifier over a group that itself
 *    holds a quantifier (`/(a+)+$/`) is refused: its time is exponential in the
 *    length of the word it is tried on (4 s on a 29-letter word).
 */

/** Plain patterns one `match` or `notIf` may expand into. */
export const MAX_EXPANSIONS = 2000;
/** Largest branching product of one plain pattern. */
export const MAX_BRANCHING = 1024;
/** Ways counted for an unbounded repeat (`+`, `*`). */
export const REPEAT_WAYS = 8;

interface Reg {
  optional?: boolean;
  greedy?: boolean;
  min?: number;
  max?: number;
  choices?: unknown[];
  regex?: RegExp;
}

/** The branching product of one parsed pattern (compromise's parseMatch output). */
export function branching(regs: readonly unknown[]): number {
  let product = 1;
  for (const r of regs as Reg[]) {
    let ways = 1;
    if (r.max !== undefined && r.min !== undefined && Number.isFinite(r.max)) ways = Math.max(1, r.max - r.min + 1);
    else if (r.greedy) ways = REPEAT_WAYS;
    if (r.optional) ways *= 2;
    // choices of one length are tried in one step; of different lengths, each length is a branch
    if (r.choices?.length) ways *= new Set((r.choices as unknown[][]).map((c) => (Array.isArray(c) ? c.length : 1))).size;
    product *= ways;
    if (product > Number.MAX_SAFE_INTEGER) return Infinity;
  }
  return product;
}

/**
 * Why a regular expression's source is too costly (a quantified group holding a
 * quantifier: "nested repeats"), or undefined.
 */
export function regexProblem(source: string): string | undefined {
  // per open group: does it hold a quantifier?
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push(false);
    else if (c === ')') {
      const quantified = stack.pop() ?? false;
      const next = source[i + 1];
      const repeated = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}/.test(source.slice(i + 1)) && !/^\{\d+\}/.test(source.slice(i + 1)));
      if (quantified && repeated) return `nested repeats in /${source}/ (a repeated group that holds a repeat takes exponential time)`;
      if (stack.length && quantified) stack[stack.length - 1] = true;
    } else if ((c === '*' || c === '+' || c === '{') && stack.length) stack[stack.length - 1] = true;
  }
  return undefined;
}
