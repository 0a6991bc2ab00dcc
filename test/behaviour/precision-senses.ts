/**
 * A negative challenge grid for precision (helper PREC3): stance words read in another sense, each family
 * crossed from templates into at least 300 stance-less sentences, plus the positive twin of each (the same
 * word, or the same sentence frame, used as a stance by an invented party) so that a fix keeps its recall.
 *
 * A sentence marks the words under test with [[…]]: a negative passes when no cue overlaps them; a twin passes
 * when a cue of its type overlaps them. Parties and places are invented (Norland, Vesk, Brelvania, Halden …);
 * nothing comes from the eval files or from real news.
 */
export type CueKind = 'refusal' | 'engagement' | 'condition';

export interface SenseCase {
  family: string;
  /** 'negative' (no cue over the mark) or 'twin' (a cue of `type` over the mark) */
  kind: 'negative' | 'twin';
  text: string;
  span: [number, number];
  type?: CueKind;
  /** a negative that only forbids a cue of this type over the mark (else any cue) */
  noneOf?: CueKind;
}

/** strip the [[ ]] mark and return the text and the marked span */
function marked(s: string): { text: string; span: [number, number] } {
  const a = s.indexOf('[[');
  const b = s.indexOf(']]');
  if (a < 0 || b < a) throw new Error(`no mark in: ${s}`);
  const text = s.slice(0, a) + s.slice(a + 2, b) + s.slice(b + 2);
  return { text, span: [a, b - 2] };
}

/** every combination of the slot lists, in order, the first slot varying slowest */
function cross(parts: string[][]): string[] {
  let out = [''];
  for (const p of parts) out = out.flatMap((o) => p.map((x) => o + x));
  return out;
}

/** n items spread evenly over a list (deterministic) */
function spread<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(xs[Math.floor((i * xs.length) / n)]!);
  return out;
}

const PARTY = ['Norland', 'Vesk', 'The Halden Workers\' Union', 'Brelvania', 'The Karsk Dockers\' Federation', 'Orvane Mining', 'The rebels', 'The Ostranian government'];
const OTHER = ['the city council', 'Vesk', 'the employers', 'Brelvania', 'the mining company', 'the government', 'the union', 'Valdoria'];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const low = (s: string) => (s.startsWith('The ') ? 'the ' + s.slice(4) : s);

function family(name: string, negatives: string[], twins: [string, CueKind][], n = 300, noneOf?: CueKind): SenseCase[] {
  const neg = spread(negatives, n).map((s) => ({ family: name, kind: 'negative' as const, noneOf, ...marked(s) }));
  const tw = spread(twins, n).map(([s, type]) => ({ family: name, kind: 'twin' as const, type, ...marked(s) }));
  return [...neg, ...tw];
}

// ---------------------------------------------------------------- 1. 'refuse' the noun (rubbish)
function refuseNoun(): SenseCase[] {
  const det = ['The', "Halden's", "The council's", "Vesk's", 'Our', 'Brelvania\'s'];
  const adj = [' ', ' household ', ' domestic ', ' industrial ', ' commercial ', ' uncollected '];
  const head = ['collection', 'collectors', 'workers', 'lorries', 'trucks', 'bins', 'sacks', 'tip', 'depot', 'service', 'crews', 'disposal'];
  const pred = [' resumed on Monday.', ' ran late again this week.', ' will be reviewed next year.', ' cost the town more last year.'];
  const a = cross([det, adj, ['[[refuse]] '], head, pred]);
  const b = cross([
    ['Piles of', 'Heaps of', 'Bags of', 'Tonnes of', 'Mounds of'],
    adj,
    ['[[refuse]]'],
    [' lined the streets of Halden.', ' blocked the lanes behind the market.', ' were left by the river.', ' piled up during the heatwave.', ' were burned at the edge of Vesk.'],
  ]);
  const c = cross([
    ['Crews', 'The contractor', 'The town', 'Volunteers', 'The new incinerator'],
    [' collected', ' burned', ' cleared', ' dumped', ' removed'],
    [' the', ''],
    adj,
    ['[[refuse]]'],
    [' on Tuesday.', ' from the old quarter.', ' before dawn.'],
  ]);
  const negatives = [...spread(a, 150), ...spread(b, 75), ...spread(c, 75)];
  const twins: [string, CueKind][] = cross([
    PARTY.map((p) => `${p} [[refused]] to `),
    ['meet ', 'negotiate with ', 'sign the deal with ', 'resume talks with '],
    OTHER.map((o) => `${o} `),
    ['over the refuse collection.', 'about household refuse.', 'on the refuse workers\' pay.', 'until the strike ends.'],
  ]).map((s) => [s, 'refusal']);
  return family('refuse the noun', negatives, twins);
}

