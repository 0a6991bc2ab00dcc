/**
 * The actor-shapes grid: the shapes in which news English names a party, or the body behind a person, that a
 * hand-judged set of real articles (labour, local, business, domestic politics, diplomacy; kept outside the
 * repository) showed the actors stage missing. Every sentence here is written anew with invented parties. A case
 * passes on `found` when an actor's name or one of its mentions is the party named (and, for a negative, when no
 * actor is named so), on `affiliation` when that party (a person) is also given the body or country the case names.
 * Rates per category are printed and held to floors; the cases failing when the floors were last set are in KNOWN.
 *
 * First run (before any change; found / + affiliation or same actor (cases)):
 *   appositive body and title: 100 / 0 % (5)        appositive title at a body: 100 / 0 % (4)
 *   title for a description: 100 / 0 % (3)         body word in the title: 60 / 60 % (5)
 *   given name later: 100 / 0 % (4)                plural bodies and groups: 20 / 20 % (5)
 *   negatives: 75 / 75 % (8)
 * Batch 2 (added after the first fixes, measured before its own): body word, body later or described: 100 / 0 % (4)
 * Batch 3 (likewise): body before title and name 100 / 0 % (2), union local 50 / 50 % (2), the Government alone 0 / 0 % (2)
 * Batch 4 (likewise): portfolio list 0 / 0 % (2), its negative passing
 * Batch 5 (likewise, 2026-12-08): body head before for 0 / 0 % (4)
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
  /** the body or country the party (a person) belongs to */
  aff?: string;
  /** the same actor must also be named so (a later mention and the full name it stands for) */
  same?: string;
  /** a negative: no actor may be named so (with `aff`: the party's affiliation is not that; with `same`: not that actor) */
  absent?: boolean;
}

const C = (category: string, text: string, actor: string, aff?: string): ActorCase => ({ category, text, actor, aff });
const N = (text: string, actor: string, aff?: string): ActorCase => ({ category: 'negatives', text, actor, aff, absent: true });
const S = (text: string, actor: string, same: string): ActorCase => ({ category: 'given name later', text, actor, same });

