/**
 * The explain view: the article as text, each cue's trigger highlighted in its
 * type's colour, and under each sentence that holds cues one line per cue.
 *
 *   Norland rejects talks
 *   news.jsonl:1 · 2026-03-10 · https://example.org/a1
 *
 *    1  Norland [refusal: refused to negotiate with] Vesk on Monday.
 *         refusal  Norland → Vesk  engagement.engage-with
 *
 *    2  The Veskan foreign minister said Vesk was [engagement: ready to talk]
 *       [condition: if Norland withdrew] its troops.
 *         engagement  Vesk → Norland  engagement.willing-to-engage
 *         condition   Vesk → Norland  condition.if-condition  if: Norland withdrew its troops
 *
 * With colour the trigger is bold in its type's colour (green engagement, red
 * refusal, yellow condition) and actors' mentions are underlined; without
 * colour (a pipe, NO_COLOR, --no-color) the trigger is written
 * `[type: trigger]` and mentions are not marked. Every line fits in `width`
 * columns (display width); nothing moves the cursor, so the output pages well
 * (`stance explain --color a.txt | less -R`).
 *
 * With a filter (--type, --holder, --rule) only the sentences that hold a kept
 * cue are shown, and a document with none is left out: what a rule author
 * needs to see a rule's hits over a folder.
 */
import type { ChalkInstance } from 'chalk';
import type { Cue, CueType, Mention, OutputRecord, Sentence, StanceDocument } from '../schema/output.js';
import { documentHeading, truncate, wrap } from './table.js';
import { StyledText, wrapRanges, wrapStyled, type Paint } from './styled.js';
import stringWidth from 'string-width';

export interface ExplainOptions {
  chalk: ChalkInstance;
  width: number;
}

const TYPES: CueType[] = ['engagement', 'refusal', 'condition'];
// style indices: 0 plain, 1 mention, 2.. trigger of TYPES[i - 2], then 5 a headline, 6 a duplicate
const MENTION = 1;
const trigger = (t: CueType) => 2 + TYPES.indexOf(t);
const HEADLINE = 5;
const DUPLICATE = 6;

function paints(chalk: ChalkInstance): Paint[] {
  const id = (s: string) => s;
  if (chalk.level === 0) return [id, id, id, id, id, id, id];
  return [id, chalk.underline, chalk.bold.green, chalk.bold.red, chalk.bold.yellow, chalk.bold, chalk.dim];
}

export function typePaint(chalk: ChalkInstance, t: CueType): Paint {
  return t === 'engagement' ? chalk.green : t === 'refusal' ? chalk.red : chalk.yellow;
}

/** The sentence as styled text: triggers marked, mentions underlined. */
function sentenceText(s: Sentence, cues: Cue[], mentions: readonly Mention[], bracket: boolean): StyledText {
  const out = new StyledText();
  const base = s.duplicateOf !== null ? DUPLICATE : s.headline ? HEADLINE : 0;
  const cuts = new Set([s.start, s.end]);
  for (const c of cues) cuts.add(Math.max(s.start, c.start)).add(Math.min(s.end, c.end));
  for (const m of mentions) cuts.add(Math.max(s.start, m.start)).add(Math.min(s.end, m.end));
  const points = [...cuts].filter((p) => p >= s.start && p <= s.end).sort((a, b) => a - b);
  let open: Cue | undefined;
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k]!, points[k + 1]!];
    const cue = cues.find((c) => c.start <= a && c.end >= b);
    if (open && cue !== open && bracket) out.add(']', trigger(open.type));
    if (cue && cue !== open && bracket) out.add(`[${cue.type}: `, trigger(cue.type));
    open = cue;
    const inMention = mentions.some((m) => m.start <= a && m.end >= b);
    out.add(s.text.slice(a - s.start, b - s.start), cue ? trigger(cue.type) : inMention ? MENTION : base);
  }
  if (open && bracket) out.add(']', trigger(open.type));
  return out;
}

