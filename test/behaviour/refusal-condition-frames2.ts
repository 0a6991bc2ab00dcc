/**
 * A second behavioural grid (issue #9, refusal and condition breadth): the frames news English puts
 * refusals and conditions in, beyond the nine easy frames of cases.ts, crossed with the whole lexicon
 * (src/rules/lexicon.yml) and the party kinds of cases.ts.
 *
 * Refusal classes (rejectVerb, rejectObjVerb, rejectNoun, againstWord, and engageVerb / engageObjVerb
 * under a refusing operator) × frames: reduced relatives and participles, persistence, adjectival and
 * nominal refusals, headlines, relative clauses, causal and temporal clauses. Condition frames × party
 * kinds. Negatives: the same words and frames where they are no stance.
 *
 * Every case states its type, the span the cue must overlap and the parties that may hold it; a condition
 * case names the party the demand falls on where the frame names one. A threat or a deadline is one condition
 * with the demand it backs: its span runs from the demand to the threat ("told Vesk to reopen the border or face"). Sentences are written from templates
 * with invented or generic names; nothing comes from the eval files.
 */
import { PARTIES, Builder, cap, low, possessive, conjugator, simpleItems, objectFor, lexicon, type Case, type CueKind, type Forms } from './cases.js';

export interface Case2 extends Case {
  /** [start, end) of the party a condition falls on, where the frame names one */
  condActor?: [number, number];
}

const partyOf = (pi: number) => PARTIES[pi % PARTIES.length]!;
const nameOf = (pi: number, i: number) => {
  const p = partyOf(pi);
  return p.names[i % p.names.length]!;
};
/** a party named as another side: a country, a capital or an invented name */
const OTHERS = ['Vesk', 'Brelvania', 'Ostrania', 'Karsk', 'Valdoria', 'Plurim'];
const plural = (pi: number) => partyOf(pi).pron === 'They';
const relPron = (pi: number) => (partyOf(pi).pron === 'She' ? 'who' : 'which');
/** the name as a headline writes it: no article ("Labour minister rejects …") */
const headlineName = (s: string) => cap(s.replace(/^The /, ''));

/** the conjugator's gerund and present tense, which cases.ts does not type */
const conj = (root: string) => conjugator(root) as { Gerund?: string; PresentTense?: string };

function gerund(f: Forms): string {
  const [root, ...rest] = f.base.split(' ');
  const g = conj(root!).Gerund ?? `${root}ing`;
  return [g, ...rest].join(' ');
}
function present3(f: Forms): string {
  const [root, ...rest] = f.base.split(' ');
  const p = conj(root!).PresentTense ?? `${root}s`;
  return [p, ...rest].join(' ');
}

function make(predClass: string, frame: string, pi: number, b: Builder, type: CueKind, holders = ['P']): Case2 {
  return {
    id: `${predClass}/${frame}/${partyOf(pi).kind}/${b.text.slice(0, 40)}`,
    predClass,
    frame,
    party: partyOf(pi).kind,
    text: b.text,
    type,
    span: b.marks.get('V')!,
    holders: holders.map((h) => b.marks.get(h)!),
  };
}

// ------------------------------------------------------------ refusal verbs (rejectVerb, rejectObjVerb)

export const VERB_FRAMES = [
  'reduced relative',
  'having + participle',
  'after + gerund',
  'has long',
  'continues to',
  'still',
  'again',
  'headline',
  'relative clause',
  'causal clause',
] as const;

/** the bare headline object: "Norland rejects Vesk offer" */
const HEADLINE_OBJECTS = ['offer', 'peace plan', 'pay deal', 'truce proposal', 'ceasefire plan', 'talks offer'];

/** a verb with a plain passive: one word, or a verb and an adverb particle ("turned down", "called off", "balked at") */
const hasPassive = (base: string) => /^[a-z-]+(?: (?:off|up|down|out|aside|away|back|at|to))?$/.test(base) && !/^(?:say no to|object to|sit out|walk back|bow out)$/.test(base);

