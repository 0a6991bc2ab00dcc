/**
 * Pass: "the Government of X". A state noun ("government", "administration", "regime" …) with "of" and a
 * country's name stands for that country, the whole phrase one mention of it: "the Government of Zorvania
 * rejected …" is Zorvania's stance. A known country is the gazetteer's; a name the gazetteer lacks is taken for
 * a country when it has a name's shape ("the Government of National Unity" is not one: its words are English).
 */
import { COMPANY_ORGAN, GROUP_HEAD, NOT_PARTY_NAME, ORG_HEAD, ROLE, STATE_OF, STOP_CAP, SUBNATIONAL_LEVEL } from './lexicon.js';
import { breaksAfter, isCap, isPersonTagged } from './tokens.js';
import { emit, orgDraft, runFrom, type SentenceScan } from './scan.js';
import { nameShaped, stateNameShaped } from './unknown.js';

/** The state named at token i ("Government of X"), or its government by its formal name: the next token, or undefined. */
export function governmentOfAt(sc: SentenceScan, i: number): number | undefined {
  const { toks, cx } = sc;
  // (a capitalised word before a formal name belongs to it: "the Federal Government of Somalia")
  const p = formalPrefix(sc, i) ? i + 1 : i;
  const t = toks[p]!;
  if (!STATE_OF.has(t.normal) || toks[p + 1]?.normal !== 'of' || breaksAfter(t) || breaksAfter(toks[p + 1]!)) return undefined;
  const formal = isCap(t.text) && t.normal === 'government';
  const x = p + 2;
  const g = sc.gzAt[x];
  if (g) {
    const gd = cx.gazDraft(g.hit.id);
    if (gd.type !== 'country') return undefined;
    if (formal) return formalGovernment(sc, i, g.end, gd.key);
    if (p > i) return undefined;
    emit(sc, gd, i, g.end, 'description');
    return g.end;
  }
  const j = runFrom(sc, x, true);
  if (j <= x || j - x > 3) return undefined;
  if (!unknownStateName(sc, x, j)) return formal && formalNameWords(sc, x, j) ? formalGovernment(sc, i, j, null) : undefined;
  const name = cx.text.slice(toks[x]!.start, toks[j - 1]!.end);
  const d = cx.draft(`country:${name.toLowerCase()}`, () => ({ name, type: 'country', affiliation: null, head: name.toLowerCase() }));
  if (!d.mentions.length) d.guessed = true;
  if (formal) return formalGovernment(sc, i, j, d.key);
  if (p > i) return undefined;
  emit(sc, d, i, j, 'description');
  return j;
}

/**
 * "the Government of Yemen", "the Transitional Government of Norland", "the Government of National Unity": a
 * government by its formal name is a party of its own, affiliated to the state it names (where two sides claim a
 * state, the formal name is one side's), so that a holder matches either name. The next token.
 */
function formalGovernment(sc: SentenceScan, i: number, j: number, state: string | null): number {
  const name = sc.cx.text.slice(sc.toks[i]!.start, sc.toks[j - 1]!.end).replace(/['’]s$/, '');
  const d = sc.cx.draft(`org:${name.toLowerCase()}`, () => ({ name, type: 'organization', affiliation: state, head: 'government' }));
  emit(sc, d, i, j, 'name');
  return j;
}

/** a capitalised word at i before a formal "Government of" ("Federal", "Transitional", "Royal"), no name of its own */
function formalPrefix(sc: SentenceScan, i: number): boolean {
  const { toks } = sc;
  const t = toks[i]!;
  const nx = toks[i + 1];
  if (!nx || !isCap(t.text) || !isCap(nx.text) || nx.normal !== 'government' || toks[i + 2]?.normal !== 'of' || breaksAfter(t)) return false;
  return !sc.gzAt[i] && !STOP_CAP.has(t.normal) && !isPersonTagged(t) && !ROLE.has(t.normal) && !/['’]s$/.test(t.text);
}

/** the words [x, j) of "the Government of National Unity": capitalised words, none a person's */
function formalNameWords(sc: SentenceScan, x: number, j: number): boolean {
  return sc.toks.slice(x, j).every((w) => isCap(w.text) && !isPersonTagged(w) && !STOP_CAP.has(w.normal));
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

/** a region's government's head noun */
export const REGION_GOV = /^(?:government|administration)$/;

/**
 * "the Halden state government", "the Drumlin regional government", "the Marsh County government", "the provincial
 * government of Vesk": a government a level word makes a region's or a city's is an organisation of its own named
 * by its words (the state's own government is its country). At token i: the name's first word, or the level word
 * before "government of". The next token, or undefined.
 */
export function regionGovernmentAt(sc: SentenceScan, i: number): number | undefined {
  const { toks, n } = sc;
  const t = toks[i]!;
  // "the provincial government of Vesk"
  if (SUBNATIONAL_LEVEL.has(t.normal) && !isCap(t.text) && REGION_GOV.test(toks[i + 1]?.normal ?? '') && toks[i + 2]?.normal === 'of' && !breaksAfter(t) && !breaksAfter(toks[i + 1]!) && !breaksAfter(toks[i + 2]!)) {
    const x = i + 3;
    const j = x < n && isCap(toks[x]!.text) && !sc.used[x] ? runFrom(sc, x, true) : x;
    if (j <= x || j - x > 3) return undefined;
    emit(sc, orgDraft(sc, i, j), i, j, 'name');
    return j;
  }
  // "the Halden state government", "the Bavarian state government"
  if (!isCap(t.text) || STOP_CAP.has(t.normal) || sc.used[i]) return undefined;
  let k = i;
  while (k < n && k - i < 3 && isCap(toks[k]!.text) && !breaksAfter(toks[k]!) && !/['’]s?$/.test(toks[k]!.text) && !ROLE.has(toks[k]!.normal) && !isPersonTagged(toks[k]!)) k++;
  // (the level may be a word of the name: "the Marsh County government")
  const inName = k - i >= 2 && SUBNATIONAL_LEVEL.has(toks[k - 1]!.normal) && !!toks[k] && REGION_GOV.test(toks[k]!.normal) && !isCap(toks[k]!.text);
  if (inName) k--;
  const lv = toks[k];
  if (k === i || !lv || (isCap(lv.text) && !inName) || !SUBNATIONAL_LEVEL.has(lv.normal) || breaksAfter(lv)) return undefined;
  const h = toks[k + 1];
  if (!h || isCap(h.text) || !REGION_GOV.test(h.normal.replace(/['’]s$/, ''))) return undefined;
  emit(sc, orgDraft(sc, i, k + 2), i, k + 2, 'name');
  return k + 2;
}
