/**
 * Pass: people. In a capitalised run, a person after a title ("Treasury Secretary
 * Ana Ruiz", "Secretary of State Ana Ruiz"), or a bare 2–4 word name with evidence
 * (compromise's person tags, a title before it, apposition, "X said", "X from/of/at
 * Y", a Chinese surname "He"); an organisation by head word comes first
 * (organisations.ts). Once a sentence is read, each person's affiliation: the
 * leftmost country or organisation of the title phrase before the name (possessive,
 * apposition included), else "from/of/at X" after it.
 */
import { APPOSED_BODY_HEAD, COMPANY_HEAD, CONNECTOR, DESCRIBED_BODY_HEAD, EVENT_WORD, GOV_ORG_HEAD, GROUP_HEAD, GROUP_MODIFIER, HONORIFIC, ORG_CLASSIFIER, ORG_DESC, ORG_HEAD, LEADS_VERB, PARTY_LABEL, PARTY_PLURAL, CHAMBER, PORTFOLIO_WORD, POST_NOMINAL, ROLE, SAY, STOP_CAP, SUB_BODY_HEAD, BENCH_TITLE, THING_HEAD, TITLE_MODIFIER } from './lexicon.js';
import { breaksAfter, isCap, isClosed, isFirstName, isPersonTagged, isPossessive, isRole, KIND_OF } from './tokens.js';
import type { Draft, DraftMention, PendingPerson } from './context.js';
import type { Token } from '../types.js';
import { acronymAfter, emit, groupDraft, isHeLike, isNameParticle, legalSuffixAt, nameLike, orgDraft, personDraft, relationalParticiple, runFrom, type SentenceScan } from './scan.js';
import { organisationInRun } from './organisations.js';
import { headlineFirstName, unknownPartyAt } from './unknown.js';
import { REGION_GOV } from './governments.js';
import { AGENCIES } from '../holders/words.js';

/** letters written after a person's name, in capitals ("Tom Vasko MP", "Ana Ruiz KC", "Li Dunn OBE") */
const isPostNominal = (t: Token) => /^[A-Z]+s?$/.test(t.text) && POST_NOMINAL.has(t.normal);

/** short words a Title Case headline leaves in lower case */
const TITLE_SMALL = /^(?:with|from|into|onto|over|than|and|the|for|via|per|off|out|but|nor|amid|upon|after|says|said)$/;

/**
 * A headline written in sentence case, a clause with its verb ("Tories reject coalition with Labour"): after its first
 * word, a lower-case word of three letters or more that a Title Case headline would capitalise, and a verb in lower
 * case. Its capitals mark names, as in prose. (Not a header with no verb: "Ministry of Foreign Affairs press briefing".)
 */
function sentenceCase(sc: SentenceScan): boolean {
  const lower = (t: Token) => /^\p{Ll}{3,}$/u.test(t.text) && !TITLE_SMALL.test(t.text);
  return sc.toks.some((t, k) => k > sc.from && lower(t)) && sc.toks.some((t, k) => k > sc.from && lower(t) && t.tags.has('Verb') && !t.tags.has('Gerund'));
}

/**
 * A capitalised run at token i: an organisation and/or a person. Not in a headline, where every word may be
 * capitalised, unless the parse stage read it as a Title Case sentence and marked the headline's capitals
 * (`titleCap`), which no run takes, or it is written in sentence case. The next token, or undefined.
 */
export function capitalisedRunAt(sc: SentenceScan, i: number): number | undefined {
  const { toks } = sc;
  const t = toks[i]!;
  if ((sc.s.headline && !sc.toks.some((x) => x.titleCap) && !(sentenceCase(sc) && (i > sc.from || headlineFirstName(sc, t)))) || !(nameLike(sc, i) || (isCap(t.text) && isRole(t)))) return undefined;
  // "Shareholders of Kallister Group rejected …": a group noun opening the sentence, capitalised only there, heads a
  // group of what follows "of" (the groups pass), no name
  if (i === sc.from && GROUP_HEAD.has(t.normal) && toks[i + 1]?.normal === 'of' && !breaksAfter(t) && !t.tags.has('ProperNoun')) return undefined;
  let j = runFrom(sc, i, false);
  if (j <= i) return undefined;
  // "The Rt Hon Tom Vasko MP said": letters after a name are no word of it
  while (j - i >= 3 && isPostNominal(toks[j - 1]!) && !breaksAfter(toks[j - 2]!)) j--;
  // "Investors Tom Vasko and …", "The Opposition Halden Alliance (HA)": a descriptor before the name, read from after it
  if (descriptorWord(sc, i, j)) return capitalisedRunAt(sc, i + 1) ?? i + 1;
  // "Vesk-based Bob Lanning said": a name hyphened to a participle only modifies the name after it, read from there
  for (let k = i + 1; k < j - 1; k++) if (relationalParticiple(toks, k)) return k + 1;
  // "Labour MPs said …", "Tory MPs": a party label before a group's plural is a group (the groups pass), no person
  if (j - i === 2 && PARTY_LABEL.has(t.normal) && GROUP_HEAD.has(toks[i + 1]!.normal) && !breaksAfter(t)) return undefined;
  let roleIdx = -1;
  for (let k = i; k < j; k++) if (isRole(toks[k]!)) roleIdx = k;
  let firstRole = -1;
  for (let k = i; k < j; k++)
    if (isRole(toks[k]!)) {
      firstRole = k;
      break;
    }
  // a title opening a name that ends in an organisation's head is a word of that name: "the General Halden Union",
  // "the Chief Varsa Council" (no other title in it, and no connector: "the Minister of Energy" is a title); so is
  // one right before that head: "Harrowgate General Hospital"
  if (firstRole === roleIdx && (firstRole === i || firstRole === j - 2) && j - i >= 3 && !toks.slice(i + 1, j).some((x) => CONNECTOR.has(x.normal)) && ORG_HEAD.has(toks[j - 1]!.normal) && isCap(toks[j - 1]!.text) && !HONORIFIC.has(t.normal.replace(/\.$/, '')) && !toks.slice(i, j).some((_, q) => !!sc.gzAt[i + q])) {
    const d = orgDraft(sc, i, j);
    emit(sc, d, i, j, 'name');
    acronymAfter(sc, j, d);
    return j;
  }
  // "the New South Wales Government", "the Marsh County Administration": a name of two words or more and a capitalised
  // "Government" is a region's or a city's government, an organisation (a state's is its country: names.ts, states.ts)
  if (firstRole < 0 && j - i >= 3 && REGION_GOV.test(toks[j - 1]!.normal) && isCap(toks[j - 1]!.text) && !toks.slice(i, j - 1).some((x, q) => !!sc.gzAt[i + q] || CONNECTOR.has(x.normal))) {
    emit(sc, orgDraft(sc, i, j), i, j, 'name');
    return j;
  }
  // "A smaller opposition party, Demvar Future, broke ranks": a name set off after a body's description is that body
  const described0 = firstRole < 0 ? bodyInApposition(sc, i, j) : undefined;
  if (described0 !== undefined) return described0;
  // "the Gusazan tourism industry association", "the Nigenad works council": a body named by its name and a
  // lower-case description
  const described = firstRole < 0 ? describedBodyEnd(sc, i, j) : -1;
  if (described > j) {
    emit(sc, orgDraft(sc, i, described), i, described, 'name');
    return described;
  }
  // "talks held outside Parliament", "rejected by the Senate": a chamber capitalised alone is that body, wherever it
  // stands (not a place after "in/at/of": "debated in Parliament", "Members of Parliament")
  // (nor after "in the": "protests in the Parliament", "inside the House")
  const pv = toks[i - 1]?.normal === 'the' ? toks[i - 2] : toks[i - 1];
  if (j - i === 1 && CHAMBER.has(t.normal) && isCap(t.text) && !t.titleCap && !isPossessive(t) && !(pv && !breaksAfter(pv) && /^(?:in|at|of|into|inside)$/.test(pv.normal))) {
    emit(sc, orgDraft(sc, i, j), i, j, 'name');
    return j;
  }
  // "Velmor Corp.'s Quickstop": a name ending in a company's legal form before its possessive is that company
  // (the possessive ends the run: scan.ts runFrom)
  if (firstRole < 0 && j - i >= 2 && isPossessive(toks[j - 1]!) && isCap(toks[j - 1]!.text) && legalSuffixAt(sc, j - 1) && !toks.slice(i, j).some((_, q) => !!sc.gzAt[i + q])) {
    emit(sc, orgDraft(sc, i, j), i, j, 'name');
    return j;
  }
  // organisation by head word (before any title in the run)
  const org = organisationInRun(sc, i, j, firstRole);
  if (org.next !== undefined) return org.next;
  const orgDone = org.orgDone;
  if (orgDone >= 0 && orgDone >= j) return orgDone;
  const rs = orgDone >= 0 ? orgDone : i;
  // "the Harbour Safety Act", "General License 17", "Hurricane Velma": a law, a permit, an event, no party
  if (thingName(sc, rs, j)) return j;
  const owned = ownedPersonAt(sc, rs, j);
  if (owned !== undefined) return capitalisedRunAt(sc, owned) ?? owned;
  // person after the last title in the run
  if (roleIdx >= rs) {
    const next = titledPerson(sc, rs, roleIdx, j);
    if (next !== undefined) return next;
  }
  const next = bareName(sc, rs, j);
  if (next !== undefined) return next;
  return orgDone >= 0 ? orgDone : undefined;
}