// ---------------------------------------------------------------- 2. 'acceptable' of what no party offers
function acceptableThing(): SenseCase[] {
  const thing = ['The noise level at the Vesk plant', 'The risk of flooding', 'Air quality in Halden', 'The water quality', 'The weather', 'Visibility at the airfield', 'The sample', 'The smelter\'s output of dust', 'The pitch', 'The radiation level near the site', 'The hotel', 'The food in the canteen'];
  const cop = [' was [[acceptable]]', ' is [[acceptable]]', ' remained [[acceptable]]', ' was [[satisfactory]]', ' is [[satisfactory]]', ' seemed [[acceptable]]'];
  const tail = [', inspectors said.', ' last year.', ' for the time of year.', ', the report found.', ' by most measures.'];
  const a = cross([thing, cop, tail]);
  const b = cross([
    ['Should the weather', 'If the sea state', 'If conditions', 'Should visibility', 'If the forecast'],
    [' prove [[acceptable]], ', ' be [[acceptable]], ', ' look [[satisfactory]], '],
    ['the launch goes ahead on Friday.', 'the race will start at noon.', 'the ferry sails at six.', 'the crew will try again.'],
  ]);
  const c = cross([
    ['The engineers hope to find ', 'The planners want ', 'The club is looking for ', 'The school needs '],
    ['a site', 'a design', 'a date', 'a route', 'a schedule'],
    [' that is [[acceptable]] to ', ' [[acceptable]] to ', ' that is [[satisfactory]] for '],
    ['the residents.', 'everyone.', 'the inspectors.', 'the neighbours.'],
  ]);
  const negatives = [...spread(a, 150), ...spread(b, 60), ...spread(c, 90)];
  const twins: [string, CueKind][] = [
    ...cross([
      PARTY.map((p) => `${p} said `),
      ['the offer', 'the revised offer', 'the proposal', 'the draft accord', 'the pay offer', 'the ceasefire plan', 'the new bid', 'the compromise'],
      [' was [[acceptable]].', ' was not [[acceptable]].', ' was [[satisfactory]].', ' is [[acceptable]] to us.', ' was not [[satisfactory]].'],
    ]).map((s): [string, CueKind] => [s, s.includes('not [[') ? 'refusal' : 'engagement']),
  ];
  return family('acceptable of no offer', negatives, twins);
}

// ---------------------------------------------------------------- 3. 'require(d)' as a need, no party demanding
function requireNeed(): SenseCase[] {
  const a = cross([
    ['The bill needs ', 'The motion fell short of ', 'The plan won ', 'The measure lacked '],
    ['the 60 votes', 'the two-thirds majority', 'the signatures', 'the quorum', 'the votes'],
    [' [[required]] to '],
    ['advance in the Senate.', 'pass the chamber.', 'clear the assembly.', 'become law.', 'go to a referendum.'],
  ]);
  const b = cross([
    ['Patients', 'Older drivers', 'Most homes in Halden', 'Such engines', 'Many of the trees', 'Some pupils', 'The bridges'],
    [' may [[require]] ', ' might [[require]] ', ' could [[require]] ', ' often [[require]] ', ' usually [[require]] '],
    ['additional visits.', 'new parts within a year.', 'extra care in winter.', 'more water in summer.', 'repairs after the floods.', 'a second check.'],
  ]);
  const c = cross([
    ['The skills', 'The permits', 'The funds', 'The equipment', 'The staff', 'The time'],
    [' [[required]] for '],
    ['the job', 'the new runway', 'the expedition', 'the rebuild', 'the survey'],
    [' are scarce in Vesk.', ' were not available.', ' will cost more than planned.', ' came from Halden.'],
  ]);
  const negatives = [...spread(a, 100), ...spread(b, 100), ...spread(c, 100)];
  const twins: [string, CueKind][] = cross([
    PARTY.map((p) => `${p} [[required]] `),
    OTHER.map((o) => `${o} to `),
    ['withdraw its troops before any talks.', 'reinstate the sacked drivers first.', 'lift the blockade before a meeting.', 'drop its demands before signing.', 'free the prisoners before talks.'],
  ]).map((s): [string, CueKind] => [s, 'condition']);
  return family('require as a need', negatives, twins);
}

