/**
 * The third engagement grid (issue #9, registers): the set phrases of engaging in four registers of
 * news English that the first two grids leave out —
 *   diplomatic: translated agency copy, readouts and communiqués ("the two sides agreed to …",
 *     "expressed readiness to …", "held talks", "exchanged views on", "reaffirmed their commitment to")
 *   briefing: press-briefing and statement register ("We welcome …", "we stand ready to …",
 *     "we look forward to …", "the door remains open", "if they want to talk, we will be there")
 *   labour: bargaining ("agreed to go back to the table", "tabled a new offer", "put the offer to
 *     members", "members voted to accept", "reached a tentative agreement")
 *   business: deals ("entered exclusive talks", "is in advanced talks", "agreed terms", "struck a deal")
 *   politics: domestic politics ("agreed to form a coalition", "signed a confidence-and-supply
 *     agreement", "reached across the aisle", "will back the bill in exchange for …")
 * each crossed with invented parties, plus negatives where the same words carry no stance ("talks" as
 * lectures, "met expectations", "held a talk", "deal with the problem", "agreed that it was cold").
 *
 * Template syntax: {A} the holder, {B} the other party, [ … ] the span a cue must overlap. A template
 * with `h: 'AB'` may be held by either party (a joint act). Sentences are invented; nothing comes from news.
 */
import type { Case } from './cases.js';

export const REGISTERS = ['diplomatic', 'briefing', 'labour', 'business', 'politics'] as const;
export type Register = (typeof REGISTERS)[number];

interface Tpl {
  t: string;
  h?: 'A' | 'B' | 'AB';
}

const P: Record<Register, [string, string][]> = {
  diplomatic: [
    ['Norland', 'Vesk'],
    ['Brelvania', 'Tessaly'],
    ['Foreign Minister Oren Halvik', 'Marovia'],
    ['Kestavia', 'the Quellan government'],
    ['President Ilse Marrow', 'Prime Minister Tavo Rusk'],
  ],
  briefing: [
    ['Norland', 'Vesk'],
    ['the Brelvanian foreign ministry', 'Tessaly'],
    ['the Halden Workers\' Union', 'Calder Mining'],
    ['Minister Edda Sorn', 'the rebels'],
  ],
  labour: [
    ['the Halden Workers\' Union', 'Calder Mining'],
    ['the Sarn Dockers\' Union', 'the port authority'],
    ['the Marsh Nurses\' Association', 'the Vesk health board'],
    ['the pilots\' union', 'Brelvia Air'],
  ],
  business: [
    ['Orvane Capital', 'Calder Motors'],
    ['Velt Holdings', 'Kesra Foods'],
    ['Tarn Steel', 'Halvik Metals'],
    ['Brightwater Group', 'Selka Telecom'],
  ],
  politics: [
    ['the Progress Party', 'the Farmers\' League'],
    ['the Green Left', 'the Civic Forum'],
    ['Premier Anna Korvel', 'the Liberal Union'],
    ['the Social Democrats', 'the Centre Party'],
  ],
};

