/**
 * Loading and compiling rule sets.
 *
 * Built-in rules are the YAML files beside this module's source (src/rules/*.yml);
 * `--rules FILE` adds a user's file of the same format. Word classes (`&name` in a
 * pattern) come from the file itself, then from src/rules/lexicon.yml.
 *
 * Compiling expands classes and `{lemma}`s into plain compromise patterns, has
 * compromise parse them (its buildNet), and indexes them by their rarest
 * required word for the per-sentence look-up (cues.ts). The built-in rules are
 * compiled at build time into a cache beside this module (`npm run build`), keyed
 * by a hash of the rule files and the compromise version; a stale or missing
 * cache just means compiling at start-up (~0.5 s).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { RuleFile, WordClass, type Rule } from '../schema/rules.js';
import { parseUserFileAt, readUserFile, readUserText, UserFileError } from '../schema/user-file.js';
import { MAX_BRANCHING, MAX_EXPANSIONS, branching, regexProblem } from './cost.js';
import { getNlp } from '../pipeline/nlp.js';
import { slotsOf } from '../pipeline/cue-skeleton.js';

/** Folder of the built-in rule files (src/rules, also when running from dist/). */
export const BUILTIN_RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'rules');

const Lexicon = z.strictObject({ description: z.string(), classes: z.record(z.string(), WordClass) });

export interface LoadedRule extends Rule {
  /** `<set>.<id>`, the id reported in each cue */
  key: string;
  /** the file the rule came from */
  file: string;
  /** `notIf` expanded into plain compromise patterns */
  notIfPatterns: string[];
  /** the same, parsed once by compromise (filled by compileRules) */
  notIfRegs: unknown[][];
  /** `match` expanded into plain compromise patterns */
  patterns: string[];
}

export interface RuleSet {
  rules: LoadedRule[];
  byKey: Map<string, LoadedRule>;
  /** every rule's patterns as compromise parsed them */
  patterns: CompiledPattern[];
  /** the patterns indexed by word, for the per-sentence look-up */
  index: PatternIndex;
  /** whether some pattern matches on a chunk (`<Noun>`), when known without walking every pattern (the cache stores it) */
  chunks?: boolean;
}

let lexicon: Record<string, string[]> | undefined;
function builtinClasses(): Record<string, string[]> {
  lexicon ??= readUserFile(Lexicon, join(BUILTIN_RULES_DIR, 'lexicon.yml')).classes;
  return lexicon;
}

/** the single plain words of some built-in lexicon classes ("rejection", "offer"; not "{talk}" nor phrases) */
export function lexiconWords(...names: string[]): Set<string> {
  const classes = builtinClasses();
  return new Set(names.flatMap((n) => classes[n] ?? []).filter((w) => /^[a-z]+(?:-[a-z]+)*$/.test(w)));
}

/**
 * `%np%`: a short noun-phrase gap, spelled out as exact alternatives (compromise
 * does not backtrack over a run of optional terms such as `#Adjective? #Noun? #Noun?`).
 * A gerund counts as a modifier ("a power sharing agreement", "a fact finding mission"), and so does
 * "further" ("further talks").
 */
const NP_GAP = (() => {
  const det = ['', '(#Determiner|#Possessive)'];
  // "further" is tagged an adverb, yet modifies the noun like an adjective: "further talks", "further meetings"
  const mod = '(#Adjective|#Noun|#Value|#Gerund|further)';
  const mods = ['', mod, `${mod} ${mod}`];
  const alts = det.flatMap((d) => mods.map((m) => [d, m].filter(Boolean).join(' ')));
  return `(${alts.join('|')})`;
})();

const inflectionCache = new Map<string, string[]>();
/** every inflection of a verb ("hold" → hold, held, holds, holding), as compromise's {lemma} would match */
function inflections(root: string): string[] {
  let forms = inflectionCache.get(root);
  if (!forms) {
    const world = (getNlp() as unknown as { world(): { methods: { two: { transform: { verb: { all(s: string, m: unknown): string[]; conjugate: Conjugate } } } }; model: unknown } }).world();
    const verb = world.methods.two.transform.verb;
    forms = [root, ...verb.all(root, world.model), ...regularForms(root), ...prefixedParticiple(root, verb.conjugate, world.model)].filter(
      (f, i, a) => f && a.indexOf(f) === i,
    );
    inflectionCache.set(root, forms);
  }
  return forms;
}

