/**
 * Pass: states the gazetteer lacks. A one-word name the text gives a state's organs or officers ("Belmora's
 * government", "Mabonde's main opposition", "the president of Dalmar") is a country, wherever it is named, so
 * that "the government", "the opposition" and the officials of the story find their state although the name
 * is new. So is a new name before a capitalised "States" ("the Guzule States"), and, in a text that names no state
 * the gazetteer knows, a new name the text also makes a demonym from ("Fikebu … the Fikeban negotiators") and,
 * when the text speaks of a government and no other state is found, a new name written as a place ("in Dolud
 * Golaze"). The evidence is read once per document from the whole text; the pass then marks the name at each token
 * where no gazetteer name starts.
 */
import { tokenKey } from '../../actors/gazetteer.js';
import { WORDS } from '../../actors/words.js';
import type { Token } from '../types.js';
import { GOV_HEAD, GOV_ROLE, ROLE, TITLE_MODIFIER } from './lexicon.js';
import type { ActorContext } from './context.js';
import { emit, type SentenceScan } from './scan.js';
import { breaksAfter, isCap, isPossessive, venueBefore } from './tokens.js';
import { dayAt, nameShaped, stateNameShaped } from './unknown.js';

/** a words.yml list as a regex alternation; a hyphen joins the words of a phrase ("prime-minister") */
const alternation = (list: Set<string>) => [...list].map((w) => w.split('-').join('\\s+')).join('|');
/** the same, each word also with a capital ("Foreign Minister" in a title) */
const titleAlternation = (list: Set<string>) =>
  [...list].map((w) => w.split('-').map((p) => `[${p[0]}${p[0]!.toUpperCase()}]${p.slice(1)}`).join('\\s+')).join('|');
/** a state's organs and officers after a possessive name: "Belmora's president", "Dalmar's armed forces", "Kaldera's Foreign Minister", "Vesk's finance ministry" */
const NAME = `\\p{Lu}\\p{Ll}{2,}(?:\\s\\p{Lu}\\p{Ll}{2,})?`;
const STATE_OWNED = new RegExp(
  `(?<![\\p{L}])(${NAME})['’]s\\s+(?:(?:${titleAlternation(WORDS.state_organ_modifier)}|${titleAlternation(TITLE_MODIFIER)})\\s+)?(?:${titleAlternation(WORDS.state_organ)})\\b`,
  'gu',
);
/** "Dalmar's state-run railway", "Belmora's state-owned oil company": only a state runs what is state-run */
const STATE_RUN = new RegExp(`(?<![\\p{L}])(${NAME})['’]s\\s+state-(?:run|owned|controlled)\\b`, 'gu');
/** "the government of Dalmar", "the president of Belmora", "the Armed Forces of Liluvina", "the Republic of Teskar" */
const STATE_OF = new RegExp(`\\b(?:${titleAlternation(WORDS.state_organ_of)})\\s+of\\s+(${NAME})(?![\\p{L}])`, 'gu');
/**
 * "the strike continues in Dolud Golaze", "within Duk Sezok", "the people of Fikebu": a new name as a place, read
 * only when the text has a government that no state it names may own (see inferredStates)
 */
const STATE_PLACE = new RegExp(`(?<![\\p{L}])(?:in|within|across|throughout|inside|people\\s+of)\\s+(${NAME})(?![\\p{L}'’-])(?![^\\S\\n]+\\p{Lu})`, 'gu');
/** "the Guzule States": a new name before a capitalised "States" names a state, as "the United States" does */
const NAME_STATES = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,})\s+States(?![\p{L}])/gu;
/** a state's government written in lower case: the word that needs a state */
const GOVERNMENT = /(?<![\p{L}])(?:government|cabinet|regime|authorities)(?![\p{L}])/u;
/**
 * "the Zapebul government", a headline's "Pufozil government drops appeal" or "Pufozil Government, Rebels Agree …":
 * a name before "government"
 */
const STATE_ATTRIB = new RegExp(`(?:(?<![\\p{L}])[Tt]he\\s+|^|\\n)(${NAME})\\s+[Gg]overnment(?![\\p{L}])`, 'gu');

