// DATASET_PRESENT
  OPTIONAL MATCH (s:Source {dataset: $dataset}) WITH s LIMIT 1
  OPTIONAL MATCH (n:Name {dataset: $dataset}) WITH s, n LIMIT 1
  RETURN CASE WHEN s IS NOT NULL OR n IS NOT NULL THEN 'dataset ' + $dataset END AS id
;

// EXISTING_IDS
  UNWIND $ids AS id
  CALL (id) {
    OPTIONAL MATCH (a:Entity {id: id}) OPTIONAL MATCH (b:Event {id: id}) OPTIONAL MATCH (c:Source {id: id}) OPTIONAL MATCH (d:Excerpt {id: id})
    RETURN coalesce(a, b, c, d) IS NOT NULL AS found
  }
  WITH id WHERE found
  RETURN id LIMIT 1
;

// SOURCE_COUNT
MATCH (s:Source) RETURN count(s) AS sources
;

// ANY_ENTITY
MATCH (e:Entity) RETURN e.id AS id LIMIT 1
;

// ENTITIES_BY_ID_OR_WIKIDATA
UNWIND $ids AS key
MATCH (e:Entity {id: key})
RETURN 'id' AS by, key, {
  id: e.id, kind: e.kind, names: [name IN [e.name_en, e.name_fr, e.name_ar] WHERE name IS NOT NULL], wikidata: e.wikidata,
  declaredByOthers: EXISTS { (e)<-[:NAME_OF]-(other:Name) WHERE other.dataset <> $dataset },
  datasets: COLLECT { MATCH (e)<-[:NAME_OF]-(named:Name) RETURN DISTINCT named.dataset AS dataset ORDER BY dataset LIMIT 5 }
} AS entity
UNION ALL
UNWIND $wikidata AS key
MATCH (e:Entity {wikidata: key})
WHERE EXISTS { (e)<-[:NAME_OF]-(other:Name) WHERE other.dataset <> $dataset }
RETURN 'wikidata' AS by, key, {
  id: e.id, kind: e.kind, names: [name IN [e.name_en, e.name_fr, e.name_ar] WHERE name IS NOT NULL], wikidata: e.wikidata,
  declaredByOthers: EXISTS { (e)<-[:NAME_OF]-(other:Name) WHERE other.dataset <> $dataset },
  datasets: COLLECT { MATCH (e)<-[:NAME_OF]-(named:Name) RETURN DISTINCT named.dataset AS dataset ORDER BY dataset LIMIT 5 }
} AS entity
;

// ENTITIES_BY_NAME_KEY
UNWIND $keys AS key
MATCH (name:Name {matchKey: key})-[:NAME_OF]->(e:Entity)
WHERE name.dataset <> $dataset
WITH DISTINCT key, e
RETURN 'name' AS by, key, {
  id: e.id, kind: e.kind, names: [name IN [e.name_en, e.name_fr, e.name_ar] WHERE name IS NOT NULL], wikidata: e.wikidata,
  declaredByOthers: EXISTS { (e)<-[:NAME_OF]-(other:Name) WHERE other.dataset <> $dataset },
  datasets: COLLECT { MATCH (e)<-[:NAME_OF]-(named:Name) RETURN DISTINCT named.dataset AS dataset ORDER BY dataset LIMIT 5 }
} AS entity
;

// EVENT_DATE_CLAIMS
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
RETURN e.id AS id, e.hash AS hash, e.dataset AS owner,
  e.datePhrase AS phrase, e.datePrecision AS precision, e.dateEarliest AS earliest, e.dateLatest AS latest, e.dateEdtf AS edtf,
  e.sortKey AS sortKey,
  COLLECT {
    MATCH (ev:Evidence {factId: e.id}) USING INDEX ev:Evidence(factId)
    WHERE ev.stance = 'SUPPORTS' AND (ev.claimedDatePhrase IS NOT NULL OR ev.claimedDateEdtf IS NOT NULL)
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    RETURN DISTINCT {dataset: ev.dataset, sourceId: s.id, phrase: ev.claimedDatePhrase, precision: coalesce(ev.claimedDatePrecision, 'UNKNOWN'),
      earliest: ev.claimedDateEarliest, latest: ev.claimedDateLatest, edtf: ev.claimedDateEdtf} AS claim
  } AS claims
;

// SET_EVENT_DATES
UNWIND $rows AS row
MATCH (n:Event {id: row.id})
SET n.datePhrase = row.date.phrase,
    n.datePrecision = row.date.precision,
    n.dateEarliest = row.date.earliest,
    n.dateLatest = row.date.latest,
    n.dateEdtf = row.date.edtf,
    n.year = row.date.year,
    n.sortKey = row.date.sortKey
WITH n
CALL (n) {
  MATCH (n)<-[p:PARTICIPATED_IN]-(x)
  WHERE p.sortKey <> n.sortKey
  SET p.sortKey = n.sortKey, p.timelineKey = x.id + '|' + n.sortKey
}
RETURN count(*) AS written
;

// EVENT_PLACE_CLAIMS
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
RETURN e.id AS id, e.hash AS hash, e.dataset AS owner, e.placeId AS placeId,
  COLLECT { MATCH (e)-[r:OCCURRED_IN]->(p:Entity) RETURN {placeId: p.id, dataset: r.dataset} } AS links,
  COLLECT {
    MATCH (ev:Evidence {factId: e.id}) USING INDEX ev:Evidence(factId)
    WHERE ev.stance = 'SUPPORTS' AND ev.claimedPlaceId IS NOT NULL
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    WITH DISTINCT ev.dataset AS dataset, s.id AS sourceId, ev.claimedPlaceId AS placeId
    RETURN {dataset: dataset, sourceId: sourceId, placeId: placeId, within: COLLECT {
      MATCH withinPath = (:Entity {id: placeId})-[:LOCATED_IN|IN_COUNTRY*1..4]->(withinPlace:Entity)
      WHERE all(withinStep IN relationships(withinPath) WHERE coalesce(withinStep.status, '') <> 'DISPUTED')
      WITH withinPlace.id AS withinId, length(withinPath) AS withinSteps
      ORDER BY withinSteps, withinId
      RETURN withinId
    }} AS claim
  } AS claims
;

// SET_EVENT_PLACES
UNWIND $rows AS row
MATCH (n:Event {id: row.id})
SET n.placeId = row.placeId
WITH n, row
CALL (n, row) {
  MATCH (n)-[old:OCCURRED_IN]->(p:Entity)
  WHERE p.id <> coalesce(row.placeId, '') OR old.dataset <> n.dataset
  DELETE old
}
WITH n, row
CALL (n, row) {
  MATCH (p:Entity {id: row.placeId})
  MERGE (n)-[r:OCCURRED_IN]->(p)
    ON CREATE SET r.dataset = n.dataset
}
RETURN count(*) AS written
;

// EVENT_DETAIL_CLAIMS
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
RETURN e.id AS id, e.dataset AS owner, e.placeId AS placeId,
  COLLECT {
    MATCH (ev:Evidence {factId: e.id}) USING INDEX ev:Evidence(factId)
    WHERE ev.stance = 'SUPPORTS' AND ev.claimedPlaceId IS NOT NULL
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    RETURN DISTINCT {dataset: ev.dataset, sourceId: s.id, placeId: ev.claimedPlaceId} AS claim
  } AS places,
  COLLECT {
    MATCH (ev:Evidence {factId: e.id}) USING INDEX ev:Evidence(factId)
    WHERE ev.stance = 'SUPPORTS' AND size(coalesce(ev.claimedQuantityUnits, [])) > 0
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    RETURN DISTINCT {dataset: ev.dataset, sourceId: s.id,
      units: ev.claimedQuantityUnits, phrases: ev.claimedQuantityPhrases, ranges: ev.claimedQuantityRanges} AS claim
  } AS quantities,
  COLLECT {
    MATCH (x:Entity)-[p:PARTICIPATED_IN]->(e)
    MATCH (ev:Evidence {factId: p.id}) USING INDEX ev:Evidence(factId)
    WHERE ev.stance = 'SUPPORTS'
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    RETURN DISTINCT {dataset: ev.dataset, sourceId: s.id, entityId: x.id, role: p.role} AS claim
  } AS roles
;

// RELATION_PERIOD_CLAIMS
UNWIND $rows AS row
CALL (row) {
  MATCH (a)-[r:HEADS {id: row.id}]->(b) USING INDEX r:HEADS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PART_OF {id: row.id}]->(b) USING INDEX r:PART_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:LOCATED_IN {id: row.id}]->(b) USING INDEX r:LOCATED_IN(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:CAPITAL_OF {id: row.id}]->(b) USING INDEX r:CAPITAL_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MEMBER_OF {id: row.id}]->(b) USING INDEX r:MEMBER_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:HOSTED {id: row.id}]->(b) USING INDEX r:HOSTED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COUNTERS {id: row.id}]->(b) USING INDEX r:COUNTERS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:THREATENS {id: row.id}]->(b) USING INDEX r:THREATENS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COOPERATES_WITH {id: row.id}]->(b) USING INDEX r:COOPERATES_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MISHANDLED {id: row.id}]->(b) USING INDEX r:MISHANDLED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:AT_ODDS_WITH {id: row.id}]->(b) USING INDEX r:AT_ODDS_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MODERNISED {id: row.id}]->(b) USING INDEX r:MODERNISED(id) RETURN r, a, b
}
RETURN r.id AS id, r.dataset AS owner,
  {phrase: r.sincePhrase, edtf: r.sinceEdtf} AS since, {phrase: r.untilPhrase, edtf: r.untilEdtf} AS until,
  COLLECT {
    MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId)
    WHERE ev.stance = 'SUPPORTS' AND (ev.claimedSincePhrase IS NOT NULL OR ev.claimedSinceEdtf IS NOT NULL)
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    RETURN DISTINCT {dataset: ev.dataset, sourceId: s.id, phrase: ev.claimedSincePhrase, precision: coalesce(ev.claimedSincePrecision, 'UNKNOWN'),
      earliest: ev.claimedSinceEarliest, latest: ev.claimedSinceLatest, edtf: ev.claimedSinceEdtf} AS claim
  } AS sinceClaims,
  COLLECT {
    MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId)
    WHERE ev.stance = 'SUPPORTS' AND (ev.claimedUntilPhrase IS NOT NULL OR ev.claimedUntilEdtf IS NOT NULL)
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    RETURN DISTINCT {dataset: ev.dataset, sourceId: s.id, phrase: ev.claimedUntilPhrase, precision: coalesce(ev.claimedUntilPrecision, 'UNKNOWN'),
      earliest: ev.claimedUntilEarliest, latest: ev.claimedUntilLatest, edtf: ev.claimedUntilEdtf} AS claim
  } AS untilClaims