function verbCase(predClass: string, f: Forms, frame: string, pi: number, i: number): Case2 | null {
  const name = nameOf(pi, i);
  const obj = objectFor(f.base, i);
  const b = new Builder();
  // a reduced relative needs a passive: not "stood against by", "stomped out of by", "kept clear of by"
  if (frame === 'reduced relative' && !hasPassive(f.base)) return null;
  switch (frame) {
    case 'reduced relative':
      b.add(`${cap(obj)}, `).add(f.participle, 'V').add(' by ').add(low(name), 'P').add(' on Monday, had been months in the making.');
      break;
    case 'having + participle':
      b.add('Having ').add(f.participle, 'V').add(` ${obj}, `).add(low(name), 'P').add(' left the capital.');
      break;
    case 'after + gerund':
      b.add(name, 'P').add(' left the capital after ').add(gerund(f), 'V').add(` ${obj}.`);
      break;
    case 'has long':
      b.add(name, 'P').add(plural(pi) ? ' have long ' : ' has long ').add(f.participle, 'V').add(` ${obj}.`);
      break;
    case 'continues to':
      b.add(name, 'P').add(plural(pi) ? ' continue to ' : ' continues to ').add(f.base, 'V').add(` ${obj}.`);
      break;
    case 'still':
      b.add(name, 'P').add(' still ').add(plural(pi) ? f.base : present3(f), 'V').add(` ${obj}, officials said.`);
      break;
    case 'again':
      b.add(name, 'P').add(' again ').add(f.past, 'V').add(` ${obj} on Monday.`);
      break;
    case 'headline':
      b.add(headlineName(name), 'P').add(' ').add(plural(pi) ? f.base : present3(f), 'V').add(` ${OTHERS[i % OTHERS.length]} ${HEADLINE_OBJECTS[i % HEADLINE_OBJECTS.length]}\n\nThe statement came late on Monday.`);
      break;
    case 'relative clause':
      b.add(name, 'P').add(`, ${relPron(pi)} ${plural(pi) ? 'have' : 'has'} `).add(f.participle, 'V').add(` ${obj}, named a new spokesman on Monday.`);
      break;
    case 'causal clause':
      b.add('The process collapsed after ').add(low(name), 'P').add(' ').add(f.past, 'V').add(` ${obj}.`);
      break;
  }
  return make(predClass, frame, pi, b, 'refusal');
}

// ------------------------------------------------------------ refusal nouns (rejectNoun)

const NOUN_PREP: Record<string, string> = {
  opposition: 'to', resistance: 'to', objection: 'to', objections: 'to', defiance: 'of', withdrawal: 'from', pullout: 'from',
  exit: 'from', departure: 'from', disengagement: 'from', freeze: 'on', halt: 'to', walkout: 'from', rebuff: 'to', rebuffs: 'to',
  reneging: 'on', backtracking: 'on',
};
const pluralNoun = (n: string) => /(?<![s])s$/.test(n) && !/^(?:opposition)$/.test(n);
export const NOUN_FRAMES = ['flat noun', 'after + noun', 'continued noun', 'headline noun', 'relative clause noun'] as const;

function nounCase(noun: string, frame: string, pi: number, i: number): Case2 {
  const name = nameOf(pi, i);
  const prep = NOUN_PREP[noun] ?? 'of';
  const obj = ['the offer', 'the peace plan', 'the talks', 'the pay deal', 'the proposal', 'the accord'][i % 6]!;
  const np = prep ? `${noun} ${prep} ${obj}` : `${noun} ${obj}`;
  const [head, ...tail] = np.split(' ');
  const b = new Builder();
  switch (frame) {
    case 'flat noun':
      b.add(possessive(name), 'P').add(' flat ').add(head!, 'V').add(` ${tail.join(' ')} surprised the mediators.`);
      break;
    case 'after + noun':
      b.add('The process collapsed after ').add(possessive(low(name)), 'P').add(' ').add(head!, 'V').add(` ${tail.join(' ')}.`);
      break;
    case 'continued noun':
      b.add(possessive(name), 'P').add(' continued ').add(head!, 'V').add(` ${tail.join(' ')} ${pluralNoun(head!) ? 'are' : 'is'} the main obstacle, the envoy said.`);
      break;
    case 'headline noun':
      b.add(possessive(headlineName(name)), 'P').add(' ').add(head!, 'V').add(` ${tail.join(' ').replace(/^the |(?<= )the /, '')} ${pluralNoun(head!) ? 'anger' : 'angers'} ${OTHERS[i % OTHERS.length]}\n\nThe statement came late on Monday.`);
      break;
    case 'relative clause noun':
      b.add(name, 'P').add(`, whose `).add(head!, 'V').add(` ${tail.join(' ')} was announced on Monday, named a new spokesman.`);
      break;
  }
  return make('reject noun', frame, pi, b, 'refusal');
}

