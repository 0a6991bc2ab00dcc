import { describe, expect, it } from 'vitest';
import { actors } from './helpers.js';

const orgs = (text: string) => actors(text).filter((a) => a.type === 'organization').map((a) => a.name);

describe('organisations listed after a group of organisations', () => {
  it('reads each name of a list after a dash, a comma or "such as" as an organisation', () => {
    expect(orgs('The companies - Quillmark, Velmor Mining and Tessaro - estimate the strike cost billions.')).toEqual(['Quillmark', 'Velmor Mining', 'Tessaro']);
    expect(orgs('The two biggest carriers, Skyvale and Nortair, refused the deal.')).toEqual(['Skyvale', 'Nortair']);
    expect(orgs('Firms such as Brandt Motors and Quillmark agreed.')).toEqual(['Brandt Motors', 'Quillmark']);
  });
  it('leaves lists of people and single names alone', () => {
    const list = actors('The leaders, Ana Ruiz and Tomas Lind, agreed.');
    expect(list.filter((a) => a.type === 'organization')).toEqual([]);
    expect(orgs('The companies, Quillmark said, will wait.')).not.toContain('Quillmark said');
  });
});
