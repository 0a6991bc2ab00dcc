/** The wrong actors listed in issue 10, on sentences of our own: each must stay right. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { actors, named } from './helpers.js';

const holderNames = (text: string) => {
  const doc = analyze(text);
  return doc.cues.map((c) => doc.actors.find((a) => a.id === c.holder)?.name ?? null);
};

describe('issue 10: wrong actors stay fixed', () => {
  it('"by Japan and European Union": two parties, not one organisation', () => {
    const list = actors('The movement is listed as a terrorist organization by Japan and European Union.');
    expect(list.map((a) => a.name)).toEqual(expect.arrayContaining(['Japan', 'European Union']));
    expect(list.find((a) => /Japan and/.test(a.name))).toBeUndefined();
  });
  it('"Texas Republican Ana Ruiz said": the person is Ana Ruiz', () => {
    const list = actors('Texas Republican Ana Ruiz said she would not back the deal.');
    expect(named(list, 'Ana Ruiz')?.type).toBe('person');
    expect(list.find((a) => /Republican/.test(a.name))).toBeUndefined();
  });
  it('an acronym that starts a longer name ("VH Ports has decided") is not an organisation "VH"', () => {
    const list = actors('Velmor Harbour Company signed the accord. VH Ports has decided to withdraw from the talks.');
    expect(list.find((a) => a.name === 'VH')).toBeUndefined();
  });
  it('"strong parliamentary opposition" is no party, and the stance stays with the government', () => {
    expect(holderNames('Despite strong parliamentary opposition, the Peruvian government refused to withdraw the bill.')).toEqual(['Peru']);
  });
  it('a spelling variant of a known group holds its stance ("The Taleban")', () => {
    expect(holderNames('The Taleban rejected the offer.')).toEqual(['Taliban']);
  });
  it('a statement headed "Press Statement by X": X holds the first-person stances of the body', () => {
    expect(holderNames('Press Statement by Ilse Varga\n\nI welcome the agreement. We will support the talks.')).toEqual(['Ilse Varga', 'Ilse Varga']);
  });
  it('briefing speaker labels: the labelled speaker holds, the questioner holds nothing', () => {
    const text = 'AMBASSADOR ODA KELL: We will not negotiate with the junta.\n\nQUESTION: Will you talk to them?\n\nAMBASSADOR KELL: We are ready to talk to the opposition.';
    const names = holderNames(text);
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const n of names) expect(n).toMatch(/KELL/i);
  });
  it('a two-part dateline is not the subject: "HARWICK, Ohio, May 2 - The union … walked out" is the union\'s', () => {
    const names = holderNames('HARWICK, Ohio, May 2 - The union walked out of pay negotiations on Sunday.\n\nHarwick Nurses Association president Dana Kell said the talks were over.');
    expect(names[0]).toBe('Harwick Nurses Association');
  });
  it('a family name written first ("Park Min-ho", "Kim Jae-sung") is the person when used alone later', () => {
    for (const [text, full] of [
      ['South Korean negotiator Park Min-ho met Japanese officials on Monday.\n\nPark said Seoul would not accept the proposal.', 'Park Min-ho'],
      ['Kim Jae-sung, the union leader, spoke on Monday.\n\nKim said the union would refuse to negotiate.', 'Kim Jae-sung'],
    ] as const) {
      const doc = analyze(text);
      const people = doc.actors.filter((a) => a.type === 'person' || a.type === 'organization').map((a) => a.name);
      expect(people).toContain(full);
      expect(people).not.toContain(full.split(' ')[0]);
    }
  });
});
