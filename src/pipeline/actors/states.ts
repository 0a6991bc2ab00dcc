/**
 * Pass: states the gazetteer lacks. A one-word name the text gives a state's organs or officers ("Belmora's
 * government", "Mabonde's main opposition", "the president of Dalmar") is a country, wherever it is named, so
 * that "the government", "the opposition" and the officials of the story find their state although the name
 * is new. The evidence is read once per document from the whole text; the pass then marks the name at each
 * token where no gazetteer name starts.
 */
import { tokenKey } from '../../actors/gazetteer.js';
import type { ActorContext } from './context.js';
import { emit, type SentenceScan } from './scan.js';
import { breaksAfter, isCap, isPossessive, venueBefore } from './tokens.js';
import { dayAt, nameShaped } from './unknown.js';

/** a state's organs and officers after a possessive name: "Belmora's president", "Dalmar's armed forces" */
const STATE_OWNED =
  /(?<![\p{L}])(\p{Lu}\p{Ll}{2,})['’]s\s+(?:(?:new|former|current|interim|caretaker|acting|ruling|main|largest|military|civilian|national|elected)\s+)?(?:government|president|prime\s+minister|premier|parliament|army|military|armed\s+forces|foreign\s+minist(?:er|ry)|interior\s+minist(?:er|ry)|defen[cs]e\s+minist(?:er|ry)|finance\s+minister|cabinet|capital|borders?|ruling\s+party|opposition|constitution|ambassador|embassy|troops|central\s+bank|electoral\s+commission|national\s+assembly)\b/gu;
/** "the government of Dalmar", "the president of Belmora" */
const STATE_OF = /\b(?:government|president|prime\s+minister|parliament|capital|army|embassy|republic|kingdom)\s+of\s+(\p{Lu}\p{Ll}{2,})(?![\p{L}])/gu;

/** the keys of one-word names the text gives state organs to, which the gazetteer and English lack */
function inferredStates(cx: ActorContext): Set<string> {
  const out = new Set<string>();
  for (const re of [STATE_OWNED, STATE_OF])
    for (const m of cx.text.matchAll(re)) {
      const key = tokenKey(m[1]!);
      if (!cx.gaz.root.next.has(key) && nameShaped(m[1]!)) out.add(key);
    }
  return out;
}

const cache = new WeakMap<ActorContext, Set<string>>();

/** The name of an inferred state at token i (not the start of a longer name: "Belmora Airlines"): the next token, or undefined. */
export function inferredStateAt(sc: SentenceScan, i: number): number | undefined {
  const { cx, toks } = sc;
  let states = cache.get(cx);
  if (!states) cache.set(cx, (states = inferredStates(cx)));
  if (!states.size) return undefined;
  const t = toks[i]!;
  if (!isCap(t.text) || sc.gzAt[i] || !states.has(tokenKey(t.text))) return undefined;
  const nx = toks[i + 1];
  if (nx && isCap(nx.text) && !breaksAfter(t) && !isPossessive(t) && !dayAt(toks, i + 1)) return undefined;
  // (a person's name ending in it is a person: "Ana Belmora")
  const p = toks[i - 1];
  if (p && isCap(p.text) && !breaksAfter(p) && !p.tags.has('Determiner')) return undefined;
  const name = t.text.replace(/['’]s?$/, '');
  const d = cx.draft(`country:${name.toLowerCase()}`, () => ({ name, type: 'country', affiliation: null, head: name.toLowerCase() }));
  emit(sc, d, i, i + 1, 'name', venueBefore(toks, i));
  return i + 1;
}
