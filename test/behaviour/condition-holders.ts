/**
 * The condition-holder grid (issue #9, conditions on unseen news): the frames news English states a condition in,
 * crossed with party kinds, where the party that SETS the condition (its holder, whose engagement depends on it) is
 * not the party the condition is about (the one that must act, `condition.actor`), and often not the one who speaks
 * it either: reported speech and trailing attributions, quotations with the speaker named after them, obligations put
 * on the other side, deadlines and ultimatums, the subordinators of condition (until, only if/when/after/once, as soon
 * as, as long as, provided, on condition that), the nouns and predicates of condition (in return for, subject to,
 * contingent on, depends on, precondition, red line, set conditions, steps by, on the understanding that), relative
 * clauses, headlines, pronoun holders and nominal conditions. Negatives: the same words where no party sets any
 * condition.
 *
 * Every positive case names the span the condition cue must overlap, the spans of the parties that may hold it (the
 * holder by name, or its speaker, who belongs to it) and, where the frame names it, the party that must act. Every
 * sentence is written from templates with invented parties (Norland, Vesk, the Halden Dockers' Union …) or generic
 * ones; nothing comes from the eval files or from real news.
 */

export interface CondCase {
  id: string;
  category: string;
  frame: string;
  party: string;
  text: string;
  /** [start, end) the condition cue must overlap (positive case) */
  span?: [number, number];
  /** spans of the parties that may hold it (any one) */
  holders?: [number, number][];
  /** spans of the party that must act, where the frame names it */
  actor?: [number, number][];
  /** a negative: no condition cue may appear */
  none?: true;
}

/** a party kind: how it is named as subject, possessor, speaker, pronoun and in a headline, and the side it faces */
interface Party {
  kind: string;
  /** the name at a sentence's start and inside it */
  name: string;
  mid: string;
  poss: string;
  /** a speaker who belongs to it, inside a sentence ("Norland's foreign minister") */
  speaker: string;
  speakerCap: string;
  pron: 'it' | 'they' | 'she';
  /** its/their/her */
  pp: string;
  plural: boolean;
  /** the name in a headline's Title Case, no article */
  head: string;
  /** the other side, named inside a sentence; its headline form */
  other: string;
  otherHead: string;
  /** what the other side must do: base, third person, gerund, headline */
  act: [string, string, string, string];
  /** the engagement it offers: "return to the talks" */
  engage: string;
}

const MIL: [string, string, string, string][] = [
  ['withdraw its troops', 'withdraws its troops', 'withdrawing its troops', 'Withdraws Troops'],
  ['lift the blockade', 'lifts the blockade', 'lifting the blockade', 'Lifts Blockade'],
  ['free the prisoners', 'frees the prisoners', 'freeing the prisoners', 'Frees Prisoners'],
  ['halt the shelling', 'halts the shelling', 'halting the shelling', 'Halts Shelling'],
];
const LAB: [string, string, string, string][] = [
  ['reinstate the sacked drivers', 'reinstates the sacked drivers', 'reinstating the sacked drivers', 'Reinstates Sacked Drivers'],
  ['withdraw the pay cut', 'withdraws the pay cut', 'withdrawing the pay cut', 'Withdraws Pay Cut'],
  ['restore the night bonus', 'restores the night bonus', 'restoring the night bonus', 'Restores Night Bonus'],
];
const BIZ: [string, string, string, string][] = [
  ['drop its lawsuit', 'drops its lawsuit', 'dropping its lawsuit', 'Drops Lawsuit'],
  ['open its books', 'opens its books', 'opening its books', 'Opens Books'],
  ['end the strike', 'ends the strike', 'ending the strike', 'Ends Strike'],
];