const POS: Record<Register, Tpl[]> = {
  diplomatic: [
    { t: '{A} and {B} [held talks] in Geneva on Tuesday.', h: 'AB' },
    { t: '{A} [held talks with] {B} on Tuesday.' },
    { t: '{A} [held consultations with] {B} on the draft accord.' },
    { t: '{A} [expressed readiness to resume] the dialogue with {B}.' },
    { t: '{A} [expressed {its} readiness to work with] {B} on the border issue.' },
    { t: '{A} [stressed the need for dialogue] with {B}.' },
    { t: '{A} [stressed the importance of resolving the dispute through dialogue] with {B}.' },
    { t: '{A} and {B} [exchanged views on] regional security.', h: 'AB' },
    { t: '{A} [exchanged views with] {B} on regional security.' },
    { t: '{A} [undertook to convey] the proposal to {B}.' },
    { t: '{A} and {B} [reaffirmed their commitment to] the ceasefire agreement.', h: 'AB' },
    { t: '{A} [reaffirmed {its} commitment to a negotiated settlement] with {B}.' },
    { t: '{A} and {B} [agreed to further strengthen cooperation] in energy and trade.', h: 'AB' },
    { t: '{A} and {B} [discussed ways to] expand trade.', h: 'AB' },
    { t: '{A} and {B} [agreed to meet again] in the spring.', h: 'AB' },
    { t: '{A} [expressed willingness to host] the next round of talks with {B}.' },
    { t: '{A} and {B} [signed a memorandum of understanding] on fisheries.', h: 'AB' },
    { t: '{A} [stands ready to facilitate] dialogue with {B}.' },
    { t: '{A} and {B} [pledged to deepen] their strategic partnership.', h: 'AB' },
    { t: '{A} [called for the early resumption of talks] with {B}.' },
    { t: '{A} [agreed to set up a joint working group] with {B}.' },
    { t: '{A} [held a telephone conversation with] {B} on Monday.' },
    { t: '{A} and {B} [agreed to maintain close communication].', h: 'AB' },
    { t: '{A} [reiterated {its} willingness to negotiate] with {B}.' },
    { t: '{A} met {B} in Oslo on Monday. The two sides [agreed to hold the next round of talks] in March.', h: 'AB' },
    { t: '{A} met {B} in Oslo on Monday. The two sides [exchanged views on] the border dispute.', h: 'AB' },
    { t: '{A} met {B} in Oslo on Monday. Both sides [expressed readiness to continue the dialogue].', h: 'AB' },
    { t: '{A} [reaffirmed {its} support for] the peace talks with {B}.' },
  ],
  briefing: [
    { t: '"We [welcome the decision] by {B} to return to the table," {A} said.' },
    { t: '"We [stand ready to resume negotiations] with {B} at any time," {A} said.' },
    { t: '"We [look forward to meeting] {B} next week," {A} said.' },
    { t: '"We [look forward to working with] {B}," {A} said.' },
    { t: '{A} said: "We [remain committed to the talks] with {B}."' },
    { t: '"The door [remains open] to {B}," {A} said.' },
    { t: '"Our door [is always open] to {B}," {A} said.' },
    { t: '{A} [welcomed the offer of talks] from {B}.' },
    { t: '{A} [welcomed] {B}\'s proposal for a ceasefire.' },
    { t: '"We [are ready to sit down with] {B}," {A} said.' },
    { t: '"We [are open to] any proposal from {B}," {A} said.' },
    { t: '"We [will engage constructively with] {B}," {A} said.' },
    { t: '"We [hope to reach an agreement] with {B} soon," {A} said.' },
    { t: '"If {B} wants to talk, [we will be there]," {A} said.' },
    { t: '"If {B} is willing to negotiate, [we will welcome it]," {A} said.' },
    { t: '"We [remain committed to finding a negotiated solution]," {A} said of the dispute with {B}.' },
    { t: '"We [are prepared to meet] {B} halfway," {A} said.' },
    { t: '{A} said it [stood ready to] resume talks with {B}.' },
    { t: '{A} said it [looked forward to] further talks with {B}.' },
    { t: '{A} said its door [remained open] to talks with {B}.' },
  ],
  labour: [
    { t: '{A} and {B} [agreed to go back to the table] next week.', h: 'AB' },
    { t: '{B} [tabled a new offer] on Monday.', h: 'B' },
    { t: '{B} [put a new offer] to the union on Monday.', h: 'B' },
    { t: '{A} [will put the new offer to members] in a ballot.' },
    { t: '{A} [recommended the deal to members].' },
    { t: 'Members of {A} [voted to accept] the offer from {B}.' },
    { t: '{A} [voted to accept] the offer from {B}.' },
    { t: '{A} and {B} [reached a tentative agreement] early on Sunday.', h: 'AB' },
    { t: '{A} [struck a deal with] {B} over pay.' },
    { t: '{A} [returned to the bargaining table] on Tuesday.' },
    { t: '{A} [accepted the revised offer] from {B}.' },
    { t: '{B} [improved its offer] to {A} on Friday.', h: 'B' },
    { t: '{A} [agreed to binding arbitration] with {B}.' },
    { t: '{A} [entered mediation with] {B}.' },
    { t: '{A} [asked for talks with] {B} over the pay freeze.' },
    { t: '{A} and {B} [resumed talks] at the conciliation service.', h: 'AB' },
    { t: '{A} [agreed to suspend the strike] while talks with {B} continue.' },
    { t: '{A} said it [would ballot members on] the offer from {B}.' },
    { t: '{A} [reached a deal with] {B} on Saturday night.' },
    { t: '{B} [made a fresh offer] to {A} on Friday.', h: 'B' },
  ],
  business: [
    { t: '{A} [entered exclusive talks with] {B} over the sale of its cement unit.' },
    { t: '{A} [is in advanced talks to buy] {B}.' },
    { t: '{A} [is in talks with] {B} about a merger.' },
    { t: '{A} and {B} [agreed terms] on a merger.', h: 'AB' },
    { t: '{A} [agreed terms with] {B} on a merger.' },
    { t: '{A} [made an approach to] {B} about a takeover.' },
    { t: '{A} [agreed to buy] {B} for $3bn.' },
    { t: '{A} [tabled a bid for] {B}.' },
    { t: '{A} [raised its offer for] {B}.' },
    { t: '{A} [struck a deal to acquire] {B}.' },
    { t: '{A} [held preliminary discussions with] {B}.' },
    { t: '{A} [confirmed it was in discussions with] {B}.' },
    { t: '{A} [signed a supply agreement with] {B}.' },
    { t: '{A} [is in early-stage talks with] {B}.' },
    { t: '{A} [has approached] {B} with a view to a merger.' },
    { t: '{A} [sweetened its offer for] {B}.' },
    { t: '{B} said it [had received an approach from] {A}.', h: 'B' },
    { t: '{A} [agreed a £2bn deal with] {B}.' },
    { t: '{A} [entered into a partnership with] {B}.' },
    { t: '{A}\'s board [recommended the offer] from {B} to shareholders.' },
  ],
  politics: [
    { t: '{A} and {B} [agreed to form a coalition].', h: 'AB' },
    { t: '{A} [agreed to form a coalition with] {B}.' },
    { t: '{A} [signed a confidence-and-supply agreement with] {B}.' },
    { t: '{A} [reached across the aisle] to {B} on the budget.' },
    { t: '{A} [will back the bill in exchange for] more funding from {B}.' },
    { t: '{A} [opened coalition talks with] {B}.' },
    { t: '{A} [is in coalition talks with] {B}.' },
    { t: '{A} and {B} [struck a budget deal].', h: 'AB' },
    { t: '{A} [agreed to support] {B} on confidence votes.' },
    { t: '{A} [invited] {B} [to join] the government.' },
    { t: '{A} [offered to work with] {B} on the budget.' },
    { t: '{A} said it [was open to a deal with] {B}.' },
    { t: '{A} [has been negotiating with] {B} over the budget.' },
    { t: '{A} and {B} [reached a power-sharing agreement].', h: 'AB' },
    { t: '{A} [sounded out] {B} about a coalition.' },
    { t: '{A} [agreed to abstain] in exchange for concessions from {B}.' },
    { t: '{A} [will support the budget in return for] a tax cut from {B}.' },
    { t: '{A} [entered exploratory talks with] {B}.' },
    { t: '{A} [agreed to prop up] the minority government of {B}.' },
    { t: '{A} [signed a coalition agreement with] {B}.' },
  ],
};

