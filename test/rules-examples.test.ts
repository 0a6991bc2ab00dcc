/**
 * Every built-in rule against its own examples (src/rules/*.yml): each `match`
 * example must make the rule fire (and yield the named cue type), each
 * `noMatch` example must leave it silent. One test per rule, named after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkRuleExamples } from '../src/rules/check.js';
import { BUILTIN_RULES_DIR, builtinRuleFiles, compileRules, expandPattern, loadRules, type LoadedRule } from '../src/rules/load.js';
import { getNlp } from '../src/pipeline/nlp.js';

const rules = loadRules();
const all = compileRules(rules);

describe('built-in rule files', () => {
  it('there are rule files and rules of every cue type', () => {
    expect(builtinRuleFiles().length).toBeGreaterThanOrEqual(3);
    expect(new Set(rules.map((r) => r.type))).toEqual(new Set(['engagement', 'refusal', 'condition']));
  });

  it('rule ids are unique and examples are not repeated within a rule', () => {
    const keys = rules.map((r) => r.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    for (const r of rules) {
      const texts = [...r.examples.match, ...r.examples.noMatch].map((e) => (typeof e === 'string' ? e : e.text));
      expect(texts.filter((t, i) => texts.indexOf(t) !== i), r.key).toEqual([]);
    }
  });
});

describe('every built-in rule passes its own examples', () => {
  it.each(rules.map((r) => [r.key, r] as const))('%s', (_key, rule) => {
    expect(checkRuleExamples([rule], all)).toEqual([]);
  });
});

// ------------------------------------------------------------ the lexicon: every item is exemplified

const lexicon = (parse(readFileSync(join(BUILTIN_RULES_DIR, 'lexicon.yml'), 'utf8')) as { classes: Record<string, string[]> }).classes;
const classRefs = (text: string) => [...text.matchAll(/&([A-Za-z][A-Za-z0-9]*)/g)].map((m) => m[1]!);

/** the lexicon classes a rule uses, also through a class that names another */
function classesOf(rule: LoadedRule): Set<string> {
  const out = new Set<string>();
  const visit = (name: string) => {
    if (out.has(name) || !lexicon[name]) return;
    out.add(name);
    for (const item of lexicon[name]) classRefs(item).forEach(visit);
  };
  classRefs(`${rule.match} ${rule.notIf ?? ''}`).forEach(visit);
  return out;
}

describe('the lexicon (src/rules/lexicon.yml)', () => {
  const nlp = getNlp();
  const docs = new Map<string, ReturnType<typeof nlp>>();
  const doc = (text: string) => {
    let d = docs.get(text);
    if (!d) docs.set(text, (d = nlp(text)));
    return d;
  };
  const examplesByClass = new Map<string, string[]>();
  for (const rule of rules)
    for (const name of classesOf(rule)) {
      const list = examplesByClass.get(name) ?? [];
      for (const ex of rule.examples.match) list.push(typeof ex === 'string' ? ex : ex.text);
      examplesByClass.set(name, list);
    }

  it('every class is used by a rule', () => {
    expect(Object.keys(lexicon).filter((name) => !examplesByClass.has(name))).toEqual([]);
  });

  it('is built for breadth: hundreds of predicates and dozens of object nouns', () => {
    const count = (item: string) => (item.startsWith('&') ? 0 : /^\(([^()]+)\)/.exec(item)?.[1]!.split('|').length ?? 1);
    const size = (...names: string[]) => names.reduce((n, name) => n + lexicon[name]!.reduce((k, i) => k + count(i), 0), 0);
    expect(size('rejectVerb', 'rejectObjVerb', 'rejectNoun', 'againstWord')).toBeGreaterThanOrEqual(250);
    expect(size('engageVerb', 'engageObjVerb', 'engageNoun', 'contactVerb', 'concedeVerb', 'intendVerb', 'willingAdj', 'willingNoun')).toBeGreaterThanOrEqual(500);
    expect(size('talksNoun', 'dealNoun', 'offerNoun', 'proposalNoun', 'mediationNoun', 'stanceObject')).toBeGreaterThanOrEqual(110);
  });

  // each predicate and object noun appears, in a form its pattern matches, in an example of a rule that uses its class
  it.each(Object.keys(lexicon).map((name) => [name] as const))('every item of &%s has an example in a rule file', (name) => {
    const examples = examplesByClass.get(name) ?? [];
    // an item that opens on a group ("({walk}|{pull}) out of") is one item per alternative
    const items = lexicon[name]!.flatMap((item) => {
      const g = /^\(([^()]+)\)(.*)$/.exec(item);
      return g ? g[1]!.split('|').map((a) => `${a}${g[2]}`) : [item];
    });
    const missing = items.filter((item) => {
      if (/^&[A-Za-z0-9]+$/.test(item)) return false; // a class named inside another is checked as itself
      const patterns = expandPattern(item, {}, `lexicon ${name}`);
      return !examples.some((ex) => patterns.some((p) => doc(ex).has(p)));
    });
    expect(missing).toEqual([]);
  });
});

describe('pattern expansion', () => {
  it('keeps a start anchor on its word when a group of multi-word alternatives is spelled out', () => {
    expect(expandPattern('^(let us|give (them|him) a chance|come) back', {}, 'test')).toEqual([
      '^(come) back',
      '^let us back',
      '^give (them|him) a chance back',
    ]);
  });
  it('keeps an end anchor on its word too, so that a several-word choice before "$" can match', () => {
    expect(expandPattern('are negotiating (again|behind closed doors)?$', {}, 'test')).toEqual([
      'are negotiating (again)$',
      'are negotiating behind closed doors$',
      'are negotiating$',
    ]);
  });
});
