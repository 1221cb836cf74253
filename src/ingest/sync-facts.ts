import { entityOfParticipation, EVIDENCE, FACT_TYPES, PARTICIPATED_IN, RECOUNT_TIMELINES, RELATION } from '../db/ingest/index.js';
import { RELATION_TYPES } from '../domain/vocabulary.js';
import { recomputeDerived } from './derived.js';
import { evidenceRows, factTypeOf, participationRows, relationRows, type Row } from './rows.js';
import type { DatasetSync, Owned, Stored } from './sync.js';

/**
 * Syncing facts (participations, relations) and their evidence, and keeping the derived properties of facts
 * (status, statement kinds, sources) right: a fact created by this load has only this dataset's evidence, so its
 * derived properties are written with it; every other fact whose evidence changes is recomputed at the end.
 */
export class FactSync {
  /** Facts this load created: their derived properties were written with them. */
  private readonly createdFacts = new Set<string>();
  /** Facts whose evidence this load adds, changes or removes (evidence ids start with their fact's id). */
  private readonly touchedFacts = new Set<string>();
  /** Facts recomputed whatever their evidence: relations that moved to another type or other ends. */
  private readonly recomputeAlso = new Set<string>();
  /** Entities whose participations this load writes or removes: their timeline counts are counted again. */
  private readonly recount = new Set<string>();

  constructor(private readonly sync: DatasetSync) {}

  /** Notes the rows of a batch of new facts that this dataset created (not those another dataset owns). */
  readonly noteCreated = (batch: readonly Row[], others: readonly string[]): void => {
    const shared = new Set(others);
    for (const row of batch) if (!shared.has(row.id)) this.createdFacts.add(row.id);
  };

  /** Events whose declaration this load changed: their shown date is chosen again (sync-dates.ts). */
  private readonly updatedEvents = new Set<string>();

  readonly noteUpdated = (batch: readonly Row[]): void => {
    for (const row of batch) this.updatedEvents.add(row.id);
  };

  /**
   * The events to date again from every source's claim: those whose evidence this load changed and those whose
   * declaration it changed; not those it created (their only claims are this dataset's, written with them).
   */
  eventsToRedate(): string[] {
    const ids = new Set(this.updatedEvents);
    for (const id of this.touchedFacts) if (factTypeOf(id) === 'EVENT' && !this.createdFacts.has(id)) ids.add(id);
    return [...ids];
  }

  /** Whether this load created the fact (it has no evidence but this dataset's). */
  created(id: string): boolean {
    return this.createdFacts.has(id);
  }

  private touch(evidenceIds: Iterable<string>): void {
    for (const id of evidenceIds) this.touchedFacts.add(id.slice(0, id.lastIndexOf('#')));
  }

  async participations(provenance: Parameters<typeof participationRows>[1]): Promise<void> {
    const { sync } = this;
    await sync.kind({
      kind: 'PARTICIPATED_IN',
      target: { fact: 'PARTICIPATION' },
      rows: participationRows(sync.dataset, provenance),
      existing: PARTICIPATED_IN.existing,
      send: async (batch, isNew) => {
        for (const row of batch) this.recount.add(row.from);
        // A participation id names its event, its role and its entity: one with the same id is the same fact.
        if (!isNew) return sync.writeOwned('PARTICIPATED_IN', PARTICIPATED_IN.update, PARTICIPATED_IN.others, batch, false);
        const write = sync.settings.bulk ? PARTICIPATED_IN.bulk : PARTICIPATED_IN.create;
        const others = await sync.writeOwned('PARTICIPATED_IN', write, PARTICIPATED_IN.others, batch, true);
        this.noteCreated(batch, others);
        return others;
      },
      remove: async (stale) => {
        for (const old of stale) this.recount.add(entityOfParticipation(old.id));
        const handedOver = await sync.count(PARTICIPATED_IN.handOver, stale, 'handedOver');
        await sync.run(PARTICIPATED_IN.remove, stale);
        return handedOver;
      },
    });
  }

  async relations(provenance: Parameters<typeof relationRows>[1]): Promise<void> {
    const { sync } = this;
    await sync.kind<RelationRow>({
      kind: 'Relation',
      target: { fact: 'RELATION' },
      rows: relationRows(sync.dataset, provenance),
      existing: RELATION.existing,
      send: async (batch, isNew, stored) => {
        const { rows, shared, moved } = isNew ? await this.newRelations(batch) : await this.movedRelations(batch, stored);
        await this.writeRelations(rows, (row) => isNew || moved.has(row.id));
        return shared;
      },
      remove: async (stale) => {
        let handedOver = 0;
        for (const type of RELATION_TYPES) {
          const ofType = stale.filter((old) => old.type === type);
          if (ofType.length === 0) continue;
          handedOver += await sync.count(RELATION.handOver[type], ofType, 'handedOver');
          await sync.run(RELATION.remove[type], ofType);
        }
        return handedOver;
      },
    });
  }

