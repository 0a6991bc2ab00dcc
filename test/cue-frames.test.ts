/**
 * Issue 9: cue frames of general news English, with invented and common-noun parties — every
 * sentence is written here (none comes from an eval file). Each case states the cue types the whole
 * pipeline prints, in text order; some also state a condition's demanded text or a holder.
 *
 *  - item 1: a cue is found from the language, whatever the party (unknown name, common noun, none);
 *  - conditions beyond if/unless (obligations, deadlines, until, threats, exchanges, "without a guarantee");
 *  - engagement frames (phoning a counterpart, hammering out, in talks, channels, overtures, invitations);
 *  - sentence boundaries: no cue or negation chain crosses `."` / `.”` before another script;
 *  - operators: negation and its scope, negative subjects, "has yet to", denials, "not without".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

const types = (text: string) => analyze(text).cues.map((c) => c.type);

type Case = [text: string, types: string[]];

const PARTIES: Case[] = [
  // the table of issue 9
  ['Farmers refused to negotiate with the government.', ['refusal']],
  ['The union refused to negotiate with management.', ['refusal']],
  ['Zorvania refused to negotiate with Plurim.', ['refusal']],
  ['Moscow blocked the draft resolution at the council.', ['refusal']],
  ['The cabinet is against any dialogue with the militia.', ['refusal']],
  ['The union has turned its back on the talks.', ['refusal']],
  ['The president phoned his Kenyan counterpart to discuss the peace plan.', ['engagement']],
  ['Both governments are hammering out an agreement.', ['engagement']],
  ['The militia must first hand over its weapons, the minister said.', ['condition']],
  // more parties of every kind
  ['Shop owners refused to meet the mayor.', ['refusal']],
  ['Management rejected the union\'s offer.', ['refusal']],
  ['The government refused to negotiate with farmers.', ['refusal']],
  ['Brelvania agreed to resume talks with Ostrania.', ['engagement']],
  ['Kalimbo said he was ready to meet Vostrik.', ['engagement']],
  ['Talks were rejected.', ['refusal']],
  ['The union said the ministry must respond by Friday or the strike would go ahead.', ['condition']],
  ['The government must first stop the raids, the farmers said.', ['condition']],
  ['The onus is on Plurim to make the next move, the envoy said.', ['condition']],
  ['“Mr. Zorvek himself must show his commitment to reform,” the opposition leader said.', ['condition']],
];

const CONDITIONS: [text: string, types: string[], demand: string][] = [
  ['Zorvania said the militia must first hand over its weapons.', ['condition'], 'must first hand over its weapons'],
  ['The minister said all sides must honour the ceasefire.', ['condition'], 'must honour the ceasefire'],
  ['Farmers gave the government until Friday to meet their demands or face more protests.', ['condition'], 'Friday to meet their demands or face more protests'],
  ['The rebels will not talk until the army withdraws from the valley.', ['refusal', 'condition'], 'the army withdraws from the valley'],
  ['Zorvania threatened more sanctions if diplomacy fails.', ['condition'], 'diplomacy fails'],
  ['Plurim will join the talks only when the shelling stops.', ['engagement', 'condition'], 'the shelling stops'],
  ['The union will return to work as soon as the ministry pays the arrears.', ['engagement', 'condition'], 'ministry pays the arrears'],
  ['Zorvania offered to lift the embargo in return for the release of prisoners.', ['engagement', 'condition'], 'the release of prisoners'],
  ['The lenders offered new loans in exchange for reforms.', ['condition'], 'reforms'],
  ['The rebels agreed to a truce on condition that the army pulls back.', ['engagement', 'condition'], 'the army pulls back'],
  ['Farmers will keep talking as long as the subsidies stay.', ['engagement', 'condition'], 'the subsidies stay'],
  ['Zorvania is looking for concrete steps by Plurim before any meeting.', ['condition'], 'Plurim before any meeting'],
  ['The release of the prisoners is a prerequisite for any deal, Plurim said.', ['condition'], 'any deal'],
  ['Management demanded that the union call off the strike.', ['condition'], 'that the union call off the strike'],
  ['Zorvania gave Plurim a deadline of Friday to withdraw.', ['condition'], 'of Friday to withdraw'],
  ['Zorvania will not negotiate until Plurim withdraws.', ['refusal', 'condition'], 'Plurim withdraws'],
  ['The union will not sign without first seeing the accounts.', ['refusal', 'condition'], 'the accounts'],
  ['The coalition refused to attend without a prior commitment that the leader will step down.', ['refusal', 'condition'], 'that the leader will step down'],
];

const ENGAGEMENT: Case[] = [
  ['Zorvania\'s foreign minister called his Plurim counterpart to discuss the border.', ['engagement']],
  ['The minister spoke by phone with her Plurim counterpart about the crisis.', ['engagement']],
  ['Negotiators hammered out a deal overnight.', ['engagement']],
  ['Zorvania and Plurim are in talks over the pipeline.', ['engagement']],
  ['The union is in talks with management.', ['engagement']],
  ['Zorvania has opened channels to the rebels.', ['engagement']],
  ['The two sides reopened channels of communication.', ['engagement']],
  ['Zorvania offered to mediate between the two sides.', ['engagement']],
  ['Plurim offered to host the talks.', ['engagement']],
  ['The union welcomed the offer.', ['engagement']],
  ['Zorvania is ready to resume talks.', ['engagement']],
  ['Plurim said it was prepared to negotiate.', ['engagement']],
  ['The government is open to dialogue with farmers.', ['engagement']],
  ['Zorvania kept the door open to talks.', ['engagement']],
  ['Zorvania extended an invitation to the rebel leaders.', ['engagement']],
  ['The rebels accepted an invitation to the talks.', ['engagement']],
  ['Management agreed to meet the union next week.', ['engagement']],
  ['Farmers agreed to meet the minister.', ['engagement']],
  ['Zorvania will send a delegation to the talks.', ['engagement']],
  ['Zorvania made an overture to Plurim.', ['engagement']],
  ['Zorvania held out an olive branch to the rebels.', ['engagement']],
  ['Zorvania established contact with the rebels.', ['engagement']],
  ['Talks between Zorvania and Plurim are under way.', ['engagement']],
  ['Zorvania and Plurim remain in talks.', ['engagement']],
  // the same words meaning something else
  ['The broadcaster opened a new channel for sport.', []],
  ['The union was in the streets on Monday.', []],
  ['Zorvania will send troops to the border.', []],
];

const BOUNDARIES: Case[] = [
  ['Iran\'s minister said: "We will not negotiate." שלום Iran rejected talks.', ['refusal', 'refusal']],
  ['Zorvania said: "We will not negotiate." مرحبا Zorvania rejected talks.', ['refusal', 'refusal']],
  ['Zorvania said: "We will not negotiate." 你好 Zorvania rejected talks.', ['refusal', 'refusal']],
  ['Zorvania said: "We will not negotiate." and then Plurim agreed to talks.', ['refusal', 'engagement']],
  ['Zorvania said: "We will not negotiate!" Plurim agreed to talks.', ['refusal', 'engagement']],
  ['Zorvania said: “We will not negotiate.” שלום Plurim agreed to talks.', ['refusal', 'engagement']],
  ['Zorvania said: “We will not negotiate!” שלום Plurim agreed to talks.', ['refusal', 'engagement']],
  ['Zorvania said: \'We will not negotiate.\' Plurim agreed to talks.', ['refusal', 'engagement']],
  ['Zorvania said: "Will we negotiate?" Plurim agreed to talks.', ['engagement']],
  ['Zorvania will not. Plurim agreed to talks.', ['engagement']],
  ['Zorvania said: “We will not negotiate!”你好 Plurim agreed to talks.', ['refusal', 'engagement']],
  ['Zorvania said: “We will not negotiate.”שלום Plurim rejected talks.', ['refusal', 'refusal']],
];

const OPERATORS: Case[] = [
  ['Zorvania did not rule out talks with Plurim.', ['engagement']],
  ['Zorvania no longer refuses to negotiate with Plurim.', ['engagement']],
  ['Zorvania is not ready to negotiate with Plurim.', ['refusal']],
  ['Zorvania refused to rule out talks with Plurim.', ['engagement']],
  ['Zorvania declined to rule out a deal.', ['engagement']],
  ['Zorvania would never negotiate with Plurim.', ['refusal']],
  ['Zorvania will not negotiate without guarantees.', ['refusal', 'condition']],
  ['Zorvania did not reject the offer.', ['engagement']],
  ['Zorvania has not refused to meet Plurim.', ['engagement']],
  ['Zorvania is no longer willing to talk.', ['refusal']],
  ['Zorvania is not opposed to talks with Plurim.', ['engagement']],
  ['Zorvania does not oppose talks with Plurim.', ['engagement']],
  ['Zorvania did not walk out of the talks.', ['engagement']],
  ['Zorvania has not yet agreed to talks.', ['refusal']],
  ['Zorvania has yet to agree to talks.', ['refusal']],
  ['None of the parties wants to negotiate.', ['refusal']],
  ['Nobody in Zorvania wants to negotiate.', ['refusal']],
  ['Neither side is willing to compromise.', ['refusal']],
  ['Zorvania denied that it had refused to negotiate.', ['engagement']],
  ['Zorvania denied it would negotiate with Plurim.', ['refusal']],
  ['Zorvania cannot accept the proposal.', ['refusal']],
  ['Zorvania would not negotiate, but Plurim agreed to talks.', ['refusal', 'engagement']],
  ['Zorvania would not say whether it would negotiate.', []],
];

describe('issue 9: a cue whatever its party', () => {
  it.each(PARTIES)('%j', (text, expected) => expect(types(text)).toEqual(expected));
  it('the holder of a requirement named by a speaker in words is no one known, not the party it falls on', () => {
    const [c] = analyze('The militia must first hand over its weapons, the minister said.').cues;
    expect(c?.holder).toBeNull();
    expect(c?.target).toBe('militia');
  });
  it('a requirement stated of no party is none ("we must", "diplomacy must")', () => {
    expect(types('We must work harder, the minister said.')).toEqual([]);
  });
});

describe('issue 9: conditions beyond if/unless', () => {
  it.each(CONDITIONS)('%j', (text, expected, demand) => {
    const cues = analyze(text).cues;
    expect(cues.map((c) => c.type)).toEqual(expected);
    expect(cues.find((c) => c.type === 'condition')?.condition?.text).toBe(demand);
  });
});

describe('issue 9: engagement frames', () => {
  it.each(ENGAGEMENT)('%j', (text, expected) => expect(types(text)).toEqual(expected));
});

describe('issue 9: sentence boundaries', () => {
  it.each(BOUNDARIES)('%j', (text, expected) => expect(types(text)).toEqual(expected));
});

describe('issue 9: operators', () => {
  it.each(OPERATORS)('%j', (text, expected) => expect(types(text)).toEqual(expected));
});

describe('issue 9: a requirement on oneself or on anyone is no condition', () => {
  it.each(['We must work harder, the minister said.', 'The envoy said that in diplomacy "you have to talk to people you dislike."'])('%j', (text) =>
    expect(types(text).filter((t) => t === 'condition')).toEqual([]),
  );
});

describe('issue 9: a fronted if-clause is the condition of the main clause, which keeps its stance', () => {
  it.each([
    ['If Norland lifts the blockade, Valdoria would return to the talks.', ['condition', 'engagement']],
    ['If the talks settle the border row, the party would reconsider its position.', ['condition', 'engagement']],
    ['Valdoria asked whether Norland would negotiate.', []],
    ['Valdoria would return to the talks if Norland lifted the blockade.', ['engagement', 'condition']],
  ] as Case[])('%j', (text, expected) => expect(types(text)).toEqual(expected));
});

// ending, lifting or giving up a refusal is engagement: the refusal noun is the reversal's object, not
// a second stance that flips the polarity again; refusing to stop talks is engagement too
const REVERSALS: Case[] = [
  ['Zorvania ended its boycott of the talks.', ['engagement']],
  ['The dockers called off the boycott.', ['engagement']],
  ['Plurim lifted its veto on the draft resolution.', ['engagement']],
  ['The Kestrel party dropped its opposition to the deal.', ['engagement']],
  ['Zorvania abandoned its objections to the peace plan.', ['engagement']],
  ['The ministry withdrew its rejection of the offer.', ['engagement']],
  ['The rebels reversed their rejection of the ceasefire.', ['engagement']],
  ['Plurim gave up its resistance to the mediation.', ['engagement']],
  ['Zorvania did not lift its veto on the resolution.', ['refusal']],
  ['Zorvania refused to end its boycott of the talks.', ['refusal']],
  ['The rebels refused to stop the talks.', ['engagement']],
  ['The government refused to halt the negotiations.', ['engagement']],
  ['The union refused to suspend the talks with management.', ['engagement']],
  ['The council refused to end the dialogue with Plurim.', ['engagement']],
  ['Zorvania stopped the talks with Plurim.', ['refusal']],
  // the refusal alone stays a refusal
  ['Zorvania announced a boycott of the talks.', ['refusal']],
  ['The Kestrel party voiced its opposition to the deal.', ['refusal']],
];

describe('issue 9: reversals of a refusal', () => {
  it.each(REVERSALS)('%j', (text, expected) => expect(types(text)).toEqual(expected));
});

// a prefixed irregular verb's participle, which compromise's conjugator leaves out, is one of its forms
describe('issue 9: participles of prefixed irregular verbs', () => {
  it.each([
    ['The frozen talks were unfrozen by Plurim in May.', ['engagement']],
    ['Zorvania had unfrozen the talks with Plurim.', ['engagement']],
  ] as Case[])('%j', (text, expected) => expect(types(text)).toEqual(expected));
});
