/**
 * The quotation-speaker grid: who speaks a quotation in the attribution shapes of news English, since first person
 * inside a quotation is its speaker and holds its stance. Each case is a short text of invented parties (the Halden
 * Workers' Union, Orvane Freight, Norland, the Kestrel Party …) with a first-person stance inside a quotation, the
 * words its cue sits on and the names that may hold it (a name's affiliations count, so a spokesman holds for his
 * body). Negatives (`not`) are quotations whose first person is NOT the name nearby — a quoted letter, a third party
 * quoted inside a quote, a reporter's "I" — and pass when the cue's holder is none of `not`.
 */
import type { HolderCase } from '../helpers/challenge.js';
import type { StanceDocument } from '../../src/schema/output.js';

export type QuoteCase = HolderCase & { c: string; not?: string[]; known?: string };

interface Party {
  /** the speaker, a pronoun for them, their role and body ("the union's leader"), the body itself and a rival */
  p: string;
  last: string;
  pron: 'she' | 'he';
  role: string;
  org: string;
  orgCap: string;
  orgPoss: string;
  other: string;
  /** a third party that speaks inside a quote or writes a letter */
  third: string;
  /** a description of the body ("the ministry") */
  desc: string;
  /** a title written before the name ("union general secretary") */
  title: string;
}

const PARTIES: Party[] = [
  { p: 'Mara Tal', last: 'Tal', pron: 'she', role: "the union's general secretary", org: "the Halden Workers' Union", orgCap: "The Halden Workers' Union", orgPoss: "the Halden Workers' Union's", other: 'Orvane Freight', third: 'Pell Dunmore', desc: 'the union', title: 'union general secretary' },
  { p: 'Jonas Vell', last: 'Vell', pron: 'he', role: "the company's chief executive", org: 'Orvane Freight', orgCap: 'Orvane Freight', orgPoss: "Orvane Freight's", other: "the Halden Workers' Union", third: 'Ria Kostin', desc: 'the company', title: 'Orvane Freight chief executive' },
  { p: 'Ilse Brandt', last: 'Brandt', pron: 'she', role: "Norland's foreign minister", org: 'the Norland Foreign Ministry', orgCap: 'The Norland Foreign Ministry', orgPoss: "the Norland Foreign Ministry's", other: 'Vesk', third: 'Anders Koval', desc: 'the ministry', title: 'Norland foreign minister' },
  { p: 'Teo Marsh', last: 'Marsh', pron: 'he', role: "the Kestrel Party's leader", org: 'the Kestrel Party', orgCap: 'The Kestrel Party', orgPoss: "the Kestrel Party's", other: 'the Alder Party', third: 'Sanna Holt', desc: 'the party', title: 'Kestrel Party leader' },
];

interface Stance {
  /** the quotation (first person, no final stop) and the words its cue sits on */
  q: string;
  at: string;
  type: HolderCase['type'];
}

