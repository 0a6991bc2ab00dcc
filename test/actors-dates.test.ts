import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

const names = (text: string) => analyze(text).actors.map((a) => a.name);

describe('a day or a month is no organisation (actors/people.ts)', () => {
  it("leaves out a weekday compromise tags as an organisation ('said Friday news that', \"Thursday's announcement\")", () => {
    expect(names('The mayor said Friday news that the drivers want talks was good.')).not.toContain('Friday');
    expect(names("The drivers were glad of Thursday's government announcement on the talks.")).not.toContain('Thursday');
  });
  it('keeps the organisations and people around it', () => {
    expect(names('The premier, Ada Morn, said Friday news that the Tarvo Workers Union wants talks was welcome.')).toEqual(expect.arrayContaining(['Ada Morn', 'Tarvo Workers Union']));
  });
});
