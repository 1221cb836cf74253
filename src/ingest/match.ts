import type { Executor } from '../db/executor.js';
import { entitiesByIdOrWikidata, entitiesByNameKey, graphHasEntities, type EntityHit, type GraphEntity } from '../db/ingest/match.js';
import { nameKey } from '../search/normalize.js';
import type { EntitySpec, EvidenceSpec } from './dataset-schema.js';
import type { Dataset, Located } from './dataset.js';
import { DatasetError, type DatasetProblem } from './problems.js';

/**
 * Entity resolution across datasets: before a dataset is written, each of its entities is matched to the entities
 * the graph already holds from other datasets. The rule (seed/README.md, "Matching entities"):
 *
 * 1. `sameAs: <id>` says which entity of the graph it is; the same id as an entity another dataset declares joins
 *    it as before; otherwise the same Wikidata id as an entity another dataset declares makes it that entity.
 *    Either way its references are written to that entity's id, and its names, aliases and mentions attach to it.
 * 2. Otherwise an entity new to the graph whose name or alias has the same name key (`nameKey`: search's folding,
 *    name by name) as a name of an entity of the graph is refused, with the candidates listed, unless `distinct`
 *    lists them or the two have different Wikidata ids: no silent duplicates.
 * 3. Conflicting evidence is refused too: two Wikidata ids for one entity, a Wikidata id that names one entity
 *    while sameAs names another, a merge across kinds, two entities of the dataset that would be one.
 *
 * `matchEntities` is the rule, pure (unit-tested); `resolveEntities` reads the graph for it (src/db/ingest/match.ts)
 * and returns the dataset with its references rewritten.
 */

/** How an entity of the dataset was found to be one of the graph. */
export type MatchedBy = 'id' | 'wikidata' | 'sameAs';

export interface EntityResolution {
  readonly entity: Located<EntitySpec>;
  /**
   * `new`: the graph does not hold it (it is created); `merged`: it is an entity another dataset declares (`into`,
   * found `by`); `own`: only this dataset declares it already (loaded before).
   */
  readonly outcome: 'new' | 'merged' | 'own';
  /** The id written: the dataset's own, or the entity's it is merged into. */
  readonly id: string;
  readonly by?: MatchedBy;
  readonly into?: GraphEntity;
  /** Entities of the graph with one of its names that it is not: listed in `distinct`, or another Wikidata id. */
  readonly setAside: readonly { readonly entity: GraphEntity; readonly why: 'distinct' | 'wikidata' }[];
}

/** What the graph holds that matters to a dataset's entities (the hits of src/db/ingest/match.ts, indexed). */
export interface GraphView {
  readonly byId: ReadonlyMap<string, GraphEntity>;
  readonly byWikidata: ReadonlyMap<string, readonly GraphEntity[]>;
  readonly byNameKey: ReadonlyMap<string, readonly GraphEntity[]>;
}

export function graphView(hits: readonly EntityHit[]): GraphView {
  const byId = new Map<string, GraphEntity>();
  const byWikidata = new Map<string, GraphEntity[]>();
  const byNameKey = new Map<string, GraphEntity[]>();
  const add = (map: Map<string, GraphEntity[]>, key: string, entity: GraphEntity) => {
    const list = map.get(key) ?? [];
    if (!list.some((known) => known.id === entity.id)) list.push(entity);
    map.set(key, list);
  };
  for (const { by, key, entity } of hits) {
    if (by === 'id') byId.set(key, entity);
    else add(by === 'wikidata' ? byWikidata : byNameKey, key, entity);
  }
  return { byId, byWikidata, byNameKey };
}

/** The name keys of an entity's names and aliases, each with the first text that gives it. */
export function entityNameKeys(spec: EntitySpec): Map<string, string> {
  const keys = new Map<string, string>();
  const texts = [spec.names.en, spec.names.fr, spec.names.ar, ...spec.aliases.map((alias) => alias.text)];
  for (const text of texts) {
    if (text === undefined) continue;
    const key = nameKey(text);
    if (key !== '' && !keys.has(key)) keys.set(key, text);
  }
  return keys;
}

const quoted = (texts: readonly string[]) => [...new Set(texts)].map((text) => `"${text}"`).join(', ');

/** `person:x ("Name", "اسم"; Wikidata Q1; declared by article)`: an entity of the graph in a message. */
export function describeGraphEntity(entity: GraphEntity): string {
  const wikidata = entity.wikidata === null ? 'no Wikidata id' : `Wikidata ${entity.wikidata}`;
  const datasets = entity.datasets.length === 0 ? '' : `; declared by ${entity.datasets.join(', ')}`;
  return `${entity.id} (${quoted(entity.names)}; ${wikidata}${datasets})`;
}

const displayName = (spec: EntitySpec) => spec.names.en ?? spec.names.fr ?? spec.names.ar ?? spec.id;

