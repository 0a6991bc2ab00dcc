/**
 * The second behavioural grid for engagement (issue #9, breadth): the frames news English uses for
 * engaging that the first suite (cases.ts: active, passive, modal …) leaves out, crossed with the
 * engagement classes of the lexicon (engageVerb, engageObjVerb, contactVerb, engageNoun, talksNoun,
 * dealNoun, offerNoun, mediationNoun, willingAdj, willingNoun, intendVerb), plus negatives for every
 * frame where the same words carry no stance (sport, small talk, shopping, furniture).
 *
 * Every positive case states the type (engagement), the span the cue must overlap (the predicate) and
 * the parties that may hold it; a negative states that no engagement cue may appear. Sentences are
 * written from templates with the invented or generic parties of cases.ts; nothing comes from news.
 */
import { Builder, PARTIES, cap, conjugator, lexicon, low, possessive, simpleItems, type Case, type Forms } from './cases.js';

export const FRAMES2 = [
  'reciprocal event',
  'reduced relative / participle',
  'noun event with a party',
  'presence',
  'scheduled future',
  'purpose',
  'aspectual verb',
  'gerund',
  'headline',
] as const;
export type Frame2 = (typeof FRAMES2)[number];

// ------------------------------------------------------------ words

const gerundOf = (f: Forms): string => {
  const [root, ...rest] = f.base.split(' ');
  const g = conjugator(root!) as { Gerund?: string };
  return [g.Gerund ?? `${root}ing`, ...rest].join(' ');
};
const thirdOf = (f: Forms): string => {
  const [root, ...rest] = f.base.split(' ');
  const g = conjugator(root!) as { PresentTense?: string };
  return [g.PresentTense ?? `${root}s`, ...rest].join(' ');
};
const titleCase = (s: string) => s.replace(/\b([a-z])([a-z]*)/g, (_, a: string, b: string) => (/^(?:a|an|the|to|of|on|in|with|for|and|by)$/.test(a + b) ? a + b : a.toUpperCase() + b));

/** engaging verbs that two parties do together, with what follows them */
const RECIPROCAL = /^(?:talk|negotiate|meet|confer|parley|bargain|haggle|liaise|reconvene|cooperate|collaborate|compromise|reconcile|sit down|team up|join forces|mend fences|make peace|partner|engage|reengage|renegotiate)$/;
/** an object for the transitive engaging verbs of engageVerb */
const ENGAGE_OBJECT: Record<string, string> = {
  discuss: 'the truce', resume: 'the talks', attend: 'the summit', join: 'the negotiations', rejoin: 'the talks',
  sign: 'the accord', accept: 'the offer', meet: 'the envoy', consult: 'the unions', mediate: 'between the factions',
};
const isTransitiveEngage = (base: string) => base in ENGAGE_OBJECT && base !== 'meet';
const engageTail = (base: string, other: string): string =>
  base === 'take part' ? ' in the talks' : base === 'be part of' ? ' the talks' :
  ENGAGE_OBJECT[base] && base !== 'meet' && base !== 'mediate' && base !== 'consult'
    ? ` ${ENGAGE_OBJECT[base]}`
    : base === 'mediate'
      ? ' between the factions'
      : /^(?:compromise|reconcile|make peace|mend fences|sit down|team up|join forces|partner|participate|engage|reengage|cooperate|collaborate|talk|negotiate|renegotiate|confer|parley|bargain|haggle|liaise)$/.test(base)
        ? ` with ${lowP(other)}`
        : base === 'meet' || base === 'consult'
          ? ` ${lowP(other)}`
          : '';

const engageVerbs = (): Forms[] => simpleItems('engageVerb');
const reciprocalVerbs = () => engageVerbs().filter((f) => RECIPROCAL.test(f.base) && f.base !== 'engage' && f.base !== 'reengage' && f.base !== 'renegotiate' && f.base !== 'partner');

const plural = (n: string) => /s$/.test(n) && n !== 'consensus';
const article = (n: string) => (plural(n) || /^(?:diplomacy|mediation|engagement|dialogue|dialog|summitry|contact|consultation|negotiation|discussion|arbitration|facilitation|intercession|conciliation)$/.test(n) ? '' : /^[aeiou]/.test(n) ? 'an ' : 'a ');

/** the verb that makes each deal noun between two parties */
function dealVerb(noun: string, i: number): Forms {
  const by: [RegExp, string[]][] = [
    [/^(?:understanding|consensus|compromise|solution|settlements?)$/, ['reach', 'forge', 'hammer out', 'work out']],
    [/^(?:exchange|swap|bargain|cessation)$/, ['strike', 'seal', 'clinch', 'agree on']],
    [/./, ['sign', 'ink', 'conclude', 'seal', 'clinch', 'finalise', 'initial', 'forge', 'strike', 'reach']],
  ];
  const list = by.find(([re]) => re.test(noun))![1];
  const v = list[i % list.length]!;
  if (v === 'agree on') return { base: 'agree on', past: 'agreed on', participle: 'agreed' };
  return simpleItems('engageObjVerb').find((f) => f.base === v) ?? simpleItems('engageVerb').find((f) => f.base === v) ?? { base: v, past: `${v}ed`, participle: `${v}ed` };
}
const dealNP = (noun: string) => (noun === 'cessation' ? 'a cessation of hostilities' : noun === 'exchange' || noun === 'swap' ? `a prisoner ${noun}` : plural(noun) ? `two ${noun}` : `${article(noun)}${noun}`);

