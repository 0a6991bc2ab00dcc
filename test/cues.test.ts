/**
 * The cue stage's decisions, on sentences written for these tests:
 * negation and its scope, holder, target, source, time, conditions as arguments,
 * hypotheticals, and one cue per stance.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/index.js';
import type { Cue, StanceDocument } from '../src/schema/output.js';

const run = (text: string) => analyze(text);
const stances = (d: StanceDocument) => d.cues.filter((c) => c.type !== 'condition');
const types = (text: string) => run(text).cues.map((c) => c.type);
const one = (text: string, type?: Cue['type']): { doc: StanceDocument; cue: Cue } => {
  const doc = run(text);
  const cues = type ? doc.cues.filter((c) => c.type === type) : stances(doc);
  expect(cues, `one ${type ?? 'stance'} cue in: ${text}`).toHaveLength(1);
  return { doc, cue: cues[0]! };
};

describe('negation flips, within its clause', () => {
  it('"would not negotiate" is a refusal', () => {
    expect(types('Officials said they would not negotiate under pressure.')).toEqual(['refusal']);
  });
  it('a one-word aside between commas does not break the trigger: "would not, however, accept"', () => {
    expect(types('The minister said Norland would not, however, accept import quotas.')).toEqual(['refusal']);
    expect(types('The minister said, for now, the quotas would stand.')).toEqual([]);
  });
  it('a contraction hides the negation: "won\'t talk"', () => {
    expect(types("The council won't talk to the strikers.")).toEqual(['refusal']);
  });
  it('"did not rule out talks" is engagement', () => {
    expect(types('The cabinet did not rule out talks with the rebels.')).toEqual(['engagement']);
  });
  it('"refused to rule out talks" is engagement: a double negation', () => {
    const { cue } = one('The minister refused to rule out talks with the union.');
    expect(cue.type).toBe('engagement');
    expect(cue.negated).toBe(true);
  });
  it('"refused in 2021 to sign a deal" is one refusal: a time phrase does not break the chain', () => {
    const doc = run('Cairo had refused in 2021 to sign any deal on the river.');
    expect(doc.cues.map((c) => `${c.type} ${c.text}`)).toEqual(['refusal refused in 2021 to sign any deal']);
    expect(doc.cues[0]!.time).toBe('past');
  });
  it('"no longer refuses" is engagement', () => {
    expect(types('The ministry no longer refuses to meet the nurses.')).toEqual(['engagement']);
  });
  it('a negation in another clause does not reach the trigger', () => {
    expect(types('The envoy did not comment, but the rebels agreed to resume talks.')).toEqual(['engagement']);
  });
  it('"not only" is not a negation', () => {
    expect(types('The union is not only ready to negotiate but eager to.')).toContain('engagement');
    expect(types('The union is not only ready to negotiate but eager to.')).not.toContain('refusal');
  });
  it('a refusal of something that is not talks ("refused to comment") is no cue', () => {
    expect(types('The ministry refused to comment on the report.')).toEqual([]);
  });
  it('a second finite verb after "and" is a stance of its own, never the action a refusal negates', () => {
    expect(types('The board rejected and condemned the proposal.')).toEqual(['refusal', 'refusal']);
    expect(types('The rebels refused to talk and rejected the offer.')).toEqual(['refusal', 'refusal']);
    expect(types('The pilots association refused and continues to refuse negotiations with the airline.')).toEqual(['refusal', 'refusal']);
  });
  it('a bare verb after an object and "and" is a second predicate, never the action the first refuses', () => {
    expect(types('Vesk said it would snub the summit and boycott the vote.')).toEqual(['refusal', 'refusal']);
    expect(types('Vesk vowed to snub the summit and boycott the talks.')).toEqual(['refusal', 'refusal']);
  });
  it('a refusal noun that is the subject of a refusal verb is no double negative: two refusals', () => {
    expect(types("The union's walkout ended the talks.")).toEqual(['refusal', 'refusal']);
    expect(types("Vesk's rejection of the offer stalled the negotiations.")).toEqual(['refusal', 'refusal']);
  });
  it('a modal or auxiliary after "and" opens a second predicate: two refusals, never a double negative', () => {
    expect(types('Norland rejects the plan and will not attend the talks.')).toEqual(['refusal', 'refusal']);
    expect(types('The union turned down the offer and did not return to the table.')).toEqual(['refusal', 'refusal']);
  });
  it('an infinitive after "and" or "or" stays in the refusal\'s scope: one refusal', () => {
    expect(types('The union refused to meet and negotiate with management.')).toEqual(['refusal']);
    expect(types('The union refused to talk or meet with the company.')).toEqual(['refusal']);
  });
  it('a negation before a bare verb covers a bare verb coordinated with it: "did not accept and sign"', () => {
    expect(types('The cabinet did not accept and sign the treaty.')).toEqual(['refusal']);
    expect(types('The rebels would not accept or sign the agreement.')).toEqual(['refusal']);
    expect(types('The rebels will not meet or talk with the envoy.')).toEqual(['refusal']);
  });
  it('a finite verb after "and" is outside the negation: "did not accept the plan and signed"', () => {
    expect(types('The cabinet did not accept the plan and signed a rival treaty.')).toEqual(['refusal', 'engagement']);
  });
});

describe('adverbs the frames let pass', () => {
  it('a time adverb before a degree "too" and its adjective: "the offer is still too low"', () => {
    expect(types('Calder said the offer is still too low.')).toEqual(['refusal']);
    expect(types('The union said the proposal was also too small.')).toEqual(['refusal']);
    expect(types('The water is still too cold.')).toEqual([]);
  });
});

describe('a quotation split by its attribution', () => {
  it('reads the words on both sides as one clause: "We will not," Tal said, "accept this offer."', () => {
    const doc = run('"We will not," Tal Orvel said, "accept this offer."');
    expect(doc.cues.map((c) => [c.type, c.holderName])).toEqual([['refusal', 'Tal Orvel']]);
    expect(types('"We will," Tal Orvel said, "meet them on Monday."')).toEqual(['engagement']);
  });
});

describe('holder', () => {
  it('is the possessor of a nominalisation', () => {
    const { doc, cue } = one("Norway's decision to meet the envoys surprised the region.");
    expect(doc.actors.find((a) => a.id === cue.holder)?.name).toBe('Norway');
  });
  it('is the reported party, not the speaker, whose name becomes the source', () => {
    const { doc, cue } = one('Analyst Maria Keller from the Baltic Institute notes that Poland is eager to engage.');
    expect(cue.holder).toBe('POL');
    expect(doc.actors.find((a) => a.id === cue.source)?.name).toBe('Maria Keller');
  });
  it('is the actor a pronoun refers to', () => {
    const { cue } = one('Iran said on Sunday it was open to talks.');
    expect(cue.holder).toBe('IRN');
  });
  it('is a capital used for its government', () => {
    const { cue } = one('Moscow has agreed to resume negotiations.');
    expect(cue.holder).toBe('RUS');
  });
  it('is the speaker of a first-person stance in a quotation', () => {
    const { doc, cue } = one('"We will not negotiate with kidnappers," Foreign Minister Lena Berg said.');
    expect(cue.type).toBe('refusal');
    expect(doc.actors.find((a) => a.id === cue.holder)?.name).toBe('Lena Berg');
  });
  it('is the owner of the noun phrase a trigger sits in, even after a preposition', () => {
    const doc = run("Voters will decide on the creditors' offer of deeper cuts in return for fresh loans.");
    const cue = doc.cues.find((c) => c.rule === 'condition.in-exchange-for');
    expect(doc.actors.find((a) => a.id === cue?.holder)?.name).toBe('creditors');
  });
  it('is the agent of a passive trigger', () => {
    const { cue } = one('The offer of talks was rejected by Sweden on Monday.');
    expect(cue.type).toBe('refusal');
    expect(cue.holder).toBe('SWE');
  });
  it('is not the possessor of a noun in a prepositional phrase before a coordinated verb', () => {
    const { doc, cue } = one("The French minister said Paris is unhappy with Chile's stance and would not join a bad deal.", 'refusal');
    expect(doc.actors.find((a) => a.id === cue.holder)?.name).toBe('France');
  });
  it('is not a later conjunct of a prepositional object', () => {
    const doc = run('Omar Vale would not sign the pact drafted by envoys for the militia and the Kenyan cabinet, until the charges are dropped.');
    expect(doc.cues.map((c) => doc.actors.find((a) => a.id === c.holder)?.name)).toEqual(['Omar Vale', 'Omar Vale']);
  });
  it('is not the object of a verb', () => {
    const doc = run('The Red Hand Front says it will free three Swedish hostages if Sweden agrees to leave.');
    const cond = doc.cues.find((c) => c.type === 'condition');
    expect(doc.actors.find((a) => a.id === cond?.holder)?.name).toBe('Red Hand Front');
  });
  it('is the named party an appositive describes, not the appositive or a relative clause inside it', () => {
    const a = one('The Freedom Party, another large opposition party, which backs Senator Ana Ruiz, is set to take part in the talks.');
    expect(a.doc.actors.find((x) => x.id === a.cue.holder)?.name).toBe('Freedom Party');
    const b = one("Norland's main opposition party, the Freedom Party, says it will take part in the talks.");
    expect(b.doc.actors.find((x) => x.id === b.cue.holder)?.name).toBe('Freedom Party');
    const c = one("Wang Yi, China's foreign minister, agreed to meet the envoys.");
    expect(c.doc.actors.find((x) => x.id === c.cue.holder)?.name).toBe('Wang Yi');
  });
  it('is not a party named inside a subordinate clause that closes before the trigger', () => {
    const { doc, cue } = one('Minister Omar Haddad said that once the mediators return, he is ready to resume talks.');
    expect(doc.actors.find((a) => a.id === cue.holder)?.name).toBe('Omar Haddad');
  });
  it('is the agent of a noun trigger after "by" or "from"', () => {
    const { doc, cue } = one('The vote went ahead amid a boycott by opposition lawmakers.');
    expect(doc.actors.find((a) => a.id === cue.holder)?.name).toBe('opposition lawmakers');
  });
  it('is never a news agency, even named with its service', () => {
    const doc = run("Trade adviser Lena Marsh told Reuters' Asia desk a deal must do more.");
    expect(doc.cues.every((c) => !/reuters/i.test(doc.actors.find((a) => a.id === c.holder)?.name ?? ''))).toBe(true);
  });
  it('is the head of a partitive, not an object: "some of X\'s investors"', () => {
    const { doc, cue } = one("Some of Nordvik's largest investors have urged the board to drop its poison pill.", 'condition');
    expect(doc.actors.find((a) => a.id === cue.holder)?.name).toBe('largest investors');
  });
  it('is the party a demand is "of"', () => {
    const { doc, cue } = one('The cabinet agreed to a review of the law, a key demand of the opposition.', 'condition');
    expect(doc.actors.find((a) => a.id === cue.holder)?.name).toBe('opposition');
  });
  it('is the maker of an offer whose content the trigger is', () => {
    const doc = run('Peru turned down an offer from Chile to reopen talks.');
    expect(doc.cues.map((c) => `${c.type}:${c.holder}`)).toEqual(['refusal:PER', 'engagement:CHL']);
  });
  it('is the caller, not the party urged in an earlier coordinated clause', () => {
    const doc = run('Envoy Lena Marsh urged both camps to stay calm and called on Peru to accept the plan.');
    const cue = doc.cues.find((c) => c.type === 'condition');
    expect(doc.actors.find((a) => a.id === cue?.holder)?.name).toBe('Lena Marsh');
    expect(cue?.target).toBe('PER');
  });
  it('is the speaker of a quotation that names no party before the stance', () => {
    const doc = run('Peru rejected the plan on Monday. "There will be no deal unless Chile pays," Trade Minister Ana Ruiz said.');
    const refusal = doc.cues.find((c) => c.text === 'will be no deal');
    expect(doc.actors.find((a) => a.id === refusal?.holder)?.name).toBe('Ana Ruiz');
  });
  it('carries over from the paragraph when the sentence names no one', () => {
    const doc = run('Chile rejected the proposal on Monday. The statement showed a readiness to negotiate later.');
    expect(doc.cues.map((c) => c.holder)).toEqual(['CHL', 'CHL']);
  });
});

describe('target', () => {
  it('of a quoted stance is never the speaker named after the quote', () => {
    const doc = run('"Access to the port is our red line," Foreign Minister Ana Ruiz said.');
    expect(doc.cues).toHaveLength(1);
    expect(doc.cues[0]!.type).toBe('condition');
    expect(doc.cues[0]!.target).toBeNull();
  });
  it('stays in the trigger\'s clause and is never a venue', () => {
    const a = one('Ghana refused to attend the summit in Lisbon, but Togo met Benin.', 'refusal');
    expect(a.cue.target).toBeNull();
  });
  it('is the other party named after the trigger', () => {
    const { cue } = one('Japan agreed to hold talks with South Korea.');
    expect(cue.holder).toBe('JPN');
    expect(cue.target).toBe('KOR');
  });
  it('is never the holder itself', () => {
    const { cue } = one('Brazil said Brazil would meet with Argentina.');
    expect(cue.target).toBe('ARG');
  });
});

describe('conditions', () => {
  it('"until X agrees to …": the demand is the whole clause, and X\'s agreeing is no stance of the holder\'s', () => {
    const doc = run('The union said it would keep the strike going until the airline agreed to a raise.');
    expect(doc.cues.map((c) => c.type)).toEqual(['refusal', 'condition']);
    expect(doc.cues[1]!.condition?.text).toBe('the airline agreed to a raise');
  });
  it('a once-clause beside a commitment that is no stance of its own still names what the party waits for', () => {
    const doc = run('The guild said it would look at the proposal again once the studio dropped its new fee scale.');
    const cond = doc.cues.find((c) => c.rule === 'condition.once-clause');
    expect(cond?.condition?.text).toContain('the studio dropped its new fee scale');
    expect(run('The two sides will meet once a month to review the truce.').cues.filter((c) => c.type === 'condition')).toEqual([]);
  });
  it('a call\'s demand ends where "as", "while" or "because" opens a clause of its own, whose stance stays', () => {
    const doc = analyze('The Halden Teachers Union called for a delay as the labour minister rejected the union\'s request.');
    expect(doc.cues.find((c) => c.type === 'condition')?.condition?.text).toBe('a delay');
    expect(doc.cues.some((c) => c.type === 'refusal' && c.text === 'rejected')).toBe(true);
    // ("such as" is no clause)
    const other = analyze('The bishops called for the release of prisoners such as the Vesk journalists.');
    expect(other.cues[0]?.condition?.text).toBe('the release of prisoners such as the Vesk journalists');
  });
  it('say what is demanded and of whom', () => {
    const { cue } = one('Analysts say China insists that any engagement hinges on the U.S. lifting considerable tariffs.', 'condition');
    expect(cue.holder).toBe('CHN');
    expect(cue.condition?.text).toContain('the U.S. lifting considerable tariffs');
    expect(cue.condition?.actor).toBe('USA');
  });
  it('a requirement on another party is held by the speaker and targets the subject', () => {
    const { cue } = one('Iran said the United States must lift the sanctions first.', 'condition');
    expect(cue.holder).toBe('IRN');
    expect(cue.target).toBe('USA');
  });
  it('a requirement quoted before its attribution is held by the trailing speaker, and its text stops at the quote', () => {
    const { doc, cue } = one('"Norway must release our men first," Colonel Ivan Dusk said.', 'condition');
    expect(doc.actors.find((a) => a.id === cue.holder)?.name).toBe('Ivan Dusk');
    expect(cue.target).toBe('NOR');
    expect(cue.condition?.text).toBe('must release our men first');
  });
  it('a refusal with "unless" is two cues: a refusal and a condition', () => {
    const doc = run('Cuba said it would not return to negotiations unless the sanctions were lifted.');
    expect(doc.cues.map((c) => c.type).sort()).toEqual(['condition', 'refusal']);
    expect(doc.cues.find((c) => c.type === 'condition')?.condition?.text).toBe('the sanctions were lifted');
  });
  it('a refusal noun inside what a condition demands leaves the condition standing and is no refusal of the holder', () => {
    const a = run('The dockers will end the strike in exchange for the lifting of the boycott.');
    expect(a.cues.map((c) => c.type).sort()).toEqual(['condition', 'engagement']);
    const b = run('The guild will resume work only if the studio ends its refusal to bargain.');
    expect(b.cues.map((c) => c.type).sort()).toEqual(['condition', 'engagement']);
  });
  it('a demand noun that is the subject ends before the main verb: the rejection of it is a refusal of its own', () => {
    const doc = run("The miners' demands to negotiate were rejected by the mine owners.");
    const cond = doc.cues.find((c) => c.type === 'condition');
    expect(cond?.condition?.text).toBe('negotiate');
    expect(doc.cues.map((c) => c.type)).toContain('refusal');
    const b = run('Conditions for a truce are clear, the envoy said.');
    expect(b.cues.find((c) => c.type === 'condition')?.condition?.text).toBe('a truce');
  });
  it('"without preconditions" is engagement, not a condition', () => {
    expect(types('Peru said it was willing to hold talks without preconditions.')).toEqual(['engagement']);
  });
});

describe('time', () => {
  it('past perfect and "earlier" place a stance in the past', () => {
    const { cue } = one('Weeks earlier, Egyptian officials had said they would not negotiate.');
    expect(cue.time).toBe('past');
  });
  it('a plain report is present', () => {
    const { cue } = one('Egypt rejected the offer on Monday.');
    expect(cue.time).toBe('present');
  });
});

describe('hypotheticals and questions', () => {
  it('a question is not a stance', () => {
    expect(types('Will Iran agree to resume talks?')).toEqual([]);
  });
  it('a stance inside an if-clause is not a stance of its own', () => {
    expect(stances(run('If Iran agreed to resume talks, the market would rally.'))).toEqual([]);
  });
  it('nor inside a fronted inverted conditional ("Should …", "Were … to", "Had …"), whose main clause keeps its stance', () => {
    expect(stances(run('Should no deal be signed by June, the ministry will ration water.'))).toEqual([]);
    expect(stances(run('Were the dockers to reject the offer, the port would close.'))).toEqual([]);
    expect(stances(run('Had the council accepted the proposal, the buses would be running.'))).toEqual([]);
    expect(stances(run('Should the strike end, the company will resume talks with the union.')).map((c) => c.text)).toEqual(['will resume talks with']);
  });
});

describe('indirect questions', () => {
  it('a stance inside an indirect question is not a stance: "tells you who wants a deal", "hear what X would pay"', () => {
    expect(stances(run('The vote tells you who wants a settlement, the pilots said.'))).toEqual([]);
    expect(stances(run('Investors want to hear what the bidder is prepared to pay.'))).toEqual([]);
    expect(stances(run('It is unclear what the ministry would accept.'))).toEqual([]);
  });
  it('but a relative "who" keeps its stance', () => {
    expect(types('The dockers, who agreed to resume talks on Monday, marched on Friday.')).toEqual(['engagement']);
  });
});

describe('no party\'s stance', () => {
  it('a willingness of a generic party, a reduced relative ("any publisher willing to sign", "anyone ready to talk")', () => {
    expect(stances(run('The guild will offer the same terms to any studio willing to sign them.')).map((c) => c.text)).not.toContain('willing to sign');
    expect(stances(run('Anyone prepared to negotiate will be welcome, the mayor said.'))).toEqual([]);
    expect(types('It is not something any union could sign.')).toEqual(['refusal']);
  });
  it('a body\'s own general meeting is governance, not a meeting with another party', () => {
    expect(stances(run('The activist fund said it would push for an extraordinary general meeting.'))).toEqual([]);
    expect(types('The union called for a meeting with the board.')).toEqual(['engagement']);
  });
});

describe('an engagement restricted by "only"', () => {
  it('is the condition alone: "will only negotiate face to face with …"', () => {
    expect(types('The miners said they would only negotiate directly with the owner of the mine.')).toEqual(['condition']);
  });
  it('but beside a later if-clause it is an engagement, and the if-clause its condition', () => {
    expect(types('The guild said it would only attend the talks if the studios dropped the clause.')).toContain('engagement');
  });
  it('talks that will start or take place only after a step are that condition alone', () => {
    expect(types('"Talks with the capital will start only after a troop withdrawal is announced," the spokesman said.')).toEqual(['condition']);
    expect(types('The rebels said talks with Norland would only take place after the departure of its soldiers.')).toEqual(['condition']);
    expect(types('The envoy said talks with the capital will start after the holiday.')).toEqual(['engagement']);
  });
});

describe('a clause framed by a law states what the law requires, no party\'s stance', () => {
  it('"Under <law/code/rules>, X must / is required to …" yields no cue', () => {
    expect(run('Under Danish labour law, a union must give ten days\' notice of a strike.').cues).toEqual([]);
    expect(run('Under the listing rules, the bidder is required to make an offer within 28 days.').cues).toEqual([]);
  });
  it('the frame reaches to a contrast, and other frames are not laws', () => {
    expect(types('Under the code, the union must give notice, but the union said it would not negotiate with the board.')).toEqual(['refusal']);
    expect(types('Under pressure from the European Union, Norland agreed to resume talks.')).toEqual(['engagement']);
  });
});

describe('one stance, one cue', () => {
  it('but two stances side by side across a comma are two cues', () => {
    const doc = run('Pilots Accept Pay Deal, Ending Strike');
    expect(doc.cues.map((c) => c.text)).toEqual(['Accept Pay Deal', 'Ending Strike']);
  });
  it('"agreed to resume talks" is one cue, named by one rule', () => {
    const { cue } = one('Kenya agreed to resume talks with the teachers.');
    expect(cue.rule).toMatch(/^engagement\./);
  });
  it('two overlapping matches of one rule are one reading, not a double refusal: "would stay away from"', () => {
    const { cue } = one('The opposition bloc said it would stay away from the reconciliation talks.');
    expect(cue.type).toBe('refusal');
    expect(cue.text).toBe('would stay away from');
    expect(types('The farmers will stay away from the minister\'s round table next week.')).toEqual(['refusal']);
  });
  it('page furniture yields no cue: a "Related:" link is another story\'s headline, a caption repeats the story', () => {
    const doc = run(
      'Norland agrees to talks with Vesta\n\nNorland said on Monday it would meet Vesta next week.\n\nRelated: Dockers reject pay offer in Bergen\n\nPhoto: The Vestan envoy arrives for talks in Oslo.',
    );
    expect(doc.cues.map((c) => c.text)).toEqual(['agrees to talks with', 'would meet']);
  });
  it('a repeated paragraph adds no cue', () => {
    const p = 'Ghana agreed to resume talks with the union on Friday.';
    const doc = run(`${p}\n${p}`);
    expect(doc.cues).toHaveLength(1);
    expect(doc.sentences[1]!.duplicateOf).toBe(0);
  });
  it('every cue names its rule and its exact span', () => {
    const text = 'Peru rejected the plan. Chile agreed to meet. Bolivia set conditions for talks.';
    for (const c of run(text).cues) {
      expect(c.rule).toMatch(/^(engagement|refusal|condition)\.[a-z0-9-]+$/);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });
});

describe('transcript speaker labels', () => {
  it('reads a label in capitals before a colon or a bracket as no verb, not an imperative demand', () => {
    expect(types('QUESTION (Sandoval, AFP): Russia said Moscow would send a delegation to the talks.')).toEqual(['engagement']);
    expect(types('REPORTER: Give us a date, and will you sign?')).not.toContain('condition');
    // a real command opening the sentence still is one
    expect(types('"Extradite them, and the next day we can sit down," the prime minister said.')).toEqual(['condition', 'engagement']);
  });
});

describe('a word inside a name is no predicate', () => {
  it('"The Reject Shop", "Engage Capital Partners": a capital in prose with a capital after it is a name', () => {
    expect(types('Shares in the discount chain The Reject Shop fell sharply on Monday.')).toEqual([]);
    expect(types('The Reject Shop said sales had fallen for ten weeks.')).toEqual([]);
    expect(types('The fund Engage Capital Partners bought a stake in the Halden brewer.')).toEqual([]);
  });
  it('the same word in a headline, at the start of a sentence, or ending a name still counts', () => {
    expect(types('Vesk Rejects Norland Offer')).toEqual(['refusal']);
    expect(types('Vesk, Norland Resume Border Talks')).toEqual(['engagement']);
    expect(types('Rejecting the offer, the Vesk union walked out of the talks.')).toContain('refusal');
    expect(types('The Halden Six-Party Talks resumed in Plurim on Monday.')).toEqual(['engagement']);
  });
});

describe('a subordinate condition qualifies a position, not a forecast', () => {
  it('beside a forecast or a plan it is none: "is probably going to finish in the low twenties, provided …"', () => {
    expect(types('The Halden pick is probably going to finish in the low twenties, provided the side keeps its form.')).toEqual([]);
    expect(types('Given this trend the Vesk chain is planning on the basis that sales may fall again.')).toEqual([]);
  });
  it('beside a threat, an ability or a readiness it counts', () => {
    expect(types('The gunmen are threatening to burn the depot unless Vesk pays the ransom.')).toContain('condition');
    expect(types('Norland can expect no new loans unless it opens its books to the auditors.')).toContain('condition');
  });
});

describe('a rule that fires only negated or only asserted does not take the place of another reading', () => {
  it('"responded warmly to the overture" is an engagement, though "respond to an offer" is a stance only when denied', () => {
    expect(types('The Vesk rebels responded warmly to the overture.')).toEqual(['engagement']);
    expect(types('The Halden union reacted favourably to the offer.')).toEqual(['engagement']);
  });
  it('denied, the answer not given is still a refusal, and a plain answer still nothing', () => {
    expect(types('The Orvane board has not responded to the union offer.')).toEqual(['refusal']);
    expect(types('The Orvane board responded to the union offer on Friday.')).toEqual([]);
  });
});

describe('a condition dropped for want of what it requires leaves its place to another reading', () => {
  it('"… if Norland lifts its ban" beside a commitment no stance rule reads is still the if-clause\'s condition', () => {
    const doc = run('Vesk says it will only come to a four-way table if Norland lifts its fishing ban.');
    expect(doc.cues.map((c) => [c.type, c.text])).toEqual([['condition', 'if Norland lifts']]);
  });
});

describe('a negation before a verb that only has or shows the stance noun', () => {
  it('"does not have the readiness for talks", "did not show any willingness to negotiate": refusals', () => {
    for (const s of ['Norland does not have the readiness for real talks with Vesk.', 'Norland did not show any willingness to negotiate.', 'Norland has never expressed any willingness to negotiate.']) {
      expect(analyze(s).cues.map((c) => c.type), s).toEqual(['refusal']);
    }
  });
  it('without the negation, or with a full verb between, the engagement stays', () => {
    expect(analyze('Norland has shown real willingness to negotiate.').cues.map((c) => c.type)).toEqual(['engagement']);
    expect(analyze('Norland did not say it had the readiness for talks.').cues.map((c) => c.type)).toEqual(['engagement']);
  });
});

describe("a board's word that its shareholders should reject an offer", () => {
  it('"the board said shareholders should reject the offer" is the board\'s refusal, no condition', () => {
    const doc = analyze('The Halden Mining board said shareholders should reject the unsolicited offer.');
    expect(doc.cues.map((c) => c.type)).toEqual(['refusal']);
    expect(doc.actors.find((a) => a.id === doc.cues[0]!.holder)?.name).toBe('Halden Mining');
  });
  it('a demand that another party reject something stays a condition', () => {
    expect(analyze('The minister said Vesk must reject the deal.').cues.map((c) => c.type)).toEqual(['condition']);
  });
});