export const PARTIES: Party[] = [
  {
    kind: 'invented country',
    name: 'Norland', mid: 'Norland', poss: "Norland's", speaker: "Norland's foreign minister", speakerCap: "Norland's foreign minister",
    pron: 'it', pp: 'its', plural: false, head: 'Norland', other: 'Vesk', otherHead: 'Vesk', act: MIL[0]!, engage: 'return to the talks',
  },
  {
    kind: 'real country',
    name: 'Ghana', mid: 'Ghana', poss: "Ghana's", speaker: "Ghana's foreign minister", speakerCap: "Ghana's foreign minister",
    pron: 'it', pp: 'its', plural: false, head: 'Ghana', other: 'Togo', otherHead: 'Togo', act: MIL[1]!, engage: 'resume the talks',
  },
  {
    kind: 'capital',
    name: 'Oslo', mid: 'Oslo', poss: "Oslo's", speaker: 'a government spokesman in Oslo', speakerCap: 'A government spokesman in Oslo',
    pron: 'it', pp: 'its', plural: false, head: 'Oslo', other: 'Moscow', otherHead: 'Moscow', act: MIL[2]!, engage: 'return to the table',
  },
  {
    kind: 'union',
    name: "The Halden Dockers' Union", mid: "the Halden Dockers' Union", poss: "the Halden Dockers' Union's", speaker: "the union's general secretary",
    speakerCap: "The union's general secretary", pron: 'it', pp: 'its', plural: false, head: 'Dockers Union', other: 'the port authority',
    otherHead: 'Port Authority', act: LAB[0]!, engage: 'return to the talks',
  },
  {
    kind: 'company',
    name: 'Corvane Motors', mid: 'Corvane Motors', poss: "Corvane Motors'", speaker: 'a Corvane Motors spokeswoman', speakerCap: 'A Corvane Motors spokeswoman',
    pron: 'it', pp: 'its', plural: false, head: 'Corvane', other: 'the union', otherHead: 'Union', act: BIZ[2]!, engage: 'reopen the pay talks',
  },
  {
    kind: 'rebel group',
    name: 'The Tarsk Liberation Front', mid: 'the Tarsk Liberation Front', poss: "the Tarsk Liberation Front's", speaker: 'a Tarsk Liberation Front commander',
    speakerCap: 'A Tarsk Liberation Front commander', pron: 'it', pp: 'its', plural: false, head: 'Tarsk Rebels', other: 'the army', otherHead: 'Army',
    act: MIL[3]!, engage: 'join the peace talks',
  },
  {
    kind: 'rebels (plural)',
    name: 'The rebels', mid: 'the rebels', poss: "the rebels'", speaker: 'a spokesman for the rebels', speakerCap: 'A spokesman for the rebels',
    pron: 'they', pp: 'their', plural: true, head: 'Rebels', other: 'the government', otherHead: 'Government', act: MIL[2]!, engage: 'return to the talks',
  },
  {
    kind: 'person',
    name: 'Prime Minister Ana Brel', mid: 'Prime Minister Ana Brel', poss: "Prime Minister Ana Brel's", speaker: 'Prime Minister Ana Brel',
    speakerCap: 'Prime Minister Ana Brel', pron: 'she', pp: 'her', plural: false, head: 'Brel', other: 'Karsk', otherHead: 'Karsk', act: MIL[1]!,
    engage: 'meet the Karsk leader',
  },
  {
    kind: 'opposition party',
    name: 'The Civic Alliance', mid: 'the Civic Alliance', poss: "the Civic Alliance's", speaker: 'the Civic Alliance leader, Marta Osk',
    speakerCap: 'The Civic Alliance leader, Marta Osk', pron: 'it', pp: 'its', plural: false, head: 'Civic Alliance', other: 'the government',
    otherHead: 'Government', act: ['free the jailed activists', 'frees the jailed activists', 'freeing the jailed activists', 'Frees Jailed Activists'],
    engage: 'join the national dialogue',
  },
  {
    kind: 'common-noun group',
    name: 'The farmers', mid: 'the farmers', poss: "the farmers'", speaker: "the farmers' leader", speakerCap: "The farmers' leader",
    pron: 'they', pp: 'their', plural: true, head: 'Farmers', other: 'the ministry', otherHead: 'Ministry',
    act: ['scrap the diesel tax', 'scraps the diesel tax', 'scrapping the diesel tax', 'Scraps Diesel Tax'], engage: 'end the blockade',
  },
];

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** text built from pieces, with spans marked by name (a name may mark several spans) */
class B {
  text = '';
  marks = new Map<string, [number, number][]>();
  add(s: string, ...names: string[]): this {
    for (const n of names) this.marks.set(n, [...(this.marks.get(n) ?? []), [this.text.length, this.text.length + s.length]]);
    this.text += s;
    return this;
  }
}

