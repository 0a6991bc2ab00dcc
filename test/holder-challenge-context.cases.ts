/**
 * A fifth holder challenge set (HOLD6): the holder a sentence takes from its context, and descriptions and
 * officials whose body is named elsewhere. Multi-paragraph texts of our own with invented parties, each
 * stating the cue it carries and the party whose stance it is. The categories follow the wrong holders the
 * held-out files show on cues whose span is right: the context fallback (no party in the sentence: the last
 * subject, the paragraph's speaker, a quote's attributed speaker), two or more parties named before the cue,
 * a description ("the union", "the broadcaster", "the regulator", "the carrier", "the bloc", "the department")
 * introduced far from its name, a spokesperson, official or executive whose body is named only in an earlier
 * sentence, "the two sides" / "both parties" / "neither side", and headlines of mediation.
 *
 * Each template is written once and filled with each of seven party sets (states, a union and a haulier, a
 * broadcaster and a carrier, a trade bloc, a regulator, an airline, a ministry department), so one construction
 * is tried on bodies of every kind; a template that does not read well with a set leaves it out.
 *
 * First run (before any change in this round): 245/290 right — last subject 37/42, paragraph speaker 35/35, quote
 * speaker 35/42 (7 no cue: "The proposal is dead" is no cue), description far from its name 23/35, official named
 * after its body 36/42, two sides 21/28 ("Neither side is willing" holds no one), parties before the cue 53/56,
 * mediation headlines 5/10 (the party after "Between the" takes the headline's mediation, or the invented name in a
 * Title Case headline is no actor). Seven cases of a quotation that names another party's stance before its own
 * (paragraph speaker, template 4) were added with the change that makes them pass; at the first run they failed
 * too: 245/297.
 *
 * After this round (HOLD6): 278/297 — last subject 41/42 (a gerund with its object, "studying the proposal from
 * X", no longer gives X the paragraph), paragraph speaker 42/42, quote speaker 35/42, description far 32/35 ("the
 * bloc", "the broadcaster", "the department"), official named after its body 42/42 ("Senior officials said …" of
 * the sentence before's subject), two sides 26/28 ("neither side"), parties before the cue 55/56 ("Community",
 * "Television" end no person's name), mediation headlines 5/10. The 19 failures left are listed in KNOWN: "The
 * proposal is dead" (no cue), invented names after "between" or in a Title Case headline that are no actors (the
 * state and carrier sets), "the government" of one of two invented states, "Afterwards, further talks were ruled
 * out" after a meeting of the department and the federation (the federation, last named, holds it), and "The
 * Norland Energy Authority contacted Pellham Power on Monday and proposed a meeting" (the object takes the
 * second verb).
 *
 * A case with `known` is a known failure (no cue of the type there, or another holder); every other case must
 * pass. The test reports the counts per construction.
 */
import { judgeText, type HolderCase, type Outcome } from './helpers/challenge.js';

type Construction =
  | 'last-subject'
  | 'paragraph-speaker'
  | 'quote-speaker'
  | 'description-far'
  | 'official-earlier'
  | 'two-sides'
  | 'parties-before'
  | 'mediation-headline';

export interface ContextCase extends HolderCase {
  c: Construction;
  known?: 'nocue' | 'holder';
  /** construction#template#party set, the key of KNOWN */
  id?: string;
}

interface PartySet {
  key: string;
  /** the body as it stands in running text ('the Halden Workers' Union', 'Norland') */
  x: string;
  /** the names a holder of the body may carry */
  names: string[];
  /** its description ('the union') */
  xd: string;
  /** another party of the same text, and a third */
  y: string;
  z: string;
  /** a person who speaks for x, their title, and pronoun */
  p: string;
  role: string;
  he: 'He' | 'She';
  /** x is a state: 'the government' stands for it */
  state?: boolean;
}

