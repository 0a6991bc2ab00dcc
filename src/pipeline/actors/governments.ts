/**
 * Pass: "the Government of X". A state noun ("government", "administration", "regime" …) with "of" and a
 * country's name stands for that country, the whole phrase one mention of it: "the Government of Zorvania
 * rejected …" is Zorvania's stance. A known country is the gazetteer's; a name the gazetteer lacks is taken for
 * a country when it has a name's shape ("the Government of National Unity" is not one: its words are English).
 */
import { COMPANY_ORGAN, GROUP_HEAD, NOT_PARTY_NAME, ORG_HEAD, ROLE, STATE_OF, STOP_CAP } from './lexicon.js';
import { breaksAfter, isCap, isPersonTagged } from './tokens.js';
import { emit, runFrom, type SentenceScan } from './scan.js';
import { nameShaped, stateNameShaped } from './unknown.js';

/** The state named at token i ("Government of X"): the next token, or undefined. */
export function governmentOfAt(sc: SentenceScan, i: number): number | undefined {
  const { toks, cx } = sc;
  const t = toks[i]!;
  if (!STATE_OF.has(t.normal) || toks[i + 1]?.normal !== 'of' || breaksAfter(t) || breaksAfter(toks[i + 1]!)) return undefined;
  const x = i + 2;
  const g = sc.gzAt[x];
  if (g) {
    const gd = cx.gazDraft(g.hit.id);
    if (gd.type !== 'country') return undefined;
    emit(sc, gd, i, g.end, 'description');
    return g.end;
  }
  const j = runFrom(sc, x, true);
  if (j <= x || j - x > 3 || !unknownStateName(sc, x, j)) return undefined;
  const name = cx.text.slice(toks[x]!.start, toks[j - 1]!.end);
  const d = cx.draft(`country:${name.toLowerCase()}`, () => ({ name, type: 'country', affiliation: null, head: name.toLowerCase() }));
  if (!d.mentions.length) d.guessed = true;
  emit(sc, d, i, j, 'description');
  return j;
}

/** the capitalised words [x, j) look like a country's name: no word of our lists, no person, one word not English */
function unknownStateName(sc: SentenceScan, x: number, j: number): boolean {
  const words = sc.toks.slice(x, j);
  for (const w of words) {
    const n = w.normal.replace(/['’]s$/, '');
    if (!isCap(w.text) || isPersonTagged(w) || /['’]/.test(n)) return false;
    if (ORG_HEAD.has(n) || ROLE.has(n) || GROUP_HEAD.has(n) || STOP_CAP.has(n) || NOT_PARTY_NAME.has(n)) return false;
  }
  // (a one-word name in a state's place may end as English words do: "the Government of Velmor")
  return words.length === 1 ? stateNameShaped(words[0]!.text) : words.some((w) => nameShaped(w.text));
}

/**
 * "the Board of X", "the management of X", "the Board of Directors of X": a company's governing body is the
 * company acting; the reading moves past the body and "of", so that X is named by the passes after this one.
 */
export function companyOrganOfAt(sc: SentenceScan, i: number): number | undefined {
  const { toks } = sc;
  const t = toks[i]!;
  if (!COMPANY_ORGAN.has(t.normal) || breaksAfter(t)) return undefined;
  let j = i + 1;
  // "Board of Directors of X"
  if (toks[j]?.normal === 'of' && toks[j + 1]?.normal === 'directors' && toks[j + 2]?.normal === 'of') j += 2;
  const of = toks[j];
  const x = toks[j + 1];
  if (of?.normal !== 'of' || breaksAfter(of) || !x || !isCap(x.text)) return undefined;
  const g = sc.gzAt[j + 1];
  if (g && sc.cx.gazDraft(g.hit.id).type !== 'organization') return undefined;
  return j + 1;
}
