import { EVENT_DATE_CLAIMS } from '../db/ingest/index.js';
import type { Executor } from '../db/executor.js';
import { resolveDate, type DateClaimValue, type DateResolution } from '../domain/date-claims.js';
import type { Dataset } from './dataset.js';
import { describeGraphEntity, matchEntities, readGraphView, rewriteDataset, type EntityResolution } from './match.js';
import { DatasetError } from './problems.js';
import { readUnfinishedLoad, type UnfinishedLoad } from './recover.js';
import { orderedClaims } from './sync-dates.js';

/**
 * A dry run (`npm run seed -- <folder> --dry-run`): what loading a validated dataset would do to the graph as it is
 * now, read with the load's own matching (match.ts) and date rule (src/domain/date-claims.ts), and nothing written:
 * no journal, no recovery of an unfinished load. A dataset the load would refuse throws the same DatasetError.
 */

interface DateClaim extends DateClaimValue {
  readonly dataset: string;
  readonly sourceId: string;
}

export interface ShownDate {
  readonly phrase: string | null;
  readonly edtf: string | null;
}

/** An event of the dataset: whether the graph holds it, and what its shown date would become. */
export interface EventPlan {
  readonly id: string;
  /** `new`: created; `shared`: another dataset declares it (this one adds its evidence); `own`: a re-load. */
  readonly outcome: 'new' | 'shared' | 'own';
  /** The shown date now (undefined for a new event) and after the load. */
  readonly before: ShownDate | undefined;
  readonly after: ShownDate;
  readonly resolution: DateResolution;
  /** For a CONFLICT: each value in conflict, with its source. */
  readonly conflicting: readonly (ShownDate & { readonly sourceId: string })[];
}

export interface LoadPlan {
  readonly dataset: string;
  readonly folder: string;
  /** A load that did not finish: a real load would undo it first (a dry run reads the graph as it is). */
  readonly unfinished: UnfinishedLoad | undefined;
  readonly entities: readonly EntityResolution[];
  readonly events: readonly EventPlan[];
  readonly relations: number;
  readonly sources: number;
  readonly excerpts: number;
}

const EVENTS_PER_QUERY = 5_000;

/** Reads the graph and says what loading `declared` would do; throws the DatasetError the load would throw. */
export async function planDataset(executor: Executor, declared: Dataset): Promise<LoadPlan> {
  const unfinished = await readUnfinishedLoad(executor);
  const { resolutions, problems } = matchEntities(declared, await readGraphView(executor, declared));
  if (problems.length > 0) throw new DatasetError(declared.folder, problems);
  const dataset = rewriteDataset(declared, resolutions);
  const stored = new Map<string, { owner: string; phrase: string | null; edtf: string | null; claims: DateClaim[] }>();
  const ids = dataset.events.map((event) => ({ id: event.spec.id }));
  for (let i = 0; i < ids.length; i += EVENTS_PER_QUERY) {
    const { records } = await executor.read(EVENT_DATE_CLAIMS, { rows: ids.slice(i, i + EVENTS_PER_QUERY) });
    for (const record of records) stored.set(record.get('id') as string, record.toObject() as never);
  }
  const claims = datasetDateClaims(dataset);
  const events = dataset.events.map(({ spec }): EventPlan => {
    const held = stored.get(spec.id);
    const owner = held?.owner ?? dataset.id;
    const all = [...(held?.claims ?? []).filter((claim) => claim.dataset !== dataset.id), ...(claims.get(spec.id) ?? [])];
    const resolved = resolveDate(orderedClaims(all, owner));
    return {
      id: spec.id,
      outcome: held === undefined ? 'new' : owner === dataset.id ? 'own' : 'shared',
      before: held === undefined ? undefined : { phrase: held.phrase, edtf: held.edtf },
      after: { phrase: resolved.phrase, edtf: resolved.bounds.edtf },
      resolution: resolved.resolution,
      conflicting: resolved.conflicting.map((claim) => ({ phrase: claim.phrase, edtf: claim.edtf, sourceId: claim.sourceId })),
    };
  });
  const { id, folder, relations, sources, excerpts } = dataset;
  return {
    dataset: id,
    folder,
    unfinished,
    entities: resolutions,
    events,
    relations: relations.length,
    sources: sources.length,
    excerpts: excerpts.length,
  };
}

