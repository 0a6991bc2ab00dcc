import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';
import { normalise } from '../src/pipeline/normalise.js';
import { foldedText, parseSentences } from '../src/pipeline/parse.js';
import { splitSentences } from '../src/pipeline/sentences.js';
import { isTitleCase } from '../src/pipeline/title-case.js';

/** the cues of a text as [type, text, holder's name] */
const cues = (text: string) => {
  const doc = analyze(text);
  return doc.cues.map((c) => [c.type, c.text, doc.actors.find((a) => a.id === c.holder)?.name ?? null]);
};
const actorNames = (text: string) => analyze(text).actors.map((a) => a.name);

describe('title-case: which sentences are Title Case', () => {
  it('a headline with its verbs and prepositions capitalised', () => {
    expect(isTitleCase('Vesk Refuses to Negotiate With Rebels')).toBe(true);
    expect(isTitleCase('Norland Agrees to Resume Talks With Brelvania')).toBe(true);
    expect(isTitleCase("Halden Workers' Union Rejects Pay Offer, Vows to Continue Strike")).toBe(true);
    expect(isTitleCase('Brelvania Halts Cease-fire Talks')).toBe(true);
  });

  it('not ordinary prose, however many names it holds', () => {
    expect(isTitleCase("Tomas Arlen of the Halden Workers' Union met Anna Kovac of Norland in Brelvania on Monday.")).toBe(false);
    expect(isTitleCase('Norland Prime Minister Anna Kovac said Vesk would attend.')).toBe(false);
  });

  it('not a list of names, a byline, a speaker label, a dateline or a sentence in capitals', () => {
    expect(isTitleCase('Norland, Vesk, Brelvania and Osterra')).toBe(false);
    expect(isTitleCase('By Anna Kovac and Tomas Arlen')).toBe(false);
    expect(isTitleCase('Deputy Minister of State for Trade Tomas Arlen:')).toBe(false);
    expect(isTitleCase('MS KOVAC: On the Border Talks.')).toBe(false);
    expect(isTitleCase('(Reporting by Anna Kovac in Vesk and Tomas Arlen in Norland; Editing by Ines Marr)')).toBe(false);
    expect(isTitleCase('By Anna Kovac, Farming Editor')).toBe(false);
    expect(isTitleCase('VESK CITY, Norland (Reuters) - The union rejected the offer.')).toBe(false);
    expect(isTitleCase('VESK REFUSES TO NEGOTIATE WITH REBELS')).toBe(false);
    // (names and titles only: no capitalised verb or function word says it is a headline's case)
    expect(isTitleCase('Vesk President Tomas Arlen and Norland Prime Minister Anna Kovac')).toBe(false);
    expect(isTitleCase('Talks Resume')).toBe(false);
  });
});

describe('title-case: the folded copies', () => {
  it('the tagger reads verbs and function words in lower case; the actors stage sees which capitals name something', () => {
    const f = foldedText('Vesk Refuses to Negotiate With Rebels');
    expect(f.names).toBe('Vesk refuses to negotiate with rebels');
    expect(f.tagger).toBe('Vesk Refuses to negotiate with Rebels');
    for (const s of [f.names, f.tagger]) expect(s.length).toBe('Vesk Refuses to Negotiate With Rebels'.length);
  });

  it('gazetteer names, organisation names, acronyms and a month before a day keep their capitals', () => {
    expect(foldedText('Norland Takes Dispute to United Nations').names).toBe('Norland takes dispute to United Nations');
    expect(foldedText("Halden Workers' Union Rejects Offer From NLR").names).toBe("Halden Workers' Union rejects offer from NLR");
    expect(foldedText('Talks With Brelvania to Resume May 10').names).toBe('Talks with Brelvania to resume May 10');
  });

  it('a sentence that is not Title Case is read as written', () => {
    const s = 'Anna Kovac of Norland met the Vesk delegation.';
    expect(foldedText(s)).toEqual({ tagger: s, names: s });
  });

  it('tokens keep the original words and offsets; the headline\'s capitals are marked', () => {
    const text = 'Vesk Refuses to Negotiate With Rebels\n\nThe talks collapsed on Monday.';
    const a = normalise(text);
    const [head] = parseSentences(a, splitSentences(text, a));
    for (const t of head!.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(head!.tokens.map((t) => t.text)).toEqual(['Vesk', 'Refuses', 'to', 'Negotiate', 'With', 'Rebels']);
    expect(head!.tokens.filter((t) => t.titleCap).map((t) => t.text)).toEqual(['Refuses', 'Negotiate', 'With', 'Rebels']);
    // (the tags come from the folded copy: "With" a preposition, not a proper noun)
    expect(head!.tokens[4]!.tags.has('Preposition')).toBe(true);
    expect(head!.tokens[4]!.tags.has('ProperNoun')).toBe(false);
  });
});

describe('title-case: headlines read for type, span and holder', () => {
  it('"X Refuses to Negotiate With Rebels": a refusal held by X, no actor "Negotiate With Rebels"', () => {
    expect(cues('Vesk Refuses to Negotiate With Rebels')).toEqual([['refusal', 'Refuses to Negotiate With', 'Vesk']]);
    expect(cues('Brelvania Refuses to Negotiate With Rebels')).toEqual([['refusal', 'Refuses to Negotiate With', 'Brelvania']]);
    expect(actorNames('Brelvania Refuses to Negotiate With Rebels')).not.toContain('Negotiate With Rebels');
  });

  it('"Norland Agrees to Resume Talks With Brelvania": an engagement held by Norland', () => {
    expect(cues('Norland Agrees to Resume Talks With Brelvania')).toEqual([['engagement', 'Agrees to Resume Talks With', 'Norland']]);
  });

  it('an organisation named in the headline holds its refusals', () => {
    expect(cues("Halden Workers' Union Rejects Pay Offer, Vows to Continue Strike")).toEqual([
      ['refusal', 'Rejects', "Halden Workers' Union"],
      ['refusal', 'Continue Strike', "Halden Workers' Union"],
    ]);
    expect(cues('Halden Union Vows to Meet Buyers')).toEqual([['engagement', 'Vows to Meet', 'Halden Union']]);
  });

  it('a person named in a Title Case headline holds its stance', () => {
    expect(cues('Norland Prime Minister Anna Kovac Says Talks With Brelvania Will Resume')).toEqual([
      ['engagement', 'Talks With Brelvania Will Resume', 'Anna Kovac'],
    ]);
  });

  it('the same sentence in prose reads the same', () => {
    expect(cues('Brelvania refuses to negotiate with the rebels.')).toEqual([['refusal', 'refuses to negotiate with', 'Brelvania']]);
  });
});
