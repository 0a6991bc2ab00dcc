/**
 * Pass (after a sentence's names): new names that stand where English puts parties though they do not act there.
 *
 * - Coordinated with a party already found: "consult Norland, Tarsk, Ovel and Calmont", "led by Brelvania, Sovar and
 *   Tumeb", "includes Brelvania and Dorsek" — each new name of the list is a party of the same kind (a country beside
 *   countries, else an organisation, or a country by its place-like shape). A list of three new names or more, or two
 *   after "between", needs no party found in it ("talks between Tarsk and Ovel").
 * (Not yet the object of a word of contact, "talks with Brelvor": tried, it lifted gold actor recall on invented
 * names, but a party named after "with" inside a stance drew the holders stage's choice in the refusal and
 * engagement grids 3 — 'according to' 0.916 -> 0.750 —, which is that stage's to settle first.)
 *
 * A new name here is one capitalised word of no English (unknown.ts actingNameShaped), no title, person, date or
 * possessive, not already read by another pass (two words may be a person's name: "the MLCs, Ana Limu and Tid
 * Velora, were briefed"). Not in a venue's list ("in Tarsk and Ovel", a venue in the
 * list), nor before a lower-case noun it modifies ("Tarsk and Ovel officials": the groups pass's), nor in headlines
 * or sentences in capitals.
 */
import type { Draft, DraftMention } from './context.js';
import { STOP_CAP, VENUE_PREP } from './lexicon.js';
import { breaksAfter, isCap, isPersonTagged, isPossessive, isRole, wordEnd } from './tokens.js';
import { emit, orgDraft, type SentenceScan } from './scan.js';
import { actingNameShaped } from './unknown.js';

interface Item {
  a: number;
  b: number;
  /** the mention of a party already found there */
  m?: DraftMention;
}

const PARTY_TYPES = new Set(['country', 'organization', 'group']);
const isAnd = (normal: string | undefined) => normal === 'and' || normal === 'or';

/** a new name of one word at k (after an optional "the"): its [a, b), or undefined (two words may be a person's name) */
function newNameAt(sc: SentenceScan, k: number): Item | undefined {
  const { toks } = sc;
  if (toks[k]?.normal === 'the' && !breaksAfter(toks[k]!)) k++;
  const t = toks[k];
  if (!t || sc.used[k] || !isCap(t.text) || isAnd(t.normal)) return undefined;
  if (isRole(t) || isPersonTagged(t) || STOP_CAP.has(t.normal) || t.tags.has('Date') || t.tags.has('WeekDay') || t.tags.has('Month') || !actingNameShaped(t) || isPossessive(t)) return undefined;
  return { a: k, b: k + 1 };
}

/** a party already found at k (after an optional "the"): its mention's range */
function partyAt(sc: SentenceScan, k: number): Item | undefined {
  if (sc.toks[k]?.normal === 'the' && !breaksAfter(sc.toks[k]!)) k++;
  const m = sc.owner[k];
  if (!m || m.t0 !== k || !PARTY_TYPES.has(m.draft.type)) return undefined;
  return { a: k, b: m.t1, m };
}

/** the item after the separator that follows `it`: [next item start, whether an "and/or" joins them], or undefined */
function nextItemStart(sc: SentenceScan, it: Item): [number, boolean] | undefined {
  const { toks } = sc;
  const last = toks[it.b - 1]!;
  const nx = toks[it.b];
  if (!nx) return undefined;
  if (/^\s*,\s*$/.test(last.post)) return isAnd(nx.normal) && !breaksAfter(nx) ? [it.b + 1, true] : [it.b, false];
  if (!breaksAfter(last) && isAnd(nx.normal) && !breaksAfter(nx)) return [it.b + 1, true];
  return undefined;
}

