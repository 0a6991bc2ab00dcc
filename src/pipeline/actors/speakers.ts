/**
 * Speakers of quotations (part of the coreference pass): "we/our" (and "I" for a
 * person) inside a quotation is its speaker — "…," X said; said X; X says (this
 * sentence, the next ones, the previous ones), else the subject before the quote.
 * Resolved after the whole text is read.
 *
 * Speakers of statements and transcripts: a header "Press Statement by X", "Remarks by
 * X", "Statement by X" makes X the speaker of the text; a speaker label at the start of
 * a paragraph ("MR. X:", "SECRETARY X:", "AMBASSADOR X:") makes X the speaker of the
 * paragraphs up to the next label, and "QUESTION:" / "Q:" a questioner, who holds
 * nothing. First person outside quotations there is the speaker: "I" the person, "we"
 * the speaker's country or organisation when known, else the speaker.
 */
import { tokenKey } from '../../actors/gazetteer.js';
import type { Span } from '../quotes.js';
import type { Draft, DraftMention } from './context.js';
import type { Token } from '../types.js';
import { bareLabelName, firstPersonOf, ROLE, SAY, SPEAKER_LABEL as LABEL } from './lexicon.js';
import { breaksAfter, isCap } from './tokens.js';
import { quoteAt, type CorefContext } from './coref.js';

const speakerOk = (d: Draft) => d.type !== 'location';

/** the speaker of a quotation in sentence `si` */
export function speakerOf(cc: CorefContext, si: number, quote: Span): Draft | undefined {
  const { sentences } = cc;
  const para = sentences[si]!.paragraph;
  // the sentences the quotation spans, this one first; then the sentence before (a quote after "X said:"
  // or after an attributed one), then the one after
  const order = [si];
  for (let q = si + 1; sentences[q] && sentences[q]!.start < quote[1]; q++) order.push(q);
  for (let q = si - 1; sentences[q] && sentences[q]!.end > quote[0]; q--) order.push(q);
  let seen = 0;
  for (const q of [...order, -1, si - 1, si + 1]) {
    if (q === -1) {
      const d = subjectBeforeQuote(cc, si, quote);
      if (d) return d;
      continue;
    }
    if (seen++ > 6) break;
    const ps = sentences[q];
    if (!ps || ps.paragraph !== para) continue;
    const d = saidBy(cc, ps.index);
    if (d) return d;
  }
  return continuedSpeaker(cc, si, quote) ?? pronounSpeaker(cc, si, quote);
}

/**
 * "…," the spokesman said. ¶ He added, "We urge …": a quotation framed by a bare "he/she said" or "he added"
 * that no earlier pass gave a party goes on with the last speaker the sentences before name (up to six back)
 */
function pronounSpeaker(cc: CorefContext, si: number, quote: Span): Draft | undefined {
  const { sentences, cx } = cc;
  let first = si;
  while (first > 0 && sentences[first]!.start > quote[0]) first--;
  const ts = cx.sentToks.get(sentences[first]!.index) ?? [];
  const list = cx.bySentence.get(sentences[first]!.index) ?? [];
  const framed = ts.some((t, k) => k > 0 && SAY.has(t.normal) && !quoteAt(cc, t.start) && /^(?:he|she)$/.test(ts[k - 1]!.normal) && !list.some((m) => m.t0 === k - 1));
  if (!framed) return undefined;
  for (let q = first - 1; q >= 0 && q >= first - 6; q--) {
    const index = sentences[q]!.index;
    const d = saidBy(cc, index) ?? (cx.bySentence.get(index) ?? []).find((m) => m.kind === 'pronoun' && quoteAt(cc, m.start) && firstPersonOf(cx.sentToks.get(index)![m.t0]!) && speakerOk(m.draft))?.draft;
    if (d) return d;
  }
  return undefined;
}

/**
 * A quotation that opens its paragraph and names no speaker goes on with the paragraph before, when that paragraph
 * closes on an attributed quotation ("…," Mr Kostakis said. ¶ "Our members are not going to …") or on reported
 * speech ("Kostakis said on Tuesday that the union was ready to talk. ¶ "We will not …""): its speaker's.
 */