type Conjugate = (s: string, m: unknown) => { PastTense?: string; Participle?: string } | undefined;

/**
 * The past participle of a prefixed irregular verb, which compromise's conjugator leaves out
 * ("unfreeze" → "unfrozen", "undertake" → "undertaken", "forgo" → "forgone"): that of the verb it
 * ends in, when the two pasts agree ("unfroze" = un + "froze"; not "bring" → "brung").
 */
function prefixedParticiple(root: string, conjugate: Conjugate, model: unknown): string[] {
  const past = conjugate(root, model)?.PastTense;
  if (!past || past.endsWith('ed')) return [];
  for (let k = 1; k < root.length - 1; k++) {
    const tail = conjugate(root.slice(k), model);
    if (tail?.Participle && root.slice(0, k) + tail.PastTense === past) return [root.slice(0, k) + tail.Participle];
  }
  return [];
}

/**
 * The regular inflections of a verb, added to compromise's: its conjugator gets
 * some wrong ("torpedo" → "torpedid", "deride" → "deride", "iron" → "iron").
 * A form that is not a word costs nothing: no text has it.
 */
function regularForms(root: string): string[] {
  if (!/^[a-z]+$/.test(root)) return [];
  const stem = root.endsWith('e') ? root.slice(0, -1) : root;
  const forms = [`${stem}ed`, `${stem}ing`, /(?:s|x|z|ch|sh|o)$/.test(root) ? `${root}es` : `${root}s`];
  if (/[^aeiou]y$/.test(root)) forms.push(`${root.slice(0, -1)}ied`, `${root.slice(0, -1)}ies`);
  // a short final consonant doubles: "scrap" → "scrapped", "veto" does not
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(root)) forms.push(`${root}${root.at(-1)}ed`, `${root}${root.at(-1)}ing`);
  // British spelling doubles a final l: "signal" → "signalled", "cancel" → "cancelling"
  if (/[aeiou]l$/.test(root)) forms.push(`${root}led`, `${root}ling`);
  return forms;
}

