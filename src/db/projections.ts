import { RELATION_TYPES } from '../domain/vocabulary.js';
import { child, forType, mergeTrees, selects, type FieldTree } from '../selection.js';
import { LIST_CAPS } from './arguments.js';
import { cypher, identifier, integer, joinCypher, vocabulary, type Cypher } from './cypher.js';
import { placesContaining } from './ingest/places.js';

/**
 * Cypher map projections for each GraphQL type, built from the query's selection so that one Cypher query
 * returns everything a root field needs however deep the selection goes: nested objects and lists as COLLECT
 * subqueries only when selected, and the scalars of entities, relations and sources only when selected too
 * (they are the objects nested by the hundred, where unselected names and aliases would dominate the answer).
 * An empty or absent selection of an object means the whole object: internal callers such as the exports ask
 * for `treeOf('place')` when they need a place as a whole. Every fragment is a constant of this module; the
 * selection only decides which constants are used, and nothing from the request is spliced in.
 *
 * Every nested list stops at its cap in LIST_CAPS (src/db/arguments.ts), so the cost analysis can count a list at
 * its cap and the answer never holds more.
 */

const CAP = {
  aliases: integer(LIST_CAPS.aliases),
  mentions: integer(LIST_CAPS.mentions),
  relations: integer(LIST_CAPS.relations),
  participants: integer(LIST_CAPS.participants),
  evidence: integer(LIST_CAPS.evidence),
  excerpts: integer(LIST_CAPS.excerpts),
  supports: integer(LIST_CAPS.supports),
  statusSources: integer(LIST_CAPS.statusSources),
} as const;

/** Relationship types of binary relations, and of everything graph views walk. */
export const RELATION_TYPE_PATTERN: Cypher = vocabulary(RELATION_TYPES, '|');
export const GRAPH_EDGE_PATTERN: Cypher = vocabulary(['PARTICIPATED_IN', 'OCCURRED_IN', ...RELATION_TYPES], '|');

/** Builds the projections of one query, handing out fresh variable names so nested subqueries never clash. */
export class Projector {
  private counter = 0;

  fresh(
    prefix:
      | 'country'
      | 'mx'
      | 'ms'
      | 'rel'
      | 'other'
      | 'relFrom'
      | 'relTo'
      | 'place'
      | 'pe'
      | 'pp'
      | 'ev'
      | 'ex'
      | 'src'
      | 'claimant'
      | 'sx'
      | 'use'
      | 'fe'
      | 'fr'
      | 'fa'
      | 'fb'
      | 'si'
      | 'ss'
      | 'sv'
      | 'nm',
  ): Cypher {
    this.counter += 1;
    return identifier(`${prefix}${this.counter}`);
  }

