import { describe, expect, it } from 'vitest';
import { holderOf } from '../helpers/holder-of.js';
import { firstPersonOf } from '../../src/pipeline/actors/lexicon.js';

const tok = (text: string, normal: string, tags: string[]) => ({ text, normal, tags: new Set(tags) });

describe('first person written as a contraction or a possessive is the speaker', () => {
  it('reads "We\'ve", "we\'re", "I\'m", "we\'ll" and a possessive "our" as first person', () => {
    expect(firstPersonOf(tok("We've", "we've", ['Noun']))).toBe('we');
    expect(firstPersonOf(tok("we're", "we're", ['Noun', 'Pronoun']))).toBe('we');
    expect(firstPersonOf(tok("I'm", "i'm", ['Noun']))).toBe('i');
    expect(firstPersonOf(tok('our', 'our', ['Noun', 'Possessive']))).toBe('we');
  });
  it('not "US" or "ME" in capitals, nor a numeral "I"', () => {
    expect(firstPersonOf(tok('US', 'us', ['Noun', 'Pronoun']))).toBeUndefined();
    expect(firstPersonOf(tok('ME', 'me', ['Noun', 'Pronoun']))).toBeUndefined();
    expect(firstPersonOf(tok('I', 'i', ['Value', 'RomanNumeral']))).toBeUndefined();
    expect(firstPersonOf(tok("they're", "they're", ['Pronoun']))).toBeUndefined();
  });
  it('a transcript turn: "we\'re prepared to meet" is held by the labelled speaker, not the country the question named', () => {
    const text =
      'Press Briefing - May 4, 2026\n\nMS TALBOT: Good afternoon.\n\nQUESTION: Velmar said it would not sit down with Ostravia. Is there a response?\n\n' +
      "MS TALBOT: We've seen the statement. Our position is unchanged: our offer to meet stands, and we're prepared to meet at any time.";
    expect(holderOf(text, /prepared to meet/)).toMatch(/^talbot$/i);
    expect(holderOf(text, /offer to meet/)).toMatch(/^talbot$/i);
  });
  it('a quotation: "We\'re not going to …" is held by the person who said it', () => {
    const text = 'Talks between Velmar and the union broke down on Monday. "We\'re not going to sign away guaranteed hours," said Ana Weiss, who leads the union.';
    expect(holderOf(text, /not going to sign away/)).toBe('Ana Weiss');
  });
});

describe('a briefing header with its office and date names the speaker of its by-line', () => {
  it('"Department Press Briefing - May 4, 2026" over "Ana Ruiz, Deputy Spokesperson": the labelled turns are hers', () => {
    const text =
      'Department Press Briefing - May 4, 2026\n\nAna Ruiz, Deputy Department Spokesperson\nWashington, DC\n\n' +
      'MS RUIZ: Good afternoon.\n\nQUESTION: Velmar said it would not talk to Ostravia. Your reaction?\n\n' +
      "MS RUIZ: We're not going to pay for the privilege of talking.";
    // ("we" is her country's, the place line's)
    expect(['Ana Ruiz', 'United States']).toContain(holderOf(text, /not going to pay/));
  });
  it('a headline that only mentions a briefing is no header', () => {
    const text = 'Velmar walks out of briefing on the dam - aides say talks are over\n\nOstravia said it would not negotiate while the dam stands.';
    expect(holderOf(text, /would not negotiate/)).toBe('Ostravia');
  });
});

describe('a trigger that opens on a contracted first-person subject', () => {
  it('"I\'m not going to …" in a labelled turn is the speaker\'s, not the party the question named', () => {
    const text =
      "Doorstep remarks by Velmar's Foreign Minister, Aino Laktis-Berg, Brussels, 4 May\n\n" +
      'Q: Ostravia says it will only meet you if Velmar lifts its fishing ban. Will you?\n\n' +
      "LAKTIS-BERG: The ban stays. I'm not going to trade a conservation measure for a seat at a meeting.";
    expect(holderOf(text, /not going to trade/)).toBe('Aino Laktis-Berg');
  });
  it('"we\'ll talk" in a quotation is held by the quotation\'s speaker', () => {
    const text = 'Ostravia wants the ban discussed. "Fine, we\'ll talk about the ban, but as a separate matter," said Aino Laktis-Berg, Velmar\'s foreign minister.';
    expect(['Aino Laktis-Berg', 'Velmar']).toContain(holderOf(text, /talk/));
  });
});