// a hyphenated word is two terms to compromise, so it never stays inside an alternation
const SIMPLE_ALT = /^(?:[A-Za-z][A-Za-z'.]*|#[A-Za-z]+)$/;

/** Index of the parenthesis closing the one at `open`, or -1. */
function closing(p: string, open: number): number {
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    if (p[i] === '(') depth++;
    else if (p[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Split a group's content on its top-level `|`. */
function alternativesOf(content: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of content) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** The alternatives of a group with every alternative that is itself a whole group opened up. */
function flattenAlternatives(alts: string[]): string[] {
  return alts.flatMap((a) =>
    a.startsWith('(') && closing(a, 0) === a.length - 1 ? flattenAlternatives(alternativesOf(a.slice(1, -1))) : [a],
  );
}

/**
 * Expand a rule pattern into plain compromise patterns:
 *  - `&name` becomes the alternation of the class's items;
 *  - an alternation whose items are not all single words or tags
 *    (`({hold}|{resume}) talks`, `(sit down|take part)`) becomes one pattern per
 *    item, since compromise matches only single terms inside `( | )`;
 *  - such a group followed by `?` also yields the pattern without it.
 */
export function expandPattern(
  pattern: string,
  classes: Record<string, string[]>,
  where: string,
  budget: { left: number } = { left: MAX_EXPANSIONS },
): string[] {
  // 1. the noun-phrase gap and classes
  let p = pattern;
  // (a class may name another: expand until none is left)
  for (let depth = 0; /&[A-Za-z]/.test(p); depth++) {
    if (depth > 8) throw new UserFileError(`${where}: word classes that name each other in a loop`);
    p = p.replace(/&([A-Za-z][A-Za-z0-9]*)/g, (_, name: string) => {
      const items = classes[name] ?? builtinClasses()[name];
      if (!items) throw new UserFileError(`${where}: unknown word class &${name}`);
      return `(${items.join('|')})`;
    });
  }
  p = p.replace(/%np%/g, NP_GAP).replace(/\s+/g, ' ').trim();
  // 2. {lemma} → the alternation of its inflections, so that it can sit inside a group
  p = p.replace(/\{([a-z][a-z-]*)\}/gi, (whole, root: string) => {
    const forms = inflections(root);
    return forms.length ? `(${forms.join('|')})` : whole;
  });
  // 3. the first group that compromise cannot take as it is
  for (let i = p.indexOf('('); i >= 0; i = p.indexOf('(', i + 1)) {
    const j = closing(p, i);
    if (j < 0) throw new UserFileError(`${where}: unbalanced parenthesis in "${pattern}"`);
    // nested groups fold into one: ((a|b)|(c|d e)) → (a|b|c|d e)
    const alts = flattenAlternatives(alternativesOf(p.slice(i + 1, j)));
    if (alts.every((a) => SIMPLE_ALT.test(a))) {
      const folded = `(${[...new Set(alts)].join('|')})`;
      p = p.slice(0, i) + folded + p.slice(j + 1);
      i += folded.length - 1;
      continue;
    }
    const optional = p[j + 1] === '?';
    const head = p.slice(0, i);
    const tail = p.slice(optional ? j + 2 : j + 1);
    // the single-word alternatives stay together as one group; each longer one becomes its own pattern
    const simple = [...new Set(alts.filter((a) => SIMPLE_ALT.test(a)))];
    const variants = [...(simple.length ? [`(${simple.join('|')})`] : []), ...alts.filter((a) => !SIMPLE_ALT.test(a))];
    if (optional) variants.push('');
    const seen = new Set<string>();
    // (a start anchor stays on the word it anchors: "^(let us|give them)" → "^let us", not "^ let us"; and so does an
    // end anchor: "(again|behind closed doors)?$" → "behind closed doors$", not "behind closed doors $", which never matches)
    return variants
      .flatMap((a) => expandPattern(`${head} ${a} ${tail}`.replace(/\^\s+/, '^').replace(/\s+\$(?=\s|$)/g, '$'), {}, where, budget))
      .filter((v) => v && !seen.has(v) && seen.add(v));
  }
  if (--budget.left < 0)
    throw new UserFileError(`${where}: the pattern is too costly: it expands into more than ${MAX_EXPANSIONS} plain patterns (fewer multi-word alternatives, please)`);
  return [p];
}

/** Throw a UserFileError when a plain pattern is too costly to match (see cost.ts). */
function checkCost(pattern: string, where: string): void {
  const regs = (getNlp() as unknown as { parseMatch(s: string): { regex?: RegExp }[] }).parseMatch(pattern);
  for (const r of regs) {
    const problem = r.regex instanceof RegExp ? regexProblem(r.regex.source) : undefined;
    if (problem) throw new UserFileError(`${where}: the pattern is too costly: ${problem}`);
  }
  const b = branching(regs);
  if (b > MAX_BRANCHING)
    throw new UserFileError(
      `${where}: the pattern is too costly: "${pattern}" may be matched in ${Number.isFinite(b) ? b : 'too many'} ways at each word (optional and repeated terms multiply), more than ${MAX_BRANCHING}`,
    );
}

/** Throw a UserFileError on a `)` that closes no `(` (an unclosed `(` is caught by expandPattern). */
function checkBalanced(p: string, pattern: string, where: string): void {
  let depth = 0;
  for (const ch of p) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) throw new UserFileError(`${where}: unbalanced parenthesis in "${pattern}": a ")" closes no "("`);
  }
}

/** a /regex/ term (compromise splits terms on white space, so it holds none) */
const REGEX_TERM = /(^|\s)(\/(?:\\.|[^\\/\s])+\/)/g;

/** expandPattern, with /regex/ terms kept whole (their parentheses are no alternations), then checkCost. */
function expandChecked(pattern: string, classes: Record<string, string[]>, where: string): string[] {
  const regexes: string[] = [];
  const protectedPattern = pattern.replace(REGEX_TERM, (_, space: string, re: string) => `${space}\u0001${regexes.push(re) - 1}\u0001`);
  checkBalanced(protectedPattern, pattern, where);
  const out = expandPattern(protectedPattern, classes, where).map((p) => p.replace(/\u0001(\d+)\u0001/g, (_, i: string) => regexes[Number(i)]!));
  for (const p of out) checkCost(p, where);
  return out;
}

function loadFile(file: string, source?: string): LoadedRule[] {
  const { data: parsed, at } = parseUserFileAt(RuleFile, source ?? readUserText(file), file);
  const set = basename(file, extname(file));
  const classes = parsed.classes;
  return parsed.rules.map((r, i) => {
    // expand now, so that a bad or too costly pattern or class fails before any input is read
    const patterns = expandChecked(r.match, classes, `${at(['rules', i, 'match'])}: rule ${r.id}`);
    const notIfPatterns = r.notIf ? expandChecked(r.notIf, classes, `${at(['rules', i, 'notIf'])}: rule ${r.id} (notIf)`) : [];
    return { ...r, key: `${set}.${r.id}`, file, patterns, notIfPatterns, notIfRegs: [] };
  });
}

export function builtinRuleFiles(): string[] {
  return readdirSync(BUILTIN_RULES_DIR)
    .filter((f) => /\.ya?ml$/.test(f) && f !== 'lexicon.yml')
    .sort()
    .map((f) => join(BUILTIN_RULES_DIR, f));
}

/** Compile rules into a rule set (one match-net). Throws UserFileError on a bad pattern. */
export function compileRules(rules: LoadedRule[]): RuleSet {
  const nlp = getNlp();
  const byKey = new Map<string, LoadedRule>();
  const entries: { match: string; reason: string }[] = [];
  for (const rule of rules) {
    if (byKey.has(rule.key)) throw new UserFileError(`${rule.file}: duplicate rule id ${rule.key}`);
    byKey.set(rule.key, rule);
    rule.notIfRegs = rule.notIfPatterns.map((p) => (nlp as unknown as { parseMatch(s: string): unknown[] }).parseMatch(p));
    for (const match of rule.patterns) entries.push({ match, reason: rule.key });
  }
  let net: { hooks: Record<string, CompiledPattern[]>; always: CompiledPattern[] };
  try {
    net = nlp.buildNet(entries as never) as unknown as typeof net;
  } catch (err) {
    throw new UserFileError(`cannot compile rules: ${(err as Error).message}`);
  }
  const all = new Set<CompiledPattern>(net.always);
  for (const list of Object.values(net.hooks)) for (const p of list) all.add(p);
  const patterns = [...all];
  return { rules, byKey, patterns, index: indexPatterns(patterns) };
}

/** words too frequent to index a pattern by when a rarer choice exists */
const COMMON = new Set('to with from for of the a an in on at out down off back up no not by as be is are was were it that this'.split(' '));

/** A pattern as compromise's buildNet parsed it. */
export interface CompiledPattern {
  match: string;
  reason: string;
  regs: unknown[];
  /** words ('to') and tags ('#Noun') the sentence must have */
  needs: string[];
  /** alternatives of which at least `minWant` must be present */
  wants: string[];
  minWant: number;
  /** the required word slots (cue-skeleton.ts), stored in the cache so the skeleton need not parse `regs` */
  slots?: string[][];
  /**
   * false when a token of the pattern may be fuzzy or a `use` token (its slots then say nothing about its words; true:
   * none is), told without parsing `regs` (a pattern read from the cache); absent: read `regs`
   */
  plainTokens?(): boolean;
}

export interface PatternIndex {
  /** patterns by one word they cannot match without */
  byWord: Map<string, CompiledPattern[]>;
  /** patterns with no word to index them by */
  always: CompiledPattern[];
}

/**
 * Index each pattern under one word it needs (the longest, which is the rarest
 * as a rule), or else under each word of its first alternation. A sentence then
 * looks up only its own words, instead of compromise's sweep walking every hook
 * of the net for every sentence.
 */
function indexPatterns(all: CompiledPattern[]): PatternIndex {
  const byWord = new Map<string, CompiledPattern[]>();
  const always: CompiledPattern[] = [];
  const add = (w: string, p: CompiledPattern) => {
    const list = byWord.get(w);
    if (list) list.push(p);
    else byWord.set(w, [p]);
  };
  for (const p of all) {
    // the anchors: a required word, else the words of a required alternation of plain words
    const regs = p.regs as { word?: string; fastOr?: Set<string>; choices?: unknown[]; optional?: boolean; negative?: boolean; operator?: string }[];
    let best: string[] | null = null;
    const score = (ws: string[]) => ws.length + (ws.every((w) => COMMON.has(w)) ? 1000 : 0);
    for (const r of regs) {
      if (r.optional || r.negative) continue;
      let ws: string[] | null = null;
      if (r.word) ws = [r.word];
      else if (r.operator === 'or' && r.fastOr && r.fastOr.size && !(r.choices && r.choices.length)) ws = [...r.fastOr];
      if (ws && (!best || score(ws) < score(best))) best = ws;
    }
    if (best) for (const w of best) add(w, p);
    else always.push(p);
  }
  return { byWord, always };
}

export interface LoadRulesOptions {
  /** user rule files added to the built-in ones */
  extraFiles?: string[];
  /** leave the built-in rules out (for `stance rules test FILE`) */
  builtins?: boolean;
}

/** Load rule files (built-in + user). Throws UserFileError with file:line:col on a bad file. */
export function loadRules(options: LoadRulesOptions = {}): LoadedRule[] {
  const files = [...(options.builtins === false ? [] : builtinRuleFiles()), ...(options.extraFiles ?? [])];
  return files.flatMap((f) => loadFile(f));
}

/** Parse a rule file given as text (tests, `stance rules test`). */
export function loadRuleSource(source: string, file: string): LoadedRule[] {
  return loadFile(file, source);
}

let builtinSet: RuleSet | undefined;
/** The built-in rules, compiled once per process (from the build-time cache when it is current). */
export function builtinRuleSet(): RuleSet {
  builtinSet ??= readCache() ?? compileRules(loadRules());
  return builtinSet;
}

// ------------------------------------------------------------------ the build-time cache

const CACHE_FILE = join(dirname(fileURLToPath(import.meta.url)), 'builtin-rules.cache.json');
const CACHE_FORMAT = 6; // 4: patterns carry their cue-skeleton slots; 5: each word list and pattern text stored once; 6: the lexicon's classes too

/** A hash of everything the compiled built-in rules depend on. */
function builtinKey(): string {
  const h = createHash('sha1');
  h.update(`format ${CACHE_FORMAT}\ncompromise ${compromiseVersion()}\n`);
  for (const f of [...builtinRuleFiles(), join(BUILTIN_RULES_DIR, 'lexicon.yml')]) h.update(`${basename(f)}\n`).update(readFileSync(f));
  return h.digest('hex');
}

/** compromise's version (its package.json is not exported: find it beside the resolved entry) */
function compromiseVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('compromise'));
  for (let k = 0; k < 5; k++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'compromise') return pkg.version ?? '?';
    } catch {
      // not here: one folder up
    }
  }
  return '?';
}

