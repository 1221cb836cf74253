import { describe, expect, it } from 'vitest';
import { codePoints, highlight, type Piece, type Span } from '../../web/src/mapping/highlight.js';

/** The pieces as a readable string: [key:text] for marks, text as is. */
function show(pieces: readonly Piece<Span>[]): string {
  return pieces
    .map((piece) => (piece.type === 'text' ? piece.text : `[${piece.span.key}${piece.first ? '' : "'"}:${show(piece.children)}]`))
    .join('');
}

describe('the source reader highlighting', () => {
  it('cuts the text at code-point offsets, not UTF-16 units', () => {
    // "😀" is one code point but two UTF-16 units: offsets after it would be off by one in String.slice.
    const points = codePoints('a😀bcd');
    expect(show(highlight(points, [{ key: 'x', start: 2, end: 4 }]))).toBe('a😀[x:bc]d');
  });

  it('highlights an Arabic quote at its offsets', () => {
    const text = 'قال حموشي إن التعاون مستمر';
    const start = Array.from(text).indexOf('ح');
    expect(show(highlight(codePoints(text), [{ key: 'q', start, end: start + 5 }]))).toBe('قال [q:حموشي] إن التعاون مستمر');
  });

  it('nests an excerpt inside one that contains it', () => {
    const pieces = highlight(codePoints('0123456789'), [
      { key: 'inner', start: 3, end: 5 },
      { key: 'outer', start: 1, end: 8 },
    ]);
    expect(show(pieces)).toBe('0[outer:12[inner:34]567]89');
  });

  it('splits an excerpt that only overlaps another into two pieces', () => {
    const pieces = highlight(codePoints('0123456789'), [
      { key: 'a', start: 1, end: 5 },
      { key: 'b', start: 3, end: 8 },
    ]);
    expect(show(pieces)).toBe("0[a:12[b:34]][b':567]89");
  });

  it('drops empty and out-of-range spans and clips the rest to the text', () => {
    const pieces = highlight(codePoints('abc'), [
      { key: 'empty', start: 1, end: 1 },
      { key: 'outside', start: 5, end: 9 },
      { key: 'long', start: 2, end: 10 },
    ]);
    expect(show(pieces)).toBe('ab[long:c]');
  });
});
