import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DatasetFile } from '../../src/ingest/index.js';
import { EVENT_TYPES, type EventType, type ParticipantRole, type RelationType, type StatementKind } from '../../src/domain/vocabulary.js';
import { Random, Zipf } from '../lib/prng.js';
import {
  AFFAIR_CODENAMES,
  AGENCY_TYPES,
  ARABIC_FAMILY,
  ARABIC_GIVEN,
  AWARD_TYPES,
  CITIES,
  COUNTRIES,
  GROUP_SHAPES,
  INTERNATIONAL_ORGS,
  LATIN_FAMILY,
  LATIN_GIVEN,
  MAJOR_EVENT_TYPES,
  MONTHS,
  ORDINAL_QUARTER,
  PUBLISHERS,
  REGIONS,
  THREATS,
  type Trio,
} from './words.js';

/**
 * A deterministic dataset in the seed loader's own format (seed/README.md), large enough for performance
 * differences to show: multilingual entities with aliases, events whose participants are drawn from a Zipf
 * distribution (a few hubs take tens of thousands of events), dates of every precision, relations, and source
 * texts built by concatenating the very sentences the excerpts quote, so every offset is exact. Files are JSON,
 * written as a stream; the same scale and seed give byte-identical files.
 */

export type Lang = 'ar' | 'fr' | 'en';
type EntitySpec = DatasetFile['entities'][number];
type EventSpec = DatasetFile['events'][number];
type RelationSpec = DatasetFile['relations'][number];
type SourceSpec = Omit<DatasetFile['sources'][number], 'trailingChromeLines'> & { trailingChromeLines?: number };
type ExcerptSpec = DatasetFile['excerpts'][number];
type EvidenceSpec = EventSpec['evidence'][number];

export interface ScaleSpec {
  readonly entities: number;
  readonly events: number;
  /** Relations per entity, on average. */
  readonly relationsPerEntity: number;
  /** Events quoted by one primary source. */
  readonly eventsPerSource: number;
  /** Events per events-NNNN.json file. */
  readonly eventsPerFile: number;
  /**
   * When set, the dataset is written as several datasets loaded one after the other (each one transaction): a core
   * (entities, relations) and parts of this many events, each declaring the entities its events name, when asked
   * for (`--parts`): loading several datasets one after the other, as a corpus grows.
   */
  readonly eventsPerPart?: number;
}

export const SCALES: Readonly<Record<string, ScaleSpec>> = {
  /** A few seconds to load: for the smoke run and CI. */
  XS: { entities: 600, events: 2_500, relationsPerEntity: 2, eventsPerSource: 50, eventsPerFile: 10_000 },
  S: { entities: 5_000, events: 25_000, relationsPerEntity: 2, eventsPerSource: 50, eventsPerFile: 10_000 },
  M: { entities: 50_000, events: 250_000, relationsPerEntity: 2, eventsPerSource: 50, eventsPerFile: 10_000, eventsPerPart: 50_000 },
};

/** What the generator tells the benchmark about the dataset it wrote (stored next to the files as MANIFEST). */
export interface Manifest {
  readonly generator: number;
  readonly scale: string;
  readonly seed: number;
  /** sha256 over every file's path and bytes, in path order. */
  readonly fingerprint: string;
  readonly counts: Readonly<Record<string, number>>;
  /** The entities with the most participations, most first. */
  readonly hubs: readonly { id: string; events: number }[];
  /** Entities connected only among themselves: no path reaches them from the rest of the graph. */
  readonly islands: readonly string[];
  /** Search texts a user would type, per language, each meant to find something (variant spellings included). */
  readonly searchTexts: Readonly<Record<Lang, readonly string[]>>;
  readonly files: number;
  readonly bytes: number;
  /** Dataset folders to load in order, when the dataset is written in parts (see ScaleSpec.eventsPerPart). */
  readonly parts?: readonly string[];
}

/** Bumped whenever the output for a given scale and seed changes. */
export const GENERATOR_VERSION = 3;

const LANGS: readonly Lang[] = ['ar', 'fr', 'en'];

// ---------------------------------------------------------------------------------------------------------------
// Output: files written through one hashing writer, so the fingerprint costs no second read.

class Output {
  private readonly hashes: { path: string; hash: string; bytes: number }[] = [];

  constructor(readonly root: string) {}

  /** Writes a file from chunks (strings), hashing as it goes. */
  file(path: string, chunks: Iterable<string>): void {
    const full = join(this.root, path);
    mkdirSync(dirname(full), { recursive: true });
    const fd = openSync(full, 'w');
    const hash = createHash('sha256');
    let bytes = 0;
    let buffer: string[] = [];
    let buffered = 0;
    const flush = () => {
      if (buffer.length === 0) return;
      const data = Buffer.from(buffer.join(''), 'utf8');
      hash.update(data);
      writeSync(fd, data);
      bytes += data.length;
      buffer = [];
      buffered = 0;
    };
    try {
      for (const chunk of chunks) {
        buffer.push(chunk);
        buffered += chunk.length;
        if (buffered > 1 << 20) flush();
      }
      flush();
    } finally {
      closeSync(fd);
    }
    this.hashes.push({ path, hash: hash.digest('hex'), bytes });
  }

  /** `{"key": [item, item, ...]}` with one item per line. */
  jsonLists(path: string, lists: Readonly<Record<string, readonly unknown[]>>): void {
    this.file(
      path,
      (function* () {
        yield '{';
        let firstKey = true;
        for (const [key, items] of Object.entries(lists)) {
          yield `${firstKey ? '' : ','}\n${JSON.stringify(key)}: [`;
          firstKey = false;
          let first = true;
          for (const item of items) {
            yield `${first ? '' : ','}\n${JSON.stringify(item)}`;
            first = false;
          }
          yield '\n]';
        }
        yield '\n}\n';
      })(),
    );
  }

  fingerprint(): { fingerprint: string; files: number; bytes: number } {
    const hash = createHash('sha256');
    let bytes = 0;
    for (const file of [...this.hashes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      hash.update(`${file.path}\u0000${file.hash}\n`);
      bytes += file.bytes;
    }
    return { fingerprint: `sha256:${hash.digest('hex')}`, files: this.hashes.length, bytes };
  }
}

/** Length in Unicode code points, the unit excerpt offsets count in. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/** A source text being written: sentences appended, with the offsets of each. */
class SourceText {
  private readonly parts: string[] = [];
  private length = 0;
  private sentences = 0;

  constructor(title: string) {
    this.append(`${title}\n\n`);
  }

  private append(text: string) {
    this.parts.push(text);
    this.length += codePoints(text);
  }

  /** Adds a sentence; returns its offsets. */
  add(sentence: string): { start: number; end: number } {
    if (this.sentences > 0) this.append(this.sentences % 6 === 0 ? '\n\n' : ' ');
    const start = this.length;
    this.append(sentence);
    this.sentences++;
    return { start, end: this.length };
  }

