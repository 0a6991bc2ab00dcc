/**
 * Word lists of general English that say where an actor can be named: titles and
 * roles, group heads, descriptions ("the country", "the union"). Shared by the
 * actors stage and the parse stage's choice of sentences to tag.
 */
/** a set of the words of a space-separated list */
export const words = (s: string) => new Set(s.trim().split(/\s+/));

/** nouns that are a title or role of a person */
export const ROLE = words(`
president vice-president president-elect chairman chairwoman chairperson chair chief minister secretary
secretary-general director-general undersecretary under-secretary chancellor premier king queen prince princess
emperor sheikh emir sultan ayatollah pope cardinal archbishop bishop general admiral colonel commander captain
lieutenant sergeant marshal senator congressman congresswoman representative governor mayor ambassador envoy
consul spokesman spokeswoman spokesperson official director head leader ceo founder adviser advisor aide
negotiator mediator judge attorney lawyer prosecutor analyst economist lecturer professor researcher scholar
fellow expert teacher activist businessman businesswoman executive officer diplomat delegate legislator lawmaker
mp deputy whip speaker candidate inspector commissioner coordinator manager correspondent reporter editor
journalist strongman warlord dictator monarch czar tsar counsel counselor rapporteur superintendent
mr mrs ms miss mx dr prof sir dame lord lady gen lt col maj capt cmdr adm sgt sen rep gov amb sec pres hon rev fr
`);

/** abbreviations written with a period that belong to the name that follows */
export const HONORIFIC = words('mr mrs ms miss mx dr prof sir dame gen lt col maj capt cmdr adm sgt sen rep gov amb rev fr hon pres');

/** plural role nouns heading a group ("Chinese officials", "the rebels") */
export const GROUP_HEAD = words(`
officials diplomats negotiators leaders lawmakers legislators ministers delegates delegations envoys mediators
troops forces soldiers rebels militants insurgents guerrillas fighters separatists protesters demonstrators
workers unions federations teachers doctors nurses farmers students companies firms banks creditors lenders
investors shareholders analysts experts observers critics activists residents citizens voters members states
nations countries economies governments powers allies partners parties groups sides opposition miners employers
writers producers exporters importers sources representatives senators judges prosecutors police officers
hardliners conservatives moderates reformists militias authorities islamists extremists jihadists
commanders generals chiefs elders clerics bishops executives managers bosses unionists strikers pilots drivers
dockers dockworkers mineworkers steelworkers autoworkers bondholders
traders villagers tribesmen settlers colonists refugees monitors inspectors hostage-takers kidnappers captors
`);

/** nouns after a demonym/country that mean the state itself ("the Chinese government") */
export const GOV_HEAD = words('government administration authorities cabinet regime leadership state');

/** "the country" etc. → the most recent country */
export const COUNTRY_DESC = words('country government nation administration regime state kingdom republic authorities');

/** "the union" etc. → the most recent organisation with that head (or any organisation) */
export const ORG_DESC = words('union ministry party company association bloc alliance group court council agency organization organisation commission bank center centre institute firm federation movement coalition');

/** a singular group noun as a modifier ("rebel leaders", "rebel demands") refers to the group with the plural head */
export const GROUP_MODIFIER = words('rebel insurgent militant guerrilla separatist');