;

// PLACE_CONTAINERS
UNWIND $rows AS row
MATCH (p:Entity {id: row.id})
RETURN p.id AS id, p.dataset AS owner,
  COLLECT {
    MATCH (p)-[r:LOCATED_IN|IN_COUNTRY]->(q:Entity)
    RETURN {placeId: q.id, country: type(r) = 'IN_COUNTRY', relationId: r.id, disputed: coalesce(r.status, '') = 'DISPUTED'} AS container
  } AS containers
;

// RECOUNT_TIMELINES
UNWIND $rows AS row
MATCH (x:Entity {id: row.id})
WITH x, COUNT { MATCH (x)-[:PARTICIPATED_IN]->(e:Event) RETURN DISTINCT e } AS events
WITH x, CASE events WHEN 0 THEN null ELSE events END AS count
WHERE coalesce(x.timelineCount, 0) <> coalesce(count, 0)
SET x.timelineCount = count
;

// TIMELINE_KEYS_ALL
MATCH (x:Entity)-[p:PARTICIPATED_IN]->()
WHERE p.timelineKey IS NULL OR p.timelineKey <> x.id + '|' + p.sortKey
CALL (x, p) { SET p.timelineKey = x.id + '|' + p.sortKey } IN TRANSACTIONS OF 10000 ROWS
;

// TIMELINE_COUNTS_ALL
MATCH (x:Entity) WHERE EXISTS { (x)-[:PARTICIPATED_IN]->() }
CALL (x) { SET x.timelineCount = COUNT { MATCH (x)-[:PARTICIPATED_IN]->(e:Event) RETURN DISTINCT e } } IN TRANSACTIONS OF 5000 ROWS
;

// SOURCE.bulk
UNWIND $rows AS row
CREATE (n:Source {id: row.id, dataset: $dataset})
SET n.language = row.props.language,
    n.title = row.props.title,
    n.publisher = row.props.publisher,
    n.url = row.props.url,
    n.relays = row.props.relays,
    n.independenceKeys = row.props.independenceKeys,
    n.publishedPhrase = row.props.publishedPhrase,
    n.publishedPrecision = row.props.publishedPrecision,
    n.publishedEarliest = row.props.publishedEarliest,
    n.publishedLatest = row.props.publishedLatest,
    n.publishedEdtf = row.props.publishedEdtf,
    n.retrievedPhrase = row.props.retrievedPhrase,
    n.retrievedPrecision = row.props.retrievedPrecision,
    n.retrievedEarliest = row.props.retrievedEarliest,
    n.retrievedLatest = row.props.retrievedLatest,
    n.retrievedEdtf = row.props.retrievedEdtf,
    n.text = row.props.text,
    n.contentHash = row.props.contentHash,
    n.length = row.props.length,
    n.note = row.props.note,
    n.hash = row.hash
RETURN count(*) AS written
;

