import type { EntityRecord, EvidenceRecord, FuzzyDateRecord, TimelineEntryRecord, TimelineRecord } from '../db/records.js';
import { dateText, joinList, label, uiLanguage, type UiLanguage } from '../domain/labels.js';
import { blockQuote, documentBlock, escapeHtml, inline, inlineQuote, knownLanguage, offsets, pickedInline } from './html.js';
import { pickText, type ExportLanguage } from './labels.js';
import { EXPORT_MESSAGES } from './messages.js';

/**
 * A TimelineJS (v3) JSON document in one language. Dates stay as partial as the source gives them: a year-only
 * date becomes `{ year }` with no invented month or day, a half-year or quarter a start and end month;
 * `display_date` words the date in the document's language (the vocabulary's dateText) and the source's own phrase
 * is quoted in the slide's text. Codes (roles, statuses, statement kinds, event types) appear as their labels.
 * TimelineJS cannot place an undated event, so those are listed on the title slide instead of being given a
 * made-up date.
 */
export interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly display_date?: string;
}

export interface TimelineJsEvent {
  readonly unique_id: string;
  readonly start_date: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly display_date: string;
  readonly text: { readonly headline: string; readonly text: string };
  readonly group: string;
}

export interface TimelineJsDocument {
  readonly title: { readonly text: { readonly headline: string; readonly text: string } };
  readonly events: readonly TimelineJsEvent[];
}

export function toTimelineJs(
  entity: EntityRecord | null,
  entries: readonly TimelineEntryRecord[],
  language: ExportLanguage = 'EN',
): TimelineJsDocument {
  const lang = uiLanguage(language);
  const messages = EXPORT_MESSAGES[lang];
  const events: TimelineJsEvent[] = [];
  const undated: TimelineEntryRecord[] = [];
  for (const entry of entries) {
    const dates = timelineDates(entry.event.date);
    if (!dates) {
      undated.push(entry);
      continue;
    }
    events.push({
      unique_id: entry.event.id.replace(/[^A-Za-z0-9_-]+/g, '-'),
      start_date: dates.start,
      ...(dates.end ? { end_date: dates.end } : {}),
      display_date: dateText(entry.event.date, lang),
      text: { headline: headline(entry, lang), text: documentBlock(eventText(entry, lang), lang) },
      group: label('EventType', entry.event.type, lang),
    });
  }
  const name = entity ? pickedInline(pickText(entity.names, lang), lang) : '';
  const undatedList = undated.length
    ? documentBlock(
        `<p>${escapeHtml(messages.undatedNote(undated.length))}</p><ul>${undated
          .map(
            (entry) =>
              `<li>${headline(entry, lang)}${entry.event.date.phrase ? ` (${inlineQuote(entry.event.date.phrase, phraseLanguage(entry), lang)})` : ''}</li>`,
          )
          .join('')}</ul>`,
        lang,
      )
    : '';
  return { title: { text: { headline: messages.timelineTitle(name || null), text: undatedList } }, events };
}

/** The document of one page of a timeline (the GraphQL field and the HTTP route both export this way). */
export function timelineToTimelineJs(timeline: TimelineRecord, language: ExportLanguage = 'EN'): TimelineJsDocument {
  return toTimelineJs(
    timeline.entity,
    timeline.edges.map((edge) => edge.node),
    language,
  );
}

/** TimelineJS start/end dates carrying only the components the date has; null when it has none. */
export function timelineDates(date: FuzzyDateRecord): { start: TimelineJsDate; end?: TimelineJsDate } | null {
  if (date.precision === 'UNKNOWN' || (date.earliest === null && date.latest === null)) return null;
  const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
  const year = (iso: string) => ({ year: parts(iso)[0] });
  const month = (iso: string) => ({ year: parts(iso)[0], month: parts(iso)[1] });
  const day = (iso: string) => ({ year: parts(iso)[0], month: parts(iso)[1], day: parts(iso)[2] });
  const earliest = date.earliest;
  const latest = date.latest;
  switch (date.precision) {
    case 'DAY':
      return earliest ? { start: day(earliest) } : null;
    case 'MONTH':
      return earliest ? { start: month(earliest) } : null;
    case 'YEAR':
      return earliest ? { start: year(earliest) } : null;
    case 'QUARTER':
    case 'HALF_YEAR':
      return earliest && latest ? { start: month(earliest), end: month(latest) } : null;
    case 'INTERVAL': {
      // Each end keeps the precision its EDTF part gives ("2022/2024-06" → year, then month).
      const [from, to] = (date.edtf ?? '').split('/');
      const endpoint = (part: string | undefined, iso: string | null) => {
        if (!part || part === '..' || !iso) return undefined;
        // A sub-year grouping (2022-41) has month-level bounds, like a month.
        const depth = part.split('-').length;
        return depth >= 3 ? day(iso) : depth === 2 ? month(iso) : year(iso);
      };
      const start = endpoint(from, earliest) ?? endpoint(to, latest);
      const end = start === undefined ? undefined : endpoint(to, latest);
      return start ? { start, ...(end && start !== end ? { end } : {}) } : null;
    }
  }
}

function headline(entry: TimelineEntryRecord, lang: UiLanguage): string {
  return pickedInline(pickText(entry.event.titles, lang), lang) || escapeHtml(entry.event.id);
}

/** The language of the event's date phrase: its first source's (the phrase is quoted from the evidence). */
function phraseLanguage(entry: TimelineEntryRecord): UiLanguage | null {
  return knownLanguage(entry.event.evidence?.[0]?.source?.language);
}

function eventText(entry: TimelineEntryRecord, lang: UiLanguage): string {
  const { event } = entry;
  const messages = EXPORT_MESSAGES[lang];
  const parts: string[] = [];
  const summary = pickText(event.summary, lang);
  if (summary) parts.push(`<p>${pickedInline(summary, lang)}</p>`);
  if (event.date.phrase)
    parts.push(`<p>${messages.field(escapeHtml(messages.sourceDate), inlineQuote(event.date.phrase, phraseLanguage(entry), lang))}</p>`);
  const facts = [
    messages.field(
      messages.role,
      joinList(
        entry.roles.map((role) => label('ParticipantRole', role, lang)),
        lang,
      ),
    ),
    messages.field(messages.status, label('EvidenceStatus', event.status, lang)),
    messages.field(
      messages.evidence,
      joinList(
        event.statementKinds.map((kind) => label('StatementKind', kind, lang)),
        lang,
      ),
    ),
  ];
  parts.push(`<p>${facts.map(escapeHtml).join(' · ')}</p>`);
  const place = event.place ? pickText(event.place.names, lang) : null;
  if (place) parts.push(`<p>${messages.field(escapeHtml(messages.place), pickedInline(place, lang))}</p>`);
  for (const evidence of event.evidence ?? []) parts.push(evidenceHtml(evidence, lang));
  return parts.join('');
}

/** The quote in its own language and direction, then what kind of statement it is, its source and its offsets. */
function evidenceHtml(evidence: EvidenceRecord, lang: UiLanguage): string {
  const sourceLanguage = knownLanguage(evidence.source?.language);
  const kind = label('StatementKind', evidence.statementKind, lang);
  const stance = evidence.stance === 'SUPPORTS' ? '' : ` (${label('Stance', evidence.stance, lang)})`;
  const title = evidence.source ? ` · <cite>${inline(evidence.source.title, sourceLanguage, lang)}</cite>` : '';
  return `${blockQuote(evidence.quote, sourceLanguage)}<p>${escapeHtml(kind + stance)}${title} ${offsets(evidence.start, evidence.end)}</p>`;
}