  entity(v: Cypher, selection: FieldTree | undefined): Cypher {
    const tree = forType(selection, 'Entity', ['Node', 'SearchResult']);
    const wants = wanted(tree);
    const parts = [cypher`id: ${v}.id`];
    if (wants('kind')) parts.push(cypher`kind: ${v}.kind`);
    if (wants('name', 'names')) parts.push(cypher`names: ${localized(v, 'name')}`);
    if (wants('aliases')) {
      // The owner's aliases, then the names and aliases other datasets merged into the entity (src/ingest/match.ts)
      // that are none of the owner's names or aliases: the first dataset to give each, then language and text.
      const nm = this.fresh('nm');
      parts.push(
        cypher`aliases: ([i IN range(0, size(coalesce(${v}.aliases, [])) - 1) | {text: ${v}.aliases[i], language: toUpper(${v}.aliasLanguages[i])}] + COLLECT { MATCH (${nm}:Name)-[:NAME_OF]->(${v}) WHERE ${nm}.dataset <> ${v}.dataset AND NOT ${nm}.text IN [ownText IN coalesce(${v}.aliases, []) + [${v}.name_ar, ${v}.name_fr, ${v}.name_en] WHERE ownText IS NOT NULL] WITH ${nm} ORDER BY ${nm}.dataset, ${nm}.lang, ${nm}.text RETURN DISTINCT {text: ${nm}.text, language: toUpper(${nm}.lang)} })[..${CAP.aliases}]`,
      );
    }
    if (wants('description')) parts.push(cypher`description: ${optionalLocalized(v, 'description')}`);
    if (wants('wikidataId', 'wikidataUrl')) parts.push(cypher`wikidataId: ${v}.wikidata`);
    if (wants('cameoActorCode')) parts.push(cypher`cameoActorCode: ${v}.cameoActor`);
    if (selects(tree, 'country')) {
      const c = this.fresh('country');
      parts.push(cypher`country: COLLECT { MATCH (${v})-[:IN_COUNTRY]->(${c}:Entity) RETURN ${this.entity(c, child(tree, 'country'))} }[0]`);
    }
    if (selects(tree, 'mentions')) {
      const x = this.fresh('mx');
      const s = this.fresh('ms');
      const mentions = child(tree, 'mentions');
      const fields = [cypher`excerptId: ${x}.id`, cypher`quote: ${x}.quote`, cypher`start: ${x}.start`, cypher`end: ${x}.end`];
      if (selects(mentions, 'source')) fields.push(cypher`source: ${this.source(s, child(mentions, 'source'))}`);
      parts.push(
        cypher`mentions: COLLECT { MATCH (${v})-[:MENTIONED_IN]->(${x}:Excerpt)-[:FROM]->(${s}:Source) WITH ${x}, ${s} ORDER BY ${s}.id, ${x}.start LIMIT ${CAP.mentions} RETURN {${joinCypher(fields, ', ')}} }`,
      );
    }
    if (selects(tree, 'relations')) {
      const r = this.fresh('rel');
      const o = this.fresh('other');
      const from = this.fresh('relFrom');
      const to = this.fresh('relTo');
      parts.push(
        cypher`relations: COLLECT { MATCH (${v})-[${r}:${RELATION_TYPE_PATTERN}]-(${o}:Entity) WITH DISTINCT ${r} ORDER BY ${r}.id LIMIT ${CAP.relations} WITH ${r}, startNode(${r}) AS ${from}, endNode(${r}) AS ${to} RETURN ${this.relation(r, from, to, child(tree, 'relations'))} }`,
      );
    }
    return cypher`{${joinCypher(parts, ', ')}}`;
  }

  relation(r: Cypher, from: Cypher, to: Cypher, selection: FieldTree | undefined): Cypher {
    const tree = forType(selection, 'Relation', ['Node']);
    const wants = wanted(tree);
    const parts = [cypher`id: ${r}.id`];
    if (wants('type')) parts.push(cypher`type: type(${r})`);
    if (wants('since')) parts.push(cypher`since: ${optionalDate(r, 'since')}`);
    if (wants('until')) parts.push(cypher`until: ${optionalDate(r, 'until')}`);
    // The shown start and end follow from every source's value (src/db/period-claims.ts), read when selected.
    const conflictValues = child(child(tree, 'conflicts'), 'values');
    if (wants('since', 'sinceClaims', 'sinceResolution', 'conflicts')) {
      parts.push(cypher`sinceClaimRows: ${this.periodClaimRows(r, 'claimedSince', mergeTrees(child(tree, 'sinceClaims'), conflictValues))}`);
    }
    if (wants('until', 'untilClaims', 'untilResolution', 'conflicts')) {
      parts.push(cypher`untilClaimRows: ${this.periodClaimRows(r, 'claimedUntil', mergeTrees(child(tree, 'untilClaims'), conflictValues))}`);
    }
    if (wants('description')) parts.push(cypher`description: ${optionalLocalized(r, 'description')}`);
    if (wants('status')) parts.push(cypher`status: ${r}.status`);
    if (selects(tree, 'statusReason')) parts.push(cypher`statusReason: ${this.statusReason(r, child(tree, 'statusReason'))}`);
    if (wants('statementKinds')) parts.push(cypher`statementKinds: coalesce(${r}.statementKinds, [])`);
    if (selects(tree, 'from')) parts.push(cypher`from: ${this.entity(from, child(tree, 'from'))}`);
    if (selects(tree, 'to')) parts.push(cypher`to: ${this.entity(to, child(tree, 'to'))}`);
    if (selects(tree, 'evidence')) parts.push(cypher`evidence: ${this.evidence(cypher`${r}.id`, child(tree, 'evidence'))}`);
    return cypher`{${joinCypher(parts, ', ')}}`;
  }

