import { ErrorCode, UserInputError } from '../errors.js';

/**
 * Keyset cursors: an opaque base64url wrapper around the sort key of the last row seen, tagged with the
 * ordering it belongs to, so a page starts right after it however many rows came before (no SKIP), and a
 * cursor from another ordering is refused instead of silently misused.
 */
export function encodeCursor(ordering: string, key: string): string {
  return Buffer.from(JSON.stringify([ordering, key]), 'utf8').toString('base64url');
}

export function decodeCursor(ordering: string, cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const invalid = () =>
    new UserInputError('after is not a cursor returned by this field; pass an endCursor from a previous page.', 'after', ErrorCode.INVALID_CURSOR);
  if (cursor.length > 1000) throw invalid();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2 || decoded[0] !== ordering || typeof decoded[1] !== 'string') throw invalid();
  return decoded[1];
}

/** Turns rows fetched with LIMIT first + 1 into a page: the extra row only tells that a next page exists. */
export function toPage<T>(
  ordering: string,
  rows: readonly { key: string; node: T }[],
  first: number,
  totalCount: number | undefined,
): {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount?: number;
} {
  const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor(ordering, row.key), node: row.node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    ...(totalCount === undefined ? {} : { totalCount }),
  };
}
