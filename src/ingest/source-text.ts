import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/**
 * The text a source's excerpt offsets count in: the file as UTF-8 with CRLF folded to LF, trailing blank lines
 * dropped, then the declared number of trailing chrome lines (page furniture such as "post a comment") and the
 * blank lines before them. Leading text is kept as is, so offsets stay stable when chrome changes.
 */
export function contentText(raw: string, trailingChromeLines: number): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const dropTrailingBlank = () => {
    while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  };
  dropTrailingBlank();
  for (let i = 0; i < trailingChromeLines && lines.length > 0; i++) {
    lines.pop();
    dropTrailingBlank();
  }
  return lines.join('\n');
}

export async function readSourceText(path: string, trailingChromeLines: number): Promise<string> {
  return contentText(await readFile(path, 'utf8'), trailingChromeLines);
}

/** "sha256:<hex>" of the content text's UTF-8 bytes. */
export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/**
 * A source text indexed by Unicode code point, the unit excerpt offsets use (as in the W3C Web Annotation
 * TextPositionSelector), so offsets mean the same in JavaScript, Python and Java.
 */
export class CodePointText {
  private readonly codePoints: readonly string[];

  constructor(readonly text: string) {
    this.codePoints = Array.from(text);
  }

  get length(): number {
    return this.codePoints.length;
  }

  slice(start: number, end: number): string {
    return this.codePoints.slice(start, end).join('');
  }

  /** Every [start, end) at which the quote occurs, in code points. */
  locate(quote: string): Array<{ start: number; end: number }> {
    const quoteLength = Array.from(quote).length;
    const found: Array<{ start: number; end: number }> = [];
    let from = 0;
    for (;;) {
      const at = this.text.indexOf(quote, from);
      if (at < 0) return found;
      const start = Array.from(this.text.slice(0, at)).length;
      found.push({ start, end: start + quoteLength });
      from = at + 1;
    }
  }
}
