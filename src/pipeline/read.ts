/**
 * Stage 1 — read: bytes as stored → the text as read.
 *
 * A byte-order mark names the encoding: EF BB BF UTF-8, FF FE UTF-16 LE, FE FF
 * UTF-16 BE (what many Windows tools save); the mark itself is dropped, and
 * offsets count UTF-16 code units of the decoded text. Without a mark, UTF-8 is
 * decoded strictly; bytes that are not valid UTF-8 are taken as Windows-1252 (a
 * superset of Latin-1 for printable text), the usual encoding of old saved news
 * pages, and the caller is told so with a warning. A NUL byte (in a file without
 * a UTF-16 mark, or a NUL character in one with it) means a binary file: an
 * error, not text.
 *
 * `decoded: true` says that the text is not the file's bytes read as UTF-8 (a
 * mark was dropped, or another encoding was used): the output then carries the
 * text its offsets index.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type ReadResult =
  | { ok: true; text: string; encoding: Encoding; decoded: boolean; warnings: string[] }
  | { ok: false; code: 'BINARY' | 'EMPTY'; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/**
 * Windows-1252 bytes 0x80–0x9F (Node's TextDecoder('windows-1252') decodes them
 * as Latin-1 C1 controls, not as “ ” – — € …); undefined bytes stay as C1 code points.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decode Windows-1252 (every byte is one UTF-16 code unit). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/** How many leading bytes are sniffed for NUL (binary) detection. */
export const SNIFF_BYTES = 8192;
export const BINARY_MESSAGE = 'binary file (contains NUL bytes); stance reads text';

/** The encoding named by a byte-order mark at the start of `bytes`, and the mark's length. */
export function bomOf(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): ReadResult {
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
    warnings.push(`not valid ${encoding.toUpperCase()} (an odd byte or a lone surrogate); such code units read as U+FFFD`);
  }
  if (text.includes('\0')) return { ok: false, code: 'BINARY', message: BINARY_MESSAGE };
  return { ok: true, text, encoding, decoded: true, warnings };
}

export function decodeBytes(bytes: Uint8Array): ReadResult {
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf-8') return decodeUtf16(bytes, bom.encoding);
  const sniff = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES));
  if (sniff.includes(0) || (bytes.length > SNIFF_BYTES && bytes.includes(0))) {
    return { ok: false, code: 'BINARY', message: BINARY_MESSAGE };
  }
  let text: string;
  let encoding: Encoding = 'utf-8';
  const warnings: string[] = [];
  try {
    text = utf8.decode(bytes); // fatal: throws on invalid UTF-8; ignoreBOM:false drops a BOM
  } catch {
    text = decodeWindows1252(bytes);
    encoding = 'windows-1252';
    warnings.push('not valid UTF-8; decoded as Windows-1252 (Latin-1)');
  }
  return { ok: true, text, encoding, decoded: encoding !== 'utf-8' || bom !== undefined, warnings };
}

/** Drop a leading BOM from a string that was decoded elsewhere (stdin, JSON). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
