/**
 * Rule files: the schema every built-in and user rule file follows.
 *
 * A rule file is YAML or JSON:
 *
 *   description: what this set of rules finds
 *   classes:                      # optional word classes, used in patterns as &name
 *     engageNoun: [talks, negotiations, dialogue]
 *   rules:
 *     - id: agree-to-engage
 *       type: engagement
 *       description: agreeing to an engaging action
 *       match: "{agree} to &engageVerb"
 *       examples:
 *         match: ["Iran agreed to resume talks."]
 *         noMatch: ["Iran agreed with the assessment."]
 */
import * as z from 'zod';
import { CueType } from './output.js';

const RuleId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'a rule id is lower-case letters, digits and hyphens, e.g. "agree-to-engage"' });

/** An example sentence: a plain string, or one with the cue type it must yield. */
export const RuleExample = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    type: CueType.optional().describe('the type of the cue the rule must yield here (after negation)'),
  }),
]);
export type RuleExample = z.infer<typeof RuleExample>;

export const Rule = z.strictObject({
  id: RuleId,
  type: CueType.describe('the cue type when the trigger is asserted (not negated)'),
  description: z.string().min(1).describe('one line: what the rule finds'),
  match: z
    .string()
    .min(1)
    .describe(
      'compromise match syntax; &name inserts a word class; %np% a short noun-phrase gap (determiner, number, up to two modifiers); {lemma} matches every inflection of a verb',
    ),
  notIf: z.string().min(1).optional().describe('compromise match syntax: the rule is silent where this pattern matches over its trigger (e.g. "{refuse} to comment")'),
  negatable: z
    .boolean()
    .default(true)
    .describe('a negation in the clause flips the cue (engagement ↔ refusal); conditions are never flipped'),
  holder: z
    .enum(['subject', 'speaker', 'patient'])
    .default('subject')
    .describe(
      'subject: the clause subject holds the stance; speaker: the reporting frame holds it and the subject is the target; patient: the subject of a passive trigger holds it and its by-agent is the target ("will not be dictated to by X")',
    ),
  target: z
    .enum(['after', 'subject', 'none'])
    .default('after')
    .describe('where the other party is named: after the trigger, as the clause subject, or not at all'),
  condition: z
    .enum(['none', 'after', 'clause'])
    .default('none')
    .describe('for condition cues: the demanded thing is the text after the trigger (to the clause end), or the whole clause'),
  scope: z
    .enum(['any', 'headline', 'body'])
    .default('any')
    .describe('where the rule applies: any sentence, headlines only (headline-ese such as "Minister to Meet Rebels"), or body sentences only'),
  when: z
    .enum(['always', 'negated', 'asserted'])
    .default('always')
    .describe('negated: the rule fires only under a negation ("not ready to …"); asserted: only without one'),
  needsTarget: z.boolean().default(false).describe('the cue is kept only when another party follows the trigger, known actor or not ("met with the envoy", "with management", not "met with reporters")'),
  needsHolder: z
    .boolean()
    .default(false)
    .describe('the cue is kept only when the sentence names its holder, known actor or not (not carried over from context)'),
  requires: z
    .enum(['none', 'stance', 'refusal', 'commitment', 'position'])
    .default('none')
    .describe(
      'stance: a condition rule fires only in a sentence that also holds an engagement or refusal cue; refusal: only beside a refusal cue; commitment: beside a stance or a commitment the rules do not read as one ("we will", "the union would"); position: beside a stance, a commitment, a stated ability or refusal ("can", "cannot"), a threat or a stated readiness, not beside a forecast or a description ("the harvest is probably going to come in below the forecast, provided …")',
    ),
  subordinate: z
    .boolean()
    .default(false)
    .describe('for condition rules opened by a subordinating conjunction ("until", "unless", "once"): what their clause says is the event the stance waits for, never a stance of its own'),
  priority: z.number().int().default(0).describe('when several rules match one stance, the higher priority names it'),
  examples: z.strictObject({
    match: z.array(RuleExample).min(1, { error: 'every rule needs at least one example it matches' }),
    noMatch: z.array(RuleExample).default([]),
  }),
});
export type Rule = z.infer<typeof Rule>;
export type RuleInput = z.input<typeof Rule>;

export const WordClass = z.array(z.string().min(1)).min(1);

export const RuleFile = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().min(1),
  classes: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), WordClass).default({}),
  rules: z.array(Rule).min(1),
});
export type RuleFile = z.infer<typeof RuleFile>;
