import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { holderOf } from '../helpers/holder-of.js';

describe('the context holder of a paragraph of speech is its first person', () => {
  it('an imperative demand with no subject, in a paragraph whose first person is the speaker\'s', () => {
    const text =
      'Treasurer Ana Weiss defended the budget on Monday. Weiss spoke for an hour. Weiss took questions, and Weiss left at noon.\n\n' +
      'Ingrid Salas has been speaking outside parliament:\n\nThe toll hike is a deal-breaker for us. Take it out, and we can talk about everything else.';
    expect(holderOf(text, /Take it/)).toBe('Ingrid Salas');
  });
});

describe('a pronoun does not point back into a photo caption', () => {
  it('"He" after a caption naming another man is the man of the prose before the caption', () => {
    const text =
      'Velmar\'s chief negotiator, Anton Brisk, said talks in Geneva would go on.\n\n' +
      'Photo: Ostravian Prime Minister Karl Dunmore arrives for talks in Geneva, Thursday. (AP Photo/Staff)\n\n' +
      'He also said there was no question of Velmar recognizing Ostravia.';
    const doc = analyze(text);
    const brisk = doc.actors.find((a) => a.name === 'Anton Brisk')!;
    expect(brisk.mentions.map((m) => m.text)).toContain('He');
  });
});

describe('a title set off by the name after it', () => {
  it('"The Personal Envoy, Henrik Salvesen," is Salvesen, not the envoy named earlier, and so is the next "He"', () => {
    const text =
      'The Personal Envoy for Sudan, Idrissa Kante, was in Port Sudan today. He met the army.\n\n' +
      'The Personal Envoy, Henrik Salvesen, is consulting with all concerned. He remains available to meet with the parties separately or together.';
    expect(holderOf(text, /available to meet/)).toBe('Henrik Salvesen');
  });
  it('a title with no name after it is still the person who holds it', () => {
    const doc = analyze('The Personal Envoy for Sudan, Idrissa Kante, was in Port Sudan today. The Envoy said he would meet both sides.');
    expect(doc.actors.find((a) => a.name === 'Idrissa Kante')!.mentions.map((m) => m.text)).toContain('The Envoy');
  });
});

describe('no one holds a stance toward themselves', () => {
  it('with no party as subject, the party the stance is toward is not its holder', () => {
    const doc = analyze('The trustees vowed to veto any deal with the Halden union.');
    const cue = doc.cues.find((c) => c.type === 'refusal')!;
    expect(cue.target).toBeTruthy();
    expect(cue.holder).not.toBe(cue.target);
  });
  it('a context holder that is another party still holds it', () => {
    const text = 'Norland\'s president spoke on Monday. "We will never negotiate with the rebels," he said.';
    expect(holderOf(text, /never negotiate/)).not.toBe('rebels');
  });
});
