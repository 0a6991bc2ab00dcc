/**
 * Pass: mentions merged into entities. A bare group head ("Rebels" in a headline)
 * joins the named group with that head; one group named twice ("Venezuela
 * Opposition", "Venezuela's opposition") is one; a delegation takes the group or
 * country that sent it; workers/doctors/… join the union or association named with
 * their noun; "President Mugabe" joins "Robert Mugabe". Returns the names later
 * references are read by: surnames, and companies' first words ("Caldera Automotive"
 * … "Caldera").
 */
import { tokenKey } from '../../actors/gazetteer.js';
import type { ActorContext, Draft } from './context.js';
import { COMPANY_HEAD, DELEGATE_HEAD, LABOUR_HEAD, LEGAL_SUFFIX, MEMBER_HEAD, ORG_HEAD, STOP_CAP } from './lexicon.js';
import { nameShaped, stateNameShaped } from './unknown.js';

export interface EntityNames {
  /** a person's last name (and the first of a two-word name that is not a first name) → the person */
  surnames: Map<string, Draft>;
  /** a two-word company's first word → the company */
  shortNames: Map<string, Draft>;
  /** a one-word name guessed from its shape (unknown.ts) → its draft, for its other mentions */
  guessedNames: Map<string, Draft>;
}

export function mergeEntities(cx: ActorContext): EntityNames {
  const groups = cx.ofType('group');
  joinBareHeads(cx, groups);
  joinSameGroups(cx);
  delegations(cx, groups);
  membersOfBodies(cx, groups);
  shortForms(cx);
  initialisms(cx);
  unionLocals(cx);
  legalForms(cx);
  headShortForms(cx);
  guessedPeople(cx);
  personNamedAsBody(cx);
  const surnames = surnameIndex(cx);
  const shortNames = companyShortNames(cx, surnames);
  // a company's first word, guessed as a name of its own ("Caldera said" after "Caldera Automotive"), is the company
  for (const g of [...cx.drafts.values()]) {
    const o = g.guessed && !/\s/.test(g.name) ? shortNames.get(tokenKey(g.name)) : undefined;
    if (!o || o === g) continue;
    for (const m of g.mentions) m.kind = 'alias';
    cx.moveMentions(g, o);
  }
  // a surname guessed as a name of its own ("Later Tavo said" after "Prime Minister Tavo") is that person
  for (const g of [...cx.drafts.values()]) {
    const p = g.guessed && g.type !== 'person' && !/\s/.test(g.name) ? surnames.get(tokenKey(g.name)) : undefined;
    if (!p || p === g || !cx.drafts.has(p.key)) continue;
    for (const m of g.mentions) m.kind = 'surname';
    cx.moveMentions(g, p);
  }
  mergeSurnames(cx, surnames);
  const guessedNames = new Map<string, Draft>();
  for (const d of cx.drafts.values()) if (d.guessed && !/\s/.test(d.name) && !surnames.has(tokenKey(d.name))) guessedNames.set(tokenKey(d.name), d);
  return { surnames, shortNames, guessedNames };
}

/**
 * "Peter Hill met officials … "We will not …," Peter Hill said": a name of two or three words the text also shows to be
 * a person's (the tagger read "Hill", "Field", "Park" as a place in one sentence) is that person throughout
 */
function personNamedAsBody(cx: ActorContext): void {
  const people = new Map(cx.ofType('person').map((d) => [d.name.toLowerCase(), d]));
  for (const o of cx.ofType('organization')) {
    const p = o.gazId ? undefined : people.get(o.name.toLowerCase());
    if (!p || !/^\S+(?:\s\S+){1,2}$/.test(o.name) || !cx.drafts.has(p.key)) continue;
    cx.moveMentions(o, p);
    for (const d of cx.drafts.values()) if (d.affiliation === o.key) d.affiliation = null;
  }
}

