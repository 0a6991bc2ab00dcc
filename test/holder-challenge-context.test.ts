/**
 * (the cases and their header: holder-challenge-context.cases.ts)
 *
 * A fifth holder challenge set (HOLD6): the holder a sentence takes from its context, and descriptions and
 * officials whose body is named elsewhere. Multi-paragraph texts of our own with invented parties, each
 * stating the cue it carries and the party whose stance it is. The categories follow the wrong holders the
 * held-out files show on cues whose span is right: the context fallback (no party in the sentence: the last
 * subject, the paragraph's speaker, a quote's attributed speaker), two or more parties named before the cue,
 * a description ("the union", "the broadcaster", "the regulator", "the carrier", "the bloc", "the department")
 * introduced far from its name, a spokesperson, official or executive whose body is named only in an earlier
 * sentence, "the two sides" / "both parties" / "neither side", and headlines of mediation.
 *
 * Each template is written once and filled with each of seven party sets (states, a union and a haulier, a
 * broadcaster and a carrier, a trade bloc, a regulator, an airline, a ministry department), so one construction
 * is tried on bodies of every kind; a template that does not read well with a set leaves it out.
 *
 * First run and the rates after each change: in the cases file's header.
 *
 * A case with `known` is a known failure (no cue of the type there, or another holder); every other case must
 * pass. The test reports the counts per construction.
 */
import { challengeSuite } from './helpers/challenge.js';
import { CASES, outcome } from './holder-challenge-context.cases.js';

challengeSuite('holder challenge set: the context, descriptions and officials', CASES, outcome, { showAt: true, minCases: 200, pad: 20 });
