/**
 * Whole articles written for these tests (fixtures/article-*.txt, fictional
 * companies and people), each checked for the few facts that matter: who holds
 * which stance toward whom, and what a condition demands.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';
import type { StanceDocument } from '../src/schema/output.js';

const load = (name: string) => analyze(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
/** "type holder-name → target-name" for the cue whose trigger text is `text` */
const cue = (doc: StanceDocument, text: string) => {
  const name = (id: string | null) => doc.actors.find((a) => a.id === id)?.name ?? null;
  // (the cue's span starts at the text; a rule may take in the object after it: "due to meet a government mediator")
  const c = doc.cues.find((x) => x.text.startsWith(text));
  return c ? `${c.type} ${name(c.holder)} → ${name(c.target)}` : `no cue "${text}"`;
};

describe('a port strike (fixtures/article-port-strike.txt)', () => {
  const doc = load('article-port-strike.txt');
  it('finds "the union" as a party though the text never names it', () => {
    expect(doc.actors.find((a) => a.name === 'union')?.type).toBe('organization');
  });
  it('gives the union its refusal and its condition, and the whole until-clause as the demand', () => {
    // (aimed at the port operator, which the story names only later: Harbor Logistics Group, the one company it names)
    expect(cue(doc, 'keep the strike going')).toBe('refusal union → Harbor Logistics Group');
    expect(cue(doc, 'until the port operator agreed')).toBe('condition union → Harbor Logistics Group');
    expect(doc.cues.find((c) => c.text === 'until the port operator agreed')?.condition?.text).toBe('the port operator agreed to a 7 percent raise');
    // the operator's agreeing is what the union demands, not a stance of its own
    expect(doc.cues.some((c) => c.text === 'agreed to')).toBe(false);
  });
  it("gives the operator both halves of \"prepared to resume talks but would not improve its offer\"", () => {
    expect(cue(doc, 'prepared to resume talks')).toBe('engagement Harbor Logistics Group → null');
    expect(cue(doc, 'would not improve its offer')).toBe('refusal Harbor Logistics Group → null');
  });
  it("reads a judgement of the union's demands as no stance, neither the union's nor the spokeswoman's", () => {
    // ("the union's demands were unrealistic" says what the company thinks of them, not what they are)
    expect(doc.cues.some((c) => /demands/.test(c.text))).toBe(false);
    expect(doc.cues.some((c) => c.holderName === 'Marieke Bos')).toBe(false);
  });
  it('reads the minister\'s call and the negotiators\' plan', () => {
    // a third party's call on both sides is an appeal, not one side's requirement (fixtures/eval/README.md)
    expect(doc.cues.some((c) => c.type === 'condition' && /urged both sides/.test(c.text))).toBe(false);
    // negotiators stand for the sides that sent them (holders9: "delegates from X")
    expect(cue(doc, 'due to meet')).toBe('engagement both sides → null');
  });
});

describe('a takeover bid (fixtures/article-takeover.txt)', () => {
  const doc = load('article-takeover.txt');
  it('calls the bidder by its short name', () => {
    const bidder = doc.actors.find((a) => a.name === 'Caldera Automotive');
    expect(bidder?.mentions.map((m) => m.text)).toContain('Caldera');
  });
  it('gives a headline that names no holder ("Board Rejects …") to the holder of the lead\'s rejection', () => {
    expect(cue(doc, 'Rejects')).toBe('refusal Nordvik Motors → null');
  });
  it('finds the rejection, the refusal to talk and its condition, aimed at the bidder', () => {
    expect(cue(doc, 'rejected')).toBe('refusal Nordvik Motors → Caldera Automotive');
    expect(cue(doc, 'would not engage in talks')).toBe('refusal Eva Lind → Caldera Automotive');
    expect(cue(doc, 'unless')).toBe('condition Eva Lind → Caldera Automotive');
    expect(cue(doc, 'open to any proposal')).toBe('engagement Eva Lind → null');
  });
  it('does not read "did not rule out a hostile bid" as willingness to talk', () => {
    expect(doc.cues.some((c) => /rule out/.test(c.text))).toBe(false);
  });
  it("reads the investors' call on the board to negotiate as a stance of neither (a call on another party to engage)", () => {
    expect(doc.cues.some((c) => /negotiate/.test(c.text) || /investors/.test(c.holderName ?? ''))).toBe(false);
  });
});