// ------------------------------------------------------------ parties

const COMMON = new Set(PARTIES.filter((p) => p.kind === 'common-noun group').flatMap((p) => p.names));
/** a party's name inside a sentence: "The rebels" → "the rebels", "Dock workers" → "dock workers" */
const lowP = (s: string) => (COMMON.has(s) ? s.toLowerCase() : low(s));
/** a party named by a plural noun takes "are" */
const pluralParty = (s: string) => COMMON.has(s) || /^The (?:rebels|truckers)$/.test(s);
const isAre = (s: string) => (pluralParty(s) ? 'are' : 'is');
/** parties with a proper name, as headlines and hyphened modifiers use them */
const PROPER = PARTIES.filter((p) => /^(?:country|capital|company|invented name)$/.test(p.kind));
const properAt = (pi: number, i: number) => {
  const p = PROPER[((pi % PROPER.length) + PROPER.length) % PROPER.length]!;
  return { kind: p.kind, name: p.names[i % p.names.length]! };
};
const partyAt = (pi: number, i: number) => {
  const p = PARTIES[((pi % PARTIES.length) + PARTIES.length) % PARTIES.length]!;
  return { kind: p.kind, name: p.names[i % p.names.length]!, pron: p.pron };
};
/** a second party of another kind */
const otherAt = (pi: number, i: number) => partyAt(pi + 3, i + 1).name;

interface Made {
  b: Builder;
  holders: string[];
  /** the predicate phrase runs on to the end of this pattern's first match after its head ("talks … resumed") */
  until?: RegExp;
}

function positive(predClass: string, frame: Frame2, party: string, tag: string, m: Made): Case {
  let span = m.b.marks.get('V');
  if (!span) throw new Error(`no span in ${m.b.text}`);
  if (m.until) {
    const re = new RegExp(m.until.source, 'g');
    re.lastIndex = span[1];
    const hit = re.exec(m.b.text);
    if (hit) span = [span[0], hit.index + hit[0].length];
  }
  return {
    id: `${frame}/${predClass}/${tag}`,
    predClass,
    frame,
    party,
    text: m.b.text,
    type: 'engagement',
    span,
    holders: m.holders.map((h) => m.b.marks.get(h)!).filter(Boolean),
  };
}
const negative = (frame: Frame2, i: number, text: string): Case => ({
  id: `${frame}/negative/${i}`,
  predClass: 'negative',
  frame,
  party: '-',
  text,
  none: 'engagement',
});

// ------------------------------------------------------------ 1. reciprocal subject-only events

