/**
 * The views' downloads: CSV of timelines and event lists, GraphML and GEXF of graphs (the serialisers live in
 * ./csv.ts, ./graphml.ts and ./gexf.ts, free of the DOM so unit tests run them in Node), PNG from the graph
 * view's `exportPng()`, and `download`, which hands any of them to the browser as a file.
 */
export { CSV_MIME, eventsToCsv, timelineToCsv } from './csv.js';
export { GEXF_MIME, graphToGexf } from './gexf.js';
export { GRAPHML_MIME, graphToGraphml } from './graphml.js';

export const PNG_MIME = 'image/png';

/** Saves content as a file through a temporary object URL and link click (no server round trip). */
export function download(filename: string, mime: string, content: string | Blob): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: mime }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the URL only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from an id or title: letters and digits of any script kept, anything else a dash. */
export function fileName(base: string, extension: string): string {
  const stem =
    base
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'download';
  return `${stem.slice(0, 80)}.${extension}`;
}