/** "Rebels agree …" (a headline) and "Maoist rebels": one group */
function joinBareHeads(cx: ActorContext, groups: Draft[]): void {
  for (const d of groups) {
    if (d.name.toLowerCase() !== d.head || d.affiliation) continue;
    let to: Draft | undefined;
    for (const x of groups) if (x !== d && x.head === d.head && cx.drafts.has(x.key) && !x.name.includes(' of ') && (!to || x.order < to.order)) to = x;
    if (to) cx.moveMentions(d, to);
  }
}

/** "Venezuela Opposition" (a headline) and "Venezuela's opposition": one group, named as the body first names it */
function joinSameGroups(cx: ActorContext): void {
  const core = (d: Draft) => {
    const aff = d.affiliation ? (cx.drafts.get(d.affiliation) ?? (d.affiliation.startsWith('gz:') ? cx.gaz.byId.get(d.affiliation.slice(3)) : undefined)) : undefined;
    const own = new Set([aff?.name, ...((aff && 'demonyms' in aff ? aff.demonyms : []) as string[])].filter(Boolean).flatMap((x) => x!.toLowerCase().split(/\s+/)));
    return d.name.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/).filter((w) => !own.has(w)).join(' ');
  };
  const headlines = new Set(cx.parsed.filter((p) => p.sentence.headline).map((p) => p.sentence.index));
  const inHeadline = (d: Draft) => d.mentions.length > 0 && headlines.has(d.mentions[0]!.sentence);
  const affiliated = [...cx.drafts.values()].filter((d) => d.type === 'group' && d.affiliation);
  for (const d of affiliated) {
    if (!cx.drafts.has(d.key)) continue;
    const same = affiliated.filter((x) => x !== d && cx.drafts.has(x.key) && x.head === d.head && x.affiliation === d.affiliation && core(x) === core(d));
    if (!same.length) continue;
    // keep the one first named outside a headline
    const all = [d, ...same].sort((x, y) => Number(inHeadline(x)) - Number(inHeadline(y)) || x.order - y.order);
    for (const x of all.slice(1)) cx.moveMentions(x, all[0]!);
  }
}

