/**
 * Pass: groups by head noun ("analysts", "the rebels", "Maoist rebels", "developing
 * nations"). Modifiers before the head belong to the group; a group noun before
 * another only modifies it ("opposition lawmakers"); "members/officials of (the) X"
 * are a group of X; a bare head ("the rebels") is the last group with that head; a
 * country or organisation right before the group is its affiliation ("Kenya's
 * opposition lawmakers", "SLM leaders").
 */
import { GROUP_HEAD, GROUP_MODIFIER, LABOUR_HEAD, MEMBER_HEAD, MEMBERS_OF, OPPOSITION_ACT, QUANT, UNNAMED_BODY_MODIFIER, WEAK_GROUP_HEAD } from './lexicon.js';
import { breaksAfter, isCap, isClosed, isPossessive, wordLike } from './tokens.js';
import type { Draft } from './context.js';
import { lexiconTag } from '../nlp.js';
import { emit, groupDraft, memberBodyEnd, ofOwnerAhead, orgDraft, type SentenceScan } from './scan.js';
import { tokenKey, type CompiledGazetteer } from '../../actors/gazetteer.js';

/** a country's people by the plural of its demonym ("israelis" → ISR), for each compiled gazetteer */
const peoples = new WeakMap<CompiledGazetteer, Map<string, string>>();
function peopleOf(gaz: CompiledGazetteer): Map<string, string> {
  let map = peoples.get(gaz);
  if (!map) {
    map = new Map();
    for (const e of gaz.byId.values()) {
      if (e.type !== 'country') continue;
      // ("Chinese", "Swiss", "French" are their own plurals, and name the country itself)
      for (const dem of e.demonyms) if (!/(?:s|sh|ch|x|z)$/i.test(dem) && !/\s/.test(dem)) map.set(tokenKey(`${dem}s`), e.id);
    }
    peoples.set(gaz, map);
  }
  return map;
}

/**
 * A country's people by the plural of its demonym ("the Israelis", "Palestinians"): a group of that name,
 * which belongs to the country. The next token, or undefined.
 */
export function peopleAt(sc: SentenceScan, i: number): number | undefined {
  const { toks, used, cx } = sc;
  const t = toks[i]!;
  if (!isCap(t.text) || sc.capsSentence || sc.gzAt[i]) return undefined;
  const id = peopleOf(cx.gaz).get(sc.keys[i]!);
  if (!id) return undefined;
  // (a word of a longer name: "Palestinians Abroad Forum")
  const nx = toks[i + 1];
  if (nx && isCap(nx.text) && !breaksAfter(t) && !isPossessive(t)) return undefined;
  const the = i > 0 && toks[i - 1]!.normal === 'the' && !used[i - 1] && !breaksAfter(toks[i - 1]!);
  cx.gazDraft(id);
  emit(sc, groupDraft(sc, i, i + 1, `gz:${id}`, t), the ? i - 1 : i, i + 1, 'name');
  return i + 1;
}

