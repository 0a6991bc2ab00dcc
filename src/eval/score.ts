/**
 * Scoring predicted cues against gold cues, exactly as the spec defines it:
 * a predicted cue matches a gold cue when the types are equal and the spans
 * overlap; each gold cue matches at most one predicted cue; optional gold cues
 * are neither rewarded nor punished (a prediction that matches one is not an
 * extra). Once for type-and-span, once also requiring the holder: a predicted
 * holder matches when its canonical name, or its affiliation's, is in the gold
 * list or is an alias (pronouns aside) of a gold document actor whose name is in
 * the list (case-insensitive); a cue that lists conjoined holders (`holders`)
 * matches when any of them does.
 */
import type { Cue, CueType, StanceDocument } from '../schema/output.js';
import { CUE_TYPES } from '../schema/output.js';
import { evidenceSpan, type GoldDoc, type GoldCue } from './gold.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface DocScore {
  id: string;
  span: Record<CueType, Counts>;
  holder: Record<CueType, Counts>;
  misses: { mode: 'span' | 'holder'; gold: GoldCue; predictedHolder?: string | null }[];
  extras: { mode: 'span' | 'holder'; cue: Cue; holderName: string | null }[];
  missingEvidence: GoldCue[];
}

const zero = (): Record<CueType, Counts> => ({
  engagement: { tp: 0, fp: 0, fn: 0 },
  refusal: { tp: 0, fp: 0, fn: 0 },
  condition: { tp: 0, fp: 0, fn: 0 },
});

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Pronouns are not names: a gold alias "it" or "they" never makes a holder match. */
const PRONOUNS = new Set([
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'he', 'him', 'his',
  'she', 'her', 'hers', 'it', 'its', 'they', 'them', 'their', 'theirs',
]);
/** "US" (all capitals) is an abbreviation, "us" and "Us" a pronoun; "I" is always the pronoun. */
const isPronoun = (alias: string): boolean =>
  PRONOUNS.has(alias.toLowerCase()) && (alias === 'I' || alias !== alias.toUpperCase());

/**
 * The names that satisfy a gold holder list: the listed names, and the aliases
 * (pronouns aside) of every gold document actor whose name is listed. Lower-cased.
 */
export function acceptedHolderNames(gold: GoldDoc, listed: readonly string[]): Set<string> {
  const names = new Set(listed.map((h) => h.toLowerCase()));
  const out = new Set(names);
  for (const actor of gold.actors) {
    if (!names.has(actor.name.toLowerCase())) continue;
    for (const alias of actor.aliases) if (!isPronoun(alias)) out.add(alias.toLowerCase());
  }
  return out;
}

/** The actor ids a predicted cue offers as its holder: `holders` (conjuncts) when given, else `holder`. */
function holderIds(cue: Cue): string[] {
  const conjuncts = (cue as Cue & { holders?: string[] }).holders;
  if (conjuncts && conjuncts.length) return cue.holder && !conjuncts.includes(cue.holder) ? [cue.holder, ...conjuncts] : conjuncts;
  return cue.holder ? [cue.holder] : [];
}

/** Names a predicted holder answers to: its canonical name and its affiliation's. */
function holderNames(doc: StanceDocument, id: string | null): string[] {
  if (!id) return [];
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const out: string[] = [];
  let a = byId.get(id);
  const seen = new Set<string>();
  while (a && !seen.has(a.id)) {
    seen.add(a.id);
    out.push(a.name.toLowerCase());
    a = a.affiliation ? byId.get(a.affiliation) : undefined;
  }
  return out;
}

export function scoreDoc(gold: GoldDoc, doc: StanceDocument): DocScore {
  const score: DocScore = { id: gold.id, span: zero(), holder: zero(), misses: [], extras: [], missingEvidence: [] };
  const golds = gold.cues
    .map((g) => ({ g, span: evidenceSpan(gold.text, g) }))
    .filter((x): x is { g: GoldCue; span: [number, number] } => {
      if (!x.span) score.missingEvidence.push(x.g);
      return !!x.span;
    });
  for (const mode of ['span', 'holder'] as const) {
    const counts = score[mode];
    const used = new Set<number>();
    const holderOk = (cue: Cue, g: GoldCue) => {
      if (mode === 'span') return true;
      const wanted = acceptedHolderNames(gold, g.holder);
      return holderIds(cue).some((id) => holderNames(doc, id).some((n) => wanted.has(n)));
    };
    const matchOne = (g: GoldCue, span: [number, number]): number => {
      let best = -1;
      let bestOverlap = 0;
      doc.cues.forEach((c, i) => {
        if (used.has(i) || c.type !== g.type || !holderOk(c, g)) return;
        const overlap = Math.min(c.end, span[1]) - Math.max(c.start, span[0]);
        if (overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      });
      return best;
    };
    // required gold cues first, then optional ones soak up what they match
    for (const { g, span } of golds.filter((x) => !x.g.optional)) {
      const i = matchOne(g, span);
      if (i >= 0) {
        used.add(i);
        counts[g.type].tp++;
      } else {
        counts[g.type].fn++;
        const near = doc.cues.find((c) => c.type === g.type && c.start < span[1] && c.end > span[0]);
        score.misses.push({ mode, gold: g, ...(near ? { predictedHolder: near.holder } : {}) });
      }
    }
    for (const { g, span } of golds.filter((x) => x.g.optional)) {
      const i = matchOne(g, span);
      if (i >= 0) used.add(i);
    }
    doc.cues.forEach((c, i) => {
      if (used.has(i)) return;
      counts[c.type].fp++;
      score.extras.push({ mode, cue: c, holderName: holderNames(doc, c.holder)[0] ?? null });
    });
  }
  return score;
}

export interface Report {
  documents: number;
  span: Record<CueType | 'overall', Prf>;
  holder: Record<CueType | 'overall', Prf>;
}

export function report(scores: DocScore[]): Report {
  const sum = (mode: 'span' | 'holder') => {
    const out = {} as Record<CueType | 'overall', Prf>;
    const all: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const t of CUE_TYPES) {
      const c: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const s of scores) {
        c.tp += s[mode][t].tp;
        c.fp += s[mode][t].fp;
        c.fn += s[mode][t].fn;
      }
      all.tp += c.tp;
      all.fp += c.fp;
      all.fn += c.fn;
      out[t] = prf(c);
    }
    out.overall = prf(all);
    return out;
  };
  return { documents: scores.length, span: sum('span'), holder: sum('holder') };
}