/** the same words where they carry no engagement */
const NEG: Record<Register, string[]> = {
  diplomatic: [
    'The professor gave a series of talks on medieval history.',
    'The results met expectations, the ministry said.',
    '{A} expressed concern over the floods.',
    'The minister stressed the need for better roads.',
    'The leaders noted the heavy rainfall in the north.',
    '{A} exchanged currency at the border.',
    '{A} reaffirmed its commitment to clean energy.',
    'The two sides of the river flooded after the storm.',
    '{A} held a minute of silence for the victims.',
    'The ambassador exchanged gifts with the schoolchildren.',
    'The committee discussed ways to reduce litter in the park.',
    '{A} expressed readiness for the winter storms.',
    '{A} pledged to deepen the harbour by two metres.',
    '{A} stressed the importance of clean water.',
  ],
  briefing: [
    'The museum will welcome visitors from Tuesday.',
    '"We look forward to the summer," the mayor said.',
    'The door remains open until 6 pm.',
    '"We welcome rain after a dry month," {A} said.',
    'The shop said it stood ready for the holiday rush.',
    '"We remain committed to reducing emissions," {A} said.',
    '"Our doors are open from nine to five," the librarian said.',
    'She held a talk at the library on Tuesday.',
    '"We are open on Sundays," the baker said.',
    '"We hope to reach the summit before dark," the climbers said.',
  ],
  labour: [
    'The city must deal with the problem of potholes.',
    'The cook put a new table by the window.',
    'Residents agreed that it was cold.',
    'The vote to accept new members of the chess club was held on Monday.',
    'The shop tabled a new menu on Monday.',
    'Members voted to accept the new logo.',
    'The striker struck the ball into the top corner.',
    'The carpenter returned to the kitchen table.',
    'He accepted the revised timetable.',
    'The hospital improved its parking.',
  ],
  business: [
    'The shop offers a deal on handsets this week.',
    'Analysts said the results met expectations.',
    'The lecturer gave talks on merger law to the students.',
    'The chef agreed terms for the wedding menu with the bride.',
    'Investors had to deal with the problem of high inflation.',
    'The climbers made an approach to the summit.',
    'The bakery raised its prices for bread.',
    'She gave talks at three universities.',
    'The dog approached the gate.',
    'The company must deal with the problem of rising costs.',
  ],
  politics: [
    'The members agreed that the hall was too cold.',
    'The senator reached across the table for the salt.',
    'The party will back the bus in exchange for a taxi.',
    'The student signed the attendance sheet.',
    'Voters must deal with the problem of long queues.',
    'The coalition of birds formed a flock over the lake.',
    'The MP sounded out the words slowly for the children.',
    'The council held talks on gardening for residents.',
    'The party invited guests to join the dinner.',
    '{A} agreed that the weather was poor.',
  ],
};

