/**
 * A faster twin of compromise's `bulkMatch` (the engine of its post-tagger's
 * sweep, compromise 14 `src/1-one/sweep/methods/sweep/`), used while stance
 * tags its own sentences (`withFastSweep`, parse.ts).
 *
 * For every compromise sentence (a clause: the post-tagger sweeps a
 * comma-split copy of the document) compromise walks *every* key of the net's
 * index (730 words and tags for the post-tagger's 570 patterns), asks the
 * clause's cache for each, concatenates the lists of the keys it has, drops
 * repeated patterns through an object keyed by their text, then filters the
 * list three times with fresh arrays: about 40 % of the post-tagger's time
 * went there, not into matching. Here the clause's cache (a few dozen words
 * and tags) is walked instead, the keys it shares with the index are put back
 * in the index's order, repeats are dropped through a stamp per distinct
 * pattern text, and the three filters are one pass. The candidate list, its
 * order, the matches and so the tags come out exactly as compromise's own
 * (test/sweep.test.ts compares the two; scripts/same-output.sh the output).
 */
import type { View } from './nlp.js';

/** a pattern of a sweep net, the fields bulkMatch reads */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}
type Terms = unknown[];
interface Methods {
  one: {
    cacheDoc(document: Terms[]): Set<string>[];
    match(docs: Terms[], todo: NetMatch): { ptrs: number[][] };
    bulkMatch: BulkMatch;
  };
}
type BulkMatch = (document: Terms[], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => unknown[];

/** a net's index, prepared once: the rank of each key in compromise's order, and an id per distinct pattern text */
interface Prepared {
  keys: number;
  rank: Map<string, number>;
  lists: NetMatch[][];
  /** the id of each pattern of `lists`, by position */
  ids: number[][];
  stamp: Int32Array;
  epoch: number;
}
const prepared = new WeakMap<Record<string, NetMatch[]>, Prepared>();

function prepare(hooks: Record<string, NetMatch[]>): Prepared {
  // (Object.keys: the order compromise walks them in, integer-like keys first)
  const keys = Object.keys(hooks);
  let p = prepared.get(hooks);
  if (p && p.keys === keys.length) return p;
  const byText = new Map<string, number>();
  const ids = keys.map((k) =>
    hooks[k]!.map((m) => {
      let id = byText.get(m.match);
      if (id === undefined) byText.set(m.match, (id = byText.size));
      return id;
    }),
  );
  p = {
    keys: keys.length,
    rank: new Map(keys.map((k, i) => [k, i])),
    lists: keys.map((k) => hooks[k]!),
    ids,
    stamp: new Int32Array(byText.size),
    epoch: 0,
  };
  prepared.set(hooks, p);
  return p;
}

/** compromise's needs / ifNo / wants filters of a candidate, in one pass */
function wanted(m: NetMatch, haves: Set<string>): boolean {
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length === 0) return true;
  // (counting stops once there are enough)
  const min = m.minWant;
  if (min <= 0) return true;
  let found = 0;
  for (const w of m.wants) if (haves.has(w) && ++found >= min) return true;
  return false;
}

/** The candidate patterns of one clause, in compromise's order (getHooks, trimDown, always, tooSmall). */
function candidates(p: Prepared, net: Net, haves: Set<string>, termCount: number): NetMatch[] {
  const present: number[] = [];
  for (const k of haves) {
    const r = p.rank.get(k);
    if (r !== undefined) present.push(r);
  }
  present.sort((a, b) => a - b);
  const epoch = ++p.epoch;
  const out: NetMatch[] = [];
  for (const r of present) {
    const list = p.lists[r]!;
    const ids = p.ids[r]!;
    for (let j = 0; j < list.length; j++) {
      const id = ids[j]!;
      if (p.stamp[id] === epoch) continue;
      p.stamp[id] = epoch;
      const m = list[j]!;
      // (pure filters, so their order is free: the cheap length test first)
      if (termCount >= m.minWords && wanted(m, haves)) out.push(m);
    }
  }
  for (const m of net.always) if (termCount >= m.minWords) out.push(m);
  return out;
}

/** compromise's bulkMatch, same results in the same order */
export const fastBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const docCache = methods.one.cacheDoc(document);
  const p = prepare(net.hooks);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const m of candidates(p, net, docCache[n]!, document[n]!.length)) {
      const res = methods.one.match([document[n]!], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: NetMatch & { pointer?: number[] } = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
};

/** Run `f` (which computes compromise hooks on `doc`) with fastBulkMatch in place of compromise's own. */
export function withFastSweep<T>(doc: View, f: () => T): T {
  const one = (doc as unknown as { methods: Methods }).methods.one;
  const saved = one.bulkMatch;
  one.bulkMatch = fastBulkMatch;
  try {
    return f();
  } finally {
    one.bulkMatch = saved;
  }
}
