import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { holderOf } from '../helpers/holder-of.js';

describe('organisation names with an ampersand, and "the union" for a workers\' body named with a possessive', () => {
  it('an ampersand joins the words of one name', () => {
    const doc = analyze("The Rail & Transit Workers' Federation said on Monday it would not negotiate with Corvane.");
    expect(doc.actors.map((a) => a.name)).toContain("Rail & Transit Workers' Federation");
    expect(doc.actors.map((a) => a.name)).not.toContain('Rail');
    expect(holderOf("Brandt & Sohn said it was ready to meet the union.", /ready to meet/)).toBe('Brandt & Sohn');
  });
  it('"the union" is the body whose name holds a possessive members\' noun ("Workers\' Alliance")', () => {
    const text =
      "Dock staff in the Harbour & Logistics Workers' Alliance will strike from Monday. " +
      'The union said it remained available to meet Portvale at any hour.';
    expect(holderOf(text, /available to meet/)).toBe("Harbour & Logistics Workers' Alliance");
  });
  it('a body of employers named with a possessive is no union', () => {
    const text = "The Port Employers' Association met on Monday. The union said it was willing to negotiate with the employers.";
    expect(holderOf(text, /willing to negotiate/)).not.toBe("Port Employers' Association");
  });
});
