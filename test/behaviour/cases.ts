/**
 * A CheckList-style behavioural suite, generated from the lexicon
 * (src/rules/lexicon.yml): predicate class × frame × party kind, plus negatives
 * where the same words mean something else. Every case states the cue type it
 * expects, the span the cue must overlap (the predicate) and the party that must
 * hold it; a negative states the cue type that must NOT appear.
 *
 * Sentences are written from templates with invented or generic names; nothing
 * comes from the eval files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BUILTIN_RULES_DIR } from '../../src/rules/load.js';
import { getNlp } from '../../src/pipeline/nlp.js';

export type CueKind = 'refusal' | 'engagement' | 'condition';

export interface Case {
  id: string;
  /** the predicate class (or "negative: …") */
  predClass: string;
  frame: string;
  party: string;
  text: string;
  /** the cue type that must appear (positive case) */
  type?: CueKind;
  /** [start, end) the cue must overlap */
  span?: [number, number];
  /** [start, end) of the parties that may hold it (any one) */
  holders?: [number, number][];
  /** the cue type that must not appear anywhere in the text (negative case); 'any' = no cue at all */
  none?: CueKind | 'any';
}

// ------------------------------------------------------------ parties

interface Party {
  kind: string;
  names: string[];
  /** pronoun for a later sentence */
  pron: string;
}

export const PARTIES: Party[] = [
  { kind: 'country', names: ['Kenya', 'Chile', 'Norway', 'Vietnam', 'Ghana'], pron: 'It' },
  { kind: 'capital', names: ['Nairobi', 'Santiago', 'Oslo', 'Hanoi', 'Accra'], pron: 'It' },
  { kind: 'minister', names: ['The labour minister', 'The foreign minister', 'The finance minister'], pron: 'She' },
  { kind: 'union', names: ["The teachers' union", "The dockworkers' union", 'The nurses union'], pron: 'It' },
  { kind: 'company', names: ['Boeing', 'Unilever', 'Nestle'], pron: 'It' },
  { kind: 'rebel group', names: ['The Taliban', 'Hezbollah', 'The rebels'], pron: 'They' },
  { kind: 'common-noun group', names: ['Farmers', 'Shop owners', 'Dock workers', 'The truckers'], pron: 'They' },
  { kind: 'invented name', names: ['Zorvania', 'Plurim', 'Kestavia', 'Orlinda'], pron: 'It' },
];

// ------------------------------------------------------------ predicates from the lexicon

export const lexicon = (parse(readFileSync(join(BUILTIN_RULES_DIR, 'lexicon.yml'), 'utf8')) as { classes: Record<string, string[]> }).classes;

export interface Forms {
  base: string;
  past: string;
  participle: string;
}

export type Conjugation = { PastTense?: string; Participle?: string; Infinitive?: string };
export const conjugator = (() => {
  const world = (getNlp() as unknown as { world(): { methods: { two: { transform: { verb: { conjugate(s: string, m: unknown): Conjugation } } } }; model: unknown } }).world();
  return (root: string): Conjugation => world.methods.two.transform.verb.conjugate(root, world.model) ?? {};
})();

/** verbs whose past is their base ("cast" → "cast") */
const ZERO_PAST = /(?:put|set|cut|quit|hit|let|bet|shut|burst|cast|cost|hurt|spread|bid|thrust)$/;
/** unstressed prefixes: "rebut", "admit", "commit", "control" double as their last syllable does */
const PREFIX = /^(?:re|ad|com|con|de|dis|ex|for|in|out|over|per|pre|pro|sub|trans|under|up|with)(?=[^aeiou]*[aeiou][^aeiou]*$)/;

/**
 * The regular past of a verb: "agree" → "agreed", "deny" → "denied", and a final consonant after
 * one vowel doubles when that syllable is stressed — a one-syllable verb ("skip" → "skipped") or a
 * prefixed one ("rebut" → "rebutted") — but not otherwise ("open" → "opened", "disown" → "disowned").
 */
export function regularPast(root: string): string {
  if (root.endsWith('e')) return `${root}d`;
  if (/[^aeiou]y$/.test(root)) return `${root.slice(0, -1)}ied`;
  const syllable = root.replace(PREFIX, '');
  if (/^(?:qu|[^aeiou])*[aeiou][b-df-hj-np-tvz]$/.test(syllable) && !/^(?:exit|debut|visit|edit)$/.test(root)) return `${root}${root.at(-1)}ed`;
  return `${root}ed`;
}

