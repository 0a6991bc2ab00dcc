/**
 * The state the passes of the actors stage share, as one typed object: the drafts of
 * actors found so far, their mentions by sentence, the acronyms a document introduces,
 * and each sentence's tokens and covered tokens.
 */
import type { ActorType, MentionKind } from '../../schema/output.js';
import { tokenKey, type CompiledGazetteer } from '../../actors/gazetteer.js';
import type { ParsedSentence, Token } from '../types.js';
import type { Span } from '../quotes.js';
import { wordEnd } from './tokens.js';

export type Gender = 'm' | 'f' | undefined;

/** An actor being built: merged, renamed and retyped by the passes before it becomes an ActorRecord. */
export interface Draft {
  key: string;
  gazId?: string;
  name: string;
  type: ActorType;
  /** draft key of the affiliation */
  affiliation: string | null;
  gender: Gender;
  roles: Set<string>;
  /** last word of an organisation or group name ("union", "rebels") */
  head: string;
  mentions: DraftMention[];
  order: number;
  /** found only by its shape as an acting name (unknown.ts): may yet turn out to be a person's surname */
  guessed?: boolean;
  /** named by a statement's header as its speaker ("Statement by X") */
  author?: boolean;
}

export interface DraftMention {
  draft: Draft;
  start: number;
  end: number;
  sentence: number;
  kind: MentionKind;
  /** a place after in/at/near… */
  venue: boolean;
  /** a modifier of another name ("from the Stimson Center"): a poor antecedent */
  salient: boolean;
  /** hyphened to a participle, it only modifies the noun after it ("a Vesk-based drugmaker"): no antecedent at all */
  modifier?: boolean;
  /** token range in its sentence */
  t0: number;
  t1: number;
}

/** A person found in a sentence whose affiliation is read once the sentence is scanned. */
export interface PendingPerson {
  draft: Draft;
  /** token index where the title/role phrase (if any) starts, else the name start */
  titleStart: number;
  nameStart: number;
  nameEnd: number;
}

type DraftInit = Omit<Draft, 'key' | 'mentions' | 'order' | 'roles' | 'gender' | 'head'> & Partial<Draft>;

/** The document-wide context of the actors stage. */
export class ActorContext {
  drafts = new Map<string, Draft>();
  order = 0;
  /** per-document acronyms introduced in parentheses → draft key */
  acronyms = new Map<string, string>();
  /** mentions per sentence (kept sorted by start) */
  bySentence = new Map<number, DraftMention[]>();
  /** the tokens of each scanned sentence (by sentence index), separators joined */
  sentToks = new Map<number, Token[]>();
  /** per sentence: 1 for each token inside a mention */
  covered = new Map<number, Uint8Array>();
  /** the place of the first dateline ("BRACKWATER, June 3 -" → "Brackwater"), for "the city" (unnamed.ts) */
  dateline: string | undefined;

  constructor(
    readonly text: string,
    readonly parsed: ParsedSentence[],
    readonly gaz: CompiledGazetteer,
    readonly quotes: Span[],
  ) {}

  draft(key: string, init: () => DraftInit): Draft {
    let d = this.drafts.get(key);
    if (!d) {
      const base = init();
      d = { gender: undefined, roles: new Set(), head: '', ...base, key, mentions: [], order: this.order++ };
      this.drafts.set(key, d);
    }
    return d;
  }

  /** the draft an affiliation key names: a draft of this document, else a gazetteer entry's ("gz:USA") */
  draftOf(key: string): Draft | undefined {
    return this.drafts.get(key) ?? (key.startsWith('gz:') && this.gaz.byId.has(key.slice(3)) ? this.gazDraft(key.slice(3)) : undefined);
  }

  gazDraft(id: string): Draft {
    const e = this.gaz.byId.get(id)!;
    return this.draft(`gz:${id}`, () => ({
      gazId: id,
      name: e.name,
      type: e.type,
      affiliation: e.affiliation ? `gz:${e.affiliation}` : null,
      head: tokenKey(e.name.split(/\s+/).pop() ?? ''),
    }));
  }

  mention(d: Draft, toks: Token[], t0: number, t1: number, sentence: number, kind: MentionKind, venue = false): DraftMention {
    const start = toks[t0]!.start;
    const end = wordEnd(toks[t1 - 1]!);
    const m: DraftMention = { draft: d, start, end, sentence, kind, venue, salient: true, t0, t1 };
    d.mentions.push(m);
    let list = this.bySentence.get(sentence);
    if (!list) this.bySentence.set(sentence, (list = []));
    let k = list.length;
    while (k > 0 && list[k - 1]!.start > start) k--;
    list.splice(k, 0, m);
    return m;
  }

  /** `from`'s mentions move to `to`, and `from` is dropped */
  moveMentions(from: Draft, to: Draft): void {
    for (const m of from.mentions) {
      m.draft = to;
      to.mentions.push(m);
    }
    from.mentions = [];
    to.order = Math.min(to.order, from.order);
    this.drafts.delete(from.key);
    // (a party that belonged to the merged draft belongs to the one it joins: "Union president X" … "the Halden Teachers Union")
    for (const d of this.drafts.values()) if (d.affiliation === from.key && d !== to) d.affiliation = to.key;
  }

  /** `from`'s mentions become descriptions of `to` ("the Carter administration" of the U.S., "the rebels" of a named group) */
  absorbAsDescription(from: Draft, to: Draft): void {
    for (const m of from.mentions) to.mentions.push({ ...m, draft: to, kind: m.kind === 'pronoun' ? 'pronoun' : 'description' });
    from.mentions.length = 0;
  }

  /** drafts of one type, in creation order */
  ofType(type: ActorType): Draft[] {
    return [...this.drafts.values()].filter((d) => d.type === type);
  }
}
