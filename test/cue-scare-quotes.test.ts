/**
 * Scare quotes and short quoted words or phrases inside a clause ('rejected the "final" offer', 'did "not" agree')
 * are part of the clause: the cue, its gaps and its negation read through them as through the same words
 * unquoted. A speaker's quoted sentence ('"We will not talk." X rejected it') stays a boundary. Sentences written
 * for this test, invented parties only; each with the cue types it must yield in text order and the word each
 * cue's span starts with.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

const cases: [string, [string, string][]][] = [
  // refusal
  ['The Halden Workers\' Union rejected the "final" offer.', [['refusal', 'rejected']]],
  ['Norland called the plan a "non-starter".', [['refusal', 'called']]],
  ['Brelvania said it was "not interested" in talks.', [['refusal', 'interested']]],
  ['Vesk said it was “not interested” in talks with Norland.', [['refusal', 'interested']]],
  ['Brelvania would "never" negotiate with Vesk.', [['refusal', 'would']]],
  ['Vesk would "not negotiate" with Norland.', [['refusal', 'would']]],
  ['Norland did not accept the "final" offer from Vesk.', [['refusal', 'did']]],
  ['Vesk refused to hold "direct" talks with Norland.', [['refusal', 'refused']]],
  ['Brelvania will not "negotiate" with Vesk.', [['refusal', 'will']]],
  ['Norland ruled out "any" talks with Vesk.', [['refusal', 'ruled']]],
  ['Norland has "no intention" of negotiating with Vesk.', [['refusal', 'no']]],
  ['Vesk called the talks "a waste of time".', [['refusal', 'called']]],
  ['Norland did not "welcome" the Vesk proposal.', [['refusal', 'welcome']]],
  ['Norland does not want "any" talks with Vesk.', [['refusal', 'want']]],
  // a quoted negation before an engagement frame negates it, as the unquoted one does
  ['Norland did "not" agree to talks with Vesk.', [['refusal', 'agree']]],
  ['Norland has "never" agreed to talks with Vesk.', [['refusal', 'agreed']]],
  ['Norland was "not" willing to talk to Vesk.', [['refusal', 'willing']]],
  ['Norland is "not yet" ready to sign the deal.', [['refusal', 'ready']]],
  ['Norland said it was "absolutely not" ready to negotiate.', [['refusal', 'ready']]],
  ['Norland “never” agreed to talks with Vesk.', [['refusal', 'agreed']]],
  // engagement
  ['Norland agreed to "constructive" talks with Vesk.', [['engagement', 'agreed']]],
  ['Norland is "ready" to talk to Vesk.', [['engagement', 'ready']]],
  ['The Halden Workers\' Union said it was "open to talks" with Vesk.', [['engagement', 'open']]],
  ['The union agreed to resume "good-faith" negotiations with Vesk.', [['engagement', 'agreed']]],
  ['Vesk said it was "willing" to meet Norland.', [['engagement', 'willing']]],
  ['Brelvania welcomed the "generous" offer of talks from Vesk.', [['engagement', 'welcomed']]],
  // condition
  ['Norland said it would accept the deal "only if" Vesk withdrew its troops.', [['engagement', 'would'], ['condition', 'only']]],
  ['Vesk will return to talks "if and only if" Norland withdraws.', [['engagement', 'will'], ['condition', 'only']]],
  ['Norland will sign the accord "provided" Vesk pays.', [['engagement', 'will'], ['condition', 'provided']]],
  ['Norland will "not" talk unless Vesk withdraws.', [['refusal', 'will'], ['condition', 'unless']]],
  ['Norland will not sign "any" deal unless Vesk withdraws.', [['refusal', 'will'], ['condition', 'unless']]],
  ['Vesk said talks could resume "as soon as" Norland withdraws.', [['engagement', 'talks'], ['condition', 'as']]],
];

// the same sentences without the quotes give the same cues
const unquoted = cases.map(([s, want]) => [s.replace(/["“”]/g, ''), want] as [string, [string, string][]]);

// a speaker's quoted sentence stays a boundary
const boundaries: [string, [string, string][]][] = [
  ['"We will not talk." Norland rejected it.', [['refusal', 'We'], ['refusal', 'rejected']]],
];

// a new name before a short quotation is still the subject of the verb in or after it, and holds the cue
const holders: [string, string, string][] = [
  ['Norland "rejected" the offer from Vesk.', 'refusal', 'norland'],
  ['Norland "firmly" rejected the proposal from Vesk.', 'refusal', 'norland'],
  ['Norland "will not" negotiate with Vesk.', 'refusal', 'norland'],
  ['Brelvania "is ready" to talk to Vesk.', 'engagement', 'brelvania'],
  ['Brelvania “welcomed” the offer of talks from Vesk.', 'engagement', 'brelvania'],
  ['Norland "refuses" to negotiate with Vesk.', 'refusal', 'norland'],
];

const got = (s: string) => analyze(s).cues.map((c) => [c.type, s.slice(c.start).match(/^[\p{L}'’-]+/u)?.[0] ?? ''] as [string, string]);

describe('scare quotes and short quoted phrases inside a clause', () => {
  it.each(cases)('%s', (s, want) => expect(got(s)).toEqual(want));
  it.each(unquoted)('(unquoted) %s', (s, want) => expect(got(s)).toEqual(want));
  it.each(holders)('%s', (s, type, holder) => expect(analyze(s).cues.map((c) => [c.type, c.holder])).toEqual([[type, holder]]));
  it.each(boundaries)('%s', (s, want) => expect(got(s)).toEqual(want));
});
