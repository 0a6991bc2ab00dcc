import { describe, expect, it } from 'vitest';
import { firstPersonBefore, sentenceSpeaker, speakerBefore } from '../../src/pipeline/holders/speaker.js';
import { prepare } from './helpers.js';
import { analyze } from '../../src/pipeline/index.js';

describe('holders/speaker: quoted speech and reporting frames', () => {
  it('a trailing "…, X said" speaker', () => {
    const p = prepare('"We will not negotiate," Ana Weiss said.');
    expect(p.name(sentenceSpeaker(p.hc, p.c))).toBe('Ana Weiss');
    expect(firstPersonBefore(p.c, p.tok('negotiate'), -1)).toBe(true);
  });
  it('a leading "X said that …" speaker before a reported subject', () => {
    const p = prepare('Ana Weiss said that Chile would reject the plan.');
    expect(p.name(speakerBefore(p.hc, p.c, p.tok('Chile')))).toBe('Ana Weiss');
  });
  it('no reporting verb, no speaker', () => {
    const p = prepare('Chile rejected the plan.');
    expect(sentenceSpeaker(p.hc, p.c)).toBeNull();
    expect(firstPersonBefore(p.c, p.tok('rejected'), -1)).toBe(false);
  });
  it('a quotation with no reporting frame of its own: the speaker of the next sentence that reports', () => {
    const doc = analyze('Peru and Chile met on Monday. “There will be no deal with them.” Peru\'s minister Omar Tal said this after the meeting.');
    const c = doc.cues.find((x) => x.type === 'refusal')!;
    expect(doc.actors.find((a) => a.id === c.holder)?.name).toBe('Omar Tal');
  });
  it('no later attribution across a paragraph, nor when the next sentence does not report', () => {
    const doc = analyze('Peru and Chile met on Monday. “There will be no deal with them.” The meeting ended early.\n\nOmar Tal said so.');
    const c = doc.cues.find((x) => x.type === 'refusal')!;
    expect(doc.actors.find((a) => a.id === c.holder)?.name).not.toBe('Omar Tal');
  });
  it('a quotation running over two sentences is held by the frame that closes it', () => {
    const doc = analyze('Mayor Ilse Varga spoke on Monday. “My office has sent a formal invitation to the union. We will sit down with them,” she said.');
    const c = doc.cues.find((x) => x.type === 'engagement' && /sent a formal invitation/.test(x.text ?? ''))
      ?? doc.cues.find((x) => x.type === 'engagement')!;
    expect(doc.actors.find((a) => a.id === c.holder)?.name).toBe('Ilse Varga');
  });
});

describe('holders/speaker: a quotation that goes on in the next paragraph', () => {
  it('a paragraph opening on an unattributed quotation continues the attributed quotation before it', () => {
    const doc = analyze(
      'Dock workers will strike on Monday.\n\n"We have put three offers on the table," Ana Weiss said.\n\n"Our members are not going to sign away guaranteed hours."',
    );
    const c = doc.cues.find((x) => /sign away/.test(x.text ?? ''))!;
    expect(doc.actors.find((a) => a.id === c.holder)?.name).toBe('Ana Weiss');
  });
  it('and the reported speech before it ("X said that …"), but not a paragraph that names no speaker', () => {
    const doc = analyze('Ana Weiss said the union would meet on Monday.\n\n"Our members are not going to sign away guaranteed hours."');
    const c = doc.cues.find((x) => /sign away/.test(x.text ?? ''))!;
    expect(doc.actors.find((a) => a.id === c.holder)?.name).toBe('Ana Weiss');
    const none = analyze('Ana Weiss arrived at the port on Monday.\n\n"Our members are not going to sign away guaranteed hours."');
    const d = none.cues.find((x) => /sign away/.test(x.text ?? ''));
    expect(d && none.actors.find((a) => a.id === d.holder)?.name).not.toBe('Ana Weiss');
  });
});

describe('holders/speaker: a paragraph of speech set off by a colon', () => {
  const text =
    'Velmar\'s budget goes to a vote on Thursday.\n\nThe treasurer, Ana Weiss, spoke to reporters. Asked whether she would drop the toll, she said:\n\n' +
    "We'll sit down with anyone before Thursday. But I'm not going to rip up the budget.\n\nThe Greens said they would vote against it.";
  it('"she said:" makes the next paragraph her speech: its first person is hers', () => {
    const doc = analyze(text);
    for (const re of [/sit down with/, /not going to rip/]) {
      const c = doc.cues.find((x) => re.test(x.text ?? ''))!;
      expect(doc.actors.find((a) => a.id === c.holder)?.name).toBe('Ana Weiss');
    }
  });
  it('"X has been speaking outside parliament:" too, and the turn ends with its paragraph', () => {
    const t = 'Ana Weiss has been speaking outside parliament:\n\nWe will meet the minister any time.\n\nThe Greens say we will see.';
    const doc = analyze(t);
    const weiss = doc.actors.find((a) => a.name === 'Ana Weiss')!;
    expect(weiss.mentions.map((m) => m.text)).toEqual(['Ana Weiss', 'We']);
  });
});

describe('holders/speaker: a reporting verb whose speaker carries a title or an appositive', () => {
  const holderName = (text: string, re: RegExp) => {
    const doc = analyze(text);
    const c = doc.cues.find((x) => re.test(x.text ?? ''))!;
    return doc.actors.find((a) => a.id === c.holder)?.name;
  };
  it('"said Captain Maja Lindqvist": the title before the name', () => {
    expect(holderName('"We said yes to the mediators\' text at two in the morning," said Captain Maja Lindqvist.', /said yes/)).toBe('Maja Lindqvist');
  });
  it('"the chief negotiator, Lucia Pardo, told reporters": the name set off by commas', () => {
    const text =
      '"There is nothing more to say," the government\'s chief negotiator, Lucia Pardo, told reporters. "The day the officers walk free, our delegation will be on a plane to Havana."';
    expect(holderName(text, /on a plane/)).toBe('Lucia Pardo');
  });
});

describe('holders/speaker: a quotation that goes on after its frame', () => {
  it('"“X refused …,” Ana Weiss told reporters. “We remain ready to talk.”": the first person is the earlier speaker', () => {
    const doc = analyze('"Chile has refused every offer we made," Ana Weiss, Peru\'s foreign minister, told reporters. "We remain ready to talk."');
    const c = doc.cues.find((x) => x.type === 'engagement')!;
    expect(doc.actors.find((a) => a.id === c.holder)?.name).toBe('Ana Weiss');
  });
});
