/**
 * A third behavioural grid (issue #9, refusal recall in article context): the registers of refusal news
 * English uses beyond the verbs of rejecting — boycotts and walkouts (the spec's rule of thumb on strikes and
 * boycotts), stated absence of intent or plans, "there will be no talks", dismissals and cold water, resisting
 * calls, offers judged unacceptable, defiance, coercion refused, talks suspended or called off, contact cut,
 * vetoes and votes against, litigation instead of talks, first-person refusals in quotes attributed after the
 * quote, negated engagement with modality or aspect — each crossed with the party kinds of cases.ts, plus
 * negatives where the same words carry no stance ("shares declined", "refused a coffee", "declined to
 * comment", a motion rejected by a court, "withdrew cash").
 *
 * A template marks the cue's span with [[ ]] and the holder with {P} (name at the start), {p} (name inside the
 * sentence), {P's}/{p's} (possessive) or {H} (a headline's bare name); {O} is the other side; {~a|b} picks the
 * singular or plural form of the party. Sentences are invented; nothing comes from the eval files or real news.
 * An "optional" case (strikes going on, diplomatic downgrades, "has yet to agree") is counted apart: no floor.
 */
import { PARTIES, cap, low, possessive, type Case, type CueKind } from './cases.js';

export interface Case3 extends Case {
  optional?: boolean;
}

const OTHERS = ['Vesk', 'Brelvania', 'Ostrania', 'Karsk', 'Valdoria', 'Tarnis'];
const headlineName = (s: string) => cap(s.replace(/^The /, ''));

