/**
 * Probe sentences for the cue stage (issue #9), written for this test in wire-service style with
 * invented and real parties and common-noun groups: plain refusals, conditions and engagement in
 * active, passive, nominalised, infinitive, modal, negated and reported frames, and sentences whose
 * trigger-like words carry no stance. Each case names the cue type, a word of its span and, where it
 * matters, the holder (its name, or its affiliation's, as eval scores it).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

type Probe = [text: string, type: 'engagement' | 'refusal' | 'condition', span: string, holder?: string];

const probes: Probe[] = [
  // refusals
  ['Russia vetoed the draft resolution calling for a truce.', 'refusal', 'vetoed', 'Russia'],
  ['The offer was rejected by the union within hours.', 'refusal', 'rejected'],
  ["The workers' rejection of the deal came as a surprise.", 'refusal', 'rejection'],
  ['Residents voted down the settlement offered by the mining company.', 'refusal', 'voted down'],
  ['The opposition said it would shun the elections.', 'refusal', 'shun'],
  ['Union leaders stormed out of the meeting.', 'refusal', 'stormed out'],
  ['Halvard has so far resisted calls to negotiate.', 'refusal', 'resisted'],
  ['Norland pulled out of the peace conference in Geneva.', 'refusal', 'pulled out'],
  // conditions
  ['The union said it would return to work only if the company restored the bonus.', 'condition', 'only if'],
  ['The merger remains subject to approval by shareholders, the board said.', 'condition', 'subject to'],
  ['The rebels offered to free the hostages in exchange for a prisoner release.', 'condition', 'in exchange for'],
  ['Norland has given Sorvia until Friday to respond.', 'condition', 'until'],
  ['Norland said any deal would require Sorvia to withdraw its troops.', 'condition', 'require'],
  ['Halvard called on the rebels to disarm before elections.', 'condition', 'called on'],
  // engagement
  ['Norland said it would consider the offer.', 'engagement', 'consider'],
  ["The nurses' union said it was willing to return to the table.", 'engagement', 'willing'],
  ['Bexland reached out to the new government in Kador.', 'engagement', 'reached out'],
  ['"We have reached out through several channels," the minister said.', 'engagement', 'reached out'],
  ['The union said it had bargained in good faith for months.', 'engagement', 'bargained', 'union'],
  ['The company has not negotiated in good faith, the union said.', 'refusal', 'negotiated'],
  ['Norland said its preference was for a diplomatic solution.', 'engagement', 'preference', 'Norland'],
  ['The invitation to Moscow remains on the table, the minister said.', 'engagement', 'invitation'],
  ['The offer of talks still stands, the spokesman said.', 'engagement', 'offer'],
  ['The two leaders spoke by phone on Tuesday.', 'engagement', 'spoke by phone'],
  ['Norland said there was nothing to negotiate.', 'refusal', 'nothing to negotiate', 'Norland'],
  ['"There is nothing to discuss," the spokesman said.', 'refusal', 'nothing to discuss'],
  ['Talks can only resume if the shelling stops, the ministry said.', 'condition', 'if the shelling'],
  ['The rebels will lay down their arms once a new constitution is adopted.', 'condition', 'once a new'],
  ['Norland warned Sorvia to withdraw its troops by Friday or face sanctions.', 'condition', 'warned'],
  ['The rebels spelled out their conditions for a truce.', 'condition', 'spelled out'],
  ['Norland said there could be no deal without a full withdrawal.', 'refusal', 'no deal'],
  ['Norland said there could be no deal without a full withdrawal.', 'condition', 'without'],
  ['A deal will only be possible if Sorvia makes concessions, Norland said.', 'condition', 'possible if'],
  ['Our condition is simple: stop the attacks.', 'condition', 'condition is'],
  ['The board said the revised proposal is not in the best interests of shareholders.', 'refusal', 'not in the best'],
  ['The board said the merger would be in the best interest of shareholders.', 'engagement', 'best interest'],
  ['The board said it would consider any offer that properly reflects the value of the company.', 'condition', 'any offer that'],
  ['Moscow said it would only join talks that took its interests into account.', 'condition', 'only join'],
  ['"We will come back when they bring back a serious offer," the union leader said.', 'engagement', 'come back'],
  ['"We will not lend our names to this budget," the opposition leader said.', 'refusal', 'will not lend'],
  ['The board said it will not open its books to a rival.', 'refusal', 'will not open'],
  ['The ministry said it would not rule out talks with the rebels.', 'engagement', 'rule out'],
  ['"This offer is an insult," the union leader said.', 'refusal', 'insult'],
  ['"We will keep talking," the mediator said.', 'engagement', 'keep talking'],
  // pressure put on, kept up or lifted on the other side's terms: the clause after the conjunction is a condition,
  // whether or not the action reads as a stance, and an action that is a stance stays one
  ['The bus drivers said they would strike on Friday if the city did not reverse the fare cut.', 'condition', 'if the city'],
  ['The crews will stay out until the airline puts a new offer on the table, their union said.', 'condition', 'until the airline'],
  ['The opposition said it would walk out again if the vote was delayed.', 'condition', 'if the vote'],
  ['The opposition said it would walk out again if the vote was delayed.', 'refusal', 'walk out'],
  ['The day the troops leave our valley, we will come to the table.', 'condition', 'The day the troops'],
  ['The blockade will be lifted the minute the ministry reopens the fishing grounds, the skippers said.', 'condition', 'the minute'],
  ['Any deal would have to be cost-neutral for taxpayers, the treasurer said.', 'condition', 'would have to be'],
  ['The union will call off the strike if the company reinstates the dismissed workers.', 'condition', 'if the company'],
  ['"Sack him, and we will be back at the table tomorrow," the union leader said.', 'condition', 'Sack him'],
  // a stance with its condition: the stance is kept beside the condition
  ['The pilots said they would abide by the board\'s ruling provided the board was independent.', 'engagement', 'abide by'],
  ['The pilots said they would abide by the board\'s ruling provided the board was independent.', 'condition', 'provided'],
  // the object before its verb: relative clauses and clefts
  ['The truce, which both militias signed in March, has largely held.', 'engagement', 'signed'],
  ['The accord she negotiated with the strikers is now in doubt.', 'engagement', 'negotiated'],
  ['It was an offer that the nurses declined without a vote.', 'refusal', 'declined'],
  ['"That is not something we will accept," the union leader said.', 'refusal', 'accept'],
  // negative implicatives flip the stance they govern
  ['The board stopped short of endorsing the takeover bid.', 'refusal', 'endorsing'],
  ['The opposition refrained from joining the talks.', 'refusal', 'joining'],
  ['Bexland held back from signing the accord.', 'refusal', 'signing'],
  ['The rebels are far from ready to sign a truce.', 'refusal', 'ready'],
  // a negation negated is none: "no reason not to" is willingness
  ['Ostrava said there was no reason not to hold talks with the rebels.', 'engagement', 'hold talks'],
  // talks and calls named with their parties, counterparts, being in talks, eagerness
  ['Talks between the dockers and the port authority resumed on Monday.', 'engagement', 'resumed'],
  ['A phone call between the two presidents took place on Friday.', 'engagement', 'took place'],
  ['The foreign minister met his Kadorian counterpart in Vienna.', 'engagement', 'counterpart'],
  ['The two banks are in advanced merger talks.', 'engagement', 'talks'],
  ['Zorvania is eager for a deal with its neighbour.', 'engagement', 'eager'],
  // two overlapping matches of one rule are one refusal, not a refusal of a refusal
  ['The opposition said it would stay away from the national dialogue.', 'refusal', 'stay away'],
  // verdicts on talks, answers withheld, positions hardened or eased
  ['Kador said talks with the junta would be a waste of time.', 'refusal', 'waste of time'],
  ['The board has yet to respond to the union\'s offer.', 'refusal', 'respond'],
  ['The farmers toughened their position after the vote.', 'refusal', 'toughened'],
  ['Bexland eased its opposition to the merger.', 'engagement', 'eased'],
  ['The union gave the deal its blessing.', 'engagement', 'blessing'],
  ['The envoy floated the idea of direct talks.', 'engagement', 'floated'],
  ['Two independents said they would vote for the budget.', 'engagement', 'vote for'],
  ['The opposition will vote against the budget bills.', 'refusal', 'vote against'],
  ['Kador invited the rebel commanders and two opposition leaders.', 'engagement', 'invited'],
];

/** a demand verb and the requirement in its complement are one condition */
describe('one condition per demand', () => {
  it('insisting that X should …', () => {
    const cues = analyze('The union is insisting that all teachers in the country should benefit from the new pay.').cues;
    // (one cue, the demand's, running over the requirement it contains)
    const conds = cues.filter((c) => c.type === 'condition').map((c) => c.text);
    expect(conds).toHaveLength(1);
    expect(conds[0]).toMatch(/^insisting that all teachers .* should benefit/);
  });
});

