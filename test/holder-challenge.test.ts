/**
 * A holder challenge set: news-style sentences of our own, with invented parties, each stating the cue it
 * carries and the party whose stance it is. The cases cover the constructions where a holder goes wrong
 * (reported speech, quotes, passives, relatives, appositions, possessives, nominalisations, object control,
 * coordination, headlines, pronouns, "both sides", first person, adverbials and datelines, "according to"); a
 * second set, also written before the tool was run on it, covers holders set in an earlier sentence, statements
 * opened with a colon, speaker changes between quotes, "X told Y that …", parties pressed or backed by others,
 * one party's offer and another's answer, parties named together or set against each other, accusations, titles
 * after a name, a party's spokesmen and sources, conditions of an embedded subject, and datelines naming a place.
 *
 * A case with `known` is a known failure (the tool finds no cue there, or gives it another holder); every
 * other case must pass. The test reports the counts per construction.
 */
import { challengeSuite, judgeText, type Outcome } from './helpers/challenge.js';

type Construction =
  | 'reported'
  | 'quote-after'
  | 'quote-apart'
  | 'passive-by'
  | 'passive-agentless'
  | 'relative'
  | 'apposition'
  | 'possessive'
  | 'nominalisation'
  | 'object-control'
  | 'coordination'
  | 'headline'
  | 'pronoun'
  | 'both-sides'
  | 'first-person'
  | 'adverbial'
  | 'according-to'
  | 'condition-speaker'
  | 'carried-over'
  | 'statement-colon'
  | 'speaker-change'
  | 'told-that'
  | 'urged-by'
  | 'offer-answer'
  | 'joint'
  | 'accused-of'
  | 'title-after'
  | 'party-voice'
  | 'embedded-condition'
  | 'dateline';

type CueType = 'engagement' | 'refusal' | 'condition';

export interface ChallengeCase {
  c: Construction;
  text: string;
  /** the cue's type (or the types a careful reader could give it) */
  type: CueType | CueType[];
  /** words of the text the cue's span must overlap (first occurrence) */
  at: string;
  /** the names the holder may go by (canonical name of the holder or of its affiliation) */
  holder: string[];
  /** a known failure: 'nocue' when no cue of the type is found there, 'holder' when another party holds it */
  known?: 'nocue' | 'holder';
}