/** This dataset's date claims by event, as the load writes them on its evidence (rows.ts `evidenceRows`). */
function datasetDateClaims(dataset: Dataset): Map<string, DateClaim[]> {
  const excerpts = new Map(dataset.excerpts.map(({ spec }) => [spec.id, spec]));
  const byEvent = new Map<string, DateClaim[]>();
  for (const { spec, date } of dataset.events) {
    const { phrase, value } = spec.date;
    if (phrase === undefined && value === undefined) continue;
    const claims: DateClaim[] = [];
    for (const item of spec.evidence) {
      const excerpt = excerpts.get(item.excerpt);
      if (item.stance !== 'SUPPORTS' || excerpt === undefined || (phrase !== undefined && !excerpt.quote.includes(phrase))) continue;
      if (claims.some((claim) => claim.sourceId === excerpt.source)) continue;
      claims.push({ dataset: dataset.id, sourceId: excerpt.source, phrase: phrase ?? null, ...date });
    }
    byEvent.set(spec.id, claims);
  }
  return byEvent;
}

const MAX_LINES_PER_LIST = 50;

const dateText = (date: ShownDate | undefined) =>
  date === undefined ? 'none' : date.phrase === null ? (date.edtf ?? 'unknown') : `"${date.phrase}" (${date.edtf ?? 'unknown'})`;

/** The plan as the lines `npm run seed -- --dry-run` prints. */
export function describePlan(plan: LoadPlan): string[] {
  const lines: string[] = [];
  const list = (items: readonly string[]) => {
    lines.push(...items.slice(0, MAX_LINES_PER_LIST).map((item) => `    ${item}`));
    if (items.length > MAX_LINES_PER_LIST) lines.push(`    … and ${items.length - MAX_LINES_PER_LIST} more`);
  };
  if (plan.unfinished) {
    lines.push(
      `  An unfinished load of "${plan.unfinished.dataset}" is in the graph: a load would undo it first (or be refused while it may still run); ` +
        'this plan reads the graph as it is.',
    );
  }
  const count = (outcome: EntityResolution['outcome']) => plan.entities.filter((e) => e.outcome === outcome).length;
  lines.push(
    `  Entities: ${count('new')} to create, ${count('merged')} to merge into entities of the graph, ${count('own')} already this dataset's.`,
  );
  list(
    plan.entities.flatMap((e) => {
      const { id } = e.entity.spec;
      const aside = e.setAside.map((s) => `${s.entity.id} (${s.why === 'distinct' ? 'distinct' : 'another Wikidata id'})`);
      const despite = aside.length === 0 ? '' : `, not ${aside.join(', ')} although a name matches`;
      if (e.outcome === 'new') return [`create ${id}${despite}`];
      if (e.outcome === 'own') return [`update ${id} (this dataset's)${despite}`];
      const by = e.by === 'wikidata' ? `wikidata ${e.entity.spec.wikidata}` : (e.by ?? 'id');
      return [`merge ${id} into ${e.into ? describeGraphEntity(e.into) : e.id} by ${by}`];
    }),
  );
  const events = (outcome: EventPlan['outcome']) => plan.events.filter((e) => e.outcome === outcome).length;
  lines.push(
    `  Events: ${events('new')} to create, ${events('shared')} declared by another dataset (this one adds its evidence), ${events('own')} already this dataset's.`,
  );
  list(
    plan.events.flatMap((event) => {
      const head = `${event.outcome === 'new' ? 'create' : event.outcome === 'shared' ? 'join' : 'update'} ${event.id}`;
      if (event.resolution === 'CONFLICT') {
        const values = event.conflicting.map((c) => `${c.sourceId} says ${dateText(c)}`).join(', ');
        return [`${head}: date contested: ${values}; the shown date would become ${dateText(event.after)}, was ${dateText(event.before)}`];
      }
      const changed = event.before !== undefined && dateText(event.before) !== dateText(event.after);
      if (!changed) return [head];
      const how = event.resolution === 'REFINED' ? 'date refined' : 'shown date';
      return [`${head}: ${how}: ${dateText(event.before)} → ${dateText(event.after)}`];
    }),
  );
  lines.push(`  Also: ${plan.sources} sources, ${plan.excerpts} excerpts, ${plan.relations} relations.`);
  return lines;
}
