import { describe, expect, it } from 'vitest';
import { actors, named, texts } from './helpers.js';

describe('parliaments and the ruling party, unnamed', () => {
  it('makes "Parliament" and "the parliament" one party', () => {
    const list = actors('Parliament refused to ratify the treaty. The parliament later agreed.');
    expect(texts(named(list, 'Parliament'))).toEqual(['Parliament', 'The parliament']);
  });
  it('makes "the ruling party" a party of its own when no party is named', () => {
    const list = actors('The ruling party rejected the proposal.');
    expect(texts(named(list, 'ruling party'))).toEqual(['The ruling party']);
  });
  it('gives "the ruling party" to the party named before', () => {
    const list = actors('The ruling Harvest Unity Party agreed. The ruling party said it was open to talks.');
    expect(named(list, 'ruling party')).toBeUndefined();
  });
});
