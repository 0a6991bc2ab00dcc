/**
 * Engagement recall on real news (issue #9, RENG): the families of engagement wording that real diplomacy,
 * coalition-politics and labour pages carried and the rules lacked. Every sentence is invented (parties and places
 * too); each positive must yield a cue of its type over the quoted trigger words, each negative no cue of that type.
 * Families: taking part in talks with no copula ('involved in talks'), meeting together, inviting a party by title
 * and name, contacting a party, two parties in contact, state and official visits, talks or bargaining sessions that
 * commence, seeking the commencement of talks, convening a meeting between parties.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';

type Probe = { family: string; text: string; type: 'engagement' | 'refusal'; words: string; none?: boolean };

const P = (family: string, text: string, words: string, type: 'engagement' | 'refusal' = 'engagement'): Probe => ({ family, text, words, type });
const N = (family: string, text: string): Probe => ({ family, text, words: '', type: 'engagement', none: true });

const PROBES: Probe[] = [
  P('involved in talks', 'The three blocs now involved in talks on a new cabinet will meet again next week.', 'involved in talks'),
  P('involved in talks', 'Two carriers engaged in merger negotiations saw their shares climb.', 'engaged in merger negotiations'),
  P('involved in talks', 'The envoy thanked the clans participating in the peace talks.', 'participating in the peace talks'),
  N('involved in talks', 'The two firms were involved in a dispute over the plant.'),
  P('meet together', 'The rival clan elders met together on Monday, a first since the flood.', 'met together'),
  N('meet together', 'The two roads meet together at the old bridge.'),
  P('invite by title', 'The Norland president has invited Prime Minister Arlo Venn for a state visit in the spring.', 'invited Prime Minister'),
  P('invite by title', 'Kador Invites PM Venn for State Visit', 'Invites PM Venn'),
  N('invite by title', 'The prime minister invited questions from the floor.'),
  P('contact a party', 'The Norland envoy contacted the rebel commander on Sunday.', 'contacted the rebel commander'),
  P('contact a party', 'The union contacted management again on Friday.', 'contacted management'),
  P('contact a party', 'The ministry has not contacted the rebels since May.', 'contacted the rebels', 'refusal'),
  N('contact a party', 'Police contacted the family of the driver.'),
  N('contact a party', 'When contacted, the ministry declined to comment.'),
  P('both in contact', 'Norland and Vesk were in contact after the clash, officials said.', 'were in contact'),
  P('both in contact', 'The dockers and the port authority were in contact before the strike began.', 'were in contact'),
  N('both in contact', 'The wires and the pipe were in contact.'),
  P('state visit', 'The Kador president will make a state visit to Norland in May.', 'state visit to'),
  P('state visit', "Vesk's foreign minister began an official visit to Ostrania on Monday.", 'official visit to'),
  N('state visit', 'The premier visited the flood zone on Monday.'),
  P('talks commence', 'Fresh bargaining sessions will commence in June, the guild said.', 'bargaining sessions will commence'),
  P('talks commence', 'Formal negotiations commenced on Tuesday, the ministry said.', 'negotiations commenced'),
  N('talks commence', 'The training sessions will commence on Monday.'),
  P('seek commencement', 'The opposition leader sought the commencement of talks from Monday.', 'commencement of talks'),
  N('seek commencement', 'The students sought the commencement of classes.'),
  P('convene a meeting', 'The mediator called the meeting for Monday morning after the vote.', 'called the meeting'),
  P('convene a meeting', 'The regional bloc summoned a summit between the two presidents.', 'summoned a summit'),
  N('convene a meeting', 'The chairman called a meeting of the board for Friday.'),
  N('convene a meeting', 'The referee called the meeting a success.'),
];

describe('engagement recall families on real news (RENG)', () => {
  for (const p of PROBES) {
    it(`${p.family}: ${p.none ? 'no cue' : p.type} — ${p.text}`, () => {
      const d = analyze(p.text);
      if (p.none) {
        expect(d.cues.filter((c) => c.type === 'engagement').map((c) => c.text)).toEqual([]);
        return;
      }
      const at = p.text.indexOf(p.words);
      expect(at, 'trigger words in the sentence').toBeGreaterThanOrEqual(0);
      const hit = d.cues.some((c) => c.type === p.type && c.start < at + p.words.length && c.end > at);
      expect(hit, JSON.stringify(d.cues.map((c) => [c.type, c.text]))).toBe(true);
    });
  }
});