// ------------------------------------------------------------ standing against (againstWord)

/** every reading of an item with groups, the later groups at their first alternative ("opposed to", "hostile to") */
function expandAgainst(item: string): string[] {
  const m = /^\(([^()]+)\)(.*)$/.exec(item);
  const firstAlt = (s: string) => s.replace(/\(([^()|]+)\|[^()]*\)/g, '$1');
  if (!m) return [firstAlt(item)];
  return m[1]!.split('|').map((a) => firstAlt(`${a}${m[2]}`));
}
export const AGAINST_FRAMES = ['remained', 'still', 'has long been', 'relative clause', 'reported firmly'] as const;

function againstCase(word: string, frame: string, pi: number, i: number): Case2 {
  const name = nameOf(pi, i);
  const obj = ['the peace plan', 'the talks', 'any deal with the rebels', 'the offer', 'the ceasefire', 'the merger'][i % 6]!;
  const be = plural(pi) ? 'are' : 'is';
  const b = new Builder();
  switch (frame) {
    case 'remained':
      b.add(name, 'P').add(' remained ').add(word, 'V').add(` ${obj}.`);
      break;
    case 'still':
      b.add(name, 'P').add(` ${be} still `).add(word, 'V').add(` ${obj}, officials said.`);
      break;
    case 'has long been':
      b.add(name, 'P').add(plural(pi) ? ' have long been ' : ' has long been ').add(word, 'V').add(` ${obj}.`);
      break;
    case 'relative clause':
      b.add(name, 'P').add(`, ${relPron(pi)} ${be} `).add(word, 'V').add(` ${obj}, named a new spokesman on Monday.`);
      break;
    case 'reported firmly':
      b.add('A diplomat said ').add(low(name), 'P').add(` ${plural(pi) ? 'were' : 'was'} firmly `).add(word, 'V').add(` ${obj}.`);
      break;
  }
  return make('against word', frame, pi, b, 'refusal');
}

// ------------------------------------------------------------ engagement under a refusing operator

export const ENGAGE_FRAMES = [
  'has long refused to',
  'still refuses to',
  'continues to refuse to',
  'remains unwilling to',
  'in no mood to',
  'after refusing to',
  'again ruled out',
  'relative clause refused',
  'causal refused',
] as const;

function engageCase(predClass: string, f: Forms, frame: string, pi: number, i: number, withObject: boolean): Case2 {
  const name = nameOf(pi, i);
  const obj = withObject ? ` ${objectFor(f.base, i)}` : /^(?:talk|negotiate|meet|engage|cooperate|collaborate|consult|reconcile|compromise|reengage|work)\b/.test(f.base) ? ' with the mediators' : '';
  const b = new Builder();
  const pl = plural(pi);
  switch (frame) {
    case 'has long refused to':
      b.add(name, 'P').add(pl ? ' have long ' : ' has long ').add(`refused to ${f.base}`, 'V').add(`${obj}.`);
      break;
    case 'still refuses to':
      b.add(name, 'P').add(' still ').add(`${pl ? 'refuse' : 'refuses'} to ${f.base}`, 'V').add(`${obj}.`);
      break;
    case 'continues to refuse to':
      b.add(name, 'P').add(pl ? ' continue to ' : ' continues to ').add(`refuse to ${f.base}`, 'V').add(`${obj}.`);
      break;
    case 'remains unwilling to':
      b.add(name, 'P').add(pl ? ' remain ' : ' remains ').add(`unwilling to ${f.base}`, 'V').add(`${obj}.`);
      break;
    case 'in no mood to':
      b.add(name, 'P').add(pl ? ' are ' : ' is ').add(`in no mood to ${f.base}`, 'V').add(`${obj}.`);
      break;
    case 'after refusing to':
      b.add('The envoy left after ').add(low(name), 'P').add(' ').add(`refused to ${f.base}`, 'V').add(`${obj}.`);
      break;
    case 'again ruled out':
      b.add(name, 'P').add(' again ').add(`ruled out ${gerund(f)}`, 'V').add(`${obj}.`);
      break;
    case 'relative clause refused':
      b.add(name, 'P').add(`, ${relPron(pi)} ${pl ? 'have' : 'has'} `).add(`refused to ${f.base}`, 'V').add(`${obj}, named a new spokesman on Monday.`);
      break;
    case 'causal refused':
      b.add('The process collapsed when ').add(low(name), 'P').add(' ').add(`declined to ${f.base}`, 'V').add(`${obj}.`);
      break;
  }
  return make(predClass, frame, pi, b, 'refusal');
}

