/**
 * ACT grid: actor shapes that a hand-judged outside set of real articles (diplomacy, conflict, labour, business,
 * domestic politics, courts; kept outside the repository, never copied in) showed the actors stage missing on its
 * tuning half, and the shapes the brief of issue #10 names. Every sentence here is invented, with invented parties.
 * A case passes when an actor's name or one of its (non-pronoun) mentions is the party named; a negative passes
 * when no actor is named so. Rates per category are printed and held to floors; the cases failing when the floors
 * were last set are in KNOWN.
 *
 * First run (before any change), found per category: plural firms and forces 17 % (6), a company's possessive 0 % (5),
 *   title, body, person 50 % (2), listed people 100 % (3), kind, then name 100 % (4), long body names 83 % (6),
 *   acronym in brackets 100 % (2), unknown people 100 % (3), body of state alone 0 % (2), a country's government
 *   100 % (2; 0 % as first worded, which asked for the phrase "Vesk's government" where the spec names the country),
 *   negatives 60 % (5).
 * Batch 2 (added after the first fixes, measured before its own): listed people with a middle initial "A." 50 % (6),
 *   its negative passing.
 * Batch 3 (likewise): a party after its kind with no clause after it, kind, then name 67 % (6).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';
import { belowFloors, measuredFloors, rates, table } from './behaviour/grid.js';
import { normActorName } from './helpers/challenge.js';

interface ActorCase {
  category: string;
  text: string;
  /** the party that must be among the actors (a name or a mention of one) */
  actor: string;
  /** a negative: no actor may be named so */
  absent?: boolean;
}

const C = (category: string, text: string, actor: string): ActorCase => ({ category, text, actor });
const N = (text: string, actor: string): ActorCase => ({ category: 'negatives', text, actor, absent: true });

