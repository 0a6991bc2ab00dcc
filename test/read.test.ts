import { describe, expect, it } from 'vitest';
import { decodeBytes, stripBom } from '../src/pipeline/read.js';
import { normalise } from '../src/pipeline/normalise.js';

describe('read: bytes → text', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    const r = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Iran – talks 習近平 👍', 'utf8')]));
    expect(r).toEqual({ ok: true, text: 'Iran – talks 習近平 👍', encoding: 'utf-8', decoded: true, warnings: [] });
  });

  it('UTF-8 without a BOM is the bytes as they are', () => {
    expect(decodeBytes(Buffer.from('Norland – talks 👍', 'utf8'))).toEqual({
      ok: true,
      text: 'Norland – talks 👍',
      encoding: 'utf-8',
      decoded: false,
      warnings: [],
    });
  });

  it.each([
    ['utf-16le', [0xff, 0xfe], (s: string) => Buffer.from(s, 'utf16le')],
    ['utf-16be', [0xfe, 0xff], (s: string) => Buffer.from(s, 'utf16le').swap16()],
  ] as const)('decodes %s with its byte-order mark (NUL bytes and all)', (encoding, mark, encode) => {
    const text = 'Norland “refused” talks — 習近平 👍\r\n';
    const r = decodeBytes(Buffer.concat([Buffer.from(mark), encode(text)]));
    expect(r).toEqual({ ok: true, text, encoding, decoded: true, warnings: [] });
  });

  it('an odd byte at the end of UTF-16 is a warning, not a failure', () => {
    const r = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Vesk agreed.', 'utf16le'), Buffer.from([0x41])]));
    expect(r).toMatchObject({ ok: true, encoding: 'utf-16le' });
    if (r.ok) expect(r.warnings[0]).toMatch(/not valid UTF-16LE/);
  });

  it('a NUL character in UTF-16 text is binary', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\0b', 'utf16le')]))).toMatchObject({ ok: false, code: 'BINARY' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, with a warning', () => {
    // “Iran” — café in Windows-1252
    const r = decodeBytes(Buffer.from([0x93, 0x49, 0x72, 0x61, 0x6e, 0x94, 0x20, 0x97, 0x20, 0x63, 0x61, 0x66, 0xe9]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe('“Iran” — café');
    expect(r.encoding).toBe('windows-1252');
    expect(r.decoded).toBe(true);
    expect(r.warnings).toHaveLength(1);
  });

  it('a NUL byte means binary', () => {
    const r = decodeBytes(Buffer.from([0x49, 0x00, 0x72]));
    expect(r).toMatchObject({ ok: false, code: 'BINARY' });
  });

  it('a NUL byte after the sniffed prefix is still binary', () => {
    const bytes = Buffer.alloc(20_000, 0x61);
    bytes[15_000] = 0;
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, code: 'BINARY' });
  });

  it('stripBom drops only a leading BOM', () => {
    expect(stripBom('\ufeffabc')).toBe('abc');
    expect(stripBom('a\ufeffbc')).toBe('a\ufeffbc');
  });
});

describe('normalise: same length, one-for-one', () => {
  it.each([
    ['NBSP', 'U.S.\u00a0Treasury', 'U.S. Treasury'],
    ['CRLF', 'a\r\nb', 'a \nb'],
    ['lone CR line ends', 'a\rb\r\rc\r', 'a\nb\n\nc\n'],
    ['curly quotes', '“We won’t”', `"We won't"`],
    ['tabs and controls', 'a\tb\u0007c', 'a b c'],
    ['line separator', 'a\u2028b', 'a\nb'],
    ['house-style capitals opening a paragraph', 'COUNCIL workers said.\nTHE Halden Union and the council met.', 'Council workers said.\nThe Halden Union and the council met.'],
    ['an acronym the text writes in capitals again stays', 'HALVO members said.\nHALVO agreed.', 'HALVO members said.\nHALVO agreed.'],
    ['two-letter capitals stay', 'US officials met the council.', 'US officials met the council.'],
    ['capitals mid-paragraph stay', 'Then COUNCIL workers met the council.', 'Then COUNCIL workers met the council.'],
    ['a headline all in capitals stays', 'COUNCIL WORKERS REJECT OFFER\nThe council said.', 'COUNCIL WORKERS REJECT OFFER\nThe council said.'],
  ])('%s', (_n, input, expected) => {
    const out = normalise(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it('keeps the length of text with emoji and CJK', () => {
    const t = '習近平 “met” 👍🏽\u00a0🇪🇺\r\n';
    expect(normalise(t).length).toBe(t.length);
  });
});