// ---------------------------------------------------------------- 4. asking and bargaining for = hoping, expecting, claiming a decision
function askForExpect(): SenseCase[] {
  const a = cross([
    ['It was all ', 'It was everything ', 'That is more than ', 'The win was all ', 'A draw was the most '],
    ['the fans', 'the players', 'the coach', 'we', 'anyone', 'the organisers'],
    [' could [[ask for]]', ' could have [[asked for]]', ' could possibly [[ask for]]'],
    ['.', ' this season.', ' on a wet night in Halden.'],
  ]);
  const b = cross([
    ['The runners', 'The climbers', 'The tourists', 'The sailors', 'The new owners', 'The organisers', 'The hikers'],
    [' got more than they had [[bargained for]]', ' faced more than they [[bargained for]]', ' found more trouble than they [[bargained for]]'],
    ['.', ' on the last day.', ' in Vesk.', ' during the storm.'],
  ]);
  const c = cross([
    ['The bowler', 'The Vesk striker', 'The Halden defender', 'The wicketkeeper', 'The home side', 'The goalkeeper'],
    [' [[appealed for]] ', ' made a loud [[appeal for]] ', ' made a confident [[appeal for]] '],
    ['a penalty', 'caught behind', 'offside', 'a free kick', 'lbw', 'a foul', 'a handball'],
    ['.', ' in the second half.', ' but the umpire was unmoved.'],
  ]);
  const negatives = [...spread(a, 100), ...spread(b, 80), ...spread(c, 120)];
  const twins: [string, CueKind][] = [
    ...cross([
      PARTY.map((p) => `${p} [[asked for]] `),
      ['talks with ', 'a meeting with ', 'negotiations with '],
      OTHER.map((o) => `${o}.`),
    ]).map((s): [string, CueKind] => [s, 'engagement']),
    ...cross([
      PARTY.map((p) => `${p} [[will bargain with]] `),
      OTHER.map((o) => `${o}`),
      ['.', ' next week.', ' over pay.'],
    ]).map((s): [string, CueKind] => [s, 'engagement']),
  ];
  return family('ask or bargain for, expecting', negatives, twins);
}

// ---------------------------------------------------------------- 5. 'until' a time: how long, not on what terms
function untilTime(): SenseCase[] {
  const subj = ['The dockers', 'The rebels', 'The Halden Workers\' Union', 'The nurses', 'Norland', 'The strikers', 'The protesters', 'Vesk'];
  const act = [' vowed to fight on [[until]] ', ' vowed to continue strike action [[until]] ', ' will keep up the overtime ban [[until]] ', ' said it would stay out [[until]] ', ' plans to keep the border closed [[until]] ', ' will continue the blockade [[until]] '];
  const time = ['the end of the year.', 'the end of the month.', 'next March.', 'Friday.', 'further notice.', 'the spring.', 'midnight on Sunday.', 'the start of the harvest.'];
  const negatives = cross([subj, act, time]);
  const twins: [string, CueKind][] = cross([
    subj,
    act,
    OTHER.map((o) => `${o} `),
    ['raises its offer.', 'withdraws its troops.', 'agrees to talks.', 'reinstates the sacked drivers.'],
  ]).map((s): [string, CueKind] => [s, 'condition']);
  return family('until a time', negatives, twins);
}

// ---------------------------------------------------------------- 6. refusing to let a circumstance win (sport, weather)
function refuseToLetCircumstance(): SenseCase[] {
  const subj = ['Halden Rovers', 'The Vesk side', 'The champions', 'The home team', 'The young squad', 'The Karsk crew', 'The runners'];
  const what = ['the deficit', 'the early goal', 'the rain', 'the defeat', 'the injury', 'the setback', 'the heat', 'the pressure', 'the loss', 'the wind'];
  const verb = [' define their season.', ' rattle them.', ' spoil the final.', ' stop them.', ' derail their campaign.', ' dent their confidence.'];
  const negatives = cross([subj, [' [[refused]] to let '], what, verb]);
  const twins: [string, CueKind][] = cross([
    PARTY.map((p) => `${p} [[refused]] to let `),
    OTHER.map((o) => `${o} `),
    ['join the talks.', 'send observers.', 'take part in the negotiations.', 'attend the summit.', 'reopen the talks.'],
  ]).map((s): [string, CueKind] => [s, 'refusal']);
  return family('refusing to let a circumstance win', negatives, twins);
}