const CASES: ActorCase[] = [
  // a person set off by an appositive that names the body before the title: ", the Halvek leader,", ", a Velmor Party MP,"
  C('appositive body and title', 'Ina Corval, the Halvek leader, said the party would not join the coalition.', 'Ina Corval', 'Halvek'),
  C('appositive body and title', 'Tomas Brel, a Velmor Party MP, said he would vote against the budget.', 'Tomas Brel', 'Velmor Party'),
  C('appositive body and title', 'Mira Olt, the Dorune Teachers Union president, said members would strike on Monday.', 'Mira Olt', 'Dorune Teachers Union'),
  C('appositive body and title', 'The talks collapsed, said Pavel Renk, a Calmont Mining spokesman.', 'Pavel Renk', 'Calmont Mining'),
  C('appositive body and title', 'Ella Sarn, the KVP leader, refused the invitation.', 'Ella Sarn', 'KVP'),
  // a title whose own phrase comes before the body: "the senior vice president of human resources at Orvane Freight"
  C('appositive title at a body', 'Lina Morav, the senior vice president of human resources at Orvane Freight, said the company would not raise its offer.', 'Lina Morav', 'Orvane Freight'),
  C('appositive title at a body', 'Pavel Sorn, head of communications at Calmont Mining, said the bid was welcome.', 'Pavel Sorn', 'Calmont Mining'),
  C('appositive title at a body', 'Rolf Dane, director of public affairs for the Halden Port Authority, said the union had rejected the offer.', 'Rolf Dane', 'Halden Port Authority'),
  C('appositive title at a body', 'According to Ada Brenn, the deputy head of research at Tarsk Capital, the offer was too low.', 'Ada Brenn', 'Tarsk Capital'),
  // the body after the title is a description of one named before: "spokeswoman for the organisation"
  C('title for a description', "The Tarsk Employers' Council said it was disappointed. Councillor Ida Venn, spokeswoman for the organisation, said the offer was fair.", 'Ida Venn', "Tarsk Employers' Council"),
  C('title for a description', 'Orvane Freight rejected the claim. Lida Marsh, a spokeswoman for the company, said the union had walked away.', 'Lida Marsh', 'Orvane Freight'),
  C('title for a description', 'The Velmor Nurses Association voted to strike. Ben Tal, the president of the association, said talks had failed.', 'Ben Tal', 'Velmor Nurses Association'),
  // a title that carries the body's own word: "board president X", "Council Member X" beside the board or council named
  C('body word in the title', 'The Halden school board met on Monday. "We have a contract," said board president Ada Kell.', 'Ada Kell', 'Halden school board'),
  C('body word in the title', '"We have a contract," said board president Ada Kell after the Halden school board voted.', 'Ada Kell', 'Halden school board'),
  C('body word in the title', 'Vesk City Council rejected the plan. Council Member Ivo Tarr said he would not support it.', 'Ivo Tarr', 'Vesk City Council'),
  C('body word in the title', 'The Brelvan Parliament passed the bill, but Council Member Ivo Tarr of the Vesk City Council said he would oppose it.', 'Ivo Tarr', 'Vesk City Council'),
  C('body word in the title', 'The Norvik county commission voted 3-2. Commission chair Ruth Alder said the county would appeal.', 'Ruth Alder', 'Norvik county commission'),
  // the same, with the body named only after the person, or only by a description
  C('body word, body later or described', '"We will not support it," said Council Member Ivo Tarr. The City Council later voted 5-2 against the plan.', 'Ivo Tarr', 'City Council'),
  C('body word, body later or described', 'The school board met on Monday. "We have a contract," said board president Ada Kell.', 'Ada Kell', 'school board'),
  C('body word, body later or described', 'Union president Ada Kell said members would strike. The Halden Teachers Union has 4,000 members.', 'Ada Kell', 'Halden Teachers Union'),
  C('body word, body later or described', 'Commission chair Ruth Alder said the county would appeal. The Norvik County Commission voted 3-2 on Monday.', 'Ruth Alder', 'Norvik County Commission'),
  // a body named right before a lower-case title and a person, though its name looks like a person's
  C('body before title and name', 'Corin Tate chief executive Lida Marsh said the offer was fair.', 'Lida Marsh', 'Corin Tate'),
  C('body before title and name', 'Halden Walsh chief financial officer Ben Tal said the bid undervalued the group.', 'Ben Tal', 'Halden Walsh'),
  // a union's local branch named after its union
  C('union local', 'Halden Drivers Local 412 said it would strike on Monday.', 'Halden Drivers Local 412'),
  C('union local', 'The workers are represented by Vesk Teamsters Local 88, which rejected the offer.', 'Vesk Teamsters Local 88'),
  // a government capitalised with no state named
  C('the Government alone', 'The doctors gave the Government two weeks to meet their demands.', 'Government'),
  C('the Government alone', 'The union said the Government had broken its promise.', 'Government'),
  // a ministry or department named by its list of portfolios
  C('portfolio list', 'The Ministry of Fisheries, Ports and Planning said it could not pay.', 'Ministry of Fisheries, Ports and Planning'),
  C('portfolio list', 'The union met the Ministry of Labour, Veterans and Social Affairs on Monday.', 'Ministry of Labour, Veterans and Social Affairs'),
  N('The Ministry of Health and the Ministry of Finance, Tarsk and Vesk signed the accord.', 'Ministry of Finance, Tarsk and Vesk'),
  // a person first named in full and then by the first word of the name (common for Malay, Indonesian or Arabic names)
  S('Prime Minister Idris Kamal said he would meet opposition leader Rahim Osman. Idris said the talks would start on Monday.', 'Idris', 'Idris Kamal'),
  S('Prime Minister Idris Kamal said he would meet opposition leader Rahim Osman. Idris said the talks would start, but Rahim refused to attend.', 'Rahim', 'Rahim Osman'),
  S('Vice-President Yusri Hamdan brokered the deal. Yusri said both sides had agreed to it.', 'Yusri', 'Yusri Hamdan'),
  S('Opposition leader Farid Nawaz rejected the results. Farid has refused to recognise the vote.', 'Farid', 'Farid Nawaz'),
  // plural bodies and groups named by a common noun
  C('plural bodies and groups', 'The Vesk Workers Union said it would strike. Councils said they could not pay more.', 'Councils'),
  // (an invented demonym names its state only beside the state: 'Dorunese politicians' alone has no country to read)
  C('plural bodies and groups', 'Dorune backed the takeover bid, but Dorunese politicians opposed it.', 'Dorunese politicians', 'Dorune'),
  C('plural bodies and groups', 'The international community urged both sides to return to the talks.', 'international community'),
  C('plural bodies and groups', 'Health boards said they would not accept the pay claim.', 'Health boards'),
  C('plural bodies and groups', 'Local councils rejected the offer from the Tarsk Nurses Union.', 'Local councils'),
  // a body's head word before "for" ("Movement for …", "Alliance for …"): the whole name, not the head word alone
  C('body head before for', 'The Movement for Rural Justice said it would boycott the vote.', 'Movement for Rural Justice'),
  C('body head before for', 'The Alliance for Progress in Norland refused to join the cabinet.', 'Alliance for Progress'),
  C('body head before for', 'The Front for Unity and Equality rejected the offer.', 'Front for Unity and Equality'),
  C('body head before for', 'A spokesman for the Centre for Labour Studies said talks should resume.', 'Centre for Labour Studies'),
  // negatives: no body where the appositive names none, no party from a mere word
  N('Ina Corval, the former leader, said the party would not join the coalition.', 'former'),
  N('Tomas Brel, a Velmor native, said he would vote against the budget.', 'Tomas Brel', 'Velmor'),
  N('Lina Morav, the head of human resources, said the company would not raise its offer.', 'human resources'),
  { category: 'negatives', text: 'Idris Kamal met Idris Tal on Monday. Idris said the talks went well.', actor: 'Idris', same: 'Idris Kamal', absent: true },
  { category: 'negatives', text: 'Idris Kamal met Idris Tal on Monday. Idris said the talks went well.', actor: 'Idris', same: 'Idris Tal', absent: true },
  { category: 'negatives', text: 'Rahim Osman met the Kamal family. Kamal said the talks went well.', actor: 'Kamal', same: 'Rahim Osman', absent: true },
  N('The community centre was closed on Monday.', 'community'),
  N('Council Member Ivo Tarr said he would not support it.', 'Council Member Ivo Tarr'),
];