/** the list that starts at k: its items and whether an "and/or" joins two of them */
function listFrom(sc: SentenceScan, k: number): { items: Item[]; joined: boolean } {
  const items: Item[] = [];
  let joined = false;
  let it = partyAt(sc, k) ?? newNameAt(sc, k);
  while (it && items.length < 12) {
    items.push(it);
    const nx = nextItemStart(sc, it);
    if (!nx) break;
    const next = partyAt(sc, nx[0]) ?? newNameAt(sc, nx[0]);
    if (!next) break;
    joined ||= nx[1];
    it = next;
  }
  return { items, joined };
}

/** the new names of a list are parties: a list joined by "and/or", after no venue, before no noun it modifies */
function listNames(sc: SentenceScan, k: number): number {
  const { toks } = sc;
  const { items, joined } = listFrom(sc, k);
  if (items.length < 2) return k + 1;
  const end = items[items.length - 1]!.b;
  const before = toks[k - 1];
  const after = toks[end];
  // (a verb in -s after "X and Y" is a plural noun the names modify: "the Galaxy and Pixel phones fell")
  const modifies = !!after && !breaksAfter(toks[end - 1]!) && !isCap(after.text) && !after.tags.has('Pronoun') && ((after.tags.has('Noun') && !after.tags.has('Verb')) || (joined && /[^s]s$/.test(after.normal) && !/^(?:is|has|was|does)$/.test(after.normal)));
  const venue = (!!before && VENUE_PREP.has(before.normal)) || items.some((x) => x.m?.venue);
  const anchors = items.filter((x) => x.m);
  // (a plural and the names set off after it are its members, no list of parties: "the two MLCs, Limu and Velora")
  const first = items[0]!;
  if (first.m && /^\s*,\s*$/.test(toks[first.b - 1]!.post) && (first.m.draft.type === 'group' || /[^s]s$/.test(toks[first.b - 1]!.text))) return end;
  const bare = !anchors.length && (items.length >= 3 || (items.length === 2 && before?.normal === 'between'));
  if (!joined || modifies || venue || (!anchors.length && !bare)) return end;
  const country = anchors.length > 0 && anchors.every((x) => x.m!.draft.type === 'country');
  for (const x of items) if (!x.m) emit(sc, newParty(sc, x.a, x.b, country), x.a, x.b, 'name');
  return end;
}

/** the draft of a new name: the same name read before, else a country beside countries or by its shape, else an organisation */
function newParty(sc: SentenceScan, a: number, b: number, country: boolean): Draft {
  const name = sc.cx.text.slice(sc.toks[a]!.start, wordEnd(sc.toks[b - 1]!));
  const low = name.toLowerCase();
  for (const key of [`country:${low}`, `group:${low}`, `org:${low}`]) {
    const d = sc.cx.drafts.get(key);
    if (d && d.mentions.length) return d;
  }
  // (one word of one person's name read before: "between Najib and Anwar" after "Najib Razak", "Anwar Ibrahim")
  if (b - a === 1) {
    const people = sc.cx.ofType('person').filter((p) => p.mentions.length && p.name.toLowerCase().split(/\s+/).length > 1 && p.name.toLowerCase().split(/\s+/).includes(low));
    if (people.length === 1) return people[0]!;
  }
  if (country || (b - a === 1 && /(?:ia|stan|land)$/.test(low))) return sc.cx.draft(`country:${low}`, () => ({ name, type: 'country', affiliation: null, head: low }));
  return orgDraft(sc, a, b);
}

/** The pass over one scanned sentence. */
export function coordinatedNames(sc: SentenceScan): void {
  if (sc.capsSentence || sc.s.headline) return;
  for (let k = sc.from; k < sc.n; ) {
    const start = k === sc.from || breaksAfter(sc.toks[k - 1]!) || !isCap(sc.toks[k - 1]!.text);
    k = start && (isCap(sc.toks[k]!.text) || sc.toks[k]!.normal === 'the') ? Math.max(listNames(sc, k), k + 1) : k + 1;
  }
}
