/**
 * Checking rules against their own examples (like ESLint's RuleTester): every
 * `match` example must make the rule fire, every `noMatch` example must leave it
 * silent, and an example that names a `type` must yield a cue of that type.
 * Used by the test suite for the built-in rules and by `stance rules test FILE`.
 */
import { normalise } from '../pipeline/normalise.js';
import { splitSentences } from '../pipeline/sentences.js';
import { parseSentences } from '../pipeline/parse.js';
import { findCues } from '../pipeline/cues.js';
import type { RuleExample } from '../schema/rules.js';
import { compileRules, type LoadedRule, type RuleSet } from './load.js';

export interface ExampleFailure {
  rule: string;
  file: string;
  kind: 'match' | 'noMatch';
  text: string;
  problem: string;
}

const exampleText = (e: RuleExample) => (typeof e === 'string' ? e : e.text);

/** The cues a rule set yields on a text, with the rules that fired (before stances are merged). */
function run(text: string, set: RuleSet) {
  const analysis = normalise(text);
  const parsed = parseSentences(analysis, splitSentences(text, analysis));
  return findCues(parsed, { rules: set });
}

/**
 * Does `rule`, alone, yield a cue in `text`, with its own constraints (scope,
 * when, notIf) applied? Questions and if-clauses count; `requires` is not checked.
 */
export function ruleFires(rule: LoadedRule, text: string, single: RuleSet = compileRules([rule])): boolean {
  const analysis = normalise(text);
  const parsed = parseSentences(analysis, splitSentences(text, analysis));
  return findCues(parsed, { rules: single, keepHypothetical: true, ignoreRequires: true }).length > 0;
}

/** Check every rule's examples; `all` is the full rule set used for `type` checks. */
export function checkRuleExamples(rules: LoadedRule[], all: RuleSet): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  for (const rule of rules) {
    const single = compileRules([rule]);
    for (const ex of rule.examples.match) {
      const text = exampleText(ex);
      if (!ruleFires(rule, text, single)) {
        failures.push({ rule: rule.key, file: rule.file, kind: 'match', text, problem: 'the rule does not fire' });
        continue;
      }
      if (typeof ex !== 'string' && ex.type) {
        const types = run(text, all).map((c) => c.type);
        if (!types.includes(ex.type))
          failures.push({
            rule: rule.key,
            file: rule.file,
            kind: 'match',
            text,
            problem: `expected a ${ex.type} cue, got ${types.length ? types.join(', ') : 'no cue'}`,
          });
      }
    }
    for (const ex of rule.examples.noMatch) {
      const text = exampleText(ex);
      if (ruleFires(rule, text, single))
        failures.push({ rule: rule.key, file: rule.file, kind: 'noMatch', text, problem: 'the rule fires' });
    }
  }
  return failures;
}
