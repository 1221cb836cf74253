/**
 * The product's closed vocabularies. The GraphQL SDL repeats these as enums (a unit test keeps the two equal),
 * the seed loader validates datasets against them, and the data layer maps them to Neo4j labels and
 * relationship types, so no label or type ever comes from user text.
 */

/** What an entity is. Each kind is also a Neo4j label next to `Entity`. */
export const ENTITY_KINDS = [
  'PERSON',
  'ORGANIZATION',
  'CRIMINAL_GROUP',
  'COUNTRY',
  'CITY',
  'REGION',
  'AWARD',
  'THREAT',
  'MAJOR_EVENT',
  'AFFAIR',
  // An unnamed group of people within a country, to whom a source ascribes words or beliefs ("المسؤولون الفرنسيون",
  // French officials): never the country itself. Its `country` says which.
  'GROUP',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ENTITY_KIND_LABEL: Readonly<Record<EntityKind, string>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  CRIMINAL_GROUP: 'CriminalGroup',
  COUNTRY: 'Country',
  CITY: 'City',
  REGION: 'Region',
  AWARD: 'Award',
  THREAT: 'Threat',
  MAJOR_EVENT: 'MajorEvent',
  AFFAIR: 'Affair',
  GROUP: 'Group',
};

/** The product's event types, each mapped to a CAMEO code (a string, null where CAMEO has none) and a PLOVER type. */
export const EVENT_TYPES = [
  'SELECTED_TO_HOST',
  'MULTILATERAL_MEETING',
  'OFFICIAL_VISIT',
  'HONOUR_AWARDED',
  'INTELLIGENCE_SHARED',
  'JUDICIAL_COOPERATION',
  'SECURITY_ASSISTANCE',
  'ARREST',
  'PLOT_DISRUPTED',
  'PROGRAMME_PARTICIPATION',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface EventTypeCoding {
  /** CAMEO event code, kept as a string because leading zeros are significant ("051"). */
  readonly cameo: string | null;
  readonly cameoLabel: string | null;
  /** PLOVER event type (the CAMEO successor used by POLECAT). */
  readonly plover: string;
}

export const EVENT_TYPE_CODING: Readonly<Record<EventType, EventTypeCoding>> = {
  SELECTED_TO_HOST: { cameo: '051', cameoLabel: 'Praise or endorse', plover: 'SUPPORT' },
  MULTILATERAL_MEETING: { cameo: '043', cameoLabel: 'Host a visit', plover: 'CONSULT' },
  OFFICIAL_VISIT: { cameo: '042', cameoLabel: 'Make a visit', plover: 'CONSULT' },
  HONOUR_AWARDED: { cameo: '051', cameoLabel: 'Praise or endorse', plover: 'SUPPORT' },
  INTELLIGENCE_SHARED: { cameo: '064', cameoLabel: 'Share intelligence or information', plover: 'COOPERATE' },
  JUDICIAL_COOPERATION: { cameo: '063', cameoLabel: 'Engage in judicial cooperation', plover: 'COOPERATE' },
  SECURITY_ASSISTANCE: { cameo: '070', cameoLabel: 'Provide aid, not specified below', plover: 'AID' },
  ARREST: { cameo: '173', cameoLabel: 'Arrest, detain, or charge with legal action', plover: 'COERCE' },
  // CAMEO has no code for a disrupted plot; PLOVER files security-force disruption under COERCE.
  PLOT_DISRUPTED: { cameo: null, cameoLabel: null, plover: 'COERCE' },
  PROGRAMME_PARTICIPATION: { cameo: '060', cameoLabel: 'Engage in material cooperation', plover: 'COOPERATE' },
};

/** The part an entity plays in an event. */
export const PARTICIPANT_ROLES = [
  'HOST',
  'VISITOR',
  'ORGANISER',
  'SELECTOR',
  'SELECTED',
  'CONTRIBUTOR',
  'BENEFICIARY',
  'REQUESTER',
  'COUNTERPART',
  'HONOREE',
  'CONFERRER',
  'AWARD',
  'ARRESTING_AGENCY',
  'TARGET',
  'SUBJECT',
  'MANAGER',
  'PARTICIPANT',
  // Not a part taken: the source credits the entity with the event (the trust a selection shows, the services an
  // award is "in return for"); its evidence is an evaluation or a claim, never a reported fact.
  'CREDITED',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Binary, possibly time-bounded facts between two entities. Each is a Neo4j relationship type. */
export const RELATION_TYPES = [
  'HEADS',
  'PART_OF',
  'LOCATED_IN',
  'CAPITAL_OF',
  'MEMBER_OF',
  'HOSTED',
  'COUNTERS',
  'THREATENS',
  'COOPERATES_WITH',
  'MISHANDLED',
  'AT_ODDS_WITH',
  'MODERNISED',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * What kind of statement a piece of evidence is: claims and forecasts are not facts. INFERENCE is the curator's,
 * not the source's: the quote does not state the fact, which follows from it with knowledge the source leaves
 * implicit (its `note` says how).
 */
export const STATEMENT_KINDS = ['REPORTED_FACT', 'ATTRIBUTED_CLAIM', 'EVALUATION', 'FORECAST', 'INFERENCE'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** Whether a piece of evidence affirms the fact or contradicts it. */
export const STANCES = ['SUPPORTS', 'DISPUTES'] as const;
export type Stance = (typeof STANCES)[number];

/** How much of a date the source gives. */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'INTERVAL', 'UNKNOWN'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * What a quantity counts. A count without its unit cannot be compared ("196 delegations" and "800 delegates" are
 * different things), so every quantity names one, and only quantities of one unit are weighed against each other.
 */
export const QUANTITY_UNITS = ['COUNTRIES', 'DELEGATIONS', 'DELEGATES', 'POLICE_CHIEFS', 'PEOPLE', 'ARRESTS', 'PROJECTS', 'OPERATIONS'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

/**
 * The details that each source gives its own value of (Event.conflicts and Relation.conflicts name them): an event's
 * date, place, counts and participants' roles, a relation's start and end.
 */
export const EVENT_DETAILS = ['DATE', 'PLACE', 'QUANTITY', 'PARTICIPANT_ROLE', 'SINCE', 'UNTIL'] as const;
export type EventDetail = (typeof EVENT_DETAILS)[number];

/**
 * How the value an event shows for a detail (a quantity of one unit, its place) follows from every source's value:
 * none, one source, several agreeing, a more precise value consistent with the others, or values in conflict.
 */
export const DETAIL_RESOLUTIONS = ['UNKNOWN', 'SINGLE', 'AGREED', 'REFINED', 'CONFLICT'] as const;
export type DetailResolution = (typeof DETAIL_RESOLUTIONS)[number];

/** The languages names and titles are kept in. */
export const LANGUAGES = ['ar', 'fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
