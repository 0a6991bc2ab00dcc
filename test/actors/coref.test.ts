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
  it('reads "the union" as a union local or a body of members named before ("Local 12", "the Dockers Federation")', () => {
    const d = resolved('Mayor Ana Ruiz said she wanted to meet Local 12 on Monday. The union says it will not return to the table.');
    expect(d).toContainEqual(['Local 12', 'organization', ['Local 12', 'The union', 'it']]);
    const e = resolved('The Harbour Pilots Association rejected the offer. The union said it would strike.');
    expect(e).toContainEqual(['Harbour Pilots Association', 'organization', ['Harbour Pilots Association', 'The union', 'it']]);
  });
  it('reads "the airline", "the drugmaker" as the company introduced with that trade, not the last company named', () => {
    const d = resolved('Pilots at budget carrier Skyvale walked out after talks with Orvane Holdings failed. The airline has offered 4 percent.');
    expect(d.find((x) => x[0] === 'Skyvale')?.[2]).toEqual(['Skyvale', 'The airline']);
    const e = resolved('Talvik Pharma rejected a bid from Brenmoor Foods. The drugmaker said the price was too low.');
    expect(e.find((x) => x[0] === 'Talvik Pharma')?.[2]).toContain('The drugmaker');
  });
  it('makes an unnamed "the union" a party of its own', () => {
    expect(resolved('The union said the offer was too low.')).toEqual([['union', 'organization', ['The union']]]);
  });
});