function reciprocal(out: Case[]): void {
  const F: Frame2 = 'reciprocal event';
  reciprocalVerbs().forEach((f, i) => {
    for (let k = 0; k < 3; k++) {
      const p = partyAt(i + k, i);
      const q = otherAt(i + k, i);
      const b = new Builder().add(p.name, 'P').add(' and ').add(lowP(q), 'Q').add(' ');
      if (k === 0) b.add(f.past, 'V').add(' on Monday.');
      else if (k === 1) b.add('are ').add(gerundOf(f), 'V').add(' again, officials said.');
      else b.add('have ').add(f.participle, 'V').add(' in Karsk.');
      out.push(positive('engageVerb', F, p.kind, `${f.base}/${k}`, { b, holders: ['P', 'Q'] }));
    }
  });
  lexicon.dealNoun!.forEach((noun, i) => {
    const p = partyAt(i, i);
    const q = otherAt(i, i);
    const v = dealVerb(noun, i);
    const b = new Builder().add(p.name, 'P').add(' and ').add(lowP(q), 'Q').add(' ').add(v.past, 'V').add(` ${dealNP(noun)} on Monday.`);
    out.push(positive('dealNoun', F, p.kind, noun, { b, holders: ['P', 'Q'] }));
  });
  // two parties and a verb of intent, an adjective of willingness, or a noun of intent, with an engaging action
  const acts = engageVerbs().filter((f) => RECIPROCAL.test(f.base) || isTransitiveEngage(f.base));
  simpleItems('intendVerb').filter((f) => !/^(?:offer|invite|ask|authori[sz]e|mandate|empower|instruct|task|schedule|set|expect|move|need|like|vote|volunteer)$/.test(f.base)).forEach((f, i) => {
    const p = partyAt(i + 1, i);
    const q = otherAt(i + 1, i);
    const a = acts[i % acts.length]!;
    const b = new Builder().add(p.name, 'P').add(' and ').add(lowP(q), 'Q').add(' ').add(f.past, 'V').add(` to ${a.base}${isTransitiveEngage(a.base) ? ` ${ENGAGE_OBJECT[a.base]}` : a.base === 'meet' ? ' in Karsk' : ''}.`);
    out.push(positive('intendVerb', F, p.kind, f.base, { b, holders: ['P', 'Q'] }));
  });
  lexicon.willingAdj!.forEach((adj, i) => {
    const p = partyAt(i + 2, i);
    const q = otherAt(i + 2, i);
    const a = acts[(i * 3) % acts.length]!;
    const b = new Builder().add(p.name, 'P').add(' and ').add(lowP(q), 'Q').add(' say they are ').add(adj, 'V').add(` to ${a.base}${isTransitiveEngage(a.base) ? ` ${ENGAGE_OBJECT[a.base]}` : a.base === 'meet' ? ' soon' : ''}.`);
    out.push(positive('willingAdj', F, p.kind, adj, { b, holders: ['P', 'Q'] }));
  });
  const NOUN_TO = /^(?:willingness|readiness|eagerness|desire|decision|intention|intent|plan|plans|pledge|promise|agreement|wish|determination|hope|hopes|vow|pledges|promises|keenness|preparedness|commitment|resolve|inclination|availability|aim|goal|objective|efforts|effort|attempt|attempts|bid|bids|move|initiative|undertaking|endeavour|drive|push|offer)$/;
  lexicon.willingNoun!.filter((n) => NOUN_TO.test(n)).forEach((noun, i) => {
    const p = partyAt(i + 4, i);
    const q = otherAt(i + 4, i);
    const a = acts[(i * 5) % acts.length]!;
    const b = new Builder().add(p.name, 'P').add(' and ').add(lowP(q), 'Q').add(' announced their ').add(noun, 'V').add(` to ${a.base}${isTransitiveEngage(a.base) ? ` ${ENGAGE_OBJECT[a.base]}` : a.base === 'meet' ? ' in May' : ''}.`);
    out.push(positive('willingNoun', F, p.kind, noun, { b, holders: ['P', 'Q'] }));
  });
  [
    'Rovers and United met in the final on Sunday.',
    'The two teams met again in the semi-final.',
    'Norland and Vesk met in the group stage last year.',
    'The two rivers meet near Karsk.',
    'The two roads meet at the old bridge.',
    'The two sprinters met at the finish line.',
    'The two clubs signed new strikers on Monday.',
    'The two players talked about the weather with reporters.',
    'Norland and Vesk talked up their chances before the match.',
    'The two climbers negotiated the icy ridge.',
    'The two bands are collaborating on a new album.',
    'The two chefs teamed up for a cookery show.',
    'The teams are ready to play.',
    'Fans of both clubs are eager to travel.',
  ].forEach((t, i) => out.push(negative(F, i, t)));
}

// ------------------------------------------------------------ 2. reduced relatives and participles

/** transitive engageObjVerb items with a passive, and the object each takes */
function objectOf(base: string, i: number): string {
  const talks = ['talks', 'negotiations', 'summit', 'dialogue', 'meeting'];
  const deals = ['accord', 'ceasefire', 'peace deal', 'pay agreement', 'truce'];
  const offers = ['offer', 'proposal', 'peace plan', 'invitation', 'initiative'];
  if (/^(?:offer|propose|suggest|proffer|float|hold|host|convene|attend|join|enter|open|launch|start|begin|continue|pursue|resume|restart|reopen|relaunch|rekindle|revive|chair|moderate|oversee|arrange|organi[sz]e|schedule|reconvene|rejoin|reenter|facilitate|sponsor|spearhead|steer|shepherd|expedite|accelerate|intensify|deepen|advance|revitali[sz]e|reinvigorate|jumpstart|unblock|unfreeze|resurrect|salvage|rescue|save|preserve|prolong|reactivate|reinstate|mediate|arbitrate|engineer|orchestrate|seek|request)$/.test(base))
    return talks[i % talks.length]!;
  if (/^(?:broker|clinch|seal|strike|sign|ink|initial|conclude|finali[sz]e|reach|forge|ratify|negotiate|renegotiate|honou?r|respect|implement|uphold|observe|craft|complete|secure|fulfil|fulfill|formali[sz]e|countersign|reaffirm|guarantee|extend|renew|restore|adopt|bless|authori[sz]e|greenlight)$/.test(base))
    return deals[i % deals.length]!;
  return offers[i % offers.length]!;
}

