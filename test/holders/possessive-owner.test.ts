import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { holderOf } from '../helpers/holder-of.js';

const person = (text: string, name: string) => analyze(text).actors.find((a) => a.name === name);
const nameOf = (text: string, id: string | null | undefined) => analyze(text).actors.find((a) => a.id === id)?.name;

describe("a party's possessive before its person: \"Labour's Tom Bell\", \"Acme's chief executive Jane Roe\"", () => {
  it('the possessive ends the party\'s name; the person after it is the party\'s', () => {
    const text = "Labour's Tom Bell said the party would sit down with anyone.";
    const bell = person(text, 'Tom Bell');
    expect(bell?.type).toBe('person');
    expect(nameOf(text, bell?.affiliation)).toBe('Labour');
  });
  it('a title after the possessive ("Cllr", a councillor\'s title) is no part of the name', () => {
    const text = "Tarn Valley's Cllr Maire Dunleavy said her group had rejected the budget.";
    const p = person(text, 'Maire Dunleavy');
    expect(nameOf(text, p?.affiliation)).toBe('Tarn Valley');
    expect(holderOf(text, /rejected/)).toBe('Maire Dunleavy');
  });
  it('an unknown name that owns a title is a party, and "the company" finds it', () => {
    const text = "Brindle's chief executive Jane Roe said on Monday the company would sit down with the union.";
    const doc = analyze(text);
    const holder = doc.actors.find((a) => a.id === doc.cues.find((c) => /sit down/.test(c.text ?? ''))?.holder);
    expect([holder?.name, nameOf(text, holder?.affiliation)]).toContain('Brindle');
  });
  it('a name set off with its title by commas after the possessive keeps the party ("X\'s group leader, Cllr Y,")', () => {
    const text = "Tarn Valley's group leader, Cllr Padric Munro, said his party would not back the budget.";
    const p = person(text, 'Padric Munro');
    expect(nameOf(text, p?.affiliation)).toBe('Tarn Valley');
  });
  it('a news agency\'s reporter stays a report: "VOA\'s X reports that …" holds nothing', () => {
    const text = "The Velmor union and the Brindle company met on Monday. VOA's Ana Ruiz reports from Lakeport that an agreement was finally reached late on Sunday.";
    expect(holderOf(text, /agreement was/)).not.toBe('Ana Ruiz');
  });
  it('so does the reporter of an outlet no list knows: "WXQ\'s X reports from Y that …", "X reports that …"', () => {
    const text = "The Velmor union and the Brindle company met on Monday. WXQ's Lomer Gigi reports from Lakeport that an agreement was finally reached late on Sunday.";
    expect(holderOf(text, /agreement was/)).not.toBe('Lomer Gigi');
    const bare = 'The Velmor union and the Brindle company met on Monday. Lomer Gigi reports that an agreement was finally reached late on Sunday.';
    expect(holderOf(bare, /agreement was/)).not.toBe('Lomer Gigi');
  });
  it('"Lord\'s Resistance Army": a possessive inside an organisation\'s name does not split it', () => {
    expect(analyze("Talks with the Lord's Resistance Army broke down.").actors.map((a) => a.name)).toContain("Lord's Resistance Army");
  });
});
