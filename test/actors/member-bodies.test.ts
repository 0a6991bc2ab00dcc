import { describe, expect, it } from 'vitest';
import { actors, named, texts } from './helpers.js';

describe("a body named by its members' noun", () => {
  it('makes "the nurses\' union", "the teachers union" organisations', () => {
    const list = actors("The nurses' union rejected the offer. The drivers union agreed to talks. Later the union said it was ready.");
    expect(named(list, "nurses' union")?.type).toBe('organization');
    expect(texts(named(list, 'drivers union'))).toEqual(['The drivers union', 'the union', 'it']);
  });
  it('keeps the country named before it', () => {
    const list = actors("The Kenyan dockworkers' union said it would strike.");
    const u = named(list, "Kenyan dockworkers' union");
    expect(u?.affiliation).toBe(named(list, 'Kenya')?.id);
  });
  it('makes a demonym and a bare body of members the country\'s body ("a French union")', () => {
    const list = actors('The French union rejected the offer. Later the union said it would strike.');
    const u = named(list, 'French union');
    expect(u?.type).toBe('organization');
    expect(u?.affiliation).toBe(named(list, 'France')?.id);
    expect(texts(u)).toContain('the union');
  });
  it('is the body named before with those members', () => {
    const list = actors("The Harbour Pilots Association rejected the offer. Later the pilots' association agreed to talks.");
    expect(texts(named(list, 'Harbour Pilots Association'))).toEqual(['Harbour Pilots Association', "the pilots' association"]);
  });
  it('leaves a group before another noun alone', () => {
    const list = actors('Teachers union officials met the minister.');
    expect(named(list, 'Teachers union officials')?.type).toBe('group');
  });
});