  /** New relations: the same id held by another dataset is the same fact only with the same type and ends. */
  private async newRelations(batch: readonly RelationRow[]): Promise<RelationBatch> {
    const owned = (await this.sync.run(RELATION.others, batch)) as unknown as Owned[];
    const byId = new Map(owned.map((row) => [row.id, row]));
    const inBatch = new Map(batch.map((row) => [row.id, row]));
    const conflicts = owned.filter((other) => {
      const row = inBatch.get(other.id);
      return row !== undefined && (row.type !== other.type || row.from !== other.from || row.to !== other.to);
    });
    if (conflicts.length > 0) throw this.sync.conflictError('Relation', conflicts);
    const rows = batch.filter((row) => !byId.has(row.id));
    this.noteCreated(rows, []);
    return { rows, shared: batch.filter((row) => byId.has(row.id)).map((row) => row.id), moved: new Set() };
  }

  /**
   * Changed relations. One whose type or ends changed is another relationship: the old one goes, a new one is
   * created, and its derived properties are recomputed from every dataset's evidence.
   */
  private async movedRelations(batch: readonly RelationRow[], stored: ReadonlyMap<string, Stored>): Promise<RelationBatch> {
    const gone = batch.flatMap((row) => {
      const old = stored.get(row.id);
      return old && (old.type !== row.type || old.from !== row.from || old.to !== row.to) ? [old] : [];
    });
    for (const type of RELATION_TYPES) {
      const ofType = gone.filter((old) => old.type === type);
      if (ofType.length > 0) await this.sync.run(RELATION.remove[type], ofType);
    }
    const moved = new Set<string>();
    for (const old of gone) {
      moved.add(old.id);
      this.recomputeAlso.add(old.id);
    }
    return { rows: batch, shared: [], moved };
  }

  /** Writes relations one statement per type: created (`create(row)`) or updated in place. */
  private async writeRelations(rows: readonly RelationRow[], create: (row: RelationRow) => boolean): Promise<void> {
    const { sync } = this;
    for (const type of RELATION_TYPES) {
      for (const creating of [true, false]) {
        const ofType = rows.filter((row) => row.type === type && create(row) === creating);
        if (ofType.length === 0) continue;
        const statement = !creating ? RELATION.update[type] : sync.settings.bulk ? RELATION.bulk[type] : RELATION.create[type];
        const written = await sync.count(statement, ofType, 'written');
        if (written !== ofType.length) throw new Error(`Relation: wrote ${written} of ${ofType.length} ${type} relations: an entity is missing`);
      }
    }
  }

  async evidence(): Promise<void> {
    const { sync } = this;
    await sync.kind({
      kind: 'Evidence',
      target: { node: 'Evidence' },
      rows: evidenceRows(sync.dataset),
      existing: EVIDENCE.existing,
      send: async (batch, isNew) => {
        this.touch(batch.map((row) => row.id));
        const write = !isNew ? EVIDENCE.update : sync.settings.bulk ? EVIDENCE.bulk : EVIDENCE.create;
        return sync.writeOwned('Evidence', write, EVIDENCE.others, batch, false);
      },
      remove: async (stale) => {
        this.touch(stale.map((row) => row.id));
        await sync.run(EVIDENCE.remove, stale);
        return 0;
      },
    });
  }

  /** Counts again the events of the entities whose participations changed (src/db/ingest/timeline.ts). */
  async recountTimelines(): Promise<number> {
    const { sync } = this;
    const ids = [...this.recount].map((id) => ({ id }));
    for (let i = 0; i < ids.length; i += sync.settings.batchSize) {
      const batch = ids.slice(i, i + sync.settings.batchSize);
      await sync.run(RECOUNT_TIMELINES, batch);
      await sync.afterBatch('Entity (timeline counts)', batch.length);
    }
    return ids.length;
  }

  /** Recomputes the derived properties of the facts whose evidence changed; returns how many are still there. */
  async recomputeDerived(): Promise<number> {
    const { sync } = this;
    // A change to a source or an excerpt can change which sources and publishers every fact cites.
    const provenanceChanged = ['Source', 'Excerpt'].some((kind) => {
      const summary = sync.perKind[kind];
      return summary !== undefined && summary.updated + summary.deleted + summary.handedOver > 0;
    });
    if (provenanceChanged) {
      for (const row of evidenceRows(sync.dataset)) this.touch([row.id]);
    }
    let recomputed = 0;
    const facts = [...this.touchedFacts]
      .filter((id) => !this.createdFacts.has(id))
      .concat([...this.recomputeAlso].filter((id) => !this.touchedFacts.has(id)));
    for (const factType of FACT_TYPES) {
      const ofType = facts.filter((id) => factTypeOf(id) === factType).map((id) => ({ id }));
      for (let i = 0; i < ofType.length; i += sync.settings.batchSize) {
        const batch = ofType.slice(i, i + sync.settings.batchSize);
        await sync.touched(batch.map((row) => row.id));
        // Facts deleted by this load are looked up and not found: only the ones still there count.
        recomputed += await recomputeDerived(
          (cypher, rows) => sync.run(cypher, rows),
          factType,
          batch.map((row) => row.id),
        );
        await sync.afterBatch(`${factType} (derived)`, Math.min(sync.settings.batchSize, ofType.length - i));
      }
    }
    return recomputed;
  }
}

type RelationRow = ReturnType<typeof relationRows> extends Iterable<infer R> ? R : never;

/** A batch of relations to write, the ids of those another dataset owns, and those that moved. */
interface RelationBatch {
  readonly rows: readonly RelationRow[];
  readonly shared: string[];
  readonly moved: ReadonlySet<string>;
}
