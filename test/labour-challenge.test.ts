/**
 * A labour, business and domestic-politics challenge set: news-style sentences of our own, with invented
 * parties, each naming the actors the actors stage must find and the party that must hold its stance. The
 * cases cover the parties such news has: companies (legal suffixes, short forms, tickers, "the firm", "the
 * carmaker"), boards and shareholders, management, unions (acronyms, locals, "the union's members",
 * rank-and-file), workers by trade, employer bodies, regulators, parties and politicians with party labels,
 * ministers and departments, mayors and councils, spokespeople, statements, and later mentions (surname, "the
 * company", "it", "they").
 *
 * `knownActor` marks a case whose actors are not all found yet; `known` a case whose cue is not found
 * ('nocue') or gets another holder ('holder'). Every other case must pass; the test prints the counts per
 * party. Written before the tool was run on it (see the README, "Labour and business challenge set").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';
import { judgeHolder, type Outcome } from './helpers/challenge.js';

type Party =
  | 'company'
  | 'board-shareholders'
  | 'management'
  | 'union'
  | 'workers'
  | 'employer-body'
  | 'regulator'
  | 'politician'
  | 'minister'
  | 'mayor-council'
  | 'spokesperson'
  | 'statement'
  | 'later-mention';

type CueType = 'engagement' | 'refusal' | 'condition';

export interface DomainCase {
  c: Party;
  text: string;
  /** the actors the stage must find: each some actor's canonical name or some mention's text */
  actors: string[];
  /** the cue's type (or the types a careful reader could give it) */
  type: CueType | CueType[];
  /** words of the text the cue's span must overlap (first occurrence) */
  at: string;
  /** the names the holder may go by (canonical name of the holder or of its affiliation) */
  holder: string[];
  /** a known failure of the actors stage: an actor of `actors` is not found */
  knownActor?: true;
  /** a known failure: 'nocue' when no cue of the type is found there, 'holder' when another party holds it */
  known?: 'nocue' | 'holder';
}

