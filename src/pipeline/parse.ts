/**
 * Stage 4 — parse: each sentence through compromise's tagger, into tokens with
 * exact document offsets.
 *
 * Sentences are parsed one at a time (the splitter has already done better than
 * compromise's own), which also keeps memory flat on long documents. Duplicate
 * sentences are not parsed at all: they yield no mentions or cues.
 *
 * The tagger is nearly all the cost of a run. With `tagger: 'needed'` (opt-in,
 * `AnalyzeOptions.tagger`), a sentence is tagged only when a later stage could use
 * its tags (`taggerNeeds()`): some rule could fire on its words, or the actors
 * stage could find a mention in it (a capital letter after a closed-class first
 * word, a pronoun, a group noun, "the" + a title/country/organisation noun). The
 * other sentences get their tokens from compromise's tokenizer alone (same terms
 * and offsets, no tags, `doc: null`), so they still count as sentences for the
 * look-backs of the actors stage. Tagging is per sentence, so a tagged sentence
 * gets exactly the tags a full run gives it; the output is unchanged. Measured
 * (issue #5): in news 99–100 % of sentences need the tagger, so this saves
 * nothing yet; it is kept for text with many name-less sentences.
 */
import type { Sentence } from '../schema/output.js';
import { builtinRuleSet, usesChunks, type RuleSet } from '../rules/load.js';
import { builtinGazetteer, compileGazetteer, tokenKey, type Gazetteer } from '../actors/gazetteer.js';
import { getNlp, type View } from './nlp.js';
import { cueCouldFire, dependents } from './cue-skeleton.js';
import { withFastSweep } from './sweep.js';
import { withFastMatch } from './fast-match.js';
import { retagPartyVerbs } from './retag.js';
import { COUNTRY_DESC, GOV_HEAD, GROUP_HEAD, GROUP_MODIFIER, HONORIFIC, ORG_DESC, ROLE, words } from '../actors/words.js';
import type { ParsedSentence, Token } from './types.js';
import { foldTitleCase, isTitleCase, type Folded } from './title-case.js';

interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  implicit?: string;
  tags: Set<string>;
}

/**
 * Tokens of a compromise document whose text starts at document offset `base`.
 * Offsets come from walking the terms' pre + text + post, which rebuild the input
 * exactly; this is cheaper than `.json({offset})` and has none of its bug
 * (`offset.start` skips a leading quote while `length` counts it).
 */
export function tokensOf(doc: View, base: number): { tokens: Token[]; termBase: number[] } {
  const out: Token[] = [];
  const termBase: number[] = [];
  let pos = base;
  for (const terms of (doc as unknown as { docs: Term[][] }).docs) {
    termBase.push(out.length);
    for (const t of terms) {
      const start = pos + t.pre.length;
      const end = start + t.text.length;
      pos = end + t.post.length;
      out.push({
        text: t.text,
        normal: t.normal ?? t.text.toLowerCase(),
        implicit: t.implicit ?? undefined,
        tags: t.tags,
        start,
        end,
        pre: t.pre,
        post: t.post,
      });
    }
  }
  return { tokens: out, termBase };
}

// ---------------------------------------------------------------------------
// which sentences need the tagger

/**
 * Which sentences go through the tagger:
 *  - 'all': every non-duplicate sentence;
 *  - 'needed': those where a rule could fire or the actors stage could find a mention (output unchanged);
 *  - 'cues': only those where a rule could fire (faster; the actors stage then misses names in the others);
 *  - 'selective': those where the cue skeleton (cue-skeleton.ts) says a rule could fire get the full
 *    tagger; the others get compromise's pre-tagger only (lexicon and suffix tags, no post-tagger
 *    corrections, no chunks), which is what the actors stage reads, and no matcher.
 */
export type TaggerMode = 'all' | 'needed' | 'cues' | 'selective';