/**
 * A past participle compromise does not give: that of the irregular verb the root ends in, when
 * the root's past is that verb's past too ("forgo" → forwent, forgone; not "bring" → "brung").
 */
function irregularParticiple(root: string, past: string): string | undefined {
  for (let k = 1; k < root.length - 1; k++) {
    const tail = root.slice(k);
    const c = conjugator(tail);
    if (c.Participle && c.Participle !== tail && root.slice(0, k) + c.PastTense === past) return root.slice(0, k) + c.Participle;
  }
  return undefined;
}

/** "{turn} down" → turn down / turned down; null for items that are not a verb lemma with plain particles */
export function formsOf(item: string): Forms | null {
  const m = /^\{([a-z]+)\}((?: [a-z]+)*)$/.exec(item);
  if (!m) return null;
  const root = m[1]!;
  const rest = m[2] ?? '';
  // compromise's conjugator, where it is right: it gives "skip" → "skip", "torpedo" → "torpedid"
  const c = conjugator(root);
  let past = c.PastTense;
  const broken = !past || c.Infinitive !== root || (past === root && !ZERO_PAST.test(root)) || (root.endsWith('o') && past.endsWith('id'));
  if (broken) past = regularPast(root);
  const irregular = !broken && past !== regularPast(root) && !/ed$/.test(past!);
  const participle = (c.Participle && c.Participle !== root ? c.Participle : irregular ? irregularParticiple(root, past!) : undefined) ?? past!;
  return { base: root + rest, past: past + rest, participle: participle + rest };
}

/** the items of a class, one per alternative of an item that opens on a group ("({walk}|{pull}) out of") */
export const simpleItems = (name: string): Forms[] =>
  lexicon[name]!
    .flatMap((item) => {
      const g = /^\(([^()]+)\)(.*)$/.exec(item);
      return g ? g[1]!.split('|').map((a) => `${a}${g[2]}`) : [item];
    })
    .map(formsOf)
    .filter((f): f is Forms => f !== null);

const DEAL_OBJECTS = ['the peace deal', 'the ceasefire', 'the pay agreement', 'the accord', 'the framework deal', 'the truce'];
const OFFER_OBJECTS = ['the offer', 'the proposal', 'the draft resolution', 'the invitation', 'the peace plan', 'the counteroffer'];
const TALKS_OBJECTS = ['the talks', 'the negotiations', 'the dialogue', 'the mediation', 'the summit'];
const PLURAL = new Set(['the talks', 'the negotiations']);

/** verbs whose natural object is a process (talks), a deal, or else an offer */
const TALKS_VERBS = /^(?:resume|restart|reopen|relaunch|rekindle|revive|hold|host|convene|attend|join|enter|open|launch|start|begin|continue|pursue|quit|exit|leave|walk|break|suspend|freeze|halt|cancel|call|postpone|delay|defer|drop|opt|step|pull|retreat|back|stall|obstruct|boycott)\b/;
const DEAL_VERBS = /^(?:hammer|thrash|hash|work|iron|nail|pin|broker|clinch|seal|strike|sign|ink|initial|conclude|finali[sz]e|reach|forge|negotiate|renegotiate|honou?r|respect|implement|abide|comply|stick|uphold|observe|violate|breach|flout|defy|renege|tear|scrap|ditch|dump|junk|abandon|wriggle|withdraw|kill|bury|sink|wreck|torpedo|derail|scuttle|scupper|sabotage|undermine)\b/;

export function objectFor(base: string, i: number): string {
  const list = TALKS_VERBS.test(base) ? TALKS_OBJECTS : DEAL_VERBS.test(base) ? DEAL_OBJECTS : OFFER_OBJECTS;
  return list[i % list.length]!;
}

// ------------------------------------------------------------ building a case

export class Builder {
  text = '';
  marks = new Map<string, [number, number]>();
  add(s: string, mark?: string): this {
    if (mark) this.marks.set(mark, [this.text.length, this.text.length + s.length]);
    this.text += s;
    return this;
  }
}

export const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
export const low = (s: string) => (/^The /.test(s) ? 'the' + s.slice(3) : s);
export const possessive = (s: string) => (/s$/.test(s) ? `${s}'` : `${s}'s`);

export const FRAMES = ['active', 'passive', 'nominalisation', 'infinitive', 'negated', 'modal', 'reported', 'pronoun subject', 'coordinated'] as const;
type Frame = (typeof FRAMES)[number];

