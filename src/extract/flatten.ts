/**
 * Bound the nesting depth of a page before any DOM library sees it.
 *
 * Readability's cost grows much faster than the page with the depth of its
 * markup (measured over linkedom: one paragraph under 100 nested <div>s 0.13 s,
 * 400 levels 1.8 s, 1,000 levels 17 s), html-to-text walks the tree
 * recursively (10,000 levels overflow the stack), and linkedom's own parse
 * slows down past ~10,000 levels (100,000 levels: 10 s). So the page is first
 * read as a stream of tags (htmlparser2's tokenizer: one pass, no tree) and every
 * tag that would sit deeper than `maxDepth` is cut out of the source:
 *  - its text stays, in the element at the limit; a block element's boundary
 *    becomes a paragraph break (`<br><br>`, which readability and html-to-text
 *    both read as one) before the next text, so paragraphs stay apart;
 *  - an element whose content is not text (script, style, template, svg …) is
 *    cut whole, content and all.
 * Everything above the limit is copied byte for byte: a page no deeper than
 * the limit is returned unchanged. Cost: linear in the page's length.
 */
import { createRequire } from 'node:module';

/** Deepest element nesting kept as it is (real news pages: 20–60). */
export const MAX_HTML_DEPTH = 100;

const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** elements whose content is not visible text: cut whole past the limit */
const OPAQUE = new Set('script style noscript template textarea title xmp iframe noembed noframes svg math object select'.split(' '));
const BLOCK = new Set(
  ('address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section table tbody thead tfoot tr td th ul caption summary center')
    .split(' '),
);

interface HtmlParser {
  startIndex: number;
  endIndex: number;
  write(s: string): void;
  end(): void;
}
type ParserCtor = new (
  handlers: {
    onopentag?(name: string): void;
    onclosetag?(name: string, isImplied: boolean): void;
    ontext?(text: string): void;
  },
  options?: object,
) => HtmlParser;

let Parser: ParserCtor | undefined;
function parser(): ParserCtor {
  Parser ??= (createRequire(import.meta.url)('htmlparser2') as { Parser: ParserCtor }).Parser;
  return Parser;
}

/**
 * htmlparser2's stack of open elements, with a count of each name: a close tag
 * that matches no open element is then found out at once, instead of by
 * `lastIndexOf` over the whole stack (100,000 open <div>s followed by as many
 * stray </span>s took minutes). Pops are paid for by pushes, so the parse stays
 * linear.
 */
class CountedStack extends Array<string> {
  readonly counts = new Map<string, number>();
  override push(...names: string[]): number {
    for (const n of names) this.counts.set(n, (this.counts.get(n) ?? 0) + 1);
    return super.push(...names);
  }
  override pop(): string | undefined {
    const n = super.pop();
    if (n !== undefined) {
      const c = (this.counts.get(n) ?? 1) - 1;
      if (c) this.counts.set(n, c);
      else this.counts.delete(n);
    }
    return n;
  }
  override lastIndexOf(name: string): number {
    return this.counts.has(name) ? super.lastIndexOf(name) : -1;
  }
}

export interface Flattened {
  html: string;
  /** the deepest nesting seen in the page */
  depth: number;
  /** tags were cut (the page was deeper than the limit) */
  flattened: boolean;
}

/** `html` with no element nested deeper than `maxDepth` (see the module comment). */
export function flattenHtml(html: string, maxDepth = MAX_HTML_DEPTH): Flattened {
  /** [start, end, replacement]: source ranges to replace, in order, not overlapping */
  const cuts: [number, number, string][] = [];
  const stack: { cut: boolean }[] = [];
  let depth = 0;
  let maxSeen = 0;
  /** index in `stack` of an opaque element being cut whole, or -1 */
  let opaqueAt = -1;
  let opaqueFrom = 0;
  let cutsBeforeOpaque = 0;
  let pendingBreak = false;
  const P = parser();
  const p: HtmlParser = new P(
    {
      onopentag(name) {
        const isVoid = VOID.has(name);
        if (!isVoid) maxSeen = Math.max(maxSeen, ++depth);
        const cut = depth > maxDepth && !isVoid;
        stack.push({ cut });
        if (!cut || opaqueAt >= 0) return;
        if (OPAQUE.has(name)) {
          opaqueAt = stack.length - 1;
          opaqueFrom = p.startIndex;
          cutsBeforeOpaque = cuts.length;
          return;
        }
        cuts.push([p.startIndex, p.endIndex + 1, '']);
        if (BLOCK.has(name)) pendingBreak = true;
      },
      onclosetag(name, isImplied) {
        const top = stack.pop();
        if (!VOID.has(name)) depth--;
        if (!top?.cut) {
          pendingBreak = false; // back above the limit: real markup separates what follows
          return;
        }
        if (opaqueAt >= 0) {
          if (stack.length !== opaqueAt) return;
          // the opaque element ends: one cut for all of it
          cuts.length = cutsBeforeOpaque;
          cuts.push([opaqueFrom, isImplied ? p.startIndex : p.endIndex + 1, '']);
          opaqueAt = -1;
          return;
        }
        if (!isImplied) cuts.push([p.startIndex, p.endIndex + 1, '']);
        if (BLOCK.has(name)) pendingBreak = true;
      },
      ontext(text) {
        if (opaqueAt >= 0 || !pendingBreak || !text.trim()) return;
        pendingBreak = false;
        cuts.push([p.startIndex, p.startIndex, '<br><br>']);
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  (p as unknown as { stack: string[] }).stack = new CountedStack();
  p.write(html);
  p.end();
  if (opaqueAt >= 0) {
    // an opaque element left open at the end of the page
    cuts.length = cutsBeforeOpaque;
    cuts.push([opaqueFrom, html.length, '']);
  }
  if (!cuts.length) return { html, depth: maxSeen, flattened: false };
  const out: string[] = [];
  let at = 0;
  for (const [start, end, replacement] of cuts) {
    if (start < at) continue; // (defensive: ranges are in order)
    out.push(html.slice(at, start), replacement);
    at = end;
  }
  out.push(html.slice(at));
  return { html: out.join(''), depth: maxSeen, flattened: true };
}
