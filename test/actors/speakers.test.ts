import { describe, expect, it } from 'vitest';
import { actors, named, texts } from './helpers.js';

describe('speakers of quotations', () => {
  it('gives a quoted "we" to the speaker named after the quote', () => {
    const list = actors('"We will not sign this deal," Tomas Okonkwo said.');
    expect(texts(named(list, 'Tomas Okonkwo'))).toEqual(['We', 'Tomas Okonkwo']);
  });
  it('leaves first person outside quotations unresolved', () => {
    const list = actors('Tomas Okonkwo spoke. We will not sign this deal.');
    expect(texts(named(list, 'Tomas Okonkwo'))).toEqual(['Tomas Okonkwo']);
  });
});
