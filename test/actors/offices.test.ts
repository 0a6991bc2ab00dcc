import { describe, expect, it } from 'vitest';
import { actors, named, texts } from './helpers.js';
import { analyze } from '../../src/pipeline/index.js';

describe('unnamed office holders', () => {
  it('makes "the President" a person of their own when no president is named', () => {
    const list = actors('The President will not sign the bill. He said the talks with Lakeland would go on.');
    const p = named(list, 'the President');
    expect(p?.type).toBe('person');
    expect(texts(p)).toEqual(['The President', 'He']);
  });
  it('makes "the minister of labour" the holder of that portfolio, a person of their own, not another minister', () => {
    const doc = analyze('Education Minister Ana Brel met the Halden Teachers Union. The minister of labour refused to appoint a mediator.');
    const p = named(doc.actors, 'the minister of labour');
    expect(p?.type).toBe('person');
    expect(doc.cues.find((c) => c.type === 'refusal')?.holder).toBe(p?.id);
    // ("the secretary of state" is no portfolio of this kind)
    expect(named(actors('The secretary of state refused to comment.'), 'the secretary of state')).toBeUndefined();
  });
  it('gives "the president" to the president named before, or to the one named later', () => {
    const before = actors('President Ana Ruiz arrived on Monday. The president said she would not accept the plan.');
    expect(texts(named(before, 'Ana Ruiz'))).toEqual(['Ana Ruiz', 'The president', 'she']);
    const later = actors('The minister is in Lakeport for talks with the president. The meeting with President Ana Ruiz is the first.');
    expect(texts(named(later, 'Ana Ruiz'))).toEqual(['the president', 'Ana Ruiz']);
  });
  it('needs a word before "minister" or "secretary" ("the prime minister", not "the minister")', () => {
    expect(named(actors('The prime minister refused to meet the rebels.'), 'the prime minister')?.type).toBe('person');
    expect(actors('The minister refused to meet the rebels.').filter((a) => a.type === 'person')).toEqual([]);
  });
  it('does not take a title inside a name for a person ("the Office of the Press Secretary")', () => {
    expect(actors('Office of the Press Secretary\n\nThe talks resumed.').filter((a) => a.type === 'person')).toEqual([]);
  });
  it('gives "Norway\'s foreign minister" and "the Norwegian foreign minister" to that country\'s minister named later', () => {
    const list = actors(
      "Norway's foreign minister is in Lakeport for talks. He will meet the rebels. Norwegian Foreign Minister Tor Vang said the talks would go on. The Norwegian foreign minister said he was hopeful.",
    );
    const p = named(list, 'Tor Vang');
    expect(p?.affiliation).toBe('NOR');
    expect(texts(p)).toEqual(['foreign minister', 'He', 'Tor Vang', 'foreign minister', 'he']);
  });
  it('makes a country\'s unnamed office holder a person of that country', () => {
    const p = actors("Peru's prime minister rejected the offer.").find((a) => a.type === 'person');
    expect(p).toMatchObject({ name: "Peru's prime minister", affiliation: 'PER' });
  });
  it('keeps the author of a statement about a country out of that country ("Statement by the President on Peru")', () => {
    const list = actors('Statement by the President on Peru\n\nThe talks in Peru are a step forward. Peru must now hold elections. I welcome the agreement in Peru.');
    const p = named(list, 'the President');
    expect(p?.affiliation).toBeNull();
    expect(texts(p)).toContain('I');
  });
});

describe('a governor or a mayor never named is a party all the same', () => {
  it('"the governor" and "the mayor" hold their stances', () => {
    for (const [text, office] of [
      ['The governor vowed to veto any deal with the Halden union.', 'the governor'],
      ['The mayor said she was ready to meet the strikers.', 'the mayor'],
    ] as const) {
      const doc = analyze(text);
      const cue = doc.cues[0]!;
      expect(doc.actors.find((a) => a.id === cue.holder)?.name, text).toBe(office);
    }
  });
  it('a governor named in the text is the one "the governor" refers to', () => {
    const doc = analyze('Governor Ilse Tarn spoke on Monday. The governor said she would not negotiate with the union.');
    const cue = doc.cues.find((c) => c.type === 'refusal')!;
    expect(doc.actors.find((a) => a.id === cue.holder)?.name).toBe('Ilse Tarn');
  });
});
