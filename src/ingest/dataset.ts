import type { DateBounds } from '../domain/dates.js';
import type { EntitySpec, EventSpec, ExcerptSpec, RelationSpec, SourceSpec } from './dataset-schema.js';

/** Where a list item was declared: its file and the path of the item (e.g. `events[3]`). */
export interface Location {
  readonly file: string;
  readonly path: string;
}

export interface Located<T> extends Location {
  readonly spec: T;
}

export interface LoadedSource extends Located<SourceSpec> {
  /** The content text excerpt offsets count in (see source-text.ts); null for a cited-only source (no `file`). */
  readonly text: string | null;
  readonly contentHash: string | null;
  /** Length in code points (null when the text is not stored). */
  readonly length: number | null;
  readonly published: DateBounds;
  readonly retrieved: DateBounds | undefined;
}

export interface LoadedEvent extends Located<EventSpec> {
  readonly date: DateBounds;
}

export interface LoadedRelation extends Located<RelationSpec> {
  readonly since: DateBounds | undefined;
  readonly until: DateBounds | undefined;
}

/** A dataset that passed every check (validate.ts), ready for `writeDataset`. */
export interface Dataset {
  /** The dataset id every written node and relationship carries: the folder's basename. */
  readonly id: string;
  readonly folder: string;
  /** The files read, relative to the folder, in load order. */
  readonly files: readonly string[];
  readonly sources: readonly LoadedSource[];
  readonly excerpts: readonly Located<ExcerptSpec>[];
  readonly entities: readonly Located<EntitySpec>[];
  readonly events: readonly LoadedEvent[];
  readonly relations: readonly LoadedRelation[];
}

/** An empty dataset of that id: writing it removes (or hands over) everything the dataset holds. */
export function emptyDataset(id: string): Dataset {
  return { id, folder: `(dataset ${id})`, files: [], sources: [], excerpts: [], entities: [], events: [], relations: [] };
}
