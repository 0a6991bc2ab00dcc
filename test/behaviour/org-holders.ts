/**
 * The organisation-holder grid: disputes between organisations and the people who speak for them (labour, business,
 * domestic politics, public bodies), where the party that holds a stance is one of two or more organisations named
 * near it, and the others are there as the offeror, the bidder, the possessor of the plan, a by-phrase, a
 * from-phrase, an object or an appositive. The frames come from counting the wrong holders of the tuning files (an
 * offer rejected actively and passively, with its maker in a possessive, a by- or a from-phrase; a vote down by
 * members; a role speaking for its body; a description — "the firm", "management", "the regulator" — standing for the
 * body named before; a body and its own leader; talks between two bodies, held by both; a recommendation to
 * shareholders; a reported clause whose subject is the body; a second verb of the subject after an object).
 *
 * Every sentence is written from templates with invented parties (the Halden Workers' Union, Orvane Freight …);
 * nothing comes from the eval files or from real news. A case names the words its cue must overlap, its type(s) and
 * the names that may hold it (every occurrence of each counts as a mention of the right holder); `all` asks that
 * every named party be among the cue's holders (talks between two bodies).
 */

export interface OrgCase {
  id: string;
  category: string;
  pair: string;
  text: string;
  types: ('engagement' | 'refusal' | 'condition')[];
  /** [start, end) the cue must overlap */
  span: [number, number];
  /** the names that may hold it: each a list of the spans where it is named */
  holders: [number, number][][];
  /** every party of `holders` must hold the cue (joint holders) */
  all?: true;
}

/** an organisation in a dispute: how it is named, described later, led and spoken for */
interface Org {
  /** the name inside a sentence ("the Halden Workers' Union") and at a sentence's start */
  name: string;
  cap: string;
  /** its possessive inside a sentence */
  poss: string;
  /** the common nouns that stand for it later in a text ("the union"), lower case */
  descs: string[];
  /** its head's title and name */
  role: string;
  person: string;
  /** what it offers the other side ("pay offer", "bid") */
  offer: string;
  /** the body it speaks to and advises ("members", "shareholders") */
  base: string;
}

const U = (name: string, descs: string[], role: string, person: string, offer = 'proposal', base = 'members'): Org => ({
  name: `the ${name}`,
  cap: `The ${name}`,
  poss: `the ${name}'s`,
  descs,
  role,
  person,
  offer,
  base,
});
const N = (name: string, descs: string[], role: string, person: string, offer: string, base = 'shareholders'): Org => ({ name, cap: name, poss: `${name}'s`, descs, role, person, offer, base });

const HALDEN = U("Halden Workers' Union", ['the union'], 'general secretary', 'Ilse Marten');
const ORVANE = N('Orvane Freight', ['the firm', 'the company', 'management', 'bosses', 'the employer'], 'chief executive', 'Tomas Brevik', 'pay offer');
const NURSES = U("Corlen Nurses' Association", ['the association', 'the union'], 'president', 'Dana Voss');
const HEALTH = U('Corlen Health Board', ['the board', 'the employer'], 'chair', 'Piet Alder', 'pay offer', 'staff');
const KELLMARK = N('Kellmark Retail', ['the retailer', 'the board', 'the company'], 'chief executive', 'Sofia Lund', 'offer');
const TARVOS = N('Tarvos Capital', ['the fund', 'the investor'], 'managing partner', 'Erik Dahlberg', 'takeover bid', 'investors');
const SKELBY = N('Skelby Air', ['the carrier', 'the airline'], 'chief executive', 'Ana Moreno', 'offer');
const RONDELL = N('Rondell Aviation Group', ['the group'], 'chairman', 'Jonas Weller', 'bid');
const CIVIC = U('Civic Renewal Party', ['the party'], 'leader', 'Greta Holm', 'coalition offer');
const FARMERS = U("Northern Farmers' League", ['the league'], 'leader', 'Anton Saari', 'proposal');
const MINISTRY = U('Ministry of Transport', ['the ministry'], 'permanent secretary', 'Lena Ostrow', 'pay offer', 'staff');
const RAIL = U("Rail Workers' Union", ['the union'], 'general secretary', 'Marek Hollis', 'proposal');
const REGULATOR = U('Vesk Energy Regulator', ['the regulator'], 'chief executive', 'Hanna Kade', 'proposal', 'staff');
const BRANNOCK = N('Brannock Power', ['the company', 'the firm'], 'chief executive', 'Olaf Renner', 'proposal');