/**
 * The cache file. Compiled patterns repeat the same word lists again and again
 * (a `&class` or `{lemma}` alternation appears in its pattern's text, in its
 * parsed regs, in its `wants` and in its skeleton slots, across hundreds of
 * patterns), so each distinct list is stored once, in `lists`, and referred to
 * by position; `wants` and each rule's `patterns` are rebuilt from the rest.
 */
interface CacheFile {
  key: string;
  /** distinct word lists: fastOr sets, skeleton slots and the alternations of pattern texts */
  lists: string[][];
  /** distinct plain patterns, each alternation `(a|b|c)` replaced by `\u0002<list>\u0002` */
  matches: string[];
  /** distinct tokens of parsed patterns (compromise's regs), as JSON text with each fastOr set as { $list: n } */
  regs: string[];
  rules: (Omit<LoadedRule, 'file' | 'notIfRegs' | 'patterns'> & { patterns: number[] })[];
  notIfRegs: unknown[][][];
  /** [match, rule, regs, needs, minWant, slots] */
  patterns: [number, number, number[], string[], number, number[]][];
  /** the index, by position in `patterns` */
  index: { byWord: [string, number[]][]; always: number[] };
  chunks: boolean;
  /** the lexicon's classes (lexicon.yml), so that code reading them at run time parses no YAML */
  classes: Record<string, string[]>;
}