/** "the Dunmaran government", "Lisvanian troops": a demonym-shaped word before a state organ */
const DEMONYM_OWNS = new RegExp(
  `(?<![\\p{L}])(\\p{Lu}\\p{Ll}{2,}(?:ian|an|landic))\\s+(?:(?:${alternation(WORDS.state_organ_modifier)}|${alternation(TITLE_MODIFIER)})\\s+)?(?:${alternation(WORDS.state_organ)}|authorities|(?:\\p{Ll}+\\s+)?(?:regulator|watchdog))\\b`,
  'gu',
);
/**
 * "the Tarskian delegation", "Dorunese soldiers", "the Velsan foreign ministry": a demonym-shaped word (also in "-ese")
 * before a lower-case state organ, a delegation or the state's troops — read only when the text names no state the
 * demonym may be made from (the pairing below reads those); not "officials" ("Xan officials" are as often a
 * region's, a party's or a church's), nor a title before a person ("Fetivan Foreign Minister Tif Ludofige": the
 * person holds the stance, and the state's name is only guessed)
 */
const DEMONYM_LONE = new RegExp(
  `(?<![\\p{L}])(\\p{Lu}\\p{Ll}{2,}(?:ian|an|ese))\\s+(?:(?:${alternation(WORDS.state_organ_modifier)}|${alternation(TITLE_MODIFIER)})\\s+)?(?:${alternation(WORDS.state_organ)}|delegations?|troops|forces|soldiers)\\b`,
  'gu',
);
/** "the Teskari delegation", "Omari troops": a demonym in -i before a state organ or a delegation */
const DEMONYM_I_OWNS = new RegExp(
  `(?<![\\p{L}])(\\p{Lu}\\p{Ll}{2,})i\\s+(?:(?:${alternation(WORDS.state_organ_modifier)})\\s+)?(?:${alternation(WORDS.state_organ)}|authorities|delegation|delegations)\\b`,
  'gu',
);
/**
 * "the Quessara government", "Zosarudi authorities": a one-word name (or an adjective made from one in a form
 * English does not predict) right before a lower-case government or authorities; not inside a longer capitalised
 * name ("the Ilse Varga government")
 */
const NAME_GOVERNS = new RegExp(
  `(?<![\\p{L}])(\\p{Lu}\\p{Ll}{2,})\\s+(?:(?:${alternation(WORDS.state_organ_modifier)})\\s+)?(?:government|authorities)\\b`,
  'gu',
);
/** a capitalised word right before offset `at` (not "The" or "A"): the name at `at` is part of a longer one */
const capitalisedBefore = (text: string, at: number) => {
  const m = /(\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return !!m && !/^(?:The|A|An)$/.test(m[1]!);
};

/** the name is the last word of a longer capitalised name somewhere in the text: a person's ("Eva Lindqvist … the Lindqvist government") */
function personsName(text: string, name: string): boolean {
  // (on one line, and not the last word of the sentence before: "… Tomas Gisler.\n\nGagoria President …")
  const re = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}.'’-]*)[^\\S\\n]+${name}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(re)) {
    const w = m[1]!;
    if (/\p{L}{2}\.$/u.test(w) && !/^(?:Mr|Mrs|Ms|Dr)\.$/.test(w)) continue;
    if (!/^(?:The|A|An|In|On|At|For|From|To|By|With|And|But|Of|As|If|When|While)$/.test(w)) return true;
  }
  return false;
}

/** the country a demonym names, by the commonest English pattern: "Zorvanian" → "Zorvania", "Dunmaran" → "Dunmara" */
const stemOf = (demonym: string) => demonym.replace(/ian$/, 'ia').replace(/(?<=[^i])an$/, 'a').replace(/ese$/, '');

/**
 * The one-word names the text gives state organs to, which the gazetteer and English lack, by key → the state's
 * name; and a new demonym before a state organ ("Dunmaran" of "the Dunmaran government") → the state's name.
 */