function continuedSpeaker(cc: CorefContext, si: number, quote: Span, depth = 0): Draft | undefined {
  const { sentences } = cc;
  const para = sentences[si]!.paragraph;
  let first = si;
  while (first > 0 && sentences[first - 1]!.paragraph === para) first--;
  const prev = sentences[first - 1];
  if (!prev || prev.paragraph !== para - 1) return undefined;
  // (the quotation opens the paragraph)
  if (cc.cx.text.slice(sentences[first]!.start, quote[0]).replace(/["“”'‘\s]/g, '') !== '') return undefined;
  // (the paragraph before ends on a sentence that says who speaks; or it is itself a quotation that opens its
  // paragraph with no speaker of its own — a speech quoted over several paragraphs, each opening with a quotation
  // mark — and the speech goes on with the one before it)
  const said = saidBy(cc, prev.index);
  if (said || depth >= 4) return said;
  const open = quoteAt(cc, prev.start + 1);
  return open && (cc.cx.bySentence.get(prev.index) ?? []).every((m) => quoteAt(cc, m.start)) ? continuedSpeaker(cc, cc.sentences.indexOf(prev), open, depth + 1) : undefined;
}

/** "Merkel rejected new negotiations, telling parliament, “We will wait …”": the subject before the quote */
function subjectBeforeQuote(cc: CorefContext, si: number, quote: Span): Draft | undefined {
  const cur = cc.sentences[si]!;
  if (quote[0] < cur.start) return undefined;
  for (const m of cc.cx.bySentence.get(cur.index) ?? []) {
    if (m.start >= quote[0]) break;
    if ((m.draft.type === 'person' || m.draft.type === 'organization' || m.draft.type === 'country') && !m.venue && m.salient && !m.modifier) return m.draft;
  }
  return undefined;
}

/**
 * "said Orvane Freight chief executive Jonas Vell", "said Norland foreign minister Ilse Brandt": a body or country
 * named after the verb that begins a title before a person's name is the person's, and the person speaks
 */
function titledPerson(ts: readonly Token[], list: readonly DraftMention[], m: DraftMention): Draft | undefined {
  if (m.draft.type === 'person' || breaksAfter(ts[m.t1 - 1]!)) return undefined;
  for (const p of list) {
    if (p.draft.type !== 'person' || p.t0 <= m.t1 || p.t0 > m.t1 + 3) continue;
    const title = ts.slice(m.t1, p.t0);
    if (title.some((x) => breaksAfter(x) || !/^[a-z-]+$/i.test(x.text)) || !title.some((x) => ROLE.has(x.normal))) continue;
    return p.draft;
  }
  return undefined;
}

/** verbs of writing that frame a quotation like "said" ("X wrote: …", "…," X wrote in a letter) */
const WROTE = /^(?:wrote|writes)$/;
/** what a quotation may be read from: "a letter from X: …" */
const WRITTEN = /^(?:letter|message|note|email|e-mail|memo|statement|text)$/;

/**
 * "Tal read out a letter from Dunmore: "We will not …"": a letter, message or statement from X right before a colon
 * is X's, whoever reads it out — the quotation it introduces is X's (token `k` is "from")
 */
function writerOf(ts: readonly Token[], list: readonly DraftMention[], k: number): Draft | undefined {
  if (ts[k]!.normal !== 'from' || k === 0 || !WRITTEN.test(ts[k - 1]!.normal.replace(/s$/, ''))) return undefined;
  const m = list.find((x) => x.t0 === k + 1 || (x.t0 === k + 2 && ts[k + 1]!.normal === 'the'));
  return m && speakerOk(m.draft) && /^\s*:/.test(ts[m.t1 - 1]!.post) ? m.draft : undefined;
}

/**
 * "the agency quoted X as saying", "X was quoted as saying": the one quoted, whoever quotes (k: the token "quoted"),
 * else undefined
 */
function quotedAs(cc: CorefContext, ts: Token[], list: readonly DraftMention[], k: number): Draft | undefined {
  if (ts[k]!.normal !== 'quoted') return undefined;
  const asSaying = (j: number) => ts[j]?.normal === 'as' && /^(?:saying|having|telling|adding|stating)$/.test(ts[j + 1]?.normal ?? '');
  for (const m of list) {
    if (!speakerOk(m.draft) || m.venue || quoteAt(cc, m.start)) continue;
    // "quoted X as saying"
    if (m.t0 === k + 1 && asSaying(m.t1)) return m.draft;
    // "X was quoted as saying"
    if (m.t1 === k - 1 && /^(?:was|were|is|has been)$/.test(ts[k - 1]!.normal) && asSaying(k + 1)) return m.draft;
  }
  return undefined;
}

/** the subject of a reporting verb outside quotations in sentence `index` ("X said", "said X") */
function saidBy(cc: CorefContext, index: number): Draft | undefined {
  const { cx } = cc;
  const ts = cx.sentToks.get(index)!;
  const list = cx.bySentence.get(index) ?? [];
  for (let k = 0; k < ts.length; k++) {
    if (quoteAt(cc, ts[k]!.start)) continue;
    const writer = writerOf(ts, list, k);
    if (writer) return writer;
    const quoted = quotedAs(cc, ts, list, k);
    if (quoted) return quoted;
    if (!SAY.has(ts[k]!.normal) && !WROTE.test(ts[k]!.normal)) continue;
    for (const m of list) {
      if (!speakerOk(m.draft) || m.venue || quoteAt(cc, m.start)) continue;
      if (m.t0 === k + 1 || (m.t0 === k + 2 && ts[k + 1]!.normal === 'the')) return titledPerson(ts, list, m) ?? m.draft;
      if (m.t1 === k && !breaksAfter(ts[k - 1]!)) return m.draft;
      // "said Captain Maja Lindqvist", "said Chief Executive Ana Ruiz": a title of capitalised words before the name
      if (m.t0 > k + 1 && m.t0 <= k + 3 && ts.slice(k + 1, m.t0).every((x) => isCap(x.text) && ROLE.has(x.normal.replace(/\.$/, '')) && !breaksAfter(x))) return m.draft;
      // "the government's chief negotiator, Lucia Pardo, told reporters": a name set off by commas right before the verb
      if (m.t1 === k && m.t0 > 0 && /^\s*,\s*$/.test(ts[k - 1]!.post) && /^\s*,\s*$/.test(ts[m.t0 - 1]!.post)) return m.draft;
      // "Tal, for his part, said", "Tal, however, told reporters": a short aside between commas after the name
      if (m.t1 < k && k - m.t1 <= 5 && /^\s*,\s*$/.test(ts[m.t1 - 1]!.post) && /^\s*,\s*$/.test(ts[k - 1]!.post) && ts.slice(m.t1, k).every((x) => !x.tags.has('Verb') && !/[.;:!?]/.test(x.post)) && ts.slice(m.t1, k - 1).every((x) => !/,/.test(x.post))) return m.draft;
    }
    // a surname not yet marked ("…," said Dlamini)
    for (const x of [ts[k + 1], k > 0 && !breaksAfter(ts[k - 1]!) ? ts[k - 1] : undefined]) {
      const p = x && isCap(x.text) ? cc.names.surnames.get(tokenKey(x.text)) : undefined;
      if (p && cx.drafts.has(p.key) && !quoteAt(cc, x!.start)) return p;
    }
  }
  return undefined;
}

/**
 * ""Dunmore told us: 'We will not …'," Tal said": first person inside a quotation quoted within a quotation (single
 * marks opened after a colon or comma, not yet closed) is the inner quotation's speaker — the party that says or tells
 * right before it, inside the outer quotation — not the outer speaker
 */
function innerSpeaker(cc: CorefContext, index: number, quote: Span, pos: number): Draft | undefined {
  const text = cc.cx.text.slice(quote[0], pos);
  const open = Math.max(...[": '", ': ‘', ", '", ', ‘'].map((x) => text.lastIndexOf(x)));
  if (open < 0 || /[a-z.,!?][’'](?=[\s,.;:!?"”]|$)|‘|’(?=\W|$)/i.test(text.slice(open + 3).replace(/\b\w+['’](?:s|t|re|ve|ll|d|m)\b/gi, ''))) return undefined;
  const ts = cc.cx.sentToks.get(index) ?? [];
  const at = quote[0] + open;
  let best: Draft | undefined;
  for (const m of cc.cx.bySentence.get(index) ?? []) {
    const v = ts[m.t1];
    if (m.start > quote[0] && v && v.start < at && (SAY.has(v.normal) || WROTE.test(v.normal)) && speakerOk(m.draft)) best = m.draft;
  }
  return best;
}

/** the first-person pronouns found inside quotations become mentions of their speakers */
export function resolveFirstPerson(cc: CorefContext): void {
  for (const { si, i } of cc.firstPerson) {
    const s = cc.sentences[si]!;
    const toks = cc.cx.sentToks.get(s.index)!;
    const t = toks[i]!;
    const d = innerSpeaker(cc, s.index, quoteAt(cc, t.start)!, t.start) ?? speakerOf(cc, si, quoteAt(cc, t.start)!);
    if (d && (firstPersonOf(t) === 'we' || d.type === 'person')) cc.cx.mention(d, toks, i, i + 1, s.index, 'pronoun');
  }
}

/** "Press Statement by X", "Remarks by X", "Doorstep remarks by X", "Statement by the Spokesperson": a header naming who speaks */
const HEADER = /^(?:Press\s+|[A-Z][a-z]+(?:-[a-z]+)?\s+){0,2}(?:Statement|Remarks|Readout|Testimony|Op-Ed|Message|Address|Briefing)\b[^\n]{0,80}?\bby\s+/i;
/** who speaks from an offset on: a draft, 'question' for a questioner's turn */
interface Turn {
  start: number;
  speaker: Draft | 'question';
}

/** the person a label or header names: one already found with that last name, else a new person */
function personNamed(cc: CorefContext, words: string[], at: number): Draft | undefined {
  const { cx } = cc;
  const last = tokenKey(words.at(-1)!);
  const person =
    cx.ofType('person').find((p) => tokenKey(p.name.split(/\s+/).at(-1)!) === last && (words.length === 1 || p.name.split(/\s+/).length >= words.length)) ??
    cc.names.surnames.get(last) ??
    // (a family name written first: "KANG" for Kang Se-ryun)
    (words.length === 1 ? cx.ofType('person').find((p) => tokenKey(p.name.split(/\s+/)[0]!) === last && p.name.split(/\s+/).length > 1) : undefined);
  if (person && cx.drafts.has(person.key)) return person;
  // not found by the earlier passes (a label in capitals): a person of its own, mentioned where the label names it
  const name = words.map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(' ');
  const d = cx.draft(`person:${words.map(tokenKey).join(' ')}`, () => ({ name, type: 'person', affiliation: null }));
  for (const [si, toks] of cx.sentToks) {
    const k = toks.findIndex((t) => t.start === at);
    if (k < 0) continue;
    // (to the token that ends the name: "Ansgar-Moll" may be two tokens)
    const end = at + cx.text.slice(at).indexOf(words.at(-1)!) + words.at(-1)!.length;
    let k1 = k + 1;
    while (k1 < toks.length && toks[k1]!.start < end) k1++;
    cx.mention(d, toks, k, k1, si, 'name');
    break;
  }
  return d;
}

/**
 * The person a header's tail names: its last two or three capitalised words ("by Antony J. Blinken"), or, when the
 * tail goes on with a title, a place or a date, the part between commas that is two or three capitalised words and
 * no title ("by Kaldera's Foreign Minister, Fredrik Ansgar-Moll, Brussels, 9 December").
 */
function headerName(tail: string): { words: string[]; at: number } | undefined {
  const NAME = /^((?:[A-Z][\w'’-]+\s+)(?:[A-Z][\w'’-]+\s+|[A-Z]\.\s+)?[A-Z][\w'’-]+)$/;
  const end = /(?:^|\s)((?:[A-Z][\w'’-]+\s+)(?:[A-Z][\w'’-]+\s+|[A-Z]\.\s+)?[A-Z][\w'’-]+)\s*$/.exec(tail);
  if (end) return { words: end[1]!.split(/\s+/), at: end.index + end[0].indexOf(end[1]!) };
  let at = 0;
  for (const part of tail.split(',')) {
    const t = part.trim();
    if (NAME.test(t) && !t.split(/\s+/).some((w) => ROLE.has(w.toLowerCase()) || /['’]s$/.test(w))) return { words: t.split(/\s+/), at: at + part.indexOf(t) };
    at += part.length + 1;
  }
  return undefined;
}

/** The author of a statement: the person or organisation its header names ("Statement by X"), if any. */
export function statementAuthor(cc: CorefContext): Draft | undefined {
  const h = headerSpeaker(cc);
  return h && h.speaker !== 'question' ? h.speaker : undefined;
}

/** the header's speaker: the first person or organisation named after "by" in the document's first sentences */
function headerSpeaker(cc: CorefContext): Turn | undefined {
  for (const s of cc.sentences.slice(0, 3)) {
    const m = HEADER.exec(s.text);
    if (!m) continue;
    const from = s.start + m[0].length;
    const o = (cc.cx.bySentence.get(s.index) ?? []).find((x) => x.start >= from && (x.draft.type === 'person' || x.draft.type === 'organization'));
    const tail = cc.cx.text.slice(from, s.end);
    // "by Kaldera's Foreign Minister, Fredrik Ansgar-Moll": the office named first is the person named after it
    const titled = o && o.draft.type === 'person' && o.kind !== 'name' ? headerName(tail) : undefined;
    if (o && titled && o.start - from < tail.indexOf(titled.words[0]!)) {
      const d = personNamed(cc, titled.words, from + titled.at);
      if (d && d !== o.draft) {
        d.affiliation ??= o.draft.affiliation;
        for (const r of o.draft.roles) d.roles.add(r);
        cc.cx.absorbAsDescription(o.draft, d);
        cc.cx.drafts.delete(o.draft.key);
        return { start: 0, speaker: d };
      }
    }
    if (o) return { start: 0, speaker: o.draft };
    // (a header is a headline, where the earlier passes name no people): its last two or three capitalised words
    if (/^the\s/i.test(tail)) continue;
    const named = headerName(tail);
    if (!named) continue;
    const d = personNamed(cc, named.words, from + named.at);
    // "Remarks by Peru's Foreign Minister X": the country named before the name
    const c = (cc.cx.bySentence.get(s.index) ?? []).find((x) => x.start >= from && x.draft.type === 'country');
    if (d && !d.affiliation && c) d.affiliation = c.draft.key;
    // ("Statement by X / Head of U.S. Delegation"): the country of the header's next lines
    if (d && !d.affiliation) d.affiliation = headerCountry(cc, s.index + 1)?.key ?? null;
    if (d) return { start: 0, speaker: d };
  }
  return signatureSpeaker(cc);
}

/**
 * The country a statement's header block names from sentence `index` on, in its title-like lines:
 * "Head of U.S. Delegation", the place line "Washington, DC" (a capital stands for its government).
 */
function headerCountry(cc: CorefContext, index: number): Draft | undefined {
  for (const s of cc.sentences) {
    if (s.index < index) continue;
    if (!s.headline) break;
    const c = (cc.cx.bySentence.get(s.index) ?? []).find((x) => x.draft.type === 'country' || (x.draft.type === 'location' && x.draft.gazId));
    if (c) return c.draft;
  }
  return undefined;
}

/**
 * a statement's header without "by": "Press Statement", "Remarks" on a line of its own; the office's kind of briefing
 * before it ("Department Press Briefing", "Daily Press Briefing") and a date after a dash ("… - October 20, 2026") too
 */
const BARE_HEADER =
  /^(?:(?:Department|Daily|Regular|Weekly|Special|Background|Joint|Virtual|Noon)\s+)?(?:Press\s+)?(?:Statement|Remarks|Readout|Testimony|Message|Briefing|Media\s+Note|Press\s+Release)(?:\s+[-–—]\s+[^\n]{1,40})?\s*$/im;
/** a by-line of its own under such a header: "Richard Boucher, Spokesman", "Ana Ruiz, Deputy Spokesperson" */
const SIGNATURE = /^((?:[A-Z][\w'’-]+\s+)(?:[A-Z]\.\s+)?(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+),\s+(?:the\s+)?([A-Z][\w'’-]*)[^\n,]{0,60}$/m;

/** the person a statement's by-line names under a bare header ("Press Statement / Richard Boucher, Spokesman") */
function signatureSpeaker(cc: CorefContext): Turn | undefined {
  const top = cc.sentences.slice(0, 6);
  if (!top.some((s) => BARE_HEADER.test(s.text))) return undefined;
  for (const s of top) {
    for (const line of s.text.split('\n')) {
      const m = SIGNATURE.exec(line.trim());
      if (!m || !ROLE.has(m[2]!.toLowerCase())) continue;
      const at = s.start + s.text.indexOf(m[1]!);
      const d = personNamed(cc, m[1]!.split(/\s+/), at);
      if (d) {
        d.roles.add(m[2]!.toLowerCase());
        if (!d.affiliation) d.affiliation = headerCountry(cc, s.index)?.key ?? null;
        return { start: 0, speaker: d };
      }
    }
  }
  return undefined;
}

/** the speaker turns of a document: a header's speaker from the start, then each labelled paragraph's */
function turns(cc: CorefContext, author: Draft | undefined): Turn[] {
  const out: Turn[] = [];
  if (author) out.push({ start: 0, speaker: author });
  let para = -1;
  let prev: (typeof cc.sentences)[number] | undefined;
  /** the turn a paragraph of speech introduced by "she said:" interrupts, restored after it */
  let restore: Turn['speaker'] | undefined;
  for (const s of cc.sentences) {
    const last = prev;
    prev = s;
    if (s.paragraph === para) continue;
    para = s.paragraph;
    const m = LABEL.exec(s.text);
    if (restore) {
      if (!m) out.push({ start: s.start, speaker: restore });
      restore = undefined;
    }
    // "Asked whether she would drop the toll, she said: ¶ We'll sit down with anyone …": a paragraph of speech set
    // off by a reporting verb and a colon is its speaker's
    const introduced = !m && last && last.paragraph === para - 1 && /:\s*$/.test(last.text) ? introducer(cc, last.index) : undefined;
    if (introduced) {
      restore = out.at(-1)?.speaker ?? 'question';
      out.push({ start: s.start, speaker: introduced });
      continue;
    }
    if (!m) {
      // a bare label of a person the text names: "CASTELLANO: …" after "Mayor Yvonne Castellano"
      const bare = bareLabelName(cc.cx.text, s.text);
      const d = bare ? personNamed(cc, bare.split(/\s+/), s.start) : undefined;
      if (d) out.push({ start: s.start, speaker: d });
      continue;
    }
    if (m[3] || m[4]) out.push({ start: s.start, speaker: 'question' });
    else {
      const d = personNamed(cc, m[2]!.split(/\s+/), s.start + m[0].indexOf(m[2]!));
      if (d) out.push({ start: s.start, speaker: d });
    }
  }
  return out;
}

/** verbs of speaking that introduce a paragraph of speech after a colon ("Salas has been speaking outside parliament:") */
const SPEAKING = /^(?:speak|speaks|speaking|spoke|say|says|said|told|tells|added|wrote|writes|posted|tweeted)$/;

/** who a sentence ending on a colon introduces as speaking: "she said:", "X told reporters:", "X has been speaking …:" */
function introducer(cc: CorefContext, index: number): Draft | undefined {
  const by = saidBy(cc, index);
  if (by) return by;
  const ts = cc.cx.sentToks.get(index) ?? [];
  if (!ts.some((t) => SPEAKING.test(t.normal))) return undefined;
  const first = (cc.cx.bySentence.get(index) ?? []).find((x) => !quoteAt(cc, x.start));
  return first && (first.draft.type === 'person' || first.draft.type === 'organization') && first.t0 <= 1 ? first.draft : undefined;
}

/** first person outside quotations → the speaker of its statement or transcript turn */
export function resolveStatementSpeakers(cc: CorefContext): void {
  if (!cc.firstPersonOutside.length) return;
  const ts = turns(cc, cc.author);
  if (!ts.length) return;
  for (const { si, i } of cc.firstPersonOutside) {
    const s = cc.sentences[si]!;
    const toks: Token[] = cc.cx.sentToks.get(s.index)!;
    const t = toks[i]!;
    let turn: Turn | undefined;
    for (const x of ts) if (x.start <= t.start) turn = x;
    if (!turn || turn.speaker === 'question') continue;
    const d = turn.speaker;
    const group = d.type === 'person' && d.affiliation ? cc.cx.draftOf(d.affiliation) : undefined;
    const who = firstPersonOf(t) === 'we' ? (group && (group.type === 'country' || group.type === 'organization') ? group : d) : d.type === 'person' ? d : undefined;
    if (who) cc.cx.mention(who, toks, i, i + 1, s.index, 'pronoun');
  }
}