  event(v: Cypher, selection: FieldTree | undefined): Cypher {
    const tree = forType(selection, 'Event', ['Node', 'SearchResult']);
    const parts = [
      cypher`id: ${v}.id`,
      cypher`type: ${v}.type`,
      cypher`cameoCode: ${v}.cameo`,
      cypher`cameoLabel: ${v}.cameoLabel`,
      cypher`ploverType: ${v}.plover`,
      cypher`titles: ${localized(v, 'title')}`,
      cypher`summary: ${optionalLocalized(v, 'summary')}`,
      cypher`date: ${date(v, 'date')}`,
      cypher`status: ${v}.status`,
      cypher`statementKinds: coalesce(${v}.statementKinds, [])`,
    ];
    if (selects(tree, 'statusReason')) parts.push(cypher`statusReason: ${this.statusReason(v, child(tree, 'statusReason'))}`);
    if (selects(tree, 'place')) {
      const p = this.fresh('place');
      parts.push(cypher`place: COLLECT { MATCH (${v})-[:OCCURRED_IN]->(${p}:Entity) RETURN ${this.entity(p, child(tree, 'place'))} }[0]`);
    }
    if (selects(tree, 'participants')) {
      const e = this.fresh('pe');
      const p = this.fresh('pp');
      parts.push(
        cypher`participants: COLLECT { MATCH (${e}:Entity)-[${p}:PARTICIPATED_IN]->(${v}) WITH ${e}, ${p} ORDER BY ${p}.role, ${e}.id LIMIT ${CAP.participants} RETURN ${this.participation(p, e, v, child(tree, 'participants'))} }`,
      );
    }
    if (selects(tree, 'evidence')) parts.push(cypher`evidence: ${this.evidence(cypher`${v}.id`, child(tree, 'evidence'))}`);
    if (selects(tree, 'dateClaims') || selects(tree, 'conflicts') || selects(tree, 'dateResolution')) {
      const claims = mergeTrees(child(tree, 'dateClaims'), child(child(tree, 'conflicts'), 'values'));
      parts.push(cypher`dateClaimRows: ${this.dateClaimRows(v, claims)}`);
    }
    const conflictValues = child(child(tree, 'conflicts'), 'values');
    if (selects(tree, 'quantities') || selects(tree, 'quantity') || selects(tree, 'conflicts')) {
      const claims = mergeTrees(child(child(tree, 'quantities'), 'claims'), conflictValues);
      parts.push(cypher`quantityClaimRows: ${this.quantityClaimRows(v, claims)}`);
    }
    if (selects(tree, 'placeClaims') || selects(tree, 'placeResolution') || selects(tree, 'conflicts')) {
      const claims = mergeTrees(child(tree, 'placeClaims'), conflictValues);
      parts.push(cypher`placeClaimRows: ${this.placeClaimRows(v, claims)}`);
    }
    if (selects(tree, 'participantRoles') || selects(tree, 'conflicts')) {
      const roles = child(tree, 'participantRoles');
      const claims = mergeTrees(child(roles, 'claims'), conflictValues);
      const entity = [child(roles, 'entity'), child(child(tree, 'conflicts'), 'entity'), child(conflictValues, 'entity')];
      parts.push(cypher`roleClaimRows: ${this.roleClaimRows(v, claims, entity.some((t) => t !== undefined) ? mergeTrees(...entity) : undefined)}`);
    }
    return cypher`{${joinCypher(parts, ', ')}}`;
  }

