import type { EntityRecord, EventRecord, FuzzyDateRecord, LanguageCode, TimelineEntryRecord } from '../db/records.js';
import { pick } from './labels.js';

/**
 * A TimelineJS (v3) JSON document. Dates stay as partial as the source gives them: a year-only date becomes
 * `{ year }` with no invented month or day, a half-year or quarter a start and end month, and `display_date`
 * shows the source's own phrase (Arabic text as is, right to left). TimelineJS cannot place an undated event,
 * so those are listed on the title slide instead of being given a made-up date.
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
  readonly display_date?: string;
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
  language: LanguageCode = 'EN',
): TimelineJsDocument {
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
      ...(entry.event.date.phrase ? { display_date: entry.event.date.phrase } : {}),
      text: { headline: escapeHtml(pick(entry.event.titles, language)), text: eventText(entry, language) },
      group: entry.event.type,
    });
  }
  const name = entity ? pick(entity.names, language) : '';
  const undatedList = undated.length
    ? `<p>${undated.length} event(s) with no date in their sources are not placed on the timeline:</p><ul>${undated
        .map((entry) => `<li>${escapeHtml(pick(entry.event.titles, language))}${entry.event.date.phrase ? ` (${bidi(entry.event.date.phrase)})` : ''}</li>`)
        .join('')}</ul>`
    : '';
  return {
    title: { text: { headline: escapeHtml(name ? `${name}: timeline` : 'Timeline'), text: undatedList } },
    events,
  };
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

function eventText(entry: TimelineEntryRecord, language: LanguageCode): string {
  const event: EventRecord = entry.event;
  const parts: string[] = [];
  const summary = pick(event.summary, language);
  if (summary) parts.push(`<p>${escapeHtml(summary)}</p>`);
  parts.push(`<p>Role: ${entry.roles.join(', ')} · ${event.status.toLowerCase()} · ${event.statementKinds.join(', ').toLowerCase()}</p>`);
  if (event.place) parts.push(`<p>Place: ${escapeHtml(pick(event.place.names, language))}</p>`);
  for (const evidence of event.evidence ?? []) {
    const lang = evidence.source?.language.toLowerCase() ?? 'und';
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    parts.push(
      `<blockquote lang="${lang}" dir="${dir}">${escapeHtml(evidence.quote)}</blockquote><p>${evidence.statementKind.toLowerCase()}, ${escapeHtml(evidence.source?.title ?? '')} [${evidence.start}–${evidence.end}]</p>`,
    );
  }
  return parts.join('');
}

function bidi(text: string): string {
  return `<span dir="auto">${escapeHtml(text)}</span>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
