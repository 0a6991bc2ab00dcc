/**
 * Meaning-preserving perturbations of a rule's own example sentences, and the test of whether
 * the cue survives them (used by scripts/perturb.ts and test/perturbation.test.ts).
 *
 * A rule written from a sentence should also fire when the sentence is said a little
 * differently: with a time or place in front, an adverb before the verb, in reported
 * speech or a quotation, with another kind of party as the subject, in another tense, or
 * with an apposition after the subject. Each perturbation keeps the cue's type; the
 * perturbed sentence survives when the analysis yields a cue of that type whose span
 * overlaps the words the original cue covered (found again by aligning the two texts).
 *
 * Every sentence is written here from the rules' own invented examples; nothing comes
 * from the eval files.
 */
import { analyze } from '../../src/pipeline/index.js';
import { getNlp } from '../../src/pipeline/nlp.js';
import type { LoadedRule } from '../../src/rules/load.js';
import { formsOf } from '../behaviour/cases.js';

export const PERTURBATIONS = {
  a: 'front adverbial',
  b: 'adverb before the verb',
  c: 'reported speech',
  d: 'other subject',
  e: 'tense and aspect',
  f: 'apposition after the subject',
  g: 'quotation',
} as const;
export type PerturbationKind = keyof typeof PERTURBATIONS;

export interface Variant {
  kind: PerturbationKind;
  /** a short name of the variant ("On Tuesday", "also", "future", "Farmers") */
  name: string;
  text: string;
}

export interface Example {
  rule: string;
  file: string;
  text: string;
  type: 'refusal' | 'engagement' | 'condition';
}

/** the `match` examples of some rules, each with the cue type it must yield */
export function examplesOf(rules: LoadedRule[]): Example[] {
  return rules.flatMap((r) =>
    r.examples.match.map((ex) => ({
      rule: r.key,
      file: r.file.replace(/^.*\//, ''),
      text: typeof ex === 'string' ? ex : ex.text,
      type: (typeof ex === 'string' ? undefined : ex.type) ?? r.type,
    })),
  );
}

// ------------------------------------------------------------ reading a sentence

interface Term {
  text: string;
  lower: string;
  tags: Set<string>;
  start: number;
  end: number;
  post: string;
}

type Nlp = (t: string) => {
  json(o: unknown): { terms: { text: string; tags: string[]; post: string; offset: { start: number; length: number } }[] }[];
  verbs(): { json(): { verb: { root: string; infinitive: string } }[] };
};

const nlp = getNlp() as unknown as Nlp;
type Conjugation = { Gerund?: string; PresentTense?: string };
const conjugate = (() => {
  const world = (getNlp() as unknown as { world(): { methods: { two: { transform: { verb: { conjugate(s: string, m: unknown): Conjugation } } } }; model: { one: { lexicon: Record<string, string> } } } }).world();
  return {
    verb: (root: string): Conjugation => world.methods.two.transform.verb.conjugate(root, world.model) ?? {},
    known: (w: string) => w in world.model.one.lexicon,
  };
})();

interface Reading {
  text: string;
  terms: Term[];
  /** lemma of each verb compromise read, by its text */
  infinitives: Map<string, string>;
}

function read(text: string): Reading {
  const d = nlp(text);
  const terms: Term[] = d.json({ offset: true }).flatMap((s) =>
    s.terms.map((t) => ({
      text: t.text,
      lower: t.text.toLowerCase(),
      tags: new Set(t.tags),
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
      post: t.post,
    })),
  );
  const infinitives = new Map<string, string>();
  for (const v of d.verbs().json()) if (!infinitives.has(v.verb.root.toLowerCase())) infinitives.set(v.verb.root.toLowerCase(), v.verb.infinitive);
  return { text, terms, infinitives };
}

const AUX = new Set(['is', 'are', 'am', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'does', 'do', 'did', 'be', 'been']);
const BE = new Set(['is', 'are', 'am', 'was', 'were']);
const isVerb = (t: Term) => (t.tags.has('Verb') && !t.tags.has('Particle')) || AUX.has(t.lower);
const isAux = (t: Term) => AUX.has(t.lower) || t.tags.has('Auxiliary') || t.tags.has('Modal');

/** the verb group from its first word: auxiliaries, "not", the main verb (or a copula alone) */
interface Group {
  start: number; // term index of its first word
  main: number; // term index of its main verb
  aux: number[];
  negated: boolean;
  /** term index of its last word (a "not" after a copula: "is not") */
  last: number;
}

function groupAt(terms: Term[], v: number): Group {
  const aux: number[] = [];
  let negated = false;
  let k = v;
  for (; k < terms.length; k++) {
    const t = terms[k]!;
    if (t.lower === 'not' || t.tags.has('Negative')) negated = true;
    else if (isAux(t) && k + 1 < terms.length && (isVerb(terms[k + 1]!) || terms[k + 1]!.lower === 'not' || terms[k + 1]!.tags.has('Negative'))) aux.push(k);
    else break;
  }
  const main = k < terms.length && isVerb(terms[k]!) ? k : (aux.pop() ?? v);
  return { start: v, main, aux, negated, last: Math.max(main, k - 1) };
}

/** a finite verb: not an infinitive after "to", nor a gerund or participle without its auxiliary */
function finite(terms: Term[], k: number): boolean {
  const t = terms[k]!;
  if (!isVerb(t)) return false;
  const prev = terms[k - 1];
  if (prev?.lower === 'to' || (prev && /-$/.test(prev.post))) return false;
  if (prev && !isAux(prev) && (prev.tags.has('Determiner') || prev.tags.has('Adjective') || prev.tags.has('Preposition') || prev.tags.has('Possessive'))) return false;
  if ((t.tags.has('Gerund') || t.tags.has('Participle')) && !(prev && (isAux(prev) || prev.tags.has('Negative')))) return false;
  // the first verb of its clause: not "settled" in "wants the dispute settled", nor "back" in "get the talks back"
  for (let j = k - 1; j >= 0; j--) {
    const w = terms[j]!;
    if (/[,;:]/.test(w.post) || CLAUSE_OPENERS.has(w.lower) || SAYING.test(w.lower)) break;
    if (isVerb(w) && !isAux(w) && !w.tags.has('Negative')) return false;
  }
  return true;
}
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'if', 'unless', 'until', 'while', 'when', 'because', 'after', 'before', 'once', 'and', 'but', 'or', 'as', 'since', 'though', 'although']);
const SAYING = /^(?:said|says|say|told|tells|insisted|insists|warned|warns|added|adds|stated|states|announced|claimed|argued|stressed|noted|explained|confirmed|reported|declared|believes|believed|thinks|thought|hopes|hoped)$/;