function reducedRelative(out: Case[]): void {
  const F: Frame2 = 'reduced relative / participle';
  const verbs = simpleItems('engageObjVerb').filter((f) => !f.base.includes(' '));
  verbs.forEach((f, i) => {
    const p = partyAt(i, i);
    const obj = objectOf(f.base, i);
    const be = /s$/.test(obj) ? 'were' : 'was';
    const b = new Builder();
    const k = i % 4;
    if (k === 0) b.add(`The ${obj} `).add(f.participle, 'V').add(' by ').add(lowP(p.name), 'P').add(` on Monday ${be === 'were' ? 'open' : 'opens'} a new chapter.`);
    else if (k === 1) b.add('Officials said the ').add(`${obj}, `).add(f.participle, 'V').add(' by ').add(lowP(p.name), 'P').add(` last week, ${be === 'were' ? 'were' : 'was'} a first step.`);
    else if (k === 2) b.add('Having ').add(f.participle, 'V').add(` the ${obj}, `).add(lowP(p.name), 'P').add(' turned to the budget.');
    else b.add('After ').add(gerundOf(f), 'V').add(` the ${obj}, `).add(lowP(p.name), 'P').add(' flew home.');
    // a sentence-initial name keeps its capital
    b.text = b.text.replace(/^(.)/, (c) => c.toUpperCase());
    out.push(positive('engageObjVerb', F, p.kind, f.base, { b, holders: ['P'] }));
  });
  // talks hosted, brokered or mediated by a third party
  ['hosted', 'brokered', 'mediated', 'convened', 'chaired', 'organised', 'sponsored', 'arranged'].forEach((v, i) => {
    const p = partyAt(i + 1, i);
    const n = ['talks', 'negotiations', 'a ceasefire', 'the summit', 'a meeting', 'talks', 'the dialogue', 'a meeting'][i]!;
    const b = new Builder().add(cap(n)).add(' ').add(v, 'V').add(' by ').add(lowP(p.name), 'P').add(' ended on Monday.');
    out.push(positive('engageObjVerb', F, p.kind, `third party/${v}`, { b, holders: ['P'] }));
  });
  // an offer named by a participle of its acceptance or its tabling
  lexicon.offerNoun!.forEach((noun, i) => {
    const p = partyAt(i + 2, i);
    const v = ['accepted', 'welcomed', 'endorsed', 'backed'][i % 4]!;
    const det = plural(noun) ? 'The' : 'The';
    const b = new Builder().add(`${det} ${noun} `).add(v, 'V').add(' by ').add(lowP(p.name), 'P').add(` on Monday ${plural(noun) ? 'go' : 'goes'} to a vote.`);
    out.push(positive('offerNoun', F, p.kind, noun, { b, holders: ['P'] }));
  });
  // an engaging noun with its agent
  lexicon.engageNoun!.forEach((noun, i) => {
    const p = partyAt(i + 3, i);
    const prep = /^(?:participation)$/.test(noun) ? 'in' : /^(?:commitment|return|accession|adherence)$/.test(noun) ? 'to' : 'of';
    const obj = prep === 'in' ? 'the talks' : ['the accord', 'the truce', 'the peace plan', 'the talks'][i % 4]!;
    const b = new Builder().add('The ').add(noun, 'V').add(` ${prep} ${obj} by `).add(lowP(p.name), 'P').add(' came on Monday.');
    out.push(positive('engageNoun', F, p.kind, noun, { b, holders: ['P'] }));
  });
  [
    'The striker signed by the club scored twice on Sunday.',
    'The school opened by the minister has 300 pupils.',
    'The record held by the sprinter still stands.',
    'The peak reached by the climbers is the highest in Vesk.',
    'Having met the deadline, the firm paid its staff.',
    'After meeting expectations, the shares rose.',
    'The bridge opened by the mayor is closed for repairs.',
    'The new phone launched by the company sold out.',
    'Having signed a new striker, the club sold two defenders.',
    'After joining the club in May, the winger scored ten goals.',
    'The film backed by the studio opens on Friday.',
    'The album released by the band topped the charts.',
  ].forEach((t, i) => out.push(negative(F, i, t)));
}

// ------------------------------------------------------------ 3. noun events with a party

const HAPPEN = /\b(?:resumed|began|continued|went ahead|opened|got going|took place|were held|was held)\b/;