// ------------------------------------------------------------ refusals said as "no"

const TALK_NOUNS = (lexicon.talksNoun ?? []).filter((w) => /^[a-z-]+$/.test(w));
const DEAL_NOUNS = ['offer', 'pay deal', 'peace plan', 'truce proposal', 'merger plan', 'ceasefire plan'];
export const NO_FRAMES = ['no X with, P said', 'a firm no to', 'headline says no to', 'walked out, talks collapsed'] as const;

function noCase(frame: string, pi: number, i: number): Case2 {
  const name = nameOf(pi, i);
  const other = OTHERS[i % OTHERS.length]!;
  const b = new Builder();
  switch (frame) {
    case 'no X with, P said': {
      const noun = TALK_NOUNS[i % TALK_NOUNS.length]!;
      b.add(`No ${noun}`, 'V').add(` with ${other}, `).add(low(name), 'P').add(' said on Monday.');
      break;
    }
    case 'a firm no to':
      b.add(name, 'P').add(` gave ${i % 2 ? 'a firm' : 'a flat'} `).add('no to', 'V').add(` the ${DEAL_NOUNS[i % DEAL_NOUNS.length]} on Monday.`);
      break;
    case 'headline says no to':
      b.add(headlineName(name), 'P').add(' ').add(plural(pi) ? 'say no to' : 'says no to', 'V').add(` ${other} ${DEAL_NOUNS[i % DEAL_NOUNS.length]}\n\nThe statement came late on Monday.`);
      break;
    case 'walked out, talks collapsed':
      b.add('The talks collapsed after ').add(low(name), 'P').add(' ').add(['walked out', 'stormed out', 'pulled out', 'walked away'][i % 4]!, 'V').add(' on Monday.');
      break;
  }
  return make('refusal said as no', frame, pi, b, 'refusal');
}

// ------------------------------------------------------------ conditions

type CondMaker = (p: string, o: string, pi: number) => { text: string; trigger: string; actor?: string };
const s3 = (pi: number, sg: string, pl: string) => (plural(pi) ? pl : sg);