// SOURCE.create
UNWIND $rows AS row
MERGE (n:Source {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row
WHERE n.dataset = $dataset
SET n.language = row.props.language,
    n.title = row.props.title,
    n.publisher = row.props.publisher,
    n.url = row.props.url,
    n.relays = row.props.relays,
    n.independenceKeys = row.props.independenceKeys,
    n.publishedPhrase = row.props.publishedPhrase,
    n.publishedPrecision = row.props.publishedPrecision,
    n.publishedEarliest = row.props.publishedEarliest,
    n.publishedLatest = row.props.publishedLatest,
    n.publishedEdtf = row.props.publishedEdtf,
    n.retrievedPhrase = row.props.retrievedPhrase,
    n.retrievedPrecision = row.props.retrievedPrecision,
    n.retrievedEarliest = row.props.retrievedEarliest,
    n.retrievedLatest = row.props.retrievedLatest,
    n.retrievedEdtf = row.props.retrievedEdtf,
    n.text = row.props.text,
    n.contentHash = row.props.contentHash,
    n.length = row.props.length,
    n.note = row.props.note,
    n.hash = row.hash
RETURN count(*) AS written
;

// SOURCE.update
UNWIND $rows AS row
MERGE (n:Source {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row
WHERE n.dataset = $dataset
SET n.language = row.props.language,
    n.title = row.props.title,
    n.publisher = row.props.publisher,
    n.url = row.props.url,
    n.relays = row.props.relays,
    n.independenceKeys = row.props.independenceKeys,
    n.publishedPhrase = row.props.publishedPhrase,
    n.publishedPrecision = row.props.publishedPrecision,
    n.publishedEarliest = row.props.publishedEarliest,
    n.publishedLatest = row.props.publishedLatest,
    n.publishedEdtf = row.props.publishedEdtf,
    n.retrievedPhrase = row.props.retrievedPhrase,
    n.retrievedPrecision = row.props.retrievedPrecision,
    n.retrievedEarliest = row.props.retrievedEarliest,
    n.retrievedLatest = row.props.retrievedLatest,
    n.retrievedEdtf = row.props.retrievedEdtf,
    n.text = row.props.text,
    n.contentHash = row.props.contentHash,
    n.length = row.props.length,
    n.note = row.props.note,
    n.hash = row.hash
RETURN count(*) AS written
;

// SOURCE.existing
MATCH (n:Source)
USING INDEX n:Source(dataset)
WHERE n.dataset = $dataset
RETURN n.id AS id, n.hash AS hash
;

// SOURCE.others
UNWIND $rows AS row
MATCH (n:Source {id: row.id})
WHERE coalesce(n.dataset, '') <> $dataset
RETURN n.id AS id, coalesce(n.dataset, '(none)') AS dataset
;

// SOURCE.remove
UNWIND $rows AS row
MATCH (n:Source {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n
;

// EXCERPT.bulk
UNWIND $rows AS row
MATCH (s:Source {id: row.props.sourceId})
CREATE (n:Excerpt {id: row.id, dataset: $dataset})
SET n.sourceId = row.props.sourceId,
    n.start = row.props.start,
    n.end = row.props.end,
    n.quote = row.props.quote,
    n.hash = row.hash
CREATE (n)-[:FROM {dataset: $dataset}]->(s)
RETURN count(*) AS written
;

// EXCERPT.create
UNWIND $rows AS row
MATCH (s:Source {id: row.props.sourceId})
MERGE (n:Excerpt {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row, s
WHERE n.dataset = $dataset
SET n.sourceId = row.props.sourceId,
    n.start = row.props.start,
    n.end = row.props.end,
    n.quote = row.props.quote,
    n.hash = row.hash
MERGE (n)-[r:FROM]->(s)
  ON CREATE SET r.dataset = $dataset
RETURN count(*) AS written
;

// EXCERPT.update
UNWIND $rows AS row
MATCH (s:Source {id: row.props.sourceId})
MERGE (n:Excerpt {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row, s
WHERE n.dataset = $dataset
SET n.sourceId = row.props.sourceId,
    n.start = row.props.start,
    n.end = row.props.end,
    n.quote = row.props.quote,
    n.hash = row.hash
WITH n, s
CALL (n, s) {
  MATCH (n)-[old:FROM]->(other:Source)
  WHERE other <> s
  DELETE old
}
MERGE (n)-[r:FROM]->(s)
  ON CREATE SET r.dataset = $dataset
RETURN count(*) AS written
;

// EXCERPT.existing
MATCH (s:Source {dataset: $dataset})<-[:FROM]-(n:Excerpt)
USING INDEX s:Source(dataset)
WHERE n.dataset = $dataset
RETURN n.id AS id, n.hash AS hash
;

// EXCERPT.others
UNWIND $rows AS row
MATCH (n:Excerpt {id: row.id})
WHERE coalesce(n.dataset, '') <> $dataset
RETURN n.id AS id, coalesce(n.dataset, '(none)') AS dataset
;

// EXCERPT.remove
UNWIND $rows AS row
MATCH (n:Excerpt {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n
;

// ENTITY.bulk
UNWIND $rows AS row
CREATE (n:Entity {id: row.id, dataset: $dataset})
SET n.kind = row.props.kind,
    n.name_ar = row.props.name_ar,
    n.name_fr = row.props.name_fr,
    n.name_en = row.props.name_en,
    n.sortName = row.props.sortName,
    n.aliases = row.props.aliases,
    n.aliasLanguages = row.props.aliasLanguages,
    n.description_ar = row.props.description_ar,
    n.description_fr = row.props.description_fr,
    n.description_en = row.props.description_en,
    n.wikidata = row.props.wikidata,
    n.cameoActor = row.props.cameoActor,
    n.countryId = row.props.countryId,
    n.hash = row.hash
SET n:$(row.label)
RETURN count(*) AS written
;

// ENTITY.create
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row
WHERE n.dataset = $dataset
SET n.kind = row.props.kind,
    n.name_ar = row.props.name_ar,
    n.name_fr = row.props.name_fr,
    n.name_en = row.props.name_en,
    n.sortName = row.props.sortName,
    n.aliases = row.props.aliases,
    n.aliasLanguages = row.props.aliasLanguages,
    n.description_ar = row.props.description_ar,
    n.description_fr = row.props.description_fr,
    n.description_en = row.props.description_en,
    n.wikidata = row.props.wikidata,
    n.cameoActor = row.props.cameoActor,
    n.countryId = row.props.countryId,
    n.hash = row.hash
SET n:$(row.label)
RETURN count(*) AS written
;

// ENTITY.update
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row
WHERE n.dataset = $dataset
SET n.kind = row.props.kind,
    n.name_ar = row.props.name_ar,
    n.name_fr = row.props.name_fr,
    n.name_en = row.props.name_en,
    n.sortName = row.props.sortName,
    n.aliases = row.props.aliases,
    n.aliasLanguages = row.props.aliasLanguages,
    n.description_ar = row.props.description_ar,
    n.description_fr = row.props.description_fr,
    n.description_en = row.props.description_en,
    n.wikidata = row.props.wikidata,
    n.cameoActor = row.props.cameoActor,
    n.countryId = row.props.countryId,
    n.hash = row.hash
WITH n, row, [label IN labels(n) WHERE label IN $kindLabels AND label <> row.label] AS staleLabels
SET n:$(row.label)
REMOVE n:$(staleLabels)
RETURN count(*) AS written
;

// ENTITY.existing
MATCH (n:Entity)
USING INDEX n:Entity(dataset)
WHERE n.dataset = $dataset
RETURN n.id AS id, n.hash AS hash
;

// ENTITY.others
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE coalesce(n.dataset, '') <> $dataset
RETURN n.id AS id, coalesce(n.dataset, '(none)') AS dataset
;

// ENTITY.handOver
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE n.dataset = $dataset
WITH n, COLLECT { MATCH (n)<-[:NAME_OF]-(name:Name) WHERE name.dataset <> $dataset RETURN name.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET n.dataset = heirs[0], n.hash = null
RETURN count(*) AS handedOver
;

// ENTITY.remove
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n
;

// EVENT.bulk
UNWIND $rows AS row
CREATE (n:Event {id: row.id, dataset: $dataset})
SET n.type = row.props.type,
    n.cameo = row.props.cameo,
    n.cameoLabel = row.props.cameoLabel,
    n.plover = row.props.plover,
    n.title_ar = row.props.title_ar,
    n.title_fr = row.props.title_fr,
    n.title_en = row.props.title_en,
    n.summary_ar = row.props.summary_ar,
    n.summary_fr = row.props.summary_fr,
    n.summary_en = row.props.summary_en,
    n.datePhrase = row.props.datePhrase,
    n.datePrecision = row.props.datePrecision,
    n.dateEarliest = row.props.dateEarliest,
    n.dateLatest = row.props.dateLatest,
    n.dateEdtf = row.props.dateEdtf,
    n.year = row.props.year,
    n.sortKey = row.props.sortKey,
    n.placeId = row.props.placeId,
    n.status = row.derived.status,
    n.statementKinds = row.derived.statementKinds,
    n.sourceIds = row.derived.sourceIds,
    n.statusReason = row.derived.statusReason,
    n.sourceVerdicts = row.derived.sourceVerdicts,
    n.hash = row.hash
RETURN count(*) AS written
;

// EVENT.create
UNWIND $rows AS row
MERGE (n:Event {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row
WHERE n.dataset = $dataset
SET n.type = row.props.type,
    n.cameo = row.props.cameo,
    n.cameoLabel = row.props.cameoLabel,
    n.plover = row.props.plover,
    n.title_ar = row.props.title_ar,
    n.title_fr = row.props.title_fr,
    n.title_en = row.props.title_en,
    n.summary_ar = row.props.summary_ar,
    n.summary_fr = row.props.summary_fr,
    n.summary_en = row.props.summary_en,
    n.datePhrase = row.props.datePhrase,
    n.datePrecision = row.props.datePrecision,
    n.dateEarliest = row.props.dateEarliest,
    n.dateLatest = row.props.dateLatest,
    n.dateEdtf = row.props.dateEdtf,
    n.year = row.props.year,
    n.sortKey = row.props.sortKey,
    n.placeId = row.props.placeId,
    n.status = row.derived.status,
    n.statementKinds = row.derived.statementKinds,
    n.sourceIds = row.derived.sourceIds,
    n.statusReason = row.derived.statusReason,
    n.sourceVerdicts = row.derived.sourceVerdicts,
    n.hash = row.hash
RETURN count(*) AS written
;

// EVENT.update
UNWIND $rows AS row
MERGE (n:Event {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row
WHERE n.dataset = $dataset
SET n.type = row.props.type,
    n.cameo = row.props.cameo,
    n.cameoLabel = row.props.cameoLabel,
    n.plover = row.props.plover,
    n.title_ar = row.props.title_ar,
    n.title_fr = row.props.title_fr,
    n.title_en = row.props.title_en,
    n.summary_ar = row.props.summary_ar,
    n.summary_fr = row.props.summary_fr,
    n.summary_en = row.props.summary_en,
    n.datePhrase = row.props.datePhrase,
    n.datePrecision = row.props.datePrecision,
    n.dateEarliest = row.props.dateEarliest,
    n.dateLatest = row.props.dateLatest,
    n.dateEdtf = row.props.dateEdtf,
    n.year = row.props.year,
    n.sortKey = row.props.sortKey,
    n.placeId = row.props.placeId,
    n.hash = row.hash
WITH n
CALL (n) {
  MATCH (n)<-[p:PARTICIPATED_IN]-(x)
  WHERE p.sortKey <> n.sortKey
  SET p.sortKey = n.sortKey, p.timelineKey = x.id + '|' + n.sortKey
}
RETURN count(*) AS written
;

// EVENT.existing
MATCH (n:Event)
USING INDEX n:Event(dataset)
WHERE n.dataset = $dataset
RETURN n.id AS id, n.hash AS hash
;

// EVENT.others
UNWIND $rows AS row
MATCH (n:Event {id: row.id})
WHERE coalesce(n.dataset, '') <> $dataset
RETURN n.id AS id, coalesce(n.dataset, '(none)') AS dataset
;

// EVENT.handOver
UNWIND $rows AS row
MATCH (n:Event {id: row.id})
WHERE n.dataset = $dataset
WITH n, COLLECT { MATCH (n)<-[:NAME_OF]-(name:Name) WHERE name.dataset <> $dataset RETURN name.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET n.dataset = heirs[0], n.hash = null
RETURN count(*) AS handedOver
;

// EVENT.remove
UNWIND $rows AS row
MATCH (n:Event {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n
;

// EVIDENCE.bulk
UNWIND $rows AS row
MATCH (x:Excerpt {id: row.props.excerptId})
CREATE (n:Evidence {id: row.id, dataset: $dataset})
SET n.factId = row.props.factId,
    n.factType = row.props.factType,
    n.excerptId = row.props.excerptId,
    n.statementKind = row.props.statementKind,
    n.stance = row.props.stance,
    n.attributedToId = row.props.attributedToId,
    n.note = row.props.note,
    n.claimedDatePhrase = row.props.claimedDatePhrase,
    n.claimedDatePrecision = row.props.claimedDatePrecision,
    n.claimedDateEarliest = row.props.claimedDateEarliest,
    n.claimedDateLatest = row.props.claimedDateLatest,
    n.claimedDateEdtf = row.props.claimedDateEdtf,
    n.claimedQuantityUnits = row.props.claimedQuantityUnits,
    n.claimedQuantityPhrases = row.props.claimedQuantityPhrases,
    n.claimedQuantityRanges = row.props.claimedQuantityRanges,
    n.claimedPlaceId = row.props.claimedPlaceId,
    n.claimedSincePhrase = row.props.claimedSincePhrase,
    n.claimedSincePrecision = row.props.claimedSincePrecision,
    n.claimedSinceEarliest = row.props.claimedSinceEarliest,
    n.claimedSinceLatest = row.props.claimedSinceLatest,
    n.claimedSinceEdtf = row.props.claimedSinceEdtf,
    n.claimedUntilPhrase = row.props.claimedUntilPhrase,
    n.claimedUntilPrecision = row.props.claimedUntilPrecision,
    n.claimedUntilEarliest = row.props.claimedUntilEarliest,
    n.claimedUntilLatest = row.props.claimedUntilLatest,
    n.claimedUntilEdtf = row.props.claimedUntilEdtf,
    n.hash = row.hash
CREATE (n)-[:CITES {dataset: $dataset}]->(x)
RETURN count(*) AS written
;

// EVIDENCE.create
UNWIND $rows AS row
MATCH (x:Excerpt {id: row.props.excerptId})
MERGE (n:Evidence {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row, x
WHERE n.dataset = $dataset
SET n.factId = row.props.factId,
    n.factType = row.props.factType,
    n.excerptId = row.props.excerptId,
    n.statementKind = row.props.statementKind,
    n.stance = row.props.stance,
    n.attributedToId = row.props.attributedToId,
    n.note = row.props.note,
    n.claimedDatePhrase = row.props.claimedDatePhrase,
    n.claimedDatePrecision = row.props.claimedDatePrecision,
    n.claimedDateEarliest = row.props.claimedDateEarliest,
    n.claimedDateLatest = row.props.claimedDateLatest,
    n.claimedDateEdtf = row.props.claimedDateEdtf,
    n.claimedQuantityUnits = row.props.claimedQuantityUnits,
    n.claimedQuantityPhrases = row.props.claimedQuantityPhrases,
    n.claimedQuantityRanges = row.props.claimedQuantityRanges,
    n.claimedPlaceId = row.props.claimedPlaceId,
    n.claimedSincePhrase = row.props.claimedSincePhrase,
    n.claimedSincePrecision = row.props.claimedSincePrecision,
    n.claimedSinceEarliest = row.props.claimedSinceEarliest,
    n.claimedSinceLatest = row.props.claimedSinceLatest,
    n.claimedSinceEdtf = row.props.claimedSinceEdtf,
    n.claimedUntilPhrase = row.props.claimedUntilPhrase,
    n.claimedUntilPrecision = row.props.claimedUntilPrecision,
    n.claimedUntilEarliest = row.props.claimedUntilEarliest,
    n.claimedUntilLatest = row.props.claimedUntilLatest,
    n.claimedUntilEdtf = row.props.claimedUntilEdtf,
    n.hash = row.hash
MERGE (n)-[r:CITES]->(x)
  ON CREATE SET r.dataset = $dataset
RETURN count(*) AS written
;

// EVIDENCE.update
UNWIND $rows AS row
MATCH (x:Excerpt {id: row.props.excerptId})
MERGE (n:Evidence {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row, x
WHERE n.dataset = $dataset
SET n.factId = row.props.factId,
    n.factType = row.props.factType,
    n.excerptId = row.props.excerptId,
    n.statementKind = row.props.statementKind,
    n.stance = row.props.stance,
    n.attributedToId = row.props.attributedToId,
    n.note = row.props.note,
    n.claimedDatePhrase = row.props.claimedDatePhrase,
    n.claimedDatePrecision = row.props.claimedDatePrecision,
    n.claimedDateEarliest = row.props.claimedDateEarliest,
    n.claimedDateLatest = row.props.claimedDateLatest,
    n.claimedDateEdtf = row.props.claimedDateEdtf,
    n.claimedQuantityUnits = row.props.claimedQuantityUnits,
    n.claimedQuantityPhrases = row.props.claimedQuantityPhrases,
    n.claimedQuantityRanges = row.props.claimedQuantityRanges,
    n.claimedPlaceId = row.props.claimedPlaceId,
    n.claimedSincePhrase = row.props.claimedSincePhrase,
    n.claimedSincePrecision = row.props.claimedSincePrecision,
    n.claimedSinceEarliest = row.props.claimedSinceEarliest,
    n.claimedSinceLatest = row.props.claimedSinceLatest,
    n.claimedSinceEdtf = row.props.claimedSinceEdtf,
    n.claimedUntilPhrase = row.props.claimedUntilPhrase,
    n.claimedUntilPrecision = row.props.claimedUntilPrecision,
    n.claimedUntilEarliest = row.props.claimedUntilEarliest,
    n.claimedUntilLatest = row.props.claimedUntilLatest,
    n.claimedUntilEdtf = row.props.claimedUntilEdtf,
    n.hash = row.hash
MERGE (n)-[r:CITES]->(x)
  ON CREATE SET r.dataset = $dataset
RETURN count(*) AS written
;

// EVIDENCE.existing
MATCH (s:Source {dataset: $dataset})<-[:FROM]-(:Excerpt)<-[:CITES]-(n:Evidence)
USING INDEX s:Source(dataset)
WHERE n.dataset = $dataset
RETURN n.id AS id, n.hash AS hash
;

// EVIDENCE.others
UNWIND $rows AS row
MATCH (n:Evidence {id: row.id})
WHERE coalesce(n.dataset, '') <> $dataset
RETURN n.id AS id, coalesce(n.dataset, '(none)') AS dataset
;

// EVIDENCE.remove
UNWIND $rows AS row
MATCH (n:Evidence {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n
;

// NAME.bulk
UNWIND $rows AS row
OPTIONAL MATCH (entity:Entity {id: row.props.ownerId})
WHERE NOT row.ownerIsEvent
OPTIONAL MATCH (event:Event {id: row.props.ownerId})
WHERE row.ownerIsEvent
WITH row, coalesce(entity, event) AS owner
WHERE owner IS NOT NULL
CREATE (n:Name {id: row.id, dataset: $dataset})
SET n.ownerId = row.props.ownerId,
    n.text = row.props.text,
    n.lang = row.props.lang,
    n.primary = row.props.primary,
    n.keys = row.props.keys,
    n.wordCount = row.props.wordCount,
    n.matchKey = row.props.matchKey,
    n.hash = row.hash
CREATE (n)-[:NAME_OF {dataset: $dataset}]->(owner)
RETURN count(*) AS written
;

// NAME.create
UNWIND $rows AS row
OPTIONAL MATCH (entity:Entity {id: row.props.ownerId})
WHERE NOT row.ownerIsEvent
OPTIONAL MATCH (event:Event {id: row.props.ownerId})
WHERE row.ownerIsEvent
WITH row, coalesce(entity, event) AS owner
WHERE owner IS NOT NULL
MERGE (n:Name {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row, owner
WHERE n.dataset = $dataset
SET n.ownerId = row.props.ownerId,
    n.text = row.props.text,
    n.lang = row.props.lang,
    n.primary = row.props.primary,
    n.keys = row.props.keys,
    n.wordCount = row.props.wordCount,
    n.matchKey = row.props.matchKey,
    n.hash = row.hash
MERGE (n)-[r:NAME_OF]->(owner)
  ON CREATE SET r.dataset = $dataset
RETURN count(*) AS written
;

// NAME.update
UNWIND $rows AS row
OPTIONAL MATCH (entity:Entity {id: row.props.ownerId})
WHERE NOT row.ownerIsEvent
OPTIONAL MATCH (event:Event {id: row.props.ownerId})
WHERE row.ownerIsEvent
WITH row, coalesce(entity, event) AS owner
WHERE owner IS NOT NULL
MERGE (n:Name {id: row.id})
  ON CREATE SET n.dataset = $dataset
WITH n, row, owner
WHERE n.dataset = $dataset
SET n.ownerId = row.props.ownerId,
    n.text = row.props.text,
    n.lang = row.props.lang,
    n.primary = row.props.primary,
    n.keys = row.props.keys,
    n.wordCount = row.props.wordCount,
    n.matchKey = row.props.matchKey,
    n.hash = row.hash
MERGE (n)-[r:NAME_OF]->(owner)
  ON CREATE SET r.dataset = $dataset
RETURN count(*) AS written
;

// NAME.existing
MATCH (n:Name)
USING INDEX n:Name(dataset)
WHERE n.dataset = $dataset
RETURN n.id AS id, n.hash AS hash
;

// NAME.others
UNWIND $rows AS row
MATCH (n:Name {id: row.id})
WHERE coalesce(n.dataset, '') <> $dataset
RETURN n.id AS id, coalesce(n.dataset, '(none)') AS dataset
;

// NAME.remove
UNWIND $rows AS row
MATCH (n:Name {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n
;

// IN_COUNTRY.existing
MATCH (a:Entity {dataset: $dataset})-[r:IN_COUNTRY]->(b:Entity)
USING INDEX a:Entity(dataset)
WHERE r.dataset = $dataset
RETURN a.id + '>' + b.id AS id, '' AS hash, a.id AS from, b.id AS to
;

// IN_COUNTRY.write
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:IN_COUNTRY]->(b)
  ON CREATE SET r.dataset = $dataset
RETURN count(*) AS written
;

// IN_COUNTRY.bulk
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[:IN_COUNTRY {dataset: $dataset}]->(b)
RETURN count(*) AS written
;

// IN_COUNTRY.remove
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:IN_COUNTRY]->(b:Entity {id: row.to})
WHERE r.dataset = $dataset
DELETE r
;

// MENTIONED_IN.existing
MATCH (s:Source {dataset: $dataset})<-[:FROM]-(b:Excerpt)<-[r:MENTIONED_IN]-(a:Entity)
USING INDEX s:Source(dataset)
WHERE r.dataset = $dataset
RETURN a.id + '>' + b.id AS id, '' AS hash, a.id AS from, b.id AS to
;

// MENTIONED_IN.write
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Excerpt {id: row.to})
MERGE (a)-[r:MENTIONED_IN]->(b)
  ON CREATE SET r.dataset = $dataset
RETURN count(*) AS written
;

// MENTIONED_IN.bulk
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Excerpt {id: row.to})
CREATE (a)-[:MENTIONED_IN {dataset: $dataset}]->(b)
RETURN count(*) AS written
;

// MENTIONED_IN.remove
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:MENTIONED_IN]->(b:Excerpt {id: row.to})
WHERE r.dataset = $dataset
DELETE r
;

// OCCURRED_IN.existing
MATCH (a:Event {dataset: $dataset})-[r:OCCURRED_IN]->(b:Entity)
USING INDEX a:Event(dataset)
WHERE r.dataset = $dataset
RETURN a.id + '>' + b.id AS id, '' AS hash, a.id AS from, b.id AS to
;

// OCCURRED_IN.write
UNWIND $rows AS row
MATCH (a:Event {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:OCCURRED_IN]->(b)
  ON CREATE SET r.dataset = $dataset
RETURN count(*) AS written
;

// OCCURRED_IN.bulk
UNWIND $rows AS row
MATCH (a:Event {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[:OCCURRED_IN {dataset: $dataset}]->(b)
RETURN count(*) AS written
;

// OCCURRED_IN.remove
UNWIND $rows AS row
MATCH (a:Event {id: row.from})-[r:OCCURRED_IN]->(b:Entity {id: row.to})
WHERE r.dataset = $dataset
DELETE r
;

// PARTICIPATED_IN.bulk
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Event {id: row.to})
CREATE (a)-[r:PARTICIPATED_IN {id: row.id, dataset: $dataset}]->(b)
SET r.role = row.props.role,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.sortKey = b.sortKey,
    r.timelineKey = row.from + '|' + b.sortKey,
    r.hash = row.hash
RETURN count(*) AS written
;

// PARTICIPATED_IN.create
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Event {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.role = row.props.role,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.sortKey = b.sortKey,
    r.timelineKey = row.from + '|' + b.sortKey,
    r.hash = row.hash
RETURN count(*) AS written
;

// PARTICIPATED_IN.update
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Event {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.role = row.props.role,
    r.sortKey = b.sortKey,
    r.timelineKey = row.from + '|' + b.sortKey,
    r.hash = row.hash
RETURN count(*) AS written
;

// PARTICIPATED_IN.others
UNWIND $rows AS row
MATCH (a)-[r:PARTICIPATED_IN {id: row.id}]->(b) USING INDEX r:PARTICIPATED_IN(id)
WITH r
WHERE coalesce(r.dataset, '') <> $dataset
RETURN r.id AS id, coalesce(r.dataset, '(none)') AS dataset
;

// PARTICIPATED_IN.existing.ids
MATCH (s:Source {dataset: $dataset})<-[:FROM]-(:Excerpt)<-[:CITES]-(ev:Evidence)
USING INDEX s:Source(dataset)
WHERE ev.dataset = $dataset AND ev.factType = 'PARTICIPATION'
RETURN DISTINCT ev.factId AS id
;

// PARTICIPATED_IN.existing.byId
UNWIND $rows AS row
MATCH (a)-[r:PARTICIPATED_IN {id: row.id}]->(b) USING INDEX r:PARTICIPATED_IN(id)
WITH r, a, b
WHERE r.dataset = $dataset
RETURN r.id AS id, r.hash AS hash
;

// PARTICIPATED_IN.handOver
UNWIND $rows AS row
MATCH (a)-[r:PARTICIPATED_IN {id: row.id}]->(b) USING INDEX r:PARTICIPATED_IN(id)
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId) WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver
;

// PARTICIPATED_IN.remove
UNWIND $rows AS row
MATCH (a)-[r:PARTICIPATED_IN {id: row.id}]->(b) USING INDEX r:PARTICIPATED_IN(id)
WITH r
WHERE r.dataset = $dataset
DELETE r
;

// RELATION.bulk.HEADS
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:HEADS {id: row.id, dataset: $dataset}]->(b)
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.bulk.PART_OF
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:PART_OF {id: row.id, dataset: $dataset}]->(b)
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.bulk.LOCATED_IN
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:LOCATED_IN {id: row.id, dataset: $dataset}]->(b)
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.bulk.CAPITAL_OF
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:CAPITAL_OF {id: row.id, dataset: $dataset}]->(b)
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.bulk.MEMBER_OF
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:MEMBER_OF {id: row.id, dataset: $dataset}]->(b)
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.bulk.HOSTED
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:HOSTED {id: row.id, dataset: $dataset}]->(b)
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.bulk.COUNTERS
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:COUNTERS {id: row.id, dataset: $dataset}]->(b)
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.bulk.THREATENS
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:THREATENS {id: row.id, dataset: $dataset}]->(b)
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.bulk.COOPERATES_WITH
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:COOPERATES_WITH {id: row.id, dataset: $dataset}]->(b)
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.bulk.MISHANDLED
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:MISHANDLED {id: row.id, dataset: $dataset}]->(b)
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.bulk.AT_ODDS_WITH
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:AT_ODDS_WITH {id: row.id, dataset: $dataset}]->(b)
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.bulk.MODERNISED
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:MODERNISED {id: row.id, dataset: $dataset}]->(b)
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.create.HEADS
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:HEADS {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.create.PART_OF
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:PART_OF {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.create.LOCATED_IN
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:LOCATED_IN {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.create.CAPITAL_OF
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:CAPITAL_OF {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.create.MEMBER_OF
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:MEMBER_OF {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.create.HOSTED
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:HOSTED {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.create.COUNTERS
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:COUNTERS {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.create.THREATENS
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:THREATENS {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.create.COOPERATES_WITH
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:COOPERATES_WITH {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.create.MISHANDLED
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:MISHANDLED {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.create.AT_ODDS_WITH
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:AT_ODDS_WITH {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.create.MODERNISED
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:MODERNISED {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.update.HEADS
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:HEADS {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.update.PART_OF
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:PART_OF {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.update.LOCATED_IN
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:LOCATED_IN {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.update.CAPITAL_OF
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:CAPITAL_OF {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.update.MEMBER_OF
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:MEMBER_OF {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.update.HOSTED
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:HOSTED {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.update.COUNTERS
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:COUNTERS {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.update.THREATENS
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:THREATENS {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.update.COOPERATES_WITH
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:COOPERATES_WITH {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.update.MISHANDLED
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:MISHANDLED {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.update.AT_ODDS_WITH
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:AT_ODDS_WITH {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.update.MODERNISED
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:MODERNISED {id: row.id}]->(b)
  ON CREATE SET r.dataset = $dataset
WITH r, row, b
WHERE r.dataset = $dataset
SET r.sincePhrase = row.props.sincePhrase,
    r.sincePrecision = row.props.sincePrecision,
    r.sinceEarliest = row.props.sinceEarliest,
    r.sinceLatest = row.props.sinceLatest,
    r.sinceEdtf = row.props.sinceEdtf,
    r.untilPhrase = row.props.untilPhrase,
    r.untilPrecision = row.props.untilPrecision,
    r.untilEarliest = row.props.untilEarliest,
    r.untilLatest = row.props.untilLatest,
    r.untilEdtf = row.props.untilEdtf,
    r.description_ar = row.props.description_ar,
    r.description_fr = row.props.description_fr,
    r.description_en = row.props.description_en,
    r.hash = row.hash
RETURN count(*) AS written
;

// RELATION.remove.HEADS
UNWIND $rows AS row
MATCH (a)-[r:HEADS {id: row.id}]->(b) USING INDEX r:HEADS(id)
WITH r
WHERE r.dataset = $dataset
DELETE r
;

// RELATION.remove.PART_OF
UNWIND $rows AS row
MATCH (a)-[r:PART_OF {id: row.id}]->(b) USING INDEX r:PART_OF(id)
WITH r
WHERE r.dataset = $dataset
DELETE r
;

// RELATION.remove.LOCATED_IN
UNWIND $rows AS row
MATCH (a)-[r:LOCATED_IN {id: row.id}]->(b) USING INDEX r:LOCATED_IN(id)
WITH r
WHERE r.dataset = $dataset
DELETE r
;

// RELATION.remove.CAPITAL_OF
UNWIND $rows AS row
MATCH (a)-[r:CAPITAL_OF {id: row.id}]->(b) USING INDEX r:CAPITAL_OF(id)
WITH r
WHERE r.dataset = $dataset
DELETE r
;

// RELATION.remove.MEMBER_OF
UNWIND $rows AS row
MATCH (a)-[r:MEMBER_OF {id: row.id}]->(b) USING INDEX r:MEMBER_OF(id)
WITH r
WHERE r.dataset = $dataset
DELETE r
;

// RELATION.remove.HOSTED
UNWIND $rows AS row
MATCH (a)-[r:HOSTED {id: row.id}]->(b) USING INDEX r:HOSTED(id)
WITH r
WHERE r.dataset = $dataset
DELETE r
;

// RELATION.remove.COUNTERS
UNWIND $rows AS row
MATCH (a)-[r:COUNTERS {id: row.id}]->(b) USING INDEX r:COUNTERS(id)
WITH r
WHERE r.dataset = $dataset
DELETE r
;

// RELATION.remove.THREATENS
UNWIND $rows AS row
MATCH (a)-[r:THREATENS {id: row.id}]->(b) USING INDEX r:THREATENS(id)
WITH r
WHERE r.dataset = $dataset
DELETE r
;

// RELATION.remove.COOPERATES_WITH
UNWIND $rows AS row
MATCH (a)-[r:COOPERATES_WITH {id: row.id}]->(b) USING INDEX r:COOPERATES_WITH(id)
WITH r
WHERE r.dataset = $dataset
DELETE r
;

// RELATION.remove.MISHANDLED
UNWIND $rows AS row
MATCH (a)-[r:MISHANDLED {id: row.id}]->(b) USING INDEX r:MISHANDLED(id)
WITH r
WHERE r.dataset = $dataset
DELETE r
;

// RELATION.remove.AT_ODDS_WITH
UNWIND $rows AS row
MATCH (a)-[r:AT_ODDS_WITH {id: row.id}]->(b) USING INDEX r:AT_ODDS_WITH(id)
WITH r
WHERE r.dataset = $dataset
DELETE r
;

// RELATION.remove.MODERNISED
UNWIND $rows AS row
MATCH (a)-[r:MODERNISED {id: row.id}]->(b) USING INDEX r:MODERNISED(id)
WITH r
WHERE r.dataset = $dataset
DELETE r
;

// RELATION.handOver.HEADS
UNWIND $rows AS row
MATCH (a)-[r:HEADS {id: row.id}]->(b) USING INDEX r:HEADS(id)
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId) WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver
;

// RELATION.handOver.PART_OF
UNWIND $rows AS row
MATCH (a)-[r:PART_OF {id: row.id}]->(b) USING INDEX r:PART_OF(id)
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId) WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver
;

// RELATION.handOver.LOCATED_IN
UNWIND $rows AS row
MATCH (a)-[r:LOCATED_IN {id: row.id}]->(b) USING INDEX r:LOCATED_IN(id)
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId) WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver
;

// RELATION.handOver.CAPITAL_OF
UNWIND $rows AS row
MATCH (a)-[r:CAPITAL_OF {id: row.id}]->(b) USING INDEX r:CAPITAL_OF(id)
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId) WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver
;

// RELATION.handOver.MEMBER_OF
UNWIND $rows AS row
MATCH (a)-[r:MEMBER_OF {id: row.id}]->(b) USING INDEX r:MEMBER_OF(id)
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId) WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver
;

// RELATION.handOver.HOSTED
UNWIND $rows AS row
MATCH (a)-[r:HOSTED {id: row.id}]->(b) USING INDEX r:HOSTED(id)
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId) WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver
;

// RELATION.handOver.COUNTERS
UNWIND $rows AS row
MATCH (a)-[r:COUNTERS {id: row.id}]->(b) USING INDEX r:COUNTERS(id)
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId) WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver
;

// RELATION.handOver.THREATENS
UNWIND $rows AS row
MATCH (a)-[r:THREATENS {id: row.id}]->(b) USING INDEX r:THREATENS(id)
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId) WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver
;

// RELATION.handOver.COOPERATES_WITH
UNWIND $rows AS row
MATCH (a)-[r:COOPERATES_WITH {id: row.id}]->(b) USING INDEX r:COOPERATES_WITH(id)
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId) WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver
;

// RELATION.handOver.MISHANDLED
UNWIND $rows AS row
MATCH (a)-[r:MISHANDLED {id: row.id}]->(b) USING INDEX r:MISHANDLED(id)
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId) WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver
;

// RELATION.handOver.AT_ODDS_WITH
UNWIND $rows AS row
MATCH (a)-[r:AT_ODDS_WITH {id: row.id}]->(b) USING INDEX r:AT_ODDS_WITH(id)
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId) WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver
;

// RELATION.handOver.MODERNISED
UNWIND $rows AS row
MATCH (a)-[r:MODERNISED {id: row.id}]->(b) USING INDEX r:MODERNISED(id)
WITH r
WHERE r.dataset = $dataset
WITH r, COLLECT { MATCH (ev:Evidence {factId: r.id}) USING INDEX ev:Evidence(factId) WHERE ev.dataset <> $dataset RETURN ev.dataset AS heir ORDER BY heir LIMIT 1 } AS heirs
WHERE size(heirs) > 0
SET r.dataset = heirs[0], r.hash = null
RETURN count(*) AS handedOver
;

// RELATION.others
UNWIND $rows AS row
CALL (row) {
  MATCH (a)-[r:HEADS {id: row.id}]->(b) USING INDEX r:HEADS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PART_OF {id: row.id}]->(b) USING INDEX r:PART_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:LOCATED_IN {id: row.id}]->(b) USING INDEX r:LOCATED_IN(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:CAPITAL_OF {id: row.id}]->(b) USING INDEX r:CAPITAL_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MEMBER_OF {id: row.id}]->(b) USING INDEX r:MEMBER_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:HOSTED {id: row.id}]->(b) USING INDEX r:HOSTED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COUNTERS {id: row.id}]->(b) USING INDEX r:COUNTERS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:THREATENS {id: row.id}]->(b) USING INDEX r:THREATENS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COOPERATES_WITH {id: row.id}]->(b) USING INDEX r:COOPERATES_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MISHANDLED {id: row.id}]->(b) USING INDEX r:MISHANDLED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:AT_ODDS_WITH {id: row.id}]->(b) USING INDEX r:AT_ODDS_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MODERNISED {id: row.id}]->(b) USING INDEX r:MODERNISED(id) RETURN r, a, b
}
WITH r, a, b
WHERE coalesce(r.dataset, '') <> $dataset
RETURN r.id AS id, coalesce(r.dataset, '(none)') AS dataset, type(r) AS type, a.id AS from, b.id AS to
;

// RELATION.existing.ids
MATCH (s:Source {dataset: $dataset})<-[:FROM]-(:Excerpt)<-[:CITES]-(ev:Evidence)
USING INDEX s:Source(dataset)
WHERE ev.dataset = $dataset AND ev.factType = 'RELATION'
RETURN DISTINCT ev.factId AS id
;

// RELATION.existing.byId
UNWIND $rows AS row
CALL (row) {
  MATCH (a)-[r:HEADS {id: row.id}]->(b) USING INDEX r:HEADS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PART_OF {id: row.id}]->(b) USING INDEX r:PART_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:LOCATED_IN {id: row.id}]->(b) USING INDEX r:LOCATED_IN(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:CAPITAL_OF {id: row.id}]->(b) USING INDEX r:CAPITAL_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MEMBER_OF {id: row.id}]->(b) USING INDEX r:MEMBER_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:HOSTED {id: row.id}]->(b) USING INDEX r:HOSTED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COUNTERS {id: row.id}]->(b) USING INDEX r:COUNTERS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:THREATENS {id: row.id}]->(b) USING INDEX r:THREATENS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COOPERATES_WITH {id: row.id}]->(b) USING INDEX r:COOPERATES_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MISHANDLED {id: row.id}]->(b) USING INDEX r:MISHANDLED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:AT_ODDS_WITH {id: row.id}]->(b) USING INDEX r:AT_ODDS_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MODERNISED {id: row.id}]->(b) USING INDEX r:MODERNISED(id) RETURN r, a, b
}
WITH r, a, b
WHERE r.dataset = $dataset
RETURN r.id AS id, r.hash AS hash, type(r) AS type, a.id AS from, b.id AS to
;

// RECOMPUTE.EVENT.read
UNWIND $rows AS row
MATCH (r:Event {id: row.id})
WITH r AS f
RETURN f.id AS id, f.status AS status, f.statementKinds AS statementKinds, f.sourceIds AS sourceIds,
  f.statusReason AS statusReason, f.sourceVerdicts AS sourceVerdicts,
  COLLECT {
    MATCH (ev:Evidence {factId: f.id}) USING INDEX ev:Evidence(factId)
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    RETURN {sourceId: s.id, statementKind: ev.statementKind, stance: ev.stance}
  } AS evidence,
  COLLECT {
    MATCH (ev:Evidence {factId: f.id}) USING INDEX ev:Evidence(factId)
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    WITH DISTINCT s
    RETURN {id: s.id, publisher: s.publisher, independenceKeys: s.independenceKeys}
  } AS sources
;

// RECOMPUTE.EVENT.write
UNWIND $rows AS row
MATCH (r:Event {id: row.id})
SET r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts
RETURN count(*) AS facts
;

// RECOMPUTE.PARTICIPATION.read
UNWIND $rows AS row
MATCH (a)-[r:PARTICIPATED_IN {id: row.id}]->(b) USING INDEX r:PARTICIPATED_IN(id)
WITH r AS f
RETURN f.id AS id, f.status AS status, f.statementKinds AS statementKinds, f.sourceIds AS sourceIds,
  f.statusReason AS statusReason, f.sourceVerdicts AS sourceVerdicts,
  COLLECT {
    MATCH (ev:Evidence {factId: f.id}) USING INDEX ev:Evidence(factId)
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    RETURN {sourceId: s.id, statementKind: ev.statementKind, stance: ev.stance}
  } AS evidence,
  COLLECT {
    MATCH (ev:Evidence {factId: f.id}) USING INDEX ev:Evidence(factId)
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    WITH DISTINCT s
    RETURN {id: s.id, publisher: s.publisher, independenceKeys: s.independenceKeys}
  } AS sources
;

// RECOMPUTE.PARTICIPATION.write
UNWIND $rows AS row
MATCH (a)-[r:PARTICIPATED_IN {id: row.id}]->(b) USING INDEX r:PARTICIPATED_IN(id)
SET r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts
RETURN count(*) AS facts
;

// RECOMPUTE.RELATION.read
UNWIND $rows AS row
CALL (row) {
  MATCH (a)-[r:HEADS {id: row.id}]->(b) USING INDEX r:HEADS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PART_OF {id: row.id}]->(b) USING INDEX r:PART_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:LOCATED_IN {id: row.id}]->(b) USING INDEX r:LOCATED_IN(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:CAPITAL_OF {id: row.id}]->(b) USING INDEX r:CAPITAL_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MEMBER_OF {id: row.id}]->(b) USING INDEX r:MEMBER_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:HOSTED {id: row.id}]->(b) USING INDEX r:HOSTED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COUNTERS {id: row.id}]->(b) USING INDEX r:COUNTERS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:THREATENS {id: row.id}]->(b) USING INDEX r:THREATENS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COOPERATES_WITH {id: row.id}]->(b) USING INDEX r:COOPERATES_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MISHANDLED {id: row.id}]->(b) USING INDEX r:MISHANDLED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:AT_ODDS_WITH {id: row.id}]->(b) USING INDEX r:AT_ODDS_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MODERNISED {id: row.id}]->(b) USING INDEX r:MODERNISED(id) RETURN r, a, b
}
WITH r AS f
RETURN f.id AS id, f.status AS status, f.statementKinds AS statementKinds, f.sourceIds AS sourceIds,
  f.statusReason AS statusReason, f.sourceVerdicts AS sourceVerdicts,
  COLLECT {
    MATCH (ev:Evidence {factId: f.id}) USING INDEX ev:Evidence(factId)
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    RETURN {sourceId: s.id, statementKind: ev.statementKind, stance: ev.stance}
  } AS evidence,
  COLLECT {
    MATCH (ev:Evidence {factId: f.id}) USING INDEX ev:Evidence(factId)
    MATCH (ev)-[:CITES]->(:Excerpt)-[:FROM]->(s:Source)
    WITH DISTINCT s
    RETURN {id: s.id, publisher: s.publisher, independenceKeys: s.independenceKeys}
  } AS sources
