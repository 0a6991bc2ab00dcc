/**
 * Reporting verbs ("said", "noted", "according to"): the frame in which a stance
 * is reported. Shared by the cue stage (modality "reported") and the holder stage
 * (the speaker, who becomes `source`).
 */
import type { Token } from './types.js';

const REPORTING_VERB =
  /^(?:say|says|said|saying|tell|tells|told|telling|state|states|stated|stating|note|notes|noted|noting|add|adds|added|adding|insist|insists|insisted|insisting|claim|claims|claimed|stress|stressed|stresses|emphasi[sz]e[sd]?|emphasi[sz]ing|warn|warns|warned|announce[sd]?|suggest|suggests|suggested|report|reports|reported|assert|asserts|asserted|argue[sd]?|declare[sd]?|indicate[sd]?|caution|cautions|cautioned|believe[sd]?|reinforcing|acknowledge[sd]?|explained|confirmed|repl(?:y|ies|ied|ying)|responded|retorted|countered|according)$/;

/** a reporting verb ("said", "noting"), not a name that spells like one ("United States") */
export const isReporting = (t: Token): boolean =>
  REPORTING_VERB.test(t.normal) && (t.normal === 'according' || (t.tags.has('Verb') && !t.tags.has('ProperNoun')) || t.tags.has('Gerund'));
