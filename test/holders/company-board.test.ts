import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { holderOf } from '../helpers/holder-of.js';

describe('a company statement: its defined "the Company", "the Board" and "the X Board" are the company', () => {
  it('"the Company" defined in parentheses stays the company after another company is named', () => {
    const text =
      'Talvik Energy plc ("Talvik" or "the Company") confirms it has received a proposal from Brenmoor Partners LLP ("Brenmoor"). ' +
      'The Company would be willing to grant Brenmoor access to due diligence.';
    expect(holderOf(text, /willing to grant/)).toBe('Talvik Energy plc');
  });
  it('"the Board" after "The Board of X" is X', () => {
    const text =
      'The Board of Talvik Energy plc notes the press speculation about Brenmoor Partners. ' +
      'Brenmoor said on Monday it had made a proposal. The Board said it is not opposed to a sale of the business to Brenmoor.';
    const doc = analyze(text);
    const talvik = doc.actors.find((a) => a.name === 'Talvik Energy plc')!;
    expect(talvik.mentions.map((m) => m.text)).toContain('The Board');
  });
  it('"The Kestrel Board" is Kestrel acting through its board, and so is its later "the Board"', () => {
    const text =
      'Kestrel Minerals Limited (Kestrel or the Company) received a proposal from Varnet Capital. ' +
      'The Kestrel Board has concluded that the proposal undervalues Kestrel. Accordingly, the Board will not be engaging further on the proposal.';
    const doc = analyze(text);
    expect(doc.actors.map((a) => a.name)).not.toContain('Kestrel Board');
    expect(holderOf(text, /will not be engaging/)).toBe('Kestrel Minerals Limited');
  });
  it('a board that is a public body of its own stays one ("the Labour Relations Board")', () => {
    const doc = analyze('The Labour Relations Board said it would hear both sides. The union agreed to meet the Board on Monday.');
    expect(doc.actors.map((a) => a.name)).toContain('Labour Relations Board');
  });
});
