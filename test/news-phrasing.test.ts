/**
 * Stance phrasings common in news, on sentences written for this test: each line
 * states the cue types it must yield (in text order) and, where it matters, the holder.
 * A second list holds news sentences with trigger-like words that carry no stance.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

const cases: [string, string[], string?][] = [
  ["Iran's foreign minister said on Tuesday his government was ready to resume negotiations with the United States.", ['engagement'], 'IRN'],
  ['Israel rejected the proposal, calling it a publicity stunt.', ['refusal'], 'ISR'],
  ['Russian officials have repeatedly ruled out direct talks with Ukraine.', ['refusal'], 'russian-officials'],
  ['North Korea will not negotiate with Washington, the state news agency said.', ['refusal'], 'PRK'],
  ['The Kremlin said it welcomed the offer of mediation from Turkey.', ['engagement'], 'RUS'],
  ['Hamas demanded the release of 50 prisoners in exchange for the hostages.', ['condition', 'condition']],
  ['Venezuela turned down an invitation to attend the summit in Lima.', ['refusal'], 'VEN'],
  ['Beijing said it remained committed to a diplomatic solution.', ['engagement'], 'CHN'],
  ["Ethiopia dismissed Egypt's offer of talks as insincere.", ['refusal'], 'ETH'],
  ['Pakistan threatened to pull out of the agreement if sanctions were imposed.', ['refusal', 'condition'], 'PAK'],
  // conditional engagement: an engagement and the condition it waits for (spec: "would not return … unless …")
  ['Kosovo said it would resume talks once Serbia recognised its independence.', ['engagement', 'condition'], 'XKX'],
  ['Peru said the offer was a non-starter.', ['refusal'], 'PER'],
  ['Chile has agreed in principle to a truce.', ['engagement'], 'CHL'],
  ['The two sides met in Geneva for a third round of talks.', ['engagement']],
  ['Norway softened its stance on fishing quotas.', ['engagement'], 'NOR'],
  ['Ghana said Togo must end the blockade before any talks.', ['condition'], 'GHA'],
  ['Mali backed out of the deal at the last minute.', ['refusal'], 'MLI'],
  ['Chile Will Not Withdraw Soldiers from Bolivia', ['refusal'], 'CHL'],
  ['Peru said it remains open to any fair proposal.', ['engagement'], 'PER'],
  ['Talks stalled after a bloc of coastal states balked at the draft.', ['refusal'], 'coastal-states'],
  ['Small island states threatened to walk out.', ['refusal'], 'small-island-states'],
  ['The nurses voted to accept the offer.', ['engagement'], 'nurses'],
  ['Norway will not give up its fishing quotas.', ['refusal'], 'NOR'],
  ['Zambia insisted on Friday it would not allow foreign monitors into the count.', ['refusal'], 'ZMB'],
  ['Chad said it would not sign the accord until the arrest warrants issued by the court are lifted.', ['refusal', 'condition'], 'TCD'],
  ['Japan sees no reason to withdraw its soldiers from the region.', ['refusal'], 'JPN'],
  ['Peru believes an accord could be signed within days.', ['engagement'], 'PER'],
  ['The Kenyan Press Association quoted Mali as saying a deal with the rebels will be signed on Friday.', ['engagement'], 'MLI'],
];

const silent = [
  'The company reported a 5 percent rise in quarterly profit on Tuesday.',
  'Analysts expect the central bank to raise interest rates in March.',
  'The deal, valued at $3 billion, is the largest in the sector this year.',
  'The court will rule on the case next month.',
  'The president met his wife at university in 1985.',
  'The report called for more investment in schools.',
  'The team refused to give up and won the match in extra time.',
  'The meeting in the capital drew thousands of people.',
  'The ministry declined to comment on the negotiations.',
  // imposed, not held
  'The regulator forced the strikers to return to work.',
  // a trigger does not run across a comma
  'Sudan will come back, an agreement or not.',
  // ruling out a hostile act is no stance toward talks
  'The carmaker did not rule out a hostile bid.',
];

describe('news phrasings', () => {
  for (const [text, types, holder] of cases) {
    it(text, () => {
      const doc = analyze(text);
      expect(doc.cues.map((c) => c.type)).toEqual(types);
      // the holder, or the party it belongs to ("Iran's foreign minister", a person of Iran), as eval scores it
      if (holder) {
        const h = doc.cues[0]!.holder;
        expect([h, doc.actors.find((a) => a.id === h)?.affiliation]).toContain(holder);
      }
    });
  }
});

describe('no stance here', () => {
  it.each(silent)('%s', (text) => {
    expect(analyze(text).cues).toEqual([]);
  });
});