const REFUSAL_NOUNS: [string, string][] = [
  ['rejection', 'of'], ['refusal', 'of'], ['rebuff', 'to'], ['rebuttal', 'of'], ['veto', 'of'], ['boycott', 'of'], ['repudiation', 'of'],
  ['abandonment', 'of'], ['cancellation', 'of'], ['suspension', 'of'], ['withdrawal', 'from'], ['opposition', 'to'], ['objection', 'to'],
];
const ENGAGEMENT_NOUNS: [string, string][] = [
  ['acceptance', 'of'], ['approval', 'of'], ['endorsement', 'of'], ['embrace', 'of'], ['participation', 'in'], ['resumption', 'of'],
  ['signing', 'of'], ['ratification', 'of'], ['commitment', 'to'], ['return', 'to'],
];

/** one positive case of a transitive predicate (verb + object) */
function transitive(predClass: string, type: CueKind, f: Forms, frame: Frame, pi: number, i: number): Case | null {
  // phrasal verbs with no passive: "the offer was said no to"
  if (frame === 'passive' && /^(?:say|scoff|balk|baulk|warm|go|sign)\b/.test(f.base)) return null;
  const party = PARTIES[pi % PARTIES.length]!;
  const name = party.names[i % party.names.length]!;
  const other = PARTIES[(pi + 3) % PARTIES.length]!.names[i % 3]!;
  const obj = objectFor(f.base, i);
  const be = PLURAL.has(obj) ? 'were' : 'was';
  const flipped: CueKind = type === 'refusal' ? 'engagement' : 'refusal';
  const b = new Builder();
  let expect = type;
  const holders = ['P'];
  switch (frame) {
    case 'active':
      b.add(name, 'P').add(' ').add(f.past, 'V').add(` ${obj} on Monday.`);
      break;
    case 'passive':
      b.add(`${cap(obj)} ${be} `).add(f.participle, 'V').add(' by ').add(low(name), 'P').add('.');
      break;
    case 'nominalisation': {
      const nouns = type === 'refusal' ? REFUSAL_NOUNS : ENGAGEMENT_NOUNS;
      const [noun, prep] = nouns[i % nouns.length]!;
      b.add(possessive(name), 'P').add(' ').add(noun, 'V').add(` ${prep} ${obj} came on Monday.`);
      break;
    }
    case 'infinitive':
      b.add(name, 'P').add(' decided to ').add(f.base, 'V').add(` ${obj}.`);
      break;
    case 'negated':
      expect = flipped;
      b.add(name, 'P').add(' did not ').add(f.base, 'V').add(` ${obj}.`);
      break;
    case 'modal':
      b.add(name, 'P').add(' will ').add(f.base, 'V').add(` ${obj}, officials said.`);
      break;
    case 'reported':
      b.add('A diplomat said ').add(low(name), 'P').add(' had ').add(f.participle, 'V').add(` ${obj}.`);
      break;
    case 'pronoun subject':
      b.add(name, 'P').add(' held a news conference on Monday. ').add(party.pron).add(' later ').add(f.past, 'V').add(` ${obj}.`);
      break;
    case 'coordinated':
      b.add(name, 'P').add(' and ').add(low(other), 'Q').add(' ').add(f.past, 'V').add(` ${obj}.`);
      holders.push('Q');
      break;
  }
  return {
    id: `${predClass}/${f.base}/${frame}/${party.kind}`,
    predClass,
    frame,
    party: party.kind,
    text: b.text,
    type: expect,
    span: b.marks.get('V')!,
    holders: holders.map((h) => b.marks.get(h)!),
  };
}