// ---------------------------------------------------------------- 7. 'not … enough': a judgement of degree, no refusal
function notEnough(): SenseCase[] {
  const who = ['Critics said ', 'The aid groups said ', 'Observers said ', 'The report found that ', 'Analysts said '];
  const negatives = [
    ...cross([
      who,
      PARTY.map((p) => low(p)),
      [' [[had not done enough to reach a deal]] with ', ' [[did not do enough to end the dispute]] with ', ' [[had not made enough concessions]] to ', ' [[did not make enough compromises]] to ', ' [[had not offered enough]] to ', ' [[was not doing enough to resume talks]] with '],
      OTHER.map((o) => `${o}.`),
    ]),
  ];
  const twins: [string, CueKind][] = cross([
    PARTY.map((p) => `${p} `),
    ['[[did not make any concessions]] to ', '[[refused to make concessions]] to ', '[[would not reach a deal]] with ', '[[made no concessions]] to ', '[[will not offer anything]] to '],
    OTHER.map((o) => `${o}`),
    ['.', ' on Monday.', ', officials said.'],
  ]).map((s): [string, CueKind] => [s, 'refusal']);
  return family('not enough, a degree', negatives, twins);
}

// ---------------------------------------------------------------- 8. a body's own meeting resuming is no talks with a party
function ownMeetingResumed(): SenseCase[] {
  const body = ['The council', 'The board', 'The cabinet', 'The committee', 'The caucus', 'The shareholder', 'The staff', 'The school board', 'The club', 'The faculty', "The Halden council's", "Vesk's cabinet"];
  const verb = [' meeting [[resumed]]', ' meeting [[resumed]] briefly', ' session [[resumed]]', ' hearing [[resumed]]'];
  const tail = [' after a short break.', ' on Tuesday with a vote on the budget.', ' with a roll call.', ' at six.', ' after lunch.', ' in the town hall.', ' under a new chair.'];
  const negatives = cross([body, verb, tail]);
  const twins: [string, CueKind][] = cross([
    PARTY.map((p) => `Talks between ${low(p)} and `),
    OTHER.map((o) => `${o} [[resumed]]`),
    [' after a short break.', ' on Tuesday.', ' in Geneva.', ' after a month.', ' at six.'],
  ]).map((s): [string, CueKind] => [s, 'engagement']);
  return family('a body\'s own meeting resumed', negatives, twins);
}

// ---------------------------------------------------------------- 9. demands named as the topic of a discussion: no condition stated there
function demandsAsTopic(): SenseCase[] {
  const negatives = cross([
    PARTY.map((p) => `${p} `),
    ['met to discuss ', 'will discuss ', 'agreed to review ', 'asked for time to consider ', 'set up a panel to examine '],
    ['policy [[demands]]', 'pay [[demands]]', 'the union\'s [[demands]]', 'their [[demands]]', 'the workers\' wage [[demands]]', 'the farmers\' [[demands]]'],
    ['.', ' on Friday.', ' next week.', ' in Halden.'],
  ]);
  const twins: [string, CueKind][] = cross([
    PARTY.map((p) => `${p} [[demanded]] that `),
    OTHER.map((o) => `${o} `),
    ['raise pay before any talks.', 'withdraw its troops first.', 'free the prisoners.', 'lift the blockade.', 'drop the lawsuit.'],
  ]).map((s): [string, CueKind] => [s, 'condition']);
  return family('demands as a topic', negatives, twins, 300, 'condition');
}

// ---------------------------------------------------------------- 10. the offer one cannot refuse: praise of an offer, no refusal
function offerOneCannotRefuse(): SenseCase[] {
  const thing = ['an offer', 'a deal', 'a package', 'a price', 'terms', 'a bid'];
  const a = cross([
    ['It was ', 'The club made ', 'Halden received ', 'The buyers put forward ', 'Vesk Rovers tabled '],
    thing,
    [' that the family', ' the family', ' that the player', ' they', ' that he', ' the owners'],
    [' could not [[refuse]].', " couldn't [[refuse]].", ' could not [[turn down]].', " can't [[turn down]].", ' cannot [[refuse]].'],
  ]);
  const b = cross([
    ['The offer', 'The package', 'The price', 'The contract', 'The bid', 'The deal'],
    [' was too good to [[turn down]]', ' was hard to [[turn down]]', ' was too good to [[refuse]]', ' proved impossible to [[turn down]]', ' was difficult to [[turn down]]'],
    ['.', ', the striker said.', ', his agent said.', ' for the Halden family.'],
  ]);
  const negatives = [...spread(a, 180), ...spread(b, 120)];
  const twins: [string, CueKind][] = cross([
    PARTY.map((p) => `${p} `),
    ['[[turned down]] the offer from ', '[[refused]] the deal with ', '[[turned down]] the terms put forward by ', '[[refused]] the package offered by '],
    OTHER.map((o) => `${o}`),
    ['.', ' on Monday.'],
  ]).map((s): [string, CueKind] => [s, 'refusal']);
  return family('an offer one cannot refuse', negatives, twins);
}

