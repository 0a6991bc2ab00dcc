import { describe, expect, it } from 'vitest';
import { scanOf } from '../../src/pipeline/actors/scan.js';
import { acronymAt } from '../../src/pipeline/actors/organisations.js';
import { afterMentions, context, drafts } from './helpers.js';

describe('organisations pass', () => {
  it('names an organisation by its head word and registers its acronym', () => {
    const cx = afterMentions('The Harbour Pilots Association (HPA) called a strike. The HPA said it would hold out.');
    expect(drafts(cx)[0]).toEqual(['Harbour Pilots Association', 'organization', ['Harbour Pilots Association', 'HPA', 'HPA']]);
    expect(cx.acronyms.get('hpa')).toBe('org:harbour pilots association');
  });
  it('takes a standalone acronym for an organisation, but not a title or a news agency', () => {
    const cx = context('The KRTU told AFP its CEO had resigned.');
    const sc = scanOf(cx, cx.parsed[0]!)!;
    expect(acronymAt(sc, 1)).toBe(2);
    expect(acronymAt(sc, 3)).toBeUndefined();
    expect(acronymAt(sc, 5)).toBeUndefined();
  });
  it('reads "X for Y" after a capitalised plural as one organisation', () => {
    const cx = afterMentions('Lawyers for Open Courts filed a complaint.');
    expect(drafts(cx)).toEqual([['Lawyers for Open Courts', 'organization', ['Lawyers for Open Courts']]]);
  });
});