const SETS: PartySet[] = [
  { key: 'state', x: 'Norland', names: ['Norland'], xd: 'the government', y: 'Vesk', z: 'Brelvania', p: 'Lina Morr', role: 'foreign minister', he: 'She', state: true },
  { key: 'union', x: "the Halden Workers' Union", names: ["Halden Workers' Union", 'Halden Workers Union'], xd: 'the union', y: 'Tarnwick Haulage', z: 'the Sarn Port Authority', p: 'Pim Arlo', role: 'general secretary', he: 'He' },
  { key: 'broadcaster', x: 'Corvane Television', names: ['Corvane Television', 'Corvane'], xd: 'the broadcaster', y: 'Skyreach Cable', z: 'Lumo Media', p: 'Ada Fenn', role: 'chief executive', he: 'She' },
  { key: 'bloc', x: 'the Meridian Trade Community', names: ['Meridian Trade Community'], xd: 'the bloc', y: 'Vesk', z: 'Tessaly', p: 'Orin Dask', role: 'trade commissioner', he: 'He' },
  { key: 'regulator', x: 'the Norland Energy Authority', names: ['Norland Energy Authority'], xd: 'the regulator', y: 'Pellham Power', z: 'Vardo Gas', p: 'Kai Loren', role: 'chairman', he: 'He' },
  { key: 'carrier', x: 'Aerovesk', names: ['Aerovesk'], xd: 'the carrier', y: "the Vesk Pilots' Association", z: 'Brelvania', p: 'Tomas Reyl', role: 'chief executive', he: 'He' },
  { key: 'department', x: 'the Department of Fisheries', names: ['Department of Fisheries'], xd: 'the department', y: "the Coastal Trawlermen's Federation", z: 'Vesk', p: 'Mara Quill', role: 'permanent secretary', he: 'She' },
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** possessive of a name: "Norland's", "the Halden Workers' Union's" */
const poss = (s: string) => (/s$/.test(s) ? `${s}'` : `${s}'s`);

type Template = (s: PartySet) => Omit<ContextCase, 'c'> | null;

const T: Record<Construction, Template[]> = {
  // the sentence names no party: its holder is the subject of the sentence before
  'last-subject': [
    (s) => ({ text: `${cap(s.x)} spent three weeks studying the proposal from ${s.y}. On Tuesday the proposal was formally rejected.`, type: 'refusal', at: 'was formally rejected', holder: s.names }),
    (s) => ({ text: `${cap(s.x)} has come under pressure to settle the dispute with ${s.y}. For now, there will be no talks.`, type: 'refusal', at: 'no talks', holder: s.names }),
    (s) => ({ text: `${cap(s.x)} met ${s.y} for four hours on Monday.\n\nAfterwards, further talks were ruled out.`, type: 'refusal', at: 'ruled out', holder: s.names }),
    (s) => ({ text: `${cap(s.x)} set out its position in a letter on Friday. Any agreement would depend on a freeze of the price rises.`, type: 'condition', at: 'depend on', holder: s.names }),
    (s) => ({ text: `${cap(s.x)} responded to the offer within hours. It was rejected as inadequate.`, type: 'refusal', at: 'rejected', holder: s.names }),
    (s) => ({ text: `${cap(s.x)} changed course on Wednesday after months of refusing to meet ${s.y}. Talks are now expected to begin next week, and a draft agreement has been accepted in principle.`, type: 'engagement', at: 'accepted in principle', holder: s.names }),
  ],
  // the paragraph's speaker holds the stances of the sentences after it
  'paragraph-speaker': [
    (s) => ({ text: `${s.p}, the ${s.role} of ${s.x}, spoke to reporters on Monday.\n\n"We remain open to talks with ${s.y}," ${s.he.toLowerCase()} said.`, type: 'engagement', at: 'remain open to talks', holder: [s.p, ...s.names] }),
    (s) => ({ text: `${s.p}, the ${s.role} of ${s.x}, was blunt.\n\n"We reject this offer. It does nothing to address our concerns."`, type: 'refusal', at: 'We reject this offer', holder: [s.p, ...s.names] }),
    (s) => ({ text: `${s.p}, the ${s.role} of ${s.x}, told a news conference that the door was still open. ${s.he} added that any deal would have to include a guarantee on jobs.`, type: 'engagement', at: 'the door was still open', holder: [s.p, ...s.names] }),
    (s) => ({ text: `${cap(poss(s.x))} ${s.role}, ${s.p}, addressed the conference on Thursday. The offer from ${s.y}, ${s.he.toLowerCase()} said, was unacceptable.`, type: 'refusal', at: 'unacceptable', holder: [s.p, ...s.names] }),
    // (added after the first run, with the change it tests: the quotation names another party's stance first)
    (s) => ({ text: `${s.p} of ${s.x} was blunt. "${cap(s.y)} has rejected every offer. In the end, any deal will depend on our members' vote."`, type: 'condition', at: 'depend on', holder: [s.p, ...s.names] }),
    (s) => ({ text: `Speaking in Aldmere on Monday, ${s.p} of ${s.x} set out the terms. "We will sign only if the deadline is extended," ${s.he.toLowerCase()} said.`, type: 'condition', at: 'only if the deadline is extended', holder: [s.p, ...s.names] }),
  ],
  // a quotation whose sentence names no party: its attributed speaker (before or after) holds it
  'quote-speaker': [
    (s) => ({ text: `"We are ready to sit down at any time. We have always been ready to negotiate," ${s.p} said.`, type: 'engagement', at: 'ready to sit down', holder: [s.p, ...s.names] }),
    (s) => ({ text: `${s.p}, the ${s.role} of ${s.x}, said: "This is not an offer we can accept. We will not sign it."`, type: 'refusal', at: 'We will not sign it', holder: [s.p, ...s.names] }),
    (s) => ({ text: `"The proposal is dead," said ${s.p}, the ${s.role} of ${s.x}. "There is nothing left to negotiate."`, type: 'refusal', at: 'The proposal is dead', holder: [s.p, ...s.names] }),
    (s) => ({ text: `${cap(s.x)} issued a statement late on Sunday. "We are ready to resume negotiations with ${s.y} at any time," the statement said.`, type: 'engagement', at: 'ready to resume negotiations', holder: s.names }),
    (s) => ({ text: `"We will not go back to the table until the threats stop," a spokeswoman for ${s.x} said.`, type: 'refusal', at: 'will not go back to the table', holder: s.names }),
    (s) => ({ text: `"The revised offer still falls far short of what we asked for," a spokesman for ${s.x} said on Friday.`, type: 'refusal', at: 'falls far short', holder: s.names }),
  ],
  // a description introduced far from the body's name
  'description-far': [
    (s) => ({ text: `${cap(s.x)} was set up in 1991. It has long been a fierce critic of ${s.y}.\n\n${s.y === 'Vesk' ? 'Vesk' : cap(s.y)} announced a new plan on Monday, which it said would cut costs.\n\nOn Thursday ${s.xd} said it would not accept the plan.`, type: 'refusal', at: 'would not accept', holder: s.names }),
    (s) => ({ text: `${cap(s.x)} has faced a difficult year. Its budget was cut in March.\n\nIn a statement, ${s.xd} rejected the latest proposal from ${s.y}.`, type: 'refusal', at: 'rejected', holder: s.names }),
    (s) => ({ text: `The dispute between ${s.x} and ${s.y} began in January.\n\n${cap(s.y)} said on Monday it had made a fair offer.\n\nBut ${s.xd} said it would only return to talks if the offer was improved.`, type: 'condition', at: 'only return to talks if', holder: s.names }),
    (s) => ({ text: `${cap(s.x)} has opposed the merger since it was announced. Shares in ${s.y} fell on the news.\n\nAnalysts expect a long fight. ${cap(s.xd)} has said it is willing to meet ${s.y}'s board.`, type: 'engagement', at: 'willing to meet', holder: s.names }),
    (s) => ({ text: `Talks broke down last month. ${cap(s.x)} blamed ${s.y} for the collapse.\n\n${cap(s.y)} did not respond to requests for comment.\n\n${cap(s.xd)} is now prepared to resume negotiations, a source said.`, type: 'engagement', at: 'prepared to resume negotiations', holder: s.names }),
  ],
  // a spokesperson, official or executive whose body is named only in an earlier sentence
  'official-earlier': [
    (s) => ({ text: `${cap(s.x)} responded to the offer on Friday. Its ${s.role}, ${s.p}, said the terms were unacceptable.`, type: 'refusal', at: 'unacceptable', holder: [s.p, ...s.names] }),
    (s) => ({ text: `${cap(s.x)} is under pressure to settle with ${s.y}. A spokeswoman said on Monday that it was ready to resume talks.`, type: 'engagement', at: 'ready to resume talks', holder: s.names }),
    (s) => ({ text: `${cap(s.x)} met on Tuesday to consider the proposal. Senior officials said afterwards that they had rejected it.`, type: 'refusal', at: 'rejected', holder: s.names }),
    (s) => ({ text: `${cap(s.x)} has been at odds with ${s.y} since March. The ${s.role}, ${s.p}, said the offer was unacceptable.`, type: 'refusal', at: 'unacceptable', holder: [s.p, ...s.names] }),
    (s) => ({ text: `${cap(s.x)} released its annual report on Monday. ${s.p}, the ${s.role}, told reporters that ${s.he.toLowerCase()} would not negotiate with ${s.y}.`, type: 'refusal', at: 'would not negotiate', holder: [s.p, ...s.names] }),
    (s) => ({ text: `${cap(s.x)} has not commented on the talks. But a person familiar with its position said it was willing to compromise.`, type: 'engagement', at: 'willing to compromise', holder: s.names }),
  ],
  // 'the two sides', 'both parties', 'neither side' after both parties were named
  'two-sides': [
    (s) => ({ text: `${cap(s.x)} and ${s.y} have been locked in a dispute since March. The two sides agreed on Friday to resume talks.`, type: 'engagement', at: 'agreed on Friday to resume talks', holder: [...s.names, s.y.replace(/^the /, '')] }),
    (s) => ({ text: `${cap(s.x)} and ${s.y} met again in Aldmere on Monday.\n\nBoth parties said they were ready to compromise.`, type: 'engagement', at: 'ready to compromise', holder: [...s.names, s.y.replace(/^the /, '')] }),
    (s) => ({ text: `Relations between ${s.x} and ${s.y} have soured.\n\nNeither side is willing to give ground, and the talks have stalled.`, type: 'refusal', at: 'Neither side is willing', holder: [...s.names, s.y.replace(/^the /, '')] }),
    (s) => ({ text: `${cap(s.x)} blamed ${s.y} for the delay. The two sides will meet again next week.`, type: 'engagement', at: 'will meet again', holder: [...s.names, s.y.replace(/^the /, '')] }),
  ],
  // two or more parties named before the cue: the one whose stance it is
  'parties-before': [
    (s) => ({ text: `After talks with ${s.y} and ${s.z}, ${s.x} agreed to a two-month truce.`, type: 'engagement', at: 'agreed to a two-month truce', holder: s.names }),
    (s) => ({ text: `Under pressure from ${s.y}, ${s.x} agreed on Monday to resume talks.`, type: 'engagement', at: 'agreed on Monday to resume talks', holder: s.names }),
    (s) => ({ text: `${cap(s.y)} and ${s.z} welcomed the plan, but ${s.x} said it would not join the talks.`, type: 'refusal', at: 'would not join', holder: s.names }),
    (s) => ({ text: `${cap(poss(s.y))} offer, which ${s.z} had backed, was rejected by ${s.x} on Monday.`, type: 'refusal', at: 'was rejected by', holder: s.names }),
    (s) => ({ text: `${s.p}, who met ${poss(s.y)} negotiators on Monday, said ${s.x} would not sign the accord.`, type: 'refusal', at: 'would not sign', holder: s.names }),
    (s) => ({ text: `${cap(s.x)} contacted ${s.y} on Monday and proposed a meeting.`, type: 'engagement', at: 'proposed a meeting', holder: s.names }),
    (s) => ({ text: `${s.p} says ${s.x} favours binding arbitration with ${s.y}.`, type: 'engagement', at: 'favours binding arbitration', holder: s.names }),
    (s) => ({ text: `Talking to ${s.z} on Monday, ${s.x} ruled out a deal with ${s.y}.`, type: 'refusal', at: 'ruled out a deal', holder: s.names }),
  ],
  'mediation-headline': [],
};

const MEDIATION: ContextCase[] = [
  { c: 'mediation-headline', id: 'mediation-headline#0', text: 'Orlanda, Vesk to Mediate Between the Factions\n\nThe two countries will host the first round next month.', type: 'engagement', at: 'Mediate', holder: ['Orlanda', 'Vesk'] },
  { c: 'mediation-headline', id: 'mediation-headline#1', text: 'Norland to Mediate Between the Rebels and the Army\n\nTalks are due to open in Aldmere.', type: 'engagement', at: 'Mediate', holder: ['Norland'] },
  { c: 'mediation-headline', id: 'mediation-headline#2', text: 'Brelvania, Tessaly Offer to Mediate Between the Parties\n\nBoth states have ties to the two sides.', type: 'engagement', at: 'Offer to Mediate', holder: ['Brelvania', 'Tessaly'] },
  { c: 'mediation-headline', id: 'mediation-headline#3', text: 'Vesk to Broker Talks Between the Militias\n\nThe talks will open on Monday.', type: 'engagement', at: 'Broker Talks', holder: ['Vesk'] },
  { c: 'mediation-headline', id: 'mediation-headline#4', text: 'Norland and Vesk to Mediate Between the Factions\n\nThe two capitals announced the plan on Sunday.', type: 'engagement', at: 'Mediate', holder: ['Norland', 'Vesk'] },
  // (the same with the body naming the parties again, as a story does: the invented names are then actors)
  { c: 'mediation-headline', id: 'mediation-headline#5', text: 'Orlanda, Vesk to Mediate Between the Factions\n\nOrlanda and Vesk will host the first round next month.', type: 'engagement', at: 'Mediate', holder: ['Orlanda', 'Vesk'] },
  { c: 'mediation-headline', id: 'mediation-headline#6', text: 'Brelvania to Mediate Between the Rebels\n\nBrelvania has ties to both sides.', type: 'engagement', at: 'Mediate', holder: ['Brelvania'] },
  { c: 'mediation-headline', id: 'mediation-headline#7', text: 'Tessaly, Norland Offer to Mediate Between the Militias\n\nTessaly and Norland made the offer on Sunday.', type: 'engagement', at: 'Offer to Mediate', holder: ['Tessaly', 'Norland'] },
  { c: 'mediation-headline', id: 'mediation-headline#8', text: 'Vesk to Host Talks Between the Factions\n\nVesk said the talks would open on Monday.', type: 'engagement', at: 'Host Talks', holder: ['Vesk'] },
  { c: 'mediation-headline', id: 'mediation-headline#9', text: 'Norland to Mediate Between the Parties\n\nNorland named an envoy on Sunday.', type: 'engagement', at: 'Mediate', holder: ['Norland'] },
];

/** the known failures at the first run, by construction and party set key, with their outcome */
const KNOWN: Record<string, 'nocue' | 'holder'> = {
  'last-subject#2#department': 'holder',
  'quote-speaker#2#state': 'nocue',
  'quote-speaker#2#union': 'nocue',
  'quote-speaker#2#broadcaster': 'nocue',
  'quote-speaker#2#bloc': 'nocue',
  'quote-speaker#2#regulator': 'nocue',
  'quote-speaker#2#carrier': 'nocue',
  'quote-speaker#2#department': 'nocue',
  'description-far#2#state': 'holder',
  'description-far#2#carrier': 'holder',
  'description-far#3#state': 'holder',
  'two-sides#2#state': 'holder',
  'two-sides#2#carrier': 'holder',
  'parties-before#5#regulator': 'holder',
  'mediation-headline#0': 'holder',
  'mediation-headline#1': 'holder',
  'mediation-headline#2': 'holder',
  'mediation-headline#3': 'holder',
  'mediation-headline#4': 'holder',
};

export const CASES: ContextCase[] = [];
for (const [c, templates] of Object.entries(T) as [Construction, Template[]][]) {
  templates.forEach((t, ti) => {
    for (const s of SETS) {
      const k = t(s);
      if (!k) continue;
      const known = KNOWN[`${c}#${ti}#${s.key}`];
      CASES.push({ c, ...k, id: `${c}#${ti}#${s.key}`, ...(known ? { known } : {}) });
    }
  });
}
CASES.push(...MEDIATION.map((k) => (KNOWN[k.id!] ? { ...k, known: KNOWN[k.id!] } : k)));

export function outcome(k: ContextCase): { outcome: Outcome; got: string[]; partyFound?: boolean } {
  return judgeText(k);
}

