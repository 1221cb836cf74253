/**
 * The source reader's highlighting, pure: a text cut at the excerpts' code-point offsets into plain runs and
 * nested marks. Offsets count Unicode code points (as the API's do), not UTF-16 units: an emoji or a rare CJK
 * character is one position. Excerpts nest when one contains another; when two only overlap, the later one is
 * cut at the earlier one's end and continues as a second piece (so every piece is a well-formed element).
 */

export interface Span {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

export type Piece<S extends Span> =
  | { readonly type: 'text'; readonly text: string; readonly start: number; readonly end: number }
  | {
      readonly type: 'mark';
      readonly span: S;
      /** False for the continuation of an excerpt cut by an overlap. */
      readonly first: boolean;
      readonly start: number;
      readonly end: number;
      readonly children: readonly Piece<S>[];
    };

interface Clip<S extends Span> {
  readonly span: S;
  readonly start: number;
  readonly end: number;
  readonly first: boolean;
}

const byPosition = <S extends Span>(a: Clip<S>, b: Clip<S>) => a.start - b.start || b.end - a.end;

/** The text's code points (an array, so offsets index code points). */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** The pieces of a text (as code points) with the spans inside its bounds; spans outside or empty are dropped. */
export function highlight<S extends Span>(points: readonly string[], spans: readonly S[]): Piece<S>[] {
  const clips = spans
    .map((span) => ({ span, start: Math.max(0, span.start), end: Math.min(points.length, span.end), first: true }))
    .filter((clip) => clip.start < clip.end)
    .sort(byPosition);
  return build(points, clips, 0, points.length);
}

function build<S extends Span>(points: readonly string[], clips: Clip<S>[], from: number, to: number): Piece<S>[] {
  const pieces: Piece<S>[] = [];
  let cursor = from;
  let pending = clips;
  while (pending.length > 0) {
    const [top, ...others] = pending as [Clip<S>, ...Clip<S>[]];
    const inner: Clip<S>[] = [];
    const rest: Clip<S>[] = [];
    for (const clip of others) {
      if (clip.start >= top.end) {
        rest.push(clip);
        continue;
      }
      inner.push({ ...clip, end: Math.min(clip.end, top.end) });
      if (clip.end > top.end) rest.push({ span: clip.span, start: top.end, end: clip.end, first: false });
    }
    if (top.start > cursor) pieces.push(text(points, cursor, top.start));
    pieces.push({
      type: 'mark',
      span: top.span,
      first: top.first,
      start: top.start,
      end: top.end,
      children: build(points, inner, top.start, top.end),
    });
    cursor = top.end;
    pending = rest.sort(byPosition);
  }
  if (cursor < to) pieces.push(text(points, cursor, to));
  return pieces;
}

function text<S extends Span>(points: readonly string[], start: number, end: number): Piece<S> {
  return { type: 'text', text: points.slice(start, end).join(''), start, end };
}
