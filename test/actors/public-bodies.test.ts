/** Domestic-politics names and public bodies (see test/politics-challenge.test.ts for the wider set). */
import { describe, expect, it } from 'vitest';
import { actors, named } from './helpers.js';

const typeOf = (text: string, name: string) => named(actors(text), name)?.type;

describe('people named with a title and "of <place>"', () => {
  it('reads the name before "of" as the person', () => {
    expect(typeOf('Governor Emil Rask of Vesk said he would meet the strikers.', 'Emil Rask')).toBe('person');
    expect(typeOf('Sen. Ana Ruiz of New Vesk said she would vote no.', 'Ana Ruiz')).toBe('person');
  });
  it('keeps a title with its own "of" ("Secretary of State Tom Vell")', () => {
    expect(typeOf('Secretary of State Tom Vell said he would talk.', 'Tom Vell')).toBe('person');
  });
  it('leaves local titles and a judge\'s title out of the name', () => {
    expect(typeOf('Assemblywoman Rita Solen said she would not attend.', 'Rita Solen')).toBe('person');
    expect(typeOf('Chief Justice Emeka Tarn said the court would rule on Monday.', 'Emeka Tarn')).toBe('person');
    expect(typeOf('The Justice Department said it would not comment.', 'Justice Department')).toBe('organization');
  });
});

describe('parties by their plural', () => {
  it('makes a name ending in a party plural a body, not a person', () => {
    expect(typeOf('The Christian Democrats said they would support the budget.', 'Christian Democrats')).toBe('organization');
    expect(typeOf('Senate Republicans said they were ready to talk.', 'Senate Republicans')).toBe('group');
    expect(typeOf('Officials will meet the Greens on Monday.', 'Greens')).toBe('organization');
  });
});

describe('bodies described, not named', () => {
  it('makes a public body with a modifier a party of its own', () => {
    expect(typeOf('The city council voted to reject the plan.', 'city council')).toBe('organization');
    expect(typeOf("The governor's office said it was open to talks.", "governor's office")).toBe('organization');
    expect(typeOf('The county board of supervisors refused to fund it.', 'county board of supervisors')).toBe('organization');
  });
  it('reads no body in a compound', () => {
    expect(named(actors('Sen. Mara Velk walked out of the committee room.'), 'committee')).toBeUndefined();
  });
  it("names a body after its owner's possessive or a demonym", () => {
    const text = "Halvik Automobilwerke rejected the offer. Halvik's works council said it would not accept short-time work.";
    expect(typeOf(text, "Halvik's works council")).toBe('organization');
    expect(typeOf('The Swedish tourism industry association said the strike was badly timed.', 'Swedish tourism industry association')).toBe('organization');
  });
  it('splits a chamber\'s possessive from the body it owns', () => {
    expect(typeOf("Parliament's Public Accounts Committee said it would not sign off the accounts.", 'Public Accounts Committee')).toBe('organization');
  });
  it('makes "the city" that acts the city of the dateline, and leaves a city that only suffers alone', () => {
    const text = 'HARWICK, June 3 - Refuse collectors walked out on Monday. The city has put a 4 percent raise on the table.';
    expect(typeOf(text, 'Harwick')).toBe('organization');
    expect(typeOf('The county refused to raise pay.', 'county')).toBe('organization');
    expect(named(actors('The city was shelled overnight.'), 'city')).toBeUndefined();
  });
});

describe('groups with conjoined modifiers', () => {
  it('keeps a modifier conjoined with the first one in the group', () => {
    expect(typeOf('The ministry will not make state and local authorities cover the cost.', 'state and local authorities')).toBe('group');
    expect(typeOf('Junior and senior doctors walked out.', 'Junior and senior doctors')).toBe('group');
  });
  it('leaves two groups apart', () => {
    expect(typeOf('Union leaders and senior doctors walked out.', 'senior doctors')).toBe('group');
  });
});
