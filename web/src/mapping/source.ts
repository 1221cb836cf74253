/**
 * The source reader's excerpts: each quoted passage with its offsets, the kinds of statement it is read as, and
 * the facts it is evidence for, as links.
 */
import type { LocalizedText } from '../i18n/localized.js';
import type { Span } from './highlight.js';
import { STATEMENT_KINDS } from '../../../src/domain/vocabulary.js';
import type { SourcePageQuery } from '../__generated__/graphql.js';
import { nodePath } from '../routing.js';

/** A page a fact links to (a path without the language, which the link adds) and what to call it. */
export interface FactLink {
  readonly path: string;
  readonly name: LocalizedText;
}

/**
 * A fact a passage is evidence for: what it is and links to the pages it is about (an event; a relation's two
 * ends; a participation's entity and event).
 */
export interface ExcerptFact {
  readonly key: string;
  readonly links: readonly FactLink[];
  /** The vocabulary group and code that say what the fact is (an event type, a relation type, a role...). */
  readonly what: { readonly group: 'EventType' | 'RelationType' | 'ParticipantRole' | 'EntityKind'; readonly code: string };
  readonly statementKind: string;
  readonly disputes: boolean;
}

export interface ReaderExcerpt extends Span {
  readonly quote: string;
  /** The distinct kinds of statement the passage is read as, in vocabulary order; empty when unknown. */
  readonly statementKinds: readonly string[];
  readonly facts: readonly ExcerptFact[];
}

/** The passage the page was opened on (`?start=&end=`), when it is none of the source's excerpts. */
export function selectedOnly(start: number, end: number, points: readonly string[]): ReaderExcerpt {
  return { key: `selected:${start}-${end}`, start, end, quote: points.slice(start, end).join(''), statementKinds: [], facts: [] };
}

/** The `start`/`end` parameters as offsets, or null when absent or not a range. */
export function rangeFromUrl(params: URLSearchParams): { start: number; end: number } | null {
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  if (params.get('start') === null || params.get('end') === null) return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) return null;
  return { start, end };
}

type SourceExcerpt = NonNullable<SourcePageQuery['source']>['excerpts'][number];
type ExcerptUse = SourceExcerpt['supports'][number];

/**
 * The source's excerpts as the reader shows them: each with its statement kinds and the facts it supports. An
 * excerpt without offsets (its source is cited, not stored) has no place in a text and is left out.
 */
export function readerExcerpts(excerpts: readonly SourceExcerpt[]): ReaderExcerpt[] {
  return excerpts.flatMap(({ start, end, ...excerpt }) => {
    if (start === null || end === null) return [];
    const facts = excerpt.supports.flatMap((use, index) => factOf(use, `${excerpt.id}#${index}`));
    const used = new Set(excerpt.supports.map((use) => use.statementKind as string));
    return {
      key: excerpt.id,
      start,
      end,
      quote: excerpt.quote,
      statementKinds: STATEMENT_KINDS.filter((kind) => used.has(kind)),
      facts,
    };
  });
}

function factOf(use: ExcerptUse, key: string): ExcerptFact[] {
  const common = { key, statementKind: use.statementKind, disputes: use.stance === 'DISPUTES' };
  if (use.event) {
    return [
      { ...common, what: { group: 'EventType', code: use.event.type }, links: [{ path: nodePath(use.event.id, true), name: use.event.titles }] },
    ];
  }
  if (use.relation) {
    const { from, to } = use.relation;
    const links = [
      { path: nodePath(from.id, false), name: from.names },
      { path: nodePath(to.id, false), name: to.names },
    ];
    return [{ ...common, what: { group: 'RelationType', code: use.relation.type }, links }];
  }
  if (use.participation) {
    const { entity, event } = use.participation;
    const links = [
      { path: nodePath(entity.id, false), name: entity.names },
      { path: nodePath(event.id, true), name: event.titles },
    ];
    return [{ ...common, what: { group: 'ParticipantRole', code: use.participation.role }, links }];
  }
  return [];
}