  /**
   * The role claims of the event bound to `v` (src/domain/role-claims.ts): its participations by entity id and role
   * (at most LIST_CAPS.participants), each with one row per supporting quote (its source, and its evidence when
   * selected), and the participant when `entityTree` is given. src/db/role-claims.ts groups them by participant.
   */
  roleClaimRows(v: Cypher, tree: FieldTree | undefined, entityTree: FieldTree | undefined): Cypher {
    const e = this.fresh('pe');
    const p = this.fresh('pp');
    const ev = this.fresh('ev');
    const x = this.fresh('ex');
    const s = this.fresh('src');
    const quote = [cypher`sourceId: ${s}.id`];
    if (selects(tree, 'source')) quote.push(cypher`source: ${this.source(s, child(tree, 'source'))}`);
    if (selects(tree, 'evidence')) quote.push(cypher`evidence: ${this.evidenceItem(ev, x, s, child(tree, 'evidence'))}`);
    const parts = [
      cypher`entityId: ${e}.id`,
      cypher`role: ${p}.role`,
      cypher`quotes: COLLECT { MATCH (${ev}:Evidence {factId: ${p}.id})-[:CITES]->(${x}:Excerpt)-[:FROM]->(${s}:Source) WHERE ${ev}.stance = 'SUPPORTS' WITH ${ev}, ${x}, ${s} ORDER BY ${s}.id, ${x}.start, ${ev}.id LIMIT ${CAP.evidence} RETURN {${joinCypher(quote, ', ')}} }`,
    ];
    if (entityTree !== undefined) parts.push(cypher`entity: ${this.entity(e, entityTree)}`);
    return cypher`COLLECT { MATCH (${e}:Entity)-[${p}:PARTICIPATED_IN]->(${v}) WITH ${e}, ${p} ORDER BY ${e}.id, ${p}.role LIMIT ${CAP.participants} RETURN {${joinCypher(parts, ', ')}} }`;
  }

  /**
   * The claims of the relation bound to `r` for its start or end (`claimedSince*`, `claimedUntil*`): one row per
   * supporting quote that carries its source's value, as dateClaimRows for an event's date.
   */
  periodClaimRows(r: Cypher, prefix: 'claimedSince' | 'claimedUntil', tree: FieldTree | undefined): Cypher {
    const ev = this.fresh('ev');
    const x = this.fresh('ex');
    const s = this.fresh('src');
    const p = identifier(prefix);
    const parts = [cypher`sourceId: ${s}.id`, cypher`owner: ${ev}.dataset = ${r}.dataset`, cypher`date: ${date(ev, prefix)}`];
    if (selects(tree, 'source')) parts.push(cypher`source: ${this.source(s, child(tree, 'source'))}`);
    if (selects(tree, 'evidence')) parts.push(cypher`evidence: ${this.evidenceItem(ev, x, s, child(tree, 'evidence'))}`);
    return cypher`COLLECT { MATCH (${ev}:Evidence {factId: ${r}.id})-[:CITES]->(${x}:Excerpt)-[:FROM]->(${s}:Source) WHERE ${ev}.stance = 'SUPPORTS' AND (${ev}.${p}Phrase IS NOT NULL OR ${ev}.${p}Edtf IS NOT NULL) WITH ${ev}, ${x}, ${s} ORDER BY ${s}.id, ${x}.start, ${ev}.id LIMIT ${CAP.evidence} RETURN {${joinCypher(parts, ', ')}} }`;
  }

  participation(p: Cypher, entity: Cypher, event: Cypher, selection: FieldTree | undefined): Cypher {
    const tree = forType(selection, 'Participation', ['Node']);
    const parts = [cypher`id: ${p}.id`, cypher`role: ${p}.role`, cypher`status: ${p}.status`];
    if (selects(tree, 'statusReason')) parts.push(cypher`statusReason: ${this.statusReason(p, child(tree, 'statusReason'))}`);
    if (selects(tree, 'entity')) parts.push(cypher`entity: ${this.entity(entity, child(tree, 'entity'))}`);
    if (selects(tree, 'event')) parts.push(cypher`event: ${this.event(event, child(tree, 'event'))}`);
    if (selects(tree, 'evidence')) parts.push(cypher`evidence: ${this.evidence(cypher`${p}.id`, child(tree, 'evidence'))}`);
    return cypher`{${joinCypher(parts, ', ')}}`;
  }