/** [holder side, other side, register]; each pair is also run the other way round */
const PAIRS: [Org, Org, string][] = [
  [HALDEN, ORVANE, 'labour'],
  [NURSES, HEALTH, 'labour'],
  [KELLMARK, TARVOS, 'business'],
  [SKELBY, RONDELL, 'business'],
  [CIVIC, FARMERS, 'politics'],
  [RAIL, MINISTRY, 'public body'],
  [REGULATOR, BRANNOCK, 'public body'],
];

type Ctx = { H: Org; O: Org };
/** a template: its category, its text, the words of the cue, its types, the holder names, joint holders */
interface Template {
  category: string;
  text: (c: Ctx) => string;
  at: (c: Ctx) => string;
  types: OrgCase['types'];
  holders: (c: Ctx) => string[];
  all?: true;
}
const R: OrgCase['types'] = ['refusal'];
const E: OrgCase['types'] = ['engagement'];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const Hs = ({ H }: Ctx) => [H.name, H.cap, H.person];

const TEMPLATES: Template[] = [
  // the offer rejected, its maker in a possessive, a from-phrase or a by-phrase, the rejecter the subject
  { category: 'offer rejected (active)', text: ({ H, O }) => `${H.cap} rejected ${O.poss} latest ${O.offer} on Tuesday.`, at: () => 'rejected', types: R, holders: Hs },
  { category: 'offer rejected (active)', text: ({ H, O }) => `${H.cap} has turned down the ${O.offer} from ${O.name}, saying it did not go far enough.`, at: () => 'turned down', types: R, holders: Hs },
  { category: 'offer rejected (active)', text: ({ H, O }) => `${H.cap} on Monday rejected a revised ${O.offer} by ${O.name}.`, at: () => 'rejected', types: R, holders: Hs },
  { category: 'offer rejected (active)', text: ({ H, O }) => `${H.cap}, which has been in dispute with ${O.name} since March, rejected the latest ${O.offer} as inadequate.`, at: () => 'rejected', types: R, holders: Hs },
  // the offer rejected in the passive: the by-agent holds it, the possessor or the from-phrase does not
  { category: 'offer rejected (passive)', text: ({ H, O }) => `${cap(O.poss)} latest ${O.offer} was rejected by ${H.name} on Tuesday.`, at: () => 'was rejected', types: R, holders: Hs },
  { category: 'offer rejected (passive)', text: ({ H, O }) => `The ${O.offer} from ${O.name} was turned down by ${H.name} within hours.`, at: () => 'was turned down', types: R, holders: Hs },
  { category: 'offer rejected (passive)', text: ({ H, O }) => `The previous ${O.offer}, rejected by ${H.name} last month, included a one-off payment from ${O.name}.`, at: () => 'rejected by', types: R, holders: Hs },
  { category: 'offer rejected (passive)', text: ({ H, O }) => `The ${O.offer} made by ${O.name} was rejected by ${H.name} on Friday.`, at: () => 'was rejected', types: R, holders: Hs },
  // members vote down the other side's proposal
  { category: 'voted down', text: ({ H, O }) => `Members of ${H.name} voted down ${O.poss} latest ${O.offer} on Thursday.`, at: () => 'voted down', types: R, holders: ({ H }) => [`Members of ${H.name}`, H.name] },
  { category: 'voted down', text: ({ H, O }) => `${H.cap} said its members had voted overwhelmingly to reject ${O.poss} ${O.offer}.`, at: () => 'voted overwhelmingly to reject', types: R, holders: ({ H }) => [H.cap, 'its members'] },
  // a role speaking for its body
  { category: 'spokesperson / role for', text: ({ H, O }) => `A spokesperson for ${H.name} said it was ready to return to talks with ${O.name}.`, at: () => 'ready to return to talks', types: E, holders: ({ H }) => [H.name, 'A spokesperson'] },
  { category: 'spokesperson / role for', text: ({ H, O }) => `${cap(H.poss)} ${H.role} said it would not engage with ${O.poss} ${O.offer}.`, at: () => 'would not engage', types: R, holders: ({ H }) => [H.cap, H.name, H.role] },
  { category: 'spokesperson / role for', text: ({ H, O }) => `The ${H.role} of ${H.name}, ${H.person}, said ${O.name} had to withdraw the cuts before any talks.`, at: () => 'had to withdraw', types: ['condition'], holders: Hs },
  { category: 'spokesperson / role for', text: ({ H, O }) => `${O.cap} has made a new ${O.offer}, but ${H.person}, the ${H.role} of ${H.name}, said it was not acceptable.`, at: () => 'was not acceptable', types: R, holders: Hs },
  // a body and its own leader in the sentence
  { category: 'body and its leader', text: ({ H, O }) => `${H.person}, who leads ${H.name}, said they were willing to meet ${O.name} next week.`, at: () => 'willing to meet', types: E, holders: Hs },
  { category: 'body and its leader', text: ({ H, O }) => `${H.cap} and its ${H.role}, ${H.person}, have refused to negotiate with ${O.name}.`, at: () => 'refused to negotiate', types: R, holders: Hs },
  // two bodies in one sentence, the other in an object, an appositive or a participial phrase
  { category: 'two bodies', text: ({ H, O }) => `${H.cap} accused ${O.name} of bad faith and said it would not return to the table.`, at: () => 'would not return to the table', types: R, holders: Hs },
  { category: 'two bodies', text: ({ H, O }) => `${H.cap} contacted ${O.name} on Monday and asked for talks to resume.`, at: () => 'asked for talks to resume', types: E, holders: Hs },
  { category: 'two bodies', text: ({ H, O }) => `Responding to ${O.name}, ${H.name} said it was prepared to negotiate.`, at: () => 'prepared to negotiate', types: E, holders: Hs },
  { category: 'two bodies', text: ({ H, O }) => `${H.person} said ${H.name} would keep negotiating with ${O.name} in good faith.`, at: () => 'keep negotiating', types: E, holders: Hs },
  { category: 'two bodies', text: ({ H, O }) => `${H.cap} recommended that members reject the ${O.offer} from ${O.name}.`, at: () => 'reject', types: R, holders: Hs },
  // talks between two bodies: both hold them
  { category: 'talks between', text: ({ H, O }) => `Talks between ${H.name} and ${O.name} resumed on Monday.`, at: () => 'Talks between', types: E, holders: ({ H, O }) => [H.name, O.name], all: true },
  { category: 'talks between', text: ({ H, O }) => `${H.cap} and ${O.name} agreed to hold fresh talks next week.`, at: () => 'agreed to hold fresh talks', types: E, holders: ({ H, O }) => [H.cap, O.name], all: true },
  // batch 2 (added after the first fixes, measured on main before them; see the test's header): advice to one's own
  // members or shareholders, the offer's maker in a by-phrase before a passive, a pronoun judged, a subject in words
  { category: 'advice to its own', text: ({ H, O }) => `${H.cap} has recommended that ${H.base} reject ${O.poss} latest ${O.offer}.`, at: () => 'reject', types: R, holders: Hs },
  { category: 'advice to its own', text: ({ H, O }) => `${H.cap} urged its ${H.base} to reject the ${O.offer} from ${O.name}.`, at: () => 'reject', types: R, holders: Hs },
  { category: 'advice to its own', text: ({ H, O }) => `${H.cap} advised ${H.base} to vote against the ${O.offer} tabled by ${O.name}.`, at: () => 'vote against', types: R, holders: Hs },
  { category: 'maker before passive', text: ({ H, O }) => `The ${O.offer} made by ${O.name} was rejected, ${H.name} said.`, at: () => 'rejected', types: R, holders: Hs },
  { category: 'maker before passive', text: ({ H, O }) => `All the proposals put forward by ${O.name} have been turned down, ${H.person} said on Tuesday.`, at: () => 'turned down', types: R, holders: Hs },
  { category: 'verdict on it', text: ({ H, O }) => `${O.cap} has tabled a new ${O.offer}, but ${H.person} said it was unacceptable.`, at: () => 'unacceptable', types: R, holders: Hs },
  { category: 'verdict on it', text: ({ H, O }) => `${O.cap} made a fresh ${O.offer} on Monday. ${H.person} of ${H.name} said it was simply not acceptable.`, at: () => 'acceptable', types: R, holders: Hs },
  { category: 'party in the predicate', text: ({ H, O }) => `${H.cap} has been at odds with ${O.name} since May. The delegation then walked out of the talks with ${O.name}.`, at: () => 'walked out', types: R, holders: ({ H }) => [H.cap, H.name] },
  { category: 'party in the predicate', text: ({ H, O }) => `${H.cap} has been at odds with ${O.name} since May. Its negotiators suspended their participation in the talks at ${O.name} last week.`, at: () => 'suspended their participation', types: R, holders: ({ H }) => [H.cap, H.name, 'Its negotiators'] },
  // batch 3 (added after the pronoun and appositive fixes, measured on the base commit): a pronoun after a subject
  // whose prepositional phrase names the other body; a description after a fronted "according to" the other body
  { category: 'pronoun past a phrase', text: ({ H, O }) => `${H.cap} in its long dispute with ${O.name} said it would not accept the ${O.offer}.`, at: () => 'would not accept', types: R, holders: Hs },
  { category: 'according to the other', text: ({ H, O }) => `${H.cap} and ${O.name} have been at odds since May. According to ${O.name}, ${H.descs[0]} has refused to negotiate.`, at: () => 'refused to negotiate', types: R, holders: ({ H }) => [H.cap, H.name] },
];