function nounEvents(out: Case[]): void {
  const F: Frame2 = 'noun event with a party';
  const happen = ['resumed', 'began', 'continued', 'went ahead', 'opened', 'got going'];
  lexicon.talksNoun!.forEach((noun, i) => {
    for (let k = 0; k < 4; k++) {
      const p = partyAt(i + k, i);
      const q = otherAt(i + k, i);
      const b = new Builder();
      const v = happen[(i + k) % happen.length]!;
      const art = article(noun);
      if (k === 0) b.add(art ? cap(art) : '').add(art ? noun : cap(noun), 'V').add(' between ').add(lowP(p.name), 'P').add(' and ').add(lowP(q), 'Q').add(` ${v} on Monday.`);
      else if (k === 1) b.add(properAt(i + k, i).name, 'P').add('-').add(properAt(i + k + 1, i + 1).name, 'Q').add(' ').add(noun, 'V').add(` ${v} on Monday.`);
      else if (k === 2) b.add(possessive(p.name), 'P').add(' ').add(noun, 'V').add(' with ').add(lowP(q), 'Q').add(` ${v} on Monday.`);
      else {
        const where = ['took place in Karsk', 'was held in Karsk', 'went ahead as planned'][i % 3]!;
        const w = plural(noun) ? where.replace('took place', 'took place').replace('was held', 'were held') : where;
        b.add('The ').add(noun, 'V').add(' between ').add(lowP(p.name), 'P').add(' and ').add(lowP(q), 'Q').add(` ${w}.`);
      }
      b.text = b.text.replace(/^(.)/, (c) => c.toUpperCase());
      out.push(positive('talksNoun', F, p.kind, `${noun}/${k}`, { b, holders: ['P', 'Q'], until: HAPPEN }));
    }
  });
  // calls and contacts between leaders
  const calls = ['a phone call', 'a video call', 'a telephone conversation', 'a call'];
  calls.forEach((c, i) => {
    for (let k = 0; k < 2; k++) {
      const p = partyAt(i * 2 + k, i);
      const q = otherAt(i * 2 + k, i);
      const b = new Builder();
      if (k === 0) b.add('A ').add(c.split(' ').slice(1).join(' '), 'V').add(' between ').add(lowP(p.name), 'P').add(' and ').add(lowP(q), 'Q').add(' took place on Monday.');
      else b.add(possessive(p.name), 'P').add(' ').add(c.split(' ').slice(1).join(' '), 'V').add(' with ').add(lowP(q), 'Q').add(' lasted an hour.');
      out.push(positive('contactVerb', F, p.kind, `${c}/${k}`, { b, holders: ['P', 'Q'], until: /\b(?:took place|lasted)\b/ }));
    }
  });
  // a deal between two parties, signed or reached
  lexicon.dealNoun!.forEach((noun, i) => {
    const p = partyAt(i + 5, i);
    const q = otherAt(i + 5, i);
    const v = dealVerb(noun, i + 1);
    const head = noun === 'cessation' ? 'cessation of hostilities' : noun === 'exchange' || noun === 'swap' ? `prisoner ${noun}` : noun;
    const b = new Builder().add('The ').add(head, 'V').add(' between ').add(lowP(p.name), 'P').add(' and ').add(lowP(q), 'Q').add(` ${plural(noun) ? 'were' : 'was'} ${v.participle} on Monday.`);
    out.push(positive('dealNoun', F, p.kind, noun, { b, holders: ['P', 'Q'], until: /\b(?:was|were) [a-z]+(?: out| on)?/ }));
  });
  // mediation or arbitration between two parties
  lexicon.mediationNoun!.forEach((noun, i) => {
    const p = partyAt(i + 6, i);
    const q = otherAt(i + 6, i);
    const b = new Builder();
    if (/^mediators?$/.test(noun)) b.add(p.name, 'P').add(' and ').add(lowP(q), 'Q').add(' met the ').add(noun, 'V').add(' on Monday.');
    else if (!/^(?:mediation|arbitration|conciliation)$/.test(noun)) b.add(p.name, 'P').add(' and ').add(lowP(q), 'Q').add(' accepted the ').add(noun, 'V').add(' of the council.');
    else b.add(p.name, 'P').add(' and ').add(lowP(q), 'Q').add(' went to ').add(noun, 'V').add(' on Monday.');
    out.push(positive('mediationNoun', F, p.kind, noun, { b, holders: ['P', 'Q'] }));
  });
  [
    'The meeting room was full by noon.',
    'The summit of the hill was covered in snow.',
    'The exchange rate between the krona and the euro fell.',
    'Shoppers found a deal on a new phone.',
    'The contact between the two wires was loose.',
    'The meeting point between the two roads is a petrol station.',
    'The talk about the weather with reporters lasted a minute.',
    'The compromise on the new kitchen suited the whole family.',
    'The bargain on shoes drew long queues.',
    'The contract between the striker and the club runs to 2030.',
    'The conversation between the two actors is the best scene of the film.',
    'The solution to the puzzle was printed on page nine.',
  ].forEach((t, i) => out.push(negative(F, i, t)));
}

// ------------------------------------------------------------ 4. presence at talks

