import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';

/** holder name and demand text of the first cue of `type` whose text matches `re` */
function cue(text: string, type: string, re: RegExp) {
  const doc = analyze(text);
  const c = doc.cues.find((x) => x.type === type && re.test(x.text ?? ''));
  return { found: !!c, holder: doc.actors.find((a) => a.id === c?.holder)?.name ?? null, demand: c?.condition?.text ?? null };
}

describe('a demand noun is held by the party that makes the demand, not by the subject that answers it', () => {
  it("a possessor before the noun: \"rejected the workers' demands to …\" is the workers' demand, the refusal the subject's", () => {
    const text = "The Brindle Group has rejected the Velmor Union's demands to reopen talks.";
    expect(cue(text, 'condition', /demands/).holder).toBe('Velmor Union');
    expect(cue(text, 'refusal', /rejected/).holder).toBe('Brindle Group');
    // a demander named in words only ("the workers'") is no actor: the subject does not take the demand over
    expect(cue("The management has rejected the workers' demands to reopen talks.", 'condition', /demands/).holder).not.toBe('management');
  });
  it('a party noun right before the noun is its demander: "rejected union demands to negotiate"', () => {
    const text = 'The Velmor union called a strike on Monday. The Brindle Group has rejected union demands to negotiate.';
    expect(cue(text, 'condition', /demands/).holder).not.toBe('Brindle Group');
  });
  it('a party noun the tagger reads as an adjective is the demander too: "a rebel demand that X resign" is not X\'s', () => {
    const text = 'The negotiations have broken down over a rebel demand that Governor Aron Tesk resign.';
    const c = cue(text, 'condition', /demand/);
    expect(c.found).toBe(true);
    expect(c.holder).not.toBe('Aron Tesk');
  });
  it("\"X's call for …\" is X's demand", () => {
    const text = "The Brindle Group dismissed the Velmor Union's demand for a pay rise.";
    expect(cue(text, 'condition', /demand/).holder).toBe('Velmor Union');
  });
  it('"demands by X to …": X holds the demand, which is the to-phrase only', () => {
    const text = 'Demands by the Velmor Union to negotiate were rejected.';
    const c = cue(text, 'condition', /Demands/);
    expect(c.holder).toBe('Velmor Union');
    expect(c.demand).toBe('to negotiate');
  });
  it('"the conditions set out by X": X, the agent of the setting participle, holds them, not the subject that answers', () => {
    const text = 'The Brindle Group dismissed the conditions set out by the Velmor Union for a return to work.';
    expect(cue(text, 'condition', /conditions/).holder).toBe('Velmor Union');
    expect(cue('Talks broke down over the terms laid down by the Kessa Brigades.', 'condition', /terms/).holder).toBe('Kessa Brigades');
  });
  it("the demander of a passive refusal with no agent holds no refusal: \"X's demands … were rejected\"", () => {
    const text = "The Velmor Union's demands to negotiate were rejected.";
    expect(cue(text, 'condition', /demands/).holder).toBe('Velmor Union');
    expect(cue(text, 'refusal', /rejected/).found).toBe(true);
    expect(cue(text, 'refusal', /rejected/).holder).not.toBe('Velmor Union');
    // with its agent, the agent refuses: "… were rejected by the Brindle Group"
    expect(cue("The Velmor Union's demands to negotiate were rejected by the Brindle Group.", 'refusal', /rejected/).holder).toBe('Brindle Group');
  });
  it('"the demand from X that …": X holds it, the demand is the that-clause', () => {
    const text = 'The Brindle Group ignored the demand from the Velmor Union that it reopen the plant.';
    const c = cue(text, 'condition', /demand/);
    expect(c.holder).toBe('Velmor Union');
    expect(c.demand).toBe('it reopen the plant');
  });
  it("\"X's call for Y to …\" is X's, the refusal of it the subject's", () => {
    const text = "The Brindle Group rejected the Velmor Union's call for the plant to reopen.";
    expect(cue(text, 'condition', /call for/).holder).toBe('Velmor Union');
    expect(cue(text, 'refusal', /rejected/).holder).toBe('Brindle Group');
  });
});

describe('an agentless passive on a party\'s own demand is not that party\'s refusal', () => {
  it('a verdict put as a noun phrase is the reporter\'s, not the plan\'s maker\'s: "X said Y\'s plan was a non-starter"', () => {
    expect(cue("The Brindle Group said the Velmor Union's plan was a non-starter.", 'refusal', /non-starter/).holder).toBe('Brindle Group');
    expect(cue("The Brindle Group said the Velmor Union's offer was an insult.", 'refusal', /insult/).holder).toBe('Brindle Group');
  });
  it('"the union\'s demands were rejected": no one named holds it; a reporting party other than the demander does', () => {
    expect(cue("The Velmor Union's demands were rejected on Friday.", 'refusal', /rejected/).holder).toBeNull();
    expect(cue("The Velmor Union's demands were rejected on Friday, the Brindle Group said.", 'refusal', /rejected/).holder).toBe('Brindle Group');
    expect(cue("The Velmor Union said its demands were rejected on Friday.", 'refusal', /rejected/).holder).not.toBe('Velmor Union');
  });
  it('"the union\'s demands were unacceptable": a judgement on a party\'s demand is the judge\'s, not the demander\'s', () => {
    expect(cue("The Brindle Group said the Velmor Union's demands were unacceptable.", 'refusal', /unacceptable/).holder).toBe('Brindle Group');
    expect(cue("The Velmor Union's demands were unacceptable, the Brindle Group said.", 'refusal', /unacceptable/).holder).toBe('Brindle Group');
  });
  it('"X\'s bid for Y was rejected": Y, the party it went to, answers it', () => {
    expect(cue("The Brindle Group's bid for the Velmor Union was rejected on Friday.", 'refusal', /rejected/).holder).toBe('Velmor Union');
  });
});
