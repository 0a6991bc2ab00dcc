/**
 * Pass: affiliations read from the whole document. Bare officials/authorities
 * groups, and presidents, ministers and ambassadors named with no country, belong to
 * a country that has at least twice the mentions of any other. "The <surname>
 * administration" is the leader's country (the U.S. when no such leader is named).
 * "The opposition <Party>" / "<Group> rebels": the side's common name ("the
 * opposition", "the rebels") becomes that one organisation, and groups named after
 * the side ("opposition lawmakers") its members.
 */
import type { ActorContext, Draft, DraftMention as Mention } from './context.js';
import type { CorefContext } from './coref.js';
import type { Token } from '../types.js';
import { ANY_ORG_DESC, BODY_VOICE_HEAD, EMPLOYER_WORD, MEMBERS_BODY, ORG_DESC, SECTOR_DESC, EPITHET, EPITHET_AFTER, EPITHET_BEFORE, GOV_GROUP_HEAD, GOV_ROLE } from './lexicon.js';
import { breaksAfter, isCap, isRole } from './tokens.js';

export function documentAffiliations(cc: CorefContext): void {
  possessiveOfficers(cc.cx, titleRunOwner);
  demonymCompanies(cc.cx);
  employersBody(cc.cx);
  possessiveOfficers(cc.cx, commaTitleOwner);
  possessiveOfficers(cc.cx, titleForDescription);
  possessiveOfficers(cc.cx, bodyWordInTitle);
  mainCountryOfficials(cc);
  bodyVoices(cc);
  administrations(cc.cx);
  if (!sides(cc.cx)) mainOpposition(cc.cx);
}

/**
 * A person named beside a title owned by a possessive pronoun belongs to the party the pronoun stands for (read once
 * the pronouns are resolved), when nothing else gave the person an affiliation: the owner `find` reads at the first
 * named mention it reads one at.
 */
function possessiveOfficers(cx: ActorContext, find: (cx: ActorContext, toks: Token[], m: Mention) => Draft | undefined): void {
  for (const d of cx.drafts.values()) {
    if (d.type !== 'person' || d.affiliation) continue;
    for (const m of d.mentions) {
      if (m.kind !== 'name') continue;
      const toks = cx.sentToks.get(m.sentence);
      if (!toks) continue;
      const owner = find(cx, toks, m);
      if (owner && owner !== d) {
        d.affiliation = owner.key;
        break;
      }
    }
  }
}

/** a company's description after a demonym: "French group", "Japanese carmaker", "German engineering giant" */
const COMPANY_WORD = (w: string) => ANY_ORG_DESC.has(w) || SECTOR_DESC.has(w) || /^(?:giant|conglomerate|maker)$/.test(w);

/**
 * "French group Tarvex offered …", "Japanese carmaker Halvo": a company described by a demonym and a company word
 * right before its name belongs to that country, and the demonym only describes it (no party of its own there).
 */
function demonymCompanies(cx: ActorContext): void {
  for (const d of cx.ofType('organization')) {
    if (d.affiliation) continue;
    for (const m of d.mentions) {
      const toks = cx.sentToks.get(m.sentence);
      if (m.kind !== 'name' || !toks) continue;
      let k = m.t0 - 1;
      if (!toks[k] || !COMPANY_WORD(toks[k]!.normal) || isCap(toks[k]!.text) || breaksAfter(toks[k]!)) continue;
      // (one or two words of the trade before it: "German engineering group", "building products group")
      while (k > 0 && m.t0 - k < 3 && !isCap(toks[k - 1]!.text) && toks[k - 1]!.tags.has('Noun') && !breaksAfter(toks[k - 1]!)) k--;
      const dem = (cx.bySentence.get(m.sentence) ?? []).find((x) => x.t1 === k && x.kind === 'demonym' && x.draft.type === 'country');
      if (!dem || breaksAfter(toks[k - 1]!)) continue;
      d.affiliation = dem.draft.key;
      dem.salient = false;
      dem.modifier = true;
      break;
    }
  }
}

const OWNER_PRONOUN = /^(?:its|their)$/;