/** the possessive of a person holder */
const PERSON_PRON: Record<string, string> = {
  'Foreign Minister Oren Halvik': 'his', 'President Ilse Marrow': 'her', 'Minister Edda Sorn': 'her', 'Premier Anna Korvel': 'her',
};


/** a second batch, written after the first fixes: rarer set phrases of the same registers */
const POS2: Record<Register, Tpl[]> = {
  diplomatic: [
    { t: '{A} [offered its good offices] to {B}.' },
    { t: '{A} [offered to mediate] between {B} and the rebels.' },
    { t: '{A} and {B} [reached an understanding] on the border crossings.', h: 'AB' },
    { t: '{A} [is willing to work with] {B} on the crisis.' },
    { t: '{A} [is ready to join hands with] {B} to end the conflict.' },
    { t: '{A} and {B} [agreed on the need for] further talks.', h: 'AB' },
    { t: '{A} and {B} [confirmed their intention to] sign the accord.', h: 'AB' },
    { t: '{A} [expressed interest in talks] with {B}.' },
    { t: '{A} [hailed the agreement] with {B}.' },
    { t: '{A} [welcomed the signing of] the accord with {B}.' },
    { t: '{A} and {B} [instructed their foreign ministers to prepare] a summit.', h: 'AB' },
    { t: '{A} [looks forward to the early conclusion of the talks] with {B}.' },
    { t: '{A} [voiced readiness to] host talks with {B}.' },
    { t: '{A} [stressed the importance of continuing contacts] with {B}.' },
  ],
  briefing: [
    { t: '"We [are willing to talk to] {B} at any time," {A} said.' },
    { t: '"We [have made clear that we are ready to talk]," {A} said of {B}.' },
    { t: '"Our offer of talks [still stands]," {A} told {B}.' },
    { t: '"We [will not walk away from the table]," {A} said of the talks with {B}.' },
    { t: '"We [are keen to get back round the table] with {B}," {A} said.' },
    { t: '"We [want to find a way forward] with {B}," {A} said.' },
    { t: '"We [are happy to meet] {B} tomorrow," {A} said.' },
    { t: '"We [remain open to dialogue] with {B}," {A} said.' },
    { t: '"We [would welcome talks] with {B}," {A} said.' },
    { t: '"We [have invited] {B} [to talks]," {A} said.' },
  ],
  labour: [
    { t: '{A} leaders [will recommend the deal] to members.' },
    { t: 'Members of {A} [ratified the agreement] with {B}.' },
    { t: '{A} and {B} [reached a deal in principle] on Friday.', h: 'AB' },
    { t: '{A} [agreed to talks at the conciliation service] with {B}.' },
    { t: '{A} [accepted a five per cent pay rise] from {B}.' },
    { t: '{A} [suspended industrial action] to allow talks with {B}.' },
    { t: '{A} [agreed to a pay rise of four per cent] after talks with {B}.' },
    { t: '{A} [signed off on a new contract] with {B}.' },
    { t: '{A} [has requested a meeting with] {B}.' },
    { t: '{A} [wrote to] {B} [asking for talks].' },
  ],
  business: [
    { t: '{A} [confirmed talks with] {B} about a possible combination.' },
    { t: '{A} [agreed to be acquired by] {B}.' },
    { t: '{A}\'s board [backed the takeover] by {B}.' },
    { t: '{A} [announced a firm intention to make an offer for] {B}.' },
    { t: '{A} [is exploring a sale to] {B}.' },
    { t: '{A} [held talks about a possible combination with] {B}.' },
    { t: '{A} [agreed to sell] its cement unit to {B}.' },
    { t: '{A} [opened its books to] {B}.' },
    { t: '{A} [granted due diligence to] {B}.' },
    { t: '{A} [teamed up with] {B} on a joint bid.' },
  ],
  politics: [
    { t: '{A} [struck a deal with] {B} to pass the budget.' },
    { t: '{A} [secured the support of] {B} for the budget.' },
    { t: '{A} [agreed to enter government] with {B}.' },
    { t: '{A} [joined the coalition] led by {B}.' },
    { t: '{A} and {B} [agreed a programme for government].', h: 'AB' },
    { t: '{A} [opened the door to a coalition] with {B}.' },
    { t: '{A} [did not rule out a coalition] with {B}.' },
    { t: '{A} [is willing to govern with] {B}.' },
    { t: '{A} [signed up to the coalition deal] with {B}.' },
    { t: '{A} [won the backing of] {B} for the bill.', h: 'AB' },
  ],
};