/** render a template for a party: returns the text, the span [[ ]] and the holder spans */
export function render(tpl: string, name: string, pron: string, other: string): { text: string; span?: [number, number]; holders: [number, number][] } {
  let text = '';
  let spanStart = -1;
  let span: [number, number] | undefined;
  const holders: [number, number][] = [];
  const re = /\{[^}]+\}|\[\[|\]\]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tpl))) {
    text += tpl.slice(last, m.index);
    last = m.index + m[0].length;
    const t = m[0];
    if (t === '[[') spanStart = text.length;
    else if (t === ']]') span = [spanStart, text.length];
    else if (t === '{O}') text += other;
    else if (t === "{O's}") text += possessive(other);
    else if (t in PRON) text += PRON[t]![pron === 'They' ? 2 : pron === 'She' ? 1 : 0]!;
    else if (/^\{~/.test(t)) {
      const [sg, pl] = t.slice(2, -1).split('|');
      text += pron === 'They' ? pl : sg;
    } else {
      const atStart = /^\{P/.test(t) || /^\{H/.test(t);
      let n = t.startsWith('{H') ? headlineName(name) : atStart ? name : low(name);
      if (/'s\}$/.test(t)) n = possessive(n);
      const at = text.length;
      text += n;
      holders.push([at, at + n.length]);
    }
  }
  text += tpl.slice(last);
  return { text, span, holders };
}

/** pronouns and verb forms agreeing with the party: [it, she, they] */
const PRON: Record<string, [string, string, string]> = {
  '{it}': ['it', 'she', 'they'], '{its}': ['its', 'her', 'their'], '{is}': ['is', 'is', 'are'], '{has}': ['has', 'has', 'have'],
  '{was}': ['was', 'was', 'were'], '{who}': ['which', 'who', 'which'], '{It}': ['It', 'She', 'They'],
};

type T = [tpl: string, opts?: { type?: CueKind; optional?: boolean }];

/** positive frames: the category, then its templates */
export const CATEGORIES: [string, T[]][] = [
  ['boycott and walkout', [
    ['{P} [[boycotted]] the vote on the budget on Thursday.'],
    ['{P} [[walked out of the talks]] with {O} on Monday.'],
    ["{P's} delegation [[walked out of]] the peace conference in Karsk."],
    ['{P} [[staged a walkout]] from the budget debate.'],
    ['{P} [[pulled out of]] the talks in protest on Monday.'],
    ['{P} [[quit the negotiations]] after two days.'],
    ['{P} [[stayed away from]] the summit in Karsk.'],
    ['{P} [[skipped]] the latest round of talks with {O}.'],
    ['{P} [[sat out]] the vote on the new constitution.'],
    ['{P} {has} [[announced a boycott]] of the elections.'],
    ['{P} [[threatened to boycott]] the talks with {O}.'],
    ['{P} [[called for a boycott]] of the referendum.'],
    ['{P} {~says|say} {it} [[will boycott]] the vote.'],
    ['{H} [[boycotts]] budget vote\n\nThe decision came late on Monday.'],
    ['{H} [[walks out of]] peace talks\n\nThe decision came late on Monday.'],
    ['The talks broke down when {p} [[walked away from the table]].'],
    ['{P} [[left the negotiating table]] on Monday.'],
    ['{P} [[snubbed]] the summit in Karsk.'],
    ['{P} [[refused to attend]] the conference in Karsk.'],
    ['{P}, {who} [[boycotted]] the last election, named a new leader on Monday.'],
    ['{P} [[withdrew {its} delegation]] from the talks.'],
    ['{P} [[abandoned the talks]] with {O} on Monday.'],
    ['{P} [[stormed out of]] the meeting with {O}.'],
    ['The session ended early after {p} [[walked out]] in protest.'],
  ]],
  ['no intention or plans', [
    ['{P} {has} [[no intention of negotiating]] with {O}.'],
    ['{P} said {it} had [[no intention of meeting]] {O}.'],
    ['{P} {has} [[no plans to reopen talks]] with {O}.'],
    ['{P} said {it} had [[no plans to meet]] the strikers.'],
    ['{P} {is} [[not prepared to negotiate]] with {O}.'],
    ['{P} said {it} {was} [[not prepared to accept]] the offer.'],
    ['{P} {is} [[not willing to sign]] the deal.'],
    ['{P} {is} [[not interested in talks]] with {O}.'],
    ['{P} {has} [[no desire to meet]] {O}.'],
    ['{P} {~sees|see} [[no point in talking]] to {O}.'],
    ['{P} {has} [[no plans to table]] a new offer, officials said.'],
    ['Officials said {p} had [[no intention of signing]] the accord.'],
  ]],
  ['there will be no talks', [
    ['There will be [[no talks]] with {O}, {p} said.'],
    ['There will be [[no negotiations]] while the shelling goes on, {p} said.'],
    ['"There will be [[no deal]]," {p} said.'],
    ['{P} said there would be [[no further talks]] with {O}.'],
    ['{P} said there was [[no question of talks]] with {O}.'],
    ['Talks with {O} are [[out of the question]], {p} said.'],
    ['{P} said a deal with {O} was [[not on the table]].'],
    ['{P} said {it} would [[hold no talks]] with {O}.'],
  ]],
  ['dismissed as, cold water', [
    ['{P} [[dismissed the proposal]] as a stunt.'],
    ["{P} [[dismissed {O's} offer]] as an insult."],
    ['{P} [[dismissed]] the ceasefire plan as "a trap".'],
    ['{P} [[poured cold water on]] the peace plan.'],
    ['{P} [[poured cold water on]] hopes of a deal with {O}.'],
    ['{P} [[rubbished]] the proposal on Monday.'],
    ['{P} [[derided]] the plan as unworkable.'],
    ["{P} [[ridiculed]] {O's} peace offer."],
    ['The offer, which {p} [[dismissed]] as an insult, expires on Friday.'],
    ["{O's} proposal was [[dismissed]] by {p} as a stunt."],
    ['{P} [[gave short shrift]] to the proposal.'],
    ['{P} [[scoffed at]] the offer of talks.'],
  ]],
  ['resisted calls', [
    ['{P} {has} so far [[resisted calls to negotiate]] with {O}.'],
    ['{P} {has} [[resisted pressure to sign]] the accord.'],
    ['{P} [[resisted demands to reopen]] the talks.'],
    ['{P} {has} [[rebuffed calls for talks]] with {O}.'],
    ['{P} {has} [[ignored calls to return]] to the table.'],
    ['{P} {has} [[resisted]] the merger for months.'],
    ['{P} [[rejected calls for]] a ceasefire.'],
    ['Despite pressure from {O}, {p} {has} [[refused to budge]].'],
  ]],
  ['judged unacceptable', [
    ['{P} said the offer was [[unacceptable]].'],
    ['{P} said the proposal was [[a non-starter]].'],
    ['{P} said the plan was [[dead on arrival]].'],
    ['{P} called the offer [[unacceptable]].'],
    ['{P} described the proposal as [[a non-starter]].'],
    ['{P} said the terms were [[not acceptable]].'],
    ['The offer is [[unacceptable]], {p} said.'],
    ['"This offer is [[an insult]]," {p} said.'],
    ['{P} branded the offer [[derisory]].'],
    ['{P} called the plan [[a provocation]].'],
    ['{P} described the deal as [[a betrayal]].'],
    ['{P} branded the ceasefire proposal [[a sham]].'],
    ['{P} called the offer [[a slap in the face]].'],
    ["{P} said {O's} plan was [[a non-starter]] and would not be discussed."],
  ]],
  ['defiance', [
    ['{P} [[vowed to fight on]] until {O} withdraws.'],
    ['{P} [[will not back down]] over the pay dispute.'],
    ['{P} [[refused to back down]] over the pay dispute.'],
    ['{P} [[dug in {its} heels]] over the pay offer.'],
    ["{P} [[stood firm]] against {O's} demands."],
    ['{P} [[will not bow to]] pressure from {O}.'],
    ["{P} said {it} would [[not give in]] to {O's} demands."],
    ['{P} [[refused to yield]] to the demands of {O}.'],
  ]],
  ['coercion refused', [
    ['{P} [[will not be bullied into]] signing the deal.'],
    ['{P} said {it} would [[not be pressured into]] talks with {O}.'],
    ['{P} [[refuses to be rushed into]] a deal.'],
    ['{P} [[will not be blackmailed into]] accepting the offer.'],
    ['{P} [[will not be dictated to]] by {O}.'],
    ['"We [[will not be bullied]]," {p} said.'],
  ]],
  ['talks suspended or called off', [
    ['{P} [[shelved]] the talks with {O}.'],
    ['{P} [[suspended talks]] with {O} on Monday.'],
    ['{P} {has} [[frozen]] the negotiations with {O}.'],
    ['{P} [[halted]] the dialogue with {O}.'],
    ['{P} [[called off]] the talks with {O}.'],
    ['{P} [[broke off]] negotiations with {O}.'],
    ['{P} [[postponed]] the summit with {O} indefinitely.'],
    ['{H} [[suspends]] talks with {O}\n\nThe decision came late on Monday.'],
    ['{H} [[freezes]] talks with {O}\n\nThe decision came late on Monday.'],
    ['The talks, [[suspended]] by {p} in May, have not resumed.'],
    ['{P} [[put the talks on hold]] on Monday.'],
    ['{P} [[pulled the plug on]] the talks.'],
    ["{P's} [[suspension of]] the talks angered {O}."],
    ['{P} said {it} {was} [[suspending]] {its} participation in the talks.'],
  ]],
  ['contact cut', [
    ['{P} [[cut off contact]] with {O}.'],
    ['{P} [[severed ties]] with {O}.'],
    ['{P} [[broke off diplomatic relations]] with {O}.'],
    ['{P} [[cut all ties]] with the rebels.'],
    ['{P} [[cut off all communication]] with {O}.'],
    ['{P} [[stopped talking]] to {O}.'],
    ['{P} [[ended all contact]] with {O}.'],
    ['{P} [[refused to take calls]] from {O}.'],
  ]],
  ['veto and vote against', [
    ['{P} [[vetoed]] the resolution.'],
    ['{P} [[vetoed]] the Regional Security Board (RSB) resolution on {O}.'],
    ['{P} [[vetoed]] the Karsk Accord (KA) draft on Monday.'],
    ['{P} [[used {its} veto]] to block the resolution.'],
    ['{P} [[cast a veto]] against the draft.'],
    ['{P} [[voted against]] the deal.'],
    ['{P} [[voted down]] the contract.'],
    ['{P} [[voted to reject]] the pay offer.'],
    ['{P} [[voted no]] on the merger.'],
    ['{P} [[withheld approval]] of the merger.'],
    ['{P} [[withheld {its} support]] for the accord.'],
    ['{P} [[refused to ratify]] the treaty.'],
    ['The resolution was [[vetoed]] by {p}.'],
    ["{P's} [[veto]] killed the resolution."],
  ]],
  ['litigation instead of talks', [
    ['{P} said {it} would [[see {O} in court]].'],
    ['"We [[will see them in court]]," {p} said.'],
    ['{P} said {it} would rather [[go to court than negotiate]].'],
    ['{P} said {it} would [[settle the dispute in court]], not at the table.'],
  ]],
  ['quote attributed after', [
    ['"We [[will not negotiate]] with {O}," {p} said.'],
    ['"We [[reject]] this offer," said {p}.'],
    ['"There [[will be no deal]]," {p} told reporters.'],
    ['"We [[are not going to sign]]," {p} said on Monday.'],
    ['"Our answer [[is no]]," {p} said.'],
    ['"We [[will never accept]] these terms," {p} said in a statement.'],
    ['"We [[have no intention of returning]] to the table," {p} said.'],
    ['"This offer [[is unacceptable]]," {p} said.'],
    ['"We are [[not interested in talks]] with {O}," {p} told a news conference.'],
    ['"We [[refuse to negotiate]] under threats," {p} said, adding that the border would stay closed.'],
    ['"We [[won\'t sign]] it," said {p}.'],
    ['"Let me be clear: we [[will not talk]] to {O}," {p} said.'],
    ['"We will not be moved. We [[will not negotiate]] with {O}," {p} said.'],
    ['"The answer is no. We [[will not sign]]," {p} said.'],
  ]],
  ['negated engagement, modal or aspect', [
    ['{P} {has} [[never accepted]] the border.'],
    ['{P} {is} [[unlikely to sign]] the accord.'],
    ['{P} [[would never agree]] to talks with {O}.'],
    ['{P} [[will no longer take part]] in the talks.'],
    ['{P} {is} [[no longer willing to negotiate]].'],
    ['{P} [[could not accept]] the offer, officials said.'],
    ['{P} [[cannot accept]] the terms.'],
    ['{P} [[would not sign]] the deal in its current form.'],
    ['{P} {has} [[stopped attending]] the talks.'],
    ['{P} {has} [[never agreed]] to meet {O}.'],
  ]],
  // ---- the same registers in article context (second batch)
  ['ctx: reported that-clause', [
    ['{P} said on Monday that {it} would [[boycott]] the vote.'],
    ['{P} made clear that {it} had [[no intention of returning]] to the talks.'],
    ['{P} told reporters that there would be [[no talks]] with {O}.'],
    ['{P} warned that {it} would [[walk out of the talks]] if the shelling went on.'],
    ["{P} said late on Monday that {O's} offer was [[unacceptable]]."],
    ['{P} announced on Tuesday that {it} {was} [[suspending]] the talks with {O}.'],
  ]],
  ['ctx: according to', [
    ['According to {p}, there will be [[no further talks]] with {O}.'],
    ['{P} will [[boycott]] the vote, according to a statement issued on Monday.'],
    ['According to a statement from {p}, the offer was [[rejected]] on Monday.'],
  ]],
  ['ctx: coordinated second verb', [
    ['{P} criticised the plan and [[walked out of the talks]].'],
    ['{P} met the mediators but [[refused to sign]] the accord.'],
    ['{P} studied the offer for a week and then [[rejected]] it.'],
    ['{P} attacked the proposal and [[vowed to boycott]] the vote.'],
  ]],
  ['ctx: participial adjunct', [
    ['The offer was an insult, {p} said, [[dismissing]] the proposal as a stunt.'],
    ['{P} left Karsk on Monday, [[refusing to sign]] the accord.'],
    ['{P} [[walked out of the talks]], accusing {O} of bad faith.'],
    ['{P} issued a statement on Monday, [[ruling out]] any talks with {O}.'],
  ]],
  ['ctx: nominal refusal', [
    ["{P's} [[refusal to attend]] the talks angered {O}."],
    ["{P's} [[decision to boycott]] the vote surprised the mediators."],
    ["{P's} [[walkout]] from the talks ended the session."],
    ['The [[boycott]] by {p} left the chamber half empty.'],
    ["{P's} [[veto]] of the resolution drew sharp criticism."],
    ["{P's} [[rejection of]] the offer came as no surprise."],
  ]],
  ['ctx: headline', [
    ['{H} [[rules out]] talks with {O}\n\nThe statement came late on Monday.'],
    ['{H} [[says no]] to {O} deal\n\nThe statement came late on Monday.'],
    ['{H} [[quits]] peace talks\n\nThe statement came late on Monday.'],
    ['{H} [[vetoes]] truce resolution\n\nThe statement came late on Monday.'],
    ['{H} [[snubs]] summit in Karsk\n\nThe statement came late on Monday.'],
  ]],
  ['ctx: passive with agent', [
    ['The vote was [[boycotted]] by {p}.'],
    ['The talks were [[abandoned]] by {p} on Monday.'],
    ['The summit was [[snubbed]] by {p}.'],
    ['The accord was [[rejected]] by {p} within hours.'],
  ]],
  ['ctx: pronoun in a later sentence', [
    ['{P} was invited to the talks in Karsk. {It} [[declined]].'],
    ['{P} received the offer on Monday. {It} [[rejected]] it on Tuesday.'],
    ['{P} has been asked to join the talks. {It} {has} [[refused]].'],
    ['{P} met the envoy on Monday. "We [[will not sign]]," {it} said afterwards.'],
    ['{P} studied the proposal for a week. On Friday {it} [[turned it down]].'],
  ]],
  ['ctx: will not with an adverbial', [
    ['{P} [[will under no circumstances negotiate]] with {O}.'],
    ['{P} [[will not]], under any circumstances, sign the accord.'],
    ['{P} [[will not for now return]] to the talks.'],
    ['{P} [[would not]], {it} said, take part in the talks.'],
  ]],
  ['ctx: no longer', [
    ['{P} {is} [[no longer taking part]] in the talks.'],
    ['{P} [[no longer recognises]] the accord.'],
    ['{P} {is} [[no longer willing to negotiate]] with {O}.'],
  ]],
  ['optional', [
    ['{P} {has} [[yet to agree]] to the talks.', { optional: true }],
    ['{P} {has} [[yet to respond]] to the offer.', { optional: true }],
    ['{P} [[stopped short of endorsing]] the plan.', { optional: true }],
    ['{P} [[recalled {its} ambassador]] from {O}.', { optional: true }],
    ["{P} [[expelled {O's} diplomats]].", { optional: true }],
    ['{P} [[vowed to fight on]].', { optional: true }],
    ['The strike by {p} [[continues]].', { optional: true }],
  ]],
  // (added with the third commit's fixes, after the first runs; at the end, so that no earlier case changes party)
  ['veto and vote against', [["{P} {~says|say} {it} [[will block large parts]] of the cabinet's budget."]]],
  ['negated engagement, modal or aspect', [["{P} said {it} [[would not vote to advance]] the measure."]]],
  ['no intention or plans', [['{P} {has} shown [[little interest in resuming]] the talks.']]],
  ['judged unacceptable', [["{P} said {O's} offer was [[an insult]]."], ["{O's} offer was [[an insult]], {p} said."]]],
  ['boycott and walkout', [['{O} accused {p} of [[walking out of the talks]] on Monday.'], ['{O} accused {p} of [[boycotting]] the vote.']]],
];

/** negatives: the same words with no stance; the cue type that must not appear */
export const NEGATIVES3: [frame: string, tpl: string, none: CueKind | 'any'][] = [
  ['shares declined', 'Shares in {p} [[declined]] 3% on Monday.', 'any'],
  ['shares declined', "{P's} exports declined for a third month.", 'any'],
  ['refused a coffee', 'The minister refused a coffee and went straight in.', 'refusal'],
  ['refused a coffee', "{P's} envoy politely refused a second helping.", 'refusal'],
  ['declined to comment', '{P} declined to comment.', 'refusal'],
  ['declined to comment', '{P} declined to give details of the talks.', 'refusal'],
  ['rejected by the court', 'The motion was rejected by the court.', 'refusal'],
  ['rejected by the court', "The court rejected {p's} motion to dismiss.", 'refusal'],
  ['rejected by the court', 'The judge dismissed the case against {p}.', 'refusal'],
  ['withdrew cash', 'She withdrew cash from the bank.', 'refusal'],
  ['withdrew cash', '{P} withdrew 2 million euros from its reserves.', 'refusal'],
  ['denial', '{P} dismissed the claims as baseless.', 'refusal'],
  ['denial', '{P} rejected the allegations of fraud.', 'refusal'],
  ['literal', 'The singer walked out on stage to loud cheers.', 'refusal'],
  ['literal', 'The delegates walked out into the sunshine after the signing.', 'refusal'],
  ['literal', 'The company suspended trading in its shares.', 'refusal'],
  ['literal', 'The league suspended the player for two matches.', 'refusal'],
  ['literal', 'The bank froze the accounts of the smugglers.', 'refusal'],
  ['literal', 'The government froze fuel prices for a year.', 'refusal'],
  ['literal', 'The referee called off the match because of snow.', 'refusal'],
  ['literal', 'The concert was cancelled after the storm.', 'refusal'],
  ['literal', '{P} recalled 20,000 cars over a brake fault.', 'refusal'],
  ['literal', 'The school expelled two pupils for cheating.', 'refusal'],
  ['literal', 'The vote was postponed because of the storm.', 'refusal'],
  ['literal', 'Storms cut off the village for three days.', 'refusal'],
  ['literal', 'The army cut off the road to the airport.', 'refusal'],
  ['literal', 'The suspect resisted arrest.', 'refusal'],
  ['literal', 'The opposition leader skipped lunch.', 'refusal'],
  ['literal', 'There will be no trains on Sunday.', 'refusal'],
  ['literal', 'There will be no classes on Monday.', 'refusal'],
  ['literal', '"We will see them in the final," the coach said.', 'refusal'],
  ['literal', 'He had no intention of staying late.', 'refusal'],
  ['literal', 'The bridge resisted the flood.', 'refusal'],
  ['sport or illness', 'The champion vowed to fight on after the defeat.', 'refusal'],
  ['sport or illness', 'The patient vowed to fight on against the illness.', 'refusal'],
  ['no failure of talks is a refusal', '{P} and {O} failed to agree on a new deal.', 'refusal'],
  ['no failure of talks is a refusal', 'The two sides failed to reach agreement after five days of talks.', 'refusal'],
  ['strike or boycott ended', '{P} called off the strike on Monday.', 'refusal'],
  ['strike or boycott ended', '{P} ended {its} boycott of parliament.', 'refusal'],
  ['strike or boycott ended', 'The boycott was lifted on Monday.', 'refusal'],
  ['strike goes on', 'Dock workers went on strike on Monday.', 'engagement'],
  ['strike goes on', 'The strike by {p} continues.', 'engagement'],
  ['accused of stalling', '{P} accused {O} of stalling the talks.', 'refusal'],
  ['accused of stalling', '{P} accused {O} of violating the truce.', 'refusal'],
];

export function buildCases3(): Case3[] {
  const out: Case3[] = [];
  let k = 0;
  for (const [cat, tpls] of CATEGORIES) {
    tpls.forEach(([tpl, opts], t) => {
      // each template with four party kinds, rotating
      for (let j = 0; j < 4; j++) {
        const pi = (k + j * 2 + (j >> 1)) % PARTIES.length;
        const party = PARTIES[pi]!;
        const name = party.names[(t + j) % party.names.length]!;
        const r = render(tpl, name, party.pron, OTHERS[(t + j) % OTHERS.length]!);
        if (!r.span) throw new Error(`no span: ${tpl}`);
        out.push({ id: `${cat}/${t}/${party.kind}`, predClass: cat, frame: cat, party: party.kind, text: r.text, type: opts?.type ?? 'refusal', span: r.span, holders: r.holders, optional: opts?.optional || cat === 'optional' });
      }
      k++;
    });
  }
  NEGATIVES3.forEach(([frame, tpl, none], i) => {
    const uses = /\{[PpH]/.test(tpl) ? 2 : 1;
    for (let j = 0; j < uses; j++) {
      const party = PARTIES[(i + j * 3) % PARTIES.length]!;
      const r = render(tpl.replace(/\[\[|\]\]/g, ''), party.names[j % party.names.length]!, party.pron, OTHERS[i % OTHERS.length]!);
      out.push({ id: `negative/${frame}/${i}/${j}`, predClass: 'negative', frame: `negative: ${frame}`, party: uses > 1 ? party.kind : '-', text: r.text, none });
    }
  });
  return out;
}
