import { describe, expect, it } from 'vitest';
import { actors, afterEntities, drafts, named, texts } from './helpers.js';

describe('entities pass', () => {
  it('merges a surname with the full name and indexes it', () => {
    const { cx, names } = afterEntities('Foreign Minister Livia Andrade met reporters. Minister Andrade said little.');
    expect(drafts(cx)).toEqual([['Livia Andrade', 'person', ['Livia Andrade', 'Andrade']]]);
    expect(names.surnames.get('andrade')?.name).toBe('Livia Andrade');
  });
  it('gives members to the union named with their noun, and a company its first word', () => {
    const { cx, names } = afterEntities('The Bus Drivers Union called a strike against Orbis Motors. Drivers stayed home.');
    const drivers = [...cx.drafts.values()].find((d) => d.type === 'group')!;
    expect(drivers.affiliation).toBe('org:bus drivers union');
    expect(names.shortNames.get('orbis')?.name).toBe('Orbis Motors');
  });
  it('reads a name before ", whose" as a person, and a guessed name ending in a titled surname as a relative', () => {
    const list = actors('Among them was Tomas Reyvik, whose son was held. Mr. Reyvik says talks failed. Anja Reyvik denied it.');
    const people = list.filter((a) => a.type === 'person').map((a) => a.name);
    expect(people).toEqual(['Tomas Reyvik', 'Anja Reyvik']);
    expect(texts(named(list, 'Tomas Reyvik'))).toEqual(['Tomas Reyvik', 'Reyvik']);
  });
});