/** cases failing when the floors were last set (text → why), each guarded only by its category's floor */
// prettier-ignore
const KNOWN: Record<string, string> = {
  "Dorune backed the takeover bid, but Dorunese politicians opposed it.": 'the group is found; an invented state named alone is read as an organisation, so its demonym gives no country',
  "The international community urged both sides to return to the talks.": "'community' is no group head ('the community centre' would be a group)",
  "Idris Kamal met Idris Tal on Monday. Idris said the talks went well.": "'Idris Tal' after 'met' is read as no person, so 'Idris' goes to the one person with that first word",
  "Corin Tate chief executive Lida Marsh said the offer was fair.": 'first run (batch 3)',
  "Halden Walsh chief financial officer Ben Tal said the bid undervalued the group.": 'first run (batch 3)',
  "The workers are represented by Vesk Teamsters Local 88, which rejected the offer.": 'first run (batch 3)',
  "Commission chair Ruth Alder said the county would appeal. The Norvik County Commission voted 3-2 on Monday.": 'first run (batch 2)',
};

const norm = normActorName;

function judge(k: ActorCase): { found: boolean; affOk: boolean; got: string } {
  const d = analyze(k.text);
  const byId = new Map(d.actors.map((a) => [a.id, a]));
  const names = (a: (typeof d.actors)[number]) => [a.name, ...a.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text)].map(norm);
  const want = norm(k.actor);
  const hit = d.actors.find((a) => names(a).includes(want));
  const aff = hit?.affiliation ? byId.get(hit.affiliation) : undefined;
  const affOk = (!k.aff || (!!aff && names(aff).includes(norm(k.aff)))) && (!k.same || (!!hit && names(hit).includes(norm(k.same))));
  const got = d.actors.map((a) => `${a.name}${a.affiliation ? ` (${byId.get(a.affiliation)?.name ?? a.affiliation})` : ''}`).join('; ');
  if (k.absent) return k.aff || k.same ? { found: !hit || !affOk, affOk: !hit || !affOk, got } : { found: !hit, affOk: !hit, got };
  return { found: !!hit, affOk: !!hit && affOk, got };
}

const outcomes = CASES.map((c) => {
  const j = judge(c);
  return { c, typeSpan: j.found, holder: j.affOk, got: j.got };
});
const byCategory = rates(outcomes, (o) => o.c.category);

/** floors per category (found, + affiliation), set at the rates measured */
const FLOORS: Record<string, [number, number]> = {
  'appositive body and title': [1, 1],
  'appositive title at a body': [1, 1],
  'title for a description': [1, 1],
  'body word in the title': [1, 1],
  'body word, body later or described': [1, 0.75],
  'body before title and name': [1, 0],
  'union local': [0.5, 0.5],
  'the Government alone': [1, 1],
  'portfolio list': [1, 1],
  negatives: [0.888, 0.888],
  'given name later': [1, 1],
  'plural bodies and groups': [0.8, 0.6],
  'body head before for': [1, 1],
};

describe('actor-shapes grid', () => {
  it('prints the rates per category', () => {
    console.log(table('category', byCategory));
    console.log('measured floors', JSON.stringify(measuredFloors(byCategory)));
    for (const o of outcomes) if (!o.typeSpan || !o.holder) console.log(`  fails: [${o.c.category}] ${o.c.text.slice(0, 90)} → ${o.got}`);
  });
  it('holds every category at its floor', () => {
    expect(belowFloors(byCategory, FLOORS)).toEqual([]);
  });
  it('passes every case not marked known', () => {
    const bad = outcomes.filter((o) => (!o.typeSpan || !o.holder) && !(o.c.text in KNOWN)).map((o) => `[${o.c.category}] ${o.c.text} → ${o.got}`);
    expect(bad).toEqual([]);
  });
});