/** The build side of the tables: interns word lists and pattern texts. */
class CacheTables {
  lists: string[][] = [];
  matches: string[] = [];
  regs: string[] = [];
  private regAt = new Map<string, number>();
  private listAt = new Map<string, number>();
  private matchAt = new Map<string, number>();
  list(words: string[]): number {
    const key = JSON.stringify(words);
    let i = this.listAt.get(key);
    if (i === undefined) this.listAt.set(key, (i = this.lists.push(words) - 1));
    return i;
  }
  match(text: string): number {
    let i = this.matchAt.get(text);
    if (i === undefined) {
      const stored = text.replace(/\(([^()\u0002]*)\)/g, (_, alts: string) => `\u0002${this.list(alts.split('|'))}\u0002`);
      this.matchAt.set(text, (i = this.matches.push(stored) - 1));
    }
    return i;
  }
  /** regs by their positions in the table of distinct tokens */
  regsOf(regs: unknown[]): number[] {
    return regs.map((reg) => {
      const json = JSON.stringify(reg, (k, v: unknown) => (v instanceof Set ? { $list: this.list([...(v as Set<string>)]) } : toJson(k, v)));
      let i = this.regAt.get(json);
      if (i === undefined) this.regAt.set(json, (i = this.regs.push(json) - 1));
      return i;
    });
  }
}