;

// RECOMPUTE.RELATION.write
UNWIND $rows AS row
CALL (row) {
  MATCH (a)-[r:HEADS {id: row.id}]->(b) USING INDEX r:HEADS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PART_OF {id: row.id}]->(b) USING INDEX r:PART_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:LOCATED_IN {id: row.id}]->(b) USING INDEX r:LOCATED_IN(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:CAPITAL_OF {id: row.id}]->(b) USING INDEX r:CAPITAL_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MEMBER_OF {id: row.id}]->(b) USING INDEX r:MEMBER_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:HOSTED {id: row.id}]->(b) USING INDEX r:HOSTED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COUNTERS {id: row.id}]->(b) USING INDEX r:COUNTERS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:THREATENS {id: row.id}]->(b) USING INDEX r:THREATENS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COOPERATES_WITH {id: row.id}]->(b) USING INDEX r:COOPERATES_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MISHANDLED {id: row.id}]->(b) USING INDEX r:MISHANDLED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:AT_ODDS_WITH {id: row.id}]->(b) USING INDEX r:AT_ODDS_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MODERNISED {id: row.id}]->(b) USING INDEX r:MODERNISED(id) RETURN r, a, b
}
SET r.status = row.derived.status,
    r.statementKinds = row.derived.statementKinds,
    r.sourceIds = row.derived.sourceIds,
    r.statusReason = row.derived.statusReason,
    r.sourceVerdicts = row.derived.sourceVerdicts