/** sentences that must hold no cue of the type named (or none at all) */
const silent: [string, 'engagement' | 'refusal' | 'condition' | 'any'][] = [
  ['A labour court ordered the dockers to end their strike.', 'any'],
  ['The judge told the company to pay the fine by Friday.', 'condition'],
  ['Officials expect the meeting to last two hours.', 'condition'],
  ['The new law requires employers to consult unions before layoffs.', 'condition'],
  ['Any takeover would require approval from regulators.', 'condition'],
  ['The team walked away from the crash unharmed.', 'any'],
  ['She turned down the volume on the radio.', 'any'],
  ['Police blocked the road to the airport for three hours.', 'any'],
  ['The goalkeeper reached out for the ball.', 'any'],
  ['The minister pulled out of the press conference at the last minute.', 'any'],
  ['The union said it stood by its demand for a 10 percent raise.', 'engagement'],
  ['The two sides kept fighting through the night.', 'any'],
  ['Paris would oppose any deal that lets subsidised cars in through the back door.', 'condition'],
  ['"A panel will decide, which is what we asked for in January," the chairman said.', 'condition'],
  ['"It will not be easy," the minister said.', 'any'],
  ['It will not happen again, the company said.', 'any'],
  ['The ministry said it would not comment on the talks.', 'any'],
  ['Poor nations want to extend the protocol, the only treaty that commits rich nations to cuts.', 'condition'],
  ['"We will not sign," said a rebel spokesman, speaking by telephone from a location he declined to disclose.', 'engagement'],
  ['It is in the best interest of children to sleep early.', 'any'],
  ['Global demand for oil rose sharply in March.', 'any'],
  ['Demand for steel from carmakers has fallen.', 'any'],
  ['Working conditions were harsh, the report said.', 'any'],
  ['The two sides will meet once a month to review the truce.', 'condition'],
  ['The union said it would strike if necessary.', 'condition'],
  ['The day the war ended, the streets were full.', 'condition'],
  ['Under the agreement reached last year, the two sides committed to talks.', 'condition'],
  ['The talks will have to be long and patient, the mediator said.', 'condition'],
  ['The nurses will stay on strike until further notice.', 'condition'],
  ['The buyer acted in good faith when it paid the invoice.', 'any'],
  ['The company said it wanted a bigger share of the market.', 'engagement'],
  ['The book, which the author signed for fans, sold out.', 'any'],
  ['The team stopped short of the final.', 'any'],
  ['The so-called peace talks between the guilds collapsed in May.', 'any'],
  ['The so-called truce held for a week.', 'any'],
  ['A match between the two clubs is scheduled for Sunday.', 'any'],
  ['Fans are hungry for a win.', 'any'],
  ['The storm approached the coast with heavy rain.', 'any'],
  ['The minister did not answer questions about the plan.', 'any'],
  ['Investors say the market undervalues mining stocks.', 'any'],
  ['The ministry invited reporters to a briefing on the budget.', 'any'],
];

const overlaps = (a: [number, number], s: number, e: number) => s < a[1] && e > a[0];

describe('cue probes', () => {
  for (const [text, type, span, holder] of probes) {
    it(`${type}: ${text}`, () => {
      const doc = analyze(text);
      const at = text.indexOf(span);
      expect(at).toBeGreaterThanOrEqual(0);
      const hits = doc.cues.filter((c) => c.type === type && overlaps([at, at + span.length], c.start, c.end));
      expect(hits.length, JSON.stringify(doc.cues.map((c) => [c.type, c.text]))).toBeGreaterThan(0);
      if (holder) {
        const names = hits.flatMap((c) => {
          const a = doc.actors.find((x) => x.id === c.holder);
          const aff = doc.actors.find((x) => x.id === a?.affiliation);
          return [c.holderName, a?.name, aff?.name].filter(Boolean);
        });
        expect(names).toContain(holder);
      }
    });
  }
});

describe('no stance of that type here', () => {
  it.each(silent)('%s', (text, type) => {
    const cues = analyze(text).cues.filter((c) => type === 'any' || c.type === type);
    expect(cues.map((c) => [c.type, c.text])).toEqual([]);
  });
});