const CASES: ActorCase[] = [
  // a plural noun for firms, armed bodies or parties, after a modifier: "grocery store chains", "ethnic armies"
  C('plural firms and forces', 'Three supermarket chains said they would lock out their staff if the union struck.', 'supermarket chains'),
  C('plural firms and forces', 'Dorunese steel mills have asked the ministry for new duties on imports.', 'Dorunese steel mills'),
  C('plural firms and forces', 'Several ethnic armies refused to attend the meeting with the envoy.', 'ethnic armies'),
  C('plural firms and forces', 'Regional militias agreed to withdraw from the town on Friday.', 'Regional militias'),
  C('plural firms and forces', 'The Vesk parties agreed to resume talks in the capital.', 'Vesk parties'),
  C('plural firms and forces', 'Foreign carmakers warned that they would cut jobs if the tariff stayed.', 'Foreign carmakers'),
  // a company's possessive before the brand or unit it owns: "Tarsk Holdings Inc.'s Brightmart"
  C("a company's possessive", "A spokeswoman for Tarsk Holdings Inc.'s Brightmart said the talks would go on.", 'Brightmart'),
  C("a company's possessive", "A spokeswoman for Tarsk Holdings Inc.'s Brightmart said the talks would go on.", 'Tarsk Holdings Inc.'),
  C("a company's possessive", "The chains -- Velmor Corp.'s Quickstop and Orvane Co.'s Dalemart -- rejected the offer.", 'Quickstop'),
  C("a company's possessive", "The chains -- Velmor Corp.'s Quickstop and Orvane Co.'s Dalemart -- rejected the offer.", 'Dalemart'),
  C("a company's possessive", "The chains -- Velmor Corp.'s Quickstop and Orvane Co.'s Dalemart -- rejected the offer.", 'Orvane Co.'),
  // a title, then the body it heads, then the person: "Speaker National Assembly X"
  C('title, body, person', 'Speaker National Assembly Rafiq Tanvir said he would look into the matter.', 'Rafiq Tanvir'),
  C('title, body, person', 'Chairman Senate Omer Baloch adjourned the session after the walkout.', 'Omer Baloch'),
  // people in a list with middle initials, the last after "and"
  C('listed people', 'Commissioners Ada K. Marsh, Ivo T. Renk, and Lida B. Sorn voted to keep the duties.', 'Lida B. Sorn'),
  C('listed people', 'Commissioners Ada K. Marsh, Ivo T. Renk, and Lida B. Sorn voted to keep the duties.', 'Ivo T. Renk'),
  C('listed people', 'Judges Ella M. Brenn and Tomas R. Vale dissented from the ruling.', 'Tomas R. Vale'),
  // (batch 2, added after the first fixes and measured before its own: a middle initial "A.", which reads as an article)
  C('listed people', 'Commissioners Ivo T. Renk and Lida A. Sorn voted to keep the duties.', 'Lida A. Sorn'),
  C('listed people', 'The panel of Ada K. Marsh, Ivo T. Renk, and Lida A. Sorn voted to keep the duties.', 'Lida A. Sorn'),
  C('listed people', 'Commissioners Ivo T. Renk and Maria A. Sorn voted to keep the duties.', 'Maria A. Sorn'),
  N('They chose Plan A. Velmor rejected it at once.', 'Plan A. Velmor'),
  // a body named after its kind: "the political party Nova Senda", "the rebel group Frente Azul"
  C('kind, then name', 'He is a member of the political party Nova Senda, which joined the coalition.', 'Nova Senda'),
  C('kind, then name', 'The rebel group Frente Azul said it would not disarm.', 'Frente Azul'),
  C('kind, then name', 'The insurgent group Kalvor Brigades rejected the truce.', 'Kalvor Brigades'),
  C('kind, then name', 'Workers are represented by the union Unidad Obrera, which called the strike.', 'Unidad Obrera'),
  // (batch 3, measured before its own fix: a party after its kind, with no clause after the name)
  C('kind, then name', 'She sits for the opposition party Nova Senda, founded in 2009, in the assembly.', 'Nova Senda'),
  C('kind, then name', 'He is a member of the centrist party Un Camino Nuevo, integrated in the alliance.', 'Un Camino Nuevo'),
  // long names of bodies with their head word: Front, Movement, Council, Commission, Tribunal for, Mission in
  C('long body names', 'The Halvek Popular Liberation Front said it would attend the talks.', 'Halvek Popular Liberation Front'),
  C('long body names', 'The Southern Vesk Justice Movement walked out of the negotiations.', 'Southern Vesk Justice Movement'),
  C('long body names', 'The Supreme Council for Dorune Reconciliation urged both sides to talk.', 'Supreme Council for Dorune Reconciliation'),
  C('long body names', 'The Special Tribunal for Velmor rejected the request.', 'Special Tribunal for Velmor'),
  C('long body names', 'The Peace Monitoring Mission in Tarsk said the ceasefire was holding.', 'Peace Monitoring Mission in Tarsk'),
  C('long body names', 'The Independent Electoral Commission refused to hear the opposition parties.', 'Independent Electoral Commission'),
  // an acronym given in brackets after the name, then used alone
  C('acronym in brackets', 'The Dorune Workers Federation (DWF) said talks had failed. The DWF will strike on Monday.', 'DWF'),
  C('acronym in brackets', 'The Vesk Democratic Alliance (VDA) rejected the offer, and the VDA said it would not return.', 'Vesk Democratic Alliance'),
  // people the tagger does not know, and people by title and surname
  C('unknown people', 'Tijo Amsalu, the chief negotiator for the rebels, said the talks would resume.', 'Tijo Amsalu'),
  C('unknown people', 'Opposition leader Kwabe Ndolo said the party would boycott the vote.', 'Kwabe Ndolo'),
  C('unknown people', 'Mr. Ndolo rejected the proposal on Tuesday.', 'Ndolo'),
  // a chamber or body of state capitalised alone
  C('body of state alone', 'The opposition wants the talks held outside Parliament.', 'Parliament'),
  C('body of state alone', 'The bill was rejected by Parliament on Monday.', 'Parliament'),
  // a country's government by its demonym or possessive
  // (the spec names the state itself: the actor is the country, its government a mention of it)
  C("a country's government", 'The Vesk government and the rebels agreed to extend the truce.', 'Vesk'),
  C("a country's government", "Vesk's government said it would not negotiate.", 'Vesk'),
  // negatives: no party from a mere word or place
  N('The steel mills in the north closed last year.', 'steel mills in the north'),
  N('Speaker National Assembly Rafiq Tanvir said he would look into the matter.', 'National Assembly Rafiq Tanvir'),
  N("A spokeswoman for Tarsk Holdings Inc.'s Brightmart said the talks would go on.", "Tarsk Holdings Inc.'s Brightmart"),
  N('The parties met in the Hall of Nations.', 'Hall of Nations'),
  N('He said the armies of the past were larger.', 'armies of the past'),
  N('The deputies protested in the Parliament on Monday.', 'Parliament'),
  N('The members staged a sit-in inside the House before the vote.', 'House'),
];

