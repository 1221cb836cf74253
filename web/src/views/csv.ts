/**
 * CSV downloads of timelines and event lists (RFC 4180): comma-separated, CRLF line ends, a field quoted when it
 * holds a comma, a quote or a line break, quotes doubled inside. A UTF-8 byte order mark leads so Excel reads
 * Arabic. The header is in the reader's language; each code has its label and, in its own column, the code.
 */
import { dateText, label } from '../../../src/domain/labels.js';
import { viewMessage, type ViewMessageKey } from './messages.js';
import type { EventSummary, TimelineItem, UiLanguage } from './types.js';

export const CSV_MIME = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';

type Cell = string | number | null | undefined;

interface Column<T> {
  readonly header: ViewMessageKey;
  readonly value: (row: T, language: UiLanguage) => Cell;
}

/**
 * One CSV field. Besides RFC 4180 quoting, a text that a spreadsheet would run as a formula (it starts with
 * = + - @ or a tab) gets a leading apostrophe: titles and quotes come from sources anyone can write.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header row, one row per item, every record ended by CRLF. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function table<T>(columns: readonly Column<T>[], rows: readonly T[], language: UiLanguage): string {
  return toCsv([
    columns.map((column) => viewMessage(column.header, language)),
    ...rows.map((row) => columns.map((column) => column.value(row, language))),
  ]);
}

const join = (language: UiLanguage, values: readonly string[]) => values.join(viewMessage('listSeparator', language));

const EVENT_COLUMNS: readonly Column<EventSummary>[] = [
  { header: 'csvEventId', value: (row) => row.eventId },
  { header: 'csvTitle', value: (row) => row.title },
  { header: 'csvDate', value: (row, language) => dateText(row.date, language) },
  { header: 'csvDatePhrase', value: (row) => row.date.phrase },
  { header: 'csvPrecision', value: (row, language) => label('DatePrecision', row.date.precision, language) },
  { header: 'csvPrecisionCode', value: (row) => row.date.precision },
  { header: 'csvEarliest', value: (row) => row.date.earliest },
  { header: 'csvLatest', value: (row) => row.date.latest },
  { header: 'csvType', value: (row, language) => label('EventType', row.type, language) },
  { header: 'csvTypeCode', value: (row) => row.type },
  { header: 'csvStatus', value: (row, language) => label('EvidenceStatus', row.status, language) },
  { header: 'csvStatusCode', value: (row) => row.status },
  {
    header: 'csvStatementKinds',
    value: (row, language) =>
      join(
        language,
        row.statementKinds.map((kind) => label('StatementKind', kind, language)),
      ),
  },
  { header: 'csvStatementKindCodes', value: (row) => row.statementKinds.join(' ') },
];

const PARTICIPANTS_COLUMN: Column<EventSummary> = {
  header: 'csvParticipants',
  value: (row, language) =>
    join(
      language,
      (row.participants ?? []).map((participant) => `${participant.name} (${label('ParticipantRole', participant.role, language)})`),
    ),
};

const TIMELINE_COLUMNS: readonly Column<TimelineItem>[] = [
  ...EVENT_COLUMNS,
  {
    header: 'csvRoles',
    value: (row, language) =>
      join(
        language,
        row.roles.map((role) => label('ParticipantRole', role, language)),
      ),
  },
  { header: 'csvRoleCodes', value: (row) => row.roles.join(' ') },
  PARTICIPANTS_COLUMN,
];

/** An entity's timeline: its events with the roles the entity plays in each. */
export function timelineToCsv(items: readonly TimelineItem[], language: UiLanguage): string {
  return table(TIMELINE_COLUMNS, items, language);
}

/** A list of events (search results, a place's events). */
export function eventsToCsv(events: readonly EventSummary[], language: UiLanguage): string {
  return table([...EVENT_COLUMNS, PARTICIPANTS_COLUMN], events, language);
}