/** the verb group that governs a cue: the first finite verb in its span, else the last one before it */
function governing(r: Reading, cue?: [number, number]): Group | null {
  if (!cue) return null;
  let k = r.terms.findIndex((t, i) => t.start >= cue[0] && t.start < cue[1] && finite(r.terms, i));
  if (k < 0) for (let i = 0; i < r.terms.length && r.terms[i]!.start < cue[0]; i++) if (finite(r.terms, i)) k = i;
  if (k <= 0) return null;
  while (k > 0 && (isAux(r.terms[k - 1]!) || r.terms[k - 1]!.tags.has('Negative'))) k--;
  return groupAt(r.terms, k);
}

/** the first finite verb group of the sentence (not a gerund or participle opening it) */
function firstGroup(r: Reading): Group | null {
  for (let k = 0; k < r.terms.length; k++) {
    const t = r.terms[k]!;
    if (!isVerb(t)) continue;
    if (k === 0 && !isAux(t)) return null; // a headline or an imperative opening on its verb
    if (t.tags.has('Gerund') || t.tags.has('Infinitive') && r.terms[k - 1]?.lower === 'to') continue;
    return groupAt(r.terms, k);
  }
  return null;
}

const OPENERS = new Set(['if', 'unless', 'when', 'while', 'after', 'before', 'as', 'despite', 'although', 'though', 'in', 'on', 'at', 'for', 'with', 'by', 'under', 'from', 'to', 'until', 'since', 'once', 'because', 'but', 'and', 'so', 'yet', 'there', 'here', 'it', 'what', 'why', 'how', 'who', 'whether', 'no', 'asked', 'only', 'even', 'still']);

