/**
 * Pass (from groups.ts): the names a group of organisations lists after its head.
 * "The companies - Quillmark, Velmor Mining and Tessaro - said …", "the two biggest
 * carriers, Skyvale and Nortair, refused …", "firms such as Quillmark and Brandt
 * Motors": each capitalised name of the list is an organisation of its own (a
 * gazetteer name is left to the name pass). The list must follow the head at once
 * (a dash, comma, colon, "such as", "including", "like") and hold two names or more,
 * joined by commas and "and"/"or", and end at punctuation or the sentence's end.
 */
import { ORG_GROUP_HEAD } from './lexicon.js';
import { breaksAfter, isCap, isPersonTagged, isRole } from './tokens.js';
import { capAt, emit, orgDraft, runFrom, type SentenceScan } from './scan.js';

/** the token after the list's opener after the head at `h`, or -1 */
function listStart(sc: SentenceScan, h: number): number {
  const { toks } = sc;
  const post = toks[h]!.post;
  if (/^\s*(?:[-–—:]|,)\s*$/.test(post)) return h + 1;
  if (breaksAfter(toks[h]!)) return -1;
  const a = toks[h + 1]?.normal;
  if (a === 'such' && toks[h + 2]?.normal === 'as') return h + 3;
  if (a === 'including' || a === 'like') return h + 2;
  return -1;
}

/** The organisations listed after the group head at token `h` (emitted); undefined, so that the group pass still reads the head. */
export function listedOrganisations(sc: SentenceScan, h: number): undefined {
  const { toks, n } = sc;
  const t = toks[h]!;
  if (sc.used[h] || !ORG_GROUP_HEAD.has(t.normal.replace(/['’]s?$/, '')) || !(t.tags.has('Plural') || t.tags.has('Noun'))) return;
  let k = listStart(sc, h);
  if (k < 0) return;
  const items: [number, number][] = [];
  while (k < n && capAt(sc, k)) {
    // (in a list "and" joins two items: "Skyvale and Nortair")
    let e = Math.min(runFrom(sc, k, true), k + 4);
    for (let q = k + 1; q < e; q++)
      if (/^(and|or)$/.test(toks[q]!.text)) {
        e = q;
        break;
      }
    if (e <= k || toks.slice(k, e).some((t) => isRole(t) || (isPersonTagged(t) && !sc.gzAt[k]))) return;
    items.push([k, e]);
    const last = toks[e - 1]!;
    const comma = /^\s*,\s*$/.test(last.post);
    const and = /^(and|or)$/.test(toks[e]?.normal ?? '');
    // "Quillmark, Velmor Mining and Tessaro", "…, and Tessaro"
    if (comma && and && !breaksAfter(toks[e]!)) k = e + 1;
    else if (comma && isCap(toks[e]?.text ?? '')) k = e;
    else if (!breaksAfter(last) && and) k = e + 1;
    else {
      k = e;
      break;
    }
  }
  // the list ends at punctuation (a dash too) or at the sentence's end
  const end = toks[k - 1];
  if (items.length < 2 || !end || !(k >= n || breaksAfter(end) || /^\s+-\s+$/.test(end.post))) return;
  for (const [a, b] of items) {
    const g = sc.gzAt[a];
    if (g && g.end >= b) continue;
    if (toks.slice(a, b).some((_, q) => sc.used[a + q])) continue;
    emit(sc, orgDraft(sc, a, b), a, b, 'name');
  }
}