function presence(out: Case[]): void {
  const F: Frame2 = 'presence';
  const IN = /^(?:talks|negotiations|negotiation|dialogue|dialog|discussions|discussion|consultations|consultation|contact|contacts|conversation|conversations|mediation)$/;
  lexicon.talksNoun!.filter((n) => IN.test(n)).forEach((noun, i) => {
    for (let k = 0; k < 2; k++) {
      const p = partyAt(i + k * 4, i);
      const q = otherAt(i + k * 4, i);
      const b = new Builder().add(p.name, 'P').add(k === 0 ? ` ${isAre(p.name)} in ` : pluralParty(p.name) ? ' remain in ' : ' remains in ').add(noun, 'V').add(' with ').add(lowP(q), 'Q').add(', officials said.');
      out.push(positive('talksNoun', F, p.kind, `${noun}/${k}`, { b, holders: ['P'] }));
    }
  });
  lexicon.talksNoun!.forEach((noun, i) => {
    const p = partyAt(i + 1, i);
    const q = otherAt(i + 1, i);
    const b = new Builder().add(p.name, 'P').add(` ${isAre(p.name)} in Karsk for `).add(`${article(noun)}`).add(noun, 'V').add(' with ').add(lowP(q), 'Q').add('.');
    out.push(positive('talksNoun', F, p.kind, `for ${noun}`, { b, holders: ['P'] }));
  });
  ['at the table', 'back at the table', 'at the negotiating table', 'at the bargaining table', 'around the table', 'back at the negotiating table'].forEach((t, i) => {
    const p = partyAt(i + 2, i);
    const q = otherAt(i + 2, i);
    const b = new Builder().add(p.name, 'P').add(i % 2 ? ' and ' + lowP(q) + ' are ' : ` ${isAre(p.name)} `).add(t, 'V').add(i % 2 ? ' again.' : ` with ${lowP(q)}.`);
    out.push(positive('talksNoun', F, p.kind, t, { b, holders: ['P'] }));
  });
  [
    'The minister is in Karsk for a football match.',
    'The minister is in Karsk for the holidays.',
    'The guests were at the table when the lights went out.',
    'The family is around the table for dinner.',
    'The wire was in contact with the water.',
    'The players are in contact with the ball for most of the game.',
    'The singer is in Karsk for a concert.',
    'The team is in Vesk for a friendly.',
  ].forEach((t, i) => out.push(negative(F, i, t)));
}

// ------------------------------------------------------------ 5. scheduled futures

function scheduled(out: Case[]): void {
  const F: Frame2 = 'scheduled future';
  const sched = ['due', 'set', 'expected', 'scheduled', 'slated', 'poised'];
  engageVerbs().forEach((f, i) => {
    const p = partyAt(i, i);
    const q = otherAt(i, i);
    const s = sched[i % sched.length]!;
    const b = new Builder().add(p.name, 'P').add(` ${isAre(p.name)} ${s} to `).add(f.base, 'V').add(`${engageTail(f.base, q)} next week.`);
    out.push(positive('engageVerb', F, p.kind, `${f.base}/${s}`, { b, holders: ['P'] }));
  });
  lexicon.talksNoun!.forEach((noun, i) => {
    const p = partyAt(i + 2, i);
    const q = otherAt(i + 2, i);
    const when = ['scheduled for Monday', 'planned for next week', 'set for Friday', 'due on Tuesday'][i % 4]!;
    const b = new Builder();
    const art = article(noun);
    if (i % 2 === 0) b.add(art ? cap(art) : '').add(art ? noun : cap(noun), 'V').add(' between ').add(lowP(p.name), 'P').add(' and ').add(lowP(q), 'Q').add(` ${plural(noun) ? 'are' : 'is'} ${when}.`);
    else b.add(p.name, 'P').add(` said ${art}`).add(noun, 'V').add(` with ${lowP(q)} ${plural(noun) ? 'were' : 'was'} ${when}.`);
    b.text = b.text.replace(/^(.)/, (c) => c.toUpperCase());
    out.push(positive('talksNoun', F, p.kind, noun, { b, holders: ['P', 'Q'].filter((h) => b.marks.has(h)), until: /\b(?:scheduled|planned|set|due)\b/ }));
  });
  [
    'The match is scheduled for Monday.',
    'The final is set for Friday in Karsk.',
    'The two teams are due to meet in the final.',
    'The firm is expected to meet its sales targets.',
    'The concert is expected to draw large crowds.',
    'The bridge is due to open in May.',
    'Rovers are set to sign a new striker.',
    'The storm is expected to reach the coast on Monday.',
    'The new phone is slated to launch next week.',
    'The runners are poised to meet at the finish line.',
  ].forEach((t, i) => out.push(negative(F, i, t)));
}

// ------------------------------------------------------------ 6. purpose