RETURN count(*) AS facts
;

// REMOVE_FIRST_LOAD.Name
MATCH (n:Name) WHERE n.dataset = $dataset CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
;

// REMOVE_FIRST_LOAD.Evidence
MATCH (n:Evidence) WHERE n.dataset = $dataset CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
;

// REMOVE_FIRST_LOAD.Excerpt
MATCH (n:Excerpt) WHERE n.dataset = $dataset CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
;

// REMOVE_FIRST_LOAD.Event
MATCH (n:Event) WHERE n.dataset = $dataset CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
;

// REMOVE_FIRST_LOAD.Entity
MATCH (n:Entity) WHERE n.dataset = $dataset CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
;

// REMOVE_FIRST_LOAD.Source
MATCH (n:Source) WHERE n.dataset = $dataset CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
;

// LOAD_SLOT_CONSTRAINT
CREATE CONSTRAINT load_slot IF NOT EXISTS FOR (l:Load) REQUIRE l.slot IS UNIQUE
;

// LOAD_BEGIN
CREATE (l:Load {slot: 'loader'})
SET l += $load, l.startedAt = toString(datetime()), l.heartbeat = timestamp(), l.commits = 0
;

// LOAD_CURRENT
MATCH (l:Load)
RETURN l {.dataset, .mode, .token, .host, .pid, .startedAt, .commits, .staleAfterMs, .recovering, age: timestamp() - l.heartbeat} AS load
;