function inferredStates(cx: ActorContext): Map<string, string> {
  const out = new Map<string, string>();
  const unknown = (w: string) => !cx.gaz.root.next.has(tokenKey(w)) && stateNameShaped(w);
  // (every word of a two-word name new: "South Belmora" is not read, "Dolud Gavor" is)
  const unknownName = (n: string) => n.split(/\s/).every(unknown);
  for (const re of [STATE_OWNED, STATE_OF, STATE_ATTRIB, STATE_RUN])
    for (const m of cx.text.matchAll(re)) {
      const n = m[1]!;
      // (a demonym before "government" is read below: "the Dunmaran government")
      if (re === STATE_ATTRIB && (/(?:ian|an|i|ese|ish)$/.test(n) || leaderName(cx.text, n))) continue;
      if (unknownName(n)) out.set(stateKey(n), n);
    }
  for (const m of cx.text.matchAll(DEMONYM_OWNS)) {
    // ("-an" of a state in "-o" the text names: "the Korevan government … Korevo")
    const o = m[1]!.replace(/(?<=[^i])an$/, 'o');
    const stem = o !== m[1] && new RegExp(`(?<![\\p{L}])${o}(?![\\p{L}])`, 'u').test(cx.text) ? o : stemOf(m[1]!);
    if (unknown(m[1]!) && unknown(stem) && !out.has(tokenKey(m[1]!))) out.set(tokenKey(m[1]!), stem);
  }
  for (const m of cx.text.matchAll(DEMONYM_LONE)) {
    const d = DEMONYM_END.exec(m[1]!);
    const named = (n: string) => n !== m[1] && new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u').test(cx.text);
    if (!d || stemNames(d[1]!, d[2]!).some(named) || out.has(tokenKey(m[1]!))) continue;
    const stem = stemOf(m[1]!);
    if (unknown(m[1]!) && unknown(stem)) out.set(tokenKey(m[1]!), stem);
  }
  // (an "-i" demonym only when the text also names the state it is made from: "Teskari" of "Teskar")
  for (const m of cx.text.matchAll(DEMONYM_I_OWNS)) {
    const stem = m[1]!;
    const dem = `${stem}i`;
    if (unknown(dem) && unknown(stem) && !out.has(tokenKey(dem)) && new RegExp(`(?<![\\p{L}])${stem}(?![\\p{L}])`, 'u').test(cx.text)) out.set(tokenKey(dem), stem);
  }
  // (last: a name that no demonym pattern explains is the state's own name)
  for (const m of cx.text.matchAll(NAME_GOVERNS)) {
    const key = tokenKey(m[1]!);
    if (unknown(m[1]!) && !out.has(key) && !capitalisedBefore(cx.text, m.index) && !personsName(cx.text, m[1]!)) out.set(key, m[1]!);
  }
  for (const m of cx.text.matchAll(NAME_STATES))
    if (unknown(m[1]!) && nameShaped(m[1]!) && !capitalisedBefore(cx.text, m.index) && !personsName(cx.text, m[1]!)) out.set(stateKey(`${m[1]} States`), `${m[1]} States`);
  // (only in a text that names no state the gazetteer knows: beside a known state, a new name with a demonym is more
  // often one of its regions or peoples — "Tigray", "Tigrayan forces" — than another state)
  if (!knowsState(cx)) pairedStates(cx, out, unknown);
  // (a new place is a state only when the text names no state the gazetteer knows, nor any other, and speaks of a
  // government: "Fighting broke out in Sulavu. The government said …")
  if (!out.size && GOVERNMENT.test(cx.text) && !knowsState(cx))
    for (const m of cx.text.matchAll(STATE_PLACE)) {
      const n = m[1]!;
      if (unknownName(n) && !WORDS.place_head.has(n.split(/\s/).at(-1)!.toLowerCase()) && !personsName(cx.text, n.split(/\s/)[0]!) && !leaderName(cx.text, n)) out.set(stateKey(n), n);
    }
  addDemonyms(cx, out, unknown);
  // a state found by its demonym is also named by its own name where the text writes it ("the Zorvanian government
  // … in Zorvania")
  for (const name of new Set(out.values()))
    if (!/\s/.test(name) && !out.has(tokenKey(name)) && unknown(name) && new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(cx.text)) out.set(tokenKey(name), name);
  return out;
}

/** the endings English makes demonyms with: "Quessara" → "Quessaran", "Teskar" → "Teskari", "Velmor" → "Velmorese" */
const DEMONYM_END = /^(\p{Lu}\p{Ll}{2,}?)(ian|an|n|i|ese)$/u;