/** The rule above, for every entity of the dataset; problems instead of a throw, so a dry run can show them too. */
export function matchEntities(dataset: Dataset, graph: GraphView): { resolutions: EntityResolution[]; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  const resolutions = dataset.entities.map((entity) => matchEntity(entity, graph, (field, message) => problems.push(at(entity, field, message))));
  // Two entities of the dataset that come out as one entity would be one id declared twice.
  const firstWith = new Map<string, EntityResolution>();
  for (const resolution of resolutions) {
    const first = firstWith.get(resolution.id);
    if (first === undefined) {
      firstWith.set(resolution.id, resolution);
      continue;
    }
    const how = resolution.id === resolution.entity.spec.id ? 'is' : `would be merged into`;
    problems.push(
      at(
        resolution.entity,
        'id',
        `${resolution.entity.spec.id} ${how} "${resolution.id}", and so is ${first.entity.spec.id} (${first.entity.file}: ${first.entity.path}): ` +
          'declare that entity once',
      ),
    );
  }
  return { resolutions, problems };
}

function at(entity: Located<EntitySpec>, field: string, message: string): DatasetProblem {
  return { file: entity.file, path: field === '' ? entity.path : `${entity.path}.${field}`, message };
}

function matchEntity(entity: Located<EntitySpec>, graph: GraphView, report: (field: string, message: string) => void): EntityResolution {
  const { id, wikidata, sameAs, distinct = [], kind } = entity.spec;
  const self = graph.byId.get(id);
  const byWikidata = wikidata === undefined ? [] : (graph.byWikidata.get(wikidata) ?? []).filter((other) => other.declaredByOthers);
  const base = { entity, setAside: [] };
  const merged = (into: GraphEntity, by: MatchedBy): EntityResolution => {
    if (into.kind !== kind) report('kind', `${id} is a ${kind}, but ${describeGraphEntity(into)} is a ${into.kind}: an entity has one kind`);
    if (wikidata !== undefined && into.wikidata !== null && into.wikidata !== wikidata) {
      report(
        'wikidata',
        `${id} has Wikidata ${wikidata}, but ${describeGraphEntity(into)} has ${into.wikidata}: one entity has one Wikidata id ` +
          `(correct the one that is wrong${by === 'sameAs' ? ', or drop sameAs' : ''})`,
      );
    }
    const elsewhere = byWikidata.filter((other) => other.id !== into.id);
    if (elsewhere.length > 0) {
      report(
        'wikidata',
        `${id} is ${into.id} (${by === 'sameAs' ? 'sameAs' : 'the same id'}), but its Wikidata id ${wikidata} is that of ` +
          `${elsewhere.map(describeGraphEntity).join(', ')}: the evidence conflicts (correct the Wikidata id${by === 'sameAs' ? ' or sameAs' : ''})`,
      );
    }
    if (distinct.includes(into.id)) report('distinct', `lists ${into.id}, which this entity is (${by}): drop it from distinct`);
    return { ...base, outcome: 'merged', id: into.id, by, into };
  };

  if (sameAs !== undefined) {
    const target = graph.byId.get(sameAs);
    if (target === undefined) {
      report('sameAs', `the graph holds no entity "${sameAs}": load the dataset that declares it first, or correct the id`);
      return { ...base, outcome: 'new', id };
    }
    if (self?.declaredByOthers) {
      report(
        'sameAs',
        `the graph holds both ${describeGraphEntity(self)} and ${describeGraphEntity(target)}: a load does not merge two entities ` +
          `of the graph; use the id "${sameAs}" or drop sameAs`,
      );
    }
    return merged(target, 'sameAs');
  }
  if (self?.declaredByOthers) return merged(self, 'id');
  if (byWikidata.length > 1) {
    report(
      'wikidata',
      `the graph holds ${byWikidata.length} entities with Wikidata ${wikidata}: ${byWikidata.map(describeGraphEntity).join(', ')}; ` +
        'say which one this is with sameAs',
    );
  }
  const [wikidataMatch] = byWikidata;
  if (wikidataMatch !== undefined) return merged(wikidataMatch, 'wikidata');

  // By name: candidates another dataset names the same way, unless known to be others.
  const setAside: { entity: GraphEntity; why: 'distinct' | 'wikidata' }[] = [];
  const candidates: { entity: GraphEntity; text: string }[] = [];
  for (const [key, text] of entityNameKeys(entity.spec)) {
    for (const other of graph.byNameKey.get(key) ?? []) {
      if (other.id === id || !other.declaredByOthers) continue;
      if (candidates.some((c) => c.entity.id === other.id) || setAside.some((s) => s.entity.id === other.id)) continue;
      if (distinct.includes(other.id)) setAside.push({ entity: other, why: 'distinct' });
      else if (wikidata !== undefined && other.wikidata !== null && other.wikidata !== wikidata) setAside.push({ entity: other, why: 'wikidata' });
      else candidates.push({ entity: other, text });
    }
  }
  if (candidates.length > 0) report('', ambiguity(entity.spec, candidates));
  return { entity, outcome: self === undefined ? 'new' : 'own', id, setAside };
}

