import { describe, expect, it } from 'vitest';
import { actors, named } from './helpers.js';

describe('company names', () => {
  it('splits two organisations joined by "and", each ending in its head', () => {
    const list = actors('Caldera Holdings and Varnet Group said they would negotiate.');
    expect(named(list, 'Caldera Holdings')?.type).toBe('organization');
    expect(named(list, 'Varnet Group')?.type).toBe('organization');
  });
  it('keeps one name whose first part ends in no head', () => {
    const list = actors('The Association of Quarry Workers and Builders Union refused.');
    expect(named(list, 'Association of Quarry Workers and Builders Union')?.type).toBe('organization');
  });
  it('reads a legal suffix as part of the name', () => {
    const list = actors('Kelso GmbH agreed. Vantor NV rejected the bid.');
    expect(named(list, 'Kelso GmbH')?.type).toBe('organization');
    expect(named(list, 'Vantor NV')?.type).toBe('organization');
  });
});
