/**
 * The word lists of the holders stage (src/pipeline/holders/words.json): closed
 * classes and small open ones that decide who is a clause's subject, a venue,
 * an audience or a commentator. Each list carries a description of its use.
 */
import * as z from 'zod';

const WordList = z.strictObject({
  description: z.string().min(1),
  words: z.array(z.string().trim().min(1).regex(/^[a-z][a-z' -]*$/, 'expected lower-case words')).min(1),
});

export const HolderWords = z.strictObject({
  $comment: z.string().optional(),
  prepositions: WordList,
  partitives: WordList,
  subordinators: WordList,
  tellVerbs: WordList,
  giveVerbs: WordList,
  partyVerbs: WordList,
  asSaying: WordList,
  commenting: WordList,
  audience: WordList,
  addressees: WordList,
  commentatorQualifiers: WordList,
  commentators: WordList,
  agencies: WordList,
  agencyHeads: WordList,
  speakerRoles: WordList,
  statementNouns: WordList,
  offerNouns: WordList,
  demandNouns: WordList,
  callVerbs: WordList,
  jointEventNouns: WordList,
  venuePrepositions: WordList,
  contrastConjunctions: WordList,
  conditionSubordinators: WordList,
  bothSidesDeterminers: WordList,
  bothSidesHeads: WordList,
  neitherSideHeads: WordList,
  partyNouns: WordList,
  stateNouns: WordList,
  partyPronouns: WordList,
});
export type HolderWords = z.infer<typeof HolderWords>;