// ---------------------------------------------------------------- 11. a refusal to comment or to disclose, as a noun
function refusalToComment(): SenseCase[] {
  const negatives = cross([
    ["The firm's ", "Orvane Mining's ", "The ministry's ", "The club's ", 'Its ', "The bank's ", "The council's "],
    ['[[refusal to]] comment', '[[refusal to]] provide forecasts', '[[refusal to]] disclose the figures', '[[refusal to]] confirm the report', '[[refusal to]] name the buyer', '[[refusal to]] give details', '[[refusal to]] release the data'],
    [' fuelled speculation.', ' drew criticism from investors.', ' surprised analysts.', ' was noted by the press.', ' angered reporters.', ' did not help.', ' left questions open.'],
  ]);
  const twins: [string, CueKind][] = cross([
    ["Norland's ", "Vesk's ", "The union's ", "The rebels' ", "Orvane Mining's ", 'Its '],
    ['[[refusal to]] negotiate with ', '[[refusal to]] meet ', '[[refusal to]] talk to ', '[[refusal to]] sign the accord with ', '[[refusal to]] resume talks with '],
    OTHER.map((o) => `${o}`),
    [' angered the mediators.', ' stalled the process.'],
  ]).map((s): [string, CueKind] => [s, 'refusal']);
  return family('a refusal to comment, the noun', negatives, twins);
}

// ---------------------------------------------------------------- 12. talking about a topic at an event: a speech, no talks
function talkAboutAtEvent(): SenseCase[] {
  const negatives = cross([
    ['The minister', 'The company', 'The chief executive', "Norland's prime minister", 'The Vesk governor', 'The author'],
    [' [[will talk]] about ', ' [[would talk]] about ', ' [[will talk]] mostly about '],
    ['the budget', 'its new phones', 'the economy', 'climate change', 'the harvest', 'her new book'],
    [' at the conference.', ' during the call.', ' at the festival.', ' at the launch.', ' in a lecture.', ' during the webinar.'],
  ]);
  const twins: [string, CueKind][] = cross([
    PARTY.map((p) => `${p} `),
    ['[[will talk]] to ', '[[will talk]] with ', '[[would talk]] to '],
    OTHER.map((o) => `${o}`),
    [' about the border at the conference.', ' next week.', ' during the summit.', '.', ' about pay.'],
  ]).map((s): [string, CueKind] => [s, 'engagement']);
  return family('talking about a topic at an event', negatives, twins);
}

// ---------------------------------------------------------------- 13. conditions = circumstances ('the conditions for growth are ripe')
function conditionsCircumstance(): SenseCase[] {
  const negatives = cross([
    ['The ', 'Market ', 'Economic ', 'Now the ', 'In Halden the ', 'This spring the '],
    ['[[conditions for]] '],
    ['growth', 'a recovery', 'a rate cut', 'investment', 'a rally', 'the harvest', 'a good season', 'wildfires', 'tourism', 'new housing'],
    [' are ripe', ' were right', ' look favourable', ' remain ideal', ' are poor', ' seemed perfect'],
    [', the bank said.', ' this year.', ' in Vesk.', '.', ', analysts said.'],
  ]);
  const twins: [string, CueKind][] = cross([
    PARTY.map((p) => `${p} set out its [[conditions for]] `),
    ['talks with ', 'a deal with ', 'a ceasefire with ', 'a meeting with ', 'a return to the table with '],
    OTHER.map((o) => `${o}`),
    ['.', ' on Monday.'],
  ]).map((s): [string, CueKind] => [s, 'condition']);
  return family('conditions as circumstances', negatives, twins);
}

