import {
  CSV_MIME,
  download,
  eventsToCsv,
  fileName,
  GEXF_MIME,
  graphToGexf,
  graphToGraphml,
  GRAPHML_MIME,
  PNG_MIME,
  timelineToCsv,
} from './downloads.js';
import { viewMessage, type ViewMessageKey } from './messages.js';
import type { EventSummary, GraphElements, TimelineItem, UiLanguage } from './types.js';
import './views.css';

interface DownloadBarProps {
  readonly language: UiLanguage;
  /** The files' name without extension, e.g. "org-dgsn-timeline". */
  readonly name: string;
  /** Offers CSV of these timeline items (what the timeline shows). */
  readonly timeline?: readonly TimelineItem[];
  /** Offers CSV of these events (when there is no timeline). */
  readonly events?: readonly EventSummary[];
  /** Offers GraphML and GEXF of this graph. */
  readonly graph?: GraphElements;
  /** Offers PNG: e.g. `() => graphRef.current?.exportPng() ?? null`. */
  readonly png?: () => Blob | null;
}

/** Buttons that download what a view shows, in the formats that apply. */
export function DownloadBar({ language, name, timeline, events, graph, png }: DownloadBarProps) {
  const formats: { format: string; message: ViewMessageKey; save: () => void }[] = [];
  if (timeline)
    formats.push({ format: 'csv', message: 'downloadCsv', save: () => download(fileName(name, 'csv'), CSV_MIME, timelineToCsv(timeline, language)) });
  else if (events)
    formats.push({ format: 'csv', message: 'downloadCsv', save: () => download(fileName(name, 'csv'), CSV_MIME, eventsToCsv(events, language)) });
  if (graph) {
    formats.push({
      format: 'graphml',
      message: 'downloadGraphml',
      save: () => download(fileName(name, 'graphml'), GRAPHML_MIME, graphToGraphml(graph, language)),
    });
    formats.push({ format: 'gexf', message: 'downloadGexf', save: () => download(fileName(name, 'gexf'), GEXF_MIME, graphToGexf(graph, language)) });
  }
  if (png) {
    formats.push({
      format: 'png',
      message: 'downloadPng',
      save: () => {
        const image = png();
        if (image) download(fileName(name, 'png'), PNG_MIME, image);
      },
    });
  }
  if (formats.length === 0) return null;
  return (
    <div className="dl" role="group" aria-label={viewMessage('downloads', language)} data-testid="downloads">
      {formats.map(({ format, message, save }) => (
        <button key={format} type="button" className="views-button" data-format={format} onClick={save}>
          {viewMessage(message, language)}
        </button>
      ))}
    </div>
  );
}
