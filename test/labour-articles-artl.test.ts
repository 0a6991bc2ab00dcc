/**
 * Whole labour, business and domestic-politics articles (helper ARTL): the constructions that lost a cue or made a
 * false one in the tuning half of an outside set of twenty whole real articles (pay disputes, strikes, takeovers,
 * coalition and budget talks, parliamentary boycotts; kept outside the repository), counted by construction family,
 * not by sentence. Every sentence here is our own, with invented parties. Kinds:
 *
 *   not-in-position     "is not in a position to negotiate / conduct salary talks / meet": a refusal
 *   offer-undervalues   an offer named with its price or worth ("the sweetened offer of 410p a share still undervalued
 *                       the miner", "a bid worth £2bn undervalues the group"): the board's rejection
 *   door-remains-open   "said its door remained open for talks", "the door stays open to talks": engagement
 *   restart-stalled     "will try to restart stalled talks with", "revive the deadlocked negotiations": engagement,
 *                       the participle before the talks no refusal
 *   offered-deal        "have offered wage settlements worth 7 per cent", "has offered a pay rise of 4%": engagement
 *   want-talks-begin    "wanted talks to begin under an independent chair": the holder's engagement, not a demand
 *   descriptor-name     a capitalised common noun before a name that only describes it ("Investors Tom Vasko and
 *                       …", "The Opposition Halden Alliance (HA) …"): the name's party holds the stance
 *   neg-while-contrast  "While the union said its door remained open, it added …": no condition over "While …"
 *   neg-call-talks      "the union wanted talks to begin under an independent chair": no demand on another party
 *   neg-imperative-name a name whose first word can be a verb opening a conjoined subject ("Link Harbex and the Tarsk
 *                       Rail Group have offered …"): no command
 *   neg-position        "is in a strong position to win", "not in a position to comment": no refusal to engage
 *   neg-undervalue      "the market undervalues the shares": no refusal
 *
 * `known` marks a case that does not pass yet. Written before the tool was run on it; first-run rates are in the
 * floors' comment below.
 */
import { challengeSuite, judgeText, kindFloors, negativeFloors, noCueOver, normGridName } from './helpers/challenge.js';
import type { CueType, FamilyCase as Family, NegativeCase as Negative } from './helpers/challenge.js';

type FamilyCase = Family<CueType>;
type NegativeCase = Negative<CueType> & { type: CueType };