export interface ParseOptions {
  tagger?: TaggerMode;
  /** the rule set the cues stage will use (default: the built-in rules) */
  rules?: RuleSet;
  /** the gazetteer the actors stage will use (default: the built-in one) */
  gazetteer?: Gazetteer;
  /** extra filter: a sentence for which this is false gets no tokens at all (default: non-duplicates) */
  wanted?: (s: Sentence) => boolean;
}


/**
 * Lower-case words on which the actors stage (actors/) can make a mention
 * without any capital letter in the sentence: pronouns (PRONOUNS, FIRST_PERSON),
 * group heads (GROUP_HEAD, GOV_HEAD), "rebel demands" (GROUP_MODIFIER).
 * The group lists come from ../actors/words.ts, shared with the actors stage.
 */
const ACTOR_WORDS = new Set([
  ...words(`
he him his himself she her hers herself it its itself they them their theirs themselves
i me my myself we us our ours ourselves
`),
  ...GROUP_HEAD,
  ...GOV_HEAD,
  ...GROUP_MODIFIER,
]);
/** heads of "the <title>", "the country", "the union" (ROLE without honorifics, COUNTRY_DESC, ORG_DESC): only with "the" */
const THE_HEADS = new Set([...[...ROLE].filter((w) => !HONORIFIC.has(w)), ...COUNTRY_DESC, ...ORG_DESC]);
/**
 * Closed-class words that may start a sentence with a capital and still make no
 * mention there (checked against the gazetteer too). A sentence-initial capital on
 * any other word counts as a capital.
 */
const SAFE_START = words(`
the a an but and or nor so yet if when whenever while whilst after before since as because although though unless until
however meanwhile still also instead thus hence indeed moreover furthermore nevertheless nonetheless otherwise besides
in on at for with from by of to into onto over under during despite without within between among about against across
through throughout toward towards upon amid amidst beyond near per via than like
this that these those there here such some many most all both each every either neither no not none any few several
even only just then now later earlier already again once often never always sometimes
what which whose whom how why where whether
last next first second third one two three four five six seven eight nine ten
is are was were be been being has have had do does did will would can could should shall may might must
according
`);

/** contractions without an apostrophe that compromise expands ("cannot" → can not), from its model */
let plainContractions: Map<string, string[]> | undefined;
function contractionsOf(): Map<string, string[]> {
  if (!plainContractions) {
    plainContractions = new Map();
    const model = getNlp().model() as unknown as { one: { contractions: { word?: string; out: string[] }[] } };
    for (const c of model.one.contractions) if (c.word) plainContractions.set(c.word.toLowerCase(), c.out.map((w) => w.toLowerCase()));
  }
  return plainContractions;
}
const APOS: Record<string, string[]> = {
  "n't": ['not', 'will', 'can', 'should', 'shall', 'is', 'are', 'am', 'do', 'does', 'did'],
  "'s": ['is', 'has', 'was', 'us', 'does'],
  "'d": ['would', 'had', 'did'],
  "'ve": ['have'],
  "'ll": ['will'],
  "'re": ['are'],
  "'m": ['am'],
};

/**
 * Every form under which a later stage could see the words of `text`: lower case,
 * with and without diacritics and periods, hyphenated words whole and in parts,
 * contractions with every expansion compromise might give them. A superset of the
 * normal / text / implicit forms of compromise's terms.
 */
