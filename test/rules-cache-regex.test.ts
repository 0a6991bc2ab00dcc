/**
 * A /regex/ term survives the built-in rules cache: the cache stores compromise's
 * parsed patterns as JSON, where a RegExp would become {} ("t.regex.test is not a
 * function" when matching). The patterns are taken through the cache's own
 * serialisation (toJson, reviveSets) and must match as the freshly compiled ones do.
 */
import { describe, expect, it } from 'vitest';
import { compileRules, loadRuleSource, reviveSets, toJson, type RuleSet } from '../src/rules/load.js';
import { findCues } from '../src/pipeline/cues.js';
import { parseSentences } from '../src/pipeline/parse.js';
import { normalise } from '../src/pipeline/normalise.js';
import { splitSentences } from '../src/pipeline/sentences.js';

const source = `description: a built-in-like rule set with regex terms
rules:
  - id: spurn
    type: refusal
    description: spurning, in any inflection, by a regex term
    match: "/^spurn(s|ed|ing)?$/ #Determiner? (offer|talks|plan)"
    notIf: "/^spurn(ed)?$/ the plan"
    examples:
      match: ["Velmora spurned the offer."]
      noMatch: ["Velmora spurned the plan."]
`;

/** the rule set as readCache gives it back: every parsed pattern through JSON and back */
function throughCache(set: RuleSet): RuleSet {
  const trip = <T>(v: T): T => reviveSets(JSON.parse(JSON.stringify(v, toJson))) as T;
  const patterns = set.patterns.map((p) => ({ ...p, regs: trip(p.regs) }));
  const at = new Map(set.patterns.map((p, i) => [p, patterns[i]!]));
  const rules = set.rules.map((r) => ({ ...r, notIfRegs: trip(r.notIfRegs) }));
  return {
    rules,
    byKey: new Map(rules.map((r) => [r.key, r])),
    patterns,
    index: {
      byWord: new Map([...set.index.byWord].map(([w, list]) => [w, list.map((p) => at.get(p)!)])),
      always: set.index.always.map((p) => at.get(p)!),
    },
  };
}

const cues = (text: string, rules: RuleSet) => {
  const analysis = normalise(text);
  return findCues(parseSentences(analysis, splitSentences(text, analysis)), { rules }).map((c) => [c.type, c.rule.key]);
};

describe('regex terms through the rules cache', () => {
  const fresh = compileRules(loadRuleSource(source, 'regexy.yml'));
  const cached = throughCache(fresh);

  it('the cached regs hold RegExps again', () => {
    const regexes = JSON.stringify(cached.patterns.map((p) => p.regs), (_, v) => (v instanceof RegExp ? `RE:${v.source}` : v));
    expect(regexes).toContain('RE:^spurn(s|ed|ing)?$');
  });

  it.each(['Velmora spurned the offer.', 'The council spurns talks.', 'Velmora spurned the plan.', 'Velmora accepted the offer.'])(
    'cached and uncached rules give the same cues: %s',
    (text) => {
      expect(cues(text, cached)).toEqual(cues(text, fresh));
    },
  );

  it('the regex rule fires and its regex veto holds', () => {
    expect(cues('Velmora spurned the offer.', cached)).toEqual([['refusal', 'regexy.spurn']]);
    expect(cues('Velmora spurned the plan.', cached)).toEqual([]);
  });
});
