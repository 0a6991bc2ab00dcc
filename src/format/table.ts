/**
 * The table view, for a person at a terminal.
 *
 *   China Engages in U.S. Trade Talks While Maintaining Firm Stance
 *   fixtures/seed.txt
 *
 *     #  holder → target             type        trigger in context
 *     1  China → United States       engagement  …China has agreed to enter trade discussions with…
 *     2  Chinese officials → Unite…  refusal     …stated they would not negotiate under coercive…
 *
 *   actor              eng ref cond  stance
 *   China                3   1    2  engages, with refusals, on conditions
 *
 *   17 sentences (5 duplicates skipped) · 12 actors · 13 cues: 6 engagement, 3 refusal, 4 condition
 *
 * Every width is a display width measured with string-width (CJK characters
 * take two columns, emoji sequences two, combining marks none), never
 * `.length`; text is cut on grapheme boundaries, so no line is wider than
 * `width`. Colour comes only from the chalk instance passed in: at level 0 the
 * output has no escape codes and the trigger is marked with [brackets] instead.
 */
import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { Cue, CueType, OutputRecord, StanceDocument } from '../schema/output.js';

export interface TableOptions {
  chalk: ChalkInstance;
  /** terminal columns; every line of the result fits in it */
  width: number;
}

const GAP = '  ';
/** Narrowest width we lay out for; below it lines are still cut to `width`. */
const MIN_WIDTH = 20;
/** Below this many columns for the context, findings are stacked on two lines. */
const MIN_CONTEXT = 24;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Control characters (C0, DEL, C1) would move the cursor or start escape sequences: never print them. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** One line of display text: controls and runs of white space become one space. */
function clean(s: string): string {
  return s.replace(CONTROL, ' ').replace(/\s+/g, ' ');
}

/** Display width (columns) of a string without escape codes. */
const width = (s: string): number => stringWidth(s);

/** The longest prefix of `s` whose display width is at most `max`. */
function headFit(s: string, max: number): string {
  let out = '';
  let w = 0;
  for (const { segment } of segmenter.segment(s)) {
    const sw = stringWidth(segment);
    if (w + sw > max) break;
    out += segment;
    w += sw;
  }
  return out;
}

/** The longest suffix of `s` whose display width is at most `max`. */
function tailFit(s: string, max: number): string {
  const segs = [...segmenter.segment(s)].map((x) => x.segment);
  let out = '';
  let w = 0;
  for (let i = segs.length - 1; i >= 0; i--) {
    const sw = stringWidth(segs[i]!);
    if (w + sw > max) break;
    out = segs[i]! + out;
    w += sw;
  }
  return out;
}

/** `s` cut to at most `max` columns, ending in … when cut. */
export function truncate(s: string, max: number): string {
  if (max <= 0) return '';
  if (stringWidth(s) <= max) return s;
  return headFit(s, max - 1) + '…';
}

/** `s` cut from the left to at most `max` columns, starting with … when cut. */
function truncateStart(s: string, max: number): string {
  if (max <= 0) return '';
  if (stringWidth(s) <= max) return s;
  return '…' + tailFit(s, max - 1);
}

/** Pad (or cut) plain text to exactly `w` columns. */
function pad(s: string, w: number, align: 'left' | 'right' = 'left'): string {
  const t = truncate(s, w);
  const fill = ' '.repeat(Math.max(0, w - stringWidth(t)));
  return align === 'left' ? t + fill : fill + t;
}

/** Word-wrap plain text to lines of at most `max` columns (a word wider than that is cut). */
export function wrap(s: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of clean(s).trim().split(' ')) {
    if (!word) continue;
    const candidate = line ? `${line} ${word}` : word;
    if (stringWidth(candidate) <= max) {
      line = candidate;
      continue;
    }
    if (line) out.push(line);
    line = stringWidth(word) <= max ? word : truncate(word, max);
  }
  if (line) out.push(line);
  return out;
}

/** After a cut at the start ("…ding the talks"), drop the partial first word ("… the talks"). */
function wordStart(s: string): string {
  if (!s.startsWith('…')) return s;
  const sp = s.indexOf(' ');
  return sp > 0 ? '…' + s.slice(sp) : s;
}