/** a body's standing in parliament, written before its name and capitalised with it ("The Opposition Halden Alliance") */
const STANDING = new Set(['opposition', 'ruling', 'governing']);

/**
 * A capitalised word opening a run of three or more that only describes the name after it: a plural group noun
 * opening the sentence, capitalised only there, before a person's name with no title or body's word ("Investors Tom
 * Vasko and Orvane Capital filed …", "Shareholders Mira Solberg and …"), or a body's standing before a body's name that
 * ends in its head ("The Opposition Halden Alliance (HA) …", "the Ruling Harbex Democratic Party").
 */
function descriptorWord(sc: SentenceScan, i: number, j: number): boolean {
  const t = sc.toks[i]!;
  if (j - i < 3 || breaksAfter(t) || sc.gzAt[i]) return false;
  const rest = sc.toks.slice(i + 1, j);
  if (i === sc.from && GROUP_HEAD.has(t.normal) && /s$/.test(t.normal) && !rest.some((x) => isRole(x) || ORG_HEAD.has(x.normal) || CONNECTOR.has(x.normal))) return true;
  return STANDING.has(t.normal) && ORG_HEAD.has(sc.toks[j - 1]!.normal) && isCap(sc.toks[j - 1]!.text);
}

/**
 * "Labour's Tom Bell", "Fine Gael's Cllr Ana Ruiz", "WXQ's Lomer Gigi": a possessive inside the run ends the
 * party's name, and a person (a title or a given name, or two capitalised words) follows it. The party is read as
 * an unknown party owning the person; the token where the person starts, or undefined.
 */