// ---------------------------------------------------------------- 14. admission to a place: let in or turned away, no stance
function admission(): SenseCase[] {
  const who = ['Fans without tickets', 'Visibly ill patrons', 'Late passengers', 'Visitors without passes', 'Dogs', 'Unaccompanied children', 'Spectators', 'Guests in costume', 'Pets'];
  const a = cross([
    who,
    [' may be [[denied entry]]', ' were [[denied entry]]', ' will be [[denied entry]]', ' could be [[denied boarding]]', ' were [[denied admission]]'],
    [' to the stadium.', ' at the gate.', '.', ' on Saturday.'],
  ]);
  const b = cross([
    who,
    [' [[will be allowed]] ', ' [[will not be allowed]] ', ' [[would be allowed]] '],
    ['in the stands.', 'on the beach.', 'at this time.', 'into the museum.', 'inside the hall.', 'on the ferry.'],
  ]);
  const negatives = [...spread(a, 150), ...spread(b, 150)];
  const twins: [string, CueKind][] = [
    ...cross([
      PARTY.map((p) => `${p} `),
      ['[[denied]] the request for talks from ', '[[denied]] the request to meet '],
      OTHER.map((o) => `${o}`),
      ['.', ' on Monday.'],
    ]).map((s): [string, CueKind] => [s, 'refusal']),
    ...cross([
      PARTY.map((p) => `${p} `),
      ['[[will be meeting]] ', '[[will be negotiating with]] ', '[[would be attending]] talks with '],
      OTHER.map((o) => `${o}`),
      ['.', ' on Monday.'],
    ]).map((s): [string, CueKind] => [s, 'engagement']),
  ];
  return family('admission to a place', negatives, twins);
}

// ---------------------------------------------------------------- 15. a body's own meetings cancelled: no talks called off
function ownMeetingsCancelled(): SenseCase[] {
  const negatives = cross([
    ['Senior officials', 'The school', 'The Halden council', 'The club', 'The ministry', 'Orvane Mining', 'The newsroom'],
    [' [[cancelled afternoon meetings]]', ' [[cancelled staff meetings]]', ' [[postponed the weekly meeting]]', ' [[called off the board meeting]]', ' [[cancelled its team meetings]]', ' [[scrapped the morning meeting]]'],
    [' to brainstorm ideas.', ' for the week.', ' because of the storm.', ' on Friday.', ' after the fire alarm.', ' during the audit.', ' until further notice.', ' at short notice.'],
  ]);
  const twins: [string, CueKind][] = cross([
    PARTY.map((p) => `${p} `),
    ['[[cancelled its meeting with]] ', '[[called off the talks with]] ', '[[postponed the talks with]] ', '[[cancelled the planned visit by]] '],
    OTHER.map((o) => `${o}`),
    ['.', ' on Friday.', ' after the shelling.'],
  ]).map((s): [string, CueKind] => [s, 'refusal']);
  return family("a body's own meetings cancelled", negatives, twins);
}

// ---------------------------------------------------------------- 16. 'meeting' the noun after a modifier, not the verb 'meet'
function meetingNoun(): SenseCase[] {
  const negatives = cross([
    ['The ', 'A ', 'Their ', 'Its ', 'Our '],
    ['morning', 'ratification', 'planning', 'budget', 'first', 'second', 'final', 'emergency', 'evening', 'weekly'],
    [' [[meeting on]] '],
    ['Friday', 'Monday', 'Tuesday'],
    [' ran late.', ' was short.', ' drew a small crowd.', ' is open to the public.', ' was cancelled.', ' will be held in the town hall.'],
  ]);
  const twins: [string, CueKind][] = cross([
    PARTY.map((p) => `${p} `),
    ['[[met on]] Friday with ', '[[met on]] Monday with ', '[[met in]] Geneva with ', '[[met at]] the border with '],
    OTHER.map((o) => `${o}`),
    ['.', ' for talks.', ' for the first time.'],
  ]).map((s): [string, CueKind] => [s, 'engagement']);
  return family("'meeting' the noun", negatives, twins);
}

export function buildSenseCases(): SenseCase[] {
  return [...meetingNoun(), ...admission(), ...ownMeetingsCancelled(), ...conditionsCircumstance(), ...offerOneCannotRefuse(), ...refusalToComment(), ...talkAboutAtEvent(), ...refuseNoun(), ...acceptableThing(), ...requireNeed(), ...askForExpect(), ...untilTime(), ...refuseToLetCircumstance(), ...notEnough(), ...ownMeetingResumed(), ...demandsAsTopic()];
}

export { cap, low };
