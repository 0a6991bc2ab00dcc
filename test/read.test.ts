import { describe, expect, it } from 'vitest';
import { decodeBytes, stripBom } from '../src/pipeline/read.js';
import { normalise } from '../src/pipeline/normalise.js';

describe('read: bytes → text', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    const r = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Iran – talks 習近平 👍', 'utf8')]));
    expect(r).toEqual({ ok: true, text: 'Iran – talks 習近平 👍', encoding: 'utf-8', warnings: [] });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, with a warning', () => {
    // “Iran” — café in Windows-1252
    const r = decodeBytes(Buffer.from([0x93, 0x49, 0x72, 0x61, 0x6e, 0x94, 0x20, 0x97, 0x20, 0x63, 0x61, 0x66, 0xe9]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe('“Iran” — café');
    expect(r.encoding).toBe('windows-1252');
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
    ['curly quotes', '“We won’t”', `"We won't"`],
    ['tabs and controls', 'a\tb\u0007c', 'a b c'],
    ['line separator', 'a\u2028b', 'a\nb'],
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