/** cases failing when the floors were last set (text → why), each guarded only by its category's floor */
// prettier-ignore
const KNOWN: Record<string, string> = {
  "The Vesk parties agreed to resume talks in the capital. | Vesk parties": 'first run',
  "The chains -- Velmor Corp.'s Quickstop and Orvane Co.'s Dalemart -- rejected the offer. | Quickstop": 'first run',
  "The chains -- Velmor Corp.'s Quickstop and Orvane Co.'s Dalemart -- rejected the offer. | Orvane Co.": 'first run',
  "Commissioners Ivo T. Renk and Lida A. Sorn voted to keep the duties. | Lida A. Sorn": 'first run',
  "The panel of Ada K. Marsh, Ivo T. Renk, and Lida A. Sorn voted to keep the duties. | Lida A. Sorn": 'first run',
  "The Peace Monitoring Mission in Tarsk said the ceasefire was holding. | Peace Monitoring Mission in Tarsk": 'first run',
  "The parties met in the Hall of Nations. | Hall of Nations": 'first run',
};

const norm = normActorName;

function judge(k: ActorCase): { found: boolean; got: string } {
  const d = analyze(k.text);
  const names = (a: (typeof d.actors)[number]) => [a.name, ...a.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text)].map(norm);
  const want = norm(k.actor);
  const hit = d.actors.find((a) => names(a).includes(want));
  const got = d.actors.map((a) => `${a.name} [${a.type}]`).join('; ');
  return { found: k.absent ? !hit : !!hit, got };
}

const outcomes = CASES.map((c) => {
  const j = judge(c);
  return { c, typeSpan: j.found, holder: j.found, got: j.got };
});
const byCategory = rates(outcomes, (o) => o.c.category);

/** floors per category (found, found), set at the rates measured */
const FLOORS: Record<string, [number, number]> = {
  "plural firms and forces": [0.833, 0.833],
  "a company's possessive": [0.6, 0.6],
  "title, body, person": [1, 1],
  "listed people": [0.666, 0.666],
  "negatives": [0.875, 0.875],
  "kind, then name": [1, 1],
  "long body names": [0.833, 0.833],
  "acronym in brackets": [1, 1],
  "unknown people": [1, 1],
  "body of state alone": [1, 1],
  "a country's government": [1, 1],
};

describe('ACT actor-shapes grid', () => {
  it('prints the rates per category', () => {
    console.log(table('category', byCategory));
    console.log('measured floors', JSON.stringify(measuredFloors(byCategory)));
    for (const o of outcomes) if (!o.typeSpan) console.log(`  fails: [${o.c.category}] ${o.c.text.slice(0, 90)} | ${o.c.actor} → ${o.got}`);
  });
  it('holds every category at its floor', () => {
    expect(belowFloors(byCategory, FLOORS)).toEqual([]);
  });
  it('passes every case not marked known', () => {
    const bad = outcomes.filter((o) => !o.typeSpan && !(o.c.text + ' | ' + o.c.actor in KNOWN)).map((o) => `[${o.c.category}] ${o.c.text} | ${o.c.actor} → ${o.got}`);
    expect(bad).toEqual([]);
  });
});
