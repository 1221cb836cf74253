/**
 * The one vocabulary of labels in Arabic, French and English for every code the API returns, shared by the API
 * (`vocabulary` root field, `FuzzyDate.text`), the exports and the explorer (web/ imports this file directly, so it
 * must stay free of Node imports). Labels are written for a reader, not a programmer: Modern Standard Arabic,
 * French and English as a news desk would use them, Western digits in all three (as the sources do).
 */
import type { DateResolution } from './date-claims.js';
import type { EvidenceStatus, SourceVerdict, StatusReason } from './status.js';
import type {
  DatePrecision,
  DetailResolution,
  EntityKind,
  EventDetail,
  EventType,
  Language,
  ParticipantRole,
  QuantityUnit,
  RelationType,
  Stance,
  StatementKind,
} from './vocabulary.js';

export const UI_LANGUAGES = ['ar', 'fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The vocabulary groups, named as the GraphQL enums they label. */
export const VOCABULARY_GROUPS = [
  'EntityKind',
  'EventType',
  'ParticipantRole',
  'RelationType',
  'StatementKind',
  'Stance',
  'EvidenceStatus',
  'StatusReasonCode',
  'SourceVerdict',
  'DatePrecision',
  'DateResolution',
  'EventDetail',
  'DetailResolution',
  'QuantityUnit',
  'TimelineMembership',
  'GraphNodeType',
  'GraphEdgeType',
  'SearchKind',
  'Language',
] as const;
export type VocabularyGroup = (typeof VOCABULARY_GROUPS)[number];

export interface Labels {
  readonly ar: string;
  readonly fr: string;
  readonly en: string;
}

type LabelsOf<Code extends string> = Readonly<Record<Code, Labels>>;

const l = (ar: string, fr: string, en: string): Labels => ({ ar, fr, en });

// Each table is typed by its code union, so a code added to src/domain/vocabulary.ts without labels fails the
// typecheck; the groups without a domain union (statuses, graph types) are checked against the SDL by a test.
const ENTITY_KIND: LabelsOf<EntityKind> = {
  PERSON: l('شخص', 'personne', 'person'),
  ORGANIZATION: l('هيئة', 'organisation', 'organisation'),
  CRIMINAL_GROUP: l('جماعة إجرامية', 'groupe criminel', 'criminal group'),
  COUNTRY: l('دولة', 'pays', 'country'),
  CITY: l('مدينة', 'ville', 'city'),
  REGION: l('منطقة', 'région', 'region'),
  AWARD: l('وسام أو جائزة', 'distinction', 'award'),
  THREAT: l('تهديد', 'menace', 'threat'),
  MAJOR_EVENT: l('تظاهرة كبرى', 'grand événement', 'major event'),
  AFFAIR: l('قضية', 'affaire', 'affair'),
  GROUP: l('فئة من الناس', 'groupe de personnes', 'group of people'),
};

const EVENT_TYPE: LabelsOf<EventType> = {
  SELECTED_TO_HOST: l('اختيار للاحتضان', 'désignation comme pays hôte', 'selected to host'),
  MULTILATERAL_MEETING: l('اجتماع متعدد الأطراف', 'réunion multilatérale', 'multilateral meeting'),
  OFFICIAL_VISIT: l('زيارة رسمية', 'visite officielle', 'official visit'),
  HONOUR_AWARDED: l('توشيح وتكريم', 'distinction décernée', 'honour awarded'),
  INTELLIGENCE_SHARED: l('تبادل المعلومات الاستخباراتية', 'échange de renseignements', 'intelligence sharing'),
  JUDICIAL_COOPERATION: l('تعاون قضائي', 'coopération judiciaire', 'judicial cooperation'),
  SECURITY_ASSISTANCE: l('دعم أمني', 'appui sécuritaire', 'security assistance'),
  ARREST: l('اعتقال', 'arrestation', 'arrest'),
  PLOT_DISRUPTED: l('إحباط اعتداء', 'attentat déjoué', 'plot foiled'),
  PROGRAMME_PARTICIPATION: l('مشاركة في برنامج أو عملية', 'participation à un programme ou une opération', 'programme or operation participation'),
};

const PARTICIPANT_ROLE: LabelsOf<ParticipantRole> = {
  HOST: l('مضيف', 'hôte', 'host'),
  VISITOR: l('زائر', 'visiteur', 'visitor'),
  ORGANISER: l('منظِّم', 'organisateur', 'organiser'),
  SELECTOR: l('جهة الاختيار', 'instance de sélection', 'selector'),
  SELECTED: l('الطرف المختار', 'partie retenue', 'selected party'),
  CONTRIBUTOR: l('مساهم', 'contributeur', 'contributor'),
  BENEFICIARY: l('مستفيد', 'bénéficiaire', 'beneficiary'),
  REQUESTER: l('طالب الدعم', 'demandeur', 'requester'),
  COUNTERPART: l('نظير', 'homologue', 'counterpart'),
  HONOREE: l('مُكرَّم', 'récipiendaire', 'honoree'),
  CONFERRER: l('الجهة المانحة', 'auteur de la distinction', 'conferrer'),
  AWARD: l('الوسام الممنوح', 'distinction décernée', 'award conferred'),
  ARRESTING_AGENCY: l('الجهة المنفِّذة', 'service interpellateur', 'arresting agency'),
  TARGET: l('مستهدَف', 'cible', 'target'),
  SUBJECT: l('موضوع', 'objet', 'subject'),
  MANAGER: l('مُسيِّر', 'gestionnaire', 'manager'),
  PARTICIPANT: l('مشارك', 'participant', 'participant'),
  CREDITED: l('منسوب إليه الفضل', 'crédité', 'credited'),
};

const RELATION_TYPE: LabelsOf<RelationType> = {
  HEADS: l('يرأس', 'dirige', 'heads'),
  PART_OF: l('جزء من', 'fait partie de', 'part of'),
  LOCATED_IN: l('يقع في', 'situé dans', 'located in'),
  CAPITAL_OF: l('عاصمة', 'capitale de', 'capital of'),
  MEMBER_OF: l('عضو في', 'membre de', 'member of'),
  HOSTED: l('احتضن', 'a accueilli', 'hosted'),
  COUNTERS: l('يكافح', 'lutte contre', 'counters'),
  THREATENS: l('يهدد', 'menace', 'threatens'),
  COOPERATES_WITH: l('يتعاون مع', 'coopère avec', 'cooperates with'),
  MISHANDLED: l('أساء تدبير', 'a mal géré', 'mishandled'),
  AT_ODDS_WITH: l('في علاقة متوترة مع', 'en tension avec', 'at odds with'),
  MODERNISED: l('حدَّث', 'a modernisé', 'modernised'),
};

const STATEMENT_KIND: LabelsOf<StatementKind> = {
  REPORTED_FACT: l('واقعة مُبلَّغ عنها', 'fait rapporté', 'reported fact'),
  ATTRIBUTED_CLAIM: l('ادعاء منسوب', 'affirmation attribuée', 'attributed claim'),
  EVALUATION: l('تقييم أو رأي', 'appréciation', 'evaluation'),
  FORECAST: l('توقُّع', 'annonce ou prévision', 'forecast'),
  INFERENCE: l('استنتاج', 'déduction', 'inference'),
};

const STANCE: LabelsOf<Stance> = {
  SUPPORTS: l('يؤكد', 'confirme', 'supports'),
  DISPUTES: l('يعارض', 'contredit', 'disputes'),
};

const EVIDENCE_STATUS: LabelsOf<EvidenceStatus> = {
  REPORTED: l('غير مؤكَّد', 'non corroboré', 'not corroborated'),
  CORROBORATED: l('مؤكَّد من مصادر مستقلة', 'corroboré', 'corroborated'),
  DISPUTED: l('متنازع عليه', 'contesté', 'disputed'),
};

const STATUS_REASON: LabelsOf<StatusReason> = {
  INDEPENDENT_REPORTS: l('أفادت به مصادر مستقلة عدة', 'rapporté par plusieurs sources indépendantes', 'reported by independent sources'),
  SINGLE_REPORT: l('أفاد به مصدر واحد', 'rapporté par une seule source', 'reported by one source'),
  FORECAST_REPORTED_DONE: l(
    'توقعه مصدر وأفاد مصدر آخر بوقوعه',
    'annoncé par une source, rapporté comme accompli par une autre',
    'forecast by one source, reported as done by another',
  ),
  REPORTS_NOT_INDEPENDENT: l(
    'أفادت به مصادر غير مستقلة بعضها عن بعض',
    'rapporté par des sources qui ne sont pas indépendantes',
    'reported by sources that are not independent',
  ),
  NOT_REPORTED_AS_FACT: l('لم يُورده أي مصدر بوصفه واقعة', 'rapporté comme fait par aucune source', 'reported as a fact by no source'),
  CONTRADICTED: l('يعارضه مصدر', 'contredit par une source', 'contradicted by a source'),
};

const SOURCE_VERDICT: LabelsOf<SourceVerdict> = {
  COUNTED: l('مصدر مستقل يُحتسب', 'source indépendante, comptée', 'independent source, counted'),
  NO_PUBLISHER: l('ناشره غير معروف فلا تثبت استقلاليته', 'éditeur inconnu : indépendance non établie', 'no publisher: independence not established'),
  SAME_PUBLISHER: l('الناشر نفسه لمصدر محتسب', 'même éditeur qu’une source comptée', 'same publisher as a counted source'),
  SAME_ORIGIN: l('ينقل عن الأصل نفسه لمصدر محتسب', 'reprend la même origine qu’une source comptée', 'relays the same origin as a counted source'),
  NOT_REPORTED_AS_FACT: l(
    'توقع أو تقييم أو ادعاء أو استنتاج، لا واقعة',
    'annonce, appréciation, affirmation ou déduction, pas un fait rapporté',
    'forecast, evaluation, claim or inference, not a reported fact',
  ),
  DISPUTES: l('يعارض الواقعة', 'contredit le fait', 'contradicts the fact'),
};

const DATE_PRECISION: LabelsOf<DatePrecision> = {
  DAY: l('يوم', 'jour', 'day'),
  MONTH: l('شهر', 'mois', 'month'),
  QUARTER: l('ربع سنة', 'trimestre', 'quarter'),
  HALF_YEAR: l('نصف سنة', 'semestre', 'half-year'),
  YEAR: l('سنة', 'année', 'year'),
  INTERVAL: l('فترة', 'période', 'period'),
  UNKNOWN: l('غير مؤرخ', 'non daté', 'undated'),
};

const DATE_RESOLUTION: LabelsOf<DateResolution> = {
  UNKNOWN: l('لا يذكر أي مصدر تاريخاً', 'aucune source ne donne de date', 'no source gives a date'),
  SINGLE: l('تاريخ من مصدر واحد', "date d'une seule source", 'date from one source'),
  AGREED: l('تتفق المصادر على التاريخ', 'les sources concordent sur la date', 'sources agree on the date'),
  REFINED: l('تاريخ أدق من مصدر آخر', 'date précisée par une autre source', 'date refined by another source'),
  CONFLICT: l('تتعارض المصادر في التاريخ', 'les sources se contredisent sur la date', 'sources disagree on the date'),
};

const EVENT_DETAIL: LabelsOf<EventDetail> = {
  DATE: l('التاريخ', 'date', 'date'),
  PLACE: l('المكان', 'lieu', 'place'),
  QUANTITY: l('العدد', 'nombre', 'count'),
  PARTICIPANT_ROLE: l('دور المشارك', 'rôle du participant', "participant's role"),
  SINCE: l('تاريخ البداية', 'date de début', 'start date'),
  UNTIL: l('تاريخ النهاية', 'date de fin', 'end date'),
};

const DETAIL_RESOLUTION: LabelsOf<DetailResolution> = {
  UNKNOWN: l('لا يذكر أي مصدر قيمة', 'aucune source ne donne de valeur', 'no source gives a value'),
  SINGLE: l('قيمة من مصدر واحد', "valeur d'une seule source", 'value from one source'),
  AGREED: l('تتفق المصادر', 'les sources concordent', 'sources agree'),
  REFINED: l('قيمة أدق من مصدر آخر', 'valeur précisée par une autre source', 'value refined by another source'),
  CONFLICT: l('تتعارض المصادر', 'les sources se contredisent', 'sources disagree'),
};

const QUANTITY_UNIT: LabelsOf<QuantityUnit> = {
  COUNTRIES: l('دول', 'pays', 'countries'),
  DELEGATIONS: l('وفود', 'délégations', 'delegations'),
  DELEGATES: l('مندوبون', 'délégués', 'delegates'),
  POLICE_CHIEFS: l('قادة شرطة', 'chefs de police', 'police chiefs'),
  PEOPLE: l('أشخاص', 'personnes', 'people'),
  ARRESTS: l('اعتقالات', 'arrestations', 'arrests'),
  PROJECTS: l('مشاريع', 'projets', 'projects'),
  OPERATIONS: l('عمليات', 'opérations', 'operations'),
};

const TIMELINE_MEMBERSHIP: LabelsOf<'SELF' | 'PART' | 'COUNTRY_ORGANIZATION'> = {
  SELF: l('الكيان نفسه', "l'entité elle-même", 'the entity itself'),
  PART: l('جزء منه', "l'une de ses composantes", 'one of its parts'),
  COUNTRY_ORGANIZATION: l('هيئة من هيئات البلد', 'un organisme du pays', "one of the country's organisations"),
};

const GRAPH_NODE_TYPE: LabelsOf<'ENTITY' | 'EVENT'> = {
  ENTITY: l('كيان', 'entité', 'entity'),
  EVENT: l('حدث', 'événement', 'event'),
};

const GRAPH_EDGE_TYPE: LabelsOf<'PARTICIPATED_IN' | 'OCCURRED_IN' | RelationType> = {
  PARTICIPATED_IN: l('شارك في', 'a pris part à', 'took part in'),
  OCCURRED_IN: l('وقع في', 'a eu lieu à', 'took place in'),
  ...RELATION_TYPE,
};

const SEARCH_KIND: LabelsOf<EntityKind | 'EVENT'> = { ...ENTITY_KIND, EVENT: GRAPH_NODE_TYPE.EVENT };

const LANGUAGE: LabelsOf<Uppercase<Language>> = {
  AR: l('العربية', 'arabe', 'Arabic'),
  FR: l('الفرنسية', 'français', 'French'),
  EN: l('الإنجليزية', 'anglais', 'English'),
};

/** Every code of every group with its three labels. */
export const VOCABULARY: Readonly<Record<VocabularyGroup, Readonly<Record<string, Labels>>>> = {
  EntityKind: ENTITY_KIND,
  EventType: EVENT_TYPE,
  ParticipantRole: PARTICIPANT_ROLE,
  RelationType: RELATION_TYPE,
  StatementKind: STATEMENT_KIND,
  Stance: STANCE,
  EvidenceStatus: EVIDENCE_STATUS,
  StatusReasonCode: STATUS_REASON,
  SourceVerdict: SOURCE_VERDICT,
  DatePrecision: DATE_PRECISION,
  DateResolution: DATE_RESOLUTION,
  EventDetail: EVENT_DETAIL,
  DetailResolution: DETAIL_RESOLUTION,
  QuantityUnit: QUANTITY_UNIT,
  TimelineMembership: TIMELINE_MEMBERSHIP,
  GraphNodeType: GRAPH_NODE_TYPE,
  GraphEdgeType: GRAPH_EDGE_TYPE,
  SearchKind: SEARCH_KIND,
  Language: LANGUAGE,
};

/** The label of a code in a language; the code itself only when the vocabulary lacks it (a test forbids that). */
export function label(group: VocabularyGroup, code: string, language: UiLanguage): string {
  return VOCABULARY[group][code]?.[language] ?? code;
}

/** One code of a group with its labels (the API's VocabularyEntry). */
export interface VocabularyEntry {
  readonly group: VocabularyGroup;
  readonly code: string;
  readonly labels: Labels;
}

/** The entries of the given groups (all groups when none are given), groups and codes in vocabulary order. */
export function vocabularyEntries(groups?: readonly VocabularyGroup[] | null): VocabularyEntry[] {
  const wanted = groups && groups.length > 0 ? new Set(groups) : null;
  return VOCABULARY_GROUPS.filter((group) => !wanted || wanted.has(group)).flatMap((group) =>
    Object.entries(VOCABULARY[group]).map(([code, labels]) => ({ group, code, labels })),
  );
}

/** The UI language of an API language code ('AR' → 'ar'); also accepts the lower-case form. */
export function uiLanguage(language: string | null | undefined): UiLanguage {
  const lower = (language ?? 'en').toLowerCase();
  return (UI_LANGUAGES as readonly string[]).includes(lower) ? (lower as UiLanguage) : 'en';
}

/** The text direction of a language. */
export function textDirection(language: UiLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** A list joined the way the language joins it ("مضيف، زائر" / "hôte, visiteur"). */
export function joinList(items: readonly string[], language: UiLanguage): string {
  return items.join(language === 'ar' ? '، ' : ', ');
}

/** The parts of a date that its wording needs (the API's FuzzyDate). */
export interface DateBounds {
  readonly precision: DatePrecision;
  readonly earliest: string | null;
  readonly latest: string | null;
}

const MONTHS: Readonly<Record<UiLanguage, readonly string[]>> = {
  // The pan-Arab month names (as used by Al Jazeera), not the Levantine or Maghrebi ones.
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const ORDINALS: Readonly<Record<UiLanguage, readonly string[]>> = {
  ar: ['الأول', 'الثاني', 'الثالث', 'الرابع'],
  fr: ['1er', '2e', '3e', '4e'],
  en: ['first', 'second', 'third', 'fourth'],
};

const UNDATED: Labels = DATE_PRECISION.UNKNOWN;

/** A calendar date split into numbers; null when it is not YYYY-MM-DD. */
function parts(iso: string | null): { year: number; month: number; day: number } | null {
  const match = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}

const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

type Grain = 'DAY' | 'MONTH' | 'YEAR';
type Parts = { year: number; month: number; day: number };

function dayText(date: Parts, language: UiLanguage): string {
  const day = language === 'fr' && date.day === 1 ? '1er' : String(date.day);
  return `${day} ${MONTHS[language][date.month - 1]} ${date.year}`;
}

function monthText(date: Parts, language: UiLanguage): string {
  return `${MONTHS[language][date.month - 1]} ${date.year}`;
}

function grainText(date: Parts, grain: Grain, language: UiLanguage): string {
  if (grain === 'DAY') return dayText(date, language);
  if (grain === 'MONTH') return monthText(date, language);
  return String(date.year);
}

function quarterText(date: Parts, language: UiLanguage): string {
  const ordinal = ORDINALS[language][Math.floor((date.month - 1) / 3)];
  if (language === 'ar') return `الربع ${ordinal} من ${date.year}`;
  if (language === 'fr') return `${ordinal} trimestre ${date.year}`;
  return `${ordinal} quarter of ${date.year}`;
}

function halfText(date: Parts, language: UiLanguage): string {
  const ordinal = ORDINALS[language][date.month <= 6 ? 0 : 1];
  if (language === 'ar') return `النصف ${ordinal} من ${date.year}`;
  if (language === 'fr') return `${ordinal} semestre ${date.year}`;
  return `${ordinal} half of ${date.year}`;
}

/**
 * The coarsest reading of a bound that the bound itself shows: a start on 1 January reads as its year, on the
 * first of a month as its month; an end on 31 December as its year, on a month's last day as its month; any
 * other bound as its day. A quarter or half cannot be told from one bound, so it reads as its first or last month,
 * which is exactly what the bound says.
 */
function grainOf(date: Parts, side: 'start' | 'end'): Grain {
  if (side === 'start') {
    if (date.day !== 1) return 'DAY';
    return date.month === 1 ? 'YEAR' : 'MONTH';
  }
  if (date.day !== lastDayOf(date.year, date.month)) return 'DAY';
  return date.month === 12 ? 'YEAR' : 'MONTH';
}

/** The bounds span exactly the period the precision names (else the wording falls back to the bounds). */
function spans(precision: DatePrecision, start: Parts, end: Parts): boolean {
  const sameYear = start.year === end.year;
  const endsMonth = end.day === lastDayOf(end.year, end.month);
  switch (precision) {
    case 'DAY':
      return sameYear && start.month === end.month && start.day === end.day;
    case 'MONTH':
      return sameYear && start.month === end.month && start.day === 1 && endsMonth;
    case 'QUARTER':
      return sameYear && start.day === 1 && (start.month - 1) % 3 === 0 && end.month === start.month + 2 && endsMonth;
    case 'HALF_YEAR':
      return sameYear && start.day === 1 && (start.month === 1 || start.month === 7) && end.month === start.month + 5 && endsMonth;
    case 'YEAR':
      return sameYear && start.month === 1 && start.day === 1 && end.month === 12 && end.day === 31;
    default:
      return false;
  }
}

/** "from A to B", "in or after A", "in or before B" with each end read at its own grain. */
function rangeText(start: Parts | null, end: Parts | null, language: UiLanguage): string {
  const from = start ? { date: start, grain: grainOf(start, 'start') } : null;
  const to = end ? { date: end, grain: grainOf(end, 'end') } : null;
  const text = (bound: { date: Parts; grain: Grain }) => grainText(bound.date, bound.grain, language);
  if (from && to) {
    // Two ends within one year (or one month) read at the finer grain, so "2022 to June 2022" never appears.
    if (from.date.year === to.date.year && !(from.grain === 'YEAR' && to.grain === 'YEAR')) {
      if (from.grain === 'YEAR') from.grain = 'MONTH';
      if (to.grain === 'YEAR') to.grain = 'MONTH';
      if (from.date.month === to.date.month && !(from.grain === 'MONTH' && to.grain === 'MONTH')) {
        from.grain = 'DAY';
        to.grain = 'DAY';
      }
    }
    if (text(from) === text(to)) return text(from);
    if (language === 'ar') return `من ${text(from)} إلى ${text(to)}`;
    if (language === 'en') return `from ${text(from)} to ${text(to)}`;
    const de = from.grain === 'DAY' ? 'du' : /^[aeiouyéh]/i.test(text(from)) ? 'd’' : 'de ';
    const a = to.grain === 'DAY' ? 'au' : 'à';
    return `${de}${de === 'du' ? ' ' : ''}${text(from)} ${a} ${text(to)}`;
  }
  // An open end includes its bound: "2022/.." may still be in 2022, so "after 2022" alone would say too much.
  if (from) {
    if (language === 'ar') return `في ${text(from)} أو بعد ذلك`;
    if (language === 'fr') return `${from.grain === 'DAY' ? 'le' : 'en'} ${text(from)} ou après`;
    return `${from.grain === 'DAY' ? 'on' : 'in'} or after ${text(from)}`;
  }
  if (to) {
    if (language === 'ar') return `في ${text(to)} أو قبل ذلك`;
    if (language === 'fr') return `${to.grain === 'DAY' ? 'le' : 'en'} ${text(to)} ou avant`;
    return `${to.grain === 'DAY' ? 'on' : 'in'} or before ${text(to)}`;
  }
  return UNDATED[language];
}

/**
 * A date in words in a language, from its precision and bounds only (never more precise than they are):
 * DAY "12 mars 2024", MONTH "March 2024", QUARTER "الربع الثالث من 2024", HALF_YEAR 2022-07-01..2022-12-31 →
 * "النصف الثاني من 2022" / "2e semestre 2022" / "second half of 2022"; YEAR → "2025"; INTERVAL each end at the
 * grain its bound shows ("from 2022 to June 2024", open ends inclusive: "in or after 2022");
 * UNKNOWN → "غير مؤرخ" / "non daté" / "undated". Bounds that do not span what the precision names are worded
 * as the range they are, so a wrong precision can never make a date look more precise.
 */
export function dateText(date: DateBounds, language: UiLanguage): string {
  const start = parts(date.earliest);
  const end = parts(date.latest);
  if (date.precision === 'UNKNOWN' || (!start && !end)) return UNDATED[language];
  if (start && end && spans(date.precision, start, end)) {
    switch (date.precision) {
      case 'DAY':
        return dayText(start, language);
      case 'MONTH':
        return monthText(start, language);
      case 'QUARTER':
        return quarterText(start, language);
      case 'HALF_YEAR':
        return halfText(start, language);
      case 'YEAR':
        return String(start.year);
    }
  }
  return rangeText(start, end, language);
}