/** one positive case of an intransitive predicate ("negotiate", "back down") */
function intransitive(predClass: string, type: CueKind, f: Forms, frame: Frame, pi: number, i: number): Case | null {
  const party = PARTIES[pi % PARTIES.length]!;
  const name = party.names[i % party.names.length]!;
  const other = PARTIES[(pi + 3) % PARTIES.length]!.names[i % 3]!;
  const tail = predClass === 'engage' ? ' with the mediators' : '';
  const flipped: CueKind = type === 'refusal' ? 'engagement' : 'refusal';
  const b = new Builder();
  let expect = type;
  const holders = ['P'];
  switch (frame) {
    case 'active':
      b.add(name, 'P').add(' ').add(f.past, 'V').add(`${tail} on Monday.`);
      break;
    case 'infinitive':
      b.add(name, 'P').add(' agreed to ').add(f.base, 'V').add(`${tail}.`);
      break;
    case 'negated':
      expect = flipped;
      b.add(name, 'P').add(' would not ').add(f.base, 'V').add(`${tail}.`);
      break;
    case 'modal':
      b.add(name, 'P').add(' will ').add(f.base, 'V').add(`${tail}, officials said.`);
      break;
    case 'reported':
      b.add('A diplomat said ').add(low(name), 'P').add(' was ready to ').add(f.base, 'V').add(`${tail}.`);
      break;
    case 'pronoun subject':
      b.add(name, 'P').add(' held a news conference on Monday. ').add(party.pron).add(' said it was willing to ').add(f.base, 'V').add(`${tail}.`);
      break;
    case 'coordinated':
      b.add(name, 'P').add(' and ').add(low(other), 'Q').add(' are prepared to ').add(f.base, 'V').add(`${tail}.`);
      holders.push('Q');
      break;
    default:
      return null; // no passive or noun of an intransitive verb
  }
  return {
    id: `${predClass}/${f.base}/${frame}/${party.kind}`,
    predClass,
    frame,
    party: party.kind,
    text: b.text,
    type: expect,
    span: b.marks.get('V')!,
    holders: holders.map((h) => b.marks.get(h)!),
  };
}

// ------------------------------------------------------------ conditions

const CONDITION_TEMPLATES: [string, (p: string, o: string) => [string, string]][] = [
  ['demand that', (p, o) => [`${p} demanded that ${low(o)} release the prisoners.`, 'demanded']],
  ['only if', (p) => [`${p} will return to the talks only if the blockade is lifted.`, 'only if']],
  ['unless', (p) => [`${p} will not sign the deal unless the sanctions are eased.`, 'unless']],
  ['until', (p, o) => [`${p} will not negotiate until ${low(o)} withdraws its troops.`, 'until']],
  ['in return for', (p) => [`${p} offered a truce in return for the release of the prisoners.`, 'in return for']],
  ['threat if', (p) => [`${p} warned of more sanctions if diplomacy fails.`, 'sanctions if']],
  ['steps by', (p, o) => [`${p} is looking for concrete steps by ${low(o)} before any deal.`, 'looking for concrete steps by']],
  ['as soon as', (p) => [`${p} will resume the talks as soon as the shelling stops.`, 'as soon as']],
  ['on the understanding that', (p, o) => [`${p} accepted the truce on the understanding that ${low(o)} would disarm.`, 'on the understanding that']],
];

function conditionCases(): Case[] {
  const out: Case[] = [];
  CONDITION_TEMPLATES.forEach(([frame, make], t) => {
    PARTIES.forEach((party, pi) => {
      const name = party.names[t % party.names.length]!;
      const other = PARTIES[(pi + 3) % PARTIES.length]!.names[t % 3]!;
      const [text, trigger] = make(name, other);
      const at = text.indexOf(trigger);
      out.push({
        id: `condition/${frame}/${party.kind}`,
        predClass: 'condition',
        frame,
        party: party.kind,
        text,
        type: 'condition',
        span: [at, at + trigger.length],
        holders: [[0, name.length]],
      });
    });
  });
  return out;
}

// ------------------------------------------------------------ negatives

