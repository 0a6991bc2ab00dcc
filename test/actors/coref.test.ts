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
  it('never reads "the union" or "the company" as an international body or bloc', () => {
    const d = resolved('Brussels approved the subsidy. The union said the offer was too low. The company said it would walk away.');
    const eu = d.find((x) => x[0] === 'European Union');
    expect(eu?.[2]).toEqual(['Brussels']);
    expect(d).toContainEqual(['union', 'organization', ['The union']]);
  });
  it('makes an unnamed "the union" a party of its own', () => {
    expect(resolved('The union said the offer was too low.')).toEqual([['union', 'organization', ['The union']]]);
  });
});