const CASES: FamilyCase[] = [
  // not-in-position
  { c: 'not-in-position', text: 'Labour minister Tom Vasko told reporters he was not in a position to conduct pay talks with the Halden Workers\' Union.', at: 'not in a position to conduct pay talks', type: 'refusal', holder: ['Tom Vasko'] },
  { c: 'not-in-position', text: 'Harbex said it was not in a position to negotiate with Orvane at this stage.', at: 'not in a position to negotiate', type: 'refusal', holder: ['Harbex'] },
  { c: 'not-in-position', text: 'The Vesk government is not in a position to hold talks with the strikers.', at: 'not in a position to hold talks', type: 'refusal', holder: ['Vesk'] },
  { c: 'not-in-position', text: 'Tom Vasko admitted he was not in a position to conduct salary talks.', at: 'not in a position to conduct salary talks', type: 'refusal', holder: ['Tom Vasko'] },
  { c: 'not-in-position', text: 'Ana Perrin said the union was in no position to accept the offer.', at: 'in no position to accept the offer', type: 'refusal', holder: ['Ana Perrin', 'union'] },
  // offer-undervalues
  { c: 'offer-undervalues', text: 'Tarsk Mining said the sweetened offer of 410 pence a share still undervalued the miner.', at: 'still undervalued the miner', type: 'refusal', holder: ['Tarsk Mining'] },
  { c: 'offer-undervalues', text: 'The Harbex board said the bid of $12 a share significantly undervalues the group.', at: 'significantly undervalues the group', type: 'refusal', holder: ['Harbex'] },
  { c: 'offer-undervalues', text: 'Corlen Air said the proposal worth £2bn undervalued the airline and its prospects.', at: 'undervalued the airline', type: 'refusal', holder: ['Corlen Air'] },
  { c: 'offer-undervalues', text: 'Directors of Harbex said the cash offer at 95p a share materially undervalues the company.', at: 'materially undervalues the company', type: 'refusal', holder: ['Harbex'] },
  // door-remains-open
  { c: 'door-remains-open', text: 'The Halden Workers\' Union said its door remained open for talks with the board.', at: 'door remained open', type: 'engagement', holder: ["Halden Workers' Union"] },
  { c: 'door-remains-open', text: 'Tom Vasko said the door remains open to talks with the nurses.', at: 'door remains open', type: 'engagement', holder: ['Tom Vasko'] },
  { c: 'door-remains-open', text: 'Orvane said its door stays open to further discussions with Harbex.', at: 'door stays open', type: 'engagement', holder: ['Orvane'] },
  { c: 'door-remains-open', text: 'While the HWU said its door remained open for talks, it added that the walkout would go ahead.', at: 'door remained open', type: 'engagement', holder: ['HWU'] },
  // restart-stalled
  { c: 'restart-stalled', text: 'Two federal mediators hope to restart stalled contract negotiations for the Halden dockers.', at: 'restart stalled contract negotiations', type: 'engagement', holder: ['Two federal mediators', 'federal mediators', 'mediators'] },
  { c: 'restart-stalled', text: 'Norland will try to revive the stalled negotiations with Vesk next week.', at: 'revive the stalled negotiations', type: 'engagement', holder: ['Norland'] },
  { c: 'restart-stalled', text: 'Harbex and Orvane agreed to restart deadlocked merger talks on Monday.', at: 'restart deadlocked merger talks', type: 'engagement', holder: ['Harbex', 'Orvane'] },
  // offered-deal
  { c: 'offered-deal', text: 'Tarsk Rail and the Halden Rail Group have offered wage settlements worth 7 per cent across three years.', at: 'offered wage settlements worth 7 per cent', type: 'engagement', holder: ['Tarsk Rail', 'Halden Rail Group'] },
  { c: 'offered-deal', text: 'The Harbex board has offered a pay rise of 4% to its drivers.', at: 'offered a pay rise of 4%', type: 'engagement', holder: ['Harbex'] },
  { c: 'offered-deal', text: 'Corlen Air offered the pilots a new contract worth 6 per cent.', at: 'offered the pilots a new contract', type: 'engagement', holder: ['Corlen Air'] },
  { c: 'offered-deal', text: 'Link Harbex and the Tarsk Rail Group have offered wage settlements worth 7 per cent across three years.', at: 'offered wage settlements', type: 'engagement', holder: ['Link Harbex', 'Tarsk Rail Group'] },
  // want-talks-begin
  { c: 'want-talks-begin', text: 'Ana Perrin said the union wanted talks to begin under an independent chair.', at: 'wanted talks to begin', type: 'engagement', holder: ['Ana Perrin', 'union'] },
  { c: 'want-talks-begin', text: 'Ana Perrin signalled the union could ease its salary demand and wanted negotiations to start with a neutral chairman.', at: 'wanted negotiations to start', type: 'engagement', holder: ['Ana Perrin', 'union'] },
  { c: 'want-talks-begin', text: 'Norland wants negotiations with Vesk to resume next month.', at: 'wants negotiations with Vesk to resume', type: 'engagement', holder: ['Norland'] },
  // descriptor-name
  { c: 'descriptor-name', text: 'Investors Tom Vasko and Orvane Capital filed rival bids for the group. Vasko said he would not accept the deal.', at: 'would not accept the deal', type: 'refusal', holder: ['Tom Vasko'] },
  { c: 'descriptor-name', text: 'The Opposition Halden Alliance (HA) refused to attend the budget debate.', at: 'refused to attend', type: 'refusal', holder: ['Halden Alliance'] },
  { c: 'descriptor-name', text: 'Shareholders Mira Solberg and Ana Perrin rejected the offer from Orvane.', at: 'rejected the offer', type: 'refusal', holder: ['Mira Solberg', 'Ana Perrin'] },
];