export const CONDITION_FRAMES: [string, CondMaker][] = [
  ['provided that', (p, o) => ({ text: `${p} will sign the accord provided that ${low(o)} withdraws its troops.`, trigger: 'provided that', actor: o })],
  ['on condition that', (p, o) => ({ text: `${p} agreed to the truce on condition that ${low(o)} frees the prisoners.`, trigger: 'on condition that', actor: o })],
  ['as long as', (p, o) => ({ text: `${p} will stay in the talks as long as ${low(o)} keeps the ceasefire.`, trigger: 'as long as', actor: o })],
  ['so long as', (p, o) => ({ text: `${p} will back the deal so long as ${low(o)} lifts the blockade.`, trigger: 'so long as', actor: o })],
  ['subject to', (p, o, pi) => ({ text: `${p} ${s3(pi, 'says', 'say')} any deal is subject to ${possessive(low(o))} withdrawal from the border.`, trigger: 'subject to', actor: o })],
  ['contingent on', (p, o, pi) => ({ text: `${p} ${s3(pi, 'says', 'say')} its support is contingent on ${low(o)} lifting the sanctions.`, trigger: 'contingent on', actor: o })],
  ['conditional on', (p, o, pi) => ({ text: `${p} ${s3(pi, 'has', 'have')} made the truce conditional on ${low(o)} releasing the hostages.`, trigger: 'conditional on', actor: o })],
  ['hinges on', (p, o, pi) => ({ text: `${p} ${s3(pi, 'says', 'say')} any agreement hinges on ${low(o)} ending the shelling.`, trigger: 'hinges on', actor: o })],
  ['depends on X doing', (p, o, pi) => ({ text: `${p} ${s3(pi, 'says', 'say')} a return to the talks depends on ${low(o)} withdrawing its forces.`, trigger: 'depends on', actor: o })],
  ['only after', (p, o) => ({ text: `${p} will resume the talks only after ${low(o)} releases the detainees.`, trigger: 'only after', actor: o })],
  ['not before', (p, o) => ({ text: `${p} will sign the deal, but not before ${low(o)} pulls back its troops.`, trigger: 'not before', actor: o })],
  ['in exchange for', (p) => ({ text: `${p} offered to free the prisoners in exchange for an end to the sanctions.`, trigger: 'in exchange for' })],
  ['in return for (demand)', (p, o) => ({ text: `${p} wants ${low(o)} to lift the blockade in return for a ceasefire.`, trigger: 'in return for', actor: o })],
  ['X must first', (p, o) => ({ text: `${o} must first withdraw its troops, ${low(p)} said.`, trigger: 'must first', actor: o })],
  ['the price for X is Y', (p, o) => ({ text: `The price for a deal is a full withdrawal by ${low(o)}, ${low(p)} said.`, trigger: 'The price for a deal is', actor: o })],
  ['a precondition for talks is', (p, o) => ({ text: `A precondition for talks is that ${low(o)} recognises the border, ${low(p)} said.`, trigger: 'A precondition for talks is', actor: o })],
  ['X wants Y to … before …', (p, o, pi) => ({ text: `${p} ${s3(pi, 'wants', 'want')} ${low(o)} to free the prisoners before any talks.`, trigger: `${s3(pi, 'wants', 'want')} ${low(o)} to free the prisoners before`, actor: o })],
  ['will not … until', (p, o) => ({ text: `${p} will not return to the table until ${low(o)} ends the strikes.`, trigger: 'until', actor: o })],
  ['unless and until', (p, o) => ({ text: `${p} will not sign unless and until ${low(o)} pays the arrears.`, trigger: 'unless and until', actor: o })],
  ['threat: or face', (p, o, pi) => ({ text: `${p} ${s3(pi, 'has', 'have')} told ${low(o)} to reopen the border or face sanctions.`, trigger: `told ${low(o)} to reopen the border or face`, actor: o })],
  ['threat: otherwise we will', (p, o) => ({ text: `"${cap(o)} must lift the blockade; otherwise we will walk away," ${low(p)} said.`, trigger: 'must lift the blockade; otherwise we will', actor: o })],
  ['deadline: by Friday or', (p, o, pi) => ({ text: `${p} ${s3(pi, 'has', 'have')} told ${low(o)} to withdraw its troops by Friday or the talks are over.`, trigger: 'to withdraw its troops by Friday or', actor: o })],
];

function conditionCases(): Case2[] {
  const out: Case2[] = [];
  CONDITION_FRAMES.forEach(([frame, mk], t) => {
    PARTIES.forEach((party, pi) => {
      const name = party.names[t % party.names.length]!;
      const other = PARTIES[(pi + 3) % PARTIES.length]!.names[t % 3]!;
      const { text, trigger, actor } = mk(name, other, pi);
      const at = text.indexOf(trigger);
      if (at < 0) throw new Error(`trigger not in text: ${text}`);
      const hp = text.indexOf(name) >= 0 ? text.indexOf(name) : text.indexOf(low(name));
      const len = name.length;
      const c: Case2 = {
        id: `condition/${frame}/${party.kind}`,
        predClass: 'condition',
        frame,
        party: party.kind,
        text,
        type: 'condition',
        span: [at, at + trigger.length],
        holders: [[hp, hp + len]],
      };
      if (actor) {
        const ap = text.indexOf(actor) >= 0 ? text.indexOf(actor) : text.toLowerCase().indexOf(actor.toLowerCase());
        if (ap >= 0) c.condActor = [ap, ap + actor.length];
      }
      out.push(c);
    });
  });
  return out;
}

// ------------------------------------------------------------ negatives