/** the subject: the words before the first finite verb, when they are a plain noun phrase opening the sentence */
function subjectOf(r: Reading, g: Group): [number, number] | null {
  const words = r.terms.slice(0, g.start);
  if (!words.length || words.length > 7) return null;
  if (OPENERS.has(words[0]!.lower)) return null;
  if (words.some((t, i) => (i < words.length - 1 && /[,;:(—–-]/.test(t.post)) || isVerb(t) || t.tags.has('Preposition') && t.lower !== 'of' || /["“”]/.test(t.text))) return null;
  if (/[,;:(—–]/.test(words.at(-1)!.post)) return null;
  if (!words.some((t) => t.tags.has('Noun') || t.tags.has('Pronoun'))) return null;
  return [0, g.start];
}

type Num = 'sg' | 'pl' | 'I';
const PLURAL_PRON = new Set(['they', 'we', 'you']);

function numberOf(r: Reading, g: Group, subj: [number, number] | null): Num {
  const first = r.terms[g.start]!.lower;
  if (first === 'am') return 'I';
  if (/^(?:is|was|has|does)$/.test(first)) return 'sg';
  if (/^(?:are|were|have|do)$/.test(first)) return 'pl';
  const main = r.terms[g.main]!;
  if (g.aux.length === 0 && main.tags.has('PresentTense')) return /s$/.test(main.lower) ? 'sg' : 'pl';
  if (subj) {
    // the head: the last noun before a preposition ("negotiations between the nurses and the board"); "X and Y" is plural
    const words = r.terms.slice(subj[0], subj[1]);
    const cut = words.findIndex((t) => t.tags.has('Preposition'));
    const head = cut > 0 ? words.slice(0, cut) : words;
    if (head.some((t) => t.lower === 'and')) return 'pl';
    const last = head.at(-1)!;
    if (last.lower === 'i') return 'I';
    if (PLURAL_PRON.has(last.lower) || last.tags.has('Plural')) return 'pl';
  }
  return 'sg';
}

// ------------------------------------------------------------ conjugation

type Tense = 'past' | 'present' | 'perfect' | 'future' | 'progressive';
type Voice = 'active' | 'copula' | 'passive';

interface Analysed {
  tense: Tense;
  voice: Voice;
  /** the main verb's lemma (active) or participle (passive); "" for a copula */
  lemma: string;
}

/** the tense and voice of a plain verb group, or null for one this module does not rewrite (modals, adverbs inside, contractions) */
function analyseGroup(r: Reading, g: Group): Analysed | null {
  const words = r.terms.slice(g.start, g.main + 1);
  if (words.some((t) => /'|’/.test(t.text) || t.text === '' || t.tags.has('Adverb') && t.lower !== 'not')) return null;
  const aux = g.aux.map((k) => r.terms[k]!.lower);
  const main = r.terms[g.main]!;
  const lemma = r.infinitives.get(main.lower) ?? '';
  const a = aux.join(' ');
  if (BE.has(main.lower) && aux.length === 0) return { tense: /^(?:was|were)$/.test(main.lower) ? 'past' : 'present', voice: 'copula', lemma: '' };
  if (!lemma || lemma === 'be' || lemma === 'have' || lemma === 'do' || lemma === 'will' || /\s/.test(lemma)) return null;
  // (a lemma whose forms do not give back the word read is a misreading: "drew" → "drew", "willing" → "will")
  const f = forms(lemma);
  if (!f || ![f.base, f.past, f.participle, f.gerund, f.third].includes(main.lower)) return null;
  if (a === '') {
    if (main.tags.has('PastTense')) return { tense: 'past', voice: 'active', lemma };
    if (main.tags.has('PresentTense')) return { tense: 'present', voice: 'active', lemma };
    return null;
  }
  if (/^(?:did|does|do)$/.test(a)) return { tense: a === 'did' ? 'past' : 'present', voice: 'active', lemma };
  if (/^(?:has|have)$/.test(a)) return main.tags.has('Passive') ? null : { tense: 'perfect', voice: 'active', lemma };
  if (a === 'will') return { tense: 'future', voice: 'active', lemma };
  if (/^(?:is|are|am)$/.test(a) && main.tags.has('Gerund')) return { tense: 'progressive', voice: 'active', lemma };
  if (BE.has(a) && (main.tags.has('Passive') || main.tags.has('Participle') || main.tags.has('PastTense')))
    return { tense: /^(?:was|were)$/.test(a) ? 'past' : 'present', voice: 'passive', lemma: main.lower };
  if (/^(?:has|have) been$/.test(a) && !main.tags.has('Gerund')) return { tense: 'perfect', voice: 'passive', lemma: main.lower };
  if (a === 'will be' && !main.tags.has('Gerund')) return { tense: 'future', voice: 'passive', lemma: main.lower };
  return null;
}

const REPORTING = /^(?:say|tell|add|insist|warn|state|announce|claim|argue|stress|note|explain|confirm|report|declare)$/;
const CONDITIONAL = /\b(?:if|unless|until|once|when|whenever|provided|providing|as long as|so long as|the moment|the day|as soon as|should|were)\b/i;
const STATIVE = /^(?:want|wish|need|like|prefer|know|believe|seem|appear|remain|own|belong|mean|deserve|see|hate|love|owe|possess|consist|contain)$/;

function forms(lemma: string) {
  const f = formsOf(`{${lemma}}`);
  if (!f) return null;
  const c = conjugate.verb(lemma);
  const gerund = c.Gerund ?? (lemma.endsWith('e') && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`);
  const third = c.PresentTense ?? `${lemma}s`;
  return { ...f, gerund, third };
}

/** the verb group in another tense (and number), or null where it does not go */
function render(a: Analysed, tense: Tense, n: Num, neg: boolean): string | null {
  const not = neg ? ' not' : '';
  const be = { present: n === 'I' ? 'am' : n === 'sg' ? 'is' : 'are', past: n === 'pl' ? 'were' : 'was' };
  const have = n === 'sg' ? 'has' : 'have';
  if (a.voice === 'copula') {
    if (tense === 'past') return be.past + not;
    if (tense === 'present') return be.present + not;
    if (tense === 'perfect') return `${have}${not} been`;
    if (tense === 'future') return `will${not} be`;
    return null;
  }
  if (a.voice === 'passive') {
    if (tense === 'past') return `${be.past}${not} ${a.lemma}`;
    if (tense === 'present') return `${be.present}${not} ${a.lemma}`;
    if (tense === 'perfect') return `${have}${not} been ${a.lemma}`;
    if (tense === 'future') return `will${not} be ${a.lemma}`;
    return null;
  }
  const f = forms(a.lemma);
  if (!f) return null;
  if (tense === 'past') return neg ? `did not ${f.base}` : f.past;
  if (tense === 'present') return neg ? `${n === 'sg' ? 'does' : 'do'} not ${f.base}` : n === 'sg' ? f.third : f.base;
  if (tense === 'perfect') return `${have}${not} ${f.participle}`;
  if (tense === 'future') return `will${not} ${f.base}`;
  if (STATIVE.test(a.lemma)) return null;
  return `${be.present}${not} ${f.gerund}`;
}

// ------------------------------------------------------------ the perturbations

const splice = (s: string, start: number, end: number, by: string) => s.slice(0, start) + by + s.slice(end);
const STOP_CAPS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'both', 'all', 'some', 'many', 'most', 'several', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'it', 'you', 'neither', 'either', 'each', 'every', 'any', 'one', 'two', 'three', 'four', 'other', 'another', 'no', 'none', 'few']);

/** the sentence as it reads after something put in front of it ("The minister" → "the minister"; "Norland" stays) */
function lowerFirst(r: Reading): string {
  const first = r.terms[0];
  if (!first || first.lower === 'i') return r.text;
  const next = r.terms[1];
  const known = STOP_CAPS.has(first.lower) || (conjugate.known(first.lower) || conjugate.known(first.lower.replace(/e?s$/, ''))) && !(next && /^\p{Lu}/u.test(next.text));
  if (!known || /^\p{Lu}{2,}/u.test(first.text)) return r.text;
  const at = r.text.indexOf(first.text);
  return splice(r.text, at, at + 1, first.text[0]!.toLowerCase());
}

const stripEnd = (s: string) => s.replace(/\s*\.\s*$/, '');
const endsAsStatement = (s: string) => !/[?!]\s*["”']?\s*$/.test(s);

const FRONT = ['On Tuesday,', 'In Vesk,', 'Earlier this month,'];
const ADVERBS = ['also', 'again', 'reportedly', 'now', 'formally', 'once more'];
const SUBJECTS: [string, Num][] = [
  ['Brelvania', 'sg'],
  ["The Halden Workers' Union", 'sg'],
  ['Farmers', 'pl'],
  ['The Vesk foreign ministry', 'sg'],
  ['Its chairman, Tomas Reyl,', 'sg'],
];
const APPOSITIONS = (n: Num) => [`, which ${n === 'sg' ? 'holds' : 'hold'} 40 seats,`, " (the country's largest union)"];

/**
 * Every perturbation of a sentence that this module can write. `cue` is the span of the cue the
 * original yields (the adverb goes before the verb that opens it).
 */
export function perturb(text: string, cue?: [number, number]): Variant[] {
  const r = read(text);
  const out: Variant[] = [];
  const lowered = lowerFirst(r);
  // (a quotation or a fragment already quoted keeps its own frame)
  const statement = endsAsStatement(text) && !/["“”]/.test(text);
  // (a) a time or place in front
  if (!/["“”]/.test(text)) for (const f of FRONT) out.push({ kind: 'a', name: f.replace(/,$/, ''), text: `${f} ${lowered}` });
  // (c) reported speech, (g) a quotation with its attribution after it
  if (statement) {
    out.push({ kind: 'c', name: 'envoy said that', text: `Norland's envoy said on Monday that ${lowered}` });
    out.push({ kind: 'c', name: 'a spokesman said', text: `${stripEnd(text)}, a spokesman said.` });
    out.push({ kind: 'g', name: '"…," the minister said', text: `"${stripEnd(text)}," the minister said.` });
    out.push({ kind: 'g', name: '"…," said Tomas Reyl', text: `"${stripEnd(text)}," said Tomas Reyl, the union's chairman.` });
  }
  const g = firstGroup(r);
  // (b) an adverb before the verb that governs the cue (after its first auxiliary), else before the first finite verb
  const bGroup = governing(r, cue) ?? g;
  if (bGroup && !r.terms.slice(bGroup.start, bGroup.main + 1).some((t) => t.text === '' || /'|’/.test(t.text))) {
    // "has also agreed", "would also not meet", "also agreed", but "also did not reject" (not "did also not")
    const doSupport = bGroup.negated && /^(?:did|does|do)$/.test(r.terms[bGroup.start]!.lower);
    const copula = bGroup.aux.length === 0 && BE.has(r.terms[bGroup.main]!.lower);
    const after = (bGroup.aux.length > 0 && !doSupport) || copula;
    const at = copula ? r.terms[bGroup.main]!.end : after ? r.terms[bGroup.aux[0]!]!.end : r.terms[bGroup.start]!.start;
    for (const adv of ADVERBS) out.push({ kind: 'b', name: adv, text: after ? splice(text, at, at, ` ${adv}`) : splice(text, at, at, `${adv} `) });
  }
  if (!g) return out;
  const subj = subjectOf(r, g);
  const a = analyseGroup(r, g);
  const n = numberOf(r, g, subj);
  const gStart = r.terms[g.start]!.start;
  const gEnd = r.terms[g.last]!.end;
  // (e) the first finite verb in another tense: not a reporting verb into the future ("will say" is no report), nor a
  // main clause of a condition into the past ("closed the border if the raids continue")
  const reporting = a && REPORTING.test(a.lemma);
  const conditional = CONDITIONAL.test(text);
  if (a && subj) {
    for (const tense of ['past', 'perfect', 'future', 'progressive'] as Tense[]) {
      if (tense === a.tense) continue;
      if (reporting && (tense === 'future' || tense === 'progressive')) continue;
      if (conditional && (tense === 'past' || tense === 'perfect' || (tense === 'progressive' && !g.negated))) continue;
      const v = render(a, tense, n, g.negated);
      if (v) out.push({ kind: 'e', name: tense, text: splice(text, gStart, gEnd, v) });
    }
  }
  if (!subj) return out;
  const sStart = r.terms[subj[0]]!.start;
  const sEnd = r.terms[subj[1] - 1]!.end;
  const pronoun = subj[1] - subj[0] === 1 && r.terms[subj[0]]!.tags.has('Pronoun');
  // a cue in the subject ("Norland's rejection of the plan angered …"): its party is the possessor, if any
  if (cue && cue[0] < sEnd) {
    const poss = r.terms.slice(subj[0], subj[1]).findIndex((t) => t.tags.has('Possessive') && /['’]s?$/.test(t.text) && !t.tags.has('Pronoun'));
    if (poss < 0) return out;
    const pEnd = r.terms[subj[0] + poss]!.end;
    for (const [name] of SUBJECTS.slice(0, 4)) out.push({ kind: 'd', name, text: splice(text, sStart, pEnd, name.endsWith('s') ? `${name}'` : `${name}'s`) });
    return out;
  }
  // (d) another kind of party as the subject, the verb agreeing with it
  for (const [name, num] of SUBJECTS) {
    let t = text;
    if (num !== n) {
      if (!a) {
        const first = r.terms[g.start]!;
        const marked = /^(?:is|are|am|was|were|has|have|does|do)$/.test(first.lower) || (g.aux.length === 0 && first.tags.has('PresentTense'));
        if (marked) continue;
      } else {
        const v = render(a, a.tense, num, g.negated);
        if (!v) continue;
        t = splice(t, gStart, gEnd, v);
      }
    }
    out.push({ kind: 'd', name: name.replace(/,$/, ''), text: splice(t, sStart, sEnd, name) });
  }
  // (f) an apposition or a parenthesis after the subject
  if (!pronoun) for (const [i, ap] of APPOSITIONS(n).entries()) out.push({ kind: 'f', name: APPOSITIONS('sg')[i]!.trim().replace(/^,\s*|,$/g, ''), text: splice(text, sEnd, sEnd, ap) });
  return out;
}

// ------------------------------------------------------------ survival

const words = (s: string) => [...s.matchAll(/[\p{L}\p{N}'’]+/gu)].map((m) => ({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));

/**
 * Where the words of `span` in `from` are in `to`: the two texts are aligned word by word (longest
 * common subsequence); a span whose words all changed (a verb put in another tense) maps to the gap
 * between its aligned neighbours.
 */
export function mapSpan(from: string, to: string, span: [number, number]): [number, number] {
  const a = words(from);
  const b = words(to);
  const L: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) L[i]![j] = a[i]!.w === b[j]!.w ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const match = new Map<number, number>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]!.w === b[j]!.w) match.set(i++, j++);
    else if (L[i + 1]![j]! >= L[i]![j + 1]!) i++;
    else j++;
  }
  const inside = a.map((_, i) => i).filter((i) => a[i]!.end > span[0] && a[i]!.start < span[1]);
  const first = inside[0] ?? 0;
  const last = inside.at(-1) ?? a.length - 1;
  // an edge word that changed: from the aligned word before it, up to the aligned word after it
  let lo = 0;
  for (let i = first - 1; i >= 0; i--)
    if (match.has(i)) {
      lo = b[match.get(i)!]!.end;
      break;
    }
  let hi = to.length;
  for (let i = last + 1; i < a.length; i++)
    if (match.has(i)) {
      hi = b[match.get(i)!]!.start;
      break;
    }
  return [match.has(first) ? b[match.get(first)!]!.start : lo, match.has(last) ? b[match.get(last)!]!.end : hi];
}

export type Cue = { type: string; start: number; end: number };

/** the cues of a text (the whole pipeline) */
export const cuesOf = (text: string): Cue[] => analyze(text).cues.map((c) => ({ type: c.type, start: c.start, end: c.end }));

/** the cues of the expected type in the original, which a perturbed sentence must keep */
export const baseCues = (ex: Example, cues: Cue[] = cuesOf(ex.text)) => cues.filter((c) => c.type === ex.type);

/** does the perturbed text keep a cue of the type over the original cue's words? */
export function survives(ex: Example, base: Cue[], v: Variant, cues: Cue[] = cuesOf(v.text)): boolean {
  const spans = base.map((c) => mapSpan(ex.text, v.text, [c.start, c.end]));
  return cues.some((c) => c.type === ex.type && spans.some(([s, e]) => c.start < e && c.end > s));
}