/** The refusal of a possible duplicate: what matched, the candidates, and the two ways to say what it is. */
function ambiguity(spec: EntitySpec, candidates: readonly { entity: GraphEntity; text: string }[]): string {
  const listed = candidates.map(({ entity, text }) => `${describeGraphEntity(entity)}, by the name "${text}"`).join('; ');
  const ids = candidates.map(({ entity }) => entity.id);
  const one = candidates.length === 1;
  return (
    `${spec.id} ("${displayName(spec)}") is new to the graph, but the graph holds ${one ? 'an entity' : `${candidates.length} entities`} ` +
    `with the same name, and nothing says whether it is ${one ? 'that entity' : 'one of them'}: ${listed}. ` +
    `If it is, add "sameAs: ${one ? ids[0] : '<its id>'}" to it (or use ${one ? 'that id' : 'its id'}); if it is not, add ` +
    `"distinct: [${ids.join(', ')}]".`
  );
}

/** The dataset with every reference to a merged entity written as the entity's id in the graph. */
export function rewriteDataset(dataset: Dataset, resolutions: readonly EntityResolution[]): Dataset {
  const renames = new Map(resolutions.filter((r) => r.id !== r.entity.spec.id).map((r) => [r.entity.spec.id, r.id]));
  if (renames.size === 0) return dataset;
  const to = (ref: string) => renames.get(ref) ?? ref;
  const optional = (ref: string | undefined) => (ref === undefined ? undefined : to(ref));
  const evidence = (items: readonly EvidenceSpec[]) =>
    items.map((item) => (item.attributedTo === undefined ? item : { ...item, attributedTo: to(item.attributedTo) }));
  return {
    ...dataset,
    entities: dataset.entities.map((entity) => ({
      ...entity,
      spec: { ...entity.spec, id: to(entity.spec.id), country: optional(entity.spec.country) },
    })),
    events: dataset.events.map((event) => ({
      ...event,
      spec: {
        ...event.spec,
        place: optional(event.spec.place),
        participants: event.spec.participants.map((p) => ({ ...p, entity: to(p.entity), evidence: evidence(p.evidence) })),
        evidence: evidence(event.spec.evidence),
      },
    })),
    relations: dataset.relations.map((relation) => ({
      ...relation,
      spec: { ...relation.spec, from: to(relation.spec.from), to: to(relation.spec.to), evidence: evidence(relation.spec.evidence) },
    })),
  };
}

/** Log lines of a load: the entities written under another entity's id (merges by id are the usual join). */
export function mergeLines(resolutions: readonly EntityResolution[]): string[] {
  return resolutions
    .filter((r) => r.outcome === 'merged' && r.by !== 'id')
    .map((r) => `${r.entity.spec.id} is ${r.id} (by ${r.by === 'wikidata' ? `Wikidata ${r.entity.spec.wikidata}` : 'sameAs'}): merged into it`);
}

export interface ResolvedDataset {
  /** The dataset as it is written: references to merged entities rewritten. */
  readonly dataset: Dataset;
  readonly resolutions: readonly EntityResolution[];
}

/**
 * Matches the dataset's entities to the graph's (bounded reads: its ids, Wikidata ids and name keys as
 * parameters) and returns it as it is to be written; throws a DatasetError, before anything is written, when the
 * rule refuses it.
 */
export async function resolveEntities(executor: Executor, dataset: Dataset): Promise<ResolvedDataset> {
  if (dataset.entities.length === 0) return { dataset, resolutions: [] };
  const { resolutions, problems } = matchEntities(dataset, await readGraphView(executor, dataset));
  if (problems.length > 0) throw new DatasetError(dataset.folder, problems);
  return { dataset: rewriteDataset(dataset, resolutions), resolutions };
}

/**
 * What the graph holds that matters to the dataset's entities: nothing to read in a graph without entities; else
 * their ids and Wikidata ids first, then the names of the entities neither settles (the rest need no name lookup).
 */
export async function readGraphView(executor: Executor, dataset: Dataset): Promise<GraphView> {
  if (dataset.entities.length === 0 || !(await graphHasEntities(executor))) return graphView([]);
  const specs = dataset.entities.map((entity) => entity.spec);
  const ids = [...new Set(specs.flatMap((spec) => [spec.id, ...(spec.sameAs === undefined ? [] : [spec.sameAs]), ...(spec.distinct ?? [])]))];
  const wikidata = [...new Set(specs.flatMap((spec) => (spec.wikidata === undefined ? [] : [spec.wikidata])))];
  const first = graphView(await entitiesByIdOrWikidata(executor, dataset.id, ids, wikidata));
  const unsettled = specs.filter(
    (spec) =>
      spec.sameAs === undefined &&
      !first.byId.get(spec.id)?.declaredByOthers &&
      (spec.wikidata === undefined || (first.byWikidata.get(spec.wikidata) ?? []).length === 0),
  );
  const keys = [...new Set(unsettled.flatMap((spec) => [...entityNameKeys(spec).keys()]))];
  const byName = keys.length === 0 ? [] : await entitiesByNameKey(executor, dataset.id, keys);
  return { ...first, byNameKey: graphView(byName).byNameKey };
}