function ownedPersonAt(sc: SentenceScan, rs: number, j: number): number | undefined {
  const { toks } = sc;
  for (let k = rs; k < j - 1; k++) {
    if (!isPossessive(toks[k]!) || !/['’]s$/i.test(toks[k]!.text) || breaksAfter(toks[k]!)) continue;
    const rest = toks.slice(k + 1, j);
    const person = isRole(rest[0]) || isFirstName(rest[0]!) || (rest.length >= 2 && rest.length <= 3 && rest.every((t) => !isRole(t) && !ORG_HEAD.has(t.normal)));
    if (!person || rest.some((t) => ORG_HEAD.has(t.normal))) return undefined;
    // (a news agency's reporter keeps the agency in the name, which marks a report: "VOA's Ana Ruiz reports …")
    if (AGENCIES.test(sc.cx.text.slice(toks[rs]!.start, toks[k]!.end))) return undefined;
    if (!sc.gzAt[rs]) unknownPartyAt(sc, rs, k + 1);
    return k + 1;
  }
  return undefined;
}

/** the run [rs, j) names a law, agreement or permit (a capitalised word of THING_HEAD, no organisation head after it) or an event */
function thingName(sc: SentenceScan, rs: number, j: number): boolean {
  const { toks } = sc;
  if (j <= rs || sc.gzAt[rs]) return false;
  if (EVENT_WORD.has(toks[rs]!.normal) && j - rs >= 2) return true;
  for (let k = rs; k < j; k++) {
    if (!isCap(toks[k]!.text) || !THING_HEAD.has(toks[k]!.normal.replace(/['’]s$/, ''))) continue;
    return k > rs && !toks.slice(k + 1, j).some((t) => ORG_HEAD.has(t.normal));
  }
  return false;
}

/** nouns of an institution that end no person's name (a title's for- or of-phrase naming a body: "Spokesperson for X's Interior Ministry") */
const INSTITUTION_END = /^(?:ministry|department|union|party|council|committee|commission|agency|authority|association|federation|organization|organisation|office|bureau|directorate|secretariat|embassy|government)$/;

/** The person after the last title (at `roleIdx`) of the run [rs, j): the next token, or undefined to read a bare name. */
function titledPerson(sc: SentenceScan, rs: number, roleIdx: number, j: number): number | undefined {
  const { toks } = sc;
  const placed = nameBeforeOf(sc, roleIdx, j);
  if (placed !== undefined) {
    const d = personDraft(sc, roleIdx + 1, placed);
    for (let k = rs; k <= roleIdx; k++) if (isRole(toks[k]!)) d.roles.add(toks[k]!.normal);
    emit(sc, d, roleIdx + 1, placed, 'name');
    sc.pending.push({ draft: d, titleStart: rs, nameStart: roleIdx + 1, nameEnd: placed });
    return placed;
  }
  // the name: after the last connector of the title ("Secretary of State John Kerry"),
  // a portfolio word after "of/for" belongs to the title; a first name starts the name
  let segStart = roleIdx + 1;
  // (a name's own particles are no title's connector: "Minister Pedro de la Vega")
  for (let k = roleIdx + 1; k < j; k++) if (CONNECTOR.has(toks[k]!.normal) && !isCap(toks[k]!.text) && !isNameParticle(toks[k])) segStart = k + 1;
  let ns = segStart;
  if (segStart > roleIdx + 1 && j - segStart >= 3) ns = j - 2;
  // (a given name as the last word is a surname: "General Kugat Didu Bev")
  if (j - ns >= 3)
    for (let k = ns + 1; k < j - 1; k++)
      if (isFirstName(toks[k]!)) {
        if (!toks.slice(ns, k).some(isFirstName)) ns = k;
        break;
      }
  if (segStart > roleIdx + 1 && j - ns < 2) ns = -1;
  // ("Minister of Foreign Affairs and International Cooperation Ana Ruiz": a portfolio's words are no name)
  if (segStart > roleIdx + 1 && ns >= 0 && PORTFOLIO_WORD.has(toks[j - 1]!.normal)) ns = -1;
  // "Speaker National Assembly Rafiq Tanvir", "Chairman Senate Standing Committee Ana Ruiz": the body the title heads,
  // named between the title and the person and ending in its head, is no word of the name
  if (ns === roleIdx + 1 && j - ns >= 3) {
    const h = bodyBeforeName(sc, ns, j);
    if (h > ns) {
      if (!sc.used[ns]) {
        const g = sc.gzAt[ns];
        emit(sc, g && g.end === h ? sc.cx.gazDraft(g.hit.id) : orgDraft(sc, ns, h), ns, h, g && g.end === h ? KIND_OF[g.hit.kind] : 'name');
      }
      const d = personDraft(sc, h, j);
      for (let k = rs; k < ns; k++) if (isRole(toks[k]!)) d.roles.add(toks[k]!.normal);
      emit(sc, d, h, j, 'name');
      sc.pending.push({ draft: d, titleStart: rs, nameStart: h, nameEnd: j });
      return j;
    }
  }
  const words = ns < 0 ? 0 : toks.slice(ns, j).filter((t) => !isNameParticle(t)).length;
  // (the lower-case rest of a hyphenated given name is part of it: "Park Min-ho")
  const hyphenTail = (q: number) => q > 0 && toks[ns + q - 1]!.post === '-' && toks[ns + q]!.tags.has('Hyphenated');
  if (ns < 0 || ns >= j || words > 4 || !toks.slice(ns, j).every((t, q) => (nameLike(sc, ns + q) || (q > 0 && isNameParticle(t)) || hyphenTail(q)) && !sc.gzAt[ns + q])) ns = -1;
  // ("The Spokesperson for Norland's Interior Ministry said": a run that ends in an institution's noun is the title's body, no name)
  if (ns > 0 && INSTITUTION_END.test(toks[j - 1]!.normal)) ns = -1;
  // ("Chief Justice Emeka Rowntree": a judge's title after the title is a word of the title)
  if (ns > roleIdx && j - ns >= 3 && BENCH_TITLE.has(toks[ns]!.normal)) ns++;
  if (ns > roleIdx && ns < j && !sc.gzAt[ns]) {
    // "the Secretary-General of NATO Jens Stoltenberg": a known name in the title's phrase is that body's mention
    for (let k = segStart; k < ns; k++) {
      const g = sc.gzAt[k];
      if (!g || g.end > ns || sc.used[k]) continue;
      emit(sc, sc.cx.gazDraft(g.hit.id), k, g.end, KIND_OF[g.hit.kind]);
      k = g.end - 1;
    }
    const d = personDraft(sc, ns, j);
    for (let k = rs; k < ns; k++) if (isRole(toks[k]!)) d.roles.add(toks[k]!.normal);
    emit(sc, d, ns, j, 'name');
    sc.pending.push({ draft: d, titleStart: rs, nameStart: ns, nameEnd: j });
    return j;
  }
  if (roleIdx !== j - 1 || roleIdx === rs) {
    // a gazetteer name after the title ("Treasury Secretary <a name from --actors>") is read as such
    const gz = toks.findIndex((_, k) => k > roleIdx && k < j && !!sc.gzAt[k]);
    return gz > 0 ? gz : j;
  }
  return undefined;
}

/**
 * [ns, h) is a body's capitalised name ending in its head word (ORG_HEAD), and [h, j) a person's name of two or three
 * words after it, none a head, a title or a known name: h, else -1.
 */
function bodyBeforeName(sc: SentenceScan, ns: number, j: number): number {
  const { toks } = sc;
  for (let h = j - 2; h > ns; h--) {
    const head = toks[h - 1]!;
    if (!isCap(head.text) || !ORG_HEAD.has(head.normal) || breaksAfter(head)) continue;
    const name = toks.slice(h, j);
    if (name.length > 3 || toks.slice(ns, j).some((t) => breaksAfter(t) && t !== toks[j - 1])) return -1;
    const ok = name.every((t, q) => nameLike(sc, h + q) && !isRole(t) && !ORG_HEAD.has(t.normal) && !sc.gzAt[h + q] && !isPossessive(t) && !CONNECTOR.has(t.normal));
    return ok ? h : -1;
  }
  return -1;
}

/**
 * "Governor Emil Rask of Vesk", "Sen. Ana Ruiz of New Vesk", "President Tal of Freedonia": a name right after the
 * title, before "of" and a place, is the person (the place after "of" is then read as it is, and gives the
 * affiliation); "Secretary of State John Kerry" has no name before its "of". The end of the name, or undefined.
 */
function nameBeforeOf(sc: SentenceScan, roleIdx: number, j: number): number | undefined {
  const { toks } = sc;
  const c = toks.findIndex((t, k) => k > roleIdx && k < j && t.normal === 'of' && !isCap(t.text));
  if (c < roleIdx + 2 || c - roleIdx - 1 > 3) return undefined;
  const name = toks.slice(roleIdx + 1, c);
  const ok = name.every((t, q) => nameLike(sc, roleIdx + 1 + q) && !isRole(t) && !ORG_HEAD.has(t.normal) && !TITLE_MODIFIER.has(t.normal) && !sc.gzAt[roleIdx + 1 + q] && !isPossessive(t));
  return ok ? c : undefined;
}

/**
 * A bare name run from `rs`: a person when there is evidence, else an organisation when compromise tags
 * one. Cut at "of/for/and/the" ("Sandra Nyaira of VOA"); leading words before a first name are skipped
 * ("Labor Robert Berschinski"). The next token, or undefined.
 */
function bareName(sc: SentenceScan, rs: number, j: number): number | undefined {
  const { toks } = sc;
  for (let k = rs + 1; k < j; k++)
    if (/^(of|for|and|the|on)$/.test(toks[k]!.normal)) {
      j = k;
      break;
    }
  for (let k = rs + 1; k < j; k++)
    if (isFirstName(toks[k]!)) {
      if (j - k >= 2 && rs > 0 && !breaksAfter(toks[rs - 1]!) && !toks.slice(rs, k).some((x) => isFirstName(x) || x.tags.has('LastName'))) rs = k;
      break;
    }
  // "Justice Emeka Rowntree": a judge's title that is also a common word opens a name of two words or more
  let bench: string | undefined;
  if (j - rs >= 3 && j - rs <= 4 && BENCH_TITLE.has(toks[rs]!.normal) && !toks.slice(rs, j).some((t) => ORG_HEAD.has(t.normal) || isRole(t))) bench = toks[rs++]!.normal;
  // "Lakeland Democrat Ana Ruiz": the party word and what comes before it are not the name
  let labelled = false;
  for (let k = j - 3; k >= rs; k--)
    if (PARTY_LABEL.has(sc.toks[k]!.normal) && isCap(sc.toks[k]!.text)) {
      rs = k + 1;
      labelled = true;
      break;
    }
  const len = j - rs;
  // "The Prime Minister said": a title with no name after it is nobody's name (coreference reads it)
  // (but "Carole King": a person's tag on any word of the run)
  if (isRole(toks[j - 1]!) && !HONORIFIC.has(toks[j - 1]!.normal) && !toks.slice(rs, j).some(isPersonTagged)) return undefined;
  const nameOnly = toks.slice(rs, j).every((_, k) => !sc.gzAt[rs + k]);
  if (!nameOnly || len < 1 || len > 4) return undefined;
  const prev = toks[rs - 1];
  // "Selvan Unity, the governing party, said …": an appositive that names a body makes the name that body's
  if (!labelled && bodyAppositiveAfter(sc, j) && !toks.slice(rs, j).some(isPersonTagged)) {
    emit(sc, orgDraft(sc, rs, j), rs, j, 'name');
    return j;
  }
  // "Calder Resources said …", "Dravo Mining said …": a name that ends in a company's head word is the company's
  const company = len >= 2 && !labelled && COMPANY_HEAD.has(toks[j - 1]!.normal) && !isPersonTagged(toks[j - 1]!) && !HONORIFIC.has(prev?.normal ?? '') && !(prev && isRole(prev));
  if (company) {
    emit(sc, orgDraft(sc, rs, j), rs, j, 'name');
    return j;
  }
  // "the Christian Democrats said", "Vesk State Police said", "talks with the Greens": a party's or force's plural
  // ends the name of a body, wherever it stands ("Senate Republicans": the party's group in that chamber), no person
  const last = toks[j - 1]!;
  if (!labelled && isCap(last.text) && PARTY_PLURAL.has(last.normal) && !toks.slice(rs, j - 1).some(isFirstName)) {
    const chamber = len === 2 && CHAMBER.has(toks[rs]!.normal);
    emit(sc, chamber ? groupDraft(sc, rs, j, null, last) : orgDraft(sc, rs, j), rs, j, 'name');
    return j;
  }
  // "cement manufacturer Corlen Works says …": a trade noun right before the name classifies a company, whatever the
  // verb after it (not "rival", which a person may be; not a name that opens on a first name)
  const trade = !labelled && !!prev && !isCap(prev.text) && !breaksAfter(prev) && ORG_CLASSIFIER.has(prev.normal) && prev.normal !== 'rival';
  if (trade && !toks.slice(rs, j).some((x) => isFirstName(x) || isPersonTagged(x))) {
    emit(sc, orgDraft(sc, rs, j), rs, j, 'name');
    return j;
  }
  if ((personEvidence(sc, rs, j) || (labelled && len >= 2)) && !(len === 1 && toks[rs]!.tags.has('Organization'))) {
    const d = personDraft(sc, rs, j);
    if (prev && isRole(prev)) d.roles.add(prev.normal);
    if (bench) d.roles.add(bench);
    emit(sc, d, rs, j, 'name');
    sc.pending.push({ draft: d, titleStart: rs, nameStart: rs, nameEnd: j });
    return j;
  }
  // compromise's organisation tag (not on a day or a month alone, which it may tag as one: "said Friday news that",
  // "Thursday's government announcement")
  const dateOnly = toks.slice(rs, j).every((x) => x.tags.has('WeekDay') || x.tags.has('Month') || x.tags.has('Date'));
  if (!dateOnly && toks.slice(rs, j).some((x) => x.tags.has('Organization')) && !toks.slice(rs, j).some(isPersonTagged) && (len >= 2 || rs > 0)) {
    emit(sc, orgDraft(sc, rs, j), rs, j, 'name');
    return j;
  }
  return unknownPartyAt(sc, rs, j);
}

/** the name [rs, j) is a person's: tags, a title before it, apposition, "X said", "X from Y" (one word: a title before it) */
function personEvidence(sc: SentenceScan, rs: number, j: number): boolean {
  const { toks } = sc;
  const len = j - rs;
  const prev = toks[rs - 1];
  const prev2 = toks[rs - 2];
  const roleBefore =
    (prev && isRole(prev) && !breaksAfter(prev)) ||
    (prev && /,\s*$/.test(prev.post) && (isRole(prev) || (prev2 !== undefined && isRole(prev2))));
  // (one word after "title," is the title's name only when a comma closes it too: "Norland's president, Demmer, said";
  // in "After a call from Brelvania's president, Toravia said …" the comma ends a fronted phrase)
  const commaRole = !!prev && /,\s*$/.test(prev.post);
  if (len < 2) return (!!roleBefore && !(commaRole && !breaksAfter(toks[j - 1]!) && !!toks[j]?.tags.has('Verb'))) || (prev !== undefined && HONORIFIC.has(prev.normal));
  const nx = toks[j];
  const saidAfter = nx && SAY.has(nx.normal) && !breaksAfter(toks[j - 1]!);
  const fromAfter = nx && /^(from|of|at)$/.test(nx.normal) && !breaksAfter(toks[j - 1]!) && (isCap(toks[j + 1]?.text ?? '') || toks[j + 1]?.normal === 'the');
  const apposAfter = nx && /,\s*$/.test(toks[j - 1]!.post) && (/^(a|an|the|who|whose)$/.test(nx.normal) || isRole(nx));
  const tagged = toks.slice(rs, j).some(isPersonTagged) && !toks.slice(rs, j).some((x) => x.tags.has('Organization') || x.tags.has('Place'));
  return !!(tagged || roleBefore || saidAfter || fromAfter || apposAfter || isHeLike(sc, rs) || saidBefore(sc, rs, j) || ageAfter(sc, j) || apposedToRole(sc, rs, j));
}

/** "…," said Ilse Varga (a name of two or more words right after a reporting verb, ending its clause or set off by a comma) */
function saidBefore(sc: SentenceScan, rs: number, j: number): boolean {
  const { toks } = sc;
  const prev = toks[rs - 1];
  if (!prev || breaksAfter(prev) || !/^(?:said|says|added|adds|told|explained|insisted|warned)$/.test(prev.normal)) return false;
  const nx = toks[j];
  return !nx || breaksAfter(toks[j - 1]!) || /^(?:who|of|from)$/.test(nx.normal);
}

/** "Ilse Varga, 67, …": a name followed by an age set off by commas */
function ageAfter(sc: SentenceScan, j: number): boolean {
  const nx = sc.toks[j];
  return !!nx && /,\s*$/.test(sc.toks[j - 1]!.post) && /^\d{1,3}$/.test(nx.text) && /^\s*[,)]/.test(nx.post);
}

/**
 * "The head of the rebel delegation, Ilse Varga, said …", "a spokesman for the rebels, Ilse Varga, said …": a name set
 * off by commas right after a noun phrase that holds a title (no more than eight words back to the title, no
 * punctuation between), and followed by a comma or a verb
 */
function apposedToRole(sc: SentenceScan, rs: number, j: number): boolean {
  const { toks } = sc;
  if (rs < 2 || !/,\s*$/.test(toks[rs - 1]!.post)) return false;
  const nx = toks[j];
  // (or the sentence ends after it: "… mediated by the chairman of the union, Ilse Varga.")
  const closes = /,\s*$/.test(toks[j - 1]!.post) || (!!nx && !breaksAfter(toks[j - 1]!) && (SAY.has(nx.normal) || nx.tags.has('Verb'))) || (!nx && j - rs >= 2);
  if (!closes) return false;
  for (let k = rs - 1; k >= 0 && rs - 1 - k < 8; k--) {
    const t = toks[k]!;
    if (k < rs - 1 && breaksAfter(t)) return false;
    if (isRole(t)) return true;
  }
  return false;
}

/** The affiliation of a person found in this sentence: the title phrase before the name, else "from/of/at X" after it. */
export function affiliate(sc: SentenceScan, p: PendingPerson): void {
  const d = p.draft;
  const back = affiliationBefore(sc, p);
  let found = back.found;
  if (!found) found = affiliationAfter(sc, p) ?? ledBody(sc, p);
  else if (found.t1 <= p.nameStart) found.salient = found.salient && found.draft.type === 'group';
  const descOrg = back.descOrg;
  if (!found && descOrg && !d.affiliation) {
    const a = GOV_ORG_HEAD.has(descOrg.head) && descOrg.affiliation ? (sc.cx.drafts.get(descOrg.affiliation) ?? descOrg) : descOrg;
    d.affiliation = a.key;
  }
  if (!found && !descOrg && !d.affiliation) found = unknownOwnerBefore(sc, p) ?? labelInParentheses(sc, p);
  if (found && !d.affiliation) {
    let a = found.draft;
    if (a.type === 'organization' && GOV_ORG_HEAD.has(a.head) && a.affiliation) a = sc.cx.drafts.get(a.affiliation) ?? a;
    if (a.type === 'group' && a.affiliation) a = sc.cx.drafts.get(a.affiliation) ?? a;
    if (a.type === 'location') return;
    d.affiliation = a.key;
  }
}

/** a plural title ("co-chairs", "leaders", "members"): the title of several people at once */
function pluralRole(t: Token | undefined): boolean {
  if (!t || !/(?:s|men)$/.test(t.normal)) return false;
  const one = t.normal.replace(/men$/, 'man').replace(/s$/, '');
  return ROLE.has(one) || ROLE.has(one.replace(/^co-/, ''));
}

/**
 * "Ana Perrin and Tom Vasko, co-chairs of the Halden Nurses Committee,": a plural title in apposition after
 * coordinated names ("A and B", "A, B and C") belongs to every one of them, so the body the last name was given
 * through it is each one's. Only names right next to each other in the list, none of them already affiliated.
 */
export function sharedAppositions(sc: SentenceScan): void {
  const { toks, owner } = sc;
  const ps = [...sc.pending].sort((a, b) => a.nameStart - b.nameStart);
  for (let i = ps.length - 1; i > 0; i--) {
    const last = ps[i]!;
    const k = last.nameEnd;
    if (!/,\s*$/.test(toks[k - 1]?.post ?? '')) continue;
    const q = toks[k]?.normal === 'the' ? k + 1 : k;
    if (!pluralRole(toks[q])) continue;
    // the body: the one the last name was given, or that of a group the apposition was read as ("leaders of X")
    const o = owner[q];
    const body = last.draft.affiliation ?? (o && o.t0 === q && o.draft.type === 'group' ? o.draft.affiliation : null);
    if (!body) continue;
    if (!last.draft.affiliation) last.draft.affiliation = body;
    for (let j = i - 1; j >= 0; j--) {
      const a = ps[j]!, b = ps[j + 1]!;
      const gap = b.titleStart - a.nameEnd;
      const joined = (gap === 0 && /,\s*$/.test(toks[a.nameEnd - 1]!.post)) || (gap === 1 && toks[a.nameEnd]!.normal === 'and' && !breaksAfter(toks[a.nameEnd - 1]!));
      if (!joined) break;
      if (!a.draft.affiliation) a.draft.affiliation = body;
    }
  }
}

/**
 * "Strelva regional officer Kerry Dobson", "a Strelva spokeswoman, Kerry Dobson": a capitalised word of no known
 * name (one to three of them) before a lower-case title that ends in a role right before the name is the body the
 * person speaks or works for, an organisation of its own. Not a word that opens the sentence as an adjective or
 * adverb ("Senior union official X"), a party label or a title word. The mention, or undefined.
 */
function unknownOwnerBefore(sc: SentenceScan, p: PendingPerson): DraftMention | undefined {
  const { toks, owner, used } = sc;
  let k = p.nameStart - 1;
  const last = toks[k];
  // (the comma that sets off the name after its title: "a Strelva spokeswoman, Kerry Dobson")
  if (!last || !isRole(last) || isCap(last.text) || (breaksAfter(last) && !/^\s*,\s*$/.test(last.post))) return undefined;
  while (k >= 0 && p.nameStart - k <= 4 && !isCap(toks[k]!.text) && !owner[k] && !isClosed(toks[k]!) && (isRole(toks[k]!) || toks[k]!.tags.has('Adjective') || toks[k]!.tags.has('Noun')) && (k === p.nameStart - 1 || !breaksAfter(toks[k]!))) k--;
  // (a side's word in the title makes the capital its epithet: "Maoist rebel leader X" is of the Maoist rebels)
  if (toks.slice(k + 1, p.nameStart).some((x) => GROUP_MODIFIER.has(x.normal))) return undefined;
  const e = k;
  const t = toks[e];
  if (!t || e === p.nameStart - 1 || breaksAfter(t) || used[e] || owner[e] || !isCap(t.text) || isRole(t) || isClosed(t) || PARTY_LABEL.has(t.normal) || STOP_CAP.has(t.normal) || !/^\p{Lu}[\p{L}-]+$/u.test(t.text)) return undefined;
  let b = e;
  while (b - 1 >= sc.from && e - b < 2 && isCap(toks[b - 1]!.text) && !used[b - 1] && !owner[b - 1] && !breaksAfter(toks[b - 1]!) && !isRole(toks[b - 1]!) && !isClosed(toks[b - 1]!)) b--;
  // (no portfolio, adjective or language: "the Health minister Ana Ruiz", "Constitutional lawyer X", "English teacher X")
  if (toks.slice(b, e + 1).some((x) => x.tags.has('Actor') || x.tags.has('Adjective') || TITLE_MODIFIER.has(x.normal) || /(?:ish|ese|ic|al|an)$/.test(x.normal))) return undefined;
  // (a sentence's first word may be a mere capitalised adjective or adverb: "Senior union official …")
  if (b === sc.from && ['Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value'].some((x) => toks[b]!.tags.has(x))) return undefined;
  const before = toks[b - 1];
  if (before && !breaksAfter(before) && !/^(?:a|an|the|by|from|said|says|told|and|with|to|as)$/.test(before.normal)) return undefined;
  return emit(sc, orgDraft(sc, b, e + 1), b, e + 1, 'name');
}

/**
 * "Kerry Dobson (Strelva)", "Ms Dobson (Labour)": one to three capitalised words in parentheses right after a
 * person's name label the party or body the person is of: the mention there (an organisation of its own when
 * no name is known there). Undefined for anything else in the parentheses ("(pictured)", "(D-Ohio)", "(2019)").
 */
function labelInParentheses(sc: SentenceScan, p: PendingPerson): DraftMention | undefined {
  const { toks, owner, used } = sc;
  const j = p.nameEnd;
  if (!/^\s*\(\s*$/.test(toks[j - 1]?.post ?? '')) return undefined;
  let e = j;
  while (e < toks.length && e - j < 3 && !/\)/.test(toks[e]!.post)) {
    if (breaksAfter(toks[e]!)) return undefined;
    e++;
  }
  if (e >= toks.length || e - j >= 3 || !/^\s*\)/.test(toks[e]!.post)) return undefined;
  const o = owner[j];
  if (o) return o.t0 === j && o.t1 === e + 1 && o.draft.type !== 'person' && !o.venue ? o : undefined;
  for (let k = j; k <= e; k++) if (used[k] || owner[k] || !isCap(toks[k]!.text) || !/^\p{Lu}\p{Ll}[\p{L}'’]*$/u.test(toks[k]!.text) || isRole(toks[k]!) || isClosed(toks[k]!)) return undefined;
  return emit(sc, orgDraft(sc, j, e + 1), j, e + 1, 'name');
}

/** backwards over the title phrase: nouns, adjectives, names, possessives, "of", "for", "the" */
function affiliationBefore(sc: SentenceScan, p: PendingPerson): { found?: DraftMention; descOrg?: Draft } {
  const { toks, owner } = sc;
  const d = p.draft;
  let found: DraftMention | undefined;
  let descOrg: Draft | undefined;
  let j = p.nameStart - 1;
  let comma = 0;
  let steps = 0;
  while (j >= 0 && steps++ < 12) {
    const t = toks[j]!;
    if (breaksAfter(t)) {
      const parenAcr = /\)\s*$/.test(t.post) || (/\(\s*$/.test(toks[j - 1]?.post ?? '') && /^\s*\)/.test(t.post));
      // (the comma that sets off the name with its title: "X's group leader, Cllr Ana Ruiz,")
      if (/,\s*$/.test(t.post) && toks.slice(j + 1, p.nameStart).every((x) => isRole(x)) && comma === 0) comma++;
      else if (!parenAcr) break;
    }
    const o = owner[j];
    // another person's name ends this person's title phrase ("Minister A and rebel leader B")
    if (o && o.draft !== d && o.draft.type === 'person') break;
    if (isRole(t)) d.roles.add(t.normal);
    if (o && o.draft !== d && o.draft.type !== 'person') {
      found = o;
      j = o.t0 - 1;
      continue;
    }
    // "Ministry spokesman X", "Union leader X": the organisation with that head named last
    if (!o && !descOrg && isCap(t.text) && ORG_DESC.has(t.normal)) {
      for (const x of sc.cx.drafts.values()) if (x.type === 'organization' && x.head === t.normal && (!descOrg || x.order > descOrg.order)) descOrg = x;
    }
    // (in lower case, "ministry spokesman X", "union official X": the one organisation with that head named before)
    if (!o && !descOrg && !isCap(t.text) && ORG_DESC.has(t.normal) && isRole(toks[j + 1] ?? t)) {
      const named = [...sc.cx.drafts.values()].filter((x) => x.type === 'organization' && x.head === t.normal && x.mentions.some((m) => m.kind === 'name'));
      if (named.length === 1) descOrg = named[0];
    }
    // (a party before "and" is a conjunct, not the title's: "Velmor and opposition leader X")
    if (t.normal === 'and' && j > 0 && owner[j - 1]) break;
    const prepOk = /^(of|for|the|a|an|and)$/.test(t.normal);
    if (!prepOk && (isClosed(t) || (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('ProperNoun')))) break;
    j--;
  }
  return { found, descOrg };
}

/** forwards: "from/of/at (the) X", ", a spokesman for the X", "X is (the) general secretary of the Y" */
function affiliationAfter(sc: SentenceScan, p: PendingPerson): DraftMention | undefined {
  const { toks, owner, n } = sc;
  const d = p.draft;
  let k = p.nameEnd;
  const copula = !!toks[k] && /^(is|was|becomes|became)$/.test(toks[k]!.normal) && !breaksAfter(toks[k - 1]!);
  if (copula) k++;
  let sawRole = false;
  if (toks[k] && (copula || /,\s*$/.test(toks[k - 1]!.post))) {
    let q = k;
    if (toks[q] && /^(a|an|the)$/.test(toks[q]!.normal)) q++;
    if (!copula) {
      const body = bodyBeforeTitle(sc, p, q);
      if (body) return body;
    }
    let steps2 = 0;
    // (the title may be read as the person's own description already: "X, the senior vice president of …")
    // (a preposition ends the title, whatever the tagger read it as: "vice president of human resources" is one chunk to it)
    while (q < n && steps2++ < 4 && (!owner[q] || owner[q]!.draft === d) && !breaksAfter(toks[q]!) && !/^(?:of|for|at|from|with)$/.test(toks[q]!.normal) && (isRole(toks[q]!) || toks[q]!.tags.has('Adjective') || toks[q]!.tags.has('Noun'))) {
      if (isRole(toks[q]!)) {
        d.roles.add(toks[q]!.normal);
        sawRole = true;
      }
      q++;
    }
    k = q;
    // after a copula only a role ties the person to what follows ("is director of", not "is angry at")
    if (copula && !sawRole) k = -1;
  }
  // (past the title's own field: "director of public affairs for the X", "head of research at X")
  if (sawRole && k >= 0) k = pastTitleField(toks, owner, k);
  if (k >= 0 && toks[k] && /^(from|of|at|for|with)$/.test(toks[k]!.normal) && (k === p.nameEnd ? (toks[k]!.normal !== 'with' || withAppositive(sc, k)) && toks[k]!.normal !== 'for' : true)) {
    let q = k + 1;
    if (toks[q] && toks[q]!.normal === 'the') q++;
    const o = owner[q];
    if (o && o.t0 === q && o.draft.type !== 'person' && !o.venue && (toks[k]!.normal !== 'with' || k !== p.nameEnd || breaksAfter(toks[o.t1 - 1]!))) {
      o.salient = false;
      return o;
    }
    // "Kerry Dobson, a senior official at Strelva": after a role, a capitalised word of no known name is the body
    if (!o && sawRole && toks[k]!.normal !== 'with') return newBodyAt(sc, q);
  }
  return undefined;
}

/**
 * "Ada Kell, with the HWU, said …": "with" right after the comma that closes a person's name opens an appositive
 * naming the body the person works for (the body's mention must close it with a comma: checked by the caller).
 */
const withAppositive = (sc: SentenceScan, k: number): boolean => sc.toks[k]?.normal === 'with' && /,\s*$/.test(sc.toks[k - 1]?.post ?? '');

/**
 * "Ina Corval, the Halvek leader,", "Tomas Brel, a Velmor Party MP,": an appositive after the name that names a body
 * right after its article and ends in a title (one to three lower-case words, a role last) is that body's person:
 * the body's mention, or a new name of one to three capitalised words there (not an adjective: "the Democratic
 * leader"). `q` is the appositive's first word after its article. The mention, or undefined.
 */
function bodyBeforeTitle(sc: SentenceScan, p: PendingPerson, q: number): DraftMention | undefined {
  const { toks, owner } = sc;
  const o = owner[q];
  let e = q;
  if (o) {
    if (o.t0 !== q || o.draft.type === 'person' || o.venue) return undefined;
    e = o.t1;
  } else {
    while (e < toks.length && e - q < 3 && isCap(toks[e]!.text) && !owner[e] && !isRole(toks[e]!) && !isClosed(toks[e]!) && !breaksAfter(toks[e]!)) e++;
    if (e === q) return undefined;
  }
  if (e <= p.nameEnd || breaksAfter(toks[e - 1]!)) return undefined;
  // the title: lower-case words, a role last, closing the appositive (a comma, the sentence's end, or a verb)
  let last = -1;
  for (let t = e; t < toks.length && t - e < 3; t++) {
    const w = toks[t]!;
    if ((isCap(w.text) && !isRole(w)) || owner[t] || !(isRole(w) || w.tags.has('Noun') || w.tags.has('Adjective'))) break;
    if (breaksAfter(w) || t === toks.length - 1) {
      last = t;
      break;
    }
  }
  if (last < 0 || !isRole(toks[last]!) || !/^\s*[,.;:]|^\s*$/.test(toks[last]!.post)) return undefined;
  if (o) {
    o.salient = false;
    return o;
  }
  return newBodyAt(sc, q);
}

/** after a title at token k, its field of work in lower case ("of public affairs", "of human resources") up to the preposition that names the body; else k */
function pastTitleField(toks: SentenceScan['toks'], owner: SentenceScan['owner'], k: number): number {
  if (toks[k]?.normal !== 'of' || owner[k + 1]) return k;
  let j = k + 1;
  while (j < toks.length && j - k <= 3 && !isCap(toks[j]!.text) && !owner[j] && !isClosed(toks[j]!) && !/^(?:of|for|at|from|with|the)$/.test(toks[j]!.normal) && (toks[j]!.tags.has('Noun') || toks[j]!.tags.has('Adjective')) && !breaksAfter(toks[j]!)) j++;
  return j > k + 1 && /^(?:at|for|with)$/.test(toks[j]?.normal ?? '') ? j : k;
}

/** "Olaf Brenn, who chairs Calder Mining,", "X, who leads the Sarn Dockers' Union": the body a relative clause says the person leads */
function ledBody(sc: SentenceScan, p: PendingPerson): DraftMention | undefined {
  const { toks, owner } = sc;
  let k = p.nameEnd;
  // (past an age set off by commas: "Janet Brel, 67, who chairs …")
  if (/^\s*,\s*$/.test(toks[k - 1]?.post ?? '') && /^\d{1,3}$/.test(toks[k]?.text ?? '') && /^\s*,\s*$/.test(toks[k]!.post)) k++;
  if (!/^\s*,\s*$/.test(toks[k - 1]?.post ?? '') || toks[k]?.normal !== 'who' || !LEADS_VERB.has(toks[k + 1]?.normal ?? '') || breaksAfter(toks[k + 1]!)) return undefined;
  const q = toks[k + 2]?.normal === 'the' ? k + 3 : k + 2;
  const o = owner[q];
  return o && o.t0 === q && o.draft.type !== 'person' && !o.venue ? o : undefined;
}

/** one to three capitalised words of no known name at token q, ending the clause or before a verb or a comma: an organisation of its own */
function newBodyAt(sc: SentenceScan, q: number): DraftMention | undefined {
  const { toks, owner, used } = sc;
  let e = q;
  while (e < toks.length && e - q < 3 && isCap(toks[e]!.text) && !used[e] && !owner[e] && !isRole(toks[e]!) && !isClosed(toks[e]!) && /^\p{Lu}[\p{L}'’-]*$/u.test(toks[e]!.text)) {
    if (breaksAfter(toks[e]!)) {
      e++;
      break;
    }
    e++;
  }
  if (e === q || (e < toks.length && isCap(toks[e]!.text) && !breaksAfter(toks[e - 1]!))) return undefined;
  if (toks.slice(q, e).some((x) => x.tags.has('Adjective') || x.tags.has('Date') || x.tags.has('Month') || x.tags.has('WeekDay'))) return undefined;
  return emit(sc, orgDraft(sc, q, e), q, e, 'name');
}

/**
 * A new name of one to three words [i, j) and one to three lower-case nouns ending in a body's head: "the Gusazan
 * tourism industry association", "the Nigenad works council", "the Povurisan bishops' conference" — an organisation
 * named by the whole phrase, after an article; the end, or -1 (not "the Velmor union", a name and its kind, read as
 * the name; no gazetteer name, person or title in the run)
 */
function describedBodyEnd(sc: SentenceScan, i: number, j: number): number {
  const { toks } = sc;
  // (after an article: "the Nigenad works council", not "Velmor says council members …")
  if (j - i > 3 || breaksAfter(toks[j - 1]!) || isPossessive(toks[j - 1]!) || !/^(?:the|a|an)$/.test(toks[i - 1]?.normal ?? '')) return -1;
  if (toks.slice(i, j).some((t, q) => !!sc.gzAt[i + q] || isPersonTagged(t) || isRole(t))) return -1;
  // (an organisation's name may come first when a body of it follows: "the Vesk Assembly finance committee", but not
  // "the Halden Front rebel group")
  const named = toks.slice(i, j).some((t) => ORG_HEAD.has(t.normal));
  for (let k = j; k < toks.length && k - j <= 3; k++) {
    const t = toks[k]!;
    const w = t.normal.replace(/['’]s?$/, '');
    if (isCap(t.text) || isClosed(t) || !/^\p{Ll}[\p{L}-]*['’]?s?$/u.test(t.text)) return -1;
    if (k > j && DESCRIBED_BODY_HEAD.has(w)) return named && !SUB_BODY_HEAD.has(w) ? -1 : k + 1;
    if (breaksAfter(t) && !/^['’]\s*$/.test(t.post)) return -1;
    // (a noun, or a verb's bare form read as one: "works", "transport")
    const nounish = t.tags.has('Noun') || t.tags.has('Adjective') || (t.tags.has('Verb') && !t.tags.has('PastTense') && !t.tags.has('Gerund') && !t.tags.has('Modal') && !t.tags.has('Auxiliary') && !t.tags.has('Copula'));
    if (!nounish || t.tags.has('Pronoun') || t.tags.has('Adverb')) return -1;
  }
  return -1;
}

/**
 * "A smaller opposition party, Demvar Future, broke ranks", "the country's biggest union, Halvek, said": a name of
 * one to four words set off by commas right after a description of a body (an article, up to four words, a body's
 * head) is that body, an organisation, and the description its mention (a group read from it is merged into it).
 * The next token, or undefined.
 */
function bodyInApposition(sc: SentenceScan, i: number, j: number): number | undefined {
  const { toks, cx } = sc;
  const head = toks[i - 1];
  if (!head || !/^,\s*$/.test(head.post) || !APPOSED_BODY_HEAD.has(head.normal) || isCap(head.text)) return undefined;
  if (j - i > 4 || !/^,\s*$/.test(toks[j - 1]!.post) || toks.slice(i, j).some((t, q) => !!sc.gzAt[i + q] || isPersonTagged(t) || isRole(t))) return undefined;
  let a = i - 2;
  while (a >= 0 && i - 1 - a <= 4 && !/^(?:a|an|the)$/.test(toks[a]!.normal)) {
    if (breaksAfter(toks[a]!) || isCap(toks[a]!.text) || isClosed(toks[a]!)) return undefined;
    a--;
  }
  if (a < 0 || !/^(?:a|an|the)$/.test(toks[a]!.normal) || breaksAfter(toks[a]!)) return undefined;
  const d = orgDraft(sc, i, j);
  // (a group read from the description, named nowhere else, is this body)
  const owners = new Set(toks.slice(a, i).map((_, q) => sc.owner[a + q]).filter((m): m is DraftMention => !!m));
  for (const m of owners) if (m.draft !== d && m.draft.type === 'group' && m.draft.mentions.length === 1) {
    m.kind = 'description';
    cx.moveMentions(m.draft, d);
  }
  if (!owners.size) emit(sc, d, a, i, 'description');
  emit(sc, d, i, j, 'name');
  return j;
}

/** an appositive set off by commas after token j - 1 whose head is a body's: ", the governing party,", ", a rival shipping group," */
function bodyAppositiveAfter(sc: SentenceScan, j: number): boolean {
  const { toks } = sc;
  if (!/^,\s*$/.test(toks[j - 1]?.post ?? '') || !/^(?:a|an|the)$/.test(toks[j]?.normal ?? '')) return false;
  for (let k = j + 1; k < toks.length && k - j <= 5; k++) {
    const t = toks[k]!;
    if (isCap(t.text) || isClosed(t)) return false;
    if (/,/.test(t.post)) return APPOSED_BODY_HEAD.has(t.normal);
    if (breaksAfter(t)) return false;
    // (the head before a phrase of its own: ", the insurer of most farms in the valley,", ", a haulage firm based in Vesk,")
    if (APPOSED_BODY_HEAD.has(t.normal) && /^(?:of|in|based)$/.test(toks[k + 1]?.normal ?? '') && appositiveCloses(toks, k + 1)) return true;
  }
  return false;
}

/** the appositive that goes on at token k closes with a comma within eight words, before any other break */
function appositiveCloses(toks: SentenceScan['toks'], k: number): boolean {
  for (let q = k; q < toks.length && q - k < 8; q++) {
    if (/,/.test(toks[q]!.post)) return true;
    if (breaksAfter(toks[q]!)) return false;
  }
  return false;
}