// compromise's parsed patterns hold Sets (fastOr) and RegExps (a /regex/ term); JSON keeps them as
// { $set: [...] } and { $regex, flags } (a plain JSON.stringify would turn a RegExp into {})
export const toJson = (_: string, v: unknown) =>
  v instanceof Set ? { $set: [...v] } : v instanceof RegExp ? { $regex: v.source, flags: v.flags } : v;

/**
 * Turn the { $set: [...] } (or { $list: n }) of parsed patterns back into Sets (and { $regex } into RegExps),
 * in place. Only the regs hold Sets, so only they are walked: a JSON.parse reviver
 * would be called for every node and cost several times the parse itself.
 */
export function reviveSets(v: unknown, lists?: string[][]): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = reviveSets(v[i], lists);
    return v;
  }
  if (!v || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.$set)) return new Set(o.$set);
  if (typeof o.$list === 'number' && lists) return new Set(lists[o.$list]);
  if (typeof o.$regex === 'string') return new RegExp(o.$regex, typeof o.flags === 'string' ? o.flags : '');
  for (const k in o) {
    const x = o[k];
    if (x && typeof x === 'object') o[k] = reviveSets(x, lists);
  }
  return o;
}

/** The built-in rules from the build-time cache, or undefined when it is missing or stale. */
export function readCache(): RuleSet | undefined {
  let cache: CacheFile;
  try {
    cache = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as CacheFile;
    if (cache.key !== builtinKey()) return undefined;
  } catch {
    return undefined;
  }
  reviveSets(cache.notIfRegs);
  lexicon ??= cache.classes;
  const texts: (string | undefined)[] = [];
  const matchText = (i: number) =>
    (texts[i] ??= cache.matches[i]!.replace(/\u0002(\d+)\u0002/g, (_, n: string) => `(${cache.lists[Number(n)]!.join('|')})`));
  const rules: LoadedRule[] = cache.rules.map((r, i) => {
    const { patterns: ids, ...own } = r;
    const rule = { ...own, file: join(BUILTIN_RULES_DIR, `${r.key.split('.')[0]}.yml`), notIfRegs: cache.notIfRegs[i] ?? [] } as unknown as LoadedRule;
    // only `stance rules` and the tests read a rule's own pattern texts
    return Object.defineProperty(rule, 'patterns', {
      configurable: true,
      enumerable: true,
      get: () => {
        const patterns = ids.map(matchText);
        Object.defineProperty(rule, 'patterns', { value: patterns, writable: true, configurable: true, enumerable: true });
        return patterns;
      },
    });
  });
  // a sentence looks up only its own words, so an article uses a fraction of the patterns: their regs are parsed on first use
  const patterns = cache.patterns.map((p) => new CachedPattern(p, cache, rules, matchText));
  const index: PatternIndex = {
    byWord: new Map(cache.index.byWord.map(([w, ids]) => [w, ids.map((i) => patterns[i]!)])),
    always: cache.index.always.map((i) => patterns[i]!),
  };
  return { rules, byKey: new Map(rules.map((r) => [r.key, r])), patterns, index, chunks: cache.chunks };
}

/**
 * A pattern read from the cache: its text, regs and `wants` are built when first
 * read (`wants` from the regs, as compromise's buildNet derives it).
 */
