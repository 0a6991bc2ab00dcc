/**
 * PREC precision families: words of stance read in another sense, or in a frame that states no stance, in the tuning
 * half of an outside set of 40 real news articles (kept outside the repository; every cue the tool printed was judged
 * from the spec before any change). Each family has invented sentences of other domains on which no cue of the given
 * type may fall on the marked words (`none`), and sentences where the same words are a stance, which must keep it
 * (`keep`).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

interface Case { text: string; words: string; type: 'engagement' | 'refusal' | 'condition' }
interface Family { name: string; none: Case[]; keep: Case[] }

const families: Family[] = [
  {
    name: 'demand as an economic quantity (a forecast or a market move)',
    none: [
      { text: 'The cartel said it expected world fuel demand to average 90 million barrels a day next year.', words: 'demand to average', type: 'condition' },
      { text: 'Copper rallied after the Norland mining board expects demand to build through the spring.', words: 'expects demand to build', type: 'condition' },
      { text: 'The ministry reckons demand is expected to climb through the winter.', words: 'demand', type: 'condition' },
      { text: 'The chairman added that the demand for grain is likely to stay firm in the second half.', words: 'demand for', type: 'condition' },
      { text: 'The bank expects consumer spending to pick up after the holidays.', words: 'expects consumer spending to pick', type: 'condition' },
      { text: 'Exporters in Vesk reported that demand rose 4 percent in May.', words: 'demand', type: 'condition' },
    ],
    keep: [
      { text: 'The Halden union repeated its demand to increase wages for night staff.', words: 'demand to', type: 'condition' },
      { text: 'The rebels demand that the army withdraw from the valley.', words: 'demand that', type: 'condition' },
      { text: 'Norland expects Vesk to withdraw its troops before any talks.', words: 'expects Vesk to withdraw', type: 'condition' },
    ],
  },
  {
    name: "a time judged wrong for the act ('too early to negotiate'): not now, a refusal",
    none: [
      { text: 'The Halden union said it was too soon to sit down with the new owners.', words: 'sit down with', type: 'engagement' },
      { text: 'Norland said it would be premature to resume talks with Vesk.', words: 'resume talks', type: 'engagement' },
      { text: 'The club chairman called it "too early" to sit down with the league over the fees.', words: 'sit down with', type: 'engagement' },
    ],
    keep: [
      { text: 'The Halden union said it was too soon to sit down with the new owners.', words: 'sit down with', type: 'refusal' },
      { text: 'Norland said it would be premature to resume talks with Vesk.', words: 'resume talks', type: 'refusal' },
      { text: 'Vesk agreed early to negotiate with Norland.', words: 'negotiate with', type: 'engagement' },
    ],
  },
  {
    name: 'willingness toward a policy or toward work, not toward a party',
    none: [
      { text: 'The Orvane board remains committed to raising value for its owners.', words: 'committed to raising', type: 'engagement' },
      { text: 'The clinic said it was committed to improving patient outcomes.', words: 'committed to improving', type: 'engagement' },
      { text: 'With the new crews hired and ready to work, the Halden depot reopens on Monday.', words: 'ready to work', type: 'engagement' },
    ],
    keep: [
      { text: 'The Vesk council said it was ready to work with the new owners of the mill.', words: 'ready to work with', type: 'engagement' },
      { text: 'Norland is committed to improving relations with Vesk.', words: 'committed to improving', type: 'engagement' },
      { text: 'The bidder is willing to raise its offer for the Halden mill.', words: 'willing to raise', type: 'engagement' },
    ],
  },
  {
    name: "'provided' as a verb or participle, not the conjunction",
    none: [
      { text: 'Once the new service starts, crews will only empty the bins that the council has provided.', words: 'provided', type: 'condition' },
      { text: 'The Halden school will only accept the forms that parents have provided.', words: 'provided', type: 'condition' },
    ],
    keep: [
      { text: 'Vesk will sign the accord, provided Norland lifts the embargo.', words: 'provided', type: 'condition' },
    ],
  },
  {
    name: "'have to wait and see': no requirement put on a party",
    none: [
      { text: 'Supporters of the club had to wait and see whether their striker was fit.', words: 'had to wait', type: 'condition' },
      { text: 'Investors in the Orvane fund must wait and see how the court rules.', words: 'must wait', type: 'condition' },
    ],
    keep: [
      { text: 'Norland will have to withdraw its troops first, the Vesk envoy said.', words: 'will have to withdraw', type: 'condition' },
    ],
  },
  {
    name: 'a hostile act said to resume in a headline is no engagement',
    none: [
      { text: 'Dock Union Quits Pay Talks, Says Strikes To Resume', words: 'Strikes To Resume', type: 'engagement' },
      { text: 'Border Shelling To Resume After Truce Lapses', words: 'Shelling To Resume', type: 'engagement' },
    ],
    keep: [
      { text: 'Vesk and Norland Envoys To Resume Talks', words: 'Envoys To Resume Talks', type: 'engagement' },
    ],
  },
  {
    name: "asking one's own advisers to speak with the other side is no demand on that side",
    none: [
      { text: "The Orvane board asked its advisers to speak with the bidder's bankers.", words: 'asked its advisers to speak', type: 'condition' },
      { text: 'The club told its lawyers to contact the league on Monday.', words: 'told its lawyers to contact', type: 'condition' },
    ],
    keep: [
      { text: 'The council called on the government to lift the ban.', words: 'called on the government to lift', type: 'condition' },
    ],
  },
  {
    name: 'a clause of how something would be done (the grounds on which …): an open question, no stance',
    none: [
      { text: 'The lenders wanted to know the grounds on which a fresh offer would be made.', words: 'offer would be made', type: 'engagement' },
    ],
    keep: [
      { text: 'Norland said it was willing to give up the port.', words: 'willing to give up', type: 'engagement' },
      { text: 'The union set out terms on which it would accept the offer.', words: 'would accept the offer', type: 'engagement' },
      { text: 'Norland said it would talk to Vesk about what the union wanted.', words: 'would talk to', type: 'engagement' },
    ],
  },
  {
    name: "the content of a refused invitation or offer is the refusal's object, no engagement of its own",
    none: [
      { text: 'It was Vesk that rejected the newest invitation for a restart of the border talks.', words: 'restart of the border talks', type: 'engagement' },
      { text: 'The Halden board rejected the union\'s proposal for a new round of pay talks.', words: 'round of pay talks', type: 'engagement' },
    ],
    keep: [
      { text: 'It was Vesk that rejected the newest invitation for a restart of the border talks.', words: 'rejected', type: 'refusal' },
      { text: 'Vesk accepted an invitation to a meeting with Norland.', words: 'accepted an invitation', type: 'engagement' },
      { text: 'Norland rejected the plan and called for a resumption of talks.', words: 'called for a resumption', type: 'engagement' },
    ],
  },
  {
    name: 'a report that could be made (could / might / may claim, argue, say) states no stance yet',
    none: [
      { text: 'If the truce fails, the Vesk army could claim the rebels are no real partner for any negotiations.', words: 'partner for any negotiations', type: 'refusal' },
      { text: 'Vesk might argue that it never refused talks with Norland.', words: 'refused talks', type: 'refusal' },
      { text: 'Critics may say the Orvane board is ready to sell to the highest bidder.', words: 'ready to sell', type: 'engagement' },
    ],
    keep: [
      { text: 'The spokesman would say only that Norland was ready to talk.', words: 'ready to talk', type: 'engagement' },
      { text: 'The Vesk army claimed the rebels were no real partner for any negotiations.', words: 'partner for any negotiations', type: 'refusal' },
    ],
  },
  {
    name: 'teams drawn to meet in a final or a cup are no parties to talks',
    none: [
      { text: 'The two Vesk clubs will meet in the final on Sunday.', words: 'will meet', type: 'engagement' },
      { text: 'Orvane City and Karsk United will meet in the cup final next month.', words: 'will meet', type: 'engagement' },
      { text: 'Halden Rovers drew with Karsk United and will meet them again in the cup.', words: 'will meet', type: 'engagement' },
    ],
    keep: [
      { text: 'The envoys will meet in the final round of talks next week.', words: 'will meet', type: 'engagement' },
      { text: 'Norland will meet Vesk in Geneva.', words: 'will meet', type: 'engagement' },
    ],
  },
];

const spanOf = (text: string, words: string): [number, number] => {
  const i = text.indexOf(words);
  if (i < 0) throw new Error(`"${words}" not in "${text}"`);
  return [i, i + words.length];
};
const hits = (c: Case) => {
  const [s, e] = spanOf(c.text, c.words);
  return analyze(c.text).cues.filter((x) => x.start < e && x.end > s && x.type === c.type);
};

describe('PREC precision families', () => {
  for (const f of families) {
    describe(f.name, () => {
      for (const c of f.none) it(`no ${c.type}: ${c.text}`, () => expect(hits(c)).toEqual([]));
      for (const c of f.keep) it(`keeps the ${c.type}: ${c.text}`, () => expect(hits(c).length).toBeGreaterThan(0));
    });
  }
});
