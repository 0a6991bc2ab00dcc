/**
 * The last pass: drafts become ActorRecords. A country whose mentions are all venues
 * ("in Switzerland") becomes a location; actors are sorted by first mention; an
 * affiliation named only inside another name ("UN negotiators") is appended without
 * mentions. Ids: countries by ISO 3166 alpha-3 ("CHN"; Kosovo "XKX"); built-in
 * organisations by their gazetteer id ("eu", "un", "nato"); everything else by a
 * slug of its canonical name ("he-lifeng", "stimson-center"), with "-2", "-3" … on a
 * clash.
 */
import { slug } from '../../actors/gazetteer.js';
import { ROLE, TITLE_MODIFIER } from './lexicon.js';
import type { ActorMention, ActorRecord } from '../types.js';
import type { ActorContext, Draft } from './context.js';

export function toRecords(cx: ActorContext): ActorRecord[] {
  const { text } = cx;
  for (const d of cx.drafts.values()) {
    if (d.type !== 'country') continue;
    const named = d.mentions.filter((m) => m.kind !== 'pronoun');
    if (named.length && named.every((m) => m.venue)) d.type = 'location';
  }
  const drafts = orderedDrafts(cx);
  const ids = assignIds(drafts);
  return drafts.map((d) => {
    const id = ids.get(d.key)!;
    let affiliation: string | null = null;
    if (d.affiliation) {
      affiliation = ids.get(d.affiliation) ?? (d.affiliation.startsWith('gz:') ? d.affiliation.slice(3) : null);
    }
    // the canonical name of a person is the fullest form as first written
    let name = d.name;
    if (d.type === 'person') {
      const m = d.mentions.find((x) => x.kind === 'name' && text.slice(x.start, x.end).split(/\s+/).length >= name.split(/\s+/).length);
      if (m) name = text.slice(m.start, m.end);
      if (!/\s/.test(name)) name = titledSurname(d, text) ?? name;
    }
    const mentions: ActorMention[] = [];
    let lastEnd = -1;
    for (const m of d.mentions) {
      if (m.start < lastEnd) continue;
      mentions.push({ actorId: id, start: m.start, end: m.end, text: text.slice(m.start, m.end), sentence: m.sentence, kind: m.kind });
      lastEnd = m.end;
    }
    return { id, name, type: d.type, affiliation: affiliation === id ? null : affiliation, mentions, known: d.gazId !== undefined, ...(d.author ? { author: true } : {}) };
  });
}

/**
 * A person the text names only by title and surname ("Secretary Albright", "Mr. Yokota", "Chairman Arafat") is
 * called so: the surname alone names no one outside the text. The first capitalised title written right before a
 * name mention.
 */
function titledSurname(d: Draft, text: string): string | undefined {
  for (const m of d.mentions) {
    if (m.kind !== 'name') continue;
    // ("Prime Minister Barak": a capitalised word before the title belongs to it)
    const t = /(?:^|[^\p{L}.])((?:\p{Lu}\p{Ll}+[ \t]+)?)(\p{Lu}\p{Ll}*)(\.?)[ \t]+$/u.exec(text.slice(Math.max(0, m.start - 36), m.start));
    if (!t || !ROLE.has(t[2]!.toLowerCase())) continue;
    const first = t[1]!.trim().toLowerCase();
    // (a title before another is a title of its own: "Prime Minister Sheikh Hasina" is "Sheikh Hasina", not "Minister Sheikh
    // Hasina"; a word that only modifies the title stays, "Foreign Minister", "Vice President", and so does the title
    // before or after "General": "Attorney General", "Secretary General", "General Secretary")
    const joins = TITLE_MODIFIER.has(first) || (ROLE.has(first) && (t[2]!.toLowerCase() === 'general' || first === 'general'));
    const title = first && joins ? `${t[1]}${t[2]}` : t[2]!;
    return `${title}${t[3]} ${text.slice(m.start, m.end)}`;
  }
  return undefined;
}

/** drafts with mentions by first mention, then the affiliations they name that have none */
function orderedDrafts(cx: ActorContext): Draft[] {
  const drafts = [...cx.drafts.values()].filter((d) => d.mentions.length);
  for (const d of drafts) d.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  drafts.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start || x.order - y.order);
  // an affiliation named only inside another name ("UN negotiators") is still an actor: append it, without mentions
  const kept = new Set(drafts);
  for (let q = 0; q < drafts.length; q++) {
    const ak = drafts[q]!.affiliation;
    const a = ak ? cx.draftOf(ak) : undefined;
    if (a && !kept.has(a)) {
      kept.add(a);
      drafts.push(a);
    }
  }
  return drafts;
}

function assignIds(drafts: Draft[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const d of drafts) {
    let id = d.gazId ?? slug(d.name);
    if (taken.has(id)) {
      let k = 2;
      while (taken.has(`${id}-${k}`)) k++;
      id = `${id}-${k}`;
    }
    taken.add(id);
    ids.set(d.key, id);
  }
  return ids;
}

/** Mentions of all actors grouped by sentence index, each list sorted by start (the longer first on a tie). */
export function mentionsBySentence(actors: ActorRecord[]): Map<number, ActorMention[]> {
  const out = new Map<number, ActorMention[]>();
  for (const a of actors)
    for (const m of a.mentions) {
      let l = out.get(m.sentence);
      if (!l) out.set(m.sentence, (l = []));
      l.push(m);
    }
  for (const l of out.values()) l.sort((x, y) => x.start - y.start || y.end - x.end);
  return out;
}

export function actorById(actors: ActorRecord[]): Map<string, ActorRecord> {
  return new Map(actors.map((a) => [a.id, a]));
}