// LOAD_CLAIM
MATCH (l:Load)
WHERE l.token = $token
SET l += $load, l.heartbeat = timestamp(), l.recovering = true
RETURN count(l) AS claimed
;

// LOAD_HEARTBEAT
MATCH (l:Load)
WHERE l.token = $token
SET l.heartbeat = timestamp(), l.commits = l.commits + 1
RETURN count(l) AS held
;

// LOAD_FINISH
MATCH (l:Load)
WHERE l.token = $token
CALL (l) {
  MATCH (u:LoadUndo)
  WHERE u.dataset = l.dataset
  DELETE u
}
DELETE l
RETURN count(*) AS finished
;

// UNDO_APPEND
CREATE (u:LoadUndo)
SET u += $undo, u.applied = false
;

// UNDO_PENDING
MATCH (u:LoadUndo)
WHERE u.dataset = $dataset AND NOT u.applied
RETURN u.seq AS seq
ORDER BY seq DESC
;

// UNDO_READ
MATCH (u:LoadUndo)
WHERE u.dataset = $dataset AND u.seq = $seq
RETURN u.data AS data
;

// UNDO_APPLIED
MATCH (u:LoadUndo)
WHERE u.dataset = $dataset AND u.seq = $seq
SET u.applied = true, u.data = null
;