function purpose(out: Case[]): void {
  const F: Frame2 = 'purpose';
  const place = /^(?:travel|fly|head|jet|rush|hurry|return|go|come|journey)$/;
  const person = /^(?:phone|call|telephone|ring|visit|receive|summon|contact|host|convene|approach|dial|invite|write to|reach out to)$/;
  const envoy = /^(?:send|dispatch|despatch|appoint)$/;
  const gather = /^(?:gather|arrive|assemble)$/;
  const acts = engageVerbs();
  simpleItems('contactVerb').forEach((f, i) => {
    for (let k = 0; k < 2; k++) {
      const p = partyAt(i + k * 3, i);
      const q = otherAt(i + k * 3, i);
      const a = acts[(i * 7 + k * 3) % acts.length]!;
      const named = person.test(f.base) || gather.test(f.base);
      const noun = ['talks', 'negotiations', 'a meeting', 'consultations', 'discussions'][i % 5]!;
      const actTail = named ? (isTransitiveEngage(a.base) ? ` ${ENGAGE_OBJECT[a.base]}` : a.base === 'take part' || a.base === 'be part of' ? engageTail(a.base, q) : '') : engageTail(a.base, q);
      const purposeTail = k === 0 ? ` to ${a.base === 'meet' && named ? 'negotiate' : a.base}${actTail}` : named ? ` for ${noun}` : ` for ${noun} with ${lowP(q)}`;
      const b = new Builder().add(p.name, 'P').add(' ');
      if (place.test(f.base)) b.add(f.past, 'V').add(' to Karsk');
      else if (person.test(f.base)) b.add(f.past, 'V').add(f.base === 'invite' ? ` ${lowP(q)} to Karsk` : ` ${lowP(q)}`);
      else if (envoy.test(f.base)) b.add(f.past, 'V').add(f.base === 'appoint' ? ' an envoy' : ' an envoy to Karsk');
      else if (gather.test(f.base)) {
        b.text = '';
        b.marks.clear();
        b.add(p.name, 'P').add(' and ').add(lowP(q), 'Q').add(' ').add(f.past, 'V').add(' in Karsk');
      } else continue;
      b.add(`${purposeTail}.`);
      out.push(positive('contactVerb', F, p.kind, `${f.base}/${k}`, { b, holders: ['P'], until: /\b(?:to|for) (?:a |an )?[a-z]+/ }));
    }
  });
  [
    'The minister flew to Karsk to watch the final.',
    'The minister travelled to Karsk to open a school.',
    'The president phoned the hospital to ask about the victims.',
    'Fans gathered in the square to celebrate the win.',
    'The minister flew to Karsk for a holiday.',
    'The coach sent a scout to Karsk to watch the striker.',
    'The team arrived in Vesk for the final.',
    'The singer returned to Karsk for a concert.',
  ].forEach((t, i) => out.push(negative(F, i, t)));
}

// ------------------------------------------------------------ 7. aspectual verbs

function aspectual(out: Case[]): void {
  const F: Frame2 = 'aspectual verb';
  const aspect = ['began', 'started', 'continued', 'kept up', 'stepped up', 'wrapped up', 'concluded', 'resumed', 'opened', 'launched', 'intensified', 'pursued'];
  lexicon.talksNoun!.forEach((noun, i) => {
    for (let k = 0; k < 2; k++) {
      const p = partyAt(i + k * 5, i);
      const q = otherAt(i + k * 5, i);
      const v = aspect[(i + k * 6) % aspect.length]!;
      const b = new Builder().add(p.name, 'P').add(' ').add(v, 'V').add(` ${/^(?:talks|negotiations|consultations|discussions|contacts)$/.test(noun) ? '' : 'the '}${noun} with ${lowP(q)} on Monday.`);
      out.push(positive('talksNoun', F, p.kind, `${noun}/${v}`, { b, holders: ['P'] }));
    }
  });
  const asp = ['kept', 'continued', 'went on', 'carried on', 'began', 'started', 'resumed'];
  reciprocalVerbs().forEach((f, i) => {
    const p = partyAt(i + 2, i);
    const q = otherAt(i + 2, i);
    const v = asp[i % asp.length]!;
    const b = new Builder().add(p.name, 'P').add(` ${v} `).add(gerundOf(f), 'V').add(`${engageTail(f.base, q)} through the night.`);
    out.push(positive('engageVerb', F, p.kind, `${f.base}/${v}`, { b, holders: ['P'] }));
  });
  [
    'The team began the match strongly.',
    'Police stepped up security around the stadium.',
    'The band wrapped up its tour in Karsk.',
    'The minister kept talking about the weather.',
    'Rovers continued their winning run.',
    'The army stepped up its attacks on the town.',
    'The choir resumed its rehearsals on Monday.',
    'The school opened a new library.',
  ].forEach((t, i) => out.push(negative(F, i, t)));
}

// ------------------------------------------------------------ 8. gerunds