  /**
   * Why the fact `f` (an expression: a node, a relationship) has its status: the code, and when selected each source
   * it cites with its verdict, from the derived properties the loader wrote (`sourceIds`, `sourceVerdicts` aligned).
   */
  statusReason(f: Cypher, tree: FieldTree | undefined): Cypher {
    const parts = [cypher`code: ${f}.statusReason`];
    if (selects(tree, 'sources')) {
      const i = this.fresh('si');
      const s = this.fresh('ss');
      const verdict = this.fresh('sv');
      const source = child(child(tree, 'sources'), 'source');
      parts.push(
        cypher`sources: COLLECT { UNWIND range(0, size(${f}.sourceIds) - 1) AS ${i} MATCH (${s}:Source {id: ${f}.sourceIds[${i}]}) WITH ${i}, ${s}, ${f}.sourceVerdicts[${i}] AS ${verdict} ORDER BY ${i} LIMIT ${CAP.statusSources} RETURN {verdict: ${verdict}, source: ${this.source(s, source)}} }`,
      );
    }
    return cypher`CASE WHEN ${f}.statusReason IS NULL THEN null ELSE {${joinCypher(parts, ', ')}} END`;
  }

  /** The evidence of the fact whose id the expression `factId` gives, in source order (an index seek on factId). */
  evidence(factId: Cypher, tree: FieldTree | undefined): Cypher {
    const ev = this.fresh('ev');
    const x = this.fresh('ex');
    const s = this.fresh('src');
    return cypher`COLLECT { MATCH (${ev}:Evidence {factId: ${factId}})-[:CITES]->(${x}:Excerpt)-[:FROM]->(${s}:Source) WITH ${ev}, ${x}, ${s} ORDER BY ${s}.id, ${x}.start, ${ev}.id LIMIT ${CAP.evidence} RETURN ${this.evidenceItem(ev, x, s, tree)} }`;
  }

  /**
   * The date claims of the event bound to `v` (src/domain/date-claims.ts): one row per supporting quote that
   * carries its source's date, with that date, whether the quote's dataset owns the event, and its source and
   * evidence when `tree` selects them. src/db/date-claims.ts groups them into Event.dateClaims and conflicts.
   */
  dateClaimRows(v: Cypher, tree: FieldTree | undefined): Cypher {
    const ev = this.fresh('ev');
    const x = this.fresh('ex');
    const s = this.fresh('src');
    const parts = [cypher`sourceId: ${s}.id`, cypher`owner: ${ev}.dataset = ${v}.dataset`, cypher`date: ${date(ev, 'claimedDate')}`];
    if (selects(tree, 'source')) parts.push(cypher`source: ${this.source(s, child(tree, 'source'))}`);
    if (selects(tree, 'evidence')) parts.push(cypher`evidence: ${this.evidenceItem(ev, x, s, child(tree, 'evidence'))}`);
    return cypher`COLLECT { MATCH (${ev}:Evidence {factId: ${v}.id})-[:CITES]->(${x}:Excerpt)-[:FROM]->(${s}:Source) WHERE ${ev}.stance = 'SUPPORTS' AND (${ev}.claimedDatePhrase IS NOT NULL OR ${ev}.claimedDateEdtf IS NOT NULL) WITH ${ev}, ${x}, ${s} ORDER BY ${s}.id, ${x}.start, ${ev}.id LIMIT ${CAP.evidence} RETURN {${joinCypher(parts, ', ')}} }`;
  }

  /**
   * The count claims of the event bound to `v` (src/domain/quantity-claims.ts): one row per supporting quote that
   * carries its source's counts (aligned lists of unit, phrase and range), as dateClaimRows.
   */
  quantityClaimRows(v: Cypher, tree: FieldTree | undefined): Cypher {
    const ev = this.fresh('ev');
    const x = this.fresh('ex');
    const s = this.fresh('src');
    const parts = [
      cypher`sourceId: ${s}.id`,
      cypher`owner: ${ev}.dataset = ${v}.dataset`,
      cypher`units: ${ev}.claimedQuantityUnits`,
      cypher`phrases: ${ev}.claimedQuantityPhrases`,
      cypher`ranges: ${ev}.claimedQuantityRanges`,
    ];
    if (selects(tree, 'source')) parts.push(cypher`source: ${this.source(s, child(tree, 'source'))}`);
    if (selects(tree, 'evidence')) parts.push(cypher`evidence: ${this.evidenceItem(ev, x, s, child(tree, 'evidence'))}`);
    return cypher`COLLECT { MATCH (${ev}:Evidence {factId: ${v}.id})-[:CITES]->(${x}:Excerpt)-[:FROM]->(${s}:Source) WHERE ${ev}.stance = 'SUPPORTS' AND size(coalesce(${ev}.claimedQuantityUnits, [])) > 0 WITH ${ev}, ${x}, ${s} ORDER BY ${s}.id, ${x}.start, ${ev}.id LIMIT ${CAP.evidence} RETURN {${joinCypher(parts, ', ')}} }`;
  }

