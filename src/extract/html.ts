/**
 * A saved news page → the article as plain text.
 *
 * The article is found with @mozilla/readability over a linkedom DOM (navigation,
 * scripts, ads, comment threads are left out by readability's scoring), then its
 * HTML becomes text with html-to-text, keeping one blank line between paragraphs
 * (readability's own `textContent` glues paragraphs together). The page title is
 * the headline: the analysed text is `title + "\n\n" + body`, so offsets index
 * that text, which the output carries as `text`. When readability finds no
 * article, the page's visible text is used instead: its <body> without
 * script/style/nav/header/footer/aside/form (or, when that leaves nothing, without
 * script/style only), and `extraction` says which path was taken.
 *
 * A page nested deeper than MAX_HTML_DEPTH is flattened first (flatten.ts), so
 * the cost stays linear in the page's size whatever its depth.
 *
 * The libraries are loaded on first use, so plain-text runs never pay for them.
 */
import { createRequire } from 'node:module';
import { flattenHtml } from './flatten.js';

export interface ExtractedPage {
  title: string | null;
  /** the text to analyse: the title (if any), a blank line, the article */
  text: string;
  /** readability found an article (false: the body's text was used) */
  article: boolean;
  /** which path gave the text: readability's article, or the page's visible text */
  extraction: 'article' | 'visible-text';
}

type HtmlToText = (html: string, options: object) => string;
interface Libs {
  parseHTML: (html: string) => { document: any };
  Readability: new (doc: any, options?: object) => { parse(): { title?: string | null; content?: string | null } | null };
  convert: HtmlToText;
}

let libs: Libs | undefined;
function load(): Libs {
  if (!libs) {
    const require = createRequire(import.meta.url);
    // linkedom ships CommonJS too; readability and html-to-text are CommonJS
    const { parseHTML } = require('linkedom') as Pick<Libs, 'parseHTML'>;
    const { Readability } = require('@mozilla/readability') as Pick<Libs, 'Readability'>;
    const { convert } = require('html-to-text') as { convert: HtmlToText };
    libs = { parseHTML, Readability, convert };
  }
  return libs;
}

const heading = (selector: string) => ({ selector, options: { uppercase: false } });
const TO_TEXT = {
  wordwrap: false,
  selectors: [
    { selector: 'img', format: 'skip' },
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'figure', format: 'skip' },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map(heading),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

/** the visible text keeps what the article leaves out as not part of it (figure captions) */
const VISIBLE_TO_TEXT = { ...TO_TEXT, selectors: TO_TEXT.selectors.filter((s) => s.selector !== 'figure') };

const DROP = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, [role="navigation"], [aria-hidden="true"]';
/** what is never visible text, even when the page holds nothing but navigation */
const INVISIBLE = 'script, style, noscript, template, iframe, svg';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Clean html-to-text output: no trailing spaces, at most one blank line in a row. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The visible text of the page's body, without the elements `drop` selects. */
function visibleText(html: string, drop: string): string {
  const { parseHTML, convert } = load();
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll(drop)]) el.remove();
  const bodyHtml = document.body?.innerHTML ?? document.documentElement?.innerHTML ?? '';
  return tidy(convert(bodyHtml, VISIBLE_TO_TEXT));
}

export function extractHtml(page: string): ExtractedPage {
  const { parseHTML, Readability, convert } = load();
  const { html } = flattenHtml(page);
  const { document } = parseHTML(html);
  const pageTitle = squash(String(document.title ?? '')) || null;
  let body = '';
  let title: string | null = pageTitle;
  let article = false;
  try {
    const parsed = new Readability(document, { disableJSONLD: false }).parse();
    if (parsed?.content) {
      body = tidy(convert(parsed.content, TO_TEXT));
      title = squash(parsed.title ?? '') || pageTitle;
      article = body.length > 0;
    }
  } catch {
    /* fall back to the body below */
  }
  if (!article) {
    // (readability modifies the DOM it reads: parsed again)
    body = visibleText(html, DROP) || visibleText(html, INVISIBLE);
  }
  // the article often repeats the title as its first line
  if (title) {
    const nl = body.indexOf('\n');
    const first = nl < 0 ? body : body.slice(0, nl);
    if (squash(first).toLowerCase() === title.toLowerCase()) body = body.slice(first.length).replace(/^\n+/, '');
  }
  const text = title ? (body ? `${title}\n\n${body}` : title) : body;
  return { title, text, article, extraction: article ? 'article' : 'visible-text' };
}