/** the same words where they carry no stance */
const NEGATIVE_SENTENCES: [string, CueKind | 'any'][] = [
  ['Shares declined 3 percent on Monday.', 'any'],
  ['Exports declined sharply in the third quarter.', 'any'],
  ['The ministers agreed that it was cold.', 'any'],
  ['Most economists agreed that inflation had peaked.', 'any'],
  ['The office will stay closed until Tuesday.', 'condition'],
  ['Road conditions were poor across the north.', 'condition'],
  ['Working conditions at the plant have improved.', 'condition'],
  ['The weather conditions delayed the harvest.', 'any'],
  ['The army blocked the road to the port.', 'refusal'],
  ['The court dismissed the case on Friday.', 'refusal'],
  ['Rebels shot down a drone near the border.', 'refusal'],
  ['The storm delayed flights across the region.', 'refusal'],
  ['The climbers reached the summit at dawn.', 'engagement'],
  ['The club signed a new striker.', 'engagement'],
  ['The minister opened a new school in the capital.', 'engagement'],
  ['The company held a press conference on Monday.', 'engagement'],
  ['Police turned down a side street.', 'refusal'],
  ['The withdrawal of troops began on Monday.', 'refusal'],
  ['The return of the refugees began in May.', 'engagement'],
  ['The minister refused to comment.', 'refusal'],
  ['The ministry declined to give details.', 'refusal'],
  ['The proposed deal was leaked to the press.', 'engagement'],
  ['Sanctions against the regime were extended.', 'refusal'],
  ['The prime minister met the press.', 'engagement'],
  ['The results met expectations.', 'engagement'],
  ['The talks should resume as soon as possible.', 'condition'],
  ['Turnout was up to 60 percent.', 'condition'],
  ['The union gave management a letter to read.', 'condition'],
  ['An aide, speaking on condition of anonymity, said the envoy would leave.', 'condition'],
  ['Some information was provided by the agency.', 'condition'],
  ['The border is open to traffic.', 'engagement'],
  ['The army is ready to fight.', 'engagement'],
  ['The market rallied when the talks resumed.', 'engagement'],
  ['The sanctions hurt the economy last year.', 'condition'],
  ['He arrived at the summit of the hill.', 'engagement'],
  ['The board accused the union of blocking the deal.', 'refusal'],
];

/** non-engagement objects: "blocked the road", "signed the shipment papers" */
const PLAIN_OBJECTS = ['the road', 'the shipment', 'the old bridge', 'the budget figures', 'the weather report', 'the parking rules'];

function negatives(rejectObj: Forms[], engageObj: Forms[]): Case[] {
  const out: Case[] = NEGATIVE_SENTENCES.map(([text, none], i) => ({
    id: `negative/sentence/${i}`,
    predClass: 'negative: other sense',
    frame: 'sentence',
    party: '-',
    text,
    none,
  }));
  const plain = (list: Forms[], type: CueKind, cls: string) =>
    list.forEach((f, i) => {
      const party = PARTIES[i % PARTIES.length]!;
      const name = party.names[i % party.names.length]!;
      out.push({
        id: `${cls}/${f.base}`,
        predClass: cls,
        frame: 'active',
        party: party.kind,
        text: `${name} ${f.past} ${PLAIN_OBJECTS[i % PLAIN_OBJECTS.length]} on Monday.`,
        none: type,
      });
    });
  // (leaving out the figurative phrases that are a refusal or engagement whatever follows: "walked out of", "closed the door on", "mediated")
  const figurative = /^(?:walk|back|renege|break|pour|close|shut|slam|pull|withdraw|drop|opt|wriggle|step|retreat|broker|mediate)\b/;
  plain(rejectObj.filter((f) => !figurative.test(f.base)), 'refusal', 'negative: reject verb, no engagement object');
  plain(engageObj.filter((f) => !figurative.test(f.base)), 'engagement', 'negative: engage verb, no engagement object');
  return out;
}

// ------------------------------------------------------------ the suite

export function buildCases(): Case[] {
  const cases: Case[] = [];
  const classes: [string, CueKind, Forms[], 'transitive' | 'intransitive'][] = [
    ['reject', 'refusal', simpleItems('rejectVerb'), 'transitive'],
    ['reject + object', 'refusal', simpleItems('rejectObjVerb'), 'transitive'],
    ['engage + object', 'engagement', simpleItems('engageObjVerb'), 'transitive'],
    ['engage', 'engagement', simpleItems('engageVerb').filter((f) => !/^(?:sign|accept|join|attend|rejoin|resume|discuss)\b/.test(f.base)), 'intransitive'],
    ['concede', 'engagement', simpleItems('concedeVerb').filter((f) => !/^(?:free|release|allow|permit|disarm)\b/.test(f.base)), 'intransitive'],
  ];
  for (const [name, type, items, shape] of classes) {
    items.forEach((f, i) => {
      // each predicate in four frames, the frames and party kinds rotating over the class
      for (let k = 0; k < 4; k++) {
        const frame = FRAMES[(i + 2 * k) % FRAMES.length]!;
        const pi = (i * 5 + k) % PARTIES.length;
        const c = shape === 'transitive' ? transitive(name, type, f, frame, pi, i) : intransitive(name, type, f, frame, pi, i);
        if (c) cases.push(c);
      }
    });
  }
  cases.push(...conditionCases());
  cases.push(...negatives(simpleItems('rejectObjVerb'), simpleItems('engageObjVerb')));
  return cases;
}