  /**
   * The place claims of the event bound to `v` (src/domain/place-claims.ts): one row per supporting quote that
   * carries its source's place, with the places that contain it (the rule needs them) and the place when selected.
   */
  placeClaimRows(v: Cypher, tree: FieldTree | undefined): Cypher {
    const ev = this.fresh('ev');
    const x = this.fresh('ex');
    const s = this.fresh('src');
    const p = this.fresh('place');
    const parts = [
      cypher`sourceId: ${s}.id`,
      cypher`owner: ${ev}.dataset = ${v}.dataset`,
      cypher`placeId: ${ev}.claimedPlaceId`,
      cypher`within: ${placesContaining(cypher`${ev}.claimedPlaceId`)}`,
    ];
    if (selects(tree, 'place')) {
      parts.push(cypher`place: COLLECT { MATCH (${p}:Entity {id: ${ev}.claimedPlaceId}) RETURN ${this.entity(p, child(tree, 'place'))} }[0]`);
    }
    if (selects(tree, 'source')) parts.push(cypher`source: ${this.source(s, child(tree, 'source'))}`);
    if (selects(tree, 'evidence')) parts.push(cypher`evidence: ${this.evidenceItem(ev, x, s, child(tree, 'evidence'))}`);
    return cypher`COLLECT { MATCH (${ev}:Evidence {factId: ${v}.id})-[:CITES]->(${x}:Excerpt)-[:FROM]->(${s}:Source) WHERE ${ev}.stance = 'SUPPORTS' AND ${ev}.claimedPlaceId IS NOT NULL WITH ${ev}, ${x}, ${s} ORDER BY ${s}.id, ${x}.start, ${ev}.id LIMIT ${CAP.evidence} RETURN {${joinCypher(parts, ', ')}} }`;
  }

  /** One piece of evidence: the evidence node `ev`, the excerpt `x` it cites and that excerpt's source `s`. */
  private evidenceItem(ev: Cypher, x: Cypher, s: Cypher, tree: FieldTree | undefined): Cypher {
    const parts = [
      cypher`excerptId: ${x}.id`,
      cypher`quote: ${x}.quote`,
      cypher`start: ${x}.start`,
      cypher`end: ${x}.end`,
      cypher`statementKind: ${ev}.statementKind`,
      cypher`stance: ${ev}.stance`,
      cypher`note: ${ev}.note`,
    ];
    if (selects(tree, 'source')) parts.push(cypher`source: ${this.source(s, child(tree, 'source'))}`);
    if (selects(tree, 'attributedTo')) {
      const a = this.fresh('claimant');
      parts.push(
        cypher`attributedTo: COLLECT { MATCH (${a}:Entity {id: ${ev}.attributedToId}) RETURN ${this.entity(a, child(tree, 'attributedTo'))} }[0]`,
      );
    }
    return cypher`{${joinCypher(parts, ', ')}}`;
  }

  source(s: Cypher, selection: FieldTree | undefined): Cypher {
    const tree = forType(selection, 'Source', ['Node']);
    const wants = wanted(tree);
    const parts = [cypher`id: ${s}.id`];
    const scalars: ReadonlyArray<readonly [string, Cypher]> = [
      ['title', cypher`title: ${s}.title`],
      ['language', cypher`language: toUpper(${s}.language)`],
      ['publisher', cypher`publisher: ${s}.publisher`],
      ['relays', cypher`relays: ${s}.relays`],
      ['url', cypher`url: ${s}.url`],
      ['published', cypher`published: ${optionalDate(s, 'published')}`],
      ['retrieved', cypher`retrieved: ${optionalDate(s, 'retrieved')}`],
      ['stored', cypher`stored: ${s}.contentHash IS NOT NULL`],
      ['contentHash', cypher`contentHash: ${s}.contentHash`],
      ['length', cypher`length: ${s}.length`],
      ['note', cypher`note: ${s}.note`],
    ];
    for (const [field, part] of scalars) if (wants(field)) parts.push(part);
    // The full text can be large: only when asked for, even for a whole source.
    if (selects(tree, 'text')) parts.push(cypher`text: ${s}.text`);
    if (selects(tree, 'excerpts')) parts.push(cypher`excerpts: ${this.excerpts(s, child(tree, 'excerpts'))}`);
    return cypher`{${joinCypher(parts, ', ')}}`;
  }