const NEG2: Record<Register, string[]> = {
  diplomatic: [
    'The hotel offered its guests a free breakfast.',
    'The scientists reached an understanding of the virus.',
    'The leaders noted the progress of the harvest.',
    '{A} hailed the team after the final.',
    'The two sides of the coin look alike.',
  ],
  briefing: [
    '"Our offer on shoes still stands," the shop said.',
    '"We are happy to meet the fans after the match," the coach said.',
    '"We want to find a way forward through the snow," the guide said.',
    '"We would welcome sunshine," the farmers said.',
  ],
  labour: [
    'The doctor recommended the diet to patients.',
    'The club ratified the new kit design.',
    'The school accepted a donation from a parent.',
    'The students wrote to the newspaper about the bus timetable.',
  ],
  business: [
    'The hikers teamed up to carry the tent.',
    'The library opened its books to children.',
    'The museum agreed to sell its gift shop mugs online.',
    'Geologists are exploring the cave.',
  ],
  politics: [
    'The team joined the league in 2019.',
    'The party opened the door to the garden.',
    'The coalition of birds flew south.',
    'The candidate secured the support of her family.',
  ],
};

const capFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** fill a template: returns the text, the marked spans and the spans of A and B */
export function fill(t: string, a: string, b: string): { text: string; marks: [number, number][]; a: [number, number][]; b: [number, number][] } {
  let text = '';
  const marks: [number, number][] = [];
  const as: [number, number][] = [];
  const bs: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (ch === '[') { open = text.length; continue; }
    if (ch === ']') { marks.push([open, text.length]); continue; }
    if (t.startsWith('{its}', i)) {
      text += PERSON_PRON[a] ?? 'its';
      i += 4;
      continue;
    }
    if (ch === '{' && (t[i + 1] === 'A' || t[i + 1] === 'B') && t[i + 2] === '}') {
      const atStart = text.length === 0 || text === '"' || /[.!?] $/.test(text) || /: "$/.test(text);
      let name = t[i + 1] === 'A' ? a : b;
      if (atStart) name = capFirst(name);
      (t[i + 1] === 'A' ? as : bs).push([text.length, text.length + name.length]);
      text += name;
      i += 2;
      continue;
    }
    text += ch;
  }
  if (text.length) text = capFirst(text);
  return { text, marks, a: as, b: bs };
}