const NEGATIVES: NegativeCase[] = [
  { c: 'neg-while-contrast', text: 'While the Halden Workers\' Union said its door remained open for talks, it added that the walkout would go ahead.', at: 'While the Halden Workers\' Union said', type: 'condition' },
  { c: 'neg-while-contrast', text: 'While Norland said it was ready to talk, Vesk stayed silent.', at: 'While Norland said', type: 'condition' },
  { c: 'neg-while-contrast', text: 'While the HWU said its door remained open for talks, it added that the walkout would go ahead.', at: 'While the HWU said', type: 'condition' },
  { c: 'neg-call-talks', text: 'Ana Perrin indicated the union wanted talks to begin under an independent chair.', at: 'wanted talks to begin', type: 'condition' },
  { c: 'neg-call-talks', text: 'Norland wants negotiations with Vesk to resume next month.', at: 'wants negotiations', type: 'condition' },
  { c: 'neg-imperative-name', text: 'Link Harbex and the Tarsk Rail Group have offered wage settlements worth 7 per cent across three years.', at: 'Link Harbex', type: 'condition' },
  { c: 'neg-position', text: 'Harbex is in a strong position to win the contract.', at: 'in a strong position to win', type: 'refusal' },
  { c: 'neg-position', text: 'A spokesman said he was not in a position to comment on the talks.', at: 'not in a position to comment', type: 'refusal' },
  { c: 'neg-undervalue', text: 'Analysts say the market undervalues Harbex shares.', at: 'undervalues', type: 'refusal' },
  { c: 'neg-restart', text: 'Engineers worked to restart the stalled turbine at the Harbex plant.', at: 'restart the stalled turbine', type: 'refusal' },
];

const judge = (k: FamilyCase) => judgeText(k, normGridName);
const clean = (k: NegativeCase) => noCueOver(k);

challengeSuite('whole labour and business articles (ARTL)', CASES, judge, { showAt: true });

/**
 * Per kind, the cue found over `at` (any holder) and the holder right: floors at the rates measured, never lowered.
 * First run (main 5b84be6, before any change), found / right: not-in-position 4/5 3/5, offer-undervalues 0/4 0/4,
 * door-remains-open 3/4 3/4, restart-stalled 1/3 1/3, offered-deal 3/4 3/4, want-talks-begin 2/3 2/3, descriptor-name 3/3 1/3
 * (all: 13/26 right, found 16/26); negatives clean: while-contrast 2/3, call-talks 1/2, imperative-name 0/1, position 2/2,
 * undervalue 1/1, restart 1/1. After the series of branch ARTL (undervalue with the price, 'conduct' talks after a word of
 * ability, restart-stalled, the four condition notIfs, descriptors before a name): 26/26 right, negatives all clean. The
 * case "the union was in no position to accept" expected its speaker as holder on the first run; by the spec the reported
 * party, the union, holds it (the speaker is the source), and the case now lists both.
 */
const FLOORS: Record<string, [number, number]> = {
  'not-in-position': [5 / 5, 5 / 5], 'offer-undervalues': [4 / 4, 4 / 4], 'door-remains-open': [4 / 4, 4 / 4], 'restart-stalled': [3 / 3, 3 / 3],
  'offered-deal': [4 / 4, 4 / 4], 'want-talks-begin': [3 / 3, 3 / 3], 'descriptor-name': [3 / 3, 3 / 3],
};
const NEG_FLOORS: Record<string, number> = {
  'neg-while-contrast': 1, 'neg-call-talks': 1, 'neg-imperative-name': 1, 'neg-position': 1, 'neg-undervalue': 1, 'neg-restart': 1,
};

kindFloors(CASES, judge, FLOORS);

negativeFloors(NEGATIVES, clean, NEG_FLOORS);
