import { describe, expect, it } from 'vitest';
import { resolveReferences } from '../../src/pipeline/actors/coref.js';
import { afterEntities, drafts } from './helpers.js';

const resolved = (text: string) => {
  const { cx, names } = afterEntities(text);
  resolveReferences(cx, names);
  return drafts(cx);
};

describe('coreference pass', () => {
  it('resolves "the minister" to the last person with that title', () => {
    expect(resolved('Foreign Minister Livia Andrade arrived. The minister declined to comment.')).toContainEqual([
      'Livia Andrade', 'person', ['Livia Andrade', 'The minister'],
    ]);
  });
  it('resolves "the government" to the country of the story', () => {
    expect(resolved('Peru faces a strike. The government refused to negotiate.')).toContainEqual(['Peru', 'country', ['Peru', 'The government']]);
  });
  it('makes an unnamed "the union" a party of its own', () => {
    expect(resolved('The union said the offer was too low.')).toEqual([['union', 'organization', ['The union']]]);
  });
});