/**
 * The names a demonym may be made from, by the stem it leaves: the stem itself ("Teskari" of "Teskar"), or the stem
 * with a final vowel English drops before "-an" ("Dunmaran" of "Dunmara", "Korevan" of "Korevo", "Fikeban" of
 * "Fikebu") or "-ia" before "-ian" ("Zorvanian" of "Zorvania")
 */
function stemNames(stem: string, end: string): string[] {
  const out = [stem];
  if (end !== 'n' && end !== 'i') out.push(...['a', 'e', 'o', 'u'].map((v) => stem + v));
  if (end !== 'n') out.push(`${stem}ia`);
  return out;
}

/** the nouns a demonym makes a state's: its officers, organs, delegations and troops ("the Fikeban negotiators", "Detosoman President Ana Ruiz") */
const DEMONYM_HEAD = new RegExp(
  `^(?:${[...new Set([...ROLE, ...WORDS.delegate_head, ...GOV_HEAD, ...WORDS.state_organ, 'delegation', 'side', 'troops', 'forces', 'soldiers', 'leaders', 'ministers'])].map((w) => w.split('-').join('\\s+')).join('|')})(?![\\p{L}])`,
  'iu',
);
/** a demonym written before a state's noun, perhaps after a modifier ("Fikeban negotiators", "the Tobudan foreign ministry", "senior Kesaban officials") */
const demonymBefore = (text: string, w: string) => {
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${w}\\s+(\\S.{0,40})`, 'gu'))) if (DEMONYM_HEAD.test(m[1]!) || DEMONYM_HEAD.test(m[1]!.replace(/^\p{Ll}+\s+/u, ''))) return true;
  return false;
};

/**
 * A new name and a demonym made from it, both in the text, make the name a state's: "the Fikeban negotiators …
 * the future of Fikebu", "Liluvinan voters … Liluvina delayed the talks" (the demonym must stand before a state's
 * officer, organ, delegation or troops — "Altessan rice" or "Altessan farmers" say nothing of a state —, the name alone and not the last
 * word of a person's name).
 */
function pairedStates(cx: ActorContext, out: Map<string, string>, unknown: (w: string) => boolean): void {
  const words = new Set(cx.text.match(/(?<![\p{L}])\p{Lu}\p{Ll}{3,}(?![\p{L}'’-])/gu) ?? []);
  for (const w of words) {
    const d = DEMONYM_END.exec(w);
    if (!d || !unknown(w) || !demonymBefore(cx.text, w)) continue;
    const name = stemNames(d[1]!, d[2]!).find((n) => n !== w && words.has(n));
    if (!name || out.has(tokenKey(name)) || !unknown(name) || personsName(cx.text, name) || leaderName(cx.text, name)) continue;
    out.set(tokenKey(name), name);
  }
}

/**
 * A state found here is also named by its demonym, wherever the text uses it: "senior Quessaran officials" are
 * Quessara's once "the Quessara government" has made Quessara a state (the stem, or the stem with a final "a"
 * or "o" dropped, must be the state's name).
 */
function addDemonyms(cx: ActorContext, out: Map<string, string>, unknown: (w: string) => boolean): void {
  if (!out.size) return;
  const states = new Map([...out.values()].map((name) => [name.toLowerCase(), name]));
  for (const m of cx.text.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}{3,}(?![\p{L}])/gu)) {
    const w = m[0];
    const key = tokenKey(w);
    if (out.has(key) || !unknown(w)) continue;
    const d = DEMONYM_END.exec(w);
    if (!d) continue;
    const stem = d[1]!.toLowerCase();
    // ("-an" may also stand for a final "-o": "Mexico" → "Mexican", "Korevo" → "Korevan")
    const state = stemNames(stem, d[2]!).map((n) => states.get(n)).find((n) => n !== undefined) ?? states.get(`${stem}a`);
    if (state) out.set(key, state);
  }
}

/** the text names a state of the gazetteer (by its name, an alias, a capital or a demonym) */
function knowsState(cx: ActorContext): boolean {
  for (const m of cx.text.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}.]*/gu)) {
    const hit = cx.gaz.root.next.get(tokenKey(m[0]))?.hit;
    if (hit && cx.gaz.byId.get(hit.id)?.type === 'country') return true;
  }
  return false;
}

/** "the Kikete government" names its leader: the text also writes the name after a title or a given name ("Mr. Kikete", "Ridu Kikete said") */
function leaderName(text: string, n: string): boolean {
  const x = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?:\\b(?:Mr|Mrs|Ms|Dr|President|Premier|Chancellor|Minister|Governor)\\.?\\s+|[\\p{Ll},;]\\s+\\p{Lu}\\p{Ll}+\\s+)${x}(?![\\p{L}])(?!\\s+government)`, 'u');
  return re.test(text);
}

