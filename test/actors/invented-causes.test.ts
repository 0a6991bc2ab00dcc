/**
 * Why a holder is lost when every name is new (issue #10, issue #9): sentences of our own, with invented parties
 * only, grouped by the cause that made the tool lose the holder on the invented-names runs of the tuned files
 * (scripts/invent-names.ts): a demonym of a state the gazetteer lacks ("the Fikeban negotiators"), a state's name
 * whose shape is not place-like ("Liluvina", "Bukaged") read as an organisation, a state named only after a
 * preposition ("in Duk Sezok") so that "the government" finds no state, a short form of a new organisation's name
 * ("Kelmar" after "Kelmar Energy Group"), a generic head ("the union") for a new organisation whose name lacks it, a
 * person owned by a new state ("Tobud's foreign minister"), a new capital, and a lower-case modifier before a new
 * name's group ("some big Serav shareholders").
 *
 * First run (before any change for it): 39/64 right, 23 other holder, 2 no cue — demonym 5/12, shape 6/10,
 * place-only 0/10, short-form 7/8, generic-head 7/8, owned-person 8/8, capital 4/4, modifier 2/4.
 *
 * A case with `known` is a known failure; every other case must pass. The test reports the counts per cause.
 */
import { challengeSuite, judgeText, type HolderCase } from '../helpers/challenge.js';

type Cause = 'demonym' | 'shape' | 'place-only' | 'short-form' | 'generic-head' | 'owned-person' | 'capital' | 'modifier';

interface Case extends HolderCase {
  c: Cause;
  known?: 'nocue' | 'holder';
}