const NEGATIVES: [string, string, CueKind | 'any'][] = [
  // refusal words that are no stance
  ['rejected by the body', 'The new kidney was rejected by the body within days.', 'refusal'],
  ['rejected by the body', 'The donor heart, rejected by her body after a week, was replaced.', 'refusal'],
  ['rejected by the body', 'Having rejected the graft, his body needed a second transplant.', 'refusal'],
  ['refused bail', 'The court refused bail to the two smugglers.', 'refusal'],
  ['refused bail', 'Bail was refused and the men were remanded in custody.', 'refusal'],
  ['refused bail', 'Having been refused bail, the driver was taken to the prison in Karsk.', 'refusal'],
  ['declined 3%', 'Shares in the Halden bank declined 3% on Monday.', 'any'],
  ['declined 3%', 'Exports have long declined in the winter months.', 'any'],
  ['declined 3%', 'Output continues to decline, the survey showed.', 'any'],
  ['declined 3%', 'Halden shares decline 3% as oil slips\n\nThe fall came late on Monday.', 'any'],
  ['opposed the motion to adjourn', 'Counsel for the defence opposed the motion to adjourn the hearing.', 'refusal'],
  ['opposed the motion to adjourn', 'The prosecution opposed the application for an adjournment.', 'refusal'],
  ['court rejects', 'The court rejected the appeal by the Halden company.', 'refusal'],
  ['court rejects', 'Court rejects appeal in Karsk fraud case\n\nThe ruling came late on Monday.', 'refusal'],
  ['denial, not refusal', 'Having rejected the allegations, the minister left the room.', 'refusal'],
  ['denial, not refusal', 'The ministry, which has rejected the accusations, named a new spokesman.', 'refusal'],
  ['literal sense', 'The driver, after turning down a side street, lost the police.', 'refusal'],
  ['literal sense', 'The lake remained cold to the touch all summer.', 'refusal'],
  ['literal sense', 'The soil here has long been hostile to crops.', 'refusal'],
  ['literal sense', 'The road remained closed until Tuesday.', 'any'],
  ['literal sense', 'Flights to Karsk were cancelled after the storm.', 'refusal'],
  ['literal sense', 'The match, postponed by the heavy rain, will be played on Friday.', 'refusal'],
  ['literal sense', 'The singer again cancelled her tour on Monday.', 'refusal'],
  ['literal sense', 'The town, which has blocked the road to the quarry, named a new mayor.', 'refusal'],
  ['no comment', 'The ministry still refuses to comment on the report.', 'refusal'],
  ['no comment', 'The spokesman has long declined to give details.', 'refusal'],
  // condition words that set no condition
  ['as long as a football pitch', 'The new hall is as long as a football pitch.', 'condition'],
  ['as long as a football pitch', 'The queue was as long as the street.', 'condition'],
  ['subject to change', 'The timetable is subject to change.', 'condition'],
  ['subject to change', 'All prices are subject to tax.', 'condition'],
  ['subject to change', 'The region is subject to frequent floods.', 'condition'],
  ['depends on the weather', 'The harvest depends on the weather.', 'condition'],
  ['depends on the weather', 'The island depends on tourism for most of its income.', 'condition'],
  ['depends on the weather', 'The size of the crowd will depend on the weather.', 'condition'],
  ['until Tuesday', 'The office will stay closed until Tuesday.', 'condition'],
  ['until Tuesday', 'The exhibition runs until the end of May.', 'condition'],
  ['until Tuesday', 'He worked at the bank until 2019.', 'condition'],
  ['provided by the council', 'The buses were provided by the council.', 'condition'],
  ['provided by the council', 'Food and water were provided to the families.', 'condition'],
  ['provided by the council', 'Funding, provided by the regional council, covers the repairs.', 'condition'],
  ['hinges on (mechanical)', 'The door hinges on a steel pin.', 'condition'],
  ['in exchange (currency)', 'The bank bought dollars in exchange for euros.', 'condition'],
  ['only after (timeline)', 'The fire was put out only after midnight.', 'condition'],
  ['not before (timeline)', 'The results are not expected before Friday.', 'condition'],
  ['on condition of anonymity', 'An aide, speaking on condition of anonymity, said the envoy had left.', 'condition'],
  ['the price for', 'The price for a litre of milk rose again in May.', 'condition'],
  ['or face (choice)', 'Drivers can pay the toll or face a long detour.', 'condition'],
];

