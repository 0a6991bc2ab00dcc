/**
 * Pass: organisations. Acronyms (one introduced earlier in the document, or a
 * standalone "AMCU", "LTTE"), and in a capitalised run the organisation named by its
 * head word ("Ministry of Health", "Caldera Automotive"), by an inner "for"
 * ("Physicians for Human Rights") or by the acronym that follows it ("Name (NW)").
 */
import { HONORIFIC, ORG_HEAD } from './lexicon.js';
import { acronymEnd, breaksAfter, isActorAcronym, isCap, isFirstName, isPersonTagged, isPossessive, isRole, isUpperWord } from './tokens.js';
import { acronymAfter, acronymFollows, capAt, emit, innerFor, orgDraft, orgHeadIn, personDraft, runFrom, stockListing, type SentenceScan } from './scan.js';
import { nameShaped, stateNameShaped, subjectOfVerb } from './unknown.js';
import type { Token } from '../types.js';

/** An acronym at token i: one the document introduced, else a standalone one. The next token, or undefined. */
export function acronymAt(sc: SentenceScan, i: number): number | undefined {
  const { toks, cx } = sc;
  const t = toks[i]!;
  // an acronym introduced earlier in parentheses
  const e = acronymEnd(toks, i, (k) => !!sc.gzAt[k]);
  const acr = isUpperWord(t.text) ? (cx.acronyms.get(sc.keys.slice(i, e).join('-')) ?? cx.acronyms.get(sc.keys[i]!)) : undefined;
  if (acr) {
    emit(sc, cx.drafts.get(acr)!, i, e, 'alias');
    return e;
  }
  // a standalone acronym ("ZANU-PF", "AMCU", "LTTE"): an organisation, unless the sentence is in capitals
  if (isActorAcronym(t.text) && !sc.capsSentence && !acronymStartsName(sc, i)) {
    emit(sc, orgDraft(sc, i, e), i, e, 'name');
    return e;
  }
  return undefined;
}

/** "(NASDAQ: TSLY)": a stock listing at i names no party; its tokens are passed over. The token after it, or undefined. */
export function stockListingAt(sc: SentenceScan, i: number): number | undefined {
  if (!stockListing(sc.toks, i)) return undefined;
  sc.used[i] = sc.used[i + 1] = 1;
  return i + 2;
}

/**
 * The organisation at the start of the capitalised run [i, j) (before its first title, `firstRole`):
 * `{ next }` when the run is done with, else `{ orgDone }`, the end of an organisation name at its
 * start (-1 for none) after which a person may still be named.
 */