/** a frame: its category, name and writer; P = the holder (by name or speaker), V = the condition, A = the party that must act */
type Frame = [category: string, frame: string, write: (p: Party, b: B) => B | null];

const be = (p: Party) => (p.plural ? 'are' : 'is');
const has = (p: Party) => (p.plural ? 'have' : 'has');
const s3 = (p: Party, sg: string, pl: string) => (p.plural ? pl : sg);
/** the first person of a party's speaker inside a quote */
const we = (p: Party) => (p.kind === 'person' ? 'I' : 'we');

export const FRAMES: Frame[] = [
  // ---------------------------------------------------------------- reported speech, speaker ≠ holder
  ['reported speech', 'S said O must first …', (p, b) => b.add(p.speakerCap, 'P').add(' said ').add(p.other, 'A').add(' ').add(`must first ${p.act[0]}`, 'V').add(' before any talks.')],
  ['reported speech', 'S said O would have to … before', (p, b) => b.add(p.speakerCap, 'P').add(' said ').add(p.other, 'A').add(' ').add(`would have to ${p.act[0]}`, 'V').add(` before ${p.mid} could ${p.engage}.`)],
  ['reported speech', 'P will … only if O …, its spokesman told reporters', (p, b) => b.add(p.name, 'P').add(` will ${p.engage} `).add(`only if ${p.other} ${p.act[1]}`, 'V').add(`, ${p.pp} spokesman told reporters.`)],
  ['reported speech', 'P is ready … as long as O …, S said', (p, b) => b.add(p.name, 'P').add(` ${be(p)} ready to ${p.engage} `).add(`as long as ${p.other} ${p.act[1]}`, 'V').add(', ').add(p.speaker, 'P').add(' said on Monday.')],
  ['reported speech', 'According to S, P will not … until O …', (p, b) => b.add('According to ').add(p.speaker, 'P').add(', ').add(p.mid, 'P').add(` will not ${p.engage} `).add(`until ${p.other} ${p.act[1]}`, 'V').add('.')],
  ['reported speech', 'S said talks could resume once O …', (p, b) => b.add(p.speakerCap, 'P').add(' said on Monday that talks could resume ').add(`once ${p.other} ${p.act[1]}`, 'V').add('.')],
  ['reported speech', 'S told reporters O needed to … before talks', (p, b) => b.add(p.speakerCap, 'P').add(' told reporters that ').add(p.other, 'A').add(' ').add(`needed to ${p.act[0]}`, 'V').add(' before talks could start.')],

  // ---------------------------------------------------------------- quotations, the holder named after them
  ['quote, speaker after', '"we will not … until O …," S said', (p, b) => b.add(`"${cap(we(p))} will not sign anything `).add(`until ${p.other} ${p.act[1]}`, 'V').add(',” '.replace('”', '"')).add(p.speaker, 'P').add(' said.')],
  ['quote, speaker after', '"O must first …," said S', (p, b) => b.add('"').add(cap(p.other), 'A').add(' ').add(`must first ${p.act[0]}`, 'V').add(`," said `).add(p.speaker, 'P').add('.')],
  ['quote, speaker after', '"Talks can only resume if O …," S told reporters', (p, b) => b.add('"Talks can only resume ').add(`if ${p.other} ${p.act[1]}`, 'V').add('," ').add(p.speaker, 'P').add(' told reporters.')],
  ['quote, speaker after', '"There will be no deal unless O …," P said in a statement', (p, b) => b.add('"There will be no deal ').add(`unless ${p.other} ${p.act[1]}`, 'V').add('," ').add(p.mid, 'P').add(' said in a statement.')],
  ['quote, speaker after', '"Our condition is simple: O must …," S said', (p, b) => b.add('"Our condition is simple: ').add(p.other, 'A').add(' ').add(`must ${p.act[0]}`, 'V').add('," ').add(p.speaker, 'P').add(' said.')],

  // ---------------------------------------------------------------- obligations on the other party
  ['obligation on the other', 'P says O must …', (p, b) => b.add(p.name, 'P').add(` ${s3(p, 'says', 'say')} `).add(p.other, 'A').add(' ').add(`must ${p.act[0]}`, 'V').add(' before any talks.')],
  ['obligation on the other', 'O has to …, P said', (p, b) => b.add(cap(p.other), 'A').add(' ').add(`has to ${p.act[0]}`, 'V').add(' first, ').add(p.mid, 'P').add(' said.')],
  ['obligation on the other', 'all sides must honour …, P said', (p, b) => b.add('All sides ').add('must honour the ceasefire', 'V').add(' before any talks, ').add(p.mid, 'P').add(' said.')],
  ['obligation on the other', 'P insisted that O should … first', (p, b) => b.add(p.name, 'P').add(' ').add('insisted that ', 'V').add(p.other, 'A', 'V').add(' ').add(`should ${p.act[0]} first`, 'V').add('.')],
  ['obligation on the other', 'P said it was up to O to …', (p, b) => b.add(p.name, 'P').add(` said it was `).add('up to', 'V').add(' ').add(p.other, 'A').add(` to ${p.act[0]}`, 'V').add('.')],
  ['obligation on the other', 'P wants O to … before talks', (p, b) => b.add(p.name, 'P').add(` ${s3(p, 'wants', 'want')} `).add(p.other, 'A', 'V').add(` to ${p.act[0]} before`, 'V').add(' any talks.')],

  // ---------------------------------------------------------------- deadlines
  ['deadline', 'P gave O until Friday to …', (p, b) => b.add(p.name, 'P').add(' ').add('gave ', 'V').add(p.other, 'A', 'V').add(` until Friday to ${p.act[0]}`, 'V').add('.')],
  ['deadline', 'P demanded that O … by Friday', (p, b) => b.add(p.name, 'P').add(' ').add('demanded that ', 'V').add(p.other, 'A', 'V').add(` ${p.act[0]} by Friday`, 'V').add('.')],
  ['deadline', 'P set a Friday deadline for O to …', (p, b) => b.add(p.name, 'P').add(' ').add('set a Friday deadline for ', 'V').add(p.other, 'A', 'V').add(` to ${p.act[0]}`, 'V').add('.')],
  ['deadline', 'P has given O 48 hours to …', (p, b) => b.add(p.name, 'P').add(` ${has(p)} `).add('given ', 'V').add(p.other, 'A', 'V').add(` 48 hours to ${p.act[0]}`, 'V').add('.')],

  // ---------------------------------------------------------------- ultimatums
  ['ultimatum', 'O must … by Friday or face …, P said', (p, b) => b.add(cap(p.other), 'A').add(' ').add(`must ${p.act[0]} by Friday or face`, 'V').add(' more sanctions, ').add(p.mid, 'P').add(' said.')],
  ['ultimatum', 'P threatened more sanctions if diplomacy fails', (p, b) => b.add(p.name, 'P').add(' threatened ').add('more sanctions if diplomacy fails', 'V').add('.')],
  ['ultimatum', 'P warned O to … or face the consequences', (p, b) => b.add(p.name, 'P').add(' ').add('warned ', 'V').add(p.other, 'A', 'V').add(` to ${p.act[0]} or face`, 'V').add(' the consequences.')],
  ['ultimatum', 'P will walk away if O does not …, S warned', (p, b) => b.add(p.name, 'P').add(' will walk away from the talks ').add(`if ${p.other} does not ${p.act[0]}`, 'V').add(', ').add(p.speaker, 'P').add(' warned.')],

  // ---------------------------------------------------------------- subordinators
  ['until', 'P will keep up … until O …', (p, b) => b.add(p.name, 'P').add(' will keep up the pressure ').add(`until ${p.other} ${p.act[1]}`, 'V').add('.')],
  ['until', 'P said it would not … until O …', (p, b) => b.add(p.name, 'P').add(` said ${p.pron} would not ${p.engage} `).add(`until ${p.other} ${p.act[1]}`, 'V').add('.')],
  ['only when/after/once', 'P will … only when O …', (p, b) => b.add(p.name, 'P').add(` will ${p.engage} `).add(`only when ${p.other} ${p.act[1]}`, 'V').add('.')],
  ['only when/after/once', 'P will … only after O …', (p, b) => b.add(p.name, 'P').add(` will ${p.engage} `).add(`only after ${p.other} ${p.act[1]}`, 'V').add('.')],
  ['only when/after/once', 'P will … once O …', (p, b) => b.add(p.name, 'P').add(` will ${p.engage} `).add(`once ${p.other} ${p.act[1]}`, 'V').add(', ').add(p.speaker, 'P').add(' said.')],
  ['as soon as', 'P will … as soon as O …', (p, b) => b.add(p.name, 'P').add(` will ${p.engage} `).add(`as soon as ${p.other} ${p.act[1]}`, 'V').add('.')],
  ['in return / in exchange', 'P offered … in return for O …', (p, b) => b.add(p.name, 'P').add(` offered to ${p.engage} `).add('in return for', 'V').add(` ${p.other} ${p.act[2]}.`)],
  ['in return / in exchange', 'P will … in exchange for …', (p, b) => b.add(p.name, 'P').add(` will ${p.engage} `).add('in exchange for', 'V').add(' an end to the sanctions, ').add(p.speaker, 'P').add(' said.')],
  ['as long as', 'P will stay in … as long as O …', (p, b) => b.add(p.name, 'P').add(' will stay in the talks ').add(`as long as ${p.other} ${p.act[1]}`, 'V').add('.')],
  ['provided (that)', 'P will … provided that O …', (p, b) => b.add(p.name, 'P').add(` will ${p.engage} `).add(`provided that ${p.other} ${p.act[1]}`, 'V').add('.')],
  ['provided (that)', 'P will …, provided O …, S said', (p, b) => b.add(p.name, 'P').add(` will ${p.engage}, `).add(`provided ${p.other} ${p.act[1]}`, 'V').add(', ').add(p.speaker, 'P').add(' said.')],
  ['on condition that', 'P agreed to … on condition that O …', (p, b) => b.add(p.name, 'P').add(` agreed to ${p.engage} `).add(`on condition that ${p.other} ${p.act[1]}`, 'V').add('.')],
  ['subject to / contingent / depends', 'P says its support is subject to O …', (p, b) => b.add(p.name, 'P').add(` ${s3(p, 'says', 'say')} ${p.pp} support for the deal is `).add('subject to', 'V').add(' ').add(p.other, 'A').add(` ${p.act[2]}.`)],
  ['subject to / contingent / depends', 'P said … is contingent on O …', (p, b) => b.add(p.name, 'P').add(' said any deal was ').add('contingent on', 'V').add(' ').add(p.other, 'A').add(` ${p.act[2]}.`)],
  ['subject to / contingent / depends', 'P said its return depends on O …', (p, b) => b.add(p.name, 'P').add(` said ${p.pp} return to the talks `).add('depends on', 'V').add(' ').add(p.other, 'A').add(` ${p.act[2]}.`)],
  ['subject to / contingent / depends', 'a deal hinges on O …, S said', (p, b) => b.add('Any deal ').add('hinges on', 'V').add(' ').add(p.other, 'A').add(` ${p.act[2]}, `).add(p.speaker, 'P').add(' said.')],

  // ---------------------------------------------------------------- nouns and predicates of condition
  ['precondition / red line', 'P has made … a precondition for talks', (p, b) => b.add(p.name, 'P').add(` ${has(p)} made `).add(`a withdrawal by ${p.other} a precondition for talks`, 'V').add('.')],
  ['precondition / red line', 'P said … was a precondition', (p, b) => b.add(p.name, 'P').add(` said ${p.other} ${p.act[2]} `).add('was a precondition', 'V').add(' for any talks.')],
  ['precondition / red line', 'P has set preconditions for talks', (p, b) => b.add(p.name, 'P').add(` ${has(p)} `).add('set preconditions', 'V').add(` for talks with ${p.other}.`)],
  ['precondition / red line', '… is a red line for P', (p, b) => b.add(`Any delay in ${p.act[2].replace(/ its | their /, ' the ')} `).add('is a red line', 'V').add(' for ').add(p.mid, 'P').add(', ').add(p.speaker, 'P').add(' said.')],
  ['set conditions', 'P set conditions for …', (p, b) => b.add(p.name, 'P').add(' ').add('set three conditions', 'V').add(` for a return to the talks with ${p.other}.`)],
  ['set conditions', 'P laid out its conditions for a deal', (p, b) => b.add(p.name, 'P').add(' laid out ').add(`${p.pp} conditions`, 'V').add(` for a deal with ${p.other} on Monday.`)],
  ['steps by / understanding', 'P is looking for steps by O', (p, b) => b.add(p.name, 'P').add(` ${be(p)} `).add('looking for concrete steps by', 'V').add(' ').add(p.other, 'A').add(' before any talks.')],
  ['steps by / understanding', 'P agreed … based on the understanding that O …', (p, b) => b.add(p.name, 'P').add(` agreed to ${p.engage} `).add(`based on the understanding that ${p.other} would ${p.act[0]}`, 'V').add('.')],

  ['only way', 'the only way to … is if O …, S said', (p, b) =>
    b.add('The only way to end the dispute is ').add(`if ${p.other} ${p.act[1]}`, 'V').add(', ').add(p.speaker, 'P').add(' told reporters on Thursday.')],
  ['only way', 'P said the only way forward was for O to …', (p, b) =>
    b.add(p.name, 'P').add(' said the only way forward ').add(`was for ${p.other} to ${p.act[0]}`, 'V').add('.')],

  // ---------------------------------------------------------------- relative clauses
  ['relative clause', 'P, which has said it will talk only if O …, …', (p, b) =>
    b.add(p.name, 'P').add(`, ${p.kind === 'person' ? 'who' : 'which'} ${has(p)} said ${p.pron} will talk `).add(`only if ${p.other} ${p.act[1]}`, 'V').add(', named a new envoy on Monday.')],
  ['relative clause', 'the offer, which P made conditional on O …, …', (p, b) => b.add('The offer, which ').add(p.mid, 'P').add(' made ').add('conditional on', 'V').add(' ').add(p.other, 'A').add(` ${p.act[2]}, expires on Friday.`)],
  ['relative clause', 'O, which P says must first …, …', (p, b) => b.add(cap(p.other), 'A').add(', which ').add(p.mid, 'P').add(` ${s3(p, 'says', 'say')} `).add(`must first ${p.act[0]}`, 'V').add(', has not replied.')],

  // ---------------------------------------------------------------- headlines
  ['headline', 'P Ready for Talks if O …', (p, b) => b.add(p.head, 'P').add(' Ready for Talks ').add(`if ${p.otherHead} ${p.act[3]}`, 'V').add('\n\nThe statement from ').add(p.mid, 'P').add(' came late on Monday.')],
  ['headline', 'P Will Sign Deal Only If O …', (p, b) => b.add(p.head, 'P').add(' Will Sign Deal ').add(`Only If ${p.otherHead} ${p.act[3]}`, 'V').add('\n\nThe statement from ').add(p.mid, 'P').add(' came late on Monday.')],
  ['headline', 'P Sets Conditions for Talks With O', (p, b) => b.add(p.head, 'P').add(' ').add(`${s3(p, 'Sets', 'Set')} Conditions`, 'V').add(` for Talks With ${p.otherHead}`).add('\n\nThe statement from ').add(p.mid, 'P').add(' came late on Monday.')],
  ['headline', 'P Demands O … Before Talks', (p, b) => b.add(p.head, 'P').add(' ').add(`${s3(p, 'Demands', 'Demand')} ${p.otherHead}`, 'V').add(` ${p.act[3].replace(/s(?= |$)/, '')} Before Talks`).add('\n\nThe statement from ').add(p.mid, 'P').add(' came late on Monday.')],

  // ---------------------------------------------------------------- pronoun holders
  ['pronoun holder', 'P … . It will … only if O …', (p, b) =>
    b.add(p.name, 'P').add(' made its position clear on Monday. '.replace('its', p.pp)).add(`${cap(p.pron)} will ${p.engage} `).add(`only if ${p.other} ${p.act[1]}`, 'V').add('.')],
  ['pronoun holder', '"We will … once O …," S said', (p, b) => b.add(`"${cap(we(p))} will come back to the table `).add(`once ${p.other} ${p.act[1]}`, 'V').add('," ').add(p.speaker, 'P').add(' said.')],
  ['pronoun holder', '"If O …, we will sign," S said', (p, b) => b.add('"').add(`If ${p.other} ${p.act[1]}`, 'V').add(`, ${we(p)} will sign the accord," `).add(p.speaker, 'P').add(' said.')],
  ['pronoun holder', 'S said they would … only after O …', (p, b) => b.add(p.speakerCap, 'P').add(` said ${p.plural ? 'they' : p.kind === 'person' ? 'she' : 'it'} would ${p.engage} `).add(`only after ${p.other} ${p.act[1]}`, 'V').add('.')],
  ['pronoun holder', 'P … . "We want O to … first," S said', (p, b) =>
    b.add(p.name, 'P').add(` ${has(p)} stayed away from the talks. "${cap(we(p))} `).add(`want ${p.other} to ${p.act[0]} first`, 'V').add('," ').add(p.speaker, 'P').add(' said.')],

  // ---------------------------------------------------------------- the holder named in an earlier sentence
  ['context', 'P … . It says O must first …', (p, b) =>
    b.add(p.name, 'P').add(` ${has(p)} stayed away from the talks. ${cap(p.pron)} ${s3(p, 'says', 'say')} `).add(p.other, 'A').add(' ').add(`must first ${p.act[0]}`, 'V').add('.')],
  ['context', 'O rejected … . P said talks could resume only if O …', (p, b) =>
    b.add(cap(p.other), 'A').add(' rejected the plan on Monday. ').add(p.name, 'P').add(' said talks could resume ').add(`only if ${p.other} ${p.act[1]}`, 'V').add('.')],
  ['context', 'O has refused to talk. "They must first …," S said', (p, b) =>
    b.add(cap(p.other), 'A').add(' has refused to talk. "They ').add(`must first ${p.act[0].replace(/\bits\b/, 'their')}`, 'V').add('," ').add(p.speaker, 'P').add(' said.')],
  ['context', 'S met … . He/She said O needs to … first', (p, b) =>
    b.add(p.speakerCap, 'P').add(' met the mediators on Monday. She said ').add(p.other, 'A').add(' ').add(`had to ${p.act[0]}`, 'V').add(' before any talks.')],

  // ---------------------------------------------------------------- nominal conditions
  ['nominal', "P's demand that O … has stalled the talks", (p, b) => b.add(cap(p.poss), 'P').add(' ').add(`demand that ${p.other} ${p.act[0]}`, 'V').add(' has stalled the talks.')],
  ['nominal', 'P repeated its demand that O …', (p, b) => b.add(p.name, 'P').add(` repeated ${p.pp} `).add(`demand that ${p.other} ${p.act[0]}`, 'V').add('.')],
  ['nominal', "P's condition for talks is that O …", (p, b) => b.add(cap(p.poss), 'P').add(' ').add('condition for talks is that', 'V').add(` ${p.other} ${p.act[1]}.`)],
  ['nominal', 'the condition that O … remains, S said', (p, b) => b.add('The ').add(`condition that ${p.other} ${p.act[0]}`, 'V').add(' still stands, ').add(p.speaker, 'P').add(' said.')],
  ['nominal', "P's insistence that O … first", (p, b) => b.add(cap(p.poss), 'P').add(' ').add(`insistence that ${p.other} ${p.act[0]} first`, 'V').add(' has angered its neighbours.'.replace('its neighbours', 'the mediators'))],
];