/** After a cut at the end ("the tal…"), drop the partial last word ("the …"). */
function wordEnd(s: string): string {
  if (!s.endsWith('…')) return s;
  const sp = s.lastIndexOf(' ', s.length - 2);
  return sp >= 0 ? s.slice(0, sp + 1) + '…' : s;
}

export interface ContextParts {
  before: string;
  trigger: string;
  after: string;
}

/**
 * A window of `sentence` around the trigger [start, end) (offsets into the
 * sentence) that fits in `max` columns: the trigger whole if it fits, with as
 * much context on each side as there is room for, elided with ….
 */
export function contextWindow(sentence: string, start: number, end: number, max: number): ContextParts {
  let before = clean(sentence.slice(0, start)).trimStart();
  let trigger = clean(sentence.slice(start, end)).trim();
  let after = clean(sentence.slice(end)).trimEnd();
  const tw = stringWidth(trigger);
  if (tw >= max) return { before: '', trigger: truncate(trigger, max), after: '' };
  const room = max - tw;
  const bw = stringWidth(before);
  const aw = stringWidth(after);
  // 45% of the room goes before the trigger, the rest after; unused room on one side goes to the other
  let left = Math.min(bw, Math.floor(room * 0.45));
  let right = Math.min(aw, room - left);
  left = Math.min(bw, room - right);
  before = wordStart(truncateStart(before, left));
  after = wordEnd(truncate(after, right));
  return { before, trigger, after };
}

const TYPE_LABEL: Record<CueType, string> = { engagement: 'engagement', refusal: 'refusal', condition: 'condition' };
const TYPE_WIDTH = Math.max(...Object.values(TYPE_LABEL).map((s) => s.length));

function typeColour(chalk: ChalkInstance, type: CueType): (s: string) => string {
  return type === 'engagement' ? chalk.green : type === 'refusal' ? chalk.red : chalk.yellow;
}

/** The text that heads a document: its headline sentence, else the title, else the source. */
export function documentHeading(doc: StanceDocument): string {
  const headline = doc.sentences.find((s) => s.headline && s.duplicateOf === null && !s.boilerplate);
  return clean(headline?.text ?? doc.title ?? doc.source).trim() || doc.source;
}

function holderLabel(cue: Cue, names: Map<string, string>): string {
  const holder = cue.holder ? (names.get(cue.holder) ?? cue.holder) : '?';
  const target = cue.target ? (names.get(cue.target) ?? cue.target) : null;
  return clean(target ? `${holder} → ${target}` : holder);
}

function findingLines(doc: StanceDocument, chalk: ChalkInstance, w: number): string[] {
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  const bySentence = new Map(doc.sentences.map((s) => [s.index, s]));
  const numW = Math.max(1, String(doc.sentences.length).length);
  const holders = doc.cues.map((c) => holderLabel(c, names));
  const holderNeed = Math.max(6, ...holders.map(width));
  const fixed = numW + GAP.length + GAP.length + TYPE_WIDTH + GAP.length;
  // the holder column takes what it needs, up to 40% of what the fixed columns leave
  const holderW = Math.max(6, Math.min(holderNeed, Math.floor((w - fixed) * 0.4)));
  const contextW = w - fixed - holderW;
  const stacked = contextW < MIN_CONTEXT;
  const lines: string[] = [];
  const mark = (parts: ContextParts, colour: (s: string) => string) =>
    chalk.level > 0
      ? chalk.dim(parts.before) + chalk.bold(colour(parts.trigger)) + chalk.dim(parts.after)
      : `${parts.before}[${parts.trigger}]${parts.after}`;
  // at level 0 the brackets take two columns of the context
  const bracket = chalk.level > 0 ? 0 : 2;

  if (!stacked) {
    lines.push(chalk.dim(`${pad('#', numW, 'right')}${GAP}${pad('holder → target', holderW)}${GAP}${pad('type', TYPE_WIDTH)}${GAP}trigger in context`).trimEnd());
  }
  doc.cues.forEach((cue, i) => {
    const colour = typeColour(chalk, cue.type);
    const s = bySentence.get(cue.sentence);
    const parts = s
      ? contextWindow(s.text, cue.start - s.start, cue.end - s.start, (stacked ? w - numW - GAP.length : contextW) - bracket)
      : { before: '', trigger: truncate(clean(cue.text), contextW - bracket), after: '' };
    const num = pad(String(cue.sentence + 1), numW, 'right');
    if (stacked) {
      const head = `${num}${GAP}${colour(pad(cue.type, TYPE_WIDTH))}${GAP}`;
      const rest = w - numW - GAP.length - TYPE_WIDTH - GAP.length;
      lines.push(rest > 0 ? head + truncate(holders[i]!, rest) : truncate(`${num} ${cue.type} ${holders[i]!}`, w));
      lines.push(' '.repeat(numW + GAP.length) + mark(parts, colour));
    } else {
      lines.push(`${num}${GAP}${pad(holders[i]!, holderW)}${GAP}${colour(pad(cue.type, TYPE_WIDTH))}${GAP}${mark(parts, colour)}`);
    }
  });
  return lines;
}