export const CASES: DomainCase[] = [
  // companies: legal suffixes, tickers, short forms and the industry noun as a later mention
  { c: 'company', text: 'Brakefield Motors Ltd said on Monday it would not reopen talks with the union.', actors: ['Brakefield Motors Ltd'], type: 'refusal', at: 'would not reopen talks', holder: ['Brakefield Motors Ltd', 'Brakefield Motors'] },
  { c: 'company', text: 'Orvane plc rejected the takeover approach from Kallister Group, saying it undervalued the company.', actors: ['Orvane plc', 'Kallister Group'], type: 'refusal', at: 'rejected', holder: ['Orvane plc', 'Orvane'] },
  { c: 'company', text: 'Tessaly Inc. (NASDAQ: TSLY) said it was open to talks with activist investors.', actors: ['Tessaly Inc'], type: 'engagement', at: 'open to talks', holder: ['Tessaly Inc', 'Tessaly Inc.', 'Tessaly'] },
  { c: 'company', text: "Varnholt Logistics has been hit by a drivers' strike. Varnholt said on Friday it was ready to negotiate.", actors: ['Varnholt Logistics'], type: 'engagement', at: 'ready to negotiate', holder: ['Varnholt Logistics'] },
  { c: 'company', text: 'Drivers at Pellman Freight walked out on Tuesday. The firm said it would not negotiate while the strike continued.', actors: ['Pellman Freight'], type: ['refusal', 'condition'], at: 'would not negotiate', holder: ['Pellman Freight'] },
  { c: 'company', text: 'Halvern Motors is facing its first strike in a decade. The carmaker has refused to improve its pay offer.', actors: ['Halvern Motors'], type: 'refusal', at: 'refused', holder: ['Halvern Motors'] },
  { c: 'company', text: 'Sallow Group posted a loss in the third quarter. The group said it had rejected a bid from a rival consortium.', actors: ['Sallow Group'], type: 'refusal', at: 'rejected', holder: ['Sallow Group'] },
  { c: 'company', text: 'Kelwick Stores will close twelve shops. The retailer said it was willing to discuss the closures with staff.', actors: ['Kelwick Stores'], type: 'engagement', at: 'willing to discuss', holder: ['Kelwick Stores'] },
  { c: 'company', text: 'Shares in Dunmore Energy (DNME) rose after the company agreed to hold talks with its largest shareholder.', actors: ['Dunmore Energy'], type: 'engagement', at: 'agreed to hold talks', holder: ['Dunmore Energy'] },
  { c: 'company', text: "Calbridge Bank is in talks with regulators over its capital. The lender has rejected the union's demands for a pay rise.", actors: ['Calbridge Bank'], type: 'refusal', at: 'rejected', holder: ['Calbridge Bank'] },
  { c: 'company', text: 'Pilots at Skelvin Air voted to strike on Monday. The airline said it was ready to return to talks at any time.', actors: ['Skelvin Air'], type: 'engagement', at: 'ready to return to talks', holder: ['Skelvin Air'] },
  { c: 'company', text: 'Tarrow Cement Corp. said it would not meet the union until the blockade of its plant ended.', actors: ['Tarrow Cement Corp'], type: ['refusal', 'condition'], at: 'would not meet', holder: ['Tarrow Cement Corp', 'Tarrow Cement Corp.', 'Tarrow Cement'] },

  // boards and shareholders
  { c: 'board-shareholders', text: 'The board of Orvane plc unanimously rejected the offer.', actors: ['Orvane plc'], type: 'refusal', at: 'rejected', holder: ['Orvane plc', 'Orvane'] },
  { c: 'board-shareholders', text: "Dunmore Energy's board said it was willing to engage with shareholders on the pay plan.", actors: ['Dunmore Energy'], type: 'engagement', at: 'willing to engage', holder: ['Dunmore Energy'] },
  { c: 'board-shareholders', text: 'Shareholders of Kallister Group rejected the merger at a meeting on Thursday.', actors: ['Kallister Group'], type: 'refusal', at: 'rejected', holder: ['shareholders', 'Kallister Group shareholders', 'shareholders of Kallister Group', 'Kallister Group'] },
  { c: 'board-shareholders', text: 'Brenmoor Capital, which owns 12 percent of Sallow Group, said it would reject the board\'s plan.', actors: ['Brenmoor Capital', 'Sallow Group'], type: 'refusal', at: 'would reject', holder: ['Brenmoor Capital'] },
  { c: 'board-shareholders', text: "Sallow Group's largest shareholder, Fenwick Partners, said it was open to talks with management.", actors: ['Sallow Group', 'Fenwick Partners'], type: 'engagement', at: 'open to talks', holder: ['Fenwick Partners'] },
  { c: 'board-shareholders', text: 'Directors at Tessaly Inc. have refused to meet the activist fund.', actors: ['Tessaly Inc'], type: 'refusal', at: 'refused', holder: ['Tessaly Inc', 'Tessaly Inc.', 'directors'] },

  // management
  { c: 'management', text: "Pellman Freight's chief executive, Anna Velk, said the company would not return to the table until the blockade ended.", actors: ['Pellman Freight', 'Anna Velk'], type: ['refusal', 'condition'], at: 'would not return', holder: ['Anna Velk', 'Pellman Freight'] },
  { c: 'management', text: 'Chief executive Jorin Maas told staff that Halvern Motors was prepared to negotiate.', actors: ['Jorin Maas', 'Halvern Motors'], type: 'engagement', at: 'prepared to negotiate', holder: ['Halvern Motors', 'Jorin Maas'] },
  { c: 'management', text: 'Management at Kelwick Stores has refused to recognise the union.', actors: ['Kelwick Stores'], type: 'refusal', at: 'refused', holder: ['Kelwick Stores', 'management'] },
  { c: 'management', text: 'Bosses at Skelvin Air said they were willing to meet the pilots.', actors: ['Skelvin Air'], type: 'engagement', at: 'willing to meet', holder: ['Skelvin Air', 'bosses'] },
  { c: 'management', text: "Halvern Motors' human resources director, Petra Lind, said the carmaker had offered to resume talks.", actors: ['Halvern Motors', 'Petra Lind'], type: 'engagement', at: 'offered to resume talks', holder: ['Halvern Motors', 'Petra Lind'] },
  { c: 'management', text: 'Anna Velk, chief executive of Pellman Freight, met drivers on Monday. The chief executive said she would not negotiate under threat.', actors: ['Anna Velk', 'Pellman Freight'], type: 'refusal', at: 'would not negotiate', holder: ['Anna Velk', 'Pellman Freight'] },

  // unions: full names, acronyms, locals, members
  { c: 'union', text: "The Amalgamated Transport Workers' Union rejected the pay offer on Wednesday.", actors: ["Amalgamated Transport Workers' Union"], type: 'refusal', at: 'rejected', holder: ["Amalgamated Transport Workers' Union"] },
  { c: 'union', text: "The Amalgamated Transport Workers' Union (ATWU) met on Tuesday. The ATWU said it would not accept the offer.", actors: ["Amalgamated Transport Workers' Union"], type: 'refusal', at: 'would not accept', holder: ["Amalgamated Transport Workers' Union", 'ATWU'] },
  { c: 'union', text: 'Local 751 of the Norland Machinists Union voted to reject the contract.', actors: ['Local 751', 'Norland Machinists Union'], type: 'refusal', at: 'reject', holder: ['Local 751', 'Norland Machinists Union'] },
  { c: 'union', text: "The Halden Nurses' Union put the offer to a vote. The union's members rejected the deal by a wide margin.", actors: ["Halden Nurses' Union"], type: 'refusal', at: 'rejected', holder: ["Halden Nurses' Union", 'members', "union's members"] },
  { c: 'union', text: 'Rank-and-file members of the Brelvan Teachers Federation have refused to accept the agreement.', actors: ['Brelvan Teachers Federation'], type: 'refusal', at: 'refused', holder: ['Brelvan Teachers Federation', 'rank-and-file members'] },
  { c: 'union', text: 'Union leaders said they were ready to resume talks with Calbridge Bank.', actors: ['Calbridge Bank'], type: 'engagement', at: 'ready to resume talks', holder: ['union leaders', 'union'] },
  { c: 'union', text: 'The Porthaven Stevedores Association said it had agreed to meet the port operator.', actors: ['Porthaven Stevedores Association'], type: 'engagement', at: 'agreed to meet', holder: ['Porthaven Stevedores Association'] },
  { c: 'union', text: "Kordal, Norland's largest union, said it would not sign the agreement.", actors: ['Kordal'], type: 'refusal', at: 'would not sign', holder: ['Kordal'] },
  { c: 'union', text: 'Local 751 represents 30,000 machinists at the plant. The union said it had rejected the final offer.', actors: ['Local 751'], type: 'refusal', at: 'rejected', holder: ['Local 751'] },
  { c: 'union', text: 'The Norland Machinists Union (NMU) said on Friday that it was ready to return to the bargaining table.', actors: ['Norland Machinists Union'], type: 'engagement', at: 'ready to return', holder: ['Norland Machinists Union', 'NMU'] },

  // workers by trade
  { c: 'workers', text: 'Nurses at Harrowgate General Hospital rejected the latest pay offer.', actors: ['Harrowgate General Hospital'], type: 'refusal', at: 'rejected', holder: ['nurses', 'Nurses at Harrowgate General Hospital'] },
  { c: 'workers', text: 'Dock workers in Porthaven said they would not return to work without a written guarantee.', actors: ['dock workers'], type: ['refusal', 'condition'], at: 'would not return', holder: ['dock workers', 'Dock workers in Porthaven'] },
  { c: 'workers', text: "Junior doctors have refused to call off next week's strike.", actors: ['junior doctors'], type: 'refusal', at: 'refused', holder: ['junior doctors'] },
  { c: 'workers', text: 'Train drivers voted overwhelmingly to accept the deal.', actors: ['train drivers'], type: 'engagement', at: 'accept', holder: ['train drivers'] },
  { c: 'workers', text: 'Cleaners employed by Sparrow Facilities said they were ready to negotiate.', actors: ['Sparrow Facilities'], type: 'engagement', at: 'ready to negotiate', holder: ['cleaners', 'Cleaners employed by Sparrow Facilities'] },
  { c: 'workers', text: 'Teachers in the Drumlin district walked out of talks with the school board on Thursday.', actors: ['teachers'], type: 'refusal', at: 'walked out', holder: ['teachers', 'Teachers in the Drumlin district'] },
  { c: 'workers', text: "Flight attendants at Skelvin Air have rejected the airline's offer.", actors: ['Skelvin Air'], type: 'refusal', at: 'rejected', holder: ['flight attendants', 'Flight attendants at Skelvin Air'] },

  // employer bodies
  { c: 'employer-body', text: 'The Norland Chamber of Commerce said it was willing to discuss the minimum wage with unions.', actors: ['Norland Chamber of Commerce'], type: 'engagement', at: 'willing to discuss', holder: ['Norland Chamber of Commerce'] },
  { c: 'employer-body', text: 'The Confederation of Vesk Industry rejected the proposal for a four-day week.', actors: ['Confederation of Vesk Industry'], type: 'refusal', at: 'rejected', holder: ['Confederation of Vesk Industry'] },
  { c: 'employer-body', text: "The Brelvan Employers' Federation said it would not negotiate with the unions while the strikes continued.", actors: ["Brelvan Employers' Federation"], type: ['refusal', 'condition'], at: 'would not negotiate', holder: ["Brelvan Employers' Federation"] },
  { c: 'employer-body', text: 'The Road Hauliers Association has agreed to join talks on driver hours.', actors: ['Road Hauliers Association'], type: 'engagement', at: 'agreed to join talks', holder: ['Road Hauliers Association'] },

  // regulators
  { c: 'regulator', text: "The Norland Competition Authority rejected Kallister Group's proposed remedies.", actors: ['Norland Competition Authority', 'Kallister Group'], type: 'refusal', at: 'rejected', holder: ['Norland Competition Authority'] },
  { c: 'regulator', text: 'The Financial Conduct Board said it was prepared to meet the banks to discuss the new rules.', actors: ['Financial Conduct Board'], type: 'engagement', at: 'prepared to meet', holder: ['Financial Conduct Board'] },
  { c: 'regulator', text: "Orvane plc's bid for Tessaly is under review by the Vesk Markets Commission. The regulator said it would not approve the deal unless Orvane sold its retail arm.", actors: ['Orvane plc', 'Vesk Markets Commission'], type: 'condition', at: 'unless', holder: ['Vesk Markets Commission'] },
  { c: 'regulator', text: "The energy watchdog, Ofgrid, rejected the suppliers' request for talks.", actors: ['Ofgrid'], type: 'refusal', at: 'rejected', holder: ['Ofgrid'] },

  // parties and politicians with party labels
  { c: 'politician', text: 'Velmont Democrat Sara Kinney said she would not support the bill unless it protected overtime pay.', actors: ['Sara Kinney'], type: 'condition', at: 'unless', holder: ['Sara Kinney'] },
  { c: 'politician', text: 'Senator Paul Ostrander, a Republican from Velmont, said he was open to negotiating with Democrats on the spending bill.', actors: ['Paul Ostrander'], type: 'engagement', at: 'open to negotiating', holder: ['Paul Ostrander'] },
  { c: 'politician', text: 'The Greens said they would not enter a coalition with the Conservatives.', actors: ['Greens', 'Conservatives'], type: 'refusal', at: 'would not enter', holder: ['Greens'] },
  { c: 'politician', text: 'Labor has ruled out a deal with the independents.', actors: ['Labor'], type: 'refusal', at: 'ruled out', holder: ['Labor'] },
  { c: 'politician', text: 'The opposition leader, Marta Quell, said her party was ready to work with the government on the budget.', actors: ['Marta Quell'], type: 'engagement', at: 'ready to work with', holder: ['Marta Quell', 'opposition'] },
  { c: 'politician', text: "The Social Democrats rejected the coalition offer from Prime Minister Ivo Dren's party.", actors: ['Social Democrats', 'Ivo Dren'], type: 'refusal', at: 'rejected', holder: ['Social Democrats'] },
  { c: 'politician', text: 'Liberal Party leader Hugo Benn said the party would not back the budget without tax cuts.', actors: ['Hugo Benn', 'Liberal Party'], type: ['refusal', 'condition'], at: 'would not back', holder: ['Hugo Benn', 'Liberal Party'] },
  { c: 'politician', text: 'Republican lawmakers walked out of the session in protest.', actors: ['Republican lawmakers'], type: 'refusal', at: 'walked out', holder: ['Republican lawmakers', 'Republicans', 'Republican'] },
  { c: 'politician', text: 'Two Labour MPs, Jane Ardell and Tom Risk, said they would boycott the vote.', actors: ['Jane Ardell', 'Tom Risk'], type: 'refusal', at: 'boycott', holder: ['Jane Ardell', 'Tom Risk', 'Labour', 'Labour MPs'] },
  { c: 'politician', text: 'Speaker Mara Collinge said she was willing to negotiate with the governor.', actors: ['Mara Collinge'], type: 'engagement', at: 'willing to negotiate', holder: ['Mara Collinge'] },

  // ministers and departments
  { c: 'minister', text: "Norland's labour minister, Dafna Roos, said the government was prepared to meet the unions.", actors: ['Dafna Roos', 'Norland'], type: 'engagement', at: 'prepared to meet', holder: ['Norland', 'Dafna Roos'] },
  { c: 'minister', text: "The Department of Employment said it had agreed to hold talks with the nurses' union.", actors: ['Department of Employment'], type: 'engagement', at: 'agreed to hold talks', holder: ['Department of Employment'] },
  { c: 'minister', text: "Finance Minister Karel Udo rejected the unions' demand for a pay rise.", actors: ['Karel Udo'], type: 'refusal', at: 'rejected', holder: ['Karel Udo'] },
  { c: 'minister', text: 'Nurses have been on strike since March. The health ministry said it would not reopen the contract.', actors: ['health ministry'], type: 'refusal', at: 'would not reopen', holder: ['health ministry', 'ministry'] },
  { c: 'minister', text: "Norland's labour minister, Dafna Roos, met both sides on Friday. The minister said she was ready to chair further talks.", actors: ['Dafna Roos', 'Norland'], type: 'engagement', at: 'ready to chair', holder: ['Dafna Roos', 'Norland'] },

  // mayors and councils
  { c: 'mayor-council', text: 'Mayor Lena Hart said the city was ready to negotiate with striking bus drivers.', actors: ['Lena Hart'], type: 'engagement', at: 'ready to negotiate', holder: ['Lena Hart', 'city'] },
  { c: 'mayor-council', text: "Drumlin City Council voted to reject the union's proposal.", actors: ['Drumlin City Council'], type: 'refusal', at: 'reject', holder: ['Drumlin City Council'] },
  { c: 'mayor-council', text: 'Harwick Borough Council has faced weeks of bin strikes. The council said it would not negotiate until the refuse collectors returned to work.', actors: ['Harwick Borough Council'], type: ['refusal', 'condition'], at: 'would not negotiate', holder: ['Harwick Borough Council'] },
  { c: 'mayor-council', text: "Porthaven's mayor, Ilse Varga, said she had offered to host talks between the port and the union.", actors: ['Ilse Varga'], type: 'engagement', at: 'offered to host talks', holder: ['Ilse Varga', 'Porthaven'] },

  // spokespeople
  { c: 'spokesperson', text: 'A company spokeswoman said Kelwick Stores was willing to meet union representatives.', actors: ['Kelwick Stores'], type: 'engagement', at: 'willing to meet', holder: ['Kelwick Stores'] },
  { c: 'spokesperson', text: "A spokesman for the Amalgamated Transport Workers' Union said the union would not accept the offer.", actors: ["Amalgamated Transport Workers' Union"], type: 'refusal', at: 'would not accept', holder: ["Amalgamated Transport Workers' Union"] },
  { c: 'spokesperson', text: 'Pellman Freight spokesman Dario Lenz said the firm had no plans to reopen talks.', actors: ['Pellman Freight', 'Dario Lenz'], type: 'refusal', at: 'no plans', holder: ['Pellman Freight', 'Dario Lenz'] },
  { c: 'spokesperson', text: "Members of the Halden Nurses' Union marched on Saturday. \"We remain open to dialogue,\" a union spokeswoman said.", actors: ["Halden Nurses' Union"], type: 'engagement', at: 'open to dialogue', holder: ["Halden Nurses' Union"] },
  { c: 'spokesperson', text: '"We will not be rushed into accepting this deal," said Ana Korr, a spokeswoman for Brakefield Motors.', actors: ['Ana Korr', 'Brakefield Motors'], type: 'refusal', at: 'will not be rushed into accepting', holder: ['Ana Korr', 'Brakefield Motors'] },
  { c: 'spokesperson', text: 'A Calbridge Bank spokesperson said the bank had agreed to meet the union next week.', actors: ['Calbridge Bank'], type: 'engagement', at: 'agreed to meet', holder: ['Calbridge Bank'] },

  // statements
  { c: 'statement', text: 'The Porthaven Stevedores Association met late into the night. In a statement, the union said it would not sign the agreement.', actors: ['Porthaven Stevedores Association'], type: 'refusal', at: 'would not sign', holder: ['Porthaven Stevedores Association'] },
  { c: 'statement', text: 'In a statement on Tuesday, Calbridge Bank said it had agreed to enter talks with the regulator.', actors: ['Calbridge Bank'], type: 'engagement', at: 'agreed to enter talks', holder: ['Calbridge Bank'] },
  { c: 'statement', text: 'Workers at Varnholt Logistics have been on strike since May. The company said in a statement that it was ready to resume negotiations.', actors: ['Varnholt Logistics'], type: 'engagement', at: 'ready to resume', holder: ['Varnholt Logistics'] },
  { c: 'statement', text: '"The offer is not acceptable," the Norland Machinists Union said in a statement.', actors: ['Norland Machinists Union'], type: 'refusal', at: 'not acceptable', holder: ['Norland Machinists Union'] },
  { c: 'statement', text: 'Orvane plc issued a statement on Monday rejecting the revised bid from Kallister Group.', actors: ['Orvane plc', 'Kallister Group'], type: 'refusal', at: 'rejecting', holder: ['Orvane plc', 'Orvane'] },

  // later mentions: surname, "the company", "it", "they", "the minister"
  { c: 'later-mention', text: 'Union president Gerd Haller led the march on Monday. Haller said he was ready to meet the company\'s owners.', actors: ['Gerd Haller'], type: 'engagement', at: 'ready to meet', holder: ['Gerd Haller'] },
  { c: 'later-mention', text: 'Sallow Group announced 400 job cuts. The company has refused to meet union officials.', actors: ['Sallow Group'], type: 'refusal', at: 'refused', holder: ['Sallow Group'] },
  { c: 'later-mention', text: "Halvern Motors faces a strike next week. It has refused to discuss the workers' demands.", actors: ['Halvern Motors'], type: 'refusal', at: 'refused', holder: ['Halvern Motors'] },
  { c: 'later-mention', text: 'Dock workers in Porthaven gathered outside the terminal. They said they would not return until the port operator agreed to talks.', actors: ['dock workers'], type: ['refusal', 'condition'], at: 'would not return', holder: ['dock workers', 'Dock workers in Porthaven'] },
  { c: 'later-mention', text: 'Kelwick Stores said its managers were willing to meet the shop workers.', actors: ['Kelwick Stores'], type: 'engagement', at: 'willing to meet', holder: ['Kelwick Stores', 'managers'] },
  { c: 'later-mention', text: "Tessaly Inc. has lost a third of its value this year. The company's board said it would not meet the activist fund.", actors: ['Tessaly Inc'], type: 'refusal', at: 'would not meet', holder: ['Tessaly Inc', 'Tessaly Inc.'] },
  { c: 'later-mention', text: 'Senator Paul Ostrander met union leaders on Monday. Ostrander later said he had rejected their proposal.', actors: ['Paul Ostrander'], type: 'refusal', at: 'rejected', holder: ['Paul Ostrander'] },
  { c: 'later-mention', text: 'Mayor Lena Hart has been criticised by the unions. The mayor said she would not negotiate with the bus drivers while they were on strike.', actors: ['Lena Hart'], type: ['refusal', 'condition'], at: 'would not negotiate', holder: ['Lena Hart'] },
];

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\.$/, '')
    .replace(/'s?$/, '')
    .trim();

export type { Outcome } from './helpers/challenge.js';

/** what the tool makes of one case: the actors it misses, and the holder right, another holder, or no cue there */
export function outcome(k: DomainCase): { missing: string[]; outcome: Outcome; got: string[] } {
  const doc = analyze(k.text);
  const seen = new Set<string>();
  for (const a of doc.actors) {
    seen.add(norm(a.name));
    for (const m of a.mentions) seen.add(norm(m.text));
  }
  const missing = k.actors.filter((n) => !seen.has(norm(n)));
  const { outcome: o, got } = judgeHolder(doc, k, norm);
  return { missing, outcome: o, got };
}

describe('labour and business challenge set', () => {
  it('every case names words of its own text', () => {
    for (const k of CASES) expect(k.text.includes(k.at), k.text).toBe(true);
  });
  const results = CASES.map((k) => ({ k, ...outcome(k) }));
  it('the actors of every case not marked knownActor are found', () => {
    const broken = results.filter((r) => !r.k.knownActor && r.missing.length);
    expect(broken.map((r) => `${r.k.c}: ${r.k.text} → missing ${r.missing.join(', ')}`)).toEqual([]);
  });
  it('the known passes pass', () => {
    const broken = results.filter((r) => !r.k.known && r.outcome !== 'right');
    expect(broken.map((r) => `${r.k.c}: ${r.k.text} → ${r.outcome} ${r.got.join('/')}`)).toEqual([]);
  });
  it('reports the counts per party', () => {
    const rows = new Map<string, { n: number; actors: number; right: number; holder: number; nocue: number }>();
    for (const r of results) {
      const row = rows.get(r.k.c) ?? { n: 0, actors: 0, right: 0, holder: 0, nocue: 0 };
      row.n++;
      if (!r.missing.length) row.actors++;
      row[r.outcome]++;
      rows.set(r.k.c, row);
    }
    const lines = [...rows].map(([c, r]) => `${c.padEnd(19)} actors ${r.actors}/${r.n}, holder ${r.right}/${r.n} right, ${r.holder} other holder, ${r.nocue} no cue`);
    const nActors = CASES.reduce((s, k) => s + k.actors.length, 0);
    const missed = results.reduce((s, r) => s + r.missing.length, 0);
    const right = results.filter((r) => r.outcome === 'right').length;
    const found = results.filter((r) => r.outcome !== 'nocue').length;
    lines.push(`all: actors ${nActors - missed}/${nActors} found; holder ${right}/${results.length} right, right on ${right}/${found} cues found`);
    lines.push(`known failures now passing: actors ${results.filter((r) => r.k.knownActor && !r.missing.length).length}, holders ${results.filter((r) => r.k.known && r.outcome === 'right').length}`);
    console.log(lines.join('\n'));
    expect(results.length).toBe(CASES.length);
  });
});
