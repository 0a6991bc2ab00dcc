/**
 * Word-wrapping text that carries styles (colours), by display width: the text
 * is plain with one style index per UTF-16 unit, wrapped on spaces as plain
 * text, and each line is coloured afterwards, so escape codes never count
 * toward a width and never split.
 */
import stringWidth from 'string-width';

export type Paint = (s: string) => string;

export class StyledText {
  text = '';
  styles: number[] = [];
  /** append `s` in style `style`; white space and control characters become single spaces */
  add(s: string, style = 0): this {
    // eslint-disable-next-line no-control-regex
    for (const ch of s.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ')) {
      if (ch === ' ' && (this.text === '' || this.text.endsWith(' '))) continue;
      this.text += ch;
      for (let k = 0; k < ch.length; k++) this.styles.push(style);
    }
    return this;
  }
  /** append another styled text (with a space between, if neither side has one) */
  append(other: StyledText): this {
    if (this.text && other.text && !this.text.endsWith(' ') && !other.text.startsWith(' ')) this.add(' ');
    this.text += other.text;
    this.styles.push(...other.styles);
    return this;
  }
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** [start, end) ranges of the lines of `text` wrapped to `max` columns (a word wider than that is cut). */
export function wrapRanges(text: string, max: number): [number, number][] {
  const out: [number, number][] = [];
  const words: [number, number][] = [];
  for (const m of text.matchAll(/\S+/g)) words.push([m.index, m.index + m[0].length]);
  let start = -1;
  let end = -1;
  let w = 0;
  for (const [a, b] of words) {
    const ww = stringWidth(text.slice(a, b));
    // the line so far plus the white space before this word, as written (it may be more than one space)
    const gap = start >= 0 ? stringWidth(text.slice(end, a)) : 0;
    if (start >= 0 && w + gap + ww <= max) {
      end = b;
      w += gap + ww;
      continue;
    }
    if (start >= 0) out.push([start, end]);
    if (ww <= max) {
      start = a;
      end = b;
      w = ww;
      continue;
    }
    // a word wider than a line: cut it on grapheme boundaries
    let from = a;
    let cw = 0;
    for (const { segment, index } of segmenter.segment(text.slice(a, b))) {
      const sw = stringWidth(segment);
      if (cw + sw > max && a + index > from) {
        out.push([from, a + index]);
        from = a + index;
        cw = 0;
      }
      cw += sw;
    }
    start = from;
    end = b;
    w = cw;
  }
  if (start >= 0) out.push([start, end]);
  return out;
}

/** The lines of `t` wrapped to `max` columns, each painted with `paints[style]`. */
export function wrapStyled(t: StyledText, max: number, paints: readonly Paint[]): string[] {
  return wrapRanges(t.text, Math.max(1, max)).map(([a, b]) => {
    let line = '';
    let runStart = a;
    for (let k = a + 1; k <= b; k++) {
      if (k === b || t.styles[k] !== t.styles[runStart]) {
        const paint = paints[t.styles[runStart]!] ?? ((s: string) => s);
        line += paint(t.text.slice(runStart, k));
        runStart = k;
      }
    }
    return line;
  });
}
