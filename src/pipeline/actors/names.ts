/**
 * Pass: names and gazetteer matches. At a token where a gazetteer name starts
 * (country, capital, demonym, organisation, a user's entry): the name itself, or a
 * longer name built on it ("Nepali Congress", "Chinese Foreign Ministry"), a group
 * or the government it heads ("Chinese officials", "the Chinese government"), or a
 * person whose first name is a capital ("Washington Odhiambo").
 */
import { acronymEnd, isCap, isClosed, isPersonTagged, isPossessive, isRole, KIND_OF, venueAt, venueBefore, breaksAfter } from './tokens.js';
import { ORG_HEAD, STOP_CAP, WEAK_GROUP_HEAD } from './lexicon.js';
import {
  acronymAfter, capAt, legalSuffixAt, compoundBodyEnd, emit, relationalParticiple, groupDraft, groupHeadFrom, innerFor, memberBodyEnd, militaryAt, militaryDraft, nameLike, orgDraft, orgHeadIn, personDraft, runFrom,
  type SentenceScan,
} from './scan.js';

/** The mention(s) at token i when a gazetteer name starts there: the next token to read, or undefined. */
export function gazetteerNameAt(sc: SentenceScan, i: number): number | undefined {
  const { toks, n, cx } = sc;
  const g = sc.gzAt[i];
  if (!g) return undefined;
  const lastG = toks[g.end - 1]!;
  const possessive = isPossessive(lastG);
  if (!sc.s.headline) {
    const next = nameBuiltOnGazetteer(sc, i);
    if (next !== undefined) return next;
  }
  const gd = cx.gazDraft(g.hit.id);
  // a group or the government: "Chinese officials", "Kenyan teachers' unions", "the Chinese government"
  const gh = g.end < n && !breaksAfter(lastG) ? groupHeadFrom(sc, g.end) : null;
  if (gh) {
    const headTok = toks[gh.head]!;
    if (gh.gov) {
      if (gd.type === 'country' && (gh.head === g.end || !possessive)) {
        emit(sc, gd, i, gh.head + 1, 'description');
        return gh.head + 1;
      }
    } else if (!possessive && memberBodyEnd(sc, gh.head) > 0) {
      // "the Kenyan teachers' union": the body of those members, of the country
      const e = memberBodyEnd(sc, gh.head);
      emit(sc, orgDraft(sc, i, e), i, e, 'name');
      return e;
    } else if (!(possessive && gh.head === g.end && WEAK_GROUP_HEAD.has(headTok.normal))) {
      const d = groupDraft(sc, i, gh.head + 1, gd.key, headTok);
      emit(sc, d, i, gh.head + 1, 'name');
      return gh.head + 1;
    }
  }
  // a body the name modifies through a hyphened participle: "the Norland-led coalition", "a Vesk-based union"
  // (after a possessive the body is the possessor's: "Brelvania's Vesk-backed government")
  const body = !gh && !possessive && g.end < n && !(i > 0 && isPossessive(toks[i - 1]!)) ? compoundBodyEnd(sc, g.end) : -1;
  if (body > 0) {
    emit(sc, groupDraft(sc, i, body, gd.key, toks[body - 1]!), i, body, 'name');
    return body;
  }
  // a country's armed forces: "the Thai military", "Lakeland's army" (the country's name stays its own)
  if (gd.type === 'country' && g.end < n && !breaksAfter(lastG) && militaryAt(toks, g.end)) {
    if (possessive) emit(sc, gd, i, g.end, KIND_OF[g.hit.kind]);
    emit(sc, militaryDraft(cx, gd, toks[g.end]!.normal.replace(/['’]s$/, '')), possessive ? g.end : i, g.end + 1, 'name');
    return g.end + 1;
  }
  // a known acronym with a hyphened part is a form of the same name: "FARC-EP" (not "US-EU", two names)
  let end = g.end === i + 1 && gd.type !== 'country' ? acronymEnd(toks, i, (k) => !!sc.gzAt[k]) : g.end;
  // a company's legal form after its known name is a word of it: "Velmor Inc.'s Quickstop" (no person "Inc.'s Quickstop")
  if (gd.type === 'organization' && !possessive && end < n && !breaksAfter(toks[end - 1]!) && isCap(toks[end]!.text) && legalSuffixAt(sc, end)) end++;
  // a capital stands for its government ("diplomats in Moscow"), a venue only after "at" ("talks at Geneva")
  const venue = g.hit.kind === 'metonym' ? venueAt(toks, i) : venueBefore(toks, i);
  const m = emit(sc, gd, i, end, KIND_OF[g.hit.kind], venue);
  // a name hyphened to a participle only modifies the noun after it ("a Vesk-based drugmaker"): a poor antecedent
  if (end < n && relationalParticiple(toks, end)) m.modifier = true;
  if ((gd.type === 'organization' || gd.type === 'group') && !possessive) acronymAfter(sc, end, gd);
  return end;
}

/**
 * A longer name that starts with the gazetteer's: an organisation ("Nepali Congress", "Zimbabwe Doctors for
 * Human Rights"), a person ("Washington Odhiambo"); or a demonym inside a capitalised name ("Anglo American
 * Platinum"), which is skipped. The next token to read, or undefined.
 */
function nameBuiltOnGazetteer(sc: SentenceScan, i: number): number | undefined {
  const { toks, cx } = sc;
  const g = sc.gzAt[i]!;
  const lastG = toks[g.end - 1]!;
  const possessive = isPossessive(lastG);
  const j = runFrom(sc, i, true);
  const h = orgHeadIn(sc, i, j);
  if (j > g.end && h >= g.end) {
    const ext = j;
    if (possessive) {
      emit(sc, cx.gazDraft(g.hit.id), i, g.end, KIND_OF[g.hit.kind]);
      const d = orgDraft(sc, g.end, ext);
      if (!d.affiliation) d.affiliation = `gz:${g.hit.id}`;
      emit(sc, d, g.end, ext, 'name');
    } else {
      const d = orgDraft(sc, i, ext);
      emit(sc, d, i, ext, 'name');
    }
    acronymAfter(sc, ext, cx.drafts.get(sc.owner[ext - 1]!.draft.key)!);
    return ext;
  }
  // "Zimbabwe Doctors for Human Rights"
  if (!possessive && j > g.end + 1 && innerFor(sc, i, j, g.end)) {
    const d = orgDraft(sc, i, j);
    emit(sc, d, i, j, 'name');
    acronymAfter(sc, j, d);
    return j;
  }
  // a demonym inside a capitalised name ("Anglo American Platinum") is not the country
  if (g.hit.kind === 'demonym' && i > 0 && !possessive) {
    const p = toks[i - 1]!;
    const nx = toks[g.end];
    if (isCap(p.text) && !breaksAfter(p) && !isClosed(p) && !STOP_CAP.has(p.normal) && !isRole(p) && !p.tags.has('Adjective') && !sc.gzAt[i - 1] && !sc.owner[i - 1] &&
        nx && capAt(sc, g.end) && !breaksAfter(lastG) && !sc.gzAt[g.end] && !isRole(nx)) {
      return g.end;
    }
  }
  // a capital followed by a person's name: "Washington Odhiambo"
  if (g.hit.kind === 'metonym' && !possessive && g.end === i + 1 && !breaksAfter(toks[i]!) && !venueBefore(toks, i) && nameLike(sc, i + 1) && !sc.gzAt[i + 1]) {
    const nx = toks[i + 1]!;
    const k = runFrom(sc, i + 1, true);
    if ((isPersonTagged(nx) || !nx.tags.has('Noun') || nx.tags.has('ProperNoun')) && !ORG_HEAD.has(nx.normal) && !isRole(nx) && k - i <= 4) {
      const prevRole = i > 0 && isRole(toks[i - 1]!);
      if (isPersonTagged(nx) || prevRole) {
        const d = personDraft(sc, i, k);
        emit(sc, d, i, k, 'name');
        sc.pending.push({ draft: d, titleStart: i, nameStart: i, nameEnd: k });
        return k;
      }
    }
  }
  return undefined;
}