/** a group head at k that the group noun before it only modifies */
function headAhead(sc: SentenceScan, k: number): boolean {
  const x = sc.toks[k];
  return !!x && !sc.used[k] && GROUP_HEAD.has(x.normal.replace(/'s?$/, '')) && (x.tags.has('Noun') || x.tags.has('Plural')) && !x.tags.has('Verb');
}

/** the group noun at i heads a group (not a modifier of a later head; a noun, or one by its place before a verb) */
function isGroupHead(sc: SentenceScan, i: number): boolean {
  const { toks, used } = sc;
  const t = toks[i]!;
  const w = t.normal.replace(/'s?$/, '');
  if (!GROUP_HEAD.has(w) || used[i]) return false;
  const modifierOnly =
    !breaksAfter(t) && !isPossessive(t) &&
    (headAhead(sc, i + 1) ||
      (!!toks[i + 1] && !used[i + 1] && !breaksAfter(toks[i + 1]!) && !isClosed(toks[i + 1]!) && toks[i + 1]!.tags.has('Noun') && !toks[i + 1]!.tags.has('Verb') && headAhead(sc, i + 2)));
  // (compromise reads "island states threatened" as a verb "states": a head before a verb is a noun)
  const nounByPlace = () =>
    i > 0 && !!toks[i + 1] && !breaksAfter(t) && (toks[i - 1]!.tags.has('Noun') || toks[i - 1]!.tags.has('Adjective')) && !breaksAfter(toks[i - 1]!) &&
    (toks[i + 1]!.tags.has('Verb') || toks[i + 1]!.tags.has('Modal')) && !toks[i + 1]!.tags.has('Gerund');
  // a capitalised head after a proper noun is the end of a name ("the Gulf States stands ready"), whatever the tagger says
  const nounInName = () => i > 0 && isCap(t.text) && toks[i - 1]!.tags.has('ProperNoun') && !breaksAfter(toks[i - 1]!);
  // ("rebel forces": after a singular group noun the head is a noun, whatever the tagger says)
  const afterModifier = () => i > 0 && GROUP_MODIFIER.has(toks[i - 1]!.normal) && !breaksAfter(toks[i - 1]!);
  // ("Bosses at the plant requested …", which compromise reads as a verb: a head opening the sentence before a
  // preposition or a verb is a subject)
  const nx = toks[i + 1];
  const openingSubject = () => i === sc.from && isCap(t.text) && !!nx && !breaksAfter(t) && nx.normal !== 'to' && (nx.tags.has('Preposition') || nx.tags.has('Verb') || nx.tags.has('Modal'));
  // ("shop stewards", which compromise reads as an adverb: a group head is never one)
  return (t.tags.has('Noun') || t.tags.has('Plural') || t.tags.has('Adverb') || nounByPlace() || nounInName() || afterModifier() || openingSubject()) && !modifierOnly;
}

/** a present-tense verb form in compromise's lexicon ("rejects", "snubs"), as a headline writes its verb */
function headlineVerb(w: string): boolean {
  if (!/s$/.test(w)) return false;
  const tag = lexiconTag(w);
  return tag === 'PresentTense' || (Array.isArray(tag) && tag.includes('PresentTense'));
}

/** particles of phrasal verbs that may follow their object ("holding workers back", "laying staff off") */
const VERB_PARTICLE = /^(?:back|off|out|away|home|together|down|up)$/;

/** where the modifiers of the group head at i start */
function modifiersStart(sc: SentenceScan, i: number): number {
  const { toks, used } = sc;
  let st = i;
  while (st > 0 && i - st < 3 && !used[st - 1]) {
    const p = toks[st - 1]!;
    // ("rank-and-file members": the words of a hyphenated modifier are one modifier)
    if (p.post === '-' && wordLike(p) && !isPossessive(p) && st < i) {
      st--;
      continue;
    }
    if (breaksAfter(p) || isClosed(p) || !wordLike(p) || isPossessive(p) || QUANT.has(p.normal) || /^(?:its|their|his|her|our|my|your)$/.test(p.normal)) break;
    // ("the so-called Gat Tisip opposition", "the self-styled Velmor army": a writer's distance, no word of the name)
    if (/^(?:called|styled|proclaimed)$/.test(p.normal) && /^(?:so|self)$/.test(toks[st - 2]?.normal ?? '')) break;
    // ("rebel forces", "militant groups": a singular group noun, whatever the tagger reads it as)
    if (GROUP_MODIFIER.has(p.normal)) {
      st--;
      continue;
    }
    // ("Dock workers in Porthaven said …": the sentence's first word, which the tagger reads as an imperative, is a noun
    // when the group is a subject, a verb or a preposition after it; not "Tell workers to return")
    const nx = toks[i + 1];
    const subjectNext = !!nx && nx.normal !== 'to' && (nx.tags.has('Verb') || nx.tags.has('Modal') || nx.tags.has('Preposition'));
    const imperativeNoun = st - 1 === sc.from && p.tags.has('Imperative') && isCap(p.text) && subjectNext;
    if (p.tags.has('Verb') && !p.tags.has('Adjective') && !p.tags.has('Noun') && !p.tags.has('Gerund') && !imperativeNoun) break;
    // "Government rejects opposition's call", "Minister snubs rebels": a headline's verb after its first word, which
    // the tagger may read as a plural noun, is no modifier
    if (sc.s.headline && st - 1 === sc.from + 1 && isCap(toks[sc.from]!.text) && headlineVerb(p.normal)) break;
    // "years of holding workers back", "by laying workers off": a gerund after a preposition whose particle follows
    // the head takes the group as its object, it does not describe it (unlike "the demands of striking workers")
    if (/ing$/.test(p.normal) && st === i && VERB_PARTICLE.test(nx?.normal ?? '') && toks[st - 2]?.tags.has('Preposition')) break;
    // "… but expected workers to return": a verb in the past after a subject or "but", not a modifier
    if ((p.tags.has('PastTense') || /ed$/.test(p.normal)) && /^(?:he|she|they|we|it|i|but)$/.test(toks[st - 2]?.normal ?? '')) break;
    // "… have not involved junior doctors": a participle after an auxiliary (or its "not") is the verb of the clause
    if ((p.tags.has('PastTense') || p.tags.has('Participle') || /ed$/.test(p.normal)) && /^(?:have|has|had|having|not|never)$/.test(toks[st - 2]?.normal ?? '')) break;
    // "Unions representing ambulance workers": an -ing word right after a noun opens a clause about that noun
    if (/ing$/.test(p.normal) && st === i - 1 && toks[st - 2]?.tags.has('Noun') && !toks[st - 2]!.tags.has('Adjective') && !breaksAfter(toks[st - 2]!) && !GROUP_MODIFIER.has(toks[st - 2]!.normal)) break;
    if (!(p.tags.has('Adjective') || p.tags.has('Noun') || p.tags.has('Gerund') || p.tags.has('ProperNoun') || imperativeNoun)) break;
    st--;
  }
  // "state and local authorities", "federal and state officials": a modifier conjoined with the first one belongs to the group
  const a = toks[st - 2];
  if (st < i && st > 1 && toks[st - 1]!.normal === 'and' && !used[st - 1] && !used[st - 2] && !breaksAfter(toks[st - 1]!) && !breaksAfter(a!) && (!isCap(a!.text) || st - 2 === sc.from) && ((a!.tags.has('Adjective') && !a!.tags.has('Noun')) || UNNAMED_BODY_MODIFIER.has(a!.normal)) && !QUANT.has(a!.normal)) st -= 2;
  const both = st > 0 && /^(both|all)$/.test(toks[st - 1]!.normal) && !breaksAfter(toks[st - 1]!);
  return both ? st - 1 : st;
}

/**
 * A crowd's count right before the head at st: "70,000 workers", "thousands of workers" (a count of ten or more,
 * which makes a weak head a party; "two sides", "three parties" stay counts of parties).
 */
function crowdBefore(sc: SentenceScan, st: number): boolean {
  const { toks } = sc;
  const p = toks[st - 1];
  if (!p || breaksAfter(p)) return false;
  if (p.normal === 'of') return /^(?:thousands|hundreds|dozens|tens|millions)$/.test(toks[st - 2]?.normal ?? '') && !breaksAfter(toks[st - 2]!);
  const n = Number(p.text.replace(/,/g, ''));
  return p.tags.has('Value') && !p.tags.has('Date') && Number.isFinite(n) && n >= 10;
}

/** A group headed by the noun at token i: the next token, or undefined. */
export function groupAt(sc: SentenceScan, i: number): number | undefined {
  const { toks, used, cx } = sc;
  if (!isGroupHead(sc, i)) return undefined;
  const t = toks[i]!;
  const w = t.normal.replace(/'s?$/, '');
  const st = modifiersStart(sc, i);
  const mods = i - st;
  // "strong parliamentary opposition": the act of opposing, not a party
  if (w === 'opposition' && toks.slice(st, i).some((x) => OPPOSITION_ACT.has(x.normal))) return undefined;
  const the = st > 0 && toks[st - 1]!.normal === 'the' && !used[st - 1] && !breaksAfter(toks[st - 1]!);
  // "the nurses' union": the body of those members, an organisation
  const body = memberBodyEnd(sc, i);
  if (body > 0) {
    // (the body named before with those members' noun: "the Harbour Pilots Association" … "the pilots' association")
    const named = [...cx.drafts.values()].filter((o) => o.type === 'organization' && LABOUR_HEAD.has(o.head) && o.mentions.length && o.name.toLowerCase().split(/\s+/).includes(w)).at(-1);
    emit(sc, named ?? orgDraft(sc, st, body), the ? st - 1 : st, body, named ? 'description' : 'name');
    return body;
  }
  const of = ofOwnerAhead(sc, i);
  if (of) {
    // "the members of the union": a group of that organisation or country ("member states of the United Nations")
    const ofName = toks[i + 2]?.normal === 'the' && !/^the\s/i.test(of.name) ? `the ${of.name}` : of.name;
    emit(sc, groupDraft(sc, st, i + 1, of.key, t, ofName), the ? st - 1 : st, i + 1, 'name');
    return i + 1;
  }
  // "workers at Kelby Motors": a weak head is a party when the organisation it is at is named
  const at = mods === 0 && WEAK_GROUP_HEAD.has(w) && MEMBER_HEAD.has(w) ? ofOwnerAhead(sc, i, 'at') : null;
  if (at) {
    emit(sc, groupDraft(sc, st, i + 1, at.key, t), the ? st - 1 : st, i + 1, 'name');
    return i + 1;
  }
  const whole = membersOfGroup(sc, i, st);
  if (whole !== undefined) return whole;
  if (!(mods > 0 || !WEAK_GROUP_HEAD.has(w) || crowdBefore(sc, st))) return undefined;
  // a bare "the rebels" → the last group with that head
  let d: Draft | undefined;
  if (mods === 0) {
    for (const x of cx.drafts.values()) if (x.type === 'group' && x.head === w && (!d || x.order > d.order)) d = x;
  }
  if (d) {
    emit(sc, d, the ? st - 1 : st, i + 1, 'description');
    if (!d.affiliation) d.affiliation = membersInApposition(sc, i);
  } else newGroup(sc, i, st, the);
  return i + 1;
}

/** "the 140 cleaners, members of the General Services Union,": the body an appositive after the head at i says they are members of, or null */
function membersInApposition(sc: SentenceScan, i: number): string | null {
  const { toks } = sc;
  if (!/^,\s*$/.test(toks[i]!.post) || toks[i + 1]?.normal !== 'members') return null;
  return ofOwnerAhead(sc, i + 1)?.key ?? null;
}

/** "members of the opposition", "supporters of the rebels": the group itself, named by the whole phrase */
function membersOfGroup(sc: SentenceScan, i: number, st: number): number | undefined {
  const { toks, used, cx } = sc;
  const h = i + 3;
  const x = toks[h];
  if (!MEMBERS_OF.has(toks[i]!.normal) || toks[i + 1]?.normal !== 'of' || toks[i + 2]?.normal !== 'the' || !x || used[h]) return undefined;
  if (toks.slice(i, h).some((t) => breaksAfter(t)) || !GROUP_HEAD.has(x.normal) || !(x.tags.has('Noun') || x.tags.has('Plural'))) return undefined;
  if (!breaksAfter(x) && toks[h + 1] && toks[h + 1]!.tags.has('Noun') && !toks[h + 1]!.tags.has('Verb')) return undefined;
  let d: Draft | undefined;
  for (const g of cx.drafts.values()) if (g.type === 'group' && g.head === x.normal && (!d || g.order > d.order)) d = g;
  emit(sc, d ?? groupDraft(sc, h, h + 1, null, x), st, h + 1, d ? 'description' : 'name');
  return h + 1;
}

/** a group first named at [st, i], affiliated to a name inside it or right before it */
function newGroup(sc: SentenceScan, i: number, st: number, the: boolean): void {
  const { toks, owner } = sc;
  let aff: string | null = null;
  for (let k = st; k < i; k++) if (owner[k]) aff = owner[k]!.draft.key;
  // "Zimbabwe's opposition lawmakers", "SLM leaders", "Norway's 12 unions": the country or organisation
  // named right before (a count may stand between)
  const po = st > 0 ? (owner[st - 1] ?? (st > 1 && toks[st - 1]!.tags.has('Value') && isPossessive(toks[st - 2]!) ? owner[st - 2] : undefined)) : undefined;
  let nameFrom: number | undefined;
  let demonymOf: string | undefined;
  if (!aff && po && (po.t1 === st || po.t1 === st - 1) && !breaksAfter(toks[st - 1]!) && (po.draft.type === 'country' || po.draft.type === 'organization') && !po.venue) {
    aff = po.draft.key;
    if (po.t1 === st && !isPossessive(toks[st - 1]!)) nameFrom = po.start;
    else if (po.draft.type === 'country' && po.draft.gazId) demonymOf = po.draft.gazId;
  }
  // "the rebels, whose leaders refused …": the relative clause's group belongs to the name it follows
  const whose = st >= 2 && toks[st - 1]!.normal === 'whose' && /^,\s*$/.test(toks[st - 2]!.post) ? owner[st - 2] : undefined;
  if (!aff && whose && whose.draft.type !== 'person') aff = whose.draft.key;
  if (!aff) aff = membersInApposition(sc, i);
  emit(sc, groupDraft(sc, st, i + 1, aff, toks[i]!, undefined, nameFrom, demonymOf), the ? st - 1 : st, i + 1, 'name');
}
