import { describe, expect, it } from 'vitest';
import { apposition, inClosedSubordinate, isPrepObject, isVerbObject, lastTokenOf, possessorOfNoun, tokenAt } from '../../src/pipeline/holders/syntax.js';
import { prepare } from './helpers.js';
import { analyze } from '../../src/pipeline/index.js';

describe('holders/syntax: clause structure from tokens', () => {
  it('a noun phrase after "with" is a prepositional object; a partitive\'s whole is not', () => {
    const p = prepare('The envoys met with the Norland delegation on Tuesday.');
    expect(isPrepObject(p.c.ps.tokens, p.tok('the', 3))).toBe(true);
    const q = prepare('Some of the Tarsian lawmakers refused to vote.');
    expect(isPrepObject(q.c.ps.tokens, q.tok('the'))).toBe(false);
  });
  it('a nominative pronoun is never a prepositional object', () => {
    const p = prepare('It was the last of three she plans to attend.');
    expect(isPrepObject(p.c.ps.tokens, p.tok('she'))).toBe(false);
  });
  it('"told reporters" makes an object; "urged X to negotiate" an embedded subject', () => {
    const p = prepare('The minister told reporters the plan was dead.');
    const r = p.tok('reporters');
    expect(isVerbObject(p.c.ps.tokens, r, r + 1, p.c.ps.tokens.length)).toBe(true);
    const q = prepare('The council urged Norland to negotiate.');
    const n = q.tok('Norland');
    expect(isVerbObject(q.c.ps.tokens, n, n + 1, q.tok('negotiate'))).toBe(false);
  });
  it('a subordinate clause that closes before the trigger', () => {
    const p = prepare('When the envoys return, a truce can follow.');
    expect(inClosedSubordinate(p.c.ps.tokens, p.tok('the'), p.tok('truce'))).toBe(true);
    expect(inClosedSubordinate(p.c.ps.tokens, p.tok('a'), p.tok('truce'))).toBe(false);
  });
  it('an appositive after a comma, and a possessor of a plain noun', () => {
    const p = prepare("Peru's foreign minister, Ana Weiss, said the talks would go on.");
    const tokens = p.c.ps.tokens;
    const peru = p.c.mentions.find((m) => /Peru/.test(m.text))!;
    const weiss = p.c.mentions.find((m) => /Weiss/.test(m.text))!;
    expect(possessorOfNoun(tokens, peru)).toBe(true);
    expect(possessorOfNoun(tokens, weiss)).toBe(false);
    expect(apposition(tokens, peru, weiss)).toBe(true);
    expect(lastTokenOf(tokens, weiss)).toBe(tokenAt(tokens, weiss.start) + 1);
  });
  it('a subject after a verb, with an adverb before its own verb, is no object: "given voters narrowly shunned the deal"', () => {
    const p = prepare('Santos won the prize, a surprising choice given voters narrowly shunned the deal he signed.');
    const v = p.tok('voters');
    expect(isVerbObject(p.c.ps.tokens, v, v + 1, p.tok('shunned'))).toBe(false);
    const q = prepare('The mediators met Velmor briefly on Monday and agreed to resume talks.');
    const w = q.tok('velmor');
    expect(isVerbObject(q.c.ps.tokens, w, w + 1, q.tok('agreed'))).toBe(true);
  });
});

describe('holders/syntax: a name after a title\'s body', () => {
  it('"The head of the Harlan Fund Ilse Varga refused …": the name heads the phrase, no prepositional object', () => {
    const p = prepare('The head of the Harlan Fund Ilse Varga refused to meet them.');
    expect(isPrepObject(p.c.ps.tokens, p.tok('Ilse'))).toBe(false);
    expect(isPrepObject(p.c.ps.tokens, p.tok('Harlan'))).toBe(true);
  });
  it('"talks with the head of the Harlan Fund Ilse Varga": the whole phrase is the object of "with"', () => {
    const p = prepare('Peru held talks with the head of the Harlan Fund Ilse Varga on Monday.');
    expect(isPrepObject(p.c.ps.tokens, p.tok('Ilse'))).toBe(true);
  });
  it('the whole sentence: the head of the IMF refuses, not a person of the sentence before', () => {
    const doc = analyze('The Secretary-General of NATO Jens Tarvo said he was ready to help. The head of the Harlan Fund Ilse Varga refused to meet them.');
    const refusal = doc.cues.find((c) => c.type === 'refusal')!;
    expect(doc.actors.find((a) => a.id === refusal.holder)?.name).toBe('Ilse Varga');
  });
});

describe('holders/syntax: the subject of an infinitive after "for"', () => {
  it('"it is time for Russia and Ukraine to hold talks": no prepositional objects, both conjuncts hold', () => {
    const p = prepare('It is time for Russia and Ukraine to hold talks.');
    expect(isPrepObject(p.c.ps.tokens, p.tok('Russia'))).toBe(false);
    const doc = analyze('It is time for Russia and Ukraine to hold talks.');
    expect(doc.cues[0]?.holders).toEqual(['RUS', 'UKR']);
  });
  it('"talks with Russia on Monday" and "pressure for Russia\'s withdrawal" keep their objects', () => {
    const p = prepare('Peru pressed for Russia to hold talks.');
    expect(isPrepObject(p.c.ps.tokens, p.tok('Russia'))).toBe(false);
    const q = prepare('Peru pressed for talks with Russia on Monday.');
    expect(isPrepObject(q.c.ps.tokens, q.tok('Russia'))).toBe(true);
  });
});