/** the negatives also crossed with the party kinds where a party fits the sentence */
function negativeCases(): Case2[] {
  const out: Case2[] = NEGATIVES.map(([frame, text, none], i) => ({
    id: `negative/${frame}/${i}`,
    predClass: 'negative',
    frame,
    party: '-',
    text,
    none,
  }));
  PARTIES.forEach((party, pi) => {
    const name = party.names[pi % party.names.length]!;
    const p = (s: string) => ({ id: `negative/party/${party.kind}/${s.slice(0, 30)}`, predClass: 'negative', party: party.kind } as const);
    out.push({ ...p('subject'), frame: 'subject to change', text: `${possessive(name)} plans are subject to change.`, none: 'condition' });
    out.push({ ...p('weather'), frame: 'depends on the weather', text: `${possessive(name)} harvest depends on the weather.`, none: 'condition' });
    out.push({ ...p('until'), frame: 'until Tuesday', text: `${possessive(name)} offices will stay closed until Tuesday.`, none: 'condition' });
    out.push({ ...p('provided'), frame: 'provided by the council', text: `The buses were provided by ${low(name)}.`, none: 'condition' });
    out.push({ ...p('as long'), frame: 'as long as a football pitch', text: `${possessive(name)} new hall is as long as a football pitch.`, none: 'condition' });
    out.push({ ...p('declined'), frame: 'declined 3%', text: `${possessive(name)} exports declined 3% in May.`, none: 'any' });
    out.push({ ...p('comment'), frame: 'no comment', text: `${name} ${plural(pi) ? 'have' : 'has'} long declined to comment on the report.`, none: 'refusal' });
  });
  return out;
}

// ------------------------------------------------------------ the suite

export function buildCases2(): Case2[] {
  const cases: Case2[] = [];
  const verbClasses: [string, Forms[]][] = [
    ['reject', simpleItems('rejectVerb')],
    ['reject + object', simpleItems('rejectObjVerb')],
  ];
  for (const [cls, items] of verbClasses) {
    const perItem = cls === 'reject' ? 4 : 2;
    items.forEach((f, i) => {
      for (let k = 0; k < perItem; k++) {
        const frame = VERB_FRAMES[(i * perItem + k * 3) % VERB_FRAMES.length]!;
        const c = verbCase(cls, f, frame, (i * 5 + k) % PARTIES.length, i);
        if (c) cases.push(c);
      }
    });
  }
  (lexicon.rejectNoun ?? []).forEach((noun, i) => {
    for (let k = 0; k < 2; k++) cases.push(nounCase(noun, NOUN_FRAMES[(i * 2 + k) % NOUN_FRAMES.length]!, (i * 3 + k) % PARTIES.length, i));
  });
  (lexicon.againstWord ?? []).flatMap(expandAgainst).forEach((word, i) => {
    for (let k = 0; k < 3; k++) cases.push(againstCase(word, AGAINST_FRAMES[(i * 3 + k) % AGAINST_FRAMES.length]!, (i * 3 + k) % PARTIES.length, i));
  });
  const engage = simpleItems('engageVerb').filter((f) => !/^(?:sign|accept|join|attend|rejoin|resume|discuss)\b/.test(f.base));
  engage.forEach((f, i) => {
    for (let k = 0; k < 3; k++) cases.push(engageCase('negated engage', f, ENGAGE_FRAMES[(i * 3 + k) % ENGAGE_FRAMES.length]!, (i * 5 + k) % PARTIES.length, i, false));
  });
  simpleItems('engageObjVerb').forEach((f, i) => {
    cases.push(engageCase('negated engage + object', f, ENGAGE_FRAMES[(i * 2) % ENGAGE_FRAMES.length]!, (i * 5) % PARTIES.length, i, true));
  });
  NO_FRAMES.forEach((frame, t) => {
    PARTIES.forEach((_, pi) => cases.push(noCase(frame, pi, pi + t)));
  });
  cases.push(...conditionCases());
  cases.push(...negativeCases());
  return cases;
}