// UNDO_FACTS
MATCH (u:LoadUndo)
WHERE u.dataset = $dataset
UNWIND u.facts AS id
RETURN DISTINCT id
;

// UNDO_EVENTS
MATCH (u:LoadUndo)
WHERE u.dataset = $dataset
UNWIND u.events AS id
RETURN DISTINCT id
;

// NODE_UNDO.Source.capture
UNWIND $rows AS row
OPTIONAL MATCH (n:Source {id: row.id})
RETURN row.id AS id, $detach AS detach, CASE WHEN n IS NULL THEN null ELSE {
  labels: labels(n),
  props: properties(n),
  rels: CASE WHEN $detach
    THEN [(n)-[r]-(m) | {type: type(r), out: startNode(r) = n, other: m.id, props: properties(r)}]
    ELSE [(n)-[r:FROM|CITES|NAME_OF|OCCURRED_IN]->(m) | {type: type(r), out: true, other: m.id, props: properties(r)}] END
} END AS before
;

// NODE_UNDO.Source.remove
UNWIND $rows AS row
MATCH (n:Source {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n
;

// NODE_UNDO.Source.restore
UNWIND $rows AS row
MERGE (n:Source {id: row.id})
SET n = row.before.props
WITH n, row, [l IN labels(n) WHERE NOT l IN row.before.labels] AS extra
REMOVE n:$(extra)
SET n:$(row.before.labels)
WITH n, row
CALL (n, row) {
  MATCH (n)-[r]-()
  WHERE row.detach OR (startNode(r) = n AND type(r) IN ['FROM', 'CITES', 'NAME_OF', 'OCCURRED_IN'])
  DELETE r
}
WITH n, row
UNWIND row.before.rels AS rel
CALL (rel) {
  OPTIONAL MATCH (source:Source {id: rel.other})
  OPTIONAL MATCH (excerpt:Excerpt {id: rel.other})
  OPTIONAL MATCH (entity:Entity {id: rel.other})
  OPTIONAL MATCH (event:Event {id: rel.other})
  OPTIONAL MATCH (evidence:Evidence {id: rel.other})
  OPTIONAL MATCH (name:Name {id: rel.other})
  RETURN coalesce(source, excerpt, entity, event, evidence, name) AS m
}
WITH n, rel, m
WHERE m IS NOT NULL
WITH rel, CASE WHEN rel.out THEN n ELSE m END AS a, CASE WHEN rel.out THEN m ELSE n END AS b
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.props
;

// NODE_UNDO.Excerpt.capture
UNWIND $rows AS row
OPTIONAL MATCH (n:Excerpt {id: row.id})
RETURN row.id AS id, $detach AS detach, CASE WHEN n IS NULL THEN null ELSE {
  labels: labels(n),
  props: properties(n),
  rels: CASE WHEN $detach
    THEN [(n)-[r]-(m) | {type: type(r), out: startNode(r) = n, other: m.id, props: properties(r)}]
    ELSE [(n)-[r:FROM|CITES|NAME_OF|OCCURRED_IN]->(m) | {type: type(r), out: true, other: m.id, props: properties(r)}] END
} END AS before
;

// NODE_UNDO.Excerpt.remove
UNWIND $rows AS row
MATCH (n:Excerpt {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n
;

// NODE_UNDO.Excerpt.restore
UNWIND $rows AS row
MERGE (n:Excerpt {id: row.id})
SET n = row.before.props
WITH n, row, [l IN labels(n) WHERE NOT l IN row.before.labels] AS extra
REMOVE n:$(extra)
SET n:$(row.before.labels)
WITH n, row
CALL (n, row) {
  MATCH (n)-[r]-()
  WHERE row.detach OR (startNode(r) = n AND type(r) IN ['FROM', 'CITES', 'NAME_OF', 'OCCURRED_IN'])
  DELETE r
}
WITH n, row
UNWIND row.before.rels AS rel
CALL (rel) {
  OPTIONAL MATCH (source:Source {id: rel.other})
  OPTIONAL MATCH (excerpt:Excerpt {id: rel.other})
  OPTIONAL MATCH (entity:Entity {id: rel.other})
  OPTIONAL MATCH (event:Event {id: rel.other})
  OPTIONAL MATCH (evidence:Evidence {id: rel.other})
  OPTIONAL MATCH (name:Name {id: rel.other})
  RETURN coalesce(source, excerpt, entity, event, evidence, name) AS m
}
WITH n, rel, m
WHERE m IS NOT NULL
WITH rel, CASE WHEN rel.out THEN n ELSE m END AS a, CASE WHEN rel.out THEN m ELSE n END AS b
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.props
;

// NODE_UNDO.Entity.capture
UNWIND $rows AS row
OPTIONAL MATCH (n:Entity {id: row.id})
RETURN row.id AS id, $detach AS detach, CASE WHEN n IS NULL THEN null ELSE {
  labels: labels(n),
  props: properties(n),
  rels: CASE WHEN $detach
    THEN [(n)-[r]-(m) | {type: type(r), out: startNode(r) = n, other: m.id, props: properties(r)}]
    ELSE [(n)-[r:FROM|CITES|NAME_OF|OCCURRED_IN]->(m) | {type: type(r), out: true, other: m.id, props: properties(r)}] END
} END AS before
;

// NODE_UNDO.Entity.remove
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n
;

// NODE_UNDO.Entity.restore
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.before.props
WITH n, row, [l IN labels(n) WHERE NOT l IN row.before.labels] AS extra
REMOVE n:$(extra)
SET n:$(row.before.labels)
WITH n, row
CALL (n, row) {
  MATCH (n)-[r]-()
  WHERE row.detach OR (startNode(r) = n AND type(r) IN ['FROM', 'CITES', 'NAME_OF', 'OCCURRED_IN'])
  DELETE r
}
WITH n, row
UNWIND row.before.rels AS rel
CALL (rel) {
  OPTIONAL MATCH (source:Source {id: rel.other})
  OPTIONAL MATCH (excerpt:Excerpt {id: rel.other})
  OPTIONAL MATCH (entity:Entity {id: rel.other})
  OPTIONAL MATCH (event:Event {id: rel.other})
  OPTIONAL MATCH (evidence:Evidence {id: rel.other})
  OPTIONAL MATCH (name:Name {id: rel.other})
  RETURN coalesce(source, excerpt, entity, event, evidence, name) AS m
}
WITH n, rel, m
WHERE m IS NOT NULL
WITH rel, CASE WHEN rel.out THEN n ELSE m END AS a, CASE WHEN rel.out THEN m ELSE n END AS b
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.props
;

// NODE_UNDO.Event.capture
UNWIND $rows AS row
OPTIONAL MATCH (n:Event {id: row.id})
RETURN row.id AS id, $detach AS detach, CASE WHEN n IS NULL THEN null ELSE {
  labels: labels(n),
  props: properties(n),
  rels: CASE WHEN $detach
    THEN [(n)-[r]-(m) | {type: type(r), out: startNode(r) = n, other: m.id, props: properties(r)}]
    ELSE [(n)-[r:FROM|CITES|NAME_OF|OCCURRED_IN]->(m) | {type: type(r), out: true, other: m.id, props: properties(r)}] END
} END AS before
;

// NODE_UNDO.Event.remove
UNWIND $rows AS row
MATCH (n:Event {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n
;

// NODE_UNDO.Event.restore
UNWIND $rows AS row
MERGE (n:Event {id: row.id})
SET n = row.before.props
WITH n, row, [l IN labels(n) WHERE NOT l IN row.before.labels] AS extra
REMOVE n:$(extra)
SET n:$(row.before.labels)
WITH n, row
CALL (n, row) {
  MATCH (n)-[r]-()
  WHERE row.detach OR (startNode(r) = n AND type(r) IN ['FROM', 'CITES', 'NAME_OF', 'OCCURRED_IN'])
  DELETE r
}
WITH n, row
UNWIND row.before.rels AS rel
CALL (rel) {
  OPTIONAL MATCH (source:Source {id: rel.other})
  OPTIONAL MATCH (excerpt:Excerpt {id: rel.other})
  OPTIONAL MATCH (entity:Entity {id: rel.other})
  OPTIONAL MATCH (event:Event {id: rel.other})
  OPTIONAL MATCH (evidence:Evidence {id: rel.other})
  OPTIONAL MATCH (name:Name {id: rel.other})
  RETURN coalesce(source, excerpt, entity, event, evidence, name) AS m
}
WITH n, rel, m
WHERE m IS NOT NULL
WITH rel, CASE WHEN rel.out THEN n ELSE m END AS a, CASE WHEN rel.out THEN m ELSE n END AS b
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.props
;

// NODE_UNDO.Evidence.capture
UNWIND $rows AS row
OPTIONAL MATCH (n:Evidence {id: row.id})
RETURN row.id AS id, $detach AS detach, CASE WHEN n IS NULL THEN null ELSE {
  labels: labels(n),
  props: properties(n),
  rels: CASE WHEN $detach
    THEN [(n)-[r]-(m) | {type: type(r), out: startNode(r) = n, other: m.id, props: properties(r)}]
    ELSE [(n)-[r:FROM|CITES|NAME_OF|OCCURRED_IN]->(m) | {type: type(r), out: true, other: m.id, props: properties(r)}] END
} END AS before
;

// NODE_UNDO.Evidence.remove
UNWIND $rows AS row
MATCH (n:Evidence {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n
;

// NODE_UNDO.Evidence.restore
UNWIND $rows AS row
MERGE (n:Evidence {id: row.id})
SET n = row.before.props
WITH n, row, [l IN labels(n) WHERE NOT l IN row.before.labels] AS extra
REMOVE n:$(extra)
SET n:$(row.before.labels)
WITH n, row
CALL (n, row) {
  MATCH (n)-[r]-()
  WHERE row.detach OR (startNode(r) = n AND type(r) IN ['FROM', 'CITES', 'NAME_OF', 'OCCURRED_IN'])
  DELETE r
}
WITH n, row
UNWIND row.before.rels AS rel
CALL (rel) {
  OPTIONAL MATCH (source:Source {id: rel.other})
  OPTIONAL MATCH (excerpt:Excerpt {id: rel.other})
  OPTIONAL MATCH (entity:Entity {id: rel.other})
  OPTIONAL MATCH (event:Event {id: rel.other})
  OPTIONAL MATCH (evidence:Evidence {id: rel.other})
  OPTIONAL MATCH (name:Name {id: rel.other})
  RETURN coalesce(source, excerpt, entity, event, evidence, name) AS m
}
WITH n, rel, m
WHERE m IS NOT NULL
WITH rel, CASE WHEN rel.out THEN n ELSE m END AS a, CASE WHEN rel.out THEN m ELSE n END AS b
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.props
;

// NODE_UNDO.Name.capture
UNWIND $rows AS row
OPTIONAL MATCH (n:Name {id: row.id})
RETURN row.id AS id, $detach AS detach, CASE WHEN n IS NULL THEN null ELSE {
  labels: labels(n),
  props: properties(n),
  rels: CASE WHEN $detach
    THEN [(n)-[r]-(m) | {type: type(r), out: startNode(r) = n, other: m.id, props: properties(r)}]
    ELSE [(n)-[r:FROM|CITES|NAME_OF|OCCURRED_IN]->(m) | {type: type(r), out: true, other: m.id, props: properties(r)}] END
} END AS before
;

// NODE_UNDO.Name.remove
UNWIND $rows AS row
MATCH (n:Name {id: row.id})
WHERE n.dataset = $dataset
DETACH DELETE n
;

// NODE_UNDO.Name.restore
UNWIND $rows AS row
MERGE (n:Name {id: row.id})
SET n = row.before.props
WITH n, row, [l IN labels(n) WHERE NOT l IN row.before.labels] AS extra
REMOVE n:$(extra)
SET n:$(row.before.labels)
WITH n, row
CALL (n, row) {
  MATCH (n)-[r]-()
  WHERE row.detach OR (startNode(r) = n AND type(r) IN ['FROM', 'CITES', 'NAME_OF', 'OCCURRED_IN'])
  DELETE r
}
WITH n, row
UNWIND row.before.rels AS rel
CALL (rel) {
  OPTIONAL MATCH (source:Source {id: rel.other})
  OPTIONAL MATCH (excerpt:Excerpt {id: rel.other})
  OPTIONAL MATCH (entity:Entity {id: rel.other})
  OPTIONAL MATCH (event:Event {id: rel.other})
  OPTIONAL MATCH (evidence:Evidence {id: rel.other})
  OPTIONAL MATCH (name:Name {id: rel.other})
  RETURN coalesce(source, excerpt, entity, event, evidence, name) AS m
}
WITH n, rel, m
WHERE m IS NOT NULL
WITH rel, CASE WHEN rel.out THEN n ELSE m END AS a, CASE WHEN rel.out THEN m ELSE n END AS b
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.props
;

// LINK_UNDO.IN_COUNTRY.capture
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Entity {id: row.from})-[r:IN_COUNTRY]->(b:Entity {id: row.to})
  RETURN collect(properties(r)) AS found
}
RETURN row.from AS from, row.to AS to, found[0] AS before
;

// LINK_UNDO.IN_COUNTRY.restore
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CALL (a, b, row) {
  MATCH (a)-[r:IN_COUNTRY]->(b)
  WHERE row.before IS NOT NULL OR r.dataset = $dataset
  DELETE r
}
WITH a, b, row
WHERE row.before IS NOT NULL
CREATE (a)-[r:IN_COUNTRY]->(b)
SET r = row.before
;

// LINK_UNDO.MENTIONED_IN.capture
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Entity {id: row.from})-[r:MENTIONED_IN]->(b:Excerpt {id: row.to})
  RETURN collect(properties(r)) AS found
}
RETURN row.from AS from, row.to AS to, found[0] AS before
;

// LINK_UNDO.MENTIONED_IN.restore
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Excerpt {id: row.to})
CALL (a, b, row) {
  MATCH (a)-[r:MENTIONED_IN]->(b)
  WHERE row.before IS NOT NULL OR r.dataset = $dataset
  DELETE r
}
WITH a, b, row
WHERE row.before IS NOT NULL
CREATE (a)-[r:MENTIONED_IN]->(b)
SET r = row.before
;

// LINK_UNDO.OCCURRED_IN.capture
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Event {id: row.from})-[r:OCCURRED_IN]->(b:Entity {id: row.to})
  RETURN collect(properties(r)) AS found
}
RETURN row.from AS from, row.to AS to, found[0] AS before
;

// LINK_UNDO.OCCURRED_IN.restore
UNWIND $rows AS row
MATCH (a:Event {id: row.from})
MATCH (b:Entity {id: row.to})
CALL (a, b, row) {
  MATCH (a)-[r:OCCURRED_IN]->(b)
  WHERE row.before IS NOT NULL OR r.dataset = $dataset
  DELETE r
}
WITH a, b, row
WHERE row.before IS NOT NULL
CREATE (a)-[r:OCCURRED_IN]->(b)
SET r = row.before
;

// PARTICIPATION_UNDO.capture
UNWIND $rows AS row
CALL (row) {
  MATCH (a)-[r:PARTICIPATED_IN {id: row.id}]->(b) USING INDEX r:PARTICIPATED_IN(id)
  RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS before
}
RETURN row.id AS id, before
;

// PARTICIPATION_UNDO.restore
UNWIND $rows AS row
CALL (row) {
  MATCH (a)-[r:PARTICIPATED_IN {id: row.id}]->(b) USING INDEX r:PARTICIPATED_IN(id)
  WITH r
  WHERE row.before IS NOT NULL OR r.dataset = $dataset
  DELETE r
}
WITH row
UNWIND coalesce(row.before, []) AS old
MATCH (a:Entity {id: old.from})
MATCH (b:Event {id: old.to})
CREATE (a)-[r:$(old.type)]->(b)
SET r = old.props
;

// RELATION_UNDO.capture
UNWIND $rows AS row
CALL (row) {
  CALL (row) {
  MATCH (a)-[r:HEADS {id: row.id}]->(b) USING INDEX r:HEADS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PART_OF {id: row.id}]->(b) USING INDEX r:PART_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:LOCATED_IN {id: row.id}]->(b) USING INDEX r:LOCATED_IN(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:CAPITAL_OF {id: row.id}]->(b) USING INDEX r:CAPITAL_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MEMBER_OF {id: row.id}]->(b) USING INDEX r:MEMBER_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:HOSTED {id: row.id}]->(b) USING INDEX r:HOSTED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COUNTERS {id: row.id}]->(b) USING INDEX r:COUNTERS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:THREATENS {id: row.id}]->(b) USING INDEX r:THREATENS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COOPERATES_WITH {id: row.id}]->(b) USING INDEX r:COOPERATES_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MISHANDLED {id: row.id}]->(b) USING INDEX r:MISHANDLED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:AT_ODDS_WITH {id: row.id}]->(b) USING INDEX r:AT_ODDS_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MODERNISED {id: row.id}]->(b) USING INDEX r:MODERNISED(id) RETURN r, a, b
}
  RETURN collect({type: type(r), from: a.id, to: b.id, props: properties(r)}) AS before
}
RETURN row.id AS id, before
;