  /** The excerpts of the source bound to `s`, in text order (start, then the longer first, then id). */
  excerpts(s: Cypher, tree: FieldTree | undefined): Cypher {
    const x = this.fresh('sx');
    const parts = [cypher`id: ${x}.id`, cypher`quote: ${x}.quote`, cypher`start: ${x}.start`, cypher`end: ${x}.end`];
    if (selects(tree, 'supports')) parts.push(cypher`supports: ${this.excerptUses(x, child(tree, 'supports'))}`);
    return cypher`COLLECT { MATCH (${x}:Excerpt)-[:FROM]->(${s}) WITH ${x} ORDER BY ${x}.start, ${x}.end DESC, ${x}.id LIMIT ${CAP.excerpts} RETURN {${joinCypher(parts, ', ')}} }`;
  }

  /**
   * The evidence citing the excerpt bound to `x`, each with the fact it bears on: its `factType` picks which of
   * event, relation or participation is found (by id, through the id constraints); the other two are null.
   */
  excerptUses(x: Cypher, tree: FieldTree | undefined): Cypher {
    const ev = this.fresh('use');
    const parts = [cypher`statementKind: ${ev}.statementKind`, cypher`stance: ${ev}.stance`];
    if (selects(tree, 'event')) {
      const e = this.fresh('fe');
      parts.push(
        cypher`event: COLLECT { MATCH (${e}:Event {id: ${ev}.factId}) WHERE ${ev}.factType = 'EVENT' RETURN ${this.event(e, child(tree, 'event'))} }[0]`,
      );
    }
    if (selects(tree, 'relation')) {
      const r = this.fresh('fr');
      const a = this.fresh('fa');
      const b = this.fresh('fb');
      parts.push(
        cypher`relation: COLLECT { MATCH (${a}:Entity)-[${r}:${RELATION_TYPE_PATTERN} {id: ${ev}.factId}]->(${b}:Entity) WHERE ${ev}.factType = 'RELATION' RETURN ${this.relation(r, a, b, child(tree, 'relation'))} }[0]`,
      );
    }
    if (selects(tree, 'participation')) {
      const p = this.fresh('fr');
      const a = this.fresh('fa');
      const e = this.fresh('fe');
      parts.push(
        cypher`participation: COLLECT { MATCH (${a}:Entity)-[${p}:PARTICIPATED_IN {id: ${ev}.factId}]->(${e}:Event) WHERE ${ev}.factType = 'PARTICIPATION' RETURN ${this.participation(p, a, e, child(tree, 'participation'))} }[0]`,
      );
    }
    return cypher`COLLECT { MATCH (${ev}:Evidence)-[:CITES]->(${x}) WITH ${ev} ORDER BY ${ev}.factType, ${ev}.factId, ${ev}.id LIMIT ${CAP.supports} RETURN {${joinCypher(parts, ', ')}} }`;
  }

  /** A flat graph-view node for the entity or event bound to `n`, at `distance` (a Cypher expression). */
  graphNode(n: Cypher, distance: Cypher): Cypher {
    return cypher`CASE WHEN ${n}:Event THEN {id: ${n}.id, nodeType: 'EVENT', entityKind: null, eventType: ${n}.type, labels: ${localized(n, 'title')}, date: ${date(n, 'date')}, distance: ${distance}} ELSE {id: ${n}.id, nodeType: 'ENTITY', entityKind: ${n}.kind, eventType: null, labels: ${localized(n, 'name')}, date: null, distance: ${distance}} END`;
  }

