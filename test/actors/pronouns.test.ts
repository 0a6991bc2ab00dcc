import { describe, expect, it } from 'vitest';
import { actors, named, texts } from './helpers.js';

describe('pronouns', () => {
  it('gives "she" to a woman named before and "it" to a country', () => {
    const list = actors('Mrs. Ilse Varga met the envoys. She said Peru would wait, but it has not said how long.');
    expect(texts(named(list, 'Ilse Varga'))).toEqual(['Ilse Varga', 'She']);
    expect(texts(named(list, 'Peru'))).toEqual(['Peru', 'it']);
  });
  it('skips an expletive "it"', () => {
    const list = actors('Peru met Chile. It is unclear whether talks will resume.');
    expect(list.flatMap((a) => texts(a))).not.toContain('It');
  });
  it('reads "they" as a group before a country', () => {
    const list = actors('Peruvian farmers blocked roads near Lima. They want higher prices.');
    expect(texts(named(list, 'Peruvian farmers'))).toEqual(['Peruvian farmers', 'They']);
  });
  it('gives "it" after "said" to an appositive before a comma-set relative clause, not to the possessor it describes', () => {
    const list = actors("Talvik's largest shareholder, the Brenholt Trust, which owns 12 percent, said it would back talks.");
    expect(texts(named(list, 'Brenholt Trust'))).toEqual(['Brenholt Trust', 'it']);
  });
  it('gives "it" to "the board of X"\'s X, not to a demonym that classifies X nor a later prepositional object', () => {
    const list = actors('The board of Norwegian shipbuilder Orvane Marine rejected an offer from Marden Group, saying it undervalued the firm.');
    expect(texts(named(list, 'Orvane Marine')).slice(0, 2)).toEqual(['Orvane Marine', 'it']);
    expect(texts(named(list, 'Marden Group'))).toEqual(['Marden Group']);
  });
  it('gives "it" after "said" to the head of a comma-set relative clause that ends in a bracketed acronym', () => {
    const list = actors('The Kessa Brigades, which talks with the Orlesian Council (OC), said it would attend the talks.');
    expect(texts(named(list, 'Kessa Brigades'))).toEqual(['Kessa Brigades', 'it']);
  });
  it('gives "he" in a second reported clause ("and that he …") to the reporting verb\'s subject, not to a name before it', () => {
    const list = actors('After meeting his counterpart (Karl Demmer), Aren Holt said he was ready to talk and that he had sent Norland a plan.');
    expect(texts(named(list, 'Aren Holt'))).toEqual(['Aren Holt', 'he', 'he']);
  });
  it('gives "it" in a later clause to the sentence\'s subject before a mere prepositional object in that clause', () => {
    const list = actors('Norland wants a transit deal. It will not, however, accept a clause tying transit to Veskian power, which it rejected in May.');
    expect(texts(named(list, 'Norland'))).toEqual(['Norland', 'It', 'it']);
  });
  it('still gives "it" after "but" to the demonym that modifies the clause\'s subject', () => {
    const list = actors('The Kessa Brigades rejected the offer, but the Toravian government said it remained open to dialogue.');
    expect(texts(named(list, 'Toravia'))).toEqual(['Toravian', 'it']);
  });
  it('does not give "it" to the object of "to", which the tagger may call a conjunction', () => {
    const list = actors('In a letter to Bellmont Steel, Zelmark Foods said the plan was unfair and that it would not open its books.');
    expect(texts(named(list, 'Zelmark Foods'))).toEqual(['Zelmark Foods', 'it', 'its']);
  });
});