const STANCES: Stance[] = [
  { q: 'We will not accept this offer', at: 'will not accept', type: 'refusal' },
  { q: 'We are ready to sit down with them', at: 'ready to sit down', type: 'engagement' },
];
const COND: Stance = { q: 'We will only return to talks if the threats stop', at: 'if the threats stop', type: 'condition' };

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** the shapes where the speaker is the person named (cat, text from the party and the quotation) */
const PERSON_SHAPES: [string, (x: Party, q: string) => string][] = [
  ['"…," said X', (x, q) => `"${q}," said ${x.p}.`],
  ['"…," X said', (x, q) => `"${q}," ${x.p} said.`],
  ['X said: "…"', (x, q) => `${x.p} said: "${q}."`],
  ['X says: "…"', (x, q) => `${x.p} says: "${q}."`],
  ['said X, the role', (x, q) => `"${q}," said ${x.p}, ${x.role}, after ${x.other} tabled its plan.`],
  ['X, the role, said', (x, q) => `${x.p}, ${x.role}, said on Monday: "${q}."`],
  ['X told reporters:', (x, q) => `${x.p} told reporters in the capital: "${q}."`],
  ['X told the paper', (x, q) => `"${q}," ${x.p} told the Vesk Courier on Tuesday.`],
  ['in a statement, X said', (x, q) => `In a statement on Monday, ${x.p} said: "${q}."`],
  ['according to X', (x, q) => `"${q}," according to ${x.p}.`],
  ['X added (next sentence)', (x, q) => `${x.p} said ${x.desc} had studied the plan from ${x.other}. "${q}," ${x.last} added.`],
  ['X went on', (x, q) => `${x.p} spoke for an hour about the dispute with ${x.other}. "${q}," ${x.last} went on.`],
  ['X continued', (x, q) => `${x.p} criticised ${x.other} at length. "${q}," ${x.pron} continued.`],
  ['pronoun after a name', (x, q) => `${x.p} met officials from ${x.other} on Monday. "${q}," ${x.pron} said.`],
  ['pronoun, reporting verb first', (x, q) => `${x.p} left the meeting with ${x.other} early. ${cap(x.pron)} said: "${q}."`],
  ['quote before and after', (x, q) => { const w = q.split(' '); return `"${w.slice(0, 3).join(' ')}," ${x.p} said, "${w.slice(3).join(' ')}."`; }],
  ['said title X (title before the name)', (x, q) => `"${q}," said ${x.title} ${x.p}.`],
  ['"…," the role, X, said', (x, q) => `"${q}," ${x.role}, ${x.p}, said.`],
  ['"…," X, who …, said', (x, q) => `"${q}," ${x.p}, who has led the talks with ${x.other} since March, said on Monday.`],
  ['"…," says X, who …', (x, q) => `"${q}," says ${x.p}, who has led the talks with ${x.other} since March.`],
  ['pronoun across a paragraph', (x, q) => `${x.p} met officials from ${x.other} on Monday.\n\n"${q}," ${x.pron} said afterwards.`],
  ['pronoun of the other gender', (x, q) => `${x.p} met ${x.pron === 'she' ? 'Aldo Brisk' : 'Lena Brisk'} of ${x.other} on Monday. "${q}," ${x.pron} said.`],
  ["a reporter's I (X told me)", (x, q) => `"${q}," ${x.p} told me when I visited ${x.desc === 'the ministry' ? 'her office' : 'the office'} on Monday.`],
  ["a reporter's I (when I asked X)", (x, q) => `When I asked ${x.p} about the plan from ${x.other}, the answer was short: "${q}."`],
  ['in an interview, X said of', (x, q) => `In an interview, ${x.p} said of ${x.other}: "${q}."`],
  ['asked whether, X said', (x, q) => `Asked whether ${x.desc} would meet ${x.other} this week, ${x.p} said: "${q}."`],
  ['asked about, X replied', (x, q) => `Asked about the offer from ${x.other}, ${x.p} replied: "${q}."`],
  ['quote paragraph after X said that', (x, q) => `${x.p} said on Tuesday that ${x.desc} had not yet replied to ${x.other}.\n\n"${q}."`],
  ['quote paragraph after "…," X said', (x, q) => `"The plan is a step backwards," ${x.p} said of the proposal from ${x.other}.\n\n"${q}."`],
  ['multi-paragraph quotation', (x, q) => `${x.p} said: "We have waited for months for a serious answer from ${x.other}.\n\n"${q}."`],
  ['multi-paragraph, attributed first', (x, q) => `"We have waited for months," said ${x.p}. "Nobody has called us back.\n\n"${q}."`],
  ['X, for his/her part, said', (x, q) => `${x.other} called for calm. ${x.p}, for ${x.pron === 'she' ? 'her' : 'his'} part, said: "${q}."`],
  ['a name after another party', (x, q) => `${x.other} made a new proposal on Friday, but ${x.p} said: "${q}."`],
  ['X wrote on social media', (x, q) => `${x.p} wrote on social media: "${q}."`],
  ['X said in an interview', (x, q) => `"${q}," ${x.p} said in an interview with the Vesk Courier.`],
  ['X, speaking after talks, said', (x, q) => `Speaking after talks with ${x.other}, ${x.p} said: "${q}."`],
  ['X said, adding', (x, q) => `${x.p} said the proposal from ${x.other} fell short, adding: "${q}."`],
];

/** people whose family name is also a word for a place ("Hill", "Field", "Park"), each with a pronoun */
const PLACE_SURNAMES: [string, 'she' | 'he'][] = [
  ['Peter Hill', 'he'], ['Laura Park', 'she'], ['John Field', 'he'], ['David Hall', 'he'], ['Emma Brook', 'she'], ['Anna Marsh', 'she'], ['Paul Ford', 'he'], ['Kate Lake', 'she'],
];
const PLACE_SURNAME_SHAPES: [string, (p: string, pron: string, x: Party, q: string) => string][] = [
  ['a place-word surname, named again', (p, _pron, x, q) => `${p} met officials from ${x.other} on Monday. "${q}," ${p} said.`],
  ['a place-word surname, then a pronoun', (p, pron, x, q) => `${p} met officials from ${x.other} on Monday. "${q}," ${pron} said.`],
  ['a place-word surname, said first', (p, pron, x, q) => `"${q}," ${p} said after meeting ${x.other}. ${cap(pron)} left without taking questions.`],
];