  /**
   * A graph-view edge for relationship `r`: participations and relations carry their own evidence; a place edge
   * (OCCURRED_IN) rests on its event's evidence and status.
   */
  graphEdge(r: Cypher, tree: FieldTree | undefined): Cypher {
    const parts = [
      cypher`id: CASE type(${r}) WHEN 'OCCURRED_IN' THEN startNode(${r}).id + '/place' ELSE ${r}.id END`,
      cypher`source: startNode(${r}).id`,
      cypher`target: endNode(${r}).id`,
      cypher`type: type(${r})`,
      cypher`role: ${r}.role`,
      cypher`status: CASE type(${r}) WHEN 'OCCURRED_IN' THEN startNode(${r}).status ELSE ${r}.status END`,
    ];
    if (selects(tree, 'statusReason')) {
      const reason = child(tree, 'statusReason');
      parts.push(
        cypher`statusReason: CASE type(${r}) WHEN 'OCCURRED_IN' THEN ${this.statusReason(cypher`startNode(${r})`, reason)} ELSE ${this.statusReason(r, reason)} END`,
      );
    }
    if (selects(tree, 'evidence')) {
      const fact = cypher`CASE type(${r}) WHEN 'OCCURRED_IN' THEN startNode(${r}).id ELSE ${r}.id END`;
      parts.push(cypher`evidence: ${this.evidence(fact, child(tree, 'evidence'))}`);
    }
    return cypher`{${joinCypher(parts, ', ')}}`;
  }
}

/**
 * Which scalars of an object to project: those selected, or all of them when the selection is absent or empty
 * (an internal caller asking for the whole object). A field counts when any of the GraphQL fields it feeds is
 * selected (`name` and `names` both read the names).
 */
function wanted(tree: FieldTree | undefined): (...fields: readonly string[]) => boolean {
  if (tree === undefined || (tree.fields.size === 0 && tree.on.size === 0)) return () => true;
  return (...fields) => fields.some((field) => tree.fields.has(field));
}

type LocalizedProperty = 'name' | 'description' | 'title' | 'summary';
type DatePrefix = 'date' | 'since' | 'until' | 'published' | 'retrieved' | 'claimedDate' | 'claimedSince' | 'claimedUntil';

function localized(v: Cypher, property: LocalizedProperty): Cypher {
  const p = identifier(property);
  return cypher`{ar: ${v}.${p}_ar, fr: ${v}.${p}_fr, en: ${v}.${p}_en}`;
}

function optionalLocalized(v: Cypher, property: LocalizedProperty): Cypher {
  const p = identifier(property);
  return cypher`CASE WHEN ${v}.${p}_ar IS NULL AND ${v}.${p}_fr IS NULL AND ${v}.${p}_en IS NULL THEN null ELSE ${localized(v, property)} END`;
}

/** A FuzzyDate from `<prefix>Phrase`, `<prefix>Precision`, `<prefix>Earliest`, `<prefix>Latest`, `<prefix>Edtf`. */
function date(v: Cypher, prefix: DatePrefix): Cypher {
  const p = identifier(prefix);
  return cypher`{phrase: ${v}.${p}Phrase, precision: coalesce(${v}.${p}Precision, 'UNKNOWN'), earliest: ${v}.${p}Earliest, latest: ${v}.${p}Latest, edtf: ${v}.${p}Edtf, year: CASE WHEN ${v}.${p}Earliest IS NOT NULL AND left(${v}.${p}Earliest, 4) = left(${v}.${p}Latest, 4) THEN toInteger(left(${v}.${p}Earliest, 4)) END}`;
}

function optionalDate(v: Cypher, prefix: DatePrefix): Cypher {
  const p = identifier(prefix);
  return cypher`CASE WHEN ${v}.${p}Precision IS NULL AND ${v}.${p}Phrase IS NULL THEN null ELSE ${date(v, prefix)} END`;
}

/** A variable name written in this module. */
export const variable = (name: 'e' | 'x' | 'n' | 'r' | 'a' | 'b' | 's' | 'c' | 't' | 'node' | 'm' | 'hop' | 'pm'): Cypher => identifier(name);