function actorLines(doc: StanceDocument, chalk: ChalkInstance, w: number): string[] {
  const actors = doc.summary.actors;
  if (!actors.length) return [];
  const counts = (a: (typeof actors)[number]) => [a.cues.engagement, a.cues.refusal, a.cues.condition];
  const colW = [3, 3, 4]; // "eng", "ref", "cond"
  const countsW = colW.reduce((x, y) => x + y + 1, 0) - 1;
  const nameNeed = Math.max(5, ...actors.map((a) => width(clean(a.name))));
  const nameW = Math.max(5, Math.min(nameNeed, Math.floor(w / 3)));
  const stanceW = w - nameW - GAP.length - countsW - GAP.length;
  const out: string[] = [];
  const header = `${pad('actor', nameW)}${GAP}${chalk.green('eng')} ${chalk.red('ref')} ${chalk.yellow('cond')}`;
  out.push(chalk.dim(stanceW >= 8 ? `${header}${GAP}stance` : header));
  for (const a of actors) {
    const nums = counts(a)
      .map((n, i) => pad(n ? String(n) : '·', colW[i]!, 'right'))
      .join(' ');
    const line = `${pad(clean(a.name), nameW)}${GAP}${nums}`;
    out.push(stanceW >= 8 ? `${line}${GAP}${truncate(clean(a.stance), stanceW)}` : line);
  }
  return out;
}

function summaryLine(doc: StanceDocument): string {
  const st = doc.stats;
  const total = st.cues.engagement + st.cues.refusal + st.cues.condition;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const dup = st.duplicates ? ` (${plural(st.duplicates, 'duplicate')} skipped)` : '';
  const byType = total ? `: ${st.cues.engagement} engagement, ${st.cues.refusal} refusal, ${st.cues.condition} condition` : '';
  return `${plural(st.sentences, 'sentence')}${dup} · ${plural(st.actors, 'actor')} · ${plural(total, 'cue')}${byType}`;
}

/** The table view of one output record; every line fits in `width` columns. */
export function formatTable(record: OutputRecord, { chalk, width: columns }: TableOptions): string {
  const w = Math.max(MIN_WIDTH, Math.floor(columns) || 80);
  const fit = (s: string) => truncate(s, columns >= 1 ? Math.min(w, Math.floor(columns)) : w);
  if ('error' in record) {
    const label = 'error';
    const msg = truncate(clean(`${record.source}: ${record.error.message}`), w - label.length - 1);
    return `${chalk.red(label)} ${msg}\n`;
  }
  const doc = record;
  const lines: string[] = [];
  const heading = documentHeading(doc);
  for (const l of wrap(heading, w)) lines.push(chalk.bold(l));
  if (heading !== clean(doc.source).trim()) lines.push(chalk.dim(truncate(clean(doc.source), w)));
  lines.push('');
  if (doc.cues.length) lines.push(...findingLines(doc, chalk, w));
  else lines.push(chalk.dim('no stance cues found'));
  const actors = actorLines(doc, chalk, w);
  if (actors.length) lines.push('', ...actors);
  lines.push('', ...wrap(summaryLine(doc), w).map((l) => chalk.dim(l)));
  // lines are built to fit; plain lines are still cut as a last guard (e.g. widths under MIN_WIDTH)
  return lines.map((l) => (width(l) > columns && !/\u001b/.test(l) ? fit(l) : l)).join('\n') + '\n\n';
}