export const CASES: Case[] = [
  // a demonym of a new state: the state holds what its people, delegation or negotiators do
  { c: 'demonym', text: 'Talks on the future of Fikebu opened on Monday. The Fikeban negotiators have asked for time before signing the plan.', type: 'condition', at: 'asked for time', holder: ['Fikebu'] },
  { c: 'demonym', text: 'The fishing dispute between Fetive and Nalapu is old. The Fetivan delegation requested that Nalapu release the seized vessels.', type: 'condition', at: 'requested that', holder: ['Fetive'] },
  { c: 'demonym', text: 'Elections in Liluvina are due in May. The Liluvinan government said it would not negotiate with the rebels.', type: 'refusal', at: 'would not negotiate', holder: ['Liluvina'] },
  { c: 'demonym', text: 'Relations between Detosoma and the Kisimobi Union are tense. Detosoman officials refused to meet the observers.', type: 'refusal', at: 'refused to meet', holder: ['Detosoma'] },
  { c: 'demonym', text: 'Sanctions on Varkesh were tightened last year. The Varkeshi foreign ministry said it was ready to resume talks.', type: 'engagement', at: 'ready to resume talks', holder: ['Varkesh'] },
  { c: 'demonym', text: 'Floods have hit Tamor twice this year. Tamorese leaders agreed to join the regional talks.', type: 'engagement', at: 'agreed to join', holder: ['Tamor'] },
  { c: 'demonym', text: 'The border between Gezod and Rumeb is closed. Gezodian troops will not withdraw until the talks begin.', type: 'condition', at: 'until the talks begin', holder: ['Gezod'], known: 'nocue' },
  { c: 'demonym', text: 'Bukaged holds elections next month. Bukagedi opposition parties threatened to boycott the vote.', type: 'refusal', at: 'boycott the vote', holder: ['Bukaged'] },
  { c: 'demonym', text: 'The war in Monogo has lasted a decade. The Monogan army has rejected the ceasefire offer.', type: 'refusal', at: 'rejected the ceasefire', holder: ['Monogo'] },
  { c: 'demonym', text: 'Aid to Sulavu resumed in March. A Sulavan minister said the government would accept the mediation offer.', type: 'engagement', at: 'accept the mediation offer', holder: ['Sulavu'] },
  { c: 'demonym', text: 'Drought has struck Kerapo. The Kerapan president declined to attend the summit.', type: 'refusal', at: 'declined to attend', holder: ['Kerapo'] },
  { c: 'demonym', text: 'Trade with Nesil fell sharply. Nesili diplomats said they were willing to talk without preconditions.', type: 'engagement', at: 'willing to talk', holder: ['Nesil'] },

  // a new state's name with no place-like ending, read as an organisation: "the government" then finds another state
  { c: 'shape', text: 'Liluvina postponed its peace talks with the rebels. The government told reporters the talks would go ahead if the rebels free the hostages.', type: 'condition', at: 'if the rebels free', holder: ['Liluvina'], known: 'holder' },
  { c: 'shape', text: "Liluvina's capital was quiet on Sunday. The government said it would not talk to the rebels.", type: 'refusal', at: 'would not talk', holder: ['Liluvina'] },
  { c: 'shape', text: 'Bukaged rejected the proposal on Friday. The Bukagedi president said the vote would go ahead.', type: 'refusal', at: 'rejected', holder: ['Bukaged'] },
  { c: 'shape', text: 'Tobud has refused to lower its tariffs. Tobudan officials said talks were impossible.', type: 'refusal', at: 'refused to lower', holder: ['Tobud'] },
  { c: 'shape', text: 'Fetive and Nalapu met in Windhoek. The Fetivan side agreed to resume the boundary talks.', type: 'engagement', at: 'agreed to resume', holder: ['Fetive'] },
  { c: 'shape', text: 'Monogo will host the next round of talks. The government of Monogo has offered to mediate between the parties.', type: 'engagement', at: 'offered to mediate', holder: ['Monogo'] },
  { c: 'shape', text: 'Gezod wants a truce before anything else. Gezodian officials told the mediators they would not negotiate while the shelling goes on.', type: 'refusal', at: 'would not negotiate', holder: ['Gezod'] },
  { c: 'shape', text: 'Kerapo wants the sanctions lifted before any talks. The Kerapan foreign minister repeated the demand.', type: 'condition', at: 'before any talks', holder: ['Kerapo'], known: 'nocue' },
  { c: 'shape', text: 'Tamor agreed on Tuesday to reopen the border. Tamorese officials said the crossing would open in April.', type: 'engagement', at: 'agreed on Tuesday to reopen', holder: ['Tamor'] },
  { c: 'shape', text: 'Varkesh said it was ready to negotiate. The Varkeshi government has dropped its demand for a new mediator.', type: 'engagement', at: 'ready to negotiate', holder: ['Varkesh'] },
  // (added with the fix, after the first run: a new name before a capitalised "States", read as a group)
  { c: 'shape', text: 'The Brigades took responsibility for the abduction. They called for the release of comrades held in the Guzule States. In return they pledged that they would free the two engineers.', type: 'engagement', at: 'would free', holder: ['Brigades'] },
  { c: 'shape', text: 'The Guzule States has demanded that Tobud open its markets to foreign firms.', type: 'condition', at: 'demanded that', holder: ['Guzule States'] },
  { c: 'shape', text: 'Talks between Tobud and the Guzule States broke down. The Guzule States said it would not lift the tariffs.', type: 'refusal', at: 'would not lift', holder: ['Guzule States'] },
  // (added with the fix, after the first run: a body's name "… of X" that only a state's is)
  { c: 'shape', text: 'Liluvina put off the talks with the Revolutionary Forces of Liluvina. The government has said the talks could resume if the rebels free the hostages.', type: 'condition', at: 'if the rebels free', holder: ['Liluvina'] },
  { c: 'shape', text: 'The Sultanate of Gaku hosted the last round. Gaku reiterated its willingness to host further meetings of the parties.', type: 'engagement', at: 'willingness to host', holder: ['Gaku'] },
  { c: 'shape', text: 'Envoys of the Republic of Tesmar met on Monday. The government said it would not sign the accord.', type: 'refusal', at: 'would not sign', holder: ['Tesmar'] },

  // a new state named only after a preposition: "the government" then finds no state or another one
  { c: 'place-only', text: 'Talks in Duk Sezok stalled on Monday. The rebels want a separate structure within Duk Sezok, which the government cannot accept.', type: 'refusal', at: 'cannot accept', holder: ['Duk Sezok'] },
  { c: 'place-only', text: 'The teachers\' walkout drags on in Dolud Golaze. On Tuesday night the government quietly made what it termed its last offer.', type: 'engagement', at: 'made what it termed its last offer', holder: ['Dolud Golaze'] },
  { c: 'place-only', text: 'Fighting broke out again in Sulavu on Sunday. The government said it would not talk to the rebels.', type: 'refusal', at: 'would not talk', holder: ['Sulavu'] },
  { c: 'place-only', text: "Sulavu's ruling coalition is divided. The government refused to release the prisoners.", type: 'refusal', at: 'refused to release', holder: ['Sulavu'] },
  { c: 'place-only', text: 'Ties between Detosoma and the Kisimobi Union have cooled. A government team was getting ready to resume the dialogue.', type: 'engagement', at: 'resume the dialogue', holder: ['Detosoma'], known: 'holder' },
  { c: 'place-only', text: 'Protests spread across Gat Sudura on Friday. The government offered to hold talks with the protest leaders.', type: 'engagement', at: 'offered to hold talks', holder: ['Gat Sudura'] },
  { c: 'place-only', text: 'The people of Fikebu want self-rule. The government in Zepisiru rejected the plan.', type: 'refusal', at: 'rejected the plan', holder: ['Zepisiru'], known: 'holder' },
  { c: 'place-only', text: 'Elections in Nuvar Tes were postponed. The government said it would not negotiate until the violence ended.', type: 'condition', at: 'until the violence ended', holder: ['Nuvar Tes'] },
  { c: 'place-only', text: 'A strike has shut the ports of Dolud Golaze. The cabinet agreed to meet the union leaders on Monday.', type: 'engagement', at: 'agreed to meet', holder: ['Dolud Golaze'], known: 'holder' },
  { c: 'place-only', text: 'Floods hit northern Kesabo last week. The government has refused to accept foreign aid.', type: 'refusal', at: 'refused to accept', holder: ['Kesabo'], known: 'holder' },

  // a short form of a new organisation's or state's name
  { c: 'short-form', text: 'Kelmar Energy Group raised its offer on Monday. Kelmar said it would not improve the offer again.', type: 'refusal', at: 'would not improve', holder: ['Kelmar Energy Group'] },
  { c: 'short-form', text: 'Nuzon Gifed walked out of the talks in 2009. Under the accord, the Nuzon also agreed to give up its weapons.', type: 'engagement', at: 'agreed to give up', holder: ['Nuzon Gifed'] },
  { c: 'short-form', text: 'Talvor Mining rejected the pay claim. A Talvor spokesman said the company was ready to meet the union.', type: 'engagement', at: 'ready to meet', holder: ['Talvor Mining'] },
  { c: 'short-form', text: 'The Serav Corporation has rejected the bid. Serav said it would consider a higher offer.', type: 'engagement', at: 'would consider a higher offer', holder: ['Serav Corporation'] },
  { c: 'short-form', text: 'Brenholt Logistics locked out its drivers. On Tuesday Brenholt agreed to resume talks.', type: 'engagement', at: 'agreed to resume talks', holder: ['Brenholt Logistics'] },
  { c: 'short-form', text: 'The Pavesh Liberation Front has kidnapped several officials. The Front said it would release them if the army withdrew.', type: 'condition', at: 'if the army withdrew', holder: ['Pavesh Liberation Front'] },
  { c: 'short-form', text: 'Dunmere Holdings owns the plant. Dunmere refused to negotiate with the strikers.', type: 'refusal', at: 'refused to negotiate', holder: ['Dunmere Holdings'] },
  { c: 'short-form', text: 'Ostrava Pharma received the offer on Friday. Ostrava rejected the offer as too low.', type: 'refusal', at: 'rejected the offer', holder: ['Ostrava Pharma'] },

  // a generic head ("the union", "the company", "the group") for a new organisation whose name lacks the head
  { c: 'generic-head', text: 'Drivers at Brenholt Logistics belong to Teamsters Local 412. The union says it will not return to the table.', type: 'refusal', at: 'will not return to the table', holder: ['Teamsters Local 412'], known: 'holder' },
  { c: 'generic-head', text: 'Local 77 of the Halden dockers called the strike. The union would study the proposal overnight.', type: 'engagement', at: 'study the proposal', holder: ['Local 77'] },
  { c: 'generic-head', text: 'Kavo Freight runs the port. The company said it was prepared to meet the strikers.', type: 'engagement', at: 'prepared to meet', holder: ['Kavo Freight'] },
  { c: 'generic-head', text: 'Talvik Pharma bought the plant last year. The company refused to recognise the union.', type: 'refusal', at: 'refused to recognise', holder: ['Talvik Pharma'] },
  { c: 'generic-head', text: 'The Pavesh Liberation Front took the town in March. The group said it was ready for talks.', type: 'engagement', at: 'ready for talks', holder: ['Pavesh Liberation Front'] },
  { c: 'generic-head', text: 'Velmor Nurses Association represents 9,000 nurses. The association has rejected the pay offer.', type: 'refusal', at: 'rejected the pay offer', holder: ['Velmor Nurses Association'] },
  { c: 'generic-head', text: 'Marsh Harbour Guild called a strike at the docks. The guild offered to call off the stoppage if the port dropped the plan.', type: 'condition', at: 'if the port dropped', holder: ['Marsh Harbour Guild'] },
  { c: 'generic-head', text: 'Sepel Motors builds trucks in Tarsk. The carmaker said it would not reopen the plant.', type: 'refusal', at: 'would not reopen', holder: ['Sepel Motors'] },

  // a person owned by a new state or organisation
  { c: 'owned-person', text: "Tobud's foreign minister arrived in Rumeb on Monday. He said Tobud would not negotiate under threat.", type: 'refusal', at: 'would not negotiate', holder: ['Tobud'] },
  { c: 'owned-person', text: 'Fetivan Foreign Minister Tif Ludofige met the envoy. Ludofige said his country was ready to talk.', type: 'engagement', at: 'ready to talk', holder: ['Tif Ludofige', 'Fetive'] },
  { c: 'owned-person', text: "Zabute's foreign minister said he was willing to mediate between Tobud and the rebels.", type: 'engagement', at: 'willing to mediate', holder: ['Zabute'] },
  { c: 'owned-person', text: 'Kelmar Energy Group chief executive Ana Velt said the company would not raise its offer.', type: 'refusal', at: 'would not raise', holder: ['Ana Velt', 'Kelmar Energy Group'] },
  { c: 'owned-person', text: 'Detosoman President Zumefo Kesitu said on Monday he will not allow foreign observers.', type: 'refusal', at: 'will not allow', holder: ['Zumefo Kesitu', 'Detosoma'] },
  { c: 'owned-person', text: 'The president of Liluvina, Zesa Memori, said the talks could begin if the rebels free the hostages.', type: 'condition', at: 'if the rebels free', holder: ['Zesa Memori', 'Liluvina'] },
  { c: 'owned-person', text: "Monogo's interior minister refused to meet the protest leaders.", type: 'refusal', at: 'refused to meet', holder: ['Monogo'] },
  { c: 'owned-person', text: 'Gezodian Prime Minister Rado Vesk said his government would accept the mediation.', type: 'engagement', at: 'would accept the mediation', holder: ['Rado Vesk', 'Gezod'] },

  // a new capital standing for its state
  { c: 'capital', text: 'Zabute is in the Tobudan capital, Rumebe, for talks. Rumebe has refused to lift the blockade.', type: 'refusal', at: 'refused to lift', holder: ['Tobud', 'Rumebe'] },
  { c: 'capital', text: "Officials in Gezodera, the Kesaban capital, said they would not attend the summit.", type: 'refusal', at: 'would not attend', holder: ['Kesaba', 'officials'] },
  { c: 'capital', text: 'Tobud and Rumeb sent envoys. Tobud said on Monday it was ready to resume talks with Rumeb.', type: 'engagement', at: 'ready to resume talks', holder: ['Tobud'] },
  { c: 'capital', text: "Relations between Monogo and its neighbour are tense. Monogo's capital, Sadap, has refused to hand over the suspects.", type: 'refusal', at: 'refused to hand over', holder: ['Monogo', 'Sadap'] },

  // a lower-case modifier before a new name's group
  { c: 'modifier', text: 'Some big Serav shareholders could support the takeover if Fukavasir raised its bid.', type: 'condition', at: 'if Fukavasir raised', holder: ['Serav shareholders', 'Serav'] },
  { c: 'modifier', text: 'Several large Talvor investors said they would reject the merger.', type: 'refusal', at: 'would reject', holder: ['Talvor investors', 'Talvor'] },
  { c: 'modifier', text: 'Many angry Kesabo farmers refused to leave the square.', type: 'refusal', at: 'refused to leave', holder: ['Kesabo farmers', 'Kesabo', 'farmers'] },
  { c: 'modifier', text: "Two of Bukaged's opposition parties have now backed down from their plan to boycott the election.", type: 'engagement', at: 'backed down', holder: ['Bukaged', 'opposition parties'] },
];

challengeSuite('invented-name causes', CASES, (k) => judgeText(k), { pad: 14, partyCounts: false, minCases: 60 });
