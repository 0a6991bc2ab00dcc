/**
 * The breadth of the built-in gazetteer: spelling variants, non-state actors,
 * international bodies, state organs and companies (from the Phoenix actor
 * dictionaries and the hand-made lists), and the words it must never take for a
 * name. Sentences are invented.
 */
import { describe, expect, it } from 'vitest';
import { builtinGazetteer, compileGazetteer, nameKeys } from '../src/actors/gazetteer.js';
import { analyze } from '../src/pipeline/index.js';
import type { StanceDocument } from '../src/schema/output.js';
import { stance } from './batch-helpers.js';

const actorOf = (doc: StanceDocument, mention: string) => doc.actors.find((a) => a.mentions.some((m) => m.text === mention));

describe('new kinds of actors in running text', () => {
  it('reads an armed group under another spelling and keeps the refusal with it', () => {
    const doc = analyze('The Taleban rejected the offer of a ceasefire on Friday.');
    const t = actorOf(doc, 'Taleban');
    expect(t?.id).toBe('taliban');
    expect(t?.name).toBe('Taliban');
    expect(doc.cues.find((c) => c.type === 'refusal')?.holder).toBe('taliban');
  });

  it('gives a rebel group, a union and an international body met by acronym their full names', () => {
    const doc = analyze(
      'The MNLF said on Tuesday that it was ready to resume talks in Kuala Lumpur. ' +
        'COSATU threatened a national strike over the wage offer. ' +
        'Inspectors from the OPCW arrived at the depot a day later.',
    );
    expect(actorOf(doc, 'MNLF')?.name).toBe('Moro National Liberation Front');
    expect(actorOf(doc, 'COSATU')?.name).toBe('Congress of South African Trade Unions');
    expect(actorOf(doc, 'OPCW')?.name).toBe('Organisation for the Prohibition of Chemical Weapons');
    for (const m of ['MNLF', 'COSATU', 'OPCW']) expect(actorOf(doc, m)?.type).toBe('organization');
  });

  it('finds one-word names of groups, parties and companies that have no head word', () => {
    const doc = analyze('Hizbullah and Likud traded accusations, while Glencore and Halliburton declined to comment.');
    expect(actorOf(doc, 'Hizbullah')?.id).toBe('hezbollah');
    expect(actorOf(doc, 'Likud')?.id).toBe('likud');
    expect(actorOf(doc, 'Glencore')?.type).toBe('organization');
    expect(actorOf(doc, 'Halliburton')?.type).toBe('organization');
  });

  it('affiliates a state organ to its state, but not a rebel group', () => {
    const doc = analyze('Mossad declined to comment. The Mahdi Army refused to disarm.');
    expect(actorOf(doc, 'Mossad')?.affiliation).toBe('ISR');
    expect(actorOf(doc, 'Mahdi Army')?.affiliation).toBeNull();
  });

  it('reads common misspellings and transliterations of countries', () => {
    const doc = analyze('Officials in the Phillipines and Rumania welcomed the plan.');
    expect(actorOf(doc, 'Phillipines')?.id).toBe('PHL');
    expect(actorOf(doc, 'Rumania')?.id).toBe('ROU');
  });
});

describe('what the gazetteer must not take for a name', () => {
  const root = compileGazetteer(builtinGazetteer()).root;
  const hitOf = (name: string) => {
    let node: typeof root | undefined = root;
    for (const k of nameKeys(name)) node = node?.next.get(k);
    return node?.hit;
  };

  it('has no common English word or generic phrase as a name', () => {
    for (const w of ['Progress', 'Organization', 'Action', 'Justice', 'Unity', 'Hope', 'Freedom', 'Struggle', 'Resistance',
      'Revolution', 'Solidarity', 'Forward', 'Vanguard', 'Front', 'Army', 'Party', 'Union', 'Movement', 'Shell', 'Apple Pie',
      'Popular Front', 'Angry Brigade', 'National Liberation Army', 'International Government Organization'])
      expect(hitOf(w), w).toBeUndefined();
  });

  it('takes no two-letter acronym from the dictionaries, and short acronyms only in capitals', () => {
    for (const w of ['IT', 'AT', 'ON', 'NO', 'AM']) expect(hitOf(w), w).toBeUndefined();
    const mnlf = hitOf('MNLF');
    expect(mnlf?.upper).toBe(true);
  });

  it('does not take capitalised common words at the start of sentences for actors', () => {
    const doc = analyze('Progress was slow. Solidarity mattered to everyone. Justice, they said, would wait. Hope faded by noon.');
    expect(doc.actors).toEqual([]);
  });

  it('keeps the places and people the dictionaries list among actors out', () => {
    for (const w of ['Gibraltar', 'Martinique', 'Joseph Kony', 'Hassan Nasrallah', 'Kandahar', 'Chicago']) expect(hitOf(w), w).toBeUndefined();
  });
});

describe('the CLI', () => {
  it('names the holder of a refusal by an armed group spelt another way', async () => {
    const r = await stance(['-f', 'json'], { input: 'The Taleban rejected the offer.\n' });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as StanceDocument | StanceDocument[];
    const doc = Array.isArray(out) ? out[0]! : out;
    expect(doc.actors.map((a) => a.name)).toEqual(['Taliban']);
    expect(doc.cues.map((c) => [c.type, c.holder])).toEqual([['refusal', 'taliban']]);
  });
});