export function organisationInRun(sc: SentenceScan, i: number, j: number, firstRole: number): { next?: number; orgDone: number } {
  const { toks } = sc;
  const orgEnd = firstRole >= 0 ? firstRole : j;
  // an organisation name cannot contain a gazetteer name unless it ends in a head ("Kenyan National Union of Teachers")
  const h = orgHeadIn(sc, i, orgEnd);
  // "Taylor's National Patriotic Party": the name after the possessive is the organisation's (the owner is read later)
  let s0 = i;
  for (let k = i; k < h; k++) if (isPossessive(toks[k]!) && !breaksAfter(toks[k]!)) s0 = k + 1;
  // (only a person's possessive, after a title: "Mr. Taylor's …"; "Lakeland's Farmers Union" keeps its country)
  const titled = (k: number) => !!toks[k] && HONORIFIC.has(toks[k]!.normal.replace(/\.$/, ''));
  if (s0 > i && h > s0 && (titled(i) || titled(i - 1))) {
    const d = orgDraft(sc, s0, orgEnd);
    emit(sc, d, s0, orgEnd, 'name');
    acronymAfter(sc, orgEnd, d);
    return { next: orgEnd, orgDone: -1 };
  }
  // "said Jonas Weld of Bellmont Steel": a person's name, then "of" and the body the person speaks for
  const of = firstRole < 0 && h > i ? personOfBody(sc, i, h) : -1;
  if (of > 0) {
    const p = personDraft(sc, i, of);
    emit(sc, p, i, of, 'name');
    sc.pending.push({ draft: p, titleStart: i, nameStart: i, nameEnd: of });
    const d = orgDraft(sc, of + 1, orgEnd);
    emit(sc, d, of + 1, orgEnd, 'name');
    acronymAfter(sc, orgEnd, d);
    return { next: orgEnd, orgDone: -1 };
  }
  if (firstRole < 0 && ofPersonBefore(sc, i, j)) {
    const d = orgDraft(sc, i, j);
    emit(sc, d, i, j, 'name');
    acronymAfter(sc, j, d);
    return { next: j, orgDone: -1 };
  }
  // "the Chairman of the Velmor Union Ana Ruiz": a person's name right after the organisation's head ends the name
  if (firstRole < 0 && h > i && personAfterHead(sc, h, orgEnd)) {
    const d = orgDraft(sc, i, h + 1);
    emit(sc, d, i, h + 1, 'name');
    const p = personDraft(sc, h + 1, orgEnd);
    emit(sc, p, h + 1, orgEnd, 'name');
    sc.pending.push({ draft: p, titleStart: h + 1, nameStart: h + 1, nameEnd: orgEnd });
    return { next: orgEnd, orgDone: -1 };
  }
  // "Local 1199", "Local 32BJ": a union's local branch, named by its number
  const branch = toks[i]!.normal === 'local' && /^\d/.test(toks[i + 1]?.text ?? '') && !breaksAfter(toks[i]!);
  if ((h >= 0 && orgEnd - i >= (h === i ? 2 : 1) && !(h === i && toks[i + 1]?.normal !== 'of')) || (branch && firstRole < 0 && orgEnd - i >= 2)) {
    // "the Velmor Committee of the Halden Shore": "of the" and a capitalised name continue the organisation's name
    const tail = firstRole < 0 && orgEnd === j && ORG_HEAD.has(toks[orgEnd - 1]!.normal) ? ofTheTail(sc, orgEnd) : -1;
    if (tail > orgEnd) {
      const d = orgDraft(sc, i, tail);
      emit(sc, d, i, tail, 'name');
      acronymAfter(sc, tail, d);
      return { next: tail, orgDone: -1 };
    }
    // "the Ministry of Labour, Veterans and Social Affairs": a ministry's list of portfolios is its name
    const more = firstRole < 0 && orgEnd === j ? portfolioTail(sc, i, orgEnd) : -1;
    if (more > orgEnd) {
      const d = orgDraft(sc, i, more);
      emit(sc, d, i, more, 'name');
      acronymAfter(sc, more, d);
      return { next: more, orgDone: -1 };
    }
    const d = orgDraft(sc, i, orgEnd);
    // "Lizmar's Ministry of Trade": the body of the state named by the possessive before it
    const o = sc.owner[i - 1];
    if (!d.affiliation && o && o.draft.type === 'country' && isPossessive(toks[i - 1]!) && !breaksAfter(toks[i - 1]!)) d.affiliation = o.draft.key;
    emit(sc, d, i, orgEnd, 'name');
    acronymAfter(sc, orgEnd, d);
    return { orgDone: orgEnd };
  }
  if (firstRole < 0 && j - i >= 3 && innerFor(sc, i, j, i)) {
    // "Physicians for Human Rights"
    const d = orgDraft(sc, i, j);
    emit(sc, d, i, j, 'name');
    acronymAfter(sc, j, d);
    return { next: j, orgDone: -1 };
  }
  if (firstRole < 0 && j - i >= 2 && acronymFollows(sc, j, i) && !toks.slice(i, j).some(isPersonTagged)) {
    const d = orgDraft(sc, i, j);
    emit(sc, d, i, j, 'name');
    acronymAfter(sc, j, d);
    return { next: j + 1, orgDone: -1 };
  }
  return { orgDone: -1 };
}

/**
 * "Clement Ardo of Citizen Action for Rural Education": a name of two words or more right after a
 * person's "of" is the body the person speaks for (a gazetteer name, a place or a person's name is not).
 */
function ofPersonBefore(sc: SentenceScan, i: number, j: number): boolean {
  const { toks, owner } = sc;
  const of = toks[i - 1];
  const o = owner[i - 2];
  if (!of || of.normal !== 'of' || breaksAfter(toks[i - 2]!) || breaksAfter(of) || !o || o.draft.type !== 'person' || o.t1 !== i - 1) return false;
  if (j - i < 2 || sc.gzAt[i] || toks.slice(i, j).some((t) => isPersonTagged(t) || t.tags.has('Place'))) return false;
  return isCap(toks[j - 1]!.text);
}

/**
 * The "of" that ends a person's name at the start of a capitalised run whose organisation head `h` comes after it
 * ("Jonas Weld of Bellmont Steel"): two or three words, the first a given name, the last tagged a surname or
 * unknown to the gazetteer, none a head or a title; else -1.
 */
function personOfBody(sc: SentenceScan, i: number, h: number): number {
  const { toks } = sc;
  const of = toks.findIndex((t, k) => k > i && k < h && t.normal === 'of');
  if (of < 0 || of - i < 2 || of - i > 3 || !isFirstName(toks[i]!) || breaksAfter(toks[of - 1]!) || breaksAfter(toks[of]!)) return -1;
  for (let k = i; k < of; k++) if (!isCap(toks[k]!.text) || ORG_HEAD.has(toks[k]!.normal) || isRole(toks[k]!) || sc.gzAt[k]) return -1;
  return of;
}