/** the party of "its chairman, " right before token `t0`: the pronoun's draft, an organisation, country or group */
function ownerBefore(cx: ActorContext, toks: Token[], sentence: number, t0: number): Draft | undefined {
  const p = toks[t0 - 1];
  if (!p || !/^\s*,\s*$/.test(p.post)) return undefined;
  let k = t0 - 1;
  if (!isRole(toks[k]!)) return undefined;
  while (k > 0 && t0 - k <= 4 && !OWNER_PRONOUN.test(toks[k]!.normal) && !breaksAfter(toks[k - 1]!) && (isRole(toks[k - 1]!) || toks[k - 1]!.tags.has('Adjective') || toks[k - 1]!.tags.has('Noun') || OWNER_PRONOUN.test(toks[k - 1]!.normal))) k--;
  return OWNER_PRONOUN.test(toks[k]!.normal) ? pronounDraft(cx, sentence, k) : undefined;
}

/**
 * the party of ", its chairman" right after token `t1`, or of a name's possessive there: ", Tarvex's chief executive,",
 * ", the union's general secretary," (an organisation, country or group named before the title)
 */
function ownerAfter(cx: ActorContext, toks: Token[], sentence: number, t1: number): Draft | undefined {
  const last = toks[t1 - 1];
  const k = t1;
  if (!last || !/^\s*,\s*$/.test(last.post)) return undefined;
  const owner = OWNER_PRONOUN.test(toks[k]?.normal ?? '') ? undefined : possessiveNameAt(cx, toks, sentence, k);
  if (!owner && !OWNER_PRONOUN.test(toks[k]?.normal ?? '')) return undefined;
  let j = owner ? owner.t1 : k + 1;
  while (j < toks.length && j - k <= 5 && !isRole(toks[j]!) && (toks[j]!.tags.has('Adjective') || toks[j]!.tags.has('Noun')) && !breaksAfter(toks[j]!)) j++;
  if (!toks[j] || !isRole(toks[j]!)) return undefined;
  return owner ? owner.draft : pronounDraft(cx, sentence, k);
}

