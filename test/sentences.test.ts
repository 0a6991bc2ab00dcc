import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MAX_SENTENCE, splitSentences } from '../src/pipeline/sentences.js';
import { normalise } from '../src/pipeline/normalise.js';
import type { Sentence } from '../src/schema/output.js';

function split(text: string): Sentence[] {
  const out = splitSentences(text, normalise(text));
  // the offset invariant, for every case of this file
  for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  return out;
}
const texts = (text: string) => split(text).map((s) => s.text);

describe('sentence splitting on news text', () => {
  it.each([
    ['U.S. and U.N. before lower-case words', 'The U.S. and the U.N. met on Monday. Talks ended.', ['The U.S. and the U.N. met on Monday.', 'Talks ended.']],
    ['Jan. before a day', 'The talks began on Jan. 5 in Geneva. They ended.', ['The talks began on Jan. 5 in Geneva.', 'They ended.']],
    ['Mr. and Gen. before names', 'Mr. Smith met Gen. Jones. They spoke.', ['Mr. Smith met Gen. Jones.', 'They spoke.']],
    ['p.m. then a new sentence', 'Talks ended at 3 p.m. The next round is set.', ['Talks ended at 3 p.m.', 'The next round is set.']],
    ['p.m. before a time zone', 'Talks end at 5 p.m. EST on Friday. Both sides agree.', ['Talks end at 5 p.m. EST on Friday.', 'Both sides agree.']],
    ['No. 2 and No. 10', 'They spoke about No. 2 on the list. He lives at No. 10 Downing Street.', ['They spoke about No. 2 on the list.', 'He lives at No. 10 Downing Street.']],
    ['decimals and percentages', 'Growth was 3.5 percent in 2024. Inflation hit 4.2% last year. It cost $1.5 billion.', ['Growth was 3.5 percent in 2024.', 'Inflation hit 4.2% last year.', 'It cost $1.5 billion.']],
    ['initials', 'George W. Bush met J. R. Smith. Then he left.', ['George W. Bush met J. R. Smith.', 'Then he left.']],
    ['U.S. before a name', 'Officials of the U.S. Treasury met Chinese officials. They agreed.', ['Officials of the U.S. Treasury met Chinese officials.', 'They agreed.']],
    ['U.S. at the end of a sentence', 'Talks ended in the U.S. Officials left.', ['Talks ended in the U.S.', 'Officials left.']],
    ['a quotation with a comma', '"We will not kneel," he said. The talks collapsed.', ['"We will not kneel," he said.', 'The talks collapsed.']],
    ['." before a capital', 'He said: "We will not kneel." The talks collapsed.', ['He said: "We will not kneel."', 'The talks collapsed.']],
    ['.” before a capital', 'He said: “We will not kneel.” The talks collapsed.', ['He said: “We will not kneel.”', 'The talks collapsed.']],
    ['quoted sentences', '“No,” she said. “We refuse.” Then silence.', ['“No,” she said.', '“We refuse.”', 'Then silence.']],
    ['ellipses', 'He paused... Then he spoke. Wait… Then more.', ['He paused...', 'Then he spoke.', 'Wait…', 'Then more.']],
    ['ellipsis before lower case', 'He paused... and then he spoke.', ['He paused... and then he spoke.']],
    ['question and exclamation', 'Is this a deal? Yes! It is.', ['Is this a deal?', 'Yes!', 'It is.']],
    ['NBSP after U.S.', 'Officials of the U.S.\u00a0Treasury met. They agreed.', ['Officials of the U.S.\u00a0Treasury met.', 'They agreed.']],
    ['." before Hebrew', 'Norland\'s minister said: "We will not negotiate." שלום Norland rejected talks.', ['Norland\'s minister said: "We will not negotiate."', 'שלום Norland rejected talks.']],
    ['.” before Arabic', 'The envoy said: “We agree.” مرحبا Vesk agreed.', ['The envoy said: “We agree.”', 'مرحبا Vesk agreed.']],
    ['a plain stop before CJK', 'Vesk agreed to talks. 中国 sent an envoy.', ['Vesk agreed to talks.', '中国 sent an envoy.']],
    ['?" before lower case stays one', '"Will you come?" she asked. He nodded.', ['"Will you come?" she asked.', 'He nodded.']],
    ['U.S. before CJK stays one', 'He met the U.S. 中国 delegation.', ['He met the U.S. 中国 delegation.']],
    ['." before Hebrew with no space', 'Vesk said: "We will not negotiate."שלום Norland agreed.', ['Vesk said: "We will not negotiate."', 'שלום Norland agreed.']],
    ['!” before CJK with no space', 'Vesk said: “We will not negotiate!”你好 Norland agreed.', ['Vesk said: “We will not negotiate!”', '你好 Norland agreed.']],
    ['.” before a capital with no space', 'Vesk said: “We refuse.”Norland agreed.', ['Vesk said: “We refuse.”', 'Norland agreed.']],
    ['U.S.Treasury (no quote) stays one', 'Officials of the U.S.Treasury met.', ['Officials of the U.S.Treasury met.']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('flags a headline line and keeps the dateline with its sentence', () => {
    const ss = split('Iran Says It Is Open to Talks\n\nTEHRAN, Jan. 5 (Reuters) - Iran said on Monday it was open to talks.');
    expect(ss.map((s) => [s.text, s.paragraph, s.headline])).toEqual([
      ['Iran Says It Is Open to Talks', 0, true],
      ['TEHRAN, Jan. 5 (Reuters) - Iran said on Monday it was open to talks.', 1, false],
    ]);
  });

  it('a headline directly above the body (no blank line) is its own sentence', () => {
    const ss = split('China Engages in Trade Talks\nChina agreed to meet U.S. officials on Monday.');
    expect(ss.map((s) => s.headline)).toEqual([true, false]);
    expect(ss[1]!.text).toBe('China agreed to meet U.S. officials on Monday.');
  });

  it('bullet lines are separate sentences', () => {
    expect(texts('- Iran said it was open to talks\n- The U.S. said it would respond\n* Russia declined')).toEqual([
      '- Iran said it was open to talks',
      '- The U.S. said it would respond',
      '* Russia declined',
    ]);
  });

  it('joins hard-wrapped prose', () => {
    const text =
      'The talks between the two countries, which had been stalled for months\n' +
      'because of a dispute over sanctions, resumed on Monday in Geneva after\n' +
      'mediators from Qatar brokered a deal that both sides accepted in the end.\n' +
      'Officials said more rounds would follow.';
    const ss = split(text);
    expect(ss).toHaveLength(2);
    expect(ss[0]!.text.endsWith('accepted in the end.')).toBe(true);
    expect(ss[0]!.headline).toBe(false);
    expect(ss[1]!.text).toBe('Officials said more rounds would follow.');
  });

  it('joins a two-line wrap whose second line starts with a capital', () => {
    const ss = split('The talks resumed on Monday, and the\nUnited States said it would attend the next round.');
    expect(ss).toHaveLength(1);
    expect(ss[0]!.headline).toBe(false);
  });

  it('CJK full stops and emoji keep exact UTF-16 offsets', () => {
    const text = '習近平は会談した。中国は交渉に応じる。 China 🇨🇳 agreed to talks 👍🏽. Then it left.';
    const ss = split(text);
    expect(ss.map((s) => s.text)).toEqual(['習近平は会談した。', '中国は交渉に応じる。', 'China 🇨🇳 agreed to talks 👍🏽.', 'Then it left.']);
    expect(ss[3]!.start).toBe(text.indexOf('Then'));
    expect(ss[3]!.end).toBe(text.length);
  });

  it('\\r\\n line ends: offsets into the original text, paragraphs kept', () => {
    const text = 'Iran Agrees to Talks\r\n\r\nIran said it would talk. The U.S. agreed.\r\n\r\nNew paragraph here.\r\n';
    const ss = split(text);
    expect(ss.map((s) => [s.text, s.paragraph])).toEqual([
      ['Iran Agrees to Talks', 0],
      ['Iran said it would talk.', 1],
      ['The U.S. agreed.', 1],
      ['New paragraph here.', 2],
    ]);
    for (const s of ss) expect(s.text).not.toMatch(/[\r\n]/);
  });

  it('marks later copies as duplicates of the first (white space folded)', () => {
    const ss = split('Iran agreed to talks.\n\nThe U.S. said no.\n\nIran agreed  to talks.\nThe U.S. said no.');
    expect(ss.map((s) => s.duplicateOf)).toEqual([null, null, 0, 1]);
  });

  it('marks lines of page furniture as boilerplate: captions, story links, bylines, credits, buttons', () => {
    const text = [
      'Norland and Vesta agree to resume fisheries talks',
      '',
      'By Anna Kowal, Diplomatic Correspondent | Published 3 May 2026',
      'Share   Comments',
      '',
      'Photo: Vesta\'s fisheries minister arrives for talks in Oslo. Picture: Staff photographer',
      '',
      'Norland agreed on Monday to resume talks with Vesta.',
      '',
      'Advertisement',
      '',
      'Related: Trawler crews reject pay deal in Bergen',
      'See also - Vesta rules out quota cuts',
      '',
      'Read more:',
      'Fishermen welcome the ceasefire at sea',
      'Vesta to host summit',
      '',
      'Harbour workers in the port of Bergen (AP Photo/Jan Berg)',
      '',
      '(Reporting by Ola Dahl; Editing by Tom Reed)',
      '',
      'Media contact: Press Office, 555 0100',
      '',
      'Dockers leave the port gates after the vote (Photo by Ann Lee/Getty Images)',
      '',
      'REUTERS/Jan Berg',
      '',
      'Topics: Fisheries talks, Norland, Vesta',
      '',
      'By Tuesday the two sides had agreed to meet again.',
      'Related talks on oil quotas are due next week.',
      'The photo showed the minister smiling.',
    ].join('\n');
    const ss = split(text);
    const flagged = ss.filter((s) => s.boilerplate).map((s) => s.text);
    expect(flagged).toEqual([
      'By Anna Kowal, Diplomatic Correspondent | Published 3 May 2026',
      'Share   Comments',
      "Photo: Vesta's fisheries minister arrives for talks in Oslo.",
      'Picture: Staff photographer',
      'Advertisement',
      'Related: Trawler crews reject pay deal in Bergen',
      'See also - Vesta rules out quota cuts',
      'Read more:',
      'Fishermen welcome the ceasefire at sea',
      'Vesta to host summit',
      'Harbour workers in the port of Bergen (AP Photo/Jan Berg)',
      '(Reporting by Ola Dahl; Editing by Tom Reed)',
      'Media contact: Press Office, 555 0100',
      'Dockers leave the port gates after the vote (Photo by Ann Lee/Getty Images)',
      'REUTERS/Jan Berg',
      'Topics: Fisheries talks, Norland, Vesta',
    ]);
    // prose is never boilerplate, whatever word it starts with
    for (const t of ['Norland agreed on Monday to resume talks with Vesta.', 'By Tuesday the two sides had agreed to meet again.', 'Related talks on oil quotas are due next week.'])
      expect(ss.find((s) => s.text === t)?.boilerplate).toBe(false);
  });

  it('marks a story link run into the prose where the scrape lost a line break ("… next week. ALSO READ | …"), and only that', () => {
    const ss = split(
      'Vesk said talks would resume next week. ALSO READ | Dockers Reject Pay Offer From Port Authority\n\n' +
        'Norland will host the talks. READ MORE: Vesk Rules Out Quota Cuts\n\n' +
        'Norland agreed to the plan. Read more: the ministry published its terms on Monday.',
    );
    expect(ss.filter((s) => s.boilerplate).map((s) => s.text)).toEqual([
      'ALSO READ | Dockers Reject Pay Offer From Port Authority',
      'READ MORE: Vesk Rules Out Quota Cuts',
    ]);
    // a label in prose case with a colon is prose ("Read more: the ministry …")
    expect(ss.find((s) => s.text.startsWith('Read more'))?.boilerplate).toBe(false);
  });

  it('cuts a 100k-character blob without punctuation into sentences of at most MAX_SENTENCE, fast', () => {
    const blob = 'word '.repeat(20_000);
    const t0 = performance.now();
    const ss = split(blob);
    const ms = performance.now() - t0;
    expect(ss.length).toBeGreaterThanOrEqual(100);
    for (const s of ss) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(ss.map((s) => s.text).join(' ')).toBe(blob.trim());
    expect(ms).toBeLessThan(2000);
    const solid = split('x'.repeat(100_000));
    expect(solid.map((s) => s.text).join('')).toHaveLength(100_000);
    for (const s of solid) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('the seed article: 17 sentences, headline, duplicates', () => {
    const text = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
    const ss = split(text);
    expect(ss).toHaveLength(17);
    expect(ss.filter((s) => s.headline && s.duplicateOf === null).map((s) => s.index)).toEqual([3]);
    expect(ss.map((s) => s.duplicateOf)).toEqual([null, null, null, null, 3, null, null, null, null, null, null, null, null, 9, 10, 11, 12]);
  });
});