/** a description standing for the body named in the sentence before, with the other body named too */
function describedCases(H: Org, O: Org, register: string, out: OrgCase[]): void {
  for (const d of H.descs) {
    const texts = [
      [`${O.cap} and ${H.name} met for six hours on Monday. ${cap(d)} then refused to accept the terms.`, 'refused to accept the terms', R],
      [`${H.cap} is locked in a dispute with ${O.name} over pay. ${cap(d)} offered on Friday to resume talks next week.`, 'offered on Friday to resume talks', E],
    ] as const;
    texts.forEach(([text, at, types], i) => out.push(mk(`description: ${d} ${i}`, 'description later', `${register}: ${H.name} / ${O.name}`, text, at, [...types], [H.cap, H.name])));
  }
}

/** every occurrence of `s` in `text` */
function spansOf(text: string, s: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push([i, i + s.length]);
  return out;
}

function mk(id: string, category: string, pair: string, text: string, at: string, types: OrgCase['types'], holders: string[], all?: true): OrgCase {
  const start = text.indexOf(at);
  if (start < 0) throw new Error(`${id}: '${at}' not in '${text}'`);
  const named = holders.map((h) => spansOf(text, h)).filter((s) => s.length);
  return { id: `${id} / ${pair}`, category, pair, text, types, span: [start, start + at.length], holders: named, ...(all ? { all } : {}) };
}

export function buildOrgCases(): OrgCase[] {
  const out: OrgCase[] = [];
  for (const [A, B, register] of PAIRS) {
    for (const [H, O] of [[A, B], [B, A]] as const) {
      const pair = `${register}: ${H.name} / ${O.name}`;
      TEMPLATES.forEach((t, i) => out.push(mk(`${t.category} ${i}`, t.category, pair, t.text({ H, O }), t.at({ H, O }), t.types, t.holders({ H, O }), t.all)));
      describedCases(H, O, register, out);
    }
  }
  return out;
}