/** condition words where no party sets a condition */
const NEGATIVES: [string, string][] = [
  ['depends on (nature)', 'The harvest depends on the weather.'],
  ['depends on (nature)', 'The size of the crowd will depend on the weather.'],
  ['until (time)', 'The road will stay closed until Friday.'],
  ['until (time)', 'The exhibition runs until the end of May.'],
  ['as soon as (time)', 'The ferry left as soon as the fog lifted.'],
  ['as soon as (time)', 'Repairs will start as soon as possible.'],
  ['subject to (rules)', 'Prices are subject to change.'],
  ['subject to (rules)', 'The region is subject to frequent floods.'],
  ['in return / exchange (trade)', 'The bank bought dollars in exchange for euros.'],
  ['in return / exchange (trade)', 'He received a watch in return for forty years of service.'],
  ['as long as (size)', 'The new hall is as long as a football pitch.'],
  ['provided (supply)', 'Food and water were provided by the council.'],
  ['provided (supply)', 'The buses, provided by the regional council, arrived late.'],
  ['red line (map)', 'The red line on the map marks the old border.'],
  ['condition (state)', 'Weather conditions on the pass were poor.'],
  ['condition (state)', 'The patient is in a stable condition.'],
  ['only when/after (time)', 'The fire was put out only after midnight.'],
  ['only when/after (time)', 'The museum opens only when the season starts.'],
  ['steps (literal)', 'The steps by the river were washed away.'],
  ['must (rule)', 'Visitors must register at the gate.'],
  ['must (rule)', 'Passengers have to show their tickets on the train.'],
  ['hinges on (mechanical)', 'The door hinges on a steel pin.'],
  ['only way (travel)', 'The only way to reach the island is by boat.'],
  ['only way (travel)', 'The only way to get a table is if you book early.'],
  ['once (time)', 'Once a fishing village, the town now lives from tourism.'],
  ['deadline (filing)', 'The deadline for entries is Friday.'],
];

