/**
 * A party hyphened to another word: the tokenizer keeps "U.S.-China" and "U.N.-backed" as one word (it
 * splits "US-China"), and a name hyphened to a participle ("Vesk-backed", "U.S.-based") only modifies the
 * noun after it. Sentences of our own, with invented parties where the name does not matter.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

interface Case {
  text: string;
  /** canonical names that must be among the actors */
  actors?: string[];
  /** canonical names that must not be */
  notActors?: string[];
  /** the canonical name of the holder of the first cue of `type` */
  holder?: string | null;
  type?: 'engagement' | 'refusal' | 'condition';
}

const cases: Case[] = [
  // a dotted acronym before a hyphen names its party, as the undotted one does
  { text: 'U.S.-China talks resumed on Monday.', actors: ['United States', 'China'], notActors: ['U.S.-China'] },
  { text: 'The E.U.-Vesk summit ended after Vesk refused to sign.', actors: ['European Union', 'Vesk'], notActors: ['E.U.-Vesk'], holder: 'Vesk', type: 'refusal' },
  { text: 'The U.S.-brokered ceasefire was rejected by the Halden Front.', actors: ['United States'], notActors: ['U.S.-brokered'] },
  { text: 'U.N.-backed talks between Norland and Vesk resumed on Friday.', actors: ['United Nations'], notActors: ['U.N.-backed'] },
  // a body the party leads, backs or hosts is a party of its own
  { text: 'The U.S.-led coalition rejected the offer.', actors: ['U.S.-led coalition'], holder: 'U.S.-led coalition', type: 'refusal' },
  { text: 'The Saudi-led coalition said it was ready to talk.', actors: ['Saudi-led coalition'], holder: 'Saudi-led coalition', type: 'engagement' },
  { text: 'A U.S.-based union refused to negotiate with the carrier.', holder: 'U.S.-based union', type: 'refusal' },
  { text: 'The U.S.-backed government rejected the talks.', notActors: ['U.S.-backed'], holder: 'U.S.-backed government', type: 'refusal' },
  { text: 'The Russian-installed administration refused to negotiate with the rebels.', holder: 'Russian-installed administration', type: 'refusal' },
  // after a possessive the government is the possessor's
  { text: "Somalia's U.S.-backed government refused to negotiate with the militants.", holder: 'Somalia', type: 'refusal' },
  // a company described with such a modifier is the company the text named
  {
    text: 'Avelon Therapeutics walked away from talks with the health service.\n\nThe U.S.-based drugmaker said it would not launch the drug at the proposed price.',
    holder: 'Avelon Therapeutics',
    type: 'refusal',
  },
  { text: 'Orvane Robotics makes the parts. The US-based company has refused to cut its prices.', holder: 'Orvane Robotics', type: 'refusal' },
  { text: 'Avelon Therapeutics, a U.S.-based drugmaker, said it would not negotiate.', holder: 'Avelon Therapeutics', type: 'refusal' },
  // a company's name ending in a trade word is a company
  { text: 'Kestrel Robotics refused to negotiate with the union.', actors: ['Kestrel Robotics'], holder: 'Kestrel Robotics', type: 'refusal' },
];

describe('parties hyphened to another word', () => {
  for (const k of cases) {
    it(k.text.replace(/\s+/g, ' '), () => {
      const doc = analyze(k.text);
      const names = doc.actors.map((a) => a.name);
      for (const a of k.actors ?? []) expect(names).toContain(a);
      for (const a of k.notActors ?? []) expect(names).not.toContain(a);
      if (k.type) {
        const cue = doc.cues.find((c) => c.type === k.type);
        expect(cue, `a ${k.type} cue`).toBeDefined();
        const holder = doc.actors.find((a) => a.id === cue!.holder)?.name ?? null;
        expect(holder).toBe(k.holder);
      }
    });
  }
});