/** the shapes where an organisation or its spokesperson speaks (the body holds) */
const ORG_SHAPES: [string, (x: Party, q: string) => string][] = [
  ["X's spokesman said", (x, q) => `"${q}," ${x.orgPoss} spokesman said.`],
  ['a spokeswoman for X said', (x, q) => `"${q}," a spokeswoman for ${x.org} said on Monday.`],
  ['the body said in a statement', (x, q) => `${x.orgCap} has rejected the demands of ${x.other}. "${q}," ${x.desc} said in a statement.`],
  ['X said in a statement:', (x, q) => `${x.orgCap} said in a statement: "${q}."`],
  ['said a statement from X', (x, q) => `"${q}," said a statement from ${x.org}.`],
  ['a spokesman for X, Y, said', (x, q) => `A spokesman for ${x.org}, ${x.third}, said: "${q}."`],
  ['X said (organisation, next sentence)', (x, q) => `${x.orgCap} met ${x.other} on Monday. "${q}," it said.`],
  ['according to a statement from X', (x, q) => `"${q}," according to a statement from ${x.org}.`],
];

/** quotations whose first person is not the name nearby: [cat, text, the holder, the names that must not hold] */
const NEGATIVE_SHAPES: [string, (x: Party, q: string) => [string, string[], string[]]][] = [
  ['a quoted letter', (x, q) => [`${x.p} read out a letter from ${x.third}: "${q}."`, [x.third], [x.p]]],
  ['a letter quoted after its writer', (x, q) => [`In a letter to ${x.p}, ${x.third} wrote: "${q}."`, [x.third], [x.p]]],
  ['a third party quoted in a quote', (x, q) => [`"${x.third} told us: '${q}'," ${x.p} said.`, [x.third], [x.p]]],
];

/** the longest start of `at` the text holds (a quotation split by its attribution keeps only the first words) */
const within = (text: string, at: string): string => {
  const w = at.split(' ');
  while (w.length > 1 && !text.includes(w.join(' '))) w.pop();
  return w.join(' ');
};

export function buildQuoteCases(): QuoteCase[] {
  const out: QuoteCase[] = [];
  for (const x of PARTIES) {
    for (const [c, f] of PERSON_SHAPES) for (const s of STANCES) out.push({ c, text: f(x, s.q), at: within(f(x, s.q), s.at), type: s.type, holder: [x.p] });
    for (const [c, f] of PERSON_SHAPES.slice(0, 3)) out.push({ c: `${c} (condition)`.replace(/^(.*) \(condition\)$/, 'condition: $1'), text: f(x, COND.q), at: COND.at, type: COND.type, holder: [x.p] });
    for (const [c, f] of ORG_SHAPES) for (const s of STANCES) out.push({ c, text: f(x, s.q), at: s.at, type: s.type, holder: [x.org] });
    for (const [c, f] of NEGATIVE_SHAPES) {
      const [text, holder, not] = f(x, STANCES[0]!.q);
      out.push({ c, text, at: STANCES[0]!.at, type: STANCES[0]!.type, holder, not });
    }
  }
  for (const [i, [p, pron]] of PLACE_SURNAMES.entries()) {
    const x = PARTIES[i % PARTIES.length]!;
    for (const [c, f] of PLACE_SURNAME_SHAPES) for (const s of STANCES) out.push({ c, text: f(p, pron, x, s.q), at: s.at, type: s.type, holder: [p] });
  }
  return out;
}

const norm = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/^the\s+/, '').trim();

/**
 * How the analysis `d` of a case fares: 'nocue' (no cue of its type over its words), 'right' (a cue's holder, or its
 * affiliations, is named in `holder`; for a negative, also no such cue held by a name of `not`), else 'holder'
 */
export function judgeQuote(k: QuoteCase, d: StanceDocument): { outcome: 'right' | 'holder' | 'nocue'; got: string[] } {
  const start = k.text.indexOf(k.at);
  const end = start + k.at.length;
  const types = Array.isArray(k.type) ? k.type : [k.type];
  const cues = d.cues.filter((x) => types.includes(x.type) && x.start < end && start < x.end);
  if (!cues.length) return { outcome: 'nocue', got: [] };
  const byId = new Map(d.actors.map((a) => [a.id, a]));
  const namesOf = (id: string | null): string[] => {
    const out: string[] = [];
    for (let a = id ? byId.get(id) : undefined, n = 0; a && n < 5; a = a.affiliation ? byId.get(a.affiliation) : undefined, n++) out.push(a.name);
    return out;
  };
  const heldBy = cues.map((c) => (c.holders?.length ? c.holders : [c.holder]).flatMap(namesOf).map(norm));
  const got = heldBy.map((h) => h.join('+') || '(none)');
  const want = new Set(k.holder.map(norm));
  const bad = new Set((k.not ?? []).map(norm));
  if (heldBy.some((h) => h.some((n) => bad.has(n)) && !h.some((n) => want.has(n)))) return { outcome: 'holder', got };
  return { outcome: heldBy.some((h) => h.some((n) => want.has(n))) ? 'right' : 'holder', got };
}