/** "AD Ports has decided": an acronym that starts a longer capitalised name acting as a subject, or ending in a head word */
function acronymStartsName(sc: SentenceScan, i: number): boolean {
  const nx = sc.toks[i + 1];
  if (!nx || breaksAfter(sc.toks[i]!) || !capAt(sc, i + 1) || isRole(nx) || isPersonTagged(nx) || sc.gzAt[i + 1] || isUpperWord(nx.text)) return false;
  const j = runFrom(sc, i, true);
  return j - i >= 2 && j - i <= 4 && (orgHeadIn(sc, i, j) > i || subjectOfVerb(sc, j));
}

/**
 * The two or three words after an organisation's head at h, up to e, are a person's name: capitalised, no head, title
 * or gazetteer name among them, and a given name or words that are no English ("Velmor Union Ana Ruiz", not
 * "Velmor Union Bank" or "Velmor Party Youth Wing").
 */
function personAfterHead(sc: SentenceScan, h: number, e: number): boolean {
  const { toks } = sc;
  const words = toks.slice(h + 1, e);
  if (words.length < 2 || words.length > 3 || breaksAfter(toks[h]!) || isPossessive(toks[h]!)) return false;
  if (words.some((t, q) => !isCap(t.text) || ORG_HEAD.has(t.normal) || isRole(t) || !!sc.gzAt[h + 1 + q] || isUpperWord(t.text))) return false;
  return isFirstName(words[0]!) || words.every((t) => stateNameShaped(t.text.replace(/['’]s$/, '')));
}

/**
 * "of the" and one to three capitalised words at k, a name of no gazetteer entry, person or title, ending the run:
 * the end of that name, or -1 ("the Velmor Committee of the Halden Shore", not "… of the European Union" or
 * "the Council of the Velmor Party Ana Ruiz")
 */
/**
 * "Ministry of Fisheries, Ports and Planning", "Department of Labour, Veterans and Social Affairs": after a ministry's
 * or department's "of" and a portfolio ending on a comma, more portfolios — each one to three capitalised English
 * words, set off by commas, the last after "and" — are the rest of its name. Not names ("the Ministry of Finance,
 * Tarsk and Vesk signed": a list of parties), nor a list that runs on. The name's new end, or -1.
 */
function portfolioTail(sc: SentenceScan, i: number, e: number): number {
  const { toks } = sc;
  if (!/^(?:ministry|department|secretariat)$/.test(toks[i]!.normal) || toks[i + 1]?.normal !== 'of' || !/^,\s*$/.test(toks[e - 1]!.post)) return -1;
  const portfolio = (t: Token) => capAt(sc, toks.indexOf(t)) && !sc.gzAt[toks.indexOf(t)] && !isPersonTagged(t) && !isRole(t) && !nameShaped(t.text);
  let k = e;
  for (let items = 0; items < 6; items++) {
    const last = toks[k]?.normal === 'and';
    if (last) k++;
    const a = k;
    while (k < toks.length && k - a < 3 && toks[k] && portfolio(toks[k]!)) {
      k++;
      if (breaksAfter(toks[k - 1]!)) break;
    }
    if (k === a) return -1;
    if (last) return k < toks.length && capAt(sc, k) && !breaksAfter(toks[k - 1]!) ? -1 : k;
    if (!/^,\s*$/.test(toks[k - 1]!.post) && toks[k]?.normal !== 'and') return -1;
  }
  return -1;
}

function ofTheTail(sc: SentenceScan, k: number): number {
  const { toks } = sc;
  const of = toks[k];
  const the = toks[k + 1];
  if (of?.normal !== 'of' || the?.normal !== 'the' || breaksAfter(toks[k - 1]!) || breaksAfter(of) || breaksAfter(the)) return -1;
  let e = k + 2;
  while (e < toks.length && e - (k + 2) < 4 && capAt(sc, e) && !sc.gzAt[e] && !isRole(toks[e]!) && !isPersonTagged(toks[e]!) && !isUpperWord(toks[e]!.text)) {
    e++;
    if (breaksAfter(toks[e - 1]!)) break;
  }
  const n = e - (k + 2);
  if (n < 1 || n > 3) return -1;
  // (the name ends there: not the start of a longer run)
  if (e < toks.length && capAt(sc, e) && !breaksAfter(toks[e - 1]!)) return -1;
  return e;
}
