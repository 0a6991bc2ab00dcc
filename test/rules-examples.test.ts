/**
 * Every built-in rule against its own examples (src/rules/*.yml): each `match`
 * example must make the rule fire (and yield the named cue type), each
 * `noMatch` example must leave it silent. One test per rule, named after it.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleExamples } from '../src/rules/check.js';
import { builtinRuleFiles, compileRules, loadRules } from '../src/rules/load.js';

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