export const CASES: ChallengeCase[] = [
  // reported speech: the speaker is not the holder
  { c: 'reported', text: "Vesk's foreign minister, Marek Tiller, said on Tuesday that Norland had refused to resume the border talks.", type: 'refusal', at: 'refused', holder: ['Norland'] },
  { c: 'reported', text: "Norland's prime minister said Vesk was ready to negotiate a ceasefire.", type: 'engagement', at: 'ready to negotiate', holder: ['Vesk'] },
  { c: 'reported', text: 'Officials in Brelvania told reporters that the rebels had rejected the peace plan.', type: 'refusal', at: 'rejected', holder: ['rebels'] },
  { c: 'reported', text: "The Halden Workers' Union said Bellmont Steel had refused to meet its negotiators.", type: 'refusal', at: 'refused', holder: ['Bellmont Steel'] },
  { c: 'reported', text: "Toravia's defence minister Ivo Strand accused Kestria of walking out of the talks.", type: 'refusal', at: 'walking out', holder: ['Kestria'], known: 'nocue' },
  { c: 'reported', text: 'A spokesman for the Red Ridge Front said Toravia would not negotiate with armed groups.', type: 'refusal', at: 'would not negotiate', holder: ['Toravia'] },
  { c: 'reported', text: 'Analysts at the Kellan Institute say Norland is eager to engage with Vesk.', type: 'engagement', at: 'eager to engage', holder: ['Norland'] },
  { c: 'reported', text: 'Union leader Sona Brandt said Zelmark Foods had agreed to reopen pay talks.', type: 'engagement', at: 'agreed', holder: ['Zelmark Foods'] },
  { c: 'reported', text: "Brelvania's president, Oren Kalev, said his country would never accept the proposal.", type: 'refusal', at: 'never accept', holder: ['Oren Kalev', 'Brelvania'] },
  { c: 'reported', text: 'Diplomats in Darmin believe Orlesia has ruled out direct talks with the rebels.', type: 'refusal', at: 'ruled out', holder: ['Orlesia'] },
  { c: 'reported', text: "Vesk's foreign minister said Norland had refused to discuss the border.", type: 'refusal', at: 'refused', holder: ['Norland'] },
  { c: 'reported', text: 'Norland accused Vesk of refusing to negotiate.', type: 'refusal', at: 'refusing', holder: ['Vesk'], known: 'nocue' },
  { c: 'reported', text: 'Kestria blamed Orlesia for the collapse of the talks, saying Orlesia had refused every compromise.', type: 'refusal', at: 'refused', holder: ['Orlesia'] },
  { c: 'reported', text: "Brelvania's envoy told the council that the rebels were ready to talk.", type: 'engagement', at: 'ready to talk', holder: ['rebels'] },
  { c: 'reported', text: "Tessin Air said the Pilots' Guild had rejected its offer.", type: 'refusal', at: 'rejected', holder: ["Pilots' Guild"] },
  { c: 'reported', text: 'A senior official in Tallo said Norland was unwilling to compromise.', type: 'refusal', at: 'unwilling', holder: ['Norland'] },
  { c: 'reported', text: "The Kellan Institute's director, Lara Fenn, noted that Vesk had offered to hold talks.", type: 'engagement', at: 'offered', holder: ['Vesk'] },
  { c: 'reported', text: 'Norland said it would not negotiate with Vesk.', type: 'refusal', at: 'would not negotiate', holder: ['Norland'] },

  // quotes with the speaker after the quote
  { c: 'quote-after', text: '"We will not negotiate under threat," Vesk\'s foreign minister, Marek Tiller, said on Monday.', type: 'refusal', at: 'will not negotiate', holder: ['Marek Tiller', 'Vesk'] },
  { c: 'quote-after', text: '"We are ready to sit down with anyone," said Oren Kalev, Brelvania\'s president.', type: 'engagement', at: 'ready to sit down', holder: ['Oren Kalev', 'Brelvania'] },
  { c: 'quote-after', text: '"The offer is not acceptable," the Halden Workers\' Union said in a statement.', type: 'refusal', at: 'not acceptable', holder: ["Halden Workers' Union"] },
  { c: 'quote-after', text: '"Talks can only start once the shelling stops," a Toravian army spokesman said.', type: 'condition', at: 'only start once', holder: ['Toravia', 'Toravian army'] },
  { c: 'quote-after', text: '"We have no intention of returning to the table," Bellmont Steel chief executive Nela Paskova told reporters.', type: 'refusal', at: 'no intention', holder: ['Nela Paskova', 'Bellmont Steel'] },
  { c: 'quote-after', text: 'Vesk\'s foreign minister Marek Tiller spoke after the meeting. "Norland has refused every proposal we made," Tiller said.', type: 'refusal', at: 'refused', holder: ['Norland'] },
  { c: 'quote-after', text: '"We would welcome talks with Kestria," said the Orlesian foreign ministry.', type: 'engagement', at: 'welcome talks', holder: ['Orlesia'] },
  { c: 'quote-after', text: '"We remain open to dialogue," said Dafna Roos, Norland\'s trade minister.', type: 'engagement', at: 'open to dialogue', holder: ['Dafna Roos', 'Norland'] },
  { c: 'quote-after', text: '"There will be no talks while our members are in jail," said Tomas Reyl, general secretary of the Port Staff Union.', type: ['refusal', 'condition'], at: 'no talks', holder: ['Tomas Reyl', 'Port Staff Union'] },

  // quotes whose speaker is named in another sentence
  { c: 'quote-apart', text: 'Kestria\'s president Edvin Sarro was blunt. "We will not return to the talks until the blockade is lifted."', type: 'refusal', at: 'will not return', holder: ['Edvin Sarro', 'Kestria'] },
  { c: 'quote-apart', text: '"We will not return to the talks until the blockade is lifted." Those were the words of Kestria\'s president, Edvin Sarro, on Friday.', type: 'refusal', at: 'will not return', holder: ['Edvin Sarro', 'Kestria'] },
  { c: 'quote-apart', text: 'The Kessa Brigades issued a statement on Sunday. "We reject any deal that leaves the army in our villages."', type: 'refusal', at: 'reject', holder: ['Kessa Brigades'] },
  { c: 'quote-apart', text: 'Norland\'s trade minister Dafna Roos spoke to reporters in Darmin. "We are eager to reach a deal with Vesk," she said.', type: 'engagement', at: 'eager', holder: ['Dafna Roos', 'Norland'] },
  { c: 'quote-apart', text: 'The Port Staff Union held a rally on Saturday. "There will be no talks while our members are in jail."', type: ['refusal', 'condition'], at: 'no talks', holder: ['Port Staff Union'] },
  { c: 'quote-apart', text: 'Vesk answered within hours. "Norland must first withdraw its troops," the foreign ministry said.', type: 'condition', at: 'must first withdraw', holder: ['Vesk'] },
  { c: 'quote-apart', text: 'Hana Velder, the Kestrian envoy, left the meeting early. "We are not interested in these talks," she told reporters afterwards.', type: 'refusal', at: 'not interested', holder: ['Hana Velder', 'Kestria'] },
  { c: 'quote-apart', text: 'Nurses gathered outside the ministry in Darmin. "We are prepared to talk, but not to give up our pay rise," said their spokeswoman, Mira Kolt.', type: 'engagement', at: 'prepared to talk', holder: ['Mira Kolt', 'nurses'] },

  // passives with a by-agent
  { c: 'passive-by', text: "The offer was rejected by the Halden Workers' Union on Thursday.", type: 'refusal', at: 'rejected', holder: ["Halden Workers' Union"] },
  { c: 'passive-by', text: 'The ceasefire proposal was turned down by Vesk.', type: 'refusal', at: 'turned down', holder: ['Vesk'] },
  { c: 'passive-by', text: 'A draft deal was accepted by Brelvania late on Monday.', type: 'engagement', at: 'accepted', holder: ['Brelvania'] },
  { c: 'passive-by', text: "The invitation to the summit was declined by Toravia's president, Aleks Varo.", type: 'refusal', at: 'declined', holder: ['Aleks Varo', 'Toravia'] },
  { c: 'passive-by', text: 'Calls for a new round of talks have been rejected by the Kessa Brigades.', type: 'refusal', at: 'rejected', holder: ['Kessa Brigades'] },
  { c: 'passive-by', text: 'The pay offer, rejected by the nurses in a vote on Friday, would have raised wages by four percent.', type: 'refusal', at: 'rejected', holder: ['nurses'] },
  { c: 'passive-by', text: 'Norland said the proposal had been rejected by Vesk.', type: 'refusal', at: 'rejected', holder: ['Vesk'] },
  { c: 'passive-by', text: 'The talks were boycotted by opposition lawmakers.', type: 'refusal', at: 'boycotted', holder: ['opposition lawmakers', 'opposition'] },
  { c: 'passive-by', text: "Norland's proposal was accepted by the rebels on Monday.", type: 'engagement', at: 'accepted', holder: ['rebels'] },

  // passives with no agent
  { c: 'passive-agentless', text: 'Norland made an offer of talks to Vesk on Monday, but it was rejected.', type: 'refusal', at: 'rejected', holder: ['Vesk'], known: 'holder' },
  { c: 'passive-agentless', text: "The Halden Workers' Union's demands were rejected on Friday, Bellmont Steel said.", type: 'refusal', at: 'rejected', holder: ['Bellmont Steel'] },
  { c: 'passive-agentless', text: "Kestria's proposal for a ceasefire was turned down, the Orlesian foreign ministry said.", type: 'refusal', at: 'turned down', holder: ['Orlesia'] },
  { c: 'passive-agentless', text: 'The peace plan was rejected outright, a spokesman for the Kessa Brigades told reporters.', type: 'refusal', at: 'rejected', holder: ['Kessa Brigades'] },
  { c: 'passive-agentless', text: 'Vesk was invited to the talks but declined.', type: 'refusal', at: 'declined', holder: ['Vesk'] },
  { c: 'passive-agentless', text: "Zelmark Foods' bid for Orvena Group was rejected on Tuesday.", type: 'refusal', at: 'rejected', holder: ['Orvena Group'] },

  // relative clauses
  { c: 'relative', text: "The Halden Workers' Union, which rejected the offer last week, will hold a vote on Monday.", type: 'refusal', at: 'rejected', holder: ["Halden Workers' Union"] },
  { c: 'relative', text: 'Vesk, which has refused to negotiate since March, accused Norland of bad faith.', type: 'refusal', at: 'refused', holder: ['Vesk'] },
  { c: 'relative', text: 'Analysts said Kestria, which had agreed to talks in principle, was now stalling.', type: 'engagement', at: 'agreed', holder: ['Kestria'] },
  { c: 'relative', text: 'The rebels, who walked out of the talks in May, say they are ready to return.', type: 'refusal', at: 'walked out', holder: ['rebels'] },
  { c: 'relative', text: 'The rebels, who walked out of the talks in May, say they are ready to return.', type: 'engagement', at: 'ready to return', holder: ['rebels'] },
  { c: 'relative', text: 'Norland sent a delegation to Vesk, which refused to receive it.', type: 'refusal', at: 'refused', holder: ['Vesk'] },
  { c: 'relative', text: 'It was Brelvania that rejected the proposal.', type: 'refusal', at: 'rejected', holder: ['Brelvania'] },
  { c: 'relative', text: 'Farmers who oppose the trade deal said they would boycott the talks.', type: 'refusal', at: 'boycott', holder: ['farmers'] },
  { c: 'relative', text: 'Norland welcomed the decision by Vesk, which had earlier ruled out any talks, to send a delegation.', type: 'refusal', at: 'ruled out', holder: ['Vesk'] },
  { c: 'relative', text: 'Bellmont Steel, whose managers refused to meet the union, is losing money.', type: 'refusal', at: 'refused', holder: ['Bellmont Steel'] },

  // appositions
  { c: 'apposition', text: 'The Norland president, Karl Demmer, rejected the proposal on Monday.', type: 'refusal', at: 'rejected', holder: ['Karl Demmer', 'Norland'] },
  { c: 'apposition', text: "Edvin Sarro, Kestria's president, said he was ready to meet his Orlesian counterpart.", type: 'engagement', at: 'ready to meet', holder: ['Edvin Sarro', 'Kestria'] },
  { c: 'apposition', text: "The largest union, the Halden Workers' Union, refused to sign the agreement.", type: 'refusal', at: 'refused', holder: ["Halden Workers' Union"] },
  { c: 'apposition', text: "Vesk's chief negotiator, Petra Lind, walked out of the talks on Thursday.", type: 'refusal', at: 'walked out', holder: ['Petra Lind', 'Vesk'] },
  { c: 'apposition', text: "Bellmont Steel, the country's biggest employer, said it was willing to reopen talks with the union.", type: 'engagement', at: 'willing', holder: ['Bellmont Steel'] },
  { c: 'apposition', text: "Orlesia's closest ally, Brelvania, has refused to join the talks.", type: 'refusal', at: 'refused', holder: ['Brelvania'] },
  { c: 'apposition', text: "Tessin Air's owner, the Kavra Group, has agreed to negotiate with the pilots.", type: 'engagement', at: 'agreed', holder: ['Kavra Group'] },

  // possessive holders
  { c: 'possessive', text: "Norland's refusal to negotiate has angered Vesk.", type: 'refusal', at: 'refusal', holder: ['Norland'] },
  { c: 'possessive', text: "Vesk welcomed Norland's willingness to resume the talks.", type: 'engagement', at: 'willingness', holder: ['Norland'], known: 'holder' },
  { c: 'possessive', text: "The Port Staff Union's rejection of the offer surprised Tessin Air.", type: 'refusal', at: 'rejection', holder: ['Port Staff Union'] },
  { c: 'possessive', text: "Kestria's decision to boycott the summit drew criticism from Orlesia.", type: 'refusal', at: 'boycott', holder: ['Kestria'] },
  { c: 'possessive', text: "Brelvania criticised Toravia's refusal to attend the talks.", type: 'refusal', at: 'refusal', holder: ['Toravia'] },
  { c: 'possessive', text: "The rebels' demand for a prisoner release has stalled the talks.", type: 'condition', at: 'demand', holder: ['rebels'] },
  { c: 'possessive', text: "Officials in Vesk dismissed Norland's readiness to talk as a stunt.", type: 'engagement', at: 'readiness', holder: ['Norland'] },
  { c: 'possessive', text: "Vesk's president said Norland's conditions for talks were unacceptable.", type: 'refusal', at: 'unacceptable', holder: ['Vesk'] },

  // nominalisations
  { c: 'nominalisation', text: "The Halden Workers' Union's call for talks was welcomed by Bellmont Steel.", type: 'engagement', at: 'call for talks', holder: ["Halden Workers' Union"], known: 'holder' },
  { c: 'nominalisation', text: "Vesk's offer of talks came a day after the border clash.", type: 'engagement', at: 'offer of talks', holder: ['Vesk'], known: 'nocue' },
  { c: 'nominalisation', text: 'A proposal by Brelvania to hold talks in Darmin was rejected by Kestria.', type: 'refusal', at: 'rejected', holder: ['Kestria'] },
  { c: 'nominalisation', text: 'The boycott of the summit by Toravia has left the talks in doubt.', type: 'refusal', at: 'boycott', holder: ['Toravia'] },
  { c: 'nominalisation', text: "Norland's insistence on a full withdrawal has blocked a deal.", type: 'condition', at: 'insistence', holder: ['Norland'] },
  { c: 'nominalisation', text: 'The refusal by the miners to end their strike has hit exports.', type: 'refusal', at: 'refusal', holder: ['miners'], known: 'nocue' },
  { c: 'nominalisation', text: "Vesk's demand that Norland withdraw its troops was repeated on Sunday.", type: 'condition', at: 'demand', holder: ['Vesk'] },
  { c: 'nominalisation', text: "Norland rejected the rebels' demand for a ceasefire.", type: 'refusal', at: 'rejected', holder: ['Norland'] },

  // infinitive complements with object control: the urger holds, not the one urged (issue #10's reading; the gold
  // guide, fixtures/eval/README.md "Third parties", makes "urged both sides to return" no stance of the urger, and
  // the tool finds no cue there: those cases are known 'nocue'; since the call-on-to rule is silent on a call to
  // begin, join or resume talks, a call to engage and no term, so are "called on X to join the talks" and "asked X to
  // resume negotiations")
  { c: 'object-control', text: 'Norland urged Vesk to return to the talks.', type: ['engagement', 'condition'], at: 'return to the talks', holder: ['Norland'], known: 'nocue' },
  { c: 'object-control', text: 'Orlesia called on Kestria to join the talks.', type: ['engagement', 'condition'], at: 'join the talks', holder: ['Orlesia'], known: 'nocue' },
  { c: 'object-control', text: 'Brelvania pressed Toravia to accept the peace plan.', type: ['engagement', 'condition'], at: 'accept', holder: ['Brelvania'] },
  { c: 'object-control', text: "Bellmont Steel asked the Halden Workers' Union to resume negotiations.", type: ['engagement', 'condition'], at: 'resume negotiations', holder: ['Bellmont Steel'], known: 'nocue' },
  { c: 'object-control', text: 'Orlesia has invited Kestria to attend the talks in Darmin.', type: 'engagement', at: 'invited', holder: ['Orlesia'] },
  { c: 'object-control', text: "Norland's foreign minister, Karl Demmer, urged Vesk to drop its conditions for talks.", type: ['engagement', 'condition'], at: 'urged', holder: ['Karl Demmer', 'Norland'] },
  { c: 'object-control', text: 'Vesk told Norland to stop the shelling before any talks.', type: 'condition', at: 'before any talks', holder: ['Vesk'], known: 'nocue' },
  { c: 'object-control', text: 'Brelvania encouraged the rebels to take part in the talks.', type: ['engagement', 'condition'], at: 'take part', holder: ['Brelvania'], known: 'nocue' },
  { c: 'object-control', text: 'Vesk finally persuaded Norland to join the talks.', type: 'engagement', at: 'join the talks', holder: ['Norland'], known: 'holder' },

  // coordination
  { c: 'coordination', text: 'Norland and Vesk agreed to resume talks on Monday.', type: 'engagement', at: 'agreed', holder: ['Norland', 'Vesk'] },
  { c: 'coordination', text: "The Halden Workers' Union and Bellmont Steel have agreed to meet next week.", type: 'engagement', at: 'agreed to meet', holder: ["Halden Workers' Union", 'Bellmont Steel'] },
  { c: 'coordination', text: 'Kestria and Orlesia both rejected the plan.', type: 'refusal', at: 'rejected', holder: ['Kestria', 'Orlesia'] },
  { c: 'coordination', text: 'Brelvania rejected the proposal and Toravia accepted it.', type: 'refusal', at: 'rejected', holder: ['Brelvania'] },
  { c: 'coordination', text: 'Brelvania rejected the proposal and Toravia accepted it.', type: 'engagement', at: 'accepted', holder: ['Toravia'], known: 'nocue' },
  { c: 'coordination', text: 'Norland refused to attend, while Vesk said it was ready to talk.', type: 'refusal', at: 'refused', holder: ['Norland'] },
  { c: 'coordination', text: 'Norland refused to attend, while Vesk said it was ready to talk.', type: 'engagement', at: 'ready to talk', holder: ['Vesk'] },
  { c: 'coordination', text: 'The Kessa Brigades rejected the offer, but the Toravian government said it remained open to dialogue.', type: 'refusal', at: 'rejected', holder: ['Kessa Brigades'] },
  { c: 'coordination', text: 'The Kessa Brigades rejected the offer, but the Toravian government said it remained open to dialogue.', type: 'engagement', at: 'open to dialogue', holder: ['Toravia'] },
  { c: 'coordination', text: 'Neither Norland nor Vesk is willing to negotiate.', type: 'refusal', at: 'willing', holder: ['Norland', 'Vesk'] },

  // headlines
  { c: 'headline', text: "Union rejects pay offer\n\nThe Halden Workers' Union on Tuesday rejected a pay offer from Bellmont Steel.", type: 'refusal', at: 'rejects', holder: ["Halden Workers' Union"] },
  { c: 'headline', text: 'Vesk ready for talks, says minister\n\nVesk is ready to hold talks with Norland, its foreign minister Marek Tiller said.', type: 'engagement', at: 'ready for talks', holder: ['Vesk'] },
  { c: 'headline', text: 'Rebels walk out of peace talks\n\nThe Red Ridge Front walked out of the talks in Darmin on Friday.', type: 'refusal', at: 'walk out', holder: ['Red Ridge Front', 'rebels'] },
  { c: 'headline', text: 'Norland rules out talks with Vesk\n\nNorland will not negotiate with Vesk, officials said.', type: 'refusal', at: 'rules out', holder: ['Norland'] },
  { c: 'headline', text: 'Miners agree to talks\n\nStriking miners in Orlesia said on Sunday they would meet the mine owners.', type: 'engagement', at: 'agree to talks', holder: ['miners'], known: 'holder' },
  { c: 'headline', text: "Kestria refuses to attend summit\n\nKestria will not attend next month's summit in Tallo, its president said.", type: 'refusal', at: 'refuses', holder: ['Kestria'] },

  // pronouns across sentences
  { c: 'pronoun', text: 'Vesk has accused Norland of stalling. It says it will not resume talks until the sanctions are lifted.', type: 'refusal', at: 'will not resume', holder: ['Vesk'] },
  { c: 'pronoun', text: "Kestria's president Edvin Sarro arrived in Darmin on Monday. He refused to meet the Norland leader.", type: 'refusal', at: 'refused', holder: ['Edvin Sarro', 'Kestria'] },
  { c: 'pronoun', text: "The Halden Workers' Union held a vote on Friday. Its members rejected the company's latest offer.", type: 'refusal', at: 'rejected', holder: ["Halden Workers' Union"] },
  { c: 'pronoun', text: 'Orlesia hosted the talks last year. This time it has refused to take part.', type: 'refusal', at: 'refused', holder: ['Orlesia'] },
  { c: 'pronoun', text: 'The rebels have lost ground this year. They now say they are open to talks with the government.', type: 'engagement', at: 'open to talks', holder: ['rebels'] },
  { c: 'pronoun', text: 'Zelmark Foods made a second bid for Orvena Group. Orvena said it would reject the bid.', type: 'refusal', at: 'reject', holder: ['Orvena Group'] },
  { c: 'pronoun', text: 'Norland sent its envoy to Tallo on Monday. Vesk said it was not ready to receive him.', type: 'refusal', at: 'not ready', holder: ['Vesk'] },

  // both sides
  { c: 'both-sides', text: 'Norland and Vesk met in Tallo on Monday. Both sides said they were ready to resume talks.', type: 'engagement', at: 'ready to resume', holder: ['Norland', 'Vesk'] },
  { c: 'both-sides', text: 'After the clashes between the Red Ridge Front and the Toravian army, both sides agreed to a truce.', type: 'engagement', at: 'agreed', holder: ['Red Ridge Front', 'Toravia', 'Toravian army'] },
  { c: 'both-sides', text: "The Halden Workers' Union and Bellmont Steel have been at odds for months. Both sides have now agreed to mediation.", type: 'engagement', at: 'agreed', holder: ["Halden Workers' Union", 'Bellmont Steel'] },
  { c: 'both-sides', text: "Kestria and Orlesia have rejected each other's proposals, and neither side is willing to negotiate.", type: 'refusal', at: 'willing', holder: ['Kestria', 'Orlesia'] },

  // first person in quotes
  { c: 'first-person', text: '"We will not negotiate," the rebels said.', type: 'refusal', at: 'will not negotiate', holder: ['rebels'] },
  { c: 'first-person', text: '"We are ready to talk to Norland at any time," Vesk\'s foreign minister said.', type: 'engagement', at: 'ready to talk', holder: ['Vesk'] },
  { c: 'first-person', text: '"I will never sign this deal," said Karl Demmer, Norland\'s president.', type: 'refusal', at: 'never sign', holder: ['Karl Demmer', 'Norland'] },
  { c: 'first-person', text: '"Our union will not accept a pay cut," Tomas Reyl of the Port Staff Union said.', type: 'refusal', at: 'will not accept', holder: ['Tomas Reyl', 'Port Staff Union'] },
  { c: 'first-person', text: '"We reject this proposal and we reject the threats that came with it," the Kessa Brigades said in a statement.', type: 'refusal', at: 'reject', holder: ['Kessa Brigades'] },
  { c: 'first-person', text: '"They refused to even read our proposal," said Petra Lind, Vesk\'s chief negotiator, of the Norland delegation.', type: 'refusal', at: 'refused', holder: ['Norland'], known: 'holder' },
  { c: 'first-person', text: '"If Norland lifts the blockade, we will come to the table," Vesk\'s president said.', type: 'condition', at: 'If Norland lifts', holder: ['Vesk'] },

  // sentence-initial adverbials and datelines
  { c: 'adverbial', text: 'DARMIN, May 2 - Norland on Tuesday rejected a proposal from Vesk to reopen the border.', type: 'refusal', at: 'rejected', holder: ['Norland'] },
  { c: 'adverbial', text: 'TALLO, June 4 (Kestrel News) - Vesk said on Friday it was ready to negotiate with Norland.', type: 'engagement', at: 'ready to negotiate', holder: ['Vesk'] },
  { c: 'adverbial', text: 'On Monday, Brelvania refused to sign the agreement.', type: 'refusal', at: 'refused', holder: ['Brelvania'] },
  { c: 'adverbial', text: 'After weeks of fighting, the Red Ridge Front agreed to a ceasefire.', type: 'engagement', at: 'agreed', holder: ['Red Ridge Front'] },
  { c: 'adverbial', text: 'In a statement on Sunday, Kestria ruled out any talks with the rebels.', type: 'refusal', at: 'ruled out', holder: ['Kestria'] },
  { c: 'adverbial', text: 'Despite pressure from Orlesia, Toravia has refused to return to the talks.', type: 'refusal', at: 'refused', holder: ['Toravia'] },
  { c: 'adverbial', text: 'HALDEN, March 9 - Striking dock workers rejected a new pay offer from Tessin Air on Saturday.', type: 'refusal', at: 'rejected', holder: ['dock workers', 'workers'], known: 'holder' },
  { c: 'adverbial', text: "Earlier this week, Norland's trade minister Dafna Roos said she was open to talks with Vesk.", type: 'engagement', at: 'open to talks', holder: ['Dafna Roos', 'Norland'] },
  { c: 'adverbial', text: 'Vesk welcomed the plan. Norland, however, said it would reject any deal that left troops in place.', type: 'refusal', at: 'reject', holder: ['Norland'] },

  // "according to"
  { c: 'according-to', text: "According to Vesk's foreign ministry, Norland has refused to return to the talks.", type: 'refusal', at: 'refused', holder: ['Norland'] },
  { c: 'according-to', text: 'Kestria is ready to negotiate, according to its president.', type: 'engagement', at: 'ready to negotiate', holder: ['Kestria'] },
  { c: 'according-to', text: "According to the Halden Workers' Union, Bellmont Steel has rejected every proposal.", type: 'refusal', at: 'rejected', holder: ['Bellmont Steel'] },
  { c: 'according-to', text: 'The rebels have agreed to a prisoner exchange, according to Toravian officials.', type: 'engagement', at: 'agreed', holder: ['rebels'] },
  { c: 'according-to', text: 'According to diplomats, Orlesia wants Brelvania to withdraw its troops before talks.', type: 'condition', at: 'before talks', holder: ['Orlesia'], known: 'nocue' },
  { c: 'according-to', text: 'Norland will not attend the summit, according to a statement from its foreign ministry.', type: 'refusal', at: 'will not attend', holder: ['Norland'] },

  // conditions: the one who sets them holds them, not the one who must meet them
  { c: 'condition-speaker', text: 'Vesk said Norland must withdraw its troops before any talks can begin.', type: 'condition', at: 'must withdraw', holder: ['Vesk'] },
  { c: 'condition-speaker', text: 'Norland will only return to the talks if Vesk releases the prisoners, its foreign minister said.', type: 'condition', at: 'if Vesk releases', holder: ['Norland'] },
  { c: 'condition-speaker', text: 'The Kessa Brigades said any deal depends on the army leaving the valley.', type: 'condition', at: 'depends on', holder: ['Kessa Brigades'] },
  { c: 'condition-speaker', text: "Kestria's president said Orlesia must first recognise the border.", type: 'condition', at: 'must first recognise', holder: ['Kestria'] },
  { c: 'condition-speaker', text: 'Vesk says talks hinge on Norland lifting the sanctions.', type: 'condition', at: 'hinge on', holder: ['Vesk'] },
  { c: 'condition-speaker', text: "The Halden Workers' Union insists that Bellmont Steel scrap the pay cut before talks resume.", type: 'condition', at: 'before talks resume', holder: ["Halden Workers' Union"], known: 'nocue' },

  // ---- second set (written before the tool was run on it): holders set across sentences, speaker changes,
  // addressees, backers and joiners, titles after the name, a party's voice, conditions of an embedded subject,
  // datelines that name a place ----

  // the holder set in an earlier sentence
  { c: 'carried-over', text: 'The Port Staff Union said the offer fell short. It added that it would not sign any deal without a pay rise.', type: 'refusal', at: 'would not sign', holder: ['Port Staff Union'] },
  { c: 'carried-over', text: '"We have waited long enough," said Dafna Roos, Norland\'s trade minister. "We will not take part in another round of talks."', type: 'refusal', at: 'will not take part', holder: ['Dafna Roos', 'Norland'] },
  { c: 'carried-over', text: '"Vesk has made its choice," Karl Demmer said. "Now we are ready to talk to anyone who wants peace."', type: 'engagement', at: 'ready to talk', holder: ['Karl Demmer'] },
  { c: 'carried-over', text: "Orlesia's president Mila Strand spoke for an hour. She said her government was open to talks with Kestria but would not lift the blockade first.", type: 'engagement', at: 'open to talks', holder: ['Mila Strand', 'Orlesia'] },
  { c: 'carried-over', text: "Orlesia's president Mila Strand spoke for an hour. She said her government was open to talks with Kestria but would not lift the blockade first.", type: 'refusal', at: 'would not lift', holder: ['Mila Strand', 'Orlesia'] },
  { c: 'carried-over', text: 'The Red Ridge Front has issued a list of demands. Its leaders say they will only negotiate if the army leaves the valley.', type: 'condition', at: 'if the army leaves', holder: ['Red Ridge Front'] },
  { c: 'carried-over', text: 'Bellmont Steel released a statement late on Friday. The company said it had no plans to reopen talks with the union.', type: 'refusal', at: 'no plans', holder: ['Bellmont Steel'] },
  { c: 'carried-over', text: 'Talks between the two sides collapsed in May. Since then, Toravia has refused to send a delegation.', type: 'refusal', at: 'refused', holder: ['Toravia'] },
  { c: 'carried-over', text: "Zelmark Foods wants to buy Orvena Group. On Tuesday, Orvena's board said it would reject any offer below 40 crowns a share.", type: 'refusal', at: 'reject', holder: ['Orvena Group', 'Orvena'] },
  { c: 'carried-over', text: 'Kestria rejected the plan on Monday. Its chief negotiator, Edvin Sarro, said Kestria would not return to the table.', type: 'refusal', at: 'would not return', holder: ['Kestria', 'Edvin Sarro'] },
  { c: 'carried-over', text: 'Norland offered Vesk talks on Monday. Vesk dismissed the offer within hours.', type: 'refusal', at: 'dismissed', holder: ['Vesk'] },
  { c: 'carried-over', text: 'Tessin Air has written to the pilots. The airline says it is willing to meet the Pilots\' Guild next week.', type: 'engagement', at: 'willing', holder: ['Tessin Air'] },

  // a statement or speech opened in one sentence or paragraph, its words in the next
  { c: 'statement-colon', text: 'The Kessa Brigades said in a statement: "We reject the plan and will not attend the talks."', type: 'refusal', at: 'will not attend', holder: ['Kessa Brigades'] },
  { c: 'statement-colon', text: 'In a statement, the Kessa Brigades said: "We are ready to join the talks in Darmin."', type: 'engagement', at: 'ready to join', holder: ['Kessa Brigades'] },
  { c: 'statement-colon', text: 'Vesk\'s foreign ministry said in a statement on Monday:\n\n"We are prepared to negotiate with Norland without preconditions."', type: 'engagement', at: 'prepared to negotiate', holder: ['Vesk'] },
  { c: 'statement-colon', text: 'Tomas Reyl, general secretary of the Port Staff Union, told members: "We will not sign anything until Tessin Air drops the pay cut."', type: 'condition', at: 'until Tessin Air drops', holder: ['Tomas Reyl', 'Port Staff Union'] },
  { c: 'statement-colon', text: 'Karl Demmer addressed parliament on Tuesday.\n\n"I will not meet the rebels while they hold our soldiers," the president said.', type: ['refusal', 'condition'], at: 'will not meet', holder: ['Karl Demmer'], known: 'holder' },
  { c: 'statement-colon', text: 'The Halden Workers\' Union put out a short statement. "Our members have voted. The offer is rejected."', type: 'refusal', at: 'rejected', holder: ["Halden Workers' Union"] },

  // the speaker changes between quotations
  { c: 'speaker-change', text: '"We will not sign," said Vesk\'s envoy, Petra Lind. "We are ready to sign today," replied Norland\'s envoy, Karl Demmer.', type: 'engagement', at: 'ready to sign', holder: ['Karl Demmer', 'Norland'] },
  { c: 'speaker-change', text: '"We will not sign," said Vesk\'s envoy, Petra Lind. "We are ready to sign today," replied Norland\'s envoy, Karl Demmer.', type: 'refusal', at: 'will not sign', holder: ['Petra Lind', 'Vesk'] },
  { c: 'speaker-change', text: '"The strike will go on," Tomas Reyl of the Port Staff Union told reporters. Tessin Air chief executive Ida Marsh answered within the hour. "We remain willing to meet the union at any time."', type: 'engagement', at: 'willing to meet', holder: ['Ida Marsh', 'Tessin Air'] },
  { c: 'speaker-change', text: '"Norland has never been serious about peace," Vesk\'s president said. Norland\'s foreign minister hit back: "We have offered talks three times."', type: 'engagement', at: 'offered talks', holder: ['Norland'] },
  { c: 'speaker-change', text: "Kestria's envoy said his country would not attend. Orlesia's foreign minister, Hana Velder, said in reply: \"We are still ready to host the talks.\"", type: 'engagement', at: 'ready to host', holder: ['Hana Velder', 'Orlesia'] },
  { c: 'speaker-change', text: "Kestria's envoy said his country would not attend. Orlesia's foreign minister, Hana Velder, said in reply: \"We are still ready to host the talks.\"", type: 'refusal', at: 'would not attend', holder: ['Kestria'] },
  { c: 'speaker-change', text: '"We reject this plan," the rebels said in a statement. The Toravian government said it was ready to sign the plan.', type: 'engagement', at: 'ready to sign', holder: ['Toravia'] },
  { c: 'speaker-change', text: '"We will not negotiate with armed groups," Toravia\'s defence minister said. The Red Ridge Front said it was ready to talk.', type: 'engagement', at: 'ready to talk', holder: ['Red Ridge Front'] },
  { c: 'speaker-change', text: '"We are open to talks," said Jonas Weld of Bellmont Steel. "We are not," said Ana Perrin of the Halden Workers\' Union.', type: 'engagement', at: 'open to talks', holder: ['Jonas Weld', 'Bellmont Steel'] },

  // "X told Y that …": X holds it, Y is the addressee
  { c: 'told-that', text: 'Norland told Vesk that it would not attend the summit.', type: 'refusal', at: 'would not attend', holder: ['Norland'] },
  { c: 'told-that', text: "Vesk's president, Aren Holt, told the Norland envoy that he was ready to meet Karl Demmer in Tallo.", type: 'engagement', at: 'ready to meet', holder: ['Aren Holt', 'Vesk'] },
  { c: 'told-that', text: "Bellmont Steel told the Halden Workers' Union on Monday that it was willing to reopen talks.", type: 'engagement', at: 'willing', holder: ['Bellmont Steel'] },
  { c: 'told-that', text: 'The rebels told Toravian mediators they would not return to the talks.', type: 'refusal', at: 'would not return', holder: ['rebels'] },
  { c: 'told-that', text: 'Orlesia told Kestria it must withdraw its troops before any talks.', type: 'condition', at: 'must withdraw', holder: ['Orlesia'], known: 'nocue' },
  { c: 'told-that', text: 'Hana Velder told Kestrian diplomats that Orlesia had refused to meet them.', type: 'refusal', at: 'refused', holder: ['Orlesia'] },
  { c: 'told-that', text: 'Tessin Air told the pilots in a letter that it would not reopen the pay deal.', type: 'refusal', at: 'would not reopen', holder: ['Tessin Air'] },

  // pressed or backed by another party: the one who acts holds it
  { c: 'urged-by', text: "Vesk, urged by Norland's allies, agreed to return to the talks.", type: 'engagement', at: 'agreed', holder: ['Vesk'] },
  { c: 'urged-by', text: 'Under pressure from Orlesia, Kestria agreed to attend the talks.', type: 'engagement', at: 'agreed', holder: ['Kestria'] },
  { c: 'urged-by', text: "Pressed by its members, the Halden Workers' Union rejected the offer.", type: 'refusal', at: 'rejected', holder: ["Halden Workers' Union"] },
  { c: 'urged-by', text: 'Encouraged by Brelvania, the rebels said they were open to talks.', type: 'engagement', at: 'open to talks', holder: ['rebels'] },
  { c: 'urged-by', text: 'Toravia, at the request of Orlesia, agreed to host the talks.', type: 'engagement', at: 'agreed', holder: ['Toravia'] },
  { c: 'urged-by', text: 'Vesk, backed by Brelvania, rejected the peace plan.', type: 'refusal', at: 'rejected', holder: ['Vesk'] },
  { c: 'urged-by', text: 'Backed by its allies, Norland refused to resume the talks.', type: 'refusal', at: 'refused', holder: ['Norland'] },
  { c: 'urged-by', text: 'The Red Ridge Front, supported by the Kessa Brigades, has walked out of the talks.', type: 'refusal', at: 'walked out', holder: ['Red Ridge Front'] },
  { c: 'urged-by', text: 'With the support of Toravia, Orlesia agreed to meet the rebels.', type: 'engagement', at: 'agreed', holder: ['Orlesia'] },
  { c: 'urged-by', text: 'After a call from Brelvania\'s president, Toravia said it was ready to negotiate.', type: 'engagement', at: 'ready to negotiate', holder: ['Toravia'] },

  // one party's offer, another's answer
  { c: 'offer-answer', text: "Norland's call for talks was welcomed by Vesk.", type: 'engagement', at: 'welcomed', holder: ['Vesk'] },
  { c: 'offer-answer', text: "The Kessa Brigades' offer of a ceasefire was rejected by Toravia.", type: 'refusal', at: 'rejected', holder: ['Toravia'] },
  { c: 'offer-answer', text: "Toravia rejected the Kessa Brigades' offer of a ceasefire.", type: 'refusal', at: 'rejected', holder: ['Toravia'] },
  { c: 'offer-answer', text: "Orvena Group dismissed Zelmark Foods' offer as too low.", type: 'refusal', at: 'dismissed', holder: ['Orvena Group'] },
  { c: 'offer-answer', text: "Zelmark Foods' offer was dismissed as too low by Orvena Group.", type: 'refusal', at: 'dismissed', holder: ['Orvena Group'] },
  { c: 'offer-answer', text: "Bellmont Steel's latest offer was rejected by the union's members on Friday.", type: 'refusal', at: 'rejected', holder: ['union', 'union members'] },
  { c: 'offer-answer', text: "Vesk turned down Norland's invitation to the summit.", type: 'refusal', at: 'turned down', holder: ['Vesk'] },
  { c: 'offer-answer', text: "Norland's invitation to the summit was turned down by Vesk.", type: 'refusal', at: 'turned down', holder: ['Vesk'] },
  { c: 'offer-answer', text: "Kestria accepted Orlesia's offer to host the talks.", type: 'engagement', at: 'accepted', holder: ['Kestria'] },

  // several parties named together, or one set against another
  { c: 'joint', text: 'Norland and Vesk held talks in Tallo on Monday.', type: 'engagement', at: 'held talks', holder: ['Norland', 'Vesk'] },
  { c: 'joint', text: 'Kestria, as well as Orlesia, has rejected the plan.', type: 'refusal', at: 'rejected', holder: ['Kestria', 'Orlesia'] },
  { c: 'joint', text: 'Vesk, not Norland, walked out of the talks.', type: 'refusal', at: 'walked out', holder: ['Vesk'] },
  { c: 'joint', text: 'It was Vesk, not Norland, that rejected the offer.', type: 'refusal', at: 'rejected', holder: ['Vesk'] },
  { c: 'joint', text: 'Neither Kestria nor Orlesia has agreed to the ceasefire.', type: 'refusal', at: 'agreed', holder: ['Kestria', 'Orlesia'] },
  { c: 'joint', text: 'Toravia was joined by Brelvania in rejecting the proposal.', type: 'refusal', at: 'rejecting', holder: ['Toravia', 'Brelvania'] },
  { c: 'joint', text: 'Orlesia followed Kestria in agreeing to the talks.', type: 'engagement', at: 'agreeing', holder: ['Orlesia', 'Kestria'] },
  { c: 'joint', text: 'Norland, along with Vesk, has agreed to attend the summit.', type: 'engagement', at: 'agreed', holder: ['Norland', 'Vesk'] },
  { c: 'joint', text: 'Norland and Vesk met in Tallo. The two leaders agreed to meet again in June.', type: 'engagement', at: 'agreed', holder: ['Norland', 'Vesk'] },
  { c: 'joint', text: 'The two governments have agreed to resume talks, Norland and Vesk said in a joint statement.', type: 'engagement', at: 'agreed', holder: ['Norland', 'Vesk'] },
  { c: 'joint', text: 'Unlike Vesk, Norland has refused to sign the accord.', type: 'refusal', at: 'refused', holder: ['Norland'] },

  // an accusation names the one accused as acting
  { c: 'accused-of', text: 'Norland accused Vesk of rejecting every proposal.', type: 'refusal', at: 'rejecting', holder: ['Vesk'], known: 'nocue' },
  { c: 'accused-of', text: 'The Port Staff Union accused Tessin Air of refusing to meet its negotiators.', type: 'refusal', at: 'refusing', holder: ['Tessin Air'], known: 'nocue' },

  // a person named first, the title or body after the name
  { c: 'title-after', text: "Ana Perrin, the Halden Workers' Union's general secretary, said the union would not accept the offer.", type: 'refusal', at: 'would not accept', holder: ["Halden Workers' Union", 'Ana Perrin'] },
  { c: 'title-after', text: "Ana Perrin, general secretary of the Halden Workers' Union, rejected the offer.", type: 'refusal', at: 'rejected', holder: ['Ana Perrin', "Halden Workers' Union"] },
  { c: 'title-after', text: 'Jonas Weld, chief executive of Bellmont Steel, said he was ready to meet the union.', type: 'engagement', at: 'ready to meet', holder: ['Jonas Weld', 'Bellmont Steel'] },
  { c: 'title-after', text: 'Mira Sol, a senior negotiator for Vesk, walked out of the talks on Thursday.', type: 'refusal', at: 'walked out', holder: ['Mira Sol', 'Vesk'] },
  { c: 'title-after', text: "Karl Demmer, who heads Norland's delegation, said Norland would not sign.", type: 'refusal', at: 'would not sign', holder: ['Norland'] },
  { c: 'title-after', text: 'Lena Fisk, an analyst at the Kellan Institute, said Vesk was ready to talk.', type: 'engagement', at: 'ready to talk', holder: ['Vesk'] },
  { c: 'title-after', text: 'The minister, Dafna Roos, said Norland would never accept the plan.', type: 'refusal', at: 'never accept', holder: ['Norland'] },
  { c: 'title-after', text: 'Edvin Sarro, the Kestrian president, refused to meet the Orlesian envoy.', type: 'refusal', at: 'refused', holder: ['Edvin Sarro', 'Kestria'] },

  // a party's voice: spokesmen, sources, officials, negotiators
  { c: 'party-voice', text: 'A spokesman for the Kessa Brigades said the group would not attend the talks.', type: 'refusal', at: 'would not attend', holder: ['Kessa Brigades'] },
  { c: 'party-voice', text: 'A spokeswoman for Tessin Air said the airline remained open to talks with the pilots.', type: 'engagement', at: 'open to talks', holder: ['Tessin Air'] },
  { c: 'party-voice', text: 'Sources close to the Norland government said it had rejected the offer.', type: 'refusal', at: 'rejected', holder: ['Norland'] },
  { c: 'party-voice', text: "Sources close to Vesk's president said he would refuse to meet Karl Demmer.", type: 'refusal', at: 'refuse', holder: ['Vesk'] },
  { c: 'party-voice', text: 'Norland has not replied to the invitation. Officials in Darmin, the Norland capital, said they would not attend the summit.', type: 'refusal', at: 'would not attend', holder: ['Norland'] },
  { c: 'party-voice', text: "Vesk's spokesman said the country would not attend the summit.", type: 'refusal', at: 'would not attend', holder: ['Vesk'] },
  { c: 'party-voice', text: "Brelvania's foreign ministry spokesman said Toravia must first release the prisoners.", type: 'condition', at: 'must first release', holder: ['Brelvania'] },
  { c: 'party-voice', text: "Kestria's chief negotiator refused to sign the draft on Friday.", type: 'refusal', at: 'refused', holder: ['Kestria'] },
  { c: 'party-voice', text: 'Members of the Pilots\' Guild voted to reject the offer from Tessin Air.', type: 'refusal', at: 'reject', holder: ["Pilots' Guild"] },

  // a condition stated for an embedded subject is that subject's
  { c: 'embedded-condition', text: 'Norland said Vesk would only talk if the sanctions were lifted.', type: 'condition', at: 'if the sanctions', holder: ['Vesk'] },
  { c: 'embedded-condition', text: "The Halden Workers' Union said Bellmont Steel would only reopen talks if the strike ended.", type: 'condition', at: 'if the strike ended', holder: ['Bellmont Steel'] },
  { c: 'embedded-condition', text: 'Diplomats said Orlesia would attend the talks only if Kestria withdrew its troops.', type: 'condition', at: 'only if Kestria', holder: ['Orlesia'] },
  { c: 'embedded-condition', text: 'Vesk said Norland had refused to talk until the blockade was lifted.', type: 'condition', at: 'until the blockade', holder: ['Norland'] },
  { c: 'embedded-condition', text: 'Toravia said the rebels would not return to the talks unless the army withdrew.', type: 'condition', at: 'unless the army', holder: ['rebels'] },
  { c: 'embedded-condition', text: 'According to Brelvania, the rebels will only negotiate once the shelling stops.', type: 'condition', at: 'once the shelling', holder: ['rebels'] },
  { c: 'embedded-condition', text: 'Kestria said that if Orlesia lifted the blockade, it would return to the talks.', type: 'condition', at: 'if Orlesia lifted', holder: ['Kestria'] },

  // datelines and fronted phrases that name a place or a party
  { c: 'dateline', text: 'OSTREL, Jan 5 (Kestrel News) - The Port Staff Union said on Sunday it had rejected the new offer from Tessin Air.', type: 'refusal', at: 'rejected', holder: ['Port Staff Union'] },
  { c: 'dateline', text: 'DARMIN (Kestrel News) - Norland is ready to resume talks with Vesk, its foreign minister said on Monday.', type: 'engagement', at: 'ready to resume', holder: ['Norland'] },
  { c: 'dateline', text: 'TALLO, Norland - Vesk walked out of the border talks on Wednesday.', type: 'refusal', at: 'walked out', holder: ['Vesk'] },
  { c: 'dateline', text: 'DARMIN, Norland, March 3 - Striking nurses agreed on Friday to meet hospital managers.', type: 'engagement', at: 'agreed', holder: ['nurses'], known: 'holder' },
  { c: 'dateline', text: 'Late on Tuesday, after hours of talks, the Kessa Brigades agreed to a ceasefire.', type: 'engagement', at: 'agreed', holder: ['Kessa Brigades'] },
  { c: 'dateline', text: 'For the first time since the war, Kestria said it was willing to talk to Orlesia.', type: 'engagement', at: 'willing', holder: ['Kestria'] },
  { c: 'dateline', text: "In Darmin on Monday, Vesk's foreign minister rejected the plan.", type: 'refusal', at: 'rejected', holder: ['Vesk'] },
  { c: 'dateline', text: "Speaking in Tallo, Norland's president said he would not meet the rebels.", type: 'refusal', at: 'would not meet', holder: ['Norland'] },
  { c: 'dateline', text: "Asked about the talks, Vesk's foreign minister said Vesk was not ready to negotiate.", type: 'refusal', at: 'not ready', holder: ['Vesk'] },
  { c: 'dateline', text: 'At a rally in Darmin, Norland opposition leaders said they would boycott the talks.', type: 'refusal', at: 'boycott', holder: ['Norland opposition leaders', 'Norland opposition', 'opposition', 'opposition leaders', 'Norland'] },
];

export type { Outcome } from './helpers/challenge.js';

/** what the tool makes of one case: the holder right, another holder, or no cue of the type there */
export function outcome(k: ChallengeCase): { outcome: Outcome; got: string[]; partyFound?: boolean } {
  return judgeText(k);
}

challengeSuite('holder challenge set', CASES, outcome);