/** One line (wrapped, hanging indent) per cue: type, holder → target, rule, condition. */
function cueLines(c: Cue, chalk: ChalkInstance, indent: number, w: number): string[] {
  const who = `${c.holderName ?? '?'}${c.targetName ? ` → ${c.targetName}` : ''}`;
  const extras = [c.time === 'past' ? 'past' : '', c.negated ? 'negated' : '', c.modality !== 'asserted' ? c.modality : ''].filter(Boolean);
  const plain = [c.type.padEnd(10), who, c.rule, ...(extras.length ? [`(${extras.join(', ')})`] : []), ...(c.condition ? [`if: ${c.condition.text}`] : [])].join('  ');
  const pad = ' '.repeat(indent);
  const lines = wrapRanges(plain.replace(/\s*[\r\n]+\s*/g, ' '), Math.max(8, w - indent - 2)).map(([a, b], i) => (i ? '  ' : '') + plain.slice(a, b));
  return lines.map((l, i) => {
    if (i === 0 && chalk.level > 0) return pad + typePaint(chalk, c.type)(l.slice(0, 10)) + chalk.dim(l.slice(10));
    return pad + (chalk.level > 0 ? chalk.dim(l) : l);
  });
}

function documentHead(doc: StanceDocument, chalk: ChalkInstance, w: number): string[] {
  const heading = documentHeading(doc);
  const lines = wrap(heading, w).map((l) => chalk.bold(l));
  const where = [heading === doc.source ? undefined : doc.source, doc.date, doc.url].filter((x): x is string => !!x).join(' · ');
  if (where) lines.push(chalk.dim(truncate(where.replace(/\s+/g, ' '), w)));
  lines.push('');
  return lines;
}

/** The explain view of one record. */
export function formatExplain(record: OutputRecord, { chalk, width }: ExplainOptions): string {
  const w = Math.max(24, Math.floor(width) || 80);
  if ('error' in record) return `${chalk.red('error')} ${truncate(`${record.source}: ${record.error.message}`.replace(/\s+/g, ' '), w - 6)}\n`;
  const doc = record;
  const filtered = !!doc.filter;
  if (filtered && !doc.cues.length) return '';
  const bySentence = new Map<number, Cue[]>();
  for (const c of doc.cues) {
    const l = bySentence.get(c.sentence);
    if (l) l.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  const mentionsIn = new Map<number, Mention[]>();
  for (const a of doc.actors)
    for (const m of a.mentions) {
      const l = mentionsIn.get(m.sentence);
      if (l) l.push(m);
      else mentionsIn.set(m.sentence, [m]);
    }
  const numW = String(doc.sentences.length).length;
  const gutter = numW + 3;
  const textW = w - gutter;
  const pal = paints(chalk);
  const lines = documentHead(doc, chalk, w);
  let para = -1;
  let flowing: StyledText | undefined;
  const flush = () => {
    if (flowing?.text) for (const l of wrapStyled(flowing, textW, pal)) lines.push(' '.repeat(gutter) + l);
    flowing = undefined;
  };
  for (const s of doc.sentences) {
    const cues = bySentence.get(s.index) ?? [];
    if (filtered && !cues.length) continue;
    if (s.paragraph !== para) {
      flush();
      if (para >= 0) lines.push('');
      para = s.paragraph;
    }
    const st = sentenceText(s, cues, mentionsIn.get(s.index) ?? [], chalk.level === 0);
    if (!cues.length) {
      (flowing ??= new StyledText()).append(st);
      continue;
    }
    flush();
    const num = String(s.index + 1).padStart(numW + 1);
    wrapStyled(st, textW, pal).forEach((l, i) => lines.push((i ? ' '.repeat(gutter) : chalk.dim(num) + '  ') + l));
    for (const c of cues) lines.push(...cueLines(c, chalk, gutter + 2, w));
    if (filtered) lines.push('');
  }
  flush();
  return lines.join('\n').replace(/\n+$/, '') + '\n\n';
}

/** Widest line of a rendered view, without escape codes (for tests). */
// eslint-disable-next-line no-control-regex
export const widest = (s: string): number => Math.max(0, ...s.split('\n').map((l) => stringWidth(l.replace(/\u001b\[[0-9;]*m/g, ''))));
