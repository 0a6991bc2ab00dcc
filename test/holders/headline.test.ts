import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/index.js';
import { pruneNested } from '../../src/pipeline/holders/overlap.js';
import { analyze as analyzeWith, loadRules } from '../../src/index.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('holders/headline and overlap', () => {
  it('a headline naming no holder takes the body lead\'s holder', () => {
    const doc = analyze('Board Rejects Takeover Bid\n\nChile on Monday rejected the takeover bid by a mining group.');
    const head = doc.cues.find((c) => c.sentence === 0);
    expect(head?.holder).toBe('CHL');
  });
  it('a headline trigger dropped for want of a party leaves no guess behind (the last one used to point past the cues)', () => {
    // a bare needsTarget "{meet}" matches "Before Meeting" and is dropped, after the headline's one cue
    const dir = mkdtempSync(join(tmpdir(), 'stance-headline-'));
    const file = join(dir, 'meet.yml');
    writeFileSync(
      file,
      'description: test\nrules:\n  - id: bare-meet\n    type: engagement\n    description: t\n    match: "{meet}"\n    needsTarget: true\n    examples:\n      match: ["Norland met Vesk."]\n',
    );
    const rules = loadRules({ files: [file] });
    const doc = analyzeWith('Norland: Vesk Phoned Monday To Negotiate, But We Must Act Before Meeting', { rules });
    expect(doc.cues.map((c) => c.rule)).toEqual(['engagement.contact-to-engage']);
  });
  it('a stance inside another party\'s demand is that demand\'s content', () => {
    // a demand that sets a term: the condition swallows the stance named inside it
    const doc = analyze('Peru called on Chile to lift sanctions before any talks.');
    expect(doc.cues.some((c) => c.holder === 'CHL')).toBe(false);
    expect(pruneNested(doc.text ?? '', doc.cues)).toEqual(doc.cues);
  });
  it('a call on another party to engage is a stance of neither party (fixtures/eval/README.md, "Third parties")', () => {
    expect(analyze('Peru called on Chile to return to talks.').cues).toEqual([]);
    expect(analyze('The minister urged both sides to get back to the negotiating table.').cues).toEqual([]);
    // the speaker's own call for talks is the speaker's wish to engage
    const own = analyze('"We are asking the company to talk to us," the union leader said.');
    expect(own.cues.map((c) => c.type)).toEqual(['engagement']);
  });
});