  text(): string {
    return `${this.parts.join('')}\n`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Names

const slugify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Entity {
  readonly spec: EntitySpec;
  readonly names: Trio;
  /** Popularity pool the entity is drawn from. */
  readonly pool: 'actor' | 'target' | 'award' | 'subject' | 'place' | 'island';
  mentions: number;
  events: number;
  countryIndex?: number;
}

function aliasesOf(list: readonly (readonly [string, Lang])[]): { text: string; lang: Lang }[] {
  const seen = new Set<string>();
  const out: { text: string; lang: Lang }[] = [];
  for (const [text, lang] of list) {
    const key = `${lang}\u0000${text}`;
    if (seen.has(key) || text.trim() === '') continue;
    seen.add(key);
    out.push({ text, lang });
  }
  return out;
}

/** Arabic spelling variants the sources use: the article ال dropped or added, compounds written as one word. */
function arabicVariants(name: string, random: Random): string[] {
  const out: string[] = [];
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  if (last.startsWith('ال')) out.push([...words.slice(0, -1), last.slice(2)].join(' '));
  else if (random.chance(0.3)) out.push([...words.slice(0, -1), `ال${last}`].join(' '));
  if (name.includes('عبد ')) out.push(name.replace('عبد ', 'عبد'));
  if (/[أإ]/.test(name) && random.chance(0.5)) out.push(name.replace(/[أإ]/g, 'ا'));
  return out.filter((variant) => variant !== name);
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

type Precision = 'DAY' | 'MONTH' | 'YEAR' | 'QUARTER' | 'HALF' | 'INTERVAL' | 'OPEN_START' | 'OPEN_END' | 'UNKNOWN_PHRASE' | 'NONE';
const PRECISIONS: readonly Precision[] = ['DAY', 'MONTH', 'YEAR', 'QUARTER', 'HALF', 'INTERVAL', 'OPEN_START', 'OPEN_END', 'UNKNOWN_PHRASE', 'NONE'];
const PRECISION_WEIGHTS = [34, 20, 14, 7, 7, 4, 3, 2, 6, 3];

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A date spec (value and the phrase that states it) in a language; the phrase goes into the quoted sentence. */
function makeDate(random: Random, lang: Lang, precision: Precision): { phrase?: string; value?: string } {
  const year = 2005 + Math.floor(21 * Math.sqrt(random.next()));
  const month = random.int(1, 12);
  const m = (mm: number) => MONTHS[lang][mm - 1] ?? '';
  switch (precision) {
    case 'DAY': {
      const day = random.int(1, daysIn(year, month));
      const phrase =
        lang === 'ar'
          ? `يوم ${day} ${m(month)} ${year}`
          : lang === 'fr'
            ? `le ${day === 1 ? '1er' : day} ${m(month)} ${year}`
            : `on ${day} ${m(month)} ${year}`;
      return { phrase, value: `${year}-${pad(month, 2)}-${pad(day, 2)}` };
    }
    case 'MONTH': {
      const phrase = lang === 'ar' ? `في ${m(month)} ${year}` : lang === 'fr' ? `en ${m(month)} ${year}` : `in ${m(month)} ${year}`;
      return { phrase, value: `${year}-${pad(month, 2)}` };
    }
    case 'YEAR': {
      const phrase = lang === 'ar' ? `خلال سنة ${year}` : lang === 'fr' ? `au cours de l'année ${year}` : `during ${year}`;
      return { phrase, value: `${year}` };
    }
    case 'QUARTER': {
      const q = random.int(0, 3);
      const ord = ORDINAL_QUARTER[lang][q] ?? '';
      const phrase =
        lang === 'ar' ? `خلال الربع ${ord} من ${year}` : lang === 'fr' ? `au ${ord} trimestre ${year}` : `in the ${ord} quarter of ${year}`;
      return { phrase, value: `${year}-${33 + q}` };
    }
    case 'HALF': {
      const second = random.chance(0.5);
      const phrase = second
        ? lang === 'ar'
          ? `نهاية سنة ${year}`
          : lang === 'fr'
            ? `fin ${year}`
            : `at the end of ${year}`
        : lang === 'ar'
          ? `خلال النصف الأول من ${year}`
          : lang === 'fr'
            ? `au premier semestre ${year}`
            : `in the first half of ${year}`;
      return { phrase, value: `${year}-${second ? 41 : 40}` };
    }
    case 'INTERVAL': {
      const from = Math.max(2000, year - random.int(1, 4));
      const phrase =
        lang === 'ar'
          ? `منذ ${from} حتى ${m(month)} ${year}`
          : lang === 'fr'
            ? `de ${from} à ${m(month)} ${year}`
            : `from ${from} to ${m(month)} ${year}`;
      return { phrase, value: `${from}/${year}-${pad(month, 2)}` };
    }
    case 'OPEN_START': {
      const phrase = lang === 'ar' ? `منذ ${year}` : lang === 'fr' ? `depuis ${year}` : `since ${year}`;
      return { phrase, value: `${year}/..` };
    }
    case 'OPEN_END': {
      const phrase = lang === 'ar' ? `حتى ${m(month)} ${year}` : lang === 'fr' ? `jusqu'en ${m(month)} ${year}` : `until ${m(month)} ${year}`;
      return { phrase, value: `../${year}-${pad(month, 2)}` };
    }
    case 'UNKNOWN_PHRASE':
      return {
        phrase: random.pick(
          lang === 'ar' ? ['مؤخرا', 'في الآونة الأخيرة'] : lang === 'fr' ? ['récemment', 'ces derniers temps'] : ['recently', 'lately'],
        ),
      };
    case 'NONE':
      return {};
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Events

interface EventKind {
  readonly label: Trio;
  readonly roles: readonly [ParticipantRole, ParticipantRole];
  readonly extra: readonly ParticipantRole[];
  /** en/fr verb phrase between A and B; ar: [verb before A, phrase before B]. */
  readonly en: string;
  readonly fr: string;
  readonly ar: readonly [string, string];
  /** Pool of the second participant. */
  readonly second: Entity['pool'];
}

const EVENT_KINDS: Readonly<Record<EventType, EventKind>> = {
  SELECTED_TO_HOST: {
    label: ['اختيار لاحتضان اجتماع', 'Choisi pour accueillir', 'Selected to host'],
    roles: ['SELECTED', 'SELECTOR'],
    extra: ['SUBJECT'],
    en: 'was selected to host a meeting by',
    fr: 'a été choisi pour accueillir une réunion par',
    ar: ['تم اختيار', 'لاحتضان اجتماع من طرف'],
    second: 'actor',
  },
  MULTILATERAL_MEETING: {
    label: ['اجتماع متعدد الأطراف', 'Réunion multilatérale', 'Multilateral meeting'],
    roles: ['HOST', 'ORGANISER'],
    extra: ['PARTICIPANT', 'PARTICIPANT', 'SUBJECT'],
    en: 'hosted a multilateral meeting with',
    fr: 'a accueilli une réunion multilatérale avec',
    ar: ['احتضن', 'اجتماعا متعدد الأطراف مع'],
    second: 'actor',
  },
  OFFICIAL_VISIT: {
    label: ['زيارة رسمية', 'Visite officielle', 'Official visit'],
    roles: ['VISITOR', 'HOST'],
    extra: ['COUNTERPART', 'SUBJECT'],
    en: 'paid an official visit to',
    fr: 'a effectué une visite officielle auprès de',
    ar: ['قام', 'بزيارة رسمية إلى'],
    second: 'actor',
  },
  HONOUR_AWARDED: {
    label: ['منح وسام', 'Décoration décernée', 'Honour awarded'],
    roles: ['HONOREE', 'CONFERRER'],
    extra: ['AWARD'],
    en: 'received a decoration from',
    fr: 'a reçu une décoration de la part de',
    ar: ['تسلم', 'وساما من'],
    second: 'actor',
  },
  INTELLIGENCE_SHARED: {
    label: ['تبادل معلومات استخباراتية', 'Partage de renseignements', 'Intelligence shared'],
    roles: ['CONTRIBUTOR', 'BENEFICIARY'],
    extra: ['SUBJECT', 'COUNTERPART'],
    en: 'shared intelligence with',
    fr: 'a partagé des renseignements avec',
    ar: ['تبادل', 'معلومات استخباراتية مع'],
    second: 'actor',
  },
  JUDICIAL_COOPERATION: {
    label: ['تعاون قضائي', 'Coopération judiciaire', 'Judicial cooperation'],
    roles: ['REQUESTER', 'COUNTERPART'],
    extra: ['TARGET', 'SUBJECT'],
    en: 'cooperated on a judicial case with',
    fr: 'a coopéré sur une affaire judiciaire avec',
    ar: ['تعاون', 'في قضية قضائية مع'],
    second: 'actor',
  },
  SECURITY_ASSISTANCE: {
    label: ['دعم أمني', 'Assistance sécuritaire', 'Security assistance'],
    roles: ['CONTRIBUTOR', 'BENEFICIARY'],
    extra: ['SUBJECT', 'REQUESTER'],
    en: 'provided security assistance to',
    fr: 'a apporté une assistance sécuritaire à',
    ar: ['قدم', 'دعما أمنيا إلى'],
    second: 'actor',
  },
  ARREST: {
    label: ['اعتقال', 'Arrestation', 'Arrest'],
    roles: ['ARRESTING_AGENCY', 'TARGET'],
    extra: ['CONTRIBUTOR', 'TARGET'],
    en: 'arrested members of',
    fr: 'a arrêté des membres de',
    ar: ['اعتقل', 'عناصر من'],
    second: 'target',
  },
  PLOT_DISRUPTED: {
    label: ['إحباط مخطط', 'Projet déjoué', 'Plot disrupted'],
    roles: ['ARRESTING_AGENCY', 'TARGET'],
    extra: ['CONTRIBUTOR', 'SUBJECT'],
    en: 'foiled a plot by',
    fr: "a déjoué un projet d'attentat de",
    ar: ['أحبط', 'مخططا من تدبير'],
    second: 'target',
  },
  PROGRAMME_PARTICIPATION: {
    label: ['مشاركة في عمليات مشتركة', 'Participation à des opérations', 'Programme participation'],
    roles: ['PARTICIPANT', 'MANAGER'],
    extra: ['PARTICIPANT', 'CONTRIBUTOR'],
    en: 'took part in joint operations with',
    fr: 'a participé à des opérations conjointes avec',
    ar: ['شارك', 'في عمليات مشتركة مع'],
    second: 'actor',
  },
};
const EVENT_TYPE_WEIGHTS = [3, 8, 14, 4, 14, 10, 10, 14, 8, 15];
const PARTICIPANT_COUNTS = [2, 3, 4, 5, 6, 8];
const PARTICIPANT_WEIGHTS = [20, 25, 20, 15, 12, 8];
const STATEMENT_KINDS: readonly StatementKind[] = ['REPORTED_FACT', 'ATTRIBUTED_CLAIM', 'EVALUATION', 'FORECAST'];
const STATEMENT_WEIGHTS = [70, 10, 10, 10];

const place = (lang: Lang, name: string) => (lang === 'ar' ? `في ${name}` : lang === 'fr' ? `à ${name}` : `in ${name}`);

/** The sentence a source states an event with, in its language, containing the date phrase verbatim. */
function eventSentence(
  kind: EventKind,
  lang: Lang,
  a: string,
  b: string,
  where: string | undefined,
  date: string | undefined,
  statement: StatementKind,
  claimant: string | undefined,
  quantity: number | undefined,
): string {
  const li = LANGS.indexOf(lang);
  const parts: string[] = [];
  if (lang === 'ar') parts.push(kind.ar[0], a, kind.ar[1], b);
  else parts.push(a, lang === 'fr' ? kind.fr : kind.en, b);
  if (quantity !== undefined)
    parts.push(
      lang === 'ar' ? `(أكثر من ${quantity} عملية)` : lang === 'fr' ? `(plus de ${quantity} opérations)` : `(more than ${quantity} operations)`,
    );
  if (where !== undefined) parts.push(place(lang, where));
  if (date !== undefined) parts.push(date);
  let sentence = parts.join(' ');
  if (statement === 'ATTRIBUTED_CLAIM' && claimant !== undefined) {
    sentence = `${['حسب', 'Selon', 'According to'][li]} ${claimant}${lang === 'ar' ? '،' : ','} ${sentence}`;
  } else if (statement === 'FORECAST') {
    sentence = `${['حسب البرنامج المعلن،', 'Selon le programme annoncé,', 'As scheduled,'][li]} ${sentence}`;
  } else if (statement === 'EVALUATION') {
    sentence += ['، في نجاح باهر', ', un franc succès', ', a resounding success'][li];
  }
  return `${sentence}${lang === 'ar' ? '.' : '.'}`;
}

const RELATION_SENTENCES: Readonly<Record<RelationType, Readonly<Record<Lang, string>>>> = {
  HEADS: { en: '{a} heads {b}', fr: '{a} dirige {b}', ar: 'يرأس {a} {b}' },
  PART_OF: { en: '{a} is part of {b}', fr: '{a} fait partie de {b}', ar: 'ينتمي {a} إلى {b}' },
  LOCATED_IN: { en: '{a} lies in {b}', fr: '{a} se trouve en {b}', ar: 'تقع {a} في {b}' },
  CAPITAL_OF: { en: '{a} is the capital of {b}', fr: '{a} est la capitale de {b}', ar: '{a} هي عاصمة {b}' },
  MEMBER_OF: { en: '{a} is a member of {b}', fr: '{a} est membre de {b}', ar: '{a} عضو في {b}' },
  HOSTED: { en: '{a} hosted {b}', fr: '{a} a accueilli {b}', ar: 'احتضنت {a} {b}' },
  COUNTERS: { en: '{a} fights {b}', fr: '{a} lutte contre {b}', ar: 'يكافح {a} {b}' },
  THREATENS: { en: '{a} threatens {b}', fr: '{a} menace {b}', ar: 'يهدد {a} {b}' },
  COOPERATES_WITH: { en: '{a} cooperates closely with {b}', fr: '{a} coopère étroitement avec {b}', ar: 'يتعاون {a} بشكل وثيق مع {b}' },
  MISHANDLED: { en: '{a} mishandled {b}', fr: '{a} a mal géré {b}', ar: 'أساء {a} التعامل مع {b}' },
  AT_ODDS_WITH: { en: '{a} is at odds with {b}', fr: '{a} est en froid avec {b}', ar: 'تتوتر علاقة {a} مع {b}' },
  MODERNISED: { en: '{a} modernised {b}', fr: '{a} a modernisé {b}', ar: 'حدّث {a} {b}' },
};

// ---------------------------------------------------------------------------------------------------------------

export interface GenerateOptions {
  readonly scale: string;
  readonly seed: number;
  readonly out: string;
  /** Write one dataset even where the scale is written in parts (the loader's bulk mode can take it whole). */
  readonly inParts?: boolean;
  readonly log?: (line: string) => void;
}

export function generateDataset({ scale, seed, out, inParts = false, log = () => {} }: GenerateOptions): Manifest {
  const scaleSpec = SCALES[scale];
  if (!scaleSpec) throw new Error(`unknown scale ${scale}; use one of ${Object.keys(SCALES).join(', ')}`);
  const spec: ScaleSpec = inParts ? scaleSpec : { ...scaleSpec, eventsPerPart: undefined };
  if (spec.eventsPerFile % spec.eventsPerSource !== 0) throw new Error('eventsPerFile must be a multiple of eventsPerSource');
  if (spec.eventsPerPart !== undefined && spec.eventsPerPart % spec.eventsPerFile !== 0)
    throw new Error('eventsPerPart must be a multiple of eventsPerFile');
  // Folder (and so dataset id) of the core and of each part; '' when the dataset is one folder.
  const coreDir = spec.eventsPerPart === undefined ? '' : `${scale}-${seed}-core/`;
  const partDir = (part: number) => (spec.eventsPerPart === undefined ? '' : `${scale}-${seed}-p${pad(part + 1, 2)}/`);
  const partOf = (eventIndex: number) => (spec.eventsPerPart === undefined ? 0 : Math.floor(eventIndex / spec.eventsPerPart));
  /** Per part: the entities its events name (declared again in the part) and the mentions its excerpts hold. */
  const partEntities = new Map<number, Set<string>>();
  const partMentions = new Map<number, Map<string, string[]>>();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const output = new Output(out);
  const root = new Random(seed);
  const started = performance.now();

  // --- Entities -------------------------------------------------------------------------------------------------
  const random = root.fork('entities');
  const entities: Entity[] = [];
  const byId = new Map<string, Entity>();
  const add = (entity: Entity) => {
    if (byId.has(entity.spec.id)) throw new Error(`duplicate generated id ${entity.spec.id}`);
    byId.set(entity.spec.id, entity);
    entities.push(entity);
    return entity;
  };
  const names = (t: Trio) => ({ ar: t[0], fr: t[1], en: t[2] });

  const countries = COUNTRIES.map((c, i) =>
    add({
      spec: {
        id: `country:${c.slug}`,
        kind: 'COUNTRY',
        names: names(c.names),
        aliases: [],
        mentions: [],
        ...(c.wikidata ? { wikidata: c.wikidata } : {}),
        ...(c.cameo ? { cameoActor: c.cameo } : {}),
      },
      names: c.names,
      pool: 'place',
      mentions: 0,
      events: 0,
      countryIndex: i,
    }),
  );
  const cities = CITIES.map((c) =>
    add({
      spec: {
        id: `city:${c.slug}`,
        kind: 'CITY',
        names: names(c.names),
        aliases: [],
        mentions: [],
        country: countries[c.country]?.spec.id,
        ...(c.wikidata ? { wikidata: c.wikidata } : {}),
      },
      names: c.names,
      pool: 'place',
      mentions: 0,
      events: 0,
      countryIndex: c.country,
    }),
  );
  REGIONS.map((r) =>
    add({
      spec: { id: `region:${r.slug}`, kind: 'REGION', names: names(r.names), aliases: [], mentions: [] },
      names: r.names,
      pool: 'place',
      mentions: 0,
      events: 0,
    }),
  );
  const intl = INTERNATIONAL_ORGS.map((o) =>
    add({
      spec: {
        id: `org:${o.slug}`,
        kind: 'ORGANIZATION',
        names: names(o.names),
        aliases: aliasesOf(o.aliases),
        mentions: [],
        ...(o.wikidata ? { wikidata: o.wikidata } : {}),
        ...(o.cameo ? { cameoActor: o.cameo } : {}),
      },
      names: o.names,
      pool: 'actor',
      mentions: 0,
      events: 0,
    }),
  );
  THREATS.map((t) =>
    add({
      spec: { id: `threat:${t.slug}`, kind: 'THREAT', names: names(t.names), aliases: [], mentions: [] },
      names: t.names,
      pool: 'subject',
      mentions: 0,
      events: 0,
    }),
  );

  // The curated hubs of the real corpus come first: the DGSN, the DGST and their head.
  const agency = (typeIndex: number, countryIndex: number, cityIndex: number | undefined, n: number): Entity => {
    const type = AGENCY_TYPES[typeIndex] ?? AGENCY_TYPES[0]!;
    const country = COUNTRIES[countryIndex] ?? COUNTRIES[0]!;
    const city = cityIndex === undefined ? undefined : CITIES[cityIndex];
    const where: Trio = city ? city.names : country.names;
    const curated = n === 0;
    const trio: Trio = curated ? type.names : [`${type.names[0]} (${where[0]})`, `${type.names[1]} (${where[1]})`, `${where[2]} ${type.names[2]}`];
    const aliasList: (readonly [string, Lang])[] = [];
    if (type.acronym) aliasList.push([curated ? type.acronym : `${type.acronym} ${where[1]}`, 'fr']);
    for (const variant of arabicVariants(trio[0], random)) aliasList.push([variant, 'ar']);
    const id = curated ? `org:${type.slug}` : `org:${type.slug}-${city?.slug ?? country.slug}-${n}`;
    return add({
      spec: {
        id,
        kind: 'ORGANIZATION',
        names: names(trio),
        aliases: aliasesOf(aliasList),
        mentions: [],
        country: `country:${country.slug}`,
        ...(curated && type.acronym === 'DGSN' ? { cameoActor: 'MARCOP' } : curated && type.acronym === 'DGST' ? { cameoActor: 'MARSPY' } : {}),
      },
      names: trio,
      pool: 'actor',
      mentions: 0,
      events: 0,
      countryIndex,
    });
  };
  const dgsn = agency(0, 0, undefined, 0);
  const dgst = agency(1, 0, undefined, 0);
  const hammouchi = add({
    spec: {
      id: 'person:abdellatif-hammouchi',
      kind: 'PERSON',
      names: { ar: 'عبد اللطيف حموشي', fr: 'Abdellatif Hammouchi', en: 'Abdellatif Hammouchi' },
      aliases: aliasesOf([
        ['عبداللطيف حموشي', 'ar'],
        ['الحموشي', 'ar'],
        ['Abdelatif Hamouchi', 'fr'],
      ]),
      mentions: [],
      country: 'country:morocco',
    },
    names: ['عبد اللطيف حموشي', 'Abdellatif Hammouchi', 'Abdellatif Hammouchi'],
    pool: 'actor',
    mentions: 0,
    events: 0,
    countryIndex: 0,
  });

  const n = spec.entities;
  const fixed = entities.length;
  const islandsCount = 3;
  const remaining = n - fixed - islandsCount;
  const quota = {
    MAJOR_EVENT: Math.round(remaining * 0.02),
    AWARD: Math.round(remaining * 0.01),
    AFFAIR: Math.round(remaining * 0.01),
    THREAT: Math.min(THREATS.length * REGIONS.length, Math.round(remaining * 0.005)),
    CRIMINAL_GROUP: Math.round(remaining * 0.08),
    ORGANIZATION: Math.round(remaining * 0.25),
  };
  const persons = remaining - Object.values(quota).reduce((a, b) => a + b, 0);
  let counter = 0;
  const next = () => ++counter;
  const countryOfCity = (cityIndex: number) => CITIES[cityIndex]?.country ?? 0;

  for (let i = 0; i < quota.MAJOR_EVENT; i++) {
    const type = random.pick(MAJOR_EVENT_TYPES);
    const cityIndex = random.int(0, CITIES.length - 1);
    const city = CITIES[cityIndex]!;
    const year = random.int(2005, 2030);
    const trio: Trio = [
      `${type.names[0]} ${city.names[0]} ${year}`,
      `${type.names[1]} ${city.names[1]} ${year}`,
      `${year} ${city.names[2]} ${type.names[2]}`,
    ];
    add({
      spec: {
        id: `major-event:${type.slug}-${city.slug}-${year}-${next()}`,
        kind: 'MAJOR_EVENT',
        names: names(trio),
        aliases: [],
        mentions: [],
        country: `country:${COUNTRIES[city.country]!.slug}`,
      },
      names: trio,
      pool: 'subject',
      mentions: 0,
      events: 0,
      countryIndex: city.country,
    });
  }
  for (let i = 0; i < quota.AWARD; i++) {
    const type = random.pick(AWARD_TYPES);
    const countryIndex = random.int(0, COUNTRIES.length - 1);
    const country = COUNTRIES[countryIndex]!;
    const trio: Trio = [`${type.names[0]} (${country.names[0]})`, `${type.names[1]} (${country.names[1]})`, `${type.names[2]} (${country.names[2]})`];
    add({
      spec: {
        id: `award:${type.slug}-${country.slug}-${next()}`,
        kind: 'AWARD',
        names: names(trio),
        aliases: [],
        mentions: [],
        country: `country:${country.slug}`,
      },
      names: trio,
      pool: 'award',
      mentions: 0,
      events: 0,
      countryIndex,
    });
  }
  for (let i = 0; i < quota.AFFAIR; i++) {
    const code = random.pick(AFFAIR_CODENAMES);
    const year = random.int(2005, 2025);
    const trio: Trio = [`قضية ${code.names[0]} ${year}`, `Affaire ${code.names[1]} ${year}`, `${code.names[2]} affair of ${year}`];
    add({
      spec: {
        id: `affair:${code.slug}-${year}-${next()}`,
        kind: 'AFFAIR',
        names: names(trio),
        aliases: aliasesOf([[`«${code.names[0]}»`, 'ar']]),
        mentions: [],
      },
      names: trio,
      pool: 'subject',
      mentions: 0,
      events: 0,
    });
  }
  for (let i = 0; i < quota.THREAT; i++) {
    const threat = THREATS[i % THREATS.length]!;
    const region = REGIONS[Math.floor(i / THREATS.length) % REGIONS.length]!;
    const trio: Trio = [
      `${threat.names[0]} في ${region.names[0]}`,
      `${threat.names[1]} (${region.names[1]})`,
      `${threat.names[2]} in ${region.names[2]}`,
    ];
    add({
      spec: { id: `threat:${threat.slug}-${region.slug}`, kind: 'THREAT', names: names(trio), aliases: [], mentions: [] },
      names: trio,
      pool: 'subject',
      mentions: 0,
      events: 0,
    });
  }
  for (let i = 0; i < quota.CRIMINAL_GROUP; i++) {
    const shape = random.pick(GROUP_SHAPES);
    const cityIndex = random.int(0, CITIES.length - 1);
    const city = CITIES[cityIndex]!;
    const [familyAr, latin] = random.pick(ARABIC_FAMILY);
    const family: Trio = [familyAr, latin[0] ?? familyAr, latin[0] ?? familyAr];
    const trio = shape.names(city.names, family);
    const aliasList: (readonly [string, Lang])[] = arabicVariants(trio[0], random).map((v) => [v, 'ar'] as const);
    add({
      spec: {
        id: `group:${shape.slug}-${city.slug}-${next()}`,
        kind: 'CRIMINAL_GROUP',
        names: names(trio),
        aliases: aliasesOf(aliasList),
        mentions: [],
        country: `country:${COUNTRIES[city.country]!.slug}`,
      },
      names: trio,
      pool: 'target',
      mentions: 0,
      events: 0,
      countryIndex: countryOfCity(cityIndex),
    });
  }
  for (let i = 0; i < quota.ORGANIZATION; i++) {
    const typeIndex = random.int(0, AGENCY_TYPES.length - 1);
    const useCity = random.chance(0.5);
    const cityIndex = useCity ? random.int(0, CITIES.length - 1) : undefined;
    const countryIndex =
      cityIndex === undefined
        ? random.weighted(
            COUNTRIES.map((_, c) => c),
            COUNTRIES.map((_, c) => 1 / (c + 1)),
          )
        : countryOfCity(cityIndex);
    agency(typeIndex, countryIndex, cityIndex, next());
  }
  for (let i = 0; i < persons; i++) {
    const countryIndex = random.weighted(
      COUNTRIES.map((_, c) => c),
      COUNTRIES.map((_, c) => 1 / (c + 1)),
    );
    const arabic = countryIndex <= 6 || countryIndex >= 20 ? random.chance(0.85) : random.chance(0.15);
    let trio: Trio;
    const aliasList: (readonly [string, Lang])[] = [];
    let slug: string;
    if (arabic) {
      const [givenAr, givenLatin] = random.pick(ARABIC_GIVEN);
      const [familyAr, familyLatin] = random.pick(ARABIC_FAMILY);
      const latin = `${givenLatin[0]} ${familyLatin[0]}`;
      trio = [`${givenAr} ${familyAr}`, latin, latin];
      for (const variant of arabicVariants(trio[0], random)) aliasList.push([variant, 'ar']);
      const altGiven = givenLatin[1];
      const altFamily = familyLatin[1];
      if (altFamily) aliasList.push([`${givenLatin[0]} ${altFamily}`, 'fr']);
      if (altGiven) aliasList.push([`${altGiven} ${altFamily ?? familyLatin[0]}`, 'en']);
      slug = slugify(latin);
    } else {
      const [given, givenAr] = random.pick(LATIN_GIVEN);
      const [family, familyAr] = random.pick(LATIN_FAMILY);
      trio = [`${givenAr} ${familyAr}`, `${given} ${family}`, `${given} ${family}`];
      aliasList.push([`${given[0]}. ${family}`, 'fr']);
      if (random.chance(0.3)) aliasList.push([`${givenAr.replace(/[أإآ]/g, 'ا')} ${familyAr}`, 'ar']);
      slug = slugify(`${given} ${family}`);
    }
    // Some curators give no French name: the API then falls back to English.
    const namesGiven = random.chance(0.1) ? { ar: trio[0], en: trio[2] } : names(trio);
    add({
      spec: {
        id: `person:${slug}-${next()}`,
        kind: 'PERSON',
        names: namesGiven,
        aliases: aliasesOf(aliasList),
        mentions: [],
        country: `country:${COUNTRIES[countryIndex]!.slug}`,
      },
      names: trio,
      pool: 'actor',
      mentions: 0,
      events: 0,
      countryIndex,
    });
  }
  // An island: three entities related only to each other, so no path reaches them from the rest.
  const islandNames: Trio[] = [
    ['جزيرة الغموض', 'Île du mystère', 'Mystery Island Committee'],
    ['لجنة المراقبة المعزولة', "Comité d'observation isolé", 'Isolated Observation Committee'],
    ['قضية الجزيرة', "Affaire de l'île", 'Island affair'],
  ];
  const islands = islandNames.map((trio, i) =>
    add({
      spec: {
        id: `${i === 2 ? 'affair' : 'org'}:island-${i + 1}`,
        kind: i === 2 ? 'AFFAIR' : 'ORGANIZATION',
        names: names(trio),
        aliases: [],
        mentions: [],
      },
      names: trio,
      pool: 'island',
      mentions: 0,
      events: 0,
    }),
  );

  // Popularity: the curated hubs first, then everyone else in a seeded shuffle; each pool draws by Zipf rank.
  const shuffled = entities.filter((e) => ![dgsn, intl[0], countries[0], hammouchi, dgst].includes(e));
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const ranked = [dgsn, intl[0]!, countries[0]!, hammouchi, dgst, ...shuffled];
  const pools = new Map<Entity['pool'], { list: Entity[]; zipf: Zipf }>();
  for (const pool of ['actor', 'target', 'award', 'subject', 'place'] as const) {
    const list = ranked.filter((e) => e.pool === pool || (pool === 'actor' && e.pool === 'place' && e.spec.kind === 'COUNTRY'));
    pools.set(pool, { list, zipf: new Zipf(list.length, pool === 'actor' ? 1.0 : 0.9) });
  }
  const draw = (pool: Entity['pool'], r: Random): Entity => {
    const p = pools.get(pool)!;
    return p.list[p.zipf.sample(r)]!;
  };
  log(`  ${entities.length} entities composed (${Math.round(performance.now() - started)} ms)`);

  // --- Events, their sources and excerpts, streamed in files of eventsPerFile ------------------------------------
  const er = root.fork('events');
  const types = [...EVENT_TYPES];
  const nameIn = (e: Entity, lang: Lang) => e.names[LANGS.indexOf(lang)] ?? e.names[2];
  let sourceCounter = 0;
  let excerptCount = 0;
  let participationCount = 0;
  let evidenceCount = 0;
  let sourceCount = 0;
  let fileIndex = 0;
  const blocks = Math.ceil(spec.events / spec.eventsPerSource);
  let eventIndex = 0;
  let batchEvents: EventSpec[] = [];
  let batchSources: SourceSpec[] = [];
  let batchExcerpts: ExcerptSpec[] = [];
  const flushBatch = () => {
    if (batchEvents.length === 0) return;
    const dir = partDir(partOf(eventIndex - 1));
    output.jsonLists(`${dir}events/events-${pad(fileIndex, 4)}.json`, { events: batchEvents });
    output.jsonLists(`${dir}sources/sources-${pad(fileIndex, 4)}.json`, { sources: batchSources, excerpts: batchExcerpts });
    fileIndex++;
    batchEvents = [];
    batchSources = [];
    batchExcerpts = [];
  };
  const newSource = (lang: Lang, r: Random, kind: 'report' | 'review', textDir = '../texts'): { spec: SourceSpec; text: SourceText } => {
    const id = `src:s${pad(++sourceCounter, 6)}`;
    const publisher = r.pick(PUBLISHERS);
    const title =
      kind === 'report'
        ? [`تقرير أمني رقم ${sourceCounter}`, `Chronique sécuritaire n° ${sourceCounter}`, `Security report no. ${sourceCounter}`][
            LANGS.indexOf(lang)
          ]!
        : [`متابعة صحفية رقم ${sourceCounter}`, `Revue de presse n° ${sourceCounter}`, `Press review no. ${sourceCounter}`][LANGS.indexOf(lang)]!;
    const published = r.chance(0.7) ? { value: `${r.int(2010, 2025)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}` } : undefined;
    return {
      spec: {
        id,
        file: `${textDir}/${id.slice(4)}.txt`,
        language: lang,
        title,
        ...(publisher ? { publisher } : {}),
        ...(published ? { published } : {}),
        ...(publisher ? {} : { note: 'Generated benchmark source: the publisher is not given.' }),
      },
      text: new SourceText(title),
    };
  };
  const finishSource = (source: { spec: SourceSpec; text: SourceText }, dir: string) => {
    output.file(`${dir}texts/${source.spec.id.slice(4)}.txt`, [source.text.text()]);
    batchSources.push(source.spec);
    sourceCount++;
  };

  for (let block = 0; block < blocks; block++) {
    const br = er.fork(`block-${block}`);
    const lang = LANGS[block % 3]!;
    const otherLang = LANGS[(block + 1) % 3]!;
    const primary = newSource(lang, br, 'report');
    const secondary = newSource(otherLang, br, 'review');
    const end = Math.min(spec.events, (block + 1) * spec.eventsPerSource);
    for (; eventIndex < end; eventIndex++) {
      const type = br.weighted(types, EVENT_TYPE_WEIGHTS);
      const kind = EVENT_KINDS[type];
      const id = `event:${slugify(type)}-${pad(eventIndex + 1, 7)}`;
      // Participants: distinct entities (one role each), the first two from the type's pools.
      const count = br.weighted(PARTICIPANT_COUNTS, PARTICIPANT_WEIGHTS);
      const chosen: { entity: Entity; role: ParticipantRole }[] = [];
      const seen = new Set<string>();
      const tryAdd = (entity: Entity, role: ParticipantRole) => {
        if (seen.has(entity.spec.id)) return;
        seen.add(entity.spec.id);
        chosen.push({ entity, role });
      };
      tryAdd(draw('actor', br), kind.roles[0]);
      for (let attempt = 0; attempt < 5 && chosen.length < 2; attempt++) tryAdd(draw(kind.second, br), kind.roles[1]);
      for (let attempt = 0; chosen.length < count && attempt < count * 3; attempt++) {
        const role = br.pick(kind.extra);
        const pool: Entity['pool'] = role === 'AWARD' ? 'award' : role === 'SUBJECT' ? 'subject' : role === 'TARGET' ? 'target' : 'actor';
        tryAdd(draw(pool, br), role);
      }
      const a = chosen[0]!.entity;
      const b = (chosen[1] ?? chosen[0]!).entity;
      const where = br.chance(0.8) ? draw('place', br) : undefined;
      const precision = br.weighted(PRECISIONS, PRECISION_WEIGHTS);
      const date = makeDate(br, lang, precision);
      const statement = br.weighted(STATEMENT_KINDS, STATEMENT_WEIGHTS);
      const claimant = statement === 'ATTRIBUTED_CLAIM' ? draw('actor', br) : undefined;
      const quantity = type === 'PROGRAMME_PARTICIPATION' && br.chance(0.3) ? br.int(2, 30) : undefined;
      const sentence = eventSentence(
        kind,
        lang,
        nameIn(a, lang),
        nameIn(b, lang),
        where && nameIn(where, lang),
        date.phrase,
        statement,
        claimant && nameIn(claimant, lang),
        quantity,
      );
      const mainExcerpt = `ex:e${pad(eventIndex + 1, 7)}`;
      batchExcerpts.push({ id: mainExcerpt, source: primary.spec.id, ...primary.text.add(sentence), quote: sentence });
      excerptCount++;
      const mainEvidence: EvidenceSpec = {
        excerpt: mainExcerpt,
        kind: statement,
        stance: 'SUPPORTS',
        ...(claimant ? { attributedTo: claimant.spec.id } : {}),
      };
      const evidence: EvidenceSpec[] = [mainEvidence];
      // A second source corroborates some events and disputes a few.
      if (br.chance(0.15)) {
        const disputes = br.chance(0.12);
        const b2 = eventSentence(
          kind,
          otherLang,
          nameIn(a, otherLang),
          nameIn(b, otherLang),
          where && nameIn(where, otherLang),
          undefined,
          'REPORTED_FACT',
          undefined,
          undefined,
        );
        const quote = disputes
          ? `${['نفى مصدر مطلع أن', 'Une source a démenti que', 'A source denied that'][LANGS.indexOf(otherLang)]} ${b2.slice(0, -1)}.`
          : b2;
        const excerptId = `ex:e${pad(eventIndex + 1, 7)}-b`;
        batchExcerpts.push({ id: excerptId, source: secondary.spec.id, ...secondary.text.add(quote), quote });
        excerptCount++;
        evidence.push({ excerpt: excerptId, kind: 'REPORTED_FACT', stance: disputes ? 'DISPUTES' : 'SUPPORTS' });
      }
      if (a.mentions < 2) {
        a.mentions++;
        if (spec.eventsPerPart === undefined) {
          a.spec.mentions.push(mainExcerpt);
        } else {
          // A mention must resolve in the dataset that declares it: the part declares the entity again with it.
          let mentions = partMentions.get(partOf(eventIndex));
          if (!mentions) partMentions.set(partOf(eventIndex), (mentions = new Map<string, string[]>()));
          mentions.set(a.spec.id, [...(mentions.get(a.spec.id) ?? []), mainExcerpt]);
        }
      }
      if (spec.eventsPerPart !== undefined) {
        let named = partEntities.get(partOf(eventIndex));
        if (!named) partEntities.set(partOf(eventIndex), (named = new Set()));
        for (const { entity } of chosen) named.add(entity.spec.id);
        if (where) named.add(where.spec.id);
        if (claimant) named.add(claimant.spec.id);
      }
      const titles = (lang: Lang) => {
        const li = LANGS.indexOf(lang);
        const at = where ? ` — ${nameIn(where, lang)}` : '';
        return `${kind.label[li]} — ${nameIn(a, lang)}${at}`;
      };
      const summaryEn = eventSentence(
        kind,
        'en',
        nameIn(a, 'en'),
        nameIn(b, 'en'),
        where && nameIn(where, 'en'),
        undefined,
        'REPORTED_FACT',
        undefined,
        quantity,
      );
      const event: EventSpec = {
        id,
        type,
        title: { ar: titles('ar'), fr: titles('fr'), en: titles('en') },
        summary: br.chance(0.3)
          ? {
              en: summaryEn,
              fr: eventSentence(
                kind,
                'fr',
                nameIn(a, 'fr'),
                nameIn(b, 'fr'),
                where && nameIn(where, 'fr'),
                undefined,
                'REPORTED_FACT',
                undefined,
                quantity,
              ),
            }
          : { en: summaryEn },
        date,
        ...(where ? { place: where.spec.id } : {}),
        quantities:
          quantity === undefined
            ? []
            : [
                {
                  unit: 'OPERATIONS' as const,
                  phrase: [`أكثر من ${quantity} عملية`, `plus de ${quantity} opérations`, `more than ${quantity} operations`][LANGS.indexOf(lang)]!,
                  min: quantity + 1,
                },
              ],
        participants: chosen.map(({ entity, role }) => {
          entity.events++;
          return { entity: entity.spec.id, role, evidence: [mainEvidence] };
        }),
        evidence,
      };
      participationCount += chosen.length;
      evidenceCount += evidence.length + chosen.length;
      batchEvents.push(event);
    }
    finishSource(primary, partDir(partOf(eventIndex - 1)));
    finishSource(secondary, partDir(partOf(eventIndex - 1)));
    // eventsPerFile is a multiple of eventsPerSource: a file always ends with a block.
    if (batchEvents.length >= spec.eventsPerFile) flushBatch();
  }
  flushBatch();
  log(`  ${spec.events} events, ${participationCount} participations, ${sourceCount} event sources (${Math.round(performance.now() - started)} ms)`);

  // --- Relations ---------------------------------------------------------------------------------------------------
  const rr = root.fork('relations');
  const relations: RelationSpec[] = [];
  const relSources: SourceSpec[] = [];
  const relExcerpts: ExcerptSpec[] = [];
  let relSource: { spec: SourceSpec; text: SourceText } | undefined;
  let relSourceLang: Lang = 'ar';
  const relationTarget = Math.round(spec.entities * spec.relationsPerEntity);
  const relate = (type: RelationType, from: Entity, to: Entity) => {
    if (from === to) return;
    if (!relSource || relations.length % 50 === 0) {
      if (relSource) {
        output.file(`${coreDir}texts/${relSource.spec.id.slice(4)}.txt`, [relSource.text.text()]);
        relSources.push(relSource.spec);
        sourceCount++;
      }
      relSourceLang = LANGS[relSources.length % 3]!;
      relSource = newSource(relSourceLang, rr, 'report', 'texts');
    }
    const lang = relSourceLang;
    const withSince = rr.chance(0.4);
    const since = withSince ? makeDate(rr, lang, rr.pick(['YEAR', 'MONTH', 'DAY'] as const)) : undefined;
    const body = RELATION_SENTENCES[type][lang].replace('{a}', nameIn(from, lang)).replace('{b}', nameIn(to, lang));
    const sentence = `${body}${since?.phrase ? ` ${['ابتداء من', 'à partir de', 'starting'][LANGS.indexOf(lang)]} ${since.phrase}` : ''}.`;
    const number = relations.length + 1;
    const excerptId = `ex:r${pad(number, 7)}`;
    relExcerpts.push({ id: excerptId, source: relSource.spec.id, ...relSource.text.add(sentence), quote: sentence });
    excerptCount++;
    const statement = rr.weighted(STATEMENT_KINDS, [80, 8, 8, 4]);
    const claimant = statement === 'ATTRIBUTED_CLAIM' ? draw('actor', rr) : undefined;
    relations.push({
      id: `rel:${slugify(type)}-${pad(number, 7)}`,
      type,
      from: from.spec.id,
      to: to.spec.id,
      ...(since ? { since } : {}),
      evidence: [{ excerpt: excerptId, kind: statement, stance: 'SUPPORTS', ...(claimant ? { attributedTo: claimant.spec.id } : {}) }],
    });
    evidenceCount++;
  };
  for (const city of cities) relate('LOCATED_IN', city, countries[city.countryIndex ?? 0]!);
  CITIES.forEach((c, i) => {
    if (c.capital) relate('CAPITAL_OF', cities[i]!, countries[c.country]!);
  });
  for (const country of countries) {
    relate('MEMBER_OF', country, intl[0]!);
    if (rr.chance(0.5)) relate('MEMBER_OF', country, intl[1 + rr.int(0, intl.length - 2)]!);
  }
  relate('HEADS', hammouchi, dgsn);
  relate('HEADS', hammouchi, dgst);
  relate('COOPERATES_WITH', countries[0]!, countries[1]!);
  relate('MEMBER_OF', islands[0]!, islands[1]!);
  relate('MISHANDLED', islands[1]!, islands[2]!);
  const actors = pools.get('actor')!.list;
  const subjects = pools.get('subject')!.list;
  const persons2 = actors.filter((e) => e.spec.kind === 'PERSON');
  const orgs = actors.filter((e) => e.spec.kind === 'ORGANIZATION');
  for (const person of persons2)
    if (rr.chance(0.2)) relate('HEADS', person, draw('actor', rr).spec.kind === 'ORGANIZATION' ? draw('actor', rr) : rr.pick(orgs));
  for (const org of orgs) if (org.countryIndex !== undefined && rr.chance(0.4)) relate('PART_OF', org, countries[org.countryIndex]!);
  const threatList = subjects.filter((e) => e.spec.kind === 'THREAT');
  const majorEvents = subjects.filter((e) => e.spec.kind === 'MAJOR_EVENT');
  const affairs = subjects.filter((e) => e.spec.kind === 'AFFAIR');
  for (const org of orgs) if (rr.chance(0.3) && threatList.length > 0) relate('COUNTERS', org, rr.pick(threatList));
  for (const event of majorEvents) {
    if (event.countryIndex !== undefined) relate('HOSTED', countries[event.countryIndex]!, event);
    if (rr.chance(0.5) && threatList.length > 0) relate('THREATENS', rr.pick(threatList), event);
  }
  for (const affair of affairs) if (rr.chance(0.6)) relate('MISHANDLED', draw('actor', rr), affair);
  while (relations.length < relationTarget) relate('COOPERATES_WITH', draw('actor', rr), draw('actor', rr));
  if (relSource) {
    output.file(`${coreDir}texts/${relSource.spec.id.slice(4)}.txt`, [relSource.text.text()]);
    relSources.push(relSource.spec);
    sourceCount++;
  }
  output.jsonLists(`${coreDir}relations.json`, { sources: relSources, excerpts: relExcerpts, relations });
  output.jsonLists(`${coreDir}entities.json`, { entities: entities.map((e) => e.spec) });
  const parts: string[] = [];
  if (spec.eventsPerPart !== undefined) {
    parts.push(coreDir.slice(0, -1));
    for (const [part, named] of [...partEntities.entries()].sort((x, y) => x[0] - y[0])) {
      const mentions = partMentions.get(part) ?? new Map<string, string[]>();
      const declarations = [...named].sort().map((id) => {
        const e = byId.get(id)!;
        return { id, kind: e.spec.kind, names: { en: e.names[2] }, aliases: [], mentions: mentions.get(id) ?? [] };
      });
      output.jsonLists(`${partDir(part)}entities.json`, { entities: declarations });
      parts.push(partDir(part).slice(0, -1));
    }
  }
  log(`  ${relations.length} relations (${Math.round(performance.now() - started)} ms)`);

  const hubs = [...entities]
    .sort((x, y) => y.events - x.events || (x.spec.id < y.spec.id ? -1 : 1))
    .slice(0, 10)
    .map((e) => ({ id: e.spec.id, events: e.events }));
  const names2 = entities.reduce((sum, e) => sum + Object.keys(e.spec.names).length + e.spec.aliases.length, 0);
  const { fingerprint, files, bytes } = output.fingerprint();
  const manifest: Manifest = {
    generator: GENERATOR_VERSION,
    scale,
    seed,
    fingerprint,
    counts: {
      entities: entities.length,
      events: spec.events,
      participations: participationCount,
      relations: relations.length,
      sources: sourceCount,
      excerpts: excerptCount,
      evidence: evidenceCount,
      names: names2 + spec.events * 3,
      mentions: entities.reduce((sum, e) => sum + e.spec.mentions.length, 0),
    },
    hubs,
    islands: islands.map((e) => e.spec.id),
    searchTexts: {
      // Variant spellings the normalisation must forgive: hamza-less alef, a compound written as one word, an
      // attached prefix; French without accents; an English transliteration with a single m.
      ar: ['الانتربول', 'عبداللطيف حموشي', 'والمديرية العامة للأمن الوطني'],
      fr: ['surete nationale', 'Police judiciaire Marseille', 'Hammouchi'],
      en: ['Hamouchi', 'Interpol', 'Judicial Police Paris'],
    },
    files,
    bytes,
    ...(parts.length > 0 ? { parts } : {}),
  };
  output.file('MANIFEST', [`${JSON.stringify(manifest, null, 2)}\n`]);
  return manifest;
}