/** a mention of a body, country or group ending in a possessive at token k (after "the"): "Tarvex's", "the union's" */
function possessiveNameAt(cx: ActorContext, toks: Token[], sentence: number, k: number): Mention | undefined {
  const at = toks[k]?.normal === 'the' ? k + 1 : k;
  const m = (cx.bySentence.get(sentence) ?? []).find((x) => (x.t0 === at || x.t0 === k) && x.kind !== 'pronoun');
  if (!m || !/['’]s$/i.test(toks[m.t1 - 1]!.text) || breaksAfter(toks[m.t1 - 1]!)) return undefined;
  return m.draft.type === 'organization' || m.draft.type === 'country' || m.draft.type === 'group' ? m : undefined;
}

function pronounDraft(cx: ActorContext, sentence: number, k: number): Draft | undefined {
  const m = (cx.bySentence.get(sentence) ?? []).find((x) => x.t0 === k && x.kind === 'pronoun');
  return m && m.draft.type !== 'person' ? m.draft : undefined;
}

/** the political bodies a description names ("the main opposition party"), and words in their names */
const POLITICAL_BODY = /^\s+(?:party|alliance|coalition|bloc|movement|front)\b/i;
const POLITICAL_NAME = /\b(?:party|alliance|coalition|bloc|movement|front|congress|league)\b/i;
/** a side's part, not the whole side: "a smaller opposition group" */
const PART_OF_SIDE = /\b(?:smaller|other|another|minor|some|rival|splinter)\b/i;

/**
 * "Lakeland's main opposition party boycotted the vote. … The Freedom Party (FP) said …": a news lede describes a
 * party before it names it. The description's group and the other groups that are the side itself ("the
 * opposition", a headline's "Lakeland opposition") become the first political body named in the next three
 * sentences.
 */
function mainOpposition(cx: ActorContext): void {
  const groups = [...cx.drafts.values()].filter((g) => g.type === 'group' && g.head === 'opposition' && !PART_OF_SIDE.test(g.name));
  const described = groups
    .flatMap((g) => g.mentions.filter((m) => m.kind !== 'pronoun' && POLITICAL_BODY.test(cx.text.slice(m.end, m.end + 20))))
    .sort((a, b) => a.start - b.start)[0];
  if (!described) return;
  let org: Draft | undefined;
  let first = Infinity;
  for (const o of cx.drafts.values()) {
    if (o.type !== 'organization' || !POLITICAL_NAME.test(o.name)) continue;
    // (a body named by its name, not one described: "the ruling party")
    const m = o.mentions.find((x) => x.kind !== 'pronoun');
    if (!m || m.kind !== 'name' || m.start <= described.start || m.sentence - described.sentence > 3 || m.start >= first) continue;
    // (the first such body named after the description)
    if (o.mentions.some((x) => x.kind !== 'pronoun' && x.start < described.start)) continue;
    org = o;
    first = m.start;
  }
  if (!org) return;
  for (const g of groups) if (!g.affiliation || cx.draftOf(g.affiliation)?.type === 'country') cx.absorbAsDescription(g, org);
}

/**
 * "Its chief executive, Marten Hale, said …", "Their lead negotiator Kerry Dobson": the body or country of a
 * possessive pronoun before a lower-case title run (set off by a comma or not) right before the name.
 */
function titleRunOwner(cx: ActorContext, toks: Token[], m: Mention): Draft | undefined {
  let k = m.t0 - 1;
  let role = false;
  while (k >= 0 && m.t0 - k <= 4 && !isCap(toks[k]!.text) && !/^(?:its|their)$/.test(toks[k]!.normal) && (isRole(toks[k]!) || toks[k]!.tags.has('Adjective') || toks[k]!.tags.has('Noun'))) {
    if (breaksAfter(toks[k]!) && !(k === m.t0 - 1 && /^\s*,\s*$/.test(toks[k]!.post))) break;
    role ||= isRole(toks[k]!);
    k--;
  }
  const p = toks[k];
  if (!role || !p || !/^(?:its|their)$/i.test(p.normal) || breaksAfter(p)) return undefined;
  const own = (cx.bySentence.get(m.sentence) ?? []).find((x) => x.t0 === k && x.kind === 'pronoun');
  return own && (own.draft.type === 'organization' || own.draft.type === 'country') ? own.draft : undefined;
}

const TITLE_PREP = /^(?:of|for|at|from|with)$/;

/**
 * "Ida Venn, spokeswoman for the organisation,", "Ben Tal, the president of the association,": a title set off by a
 * comma after the name whose body is a description of a party named before (read once descriptions are resolved):
 * that party, an organisation, country or group
 */
function titleForDescription(cx: ActorContext, toks: Token[], m: Mention): Draft | undefined {
  if (!/^\s*,\s*$/.test(toks[m.t1 - 1]?.post ?? '')) return undefined;
  let k = m.t1;
  if (/^(?:a|an|the)$/.test(toks[k]?.normal ?? '')) k++;
  let role = false;
  for (const a = k; k < toks.length && k - a < 4 && !TITLE_PREP.test(toks[k]!.normal) && !breaksAfter(toks[k]!) && (isRole(toks[k]!) || toks[k]!.tags.has('Adjective') || toks[k]!.tags.has('Noun')); k++) role ||= isRole(toks[k]!);
  if (!role || !TITLE_PREP.test(toks[k]?.normal ?? '') || toks[k]!.normal === 'with') return undefined;
  const q = k + 1;
  const at = (cx.bySentence.get(m.sentence) ?? []).find((x) => (x.t0 === q || x.t0 === q + 1) && x.kind !== 'pronoun' && x.draft !== m.draft);
  return at && at.draft.type !== 'person' && at.draft.type !== 'location' ? at.draft : undefined;
}

/**
 * "said Council Member Ivo Tarr" … "The City Council later voted", "The school board met … said board president Ada
 * Kell": a title right before the name that carries a body's word (board, council, union, commission …) belongs to
 * the one organisation of the text with that head, named before or after the person, by name or description (not
 * when two are). Read once the sentences are scanned; the scan reads only a body named before by name.
 */
function bodyWordInTitle(cx: ActorContext, toks: Token[], m: Mention): Draft | undefined {
  let role = false;
  let word: string | undefined;
  for (let k = m.t0 - 1; k >= 0 && m.t0 - k <= 3 && !word; k--) {
    const t = toks[k]!;
    if (breaksAfter(t) || !(isRole(t) || ORG_DESC.has(t.normal))) break;
    if (ORG_DESC.has(t.normal) && !isRole(t)) word = t.normal;
    else role = true;
  }
  if (!role || !word) return undefined;
  const w = word;
  // (not the title's own word read as a body of its own: "Union president X" made "Union")
  const bodies = [...cx.drafts.values()].filter((x) => x.type === 'organization' && x.name.toLowerCase() !== w && x.mentions.some((y) => y.kind !== 'pronoun') && (x.head === w || x.name.toLowerCase().split(/\s+/).at(-1) === w));
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** "its chairman, Lin Po-wen,", "Ana Brel, its chief executive,": a title set off by commas before or after the name */
function commaTitleOwner(cx: ActorContext, toks: Token[], m: Mention): Draft | undefined {
  return ownerBefore(cx, toks, m.sentence, m.t0) ?? ownerAfter(cx, toks, m.sentence, m.t1);
}

/**
 * "The Teesmark Employers' Federation met on Tuesday. The employers refused …": a group of employers or owners
 * (employer_word), in a text that has named exactly one body of them before ("… Employers' Federation", "… Shipowners'
 * Association"), is that body speaking.
 */
function employersBody(cx: ActorContext): void {
  const bodies = (head: string) =>
    [...cx.drafts.values()].filter((o) => o.type === 'organization' && o.mentions.length && o.name.toLowerCase().split(/\s+/).some((w) => MEMBERS_BODY.has(w)) && o.name.toLowerCase().split(/\s+/).some((w) => w.replace(/['’]s?$/, '') === head || w.replace(/['’]$/, '') === head));
  for (const g of [...cx.drafts.values()]) {
    if (g.type !== 'group' || g.affiliation || !EMPLOYER_WORD.has(g.head) || !/s$/.test(g.head) || g.name.toLowerCase() !== g.head) continue;
    const found = bodies(g.head);
    if (found.length !== 1) continue;
    const o = found[0]!;
    const first = (d: Draft) => Math.min(...d.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.start));
    if (first(o) < first(g)) cx.absorbAsDescription(g, o);
  }
}

/** officials with no country of their own: the document's main country, when one dominates */
function mainCountryOfficials(cc: CorefContext): void {
  const { countryWeight, cx } = cc;
  let main: Draft | undefined;
  let second = 0;
  for (const [d, w] of countryWeight) {
    if (!main || w > countryWeight.get(main)!) {
      second = main ? countryWeight.get(main)! : 0;
      main = d;
    } else if (w > second) second = w;
  }
  if (!(main && countryWeight.get(main)! >= 2 * second && main.mentions.some((m) => !m.venue))) return;
  // (an official named in a sentence beside a person the text itself gives the main country — "Prime Minister X spoke
  // with US President Y" — is that person's counterpart, of no country the fallback can tell, when another country is named)
  const ofMain = new Set<number>();
  if (second > 0) for (const p of cx.ofType('person')) if (p.affiliation === main.key) for (const m of p.mentions) ofMain.add(m.sentence);
  const counterpart = (d: Draft) => d.mentions.some((m) => ofMain.has(m.sentence) && !(cx.bySentence.get(m.sentence) ?? []).every((x) => x.draft === d || x.draft.type !== 'person' || x.draft.affiliation !== main!.key));
  for (const d of cx.drafts.values()) {
    // (the author of a statement about a country is not that country's: "Statement by the President on Zorvania")
    if (d.affiliation || d === cc.author) continue;
    if (d.type === 'group' && GOV_GROUP_HEAD.has(d.head)) d.affiliation = main.key;
    // "Justice Minister Kofi Mensah" in a story about one country is that country's minister
    else if (d.type === 'person' && countryWeight.get(main)! >= 3 && [...d.roles].some((r) => GOV_ROLE.has(r)) && !counterpart(d)) d.affiliation = main.key;
  }
}

/**
 * "Corvane Television met on Tuesday. Senior officials said afterwards …": officials, executives or negotiators of no
 * body of their own, first named in a sentence that names no other party, speak for the organisation that is the
 * subject of the sentence before in the same paragraph (after the main country's officials took theirs).
 */
function bodyVoices(cc: CorefContext): void {
  const { cx } = cc;
  const para = (s: number) => cx.parsed[s]?.sentence.paragraph;
  for (const d of cx.drafts.values()) {
    if (d.type !== 'group' || d.affiliation || d === cc.author || !BODY_VOICE_HEAD.has(d.head) || !d.mentions.length) continue;
    const m0 = d.mentions.reduce((a, b) => (b.sentence < a.sentence || (b.sentence === a.sentence && b.start < a.start) ? b : a));
    const s = m0.sentence;
    if (s === 0 || para(s) !== para(s - 1) || m0.kind !== 'name') continue;
    // (another party named in the sentence: the officials may be its)
    if ((cx.bySentence.get(s) ?? []).some((m) => m.draft !== d && !m.venue && m.draft.type !== 'person')) continue;
    const subj = (cx.bySentence.get(s - 1) ?? []).find((m) => !m.venue && m.t0 <= 1);
    if (subj && subj.draft.type === 'organization' && !subj.draft.affiliation) d.affiliation = subj.draft.key;
  }
}

/** "the Carter administration", "the Abe government": a leader's name before a government word is the leader's country */
function administrations(cx: ActorContext): void {
  const people = [...cx.drafts.values()].filter((d) => d.type === 'person' && d.affiliation);
  for (const o of cx.drafts.values()) {
    if (o.type !== 'organization' || /\s/.test(o.name.trim())) continue;
    const p = people.find((x) => x.name.split(/\s+/).at(-1)!.toLowerCase() === o.name.toLowerCase());
    const named = o.mentions.filter((m) => m.kind !== 'pronoun');
    const after = (re: RegExp) => named.length > 0 && named.every((m) => re.test(cx.text.slice(m.end, m.end + 20)));
    if (!after(/^[\s'’s]*(?:administration|government|cabinet|regime|camp)\b/i)) continue;
    // English news calls a government "the <surname> administration" almost only for U.S. presidencies
    // ("the Obama administration"); other governments are "the <surname> government"
    const ak = p?.affiliation ?? (!p && after(/^\s*administration\b/i) && cx.gaz.byId.has('USA') ? 'gz:USA' : undefined);
    const c = ak ? cx.draftOf(ak) : undefined;
    if (!c || c.type !== 'country') continue;
    cx.absorbAsDescription(o, c);
  }
}

/**
 * "the opposition Freedom Party", "the rebel Northern Front", "the Northern Front rebel group": a side's common
 * name used as an epithet of one named organisation. "The opposition" and "the rebels" elsewhere are that
 * organisation, and groups named after the side ("opposition lawmakers", "rebel commanders") belong to it.
 */
function sides(cx: ActorContext): boolean {
  let found = false;
  const orgsBySide = new Map<string, Set<Draft>>();
  for (const o of cx.drafts.values()) {
    if (o.type !== 'organization') continue;
    for (const m of o.mentions) {
      if (m.kind === 'pronoun') continue;
      const side = EPITHET_BEFORE.exec(cx.text.slice(Math.max(0, m.start - 20), m.start))?.[1] ?? EPITHET_AFTER.exec(cx.text.slice(m.end, m.end + 20))?.[1];
      if (!side) continue;
      const head = EPITHET.get(side.toLowerCase())!;
      let set = orgsBySide.get(head);
      if (!set) orgsBySide.set(head, (set = new Set()));
      set.add(o);
    }
  }
  loneArmedMovement(cx, orgsBySide);
  for (const [head, set] of orgsBySide) {
    if (set.size !== 1) continue;
    const org = [...set][0]!;
    found ||= head === 'opposition';
    for (const g of cx.drafts.values()) {
      if (g.type !== 'group' || g === org) continue;
      const ws = g.name.toLowerCase().split(/\s+/);
      if (g.head === head) {
        // the side itself: "the rebels", "the absent opposition"
        cx.absorbAsDescription(g, org);
      } else if (ws.some((w) => EPITHET.get(w) === head) && (!g.affiliation || cx.draftOf(g.affiliation)?.type === 'country')) {
        g.affiliation = org.key;
      }
    }
  }
  return found;
}

/** last words of the names armed movements go by ("Southern Dignity Movement", "National Liberation Front", "Holy Jihad Brigades") */
const ARMED_HEAD = /^(?:movement|front|army|brigades|brigade|forces|militia|resistance)$/;

/**
 * "The Southern Dignity Movement … The rebels have said …": with no organisation called a rebel one in words, a
 * story about one armed movement calls it "the rebels" (or "the insurgents", "the militants", "the guerrillas"):
 * the text names exactly one organisation whose name ends in a movement's head word and that is no state's
 * ("the Quessara army"), and uses the bare side's noun. That organisation takes the side's name.
 */
function loneArmedMovement(cx: ActorContext, orgsBySide: Map<string, Set<Draft>>): void {
  const armed = [...cx.drafts.values()].filter(
    (o) => o.type === 'organization' && ARMED_HEAD.test(o.head) && !o.affiliation && o.mentions.some((m) => m.kind === 'name' || m.kind === 'alias'),
  );
  if (armed.length !== 1) return;
  for (const g of cx.drafts.values()) {
    if (g.type !== 'group' || g.name.toLowerCase() !== g.head || !EPITHET.has(g.head) || g.head === 'opposition' || orgsBySide.has(g.head)) continue;
    // (only the definite side, "the rebels", or the modifier that stands for it, "rebel demands": "rebels in the
    // north" may be any)
    if (!g.mentions.every((m) => m.kind === 'pronoun' || m.kind === 'description' || /^the\s/i.test(cx.text.slice(m.start, m.end)) || /\bthe\s+$/i.test(cx.text.slice(Math.max(0, m.start - 4), m.start)))) continue;
    orgsBySide.set(g.head, new Set(armed));
  }
}