function gerunds(out: Case[]): void {
  const F: Frame2 = 'gerund';
  engageVerbs().forEach((f, i) => {
    const p = partyAt(i, i);
    const q = otherAt(i, i);
    const tail = engageTail(f.base, q);
    const b = new Builder();
    const k = i % 4;
    if (k === 0) b.add(cap(gerundOf(f)), 'V').add(`${tail} is the only way forward, `).add(lowP(p.name), 'P').add(' said.');
    else if (k === 1) b.add(p.name, 'P').add(' insisted on ').add(gerundOf(f), 'V').add(`${tail}.`);
    else if (k === 2) b.add(p.name, 'P').add(pluralParty(p.name) ? ' favour ' : ' favours ').add(gerundOf(f), 'V').add(`${tail}.`);
    else b.add(p.name, 'P').add(` ${isAre(p.name)} committed to `).add(gerundOf(f), 'V').add(`${tail}.`);
    out.push(positive('engageVerb', F, p.kind, `${f.base}/${k}`, { b, holders: ['P'] }));
  });
  const ADJ_TO = /^(?:open|committed|amenable|receptive)$/;
  lexicon.willingAdj!.filter((a) => ADJ_TO.test(a)).forEach((adj, i) => {
    for (let k = 0; k < 3; k++) {
      const p = partyAt(i + k * 2, i);
      const q = otherAt(i + k * 2, i);
      const f = reciprocalVerbs()[(i * 3 + k) % reciprocalVerbs().length]!;
      const b = new Builder().add(p.name, 'P').add(` ${isAre(p.name)} `).add(adj, 'V').add(` to ${gerundOf(f)}${engageTail(f.base, q)}.`);
      out.push(positive('willingAdj', F, p.kind, `${adj}/${f.base}`, { b, holders: ['P'] }));
    }
  });
  [
    'Meeting the deadline is the only way forward, the manager said.',
    'Signing new players is the priority, the coach said.',
    'The diner insisted on paying the bill.',
    'Joining the club was the best decision of my life, the striker said.',
    'Meeting targets is hard in winter.',
    'The chef favours cooking with butter.',
    'The runner is committed to finishing the race.',
    'Talking to reporters is part of the job, the coach said.',
  ].forEach((t, i) => out.push(negative(F, i, t)));
}

// ------------------------------------------------------------ 9. headlines

function headlines(out: Case[]): void {
  const F: Frame2 = 'headline';
  const body = '\n\nOfficials gave few details on Monday.';
  const acts = engageVerbs();
  const stylise = (s: string, i: number) => (i % 2 ? titleCase(s) : s);
  acts.forEach((f, i) => {
    const p = properAt(i, i);
    const q = properAt(i + 1, i + 1).name;
    const tail = isTransitiveEngage(f.base) ? ` ${ENGAGE_OBJECT[f.base]!.replace(/^the /, '')}` : f.base === 'meet' ? ' in Karsk' : '';
    const b = new Builder().add(p.name, 'P').add(', ').add(q, 'Q').add(' to ').add(stylise(f.base + tail, i), 'V').add(body);
    out.push(positive('engageVerb', F, p.kind, f.base, { b, holders: ['P', 'Q'] }));
  });
  lexicon.dealNoun!.forEach((noun, i) => {
    const p = properAt(i + 1, i);
    const q = properAt(i + 2, i + 1).name;
    const v = dealVerb(noun, i);
    const np = dealNP(noun).replace(/^an? /, '');
    const b = new Builder().add(p.name, 'P').add(', ').add(q, 'Q').add(' ').add(stylise(`${v.base} ${np}`, i), 'V').add(body);
    out.push(positive('dealNoun', F, p.kind, noun, { b, holders: ['P', 'Q'] }));
  });
  lexicon.offerNoun!.forEach((noun, i) => {
    const p = properAt(i + 2, i);
    const q = properAt(i + 3, i + 1).name;
    const v = ['accepts', 'welcomes', 'backs', 'weighs'][i % 4]!;
    const b = new Builder().add(p.name, 'P').add(' ').add(stylise(`${v} ${q} ${noun}`, i), 'V').add(body);
    out.push(positive('offerNoun', F, p.kind, noun, { b, holders: ['P'] }));
  });
  simpleItems('intendVerb').filter((f) => !/^(?:invite|ask|authori[sz]e|mandate|empower|instruct|task|schedule|set|move|need|like|vote|volunteer|rush|race|scramble|hasten|manage|elect|endeavou?r|strive|undertake|consent|commit|continue|begin|start|arrange|choose|opt|prepare|resolve|attempt|prefer|try|expect|wish)$/.test(f.base)).forEach((f, i) => {
    const p = properAt(i + 3, i);
    const q = properAt(i + 4, i + 1).name;
    const b = new Builder().add(p.name, 'P').add(' ').add(stylise(`${thirdOf(f)} to meet ${q}`, i), 'V').add(body);
    out.push(positive('intendVerb', F, p.kind, f.base, { b, holders: ['P'] }));
  });
  [
    'Rovers, United to meet in cup final' + body,
    'Rovers sign new striker' + body,
    'Minister opens new school in Karsk' + body,
    'Phone maker unveils new deal on handsets' + body,
    'Norland, Vesk meet in final' + body,
    'Karsk to host winter games' + body,
    'Shoppers hunt for bargains' + body,
    'Climbers reach summit of Mount Vesk' + body,
  ].forEach((t, i) => out.push(negative(F, i, t)));
}

export function buildCases2(): Case[] {
  const out: Case[] = [];
  reciprocal(out);
  reducedRelative(out);
  nounEvents(out);
  presence(out);
  scheduled(out);
  purpose(out);
  aspectual(out);
  gerunds(out);
  headlines(out);
  return out;
}