export function buildCases3(): (Case & { register: Register })[] {
  const out: (Case & { register: Register })[] = [];
  for (const reg of REGISTERS) {
    POS[reg].forEach((tpl, ti) => {
      for (const [pi, [a, b]] of P[reg].entries()) {
        const f = fill(tpl.t, a, b);
        const h = tpl.h ?? 'A';
        const holders = [...(h.includes('A') ? f.a : []), ...(h.includes('B') ? f.b : [])];
        out.push({
          id: `${reg}/${ti}/${pi}`, register: reg, predClass: reg, frame: reg, party: a, text: f.text,
          type: 'engagement', span: [f.marks[0]![0], f.marks[f.marks.length - 1]![1]], holders,
        });
      }
    });
    POS2[reg].forEach((tpl, ti) => {
      for (const [pi, [a, b]] of P[reg].entries()) {
        const f = fill(tpl.t, a, b);
        const h = tpl.h ?? 'A';
        const holders = [...(h.includes('A') ? f.a : []), ...(h.includes('B') ? f.b : [])];
        out.push({
          id: `${reg} 2/${ti}/${pi}`, register: reg, predClass: reg, frame: `${reg} 2`, party: a, text: f.text,
          type: 'engagement', span: [f.marks[0]![0], f.marks[f.marks.length - 1]![1]], holders,
        });
      }
    });
    NEG2[reg].forEach((t, ti) => {
      const pairs = t.includes('{') ? P[reg].slice(0, 2) : [P[reg][0]!];
      for (const [pi, [a, b]] of pairs.entries()) {
        const f = fill(t, a, b);
        out.push({ id: `${reg} 2/neg${ti}/${pi}`, register: reg, predClass: `negative: ${reg}`, frame: `${reg} 2`, party: a, text: f.text, none: 'engagement' });
      }
    });
    NEG[reg].forEach((t, ti) => {
      const pairs = t.includes('{') ? P[reg].slice(0, 2) : [P[reg][0]!];
      for (const [pi, [a, b]] of pairs.entries()) {
        const f = fill(t, a, b);
        out.push({ id: `${reg}/neg${ti}/${pi}`, register: reg, predClass: `negative: ${reg}`, frame: reg, party: a, text: f.text, none: 'engagement' });
      }
    });
  }
  return out;
}

/** a template of a family grid: its text, and 'AB' when both parties hold the cue */
export interface FamilyTemplate {
  t: string;
  h?: 'A' | 'AB';
}

const FAMILY_PARTIES: [string, string][] = [
  ['Norland', 'Vesk'],
  ["the Halden Workers' Union", 'Calder Mining'],
];

/**
 * The cases of a family grid of engagement (grids 6 and 7): each positive template × each member of its family's
 * class, the parties taken in turn; each negative sentence once.
 */
export function buildFamilyCases<F extends string>(
  families: readonly F[],
  pos: Record<F, FamilyTemplate[]>,
  cls: Record<F, string[]>,
  neg: Record<F, string[]>,
  subst: (t: string, p: string, i: number) => string,
): (Case & { family: F })[] {
  const out: (Case & { family: F })[] = [];
  for (const fam of families) {
    pos[fam].forEach((tpl, ti) => {
      cls[fam].forEach((p, vi) => {
        const [a, b] = FAMILY_PARTIES[vi % FAMILY_PARTIES.length]!;
        const f = fill(subst(tpl.t, p, vi), a, b);
        const holders = [...f.a, ...(tpl.h === 'AB' ? f.b : [])];
        out.push({
          id: `${fam}/${ti}/${p}`, family: fam, predClass: p, frame: fam, party: a, text: f.text,
          type: 'engagement', span: [f.marks[0]![0], f.marks[f.marks.length - 1]![1]],
          holders: holders.length ? holders : [[0, f.text.length]],
        });
      });
    });
    neg[fam].forEach((t, ti) => {
      out.push({ id: `${fam}/neg${ti}`, family: fam, predClass: `negative: ${fam}`, frame: fam, party: '', text: t, none: 'engagement' });
    });
  }
  return out;
}