/** negatives with a party named in them: its own plans and property, no condition it sets */
const PARTY_NEGATIVES: [string, (p: Party) => string][] = [
  ['depends on (nature)', (p) => `${cap(p.poss)} harvest depends on the weather.`],
  ['until (time)', (p) => `${cap(p.poss)} offices will stay closed until Tuesday.`],
  ['as soon as (time)', (p) => `${p.name} left the hall as soon as the vote ended.`],
  ['subject to (rules)', (p) => `${cap(p.poss)} travel plans are subject to change.`],
];

export function buildConditionCases(): CondCase[] {
  const out: CondCase[] = [];
  for (const [category, frame, write] of FRAMES) {
    for (const p of PARTIES) {
      const b = write(p, new B());
      if (!b) continue;
      const v = b.marks.get('V');
      if (!v) throw new Error(`no V mark: ${b.text}`);
      const span: [number, number] = [Math.min(...v.map((x) => x[0])), Math.max(...v.map((x) => x[1]))];
      const holders = b.marks.get('P') ?? [];
      if (!holders.length) throw new Error(`no P mark: ${b.text}`);
      out.push({ id: `${frame} / ${p.kind}`, category, frame, party: p.kind, text: b.text, span, holders, ...(b.marks.get('A') ? { actor: b.marks.get('A')! } : {}) });
    }
  }
  NEGATIVES.forEach(([frame, text], i) => out.push({ id: `negative ${i}: ${frame}`, category: 'negative', frame, party: '-', text, none: true }));
  for (const [frame, write] of PARTY_NEGATIVES)
    for (const p of PARTIES) out.push({ id: `negative: ${frame} / ${p.kind}`, category: 'negative', frame, party: p.kind, text: write(p), none: true });
  return out;
}