/** a state's officer or organ written as a title at k: "President", "Government", "Foreign Minister" */
function stateTitleAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const nx = toks[k + 1];
  if (GOV_ROLE.has(t.normal)) return true;
  // (a state noun that ends the name: not "the Gagoria Leadership Forum")
  if (GOV_HEAD.has(t.normal)) return /^(?:government|administration|authorities|cabinet|regime)$/.test(t.normal) && (!nx || breaksAfter(t) || !isCap(nx.text));
  return TITLE_MODIFIER.has(t.normal) && !!nx && !breaksAfter(t) && GOV_ROLE.has(nx.normal);
}

/** the key of a state's name of one or two words */
const stateKey = (n: string) => n.split(/\s+/).map(tokenKey).join(' ');

const cache = new WeakMap<ActorContext, Map<string, string>>();

/** The name of an inferred state at token i (not the start of a longer name: "Belmora Airlines"): the next token, or undefined. */
export function inferredStateAt(sc: SentenceScan, i: number): number | undefined {
  const { cx, toks } = sc;
  let states = cache.get(cx);
  if (!states) cache.set(cx, (states = inferredStates(cx)));
  if (!states.size) return undefined;
  const t = toks[i]!;
  if (!isCap(t.text) || sc.gzAt[i]) return undefined;
  // a two-word name ("Dolud Gavor's government")
  const t2 = toks[i + 1];
  if (t2 && !breaksAfter(t) && isCap(t2.text) && !sc.gzAt[i + 1] && states.has(stateKey(`${t.text} ${t2.text}`))) {
    const p = toks[i - 1];
    if (p && isCap(p.text) && !breaksAfter(p) && !p.tags.has('Determiner') && !/^(?:the|a|an)$/i.test(p.text)) return undefined;
    // (the start of a longer name: "Dolud Gavor People's Party")
    const n3 = toks[i + 2];
    if (n3 && isCap(n3.text) && !breaksAfter(t2) && !isPossessive(t2) && !dayAt(toks, i + 2)) return undefined;
    const name = states.get(stateKey(`${t.text} ${t2.text}`))!;
    const d = cx.draft(`country:${name.toLowerCase()}`, () => ({ name, type: 'country', affiliation: null, head: name.toLowerCase() }));
    emit(sc, d, i, i + 2, 'name', venueBefore(toks, i));
    return i + 2;
  }
  if (!states.has(tokenKey(t.text))) return undefined;
  const nx = toks[i + 1];
  // (but a state's officer or organ after it is the state's: "Gagoria President Ana Ruiz", "Gagoria Government, Rebels Agree")
  if (nx && isCap(nx.text) && !breaksAfter(t) && !isPossessive(t) && !dayAt(toks, i + 1) && !stateTitleAt(toks, i + 1)) return undefined;
  // (a person's name ending in it is a person: "Ana Belmora")
  const p = toks[i - 1];
  // ("The" is an article even where the tagger, after a capitalised dateline, does not say so)
  if (p && isCap(p.text) && !breaksAfter(p) && !p.tags.has('Determiner') && !/^(?:the|a|an)$/i.test(p.text)) return undefined;
  const name = states.get(tokenKey(t.text))!;
  const d = cx.draft(`country:${name.toLowerCase()}`, () => ({ name, type: 'country', affiliation: null, head: name.toLowerCase() }));
  emit(sc, d, i, i + 1, tokenKey(t.text) === tokenKey(name) ? 'name' : 'demonym', venueBefore(toks, i));
  return i + 1;
}