/** "envoys from many of the world's island states", "delegates of Chile": a delegation speaks for those who sent it */
function delegations(cx: ActorContext, groups: Draft[]): void {
  for (const d of groups) {
    if (d.affiliation || !cx.drafts.has(d.key) || !DELEGATE_HEAD.has(d.head)) continue;
    for (const m of d.mentions) {
      const link = /^\s+(?:from|of)\s+(?:(?:some|many|most|all|several|a number|dozens) of\s+)?(?:the\s+)?(?:world['’]s\s+)?/i.exec(cx.text.slice(m.end, m.end + 60));
      if (!link) continue;
      const at = m.end + link[0].length;
      // (a body of states or a state; an organisation's staff are its members, found below)
      const o = cx.bySentence.get(m.sentence)?.find((x) => x.start === at && x.draft !== d && (x.draft.type === 'group' || x.draft.type === 'country') && !x.venue);
      if (o) {
        d.affiliation = o.draft.key;
        break;
      }
    }
  }
}

/** "the drivers" and the "Bus Drivers Association": members of the body named with their noun */
function membersOfBodies(cx: ActorContext, groups: Draft[]): void {
  const orgs = cx.ofType('organization');
  for (const d of groups) {
    if (!cx.drafts.has(d.key) || !MEMBER_HEAD.has(d.head)) continue;
    const gname = d.name.toLowerCase();
    if (d.affiliation) {
      // "Kenya Railway Workers" and the "Railway Workers Association": the body's own words name the group,
      // so its members belong to it before they belong to their country
      const gw = new Set(gname.split(/\s+/));
      const body = orgs.find((o) => {
        const ws = o.name.toLowerCase().split(/\s+/);
        return LABOUR_HEAD.has(o.head) && ws.length >= 3 && ws.slice(0, -1).every((w) => gw.has(w));
      });
      if (body && cx.drafts.get(d.affiliation)?.type !== 'organization') d.affiliation = body.key;
      continue;
    }
    let best: Draft | undefined;
    let bestScore = 0;
    for (const o of orgs) {
      const ws = o.name.toLowerCase().split(/\s+/);
      if (!ws.some((x) => x === d.head || (x.length > d.head.length + 2 && x.endsWith(d.head)))) continue;
      const score = (o.name.toLowerCase().startsWith(gname + ' ') ? 4 : 0) + (LABOUR_HEAD.has(o.head) ? 2 : 0) + 1;
      if (score > bestScore) {
        best = o;
        bestScore = score;
      } else if (score === bestScore) best = undefined;
    }
    if (best) d.affiliation = best.key;
  }
}

/**
 * Names guessed from their shape (unknown.ts) that are people after all: a one-word name that is the last
 * word of a person's name ("Okafor said" and "Ben Okafor"), or of another guessed name, which is then a
 * person's full name ("Tal Ruvo said …" and "Ruvo added").
 */
function guessedPeople(cx: ActorContext): void {
  const guessed = [...cx.drafts.values()].filter((d) => d.guessed);
  const lastWord = (d: Draft) => tokenKey(d.name.split(/\s+/).at(-1)!);
  // "Megumi Yokota committed …" after "Mr. Yokota": a guessed two- or three-word name ending in a person's surname is a person
  const surnameOnly = new Set(cx.ofType('person').filter((p) => !/\s/.test(p.name)).map((p) => tokenKey(p.name)));
  for (const g of guessed) {
    const words = g.name.split(/\s+/);
    if (words.length < 2 || words.length > 3 || !surnameOnly.has(lastWord(g)) || !cx.drafts.has(g.key)) continue;
    retypeAsPerson(cx, g);
  }
  for (const g of guessed) {
    if (/\s/.test(g.name) || !cx.drafts.has(g.key)) continue;
    const k = tokenKey(g.name);
    let full = cx.ofType('person').find((p) => p.name.includes(' ') && (lastWord(p) === k || bareSurname(lastWord(p)) === k || familyFirst(p.name) === k)) ?? givenNameOf(cx, g, k);
    if (!full) {
      const other = guessed.find((o) => o !== g && cx.drafts.has(o.key) && /\s/.test(o.name) && o.name.split(/\s+/).length <= 3 && lastWord(o) === k);
      if (!other) continue;
      retypeAsPerson(cx, other);
      full = other;
    }
    for (const m of g.mentions) m.kind = 'surname';
    cx.moveMentions(g, full);
  }
}

/** an Arabic surname without its article or kinship particle: "al-moallem" → moallem (undefined when it has none) */
function bareSurname(key: string): string | undefined {
  const m = /^(?:al|el|ad|ar|as|ash|at|an|az|bin|ibn|abu|abd)-(\p{L}{3,})$/u.exec(key);
  return m ? m[1] : undefined;
}

/** the family name of a name written family name first, before a hyphenated given name ("Park Min-ho" → park) */
function familyFirst(name: string): string | undefined {
  const ws = name.split(/\s+/);
  return ws.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(ws[1]!) ? tokenKey(ws[0]!) : undefined;
}

/**
 * "Prime Minister Idris Kamal … Idris said": a one-word name guessed from its shape, first read after a person's
 * full name of two or three words whose first word it is, stands for that person — as news calls people whose
 * given name leads (Malay, Indonesian, Arabic names) — when exactly one person is named with that first word
 * ("Idris Kamal met Idris Tal … Idris" is neither) and no person's other word is it.
 */
function givenNameOf(cx: ActorContext, g: Draft, k: string): Draft | undefined {
  const people = cx.ofType('person').filter((p) => cx.drafts.has(p.key) && p.mentions.length);
  const words = (p: Draft) => p.name.split(/\s+/).map(tokenKey);
  const firstOf = people.filter((p) => words(p).length >= 2 && words(p).length <= 3 && words(p)[0] === k);
  if (firstOf.length !== 1 || people.some((p) => words(p).slice(1).includes(k))) return undefined;
  const p = firstOf[0]!;
  const start = (d: Draft) => Math.min(...d.mentions.map((m) => m.start));
  return start(p) < start(g) ? p : undefined;
}

/**
 * "Teamsters Local 657", "Vesk Teamsters Local 88": a union local named right after its union is one body, the
 * local, named by the whole phrase (the union alone stays a party where the text names it elsewhere)
 */
function unionLocals(cx: ActorContext): void {
  const mentions = [...cx.drafts.values()].flatMap((d) => d.mentions);
  for (const d of cx.ofType('organization')) {
    if (!/^Local \d+\w*$/.test(d.name) || d.mentions.length !== 1) continue;
    const m = d.mentions[0]!;
    const prev = mentions.find((x) => x.sentence === m.sentence && x.t1 === m.t0 && x.kind === 'name' && x.draft !== d && (x.draft.type === 'organization' || x.draft.type === 'group'));
    if (!prev || !/^\s$/.test(cx.text.slice(prev.end, m.start))) continue;
    const union = prev.draft;
    union.mentions = union.mentions.filter((x) => x !== prev);
    if (!union.mentions.length) {
      cx.drafts.delete(union.key);
      // ("Ivo Dran, the president of HTU Local 12": who belonged to the union's draft belongs to the local)
      for (const o of cx.drafts.values()) if (o.affiliation === union.key) o.affiliation = d.key;
    }
    m.start = prev.start;
    m.t0 = prev.t0;
    d.name = cx.text.slice(m.start, m.end);
    d.affiliation ??= union.mentions.length ? union.key : null;
  }
}

/** a guessed organisation's draft becomes a person's */
function retypeAsPerson(cx: ActorContext, d: Draft): void {
  d.type = 'person';
  cx.drafts.delete(d.key);
  d.key = `person:${d.name.split(/\s+/).map(tokenKey).join(' ')}`;
  cx.drafts.set(d.key, d);
}

function surnameIndex(cx: ActorContext): Map<string, Draft> {
  const surnames = new Map<string, Draft>();
  for (const d of cx.ofType('person')) {
    const ks = d.key.slice('person:'.length).split(' ');
    if (ks.length < 2) continue;
    const last = ks[ks.length - 1]!;
    if (!surnames.has(last)) surnames.set(last, d);
    const bare = bareSurname(last);
    if (bare && !surnames.has(bare)) surnames.set(bare, d);
    if (ks.length === 2 && !surnames.has(ks[0]!)) {
      const first = d.mentions[0];
      const ft = first && cx.sentToks.get(first.sentence)?.[first.t0];
      // (a Korean-style name writes the family name first, before a hyphenated given name: "Park Min-ho" … "Park
      // said", whatever the tagger thinks of "Park")
      if (ft && (familyFirst(d.name) !== undefined || !ft.tags.has('FirstName'))) surnames.set(ks[0]!, d);
    }
  }
  // a person named only by title and one name ("Prime Minister Sheikh Hasina", "Secretary Tavolo"), when no one named in
  // full has it: that name is theirs
  for (const d of cx.ofType('person')) {
    const k = d.key.slice('person:'.length);
    if (!/\s/.test(k) && d.roles.size && !surnames.has(k)) surnames.set(k, d);
  }
  return surnames;
}

/** the text writes the name's first word before a capitalised word other than its second ("Meridian Media" for "Meridian Sports") */
function firstOfOtherName(text: string, ws: string[]): boolean {
  const re = new RegExp(`(?<!\\p{L})${ws[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\p{Lu}[\\p{L}'’-]*)`, 'gu');
  for (const m of text.matchAll(re)) if (m[1] !== ws[1]) return true;
  return false;
}

/** a company's name without its legal form: "Talvik Energy plc" → "Talvik Energy", "Karvex Shipping Ltd" → "Karvex Shipping" (else undefined) */
function withoutLegalForm(name: string): string | undefined {
  const ws = name.split(/\s+/);
  const last = ws.at(-1)!.toLowerCase().replace(/\.$/, '');
  return ws.length > 1 && (LEGAL_SUFFIX.has(last) || GROUP_FORM.test(last)) ? ws.slice(0, -1).join(' ') : undefined;
}

/** a company's group or holding form, also dropped when the company is named again ("Seven Group Holdings" … "Seven Group") */
const GROUP_FORM = /^(?:holdings|group|corporation|company)$/;

/**
 * "Talvik Energy plc" … "Talvik Energy said": the name without its legal form is the same company; so is the name
 * without its group or holding form, word by word ("Tarvex Group Holdings" … "Tarvex Group" … "Tarvex")
 */
function legalForms(cx: ActorContext): void {
  for (const d of cx.ofType('organization')) {
    for (let short = withoutLegalForm(d.name); short && cx.drafts.has(d.key); short = withoutLegalForm(short)) {
      const o = cx.drafts.get(`org:${short.toLowerCase()}`);
      if (!o || o === d || o.type !== 'organization') continue;
      for (const m of o.mentions) if (m.kind === 'name') m.kind = 'alias';
      cx.moveMentions(o, d);
    }
  }
}

/** companies are called by their first word once named: "Caldera Automotive" … "Caldera said"; so are new names ("Maritex Terminals" … "Maritex") */
function companyShortNames(cx: ActorContext, surnames: Map<string, Draft>): Map<string, Draft> {
  const shortNames = new Map<string, Draft>();
  const taken = new Set<string>();
  // a first word two organisations share calls neither ("Meridian Media", "Meridian Sports")
  const firstWords = new Map<string, number>();
  for (const d of cx.drafts.values()) {
    const ws = d.name.split(/\s+/);
    if (d.type === 'organization' && ws.length > 1) firstWords.set(tokenKey(ws[0]!), (firstWords.get(tokenKey(ws[0]!)) ?? 0) + 1);
  }
  for (const [k, n] of firstWords) if (n > 1) taken.add(k);
  for (const d of cx.drafts.values()) {
    // (a legal form in lower case is no word of the name's: "Talvik Energy plc" is called "Talvik" as "Talvik Energy"
    // is, and "Orvane plc" "Orvane")
    const all = d.name.split(/\s+/);
    const ws = all.length > 1 && LEGAL_SUFFIX.has(all.at(-1)!) ? all.slice(0, -1) : all;
    // (a new name whose first word is no word of English: "Maritex Terminals" … "Maritex said"; not when the text
    // writes that word before another name too, an organisation the earlier passes may have missed)
    if (d.type !== 'organization' || !(COMPANY_HEAD.has(d.head) || (d.guessed && ws.length === 2 && nameShaped(ws[0]!) && !firstOfOtherName(cx.text, ws)))) continue;
    // (a three-word company too when its first word is a new name: "Karvex Shipping Ltd" … "Karvex")
    const three = ws.length === 3 && ws.every((w) => /^\p{Lu}/u.test(w)) && COMPANY_HEAD.has(d.head) && !ORG_HEAD.has(ws[0]!.toLowerCase()) && stateNameShaped(ws[0]!) && !firstOfOtherName(cx.text, ws);
    if (!(ws.length === 2 || three || ws.length < all.length) || !/^[A-Z][a-z]/.test(ws[0]!)) continue;
    const k = tokenKey(ws[0]!);
    if (surnames.has(k) || cx.gaz.byId.has(k.toUpperCase()) || STOP_CAP.has(k) || shortNames.has(k)) {
      taken.add(k);
      continue;
    }
    shortNames.set(k, d);
  }
  for (const k of taken) shortNames.delete(k);
  return shortNames;
}

/** "President Mugabe" (a one-word name) joins "Robert Mugabe" */
function mergeSurnames(cx: ActorContext, surnames: Map<string, Draft>): void {
  for (const d of cx.ofType('person')) {
    const ks = d.key.slice('person:'.length).split(' ');
    if (ks.length !== 1) continue;
    const full = surnames.get(ks[0]!);
    if (!full || full === d) continue;
    for (const m of d.mentions) {
      m.draft = full;
      m.kind = 'surname';
      full.mentions.push(m);
    }
    for (const r of d.roles) full.roles.add(r);
    if (!full.affiliation) full.affiliation = d.affiliation;
    full.gender ??= d.gender;
    full.order = Math.min(full.order, d.order);
    cx.drafts.delete(d.key);
  }
}

/**
 * "the Pavesh Liberation Front" … "the Front said": an organisation's capitalised head alone is the one organisation
 * named before with that head (not when two were)
 */
function headShortForms(cx: ActorContext): void {
  const orgs = cx.ofType('organization');
  for (const d of orgs) {
    const head = d.name.toLowerCase();
    if (/\s/.test(head) || !ORG_HEAD.has(head) || !/^\p{Lu}/u.test(d.name)) continue;
    const named = orgs.filter((o) => o !== d && cx.drafts.has(o.key) && o.order < d.order && /\s/.test(o.name) && o.name.toLowerCase().split(/\s+/).at(-1) === head);
    if (named.length !== 1) continue;
    for (const m of d.mentions) m.kind = 'description';
    cx.moveMentions(d, named[0]!);
  }
}

/** the small words an initialism skips ("Department of Health and Social Care" is "DHSC") */
const INITIALISM_SKIP = new Set(['of', 'and', 'for', 'the', '&', 'on', 'in', 'de', 'des', 'du', 'la', 'le', 'et']);

/**
 * "the British Medical Association" … "the BMA said": an acronym named on its own, never introduced in brackets,
 * is the one organisation of the text whose name's initials it spells (small words skipped); not a gazetteer entry,
 * and not when two organisations share the initials.
 */
function initialisms(cx: ActorContext): void {
  const orgs = cx.ofType('organization');
  for (const d of orgs) {
    if (d.gazId || !/^[A-Z]{2,6}$/.test(d.name) || !cx.drafts.has(d.key)) continue;
    const full = orgs.filter((o) => {
      if (o === d || !cx.drafts.has(o.key)) return false;
      const ws = o.name.split(/\s+/).filter((w) => !INITIALISM_SKIP.has(w.toLowerCase()));
      return ws.length === d.name.length && ws.every((w) => /^\p{Lu}/u.test(w)) && ws.map((w) => w.charAt(0)).join('') === d.name;
    });
    if (full.length !== 1) continue;
    for (const m of d.mentions) m.kind = 'alias';
    cx.moveMentions(d, full[0]!);
  }
}

/** "Abu Dhabi Ports Company" … "AD Ports": a name whose acronym stands for the first words of another organisation's */
function shortForms(cx: ActorContext): void {
  const orgs = cx.ofType('organization');
  for (const d of orgs) {
    const ws = d.name.split(/\s+/);
    const acr = ws[0]!;
    if (ws.length < 2 || !/^[A-Z]{2,5}$/.test(acr)) continue;
    const rest = ws.slice(1).join(' ').toLowerCase();
    const full = orgs.find((o) => {
      if (o === d || !cx.drafts.has(o.key)) return false;
      const ow = o.name.replace(/^the\s+/i, '').split(/\s+/);
      if (ow.length < acr.length + 1) return false;
      const initials = ow.slice(0, acr.length).map((w) => w.charAt(0)).join('');
      return initials === acr && ow.slice(acr.length).join(' ').toLowerCase().startsWith(rest);
    });
    if (!full) continue;
    for (const m of d.mentions) m.kind = 'alias';
    cx.moveMentions(d, full);
  }
}