// RELATION_UNDO.restore
UNWIND $rows AS row
CALL (row) {
  CALL (row) {
  MATCH (a)-[r:HEADS {id: row.id}]->(b) USING INDEX r:HEADS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:PART_OF {id: row.id}]->(b) USING INDEX r:PART_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:LOCATED_IN {id: row.id}]->(b) USING INDEX r:LOCATED_IN(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:CAPITAL_OF {id: row.id}]->(b) USING INDEX r:CAPITAL_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MEMBER_OF {id: row.id}]->(b) USING INDEX r:MEMBER_OF(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:HOSTED {id: row.id}]->(b) USING INDEX r:HOSTED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COUNTERS {id: row.id}]->(b) USING INDEX r:COUNTERS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:THREATENS {id: row.id}]->(b) USING INDEX r:THREATENS(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:COOPERATES_WITH {id: row.id}]->(b) USING INDEX r:COOPERATES_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MISHANDLED {id: row.id}]->(b) USING INDEX r:MISHANDLED(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:AT_ODDS_WITH {id: row.id}]->(b) USING INDEX r:AT_ODDS_WITH(id) RETURN r, a, b
  UNION ALL
  MATCH (a)-[r:MODERNISED {id: row.id}]->(b) USING INDEX r:MODERNISED(id) RETURN r, a, b
}
  WITH r
  WHERE row.before IS NOT NULL OR r.dataset = $dataset
  DELETE r
}
WITH row
UNWIND coalesce(row.before, []) AS old
MATCH (a:Entity {id: old.from})
MATCH (b:Entity {id: old.to})
CREATE (a)-[r:$(old.type)]->(b)
SET r = old.props
;

// COPY_SORT_KEYS
UNWIND $rows AS row
MATCH (n:Event {id: row.id})<-[p:PARTICIPATED_IN]-(x)
WHERE p.sortKey <> n.sortKey
SET p.sortKey = n.sortKey, p.timelineKey = x.id + '|' + n.sortKey
;