export function wordForms(text: string): Set<string> {
  const out = new Set<string>();
  const contr = contractionsOf();
  const add = (w: string) => {
    if (!w) return;
    out.add(w);
    const e = contr.get(w);
    if (e) for (const x of e) out.add(x);
  };
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’.\-–][\p{L}\p{N}\p{M}]+)*['’.]?/gu)) {
    let raw = m[0].toLowerCase().replace(/’/g, "'");
    const folded = raw.normalize('NFD').replace(/\p{M}/gu, '');
    for (const w of folded === raw ? [raw] : [raw, folded]) {
      raw = w.replace(/[.']$/, '');
      add(raw);
      add(raw.replace(/\./g, ''));
      for (const part of raw.split(/[-–.]/)) {
        add(part);
        const a = part.indexOf("'");
        if (a >= 0) {
          add(part.replace(/'/g, ''));
          add(part.slice(0, a));
          const tail = part.slice(a);
          const neg = part.endsWith("n't");
          if (neg) add(part.slice(0, -3));
          for (const x of APOS[neg ? "n't" : tail] ?? []) add(x);
        }
      }
    }
  }
  return out;
}

/** Could some rule of `rules` fire on a sentence with these word forms (its tags unknown, so assumed present)? */
export function ruleCouldFire(forms: Set<string>, rules: RuleSet): boolean {
  // (a condition that fires only beside a stance cue never decides alone: cue-skeleton.ts)
  const dependent = dependents(rules);
  if (rules.index.always.some((p) => !dependent.has(p))) return true;
  const has = (n: string) => n.startsWith('#') || forms.has(n);
  for (const w of forms) {
    const list = rules.index.byWord.get(w);
    if (!list) continue;
    for (const p of list) {
      if (dependent.has(p) || !p.needs.every(has)) continue;
      if (p.wants.length && p.wants.filter(has).length < p.minWant) continue;
      return true;
    }
  }
  return false;
}

/** Could the actors stage find a mention in this sentence? */
export function actorsCouldUse(text: string, forms: Set<string>, gazFirst: ReadonlyMap<string, unknown>): boolean {
  // a capital letter after the first word, or a first word that is not a safe closed-class word
  const first = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/u.exec(text);
  if (first) {
    if (/\p{Lu}/u.test(text.slice(first.index + first[0].length))) return true;
    const w = first[0];
    if (/\p{Lu}/u.test(w)) {
      const k = tokenKey(w);
      // a gazetteer name starting with "the" needs a capital after it, which is checked above
      if (!SAFE_START.has(k) || (gazFirst.has(k) && k !== 'the') || /\p{Lu}/u.test(w.slice(1))) return true;
    }
  } else if (/\p{Lu}/u.test(text)) return true;
  for (const w of forms) if (ACTOR_WORDS.has(w) || ACTOR_WORDS.has(w.replace(/'s?$/, ''))) return true;
  if (forms.has('the')) for (const w of forms) if (THE_HEADS.has(w)) return true;
  return false;
}

export interface TaggerNeed {
  /** some rule could fire */
  cues: boolean;
  /** the actors stage could find a mention */
  actors: boolean;
}

/** What the later stages could want of a sentence's tags. */
export function taggerNeeds(text: string, rules: RuleSet = builtinRuleSet(), gazetteer: Gazetteer = builtinGazetteer()): TaggerNeed {
  const forms = wordForms(text);
  return { cues: ruleCouldFire(forms, rules), actors: actorsCouldUse(text, forms, compileGazetteer(gazetteer).root.next) };
}

// ---------------------------------------------------------------------------
// the tagger, without the hooks no stage reads

// (it lives beside the rule cache, which stores its answer for the built-in rules)
export { usesChunks };

const chunkUse = new WeakMap<RuleSet, boolean>();
function rulesUseChunks(rules: RuleSet): boolean {
  let chunks = chunkUse.get(rules);
  if (chunks === undefined) chunkUse.set(rules, (chunks = usesChunks(rules)));
  return chunks;
}

type Terms = unknown[];
interface World {
  hooks: string[];
  methods: { one: { tokenize: { fromString(text: string, world: World): Terms[] } } };
}
interface Tagger {
  world: World;
  ViewClass: new (document: Terms[]) => View;
  /** the full tagger: every hook but `chunks` */
  full: string[];
  /** the pre-tagger: the hooks before the post-tagger (see pretagSentence) */
  pre: string[];
}
let tagger: Tagger | undefined;
function taggerOf(): Tagger {
  if (!tagger) {
    const nlp = getNlp();
    const world = nlp.world() as unknown as World;
    const at = world.hooks.indexOf('postTagger');
    tagger = {
      world,
      ViewClass: nlp('').constructor as new (document: Terms[]) => View,
      full: world.hooks.filter((h) => h !== 'chunks'),
      pre: world.hooks.filter((h, i) => (at < 0 || i < at || h === 'contractionTwo') && h !== 'postTagger' && h !== 'chunks'),
    };
  }
  return tagger;
}

/**
 * A sentence through compromise's tagger: exactly `nlp(text)` (its tokenizer, then
 * every hook of its world in order), except that the last hook, `chunks` (noun /
 * verb phrase chunks, about 9 % of the tagger's time), runs only when some rule
 * matches on chunks: no stage reads them otherwise (the actors stage reads tags,
 * and the cue stage's matcher reads chunks only for a `<Chunk>` token).
 */
export function tagSentence(text: string, rules: RuleSet): View {
  if (rulesUseChunks(rules)) return getNlp()(text);
  const t = taggerOf();
  const doc = new t.ViewClass(t.world.methods.one.tokenize.fromString(text, t.world));
  doc.compute(t.full);
  return doc;
}

/**
 * A sentence through compromise's tokenizer and pre-tagger only: the hooks of
 * its world up to the post-tagger (contractions, lexicon, suffix and pattern
 * guesses), without the post-tagger's corrections (57 % of the tagger's time)
 * and the chunker. For a sentence that cannot hold a cue: the actors stage
 * reads its tags (names, pronouns, nouns, verbs), no matcher runs on it.
 */
export function pretagSentence(text: string): View {
  const t = taggerOf();
  const doc = new t.ViewClass(t.world.methods.one.tokenize.fromString(text, t.world));
  doc.compute(t.pre);
  return doc;
}

/**
 * Sentences tagged together: each sentence is tokenized on its own, exactly as
 * `tagSentence` / `pretagSentence` would, and their compromise sentences are put
 * into one document that goes through the hooks once. Every hook works within a
 * compromise sentence (the post-tagger's sweep within its clauses), so each term
 * gets the tags it gets alone, but the per-call cost of the hooks (about a fifth
 * of the tagger's time on news sentences) is paid once per document. Each
 * sentence then gets a View of its own compromise sentences.
 */
class TagBatch {
  private readonly document: Terms[] = [];
  constructor(private readonly hooks: string[]) {}
  /** add a sentence; returns where its compromise sentences are */
  add(text: string): [number, number] {
    const t = taggerOf();
    const own = t.world.methods.one.tokenize.fromString(text, t.world);
    const at = this.document.length;
    for (const terms of own) this.document.push(terms);
    return [at, own.length];
  }
  run(): void {
    if (!this.document.length) return;
    const doc = new (taggerOf().ViewClass)(this.document);
    withFastSweep(doc, () => withFastMatch(doc, () => doc.compute(this.hooks)));
    if (this.hooks.includes('postTagger')) retagPartyVerbs(doc);
  }
  view([at, n]: [number, number]): View {
    return new (taggerOf().ViewClass)(this.document.slice(at, at + n));
  }
}

/** the words the rules of `rules` are indexed by: ordinary English words, for the Title Case fold */
const ruleWords = new WeakMap<RuleSet, Set<string>>();
function ruleWordsOf(rules: RuleSet): Set<string> {
  let w = ruleWords.get(rules);
  if (!w) ruleWords.set(rules, (w = new Set([...rules.index.byWord.keys()].filter((k) => /^\p{Ll}+$/u.test(k)))));
  return w;
}

/**
 * A Title Case sentence's case-folded copies (title-case.ts), else the sentence itself twice. Same length, same
 * offsets: the tagger reads `tagger`; a token whose capital `names` folds is marked `titleCap`.
 */
export function foldedText(text: string, rules: RuleSet = builtinRuleSet(), gazetteer: Gazetteer = builtinGazetteer()): Folded {
  const extra = ruleWordsOf(rules);
  return isTitleCase(text, extra) ? foldTitleCase(text, compileGazetteer(gazetteer), extra) : { tagger: text, names: text };
}

/** tokens tagged from a folded copy: the original words back, and the headline's capitals marked (as they are when nothing was folded) */
function unfold(tokens: Token[], analysis: string, base: number, text: string, f: Folded): Token[] {
  if (f.names === text) return tokens;
  return tokens.map((t) => {
    const text = analysis.slice(t.start, t.end);
    const titleCap = /^\p{Lu}/u.test(text) && !/^\p{Lu}/u.test(f.names.slice(t.start - base, t.end - base));
    return titleCap ? { ...t, text, titleCap } : { ...t, text };
  });
}

/** Put the original words back into the terms of a View tagged from a folded copy (the tags stay). */
function restoreText(doc: View, original: string, tagged: string): void {
  if (original === tagged) return;
  let pos = 0;
  for (const terms of (doc as unknown as { docs: Term[][] }).docs) {
    for (const t of terms) {
      const start = pos + t.pre.length;
      t.text = original.slice(start, start + t.text.length);
      pos = start + t.text.length + t.post.length;
    }
  }
}

/**
 * Parse the sentences of `analysis` (the normalised text). `wanted(s)` (or
 * `options.wanted`) chooses which sentences get tokens at all (default: the
 * non-duplicates); `options.tagger` which of those get the tagger (default 'all'). Untagged sentences get tokenizer tokens
 * with empty tags and `doc: null`. Tagged sentences are tagged in batches (TagBatch).
 */
export function parseSentences(
  analysis: string,
  sentences: Sentence[],
  wantedOrOptions: ((s: Sentence) => boolean) | ParseOptions = {},
): ParsedSentence[] {
  const options: ParseOptions = typeof wantedOrOptions === 'function' ? { wanted: wantedOrOptions } : wantedOrOptions;
  const wanted = options.wanted ?? ((s: Sentence) => s.duplicateOf === null);
  const mode = options.tagger ?? 'all';
  const nlp = getNlp();
  const ruleSet = options.rules ?? builtinRuleSet();
  const rules = mode === 'needed' || mode === 'cues' ? ruleSet : undefined;
  const gazFirst = mode === 'needed' ? compileGazetteer(options.gazetteer ?? builtinGazetteer()).root.next : undefined;
  const chunks = rulesUseChunks(ruleSet);
  const t = taggerOf();
  const full = new TagBatch(t.full);
  const pre = new TagBatch(t.pre);
  type Pending = ParsedSentence | { sentence: Sentence; batch: TagBatch; at: [number, number]; keep: boolean; text: string; folded: Folded };
  const pending: Pending[] = sentences.map((sentence) => {
    if (!wanted(sentence)) return { sentence, tokens: [], doc: null, termBase: [] };
    const text = analysis.slice(sentence.start, sentence.end);
    const folded = foldedText(text, ruleSet, options.gazetteer ?? builtinGazetteer());
    const tagged = folded.tagger;
    const orig = <T extends { tokens: Token[] }>(p: T): T => ({ ...p, tokens: unfold(p.tokens, analysis, sentence.start, text, folded) });
    if (mode === 'selective' && !cueCouldFire(wordForms(text), ruleSet)) return { sentence, batch: pre, at: pre.add(tagged), keep: false, text, folded };
    if (rules) {
      const forms = wordForms(text);
      const tag = ruleCouldFire(forms, rules) || (gazFirst !== undefined && actorsCouldUse(text, forms, gazFirst));
      if (!tag) return orig({ sentence, ...tokensOf(nlp.tokenize(tagged), sentence.start), doc: null });
    }
    if (chunks) {
      const doc = nlp(tagged);
      retagPartyVerbs(doc);
      restoreText(doc, text, tagged);
      return orig({ sentence, ...tokensOf(doc, sentence.start), doc });
    }
    return { sentence, batch: full, at: full.add(tagged), keep: true, text, folded };
  });
  full.run();
  pre.run();
  return pending.map((p) => {
    if (!('batch' in p)) return p;
    const doc = p.batch.view(p.at);
    restoreText(doc, p.text, p.folded.tagger);
    const { tokens, termBase } = tokensOf(doc, p.sentence.start);
    return { sentence: p.sentence, tokens: unfold(tokens, analysis, p.sentence.start, p.text, p.folded), termBase, doc: p.keep ? doc : null };
  });
}
