/**
 * Stage 1 — read: bytes as stored → the text as read.
 *
 * UTF-8 is decoded strictly; a UTF-8 BOM is dropped (offsets are counted after it).
 * Bytes that are not valid UTF-8 are taken as Windows-1252 (a superset of Latin-1
 * for printable text), the usual encoding of old saved news pages, and the caller
 * is told so with a warning. A NUL byte means a binary file: an error, not text.
 */
export type ReadResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252'; warnings: string[] }
  | { ok: false; code: 'BINARY' | 'EMPTY'; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

/** How many leading bytes are sniffed for NUL (binary) detection. */
const SNIFF_BYTES = 8192;

export function decodeBytes(bytes: Uint8Array): ReadResult {
  const sniff = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES));
  if (sniff.includes(0) || (bytes.length > SNIFF_BYTES && bytes.includes(0))) {
    return { ok: false, code: 'BINARY', message: 'binary file (contains NUL bytes); stance reads text' };
  }
  let text: string;
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  const warnings: string[] = [];
  try {
    text = utf8.decode(bytes); // fatal: throws on invalid UTF-8; ignoreBOM:false drops a BOM
  } catch {
    text = cp1252.decode(bytes);
    encoding = 'windows-1252';
    warnings.push('not valid UTF-8; decoded as Windows-1252 (Latin-1)');
  }
  return { ok: true, text, encoding, warnings };
}

/** Drop a leading BOM from a string that was decoded elsewhere (stdin, JSON). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