class CachedPattern implements CompiledPattern {
  reason: string;
  needs: string[];
  minWant: number;
  slots: string[][];
  #match: number;
  #matchText: (i: number) => string;
  #regIds: number[];
  #cache: CacheFile;
  #text?: string;
  #regs?: unknown[];
  #wants?: string[];
  constructor(p: CacheFile['patterns'][number], cache: CacheFile, rules: LoadedRule[], matchText: (i: number) => string) {
    const [match, rule, regs, needs, minWant, slots] = p;
    this.#match = match;
    this.#matchText = matchText;
    this.reason = rules[rule]!.key;
    this.#regIds = regs;
    this.#cache = cache;
    this.needs = needs;
    this.minWant = minWant;
    this.slots = slots.map((i) => cache.lists[i]!);
  }
  get match(): string {
    return (this.#text ??= this.#matchText(this.#match));
  }
  set match(v: string) {
    this.#text = v;
  }
  get regs(): unknown[] {
    // each pattern gets its own token objects, as from compromise's parser
    return (this.#regs ??= this.#regIds.map((i) => reviveSets(JSON.parse(this.#cache.regs[i]!), this.#cache.lists)));
  }
  set regs(v: unknown[]) {
    this.#regs = v;
  }
  get wants(): string[] {
    return (this.#wants ??= wantsOf(this.regs as WantReg[]));
  }
  plainTokens(): boolean {
    // (a "fuzzy" or "use" key anywhere in a stored token, even false or inside a choice, counts as one: never wrongly true)
    return !this.#regIds.some((i) => /"(?:fuzzy|use)":/.test(this.#cache.regs[i]!));
  }
  set wants(v: string[]) {
    this.#wants = v;
  }
  toJSON(): CompiledPattern {
    return { match: this.match, reason: this.reason, regs: this.regs, needs: this.needs, wants: this.wants, minWant: this.minWant, slots: this.slots };
  }
}

interface WantReg {
  operator?: string;
  optional?: boolean;
  negative?: boolean;
  fastOr?: Set<string>;
  choices?: WantReg[][];
  tag?: string;
  word?: string;
  switch?: string;
}

/** compromise's buildNet: the word (tag, switch) a single token cannot match without */
function tokenNeed(reg: WantReg): string | null {
  if (reg.optional === true || reg.negative === true) return null;
  if (reg.tag) return `#${reg.tag}`;
  if (reg.word) return reg.word;
  if (reg.switch) return `%${reg.switch}%`;
  return null;
}

/** compromise's buildNet: the alternatives of a pattern's required alternations (its `wants`) */
function wantsOf(regs: WantReg[]): string[] {
  const wants: string[] = [];
  for (const reg of regs) {
    if (reg.operator !== 'or' || reg.optional || reg.negative) continue;
    if (reg.fastOr) wants.push(...reg.fastOr);
    for (const rs of reg.choices ?? [])
      for (const r of rs) {
        const n = tokenNeed(r);
        if (n) wants.push(n);
      }
  }
  return wants;
}

/** Does any pattern of the rule set (its matches or its notIf vetoes) match on a chunk (`<Noun>`)? */
export function usesChunks(rules: RuleSet): boolean {
  if (rules.chunks !== undefined) return rules.chunks;
  const inRegs = (regs: unknown[]): boolean =>
    regs.some((r) => {
      const reg = r as { chunk?: string; choices?: unknown[][] };
      return reg.chunk !== undefined || (reg.choices?.some(inRegs) ?? false);
    });
  return rules.patterns.some((p) => inRegs(p.regs)) || rules.rules.some((r) => r.notIfRegs.some(inRegs));
}

/** Compile the built-in rules and write the cache (run by `npm run build`). */
export function writeBuiltinCache(): string {
  const set = compileRules(loadRules());
  const position = new Map(set.patterns.map((p, i) => [p, i]));
  const at = (list: CompiledPattern[]) => list.map((p) => position.get(p)!);
  const ruleAt = new Map(set.rules.map((r, i) => [r.key, i]));
  const t = new CacheTables();
  const cache: CacheFile = {
    key: builtinKey(),
    lists: t.lists,
    matches: t.matches,
    regs: t.regs,
    rules: set.rules.map(({ file: _file, notIfRegs: _regs, patterns, ...r }) => ({ ...r, patterns: patterns.map((p) => t.match(p)) })),
    notIfRegs: JSON.parse(JSON.stringify(set.rules.map((r) => r.notIfRegs), toJson)) as unknown[][][],
    patterns: set.patterns.map((p) => [t.match(p.match), ruleAt.get(p.reason)!, t.regsOf(p.regs), p.needs, p.minWant, slotsOf(p).map((s) => t.list(s))]),
    index: { byWord: [...set.index.byWord].map(([w, list]) => [w, at(list)]), always: at(set.index.always) },
    chunks: usesChunks(set),
    classes: builtinClasses(),
  };
  writeFileSync(CACHE_FILE, JSON.stringify(cache));
  return CACHE_FILE;
}
