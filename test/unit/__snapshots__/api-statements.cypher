// ==============================================================================================================
// Query.entity: { entity(id: "org:dgsn") { id kind name(language: FR) aliases { text language } description { en } wikidataUrl cameoActorCode country { id name } mentions { quote start end source { title } } relations { type since { phrase precision } from { id } to { id name } evidence { quote statementKind source { title } } } } }

// entity.byId ($: id)
MATCH (e:Entity {id: $id}) RETURN {id: e.id, kind: e.kind, names: {ar: e.name_ar, fr: e.name_fr, en: e.name_en}, aliases: ([i IN range(0, size(coalesce(e.aliases, [])) - 1) | {text: e.aliases[i], language: toUpper(e.aliasLanguages[i])}] + COLLECT { MATCH (nm1:Name)-[:NAME_OF]->(e) WHERE nm1.dataset <> e.dataset AND NOT nm1.text IN [ownText IN coalesce(e.aliases, []) + [e.name_ar, e.name_fr, e.name_en] WHERE ownText IS NOT NULL] WITH nm1 ORDER BY nm1.dataset, nm1.lang, nm1.text RETURN DISTINCT {text: nm1.text, language: toUpper(nm1.lang)} })[..50], description: CASE WHEN e.description_ar IS NULL AND e.description_fr IS NULL AND e.description_en IS NULL THEN null ELSE {ar: e.description_ar, fr: e.description_fr, en: e.description_en} END, wikidataId: e.wikidata, cameoActorCode: e.cameoActor, country: COLLECT { MATCH (e)-[:IN_COUNTRY]->(country2:Entity) RETURN {id: country2.id, names: {ar: country2.name_ar, fr: country2.name_fr, en: country2.name_en}} }[0], mentions: COLLECT { MATCH (e)-[:MENTIONED_IN]->(mx3:Excerpt)-[:FROM]->(ms4:Source) WITH mx3, ms4 ORDER BY ms4.id, mx3.start LIMIT 50 RETURN {excerptId: mx3.id, quote: mx3.quote, start: mx3.start, end: mx3.end, source: {id: ms4.id, title: ms4.title}} }, relations: COLLECT { MATCH (e)-[rel5:HEADS|PART_OF|LOCATED_IN|CAPITAL_OF|MEMBER_OF|HOSTED|COUNTERS|THREATENS|COOPERATES_WITH|MISHANDLED|AT_ODDS_WITH|MODERNISED]-(other6:Entity) WITH DISTINCT rel5 ORDER BY rel5.id LIMIT 100 WITH rel5, startNode(rel5) AS relFrom7, endNode(rel5) AS relTo8 RETURN {id: rel5.id, type: type(rel5), since: CASE WHEN rel5.sincePrecision IS NULL AND rel5.sincePhrase IS NULL THEN null ELSE {phrase: rel5.sincePhrase, precision: coalesce(rel5.sincePrecision, 'UNKNOWN'), earliest: rel5.sinceEarliest, latest: rel5.sinceLatest, edtf: rel5.sinceEdtf, year: CASE WHEN rel5.sinceEarliest IS NOT NULL AND left(rel5.sinceEarliest, 4) = left(rel5.sinceLatest, 4) THEN toInteger(left(rel5.sinceEarliest, 4)) END} END, sinceClaimRows: COLLECT { MATCH (ev9:Evidence {factId: rel5.id})-[:CITES]->(ex10:Excerpt)-[:FROM]->(src11:Source) WHERE ev9.stance = 'SUPPORTS' AND (ev9.claimedSincePhrase IS NOT NULL OR ev9.claimedSinceEdtf IS NOT NULL) WITH ev9, ex10, src11 ORDER BY src11.id, ex10.start, ev9.id LIMIT 10 RETURN {sourceId: src11.id, owner: ev9.dataset = rel5.dataset, date: {phrase: ev9.claimedSincePhrase, precision: coalesce(ev9.claimedSincePrecision, 'UNKNOWN'), earliest: ev9.claimedSinceEarliest, latest: ev9.claimedSinceLatest, edtf: ev9.claimedSinceEdtf, year: CASE WHEN ev9.claimedSinceEarliest IS NOT NULL AND left(ev9.claimedSinceEarliest, 4) = left(ev9.claimedSinceLatest, 4) THEN toInteger(left(ev9.claimedSinceEarliest, 4)) END}} }, from: {id: relFrom7.id}, to: {id: relTo8.id, names: {ar: relTo8.name_ar, fr: relTo8.name_fr, en: relTo8.name_en}}, evidence: COLLECT { MATCH (ev12:Evidence {factId: rel5.id})-[:CITES]->(ex13:Excerpt)-[:FROM]->(src14:Source) WITH ev12, ex13, src14 ORDER BY src14.id, ex13.start, ev12.id LIMIT 10 RETURN {excerptId: ex13.id, quote: ex13.quote, start: ex13.start, end: ex13.end, statementKind: ev12.statementKind, stance: ev12.stance, note: ev12.note, source: {id: src14.id, title: src14.title}} }} }} AS entity
;

// ==============================================================================================================
// Query.entities: { entities(first: 5) { edges { cursor node { id kind name } } pageInfo { hasNextPage endCursor } } }

// entity.list ($: kinds, countryId, nameQuery, after, limit)
    WITH null AS totalCount
    CALL () {
      MATCH (e:Entity)
      WHERE ($kinds IS NULL OR e.kind IN $kinds) AND ($countryId IS NULL OR e.countryId = $countryId) AND ($after IS NULL OR e.sortName > $after)
      WITH e ORDER BY e.sortName LIMIT $limit
      RETURN collect({key: e.sortName, node: {id: e.id, kind: e.kind, names: {ar: e.name_ar, fr: e.name_fr, en: e.name_en}}}) AS rows
    }
    RETURN rows, totalCount
;

// ==============================================================================================================
// Query.entities: { entities(filter: { kinds: [ORGANIZATION], countryId: "country:morocco", name: "Sûreté nationale" }, first: 10, after: null) { totalCount edges { node { id name } } } }

// entity.list ($: kinds, countryId, nameQuery, after, limit)
    CALL () { CALL db.index.fulltext.queryNodes('name_search', $nameQuery, {limit: 10000}) YIELD node MATCH (node)-[:NAME_OF]->(e:Entity) WITH DISTINCT e WHERE ($kinds IS NULL OR e.kind IN $kinds) AND ($countryId IS NULL OR e.countryId = $countryId) RETURN count(e) AS totalCount }
    CALL () {
      CALL db.index.fulltext.queryNodes('name_search', $nameQuery, {limit: 10000}) YIELD node MATCH (node)-[:NAME_OF]->(e:Entity) WITH DISTINCT e
      WHERE ($kinds IS NULL OR e.kind IN $kinds) AND ($countryId IS NULL OR e.countryId = $countryId) AND ($after IS NULL OR e.sortName > $after)
      WITH e ORDER BY e.sortName LIMIT $limit
      RETURN collect({key: e.sortName, node: {id: e.id, names: {ar: e.name_ar, fr: e.name_fr, en: e.name_en}}}) AS rows
    }
    RETURN rows, totalCount
;

// ==============================================================================================================
// Query.event: { event(id: "event:interpol-ga-2025") { id type cameoCode title(language: AR) summary { en } date { phrase precision earliest latest text(language: FR) } quantity { phrase min max } status statementKinds place { id name } participants { role status entity { id name } evidence { quote } } evidence { quote start end statementKind stance note source { id title language } attributedTo { id name } } } }

// event.byId ($: id)
MATCH (e:Event {id: $id}) RETURN {id: e.id, type: e.type, cameoCode: e.cameo, cameoLabel: e.cameoLabel, ploverType: e.plover, titles: {ar: e.title_ar, fr: e.title_fr, en: e.title_en}, summary: CASE WHEN e.summary_ar IS NULL AND e.summary_fr IS NULL AND e.summary_en IS NULL THEN null ELSE {ar: e.summary_ar, fr: e.summary_fr, en: e.summary_en} END, date: {phrase: e.datePhrase, precision: coalesce(e.datePrecision, 'UNKNOWN'), earliest: e.dateEarliest, latest: e.dateLatest, edtf: e.dateEdtf, year: CASE WHEN e.dateEarliest IS NOT NULL AND left(e.dateEarliest, 4) = left(e.dateLatest, 4) THEN toInteger(left(e.dateEarliest, 4)) END}, status: e.status, statementKinds: coalesce(e.statementKinds, []), place: COLLECT { MATCH (e)-[:OCCURRED_IN]->(place1:Entity) RETURN {id: place1.id, names: {ar: place1.name_ar, fr: place1.name_fr, en: place1.name_en}} }[0], participants: COLLECT { MATCH (pe2:Entity)-[pp3:PARTICIPATED_IN]->(e) WITH pe2, pp3 ORDER BY pp3.role, pe2.id LIMIT 100 RETURN {id: pp3.id, role: pp3.role, status: pp3.status, entity: {id: pe2.id, names: {ar: pe2.name_ar, fr: pe2.name_fr, en: pe2.name_en}}, evidence: COLLECT { MATCH (ev4:Evidence {factId: pp3.id})-[:CITES]->(ex5:Excerpt)-[:FROM]->(src6:Source) WITH ev4, ex5, src6 ORDER BY src6.id, ex5.start, ev4.id LIMIT 10 RETURN {excerptId: ex5.id, quote: ex5.quote, start: ex5.start, end: ex5.end, statementKind: ev4.statementKind, stance: ev4.stance, note: ev4.note} }} }, evidence: COLLECT { MATCH (ev7:Evidence {factId: e.id})-[:CITES]->(ex8:Excerpt)-[:FROM]->(src9:Source) WITH ev7, ex8, src9 ORDER BY src9.id, ex8.start, ev7.id LIMIT 10 RETURN {excerptId: ex8.id, quote: ex8.quote, start: ex8.start, end: ex8.end, statementKind: ev7.statementKind, stance: ev7.stance, note: ev7.note, source: {id: src9.id, title: src9.title, language: toUpper(src9.language)}, attributedTo: COLLECT { MATCH (claimant10:Entity {id: ev7.attributedToId}) RETURN {id: claimant10.id, names: {ar: claimant10.name_ar, fr: claimant10.name_fr, en: claimant10.name_en}} }[0]} }, quantityClaimRows: COLLECT { MATCH (ev11:Evidence {factId: e.id})-[:CITES]->(ex12:Excerpt)-[:FROM]->(src13:Source) WHERE ev11.stance = 'SUPPORTS' AND size(coalesce(ev11.claimedQuantityUnits, [])) > 0 WITH ev11, ex12, src13 ORDER BY src13.id, ex12.start, ev11.id LIMIT 10 RETURN {sourceId: src13.id, owner: ev11.dataset = e.dataset, units: ev11.claimedQuantityUnits, phrases: ev11.claimedQuantityPhrases, ranges: ev11.claimedQuantityRanges} }} AS event
;

// ==============================================================================================================
// Query.events: { events(first: 20) { edges { node { id title date { phrase } } } pageInfo { hasNextPage } } }

// event.list ($: types, statementKinds, status, from, to, dated, maxMembers, placeId, participantIds, after, limit)
    WITH null AS totalCount
    CALL () {
      MATCH (e:Event)
      WHERE ($types IS NULL OR e.type IN $types) AND ($status IS NULL OR e.status = $status) AND ($statementKinds IS NULL OR any(kind IN e.statementKinds WHERE kind IN $statementKinds)) AND ($from IS NULL OR e.dateLatest IS NULL OR e.dateLatest >= $from) AND ($to IS NULL OR e.dateEarliest IS NULL OR e.dateEarliest <= $to) AND ($dated IS NULL OR (e.dateEarliest IS NOT NULL OR e.dateLatest IS NOT NULL) = $dated) AND ($after IS NULL OR e.sortKey > $after) WITH DISTINCT e ORDER BY e.sortKey LIMIT $limit
      RETURN collect({key: e.sortKey, node: {id: e.id, type: e.type, cameoCode: e.cameo, cameoLabel: e.cameoLabel, ploverType: e.plover, titles: {ar: e.title_ar, fr: e.title_fr, en: e.title_en}, summary: CASE WHEN e.summary_ar IS NULL AND e.summary_fr IS NULL AND e.summary_en IS NULL THEN null ELSE {ar: e.summary_ar, fr: e.summary_fr, en: e.summary_en} END, date: {phrase: e.datePhrase, precision: coalesce(e.datePrecision, 'UNKNOWN'), earliest: e.dateEarliest, latest: e.dateLatest, edtf: e.dateEdtf, year: CASE WHEN e.dateEarliest IS NOT NULL AND left(e.dateEarliest, 4) = left(e.dateLatest, 4) THEN toInteger(left(e.dateEarliest, 4)) END}, status: e.status, statementKinds: coalesce(e.statementKinds, [])}}) AS rows
    }
    RETURN rows, totalCount
;

// ==============================================================================================================
// Query.events: { events(filter: { participantIds: ["country:morocco", "org:interpol"], includeParts: true, types: [OFFICIAL_VISIT, ARREST], from: "2022-01-01", to: "2025-12-31", dated: true, placeId: "city:marrakech", statementKinds: [REPORTED_FACT], status: REPORTED }, orderBy: DATE_DESC, first: 10) { totalCount edges { node { id title } } } }

// event.list ($: types, statementKinds, status, from, to, dated, maxMembers, placeId, participantIds, after, limit)
    CALL () { MATCH (x:Entity {id: $participantIds[0]}) 
  CALL (x) {
    CALL (x) {
      RETURN x AS m, 0 AS rank, 'SELF' AS via
      UNION
      MATCH (m:Entity)-[:PART_OF*1..3]->(x)
      RETURN DISTINCT m, 1 AS rank, 'PART' AS via
      UNION
      MATCH (m:Entity)-[:PART_OF*0..3]->(:Organization)-[:IN_COUNTRY]->(x:Country)
      RETURN DISTINCT m, 2 AS rank, 'COUNTRY_ORGANIZATION' AS via
    }
    WITH m, rank, via ORDER BY rank
    WITH m, collect(via)[0] AS via, min(rank) AS rank
    ORDER BY rank, m.id LIMIT $maxMembers
    RETURN collect({node: m, via: via}) AS members
  } UNWIND members AS member WITH member.node AS m MATCH (m)-[:PARTICIPATED_IN]->(e:Event) WHERE ($types IS NULL OR e.type IN $types) AND ($status IS NULL OR e.status = $status) AND ($statementKinds IS NULL OR any(kind IN e.statementKinds WHERE kind IN $statementKinds)) AND ($from IS NULL OR e.dateLatest IS NULL OR e.dateLatest >= $from) AND ($to IS NULL OR e.dateEarliest IS NULL OR e.dateEarliest <= $to) AND ($dated IS NULL OR (e.dateEarliest IS NOT NULL OR e.dateLatest IS NOT NULL) = $dated) AND all(other IN $participantIds[1..] WHERE EXISTS { MATCH (o:Entity {id: other}) WHERE EXISTS { (o)-[:PARTICIPATED_IN]->(e) } OR EXISTS { (o)<-[:PART_OF*1..3]-(:Entity)-[:PARTICIPATED_IN]->(e) } OR (o:Country AND EXISTS { (o)<-[:IN_COUNTRY]-(:Organization)<-[:PART_OF*0..3]-(:Entity)-[:PARTICIPATED_IN]->(e) }) }) AND EXISTS { (e)-[:OCCURRED_IN]->(:Entity {id: $placeId}) } RETURN count(DISTINCT e) AS totalCount }
    CALL () {
      MATCH (x:Entity {id: $participantIds[0]}) 
  CALL (x) {
    CALL (x) {
      RETURN x AS m, 0 AS rank, 'SELF' AS via
      UNION
      MATCH (m:Entity)-[:PART_OF*1..3]->(x)
      RETURN DISTINCT m, 1 AS rank, 'PART' AS via
      UNION
      MATCH (m:Entity)-[:PART_OF*0..3]->(:Organization)-[:IN_COUNTRY]->(x:Country)
      RETURN DISTINCT m, 2 AS rank, 'COUNTRY_ORGANIZATION' AS via
    }
    WITH m, rank, via ORDER BY rank
    WITH m, collect(via)[0] AS via, min(rank) AS rank
    ORDER BY rank, m.id LIMIT $maxMembers
    RETURN collect({node: m, via: via}) AS members
  } UNWIND members AS member WITH member.node AS m MATCH (m)-[:PARTICIPATED_IN]->(e:Event)
      WHERE ($types IS NULL OR e.type IN $types) AND ($status IS NULL OR e.status = $status) AND ($statementKinds IS NULL OR any(kind IN e.statementKinds WHERE kind IN $statementKinds)) AND ($from IS NULL OR e.dateLatest IS NULL OR e.dateLatest >= $from) AND ($to IS NULL OR e.dateEarliest IS NULL OR e.dateEarliest <= $to) AND ($dated IS NULL OR (e.dateEarliest IS NOT NULL OR e.dateLatest IS NOT NULL) = $dated) AND all(other IN $participantIds[1..] WHERE EXISTS { MATCH (o:Entity {id: other}) WHERE EXISTS { (o)-[:PARTICIPATED_IN]->(e) } OR EXISTS { (o)<-[:PART_OF*1..3]-(:Entity)-[:PARTICIPATED_IN]->(e) } OR (o:Country AND EXISTS { (o)<-[:IN_COUNTRY]-(:Organization)<-[:PART_OF*0..3]-(:Entity)-[:PARTICIPATED_IN]->(e) }) }) AND EXISTS { (e)-[:OCCURRED_IN]->(:Entity {id: $placeId}) } AND ($after IS NULL OR e.sortKey < $after) WITH DISTINCT e ORDER BY e.sortKey DESC LIMIT $limit
      RETURN collect({key: e.sortKey, node: {id: e.id, type: e.type, cameoCode: e.cameo, cameoLabel: e.cameoLabel, ploverType: e.plover, titles: {ar: e.title_ar, fr: e.title_fr, en: e.title_en}, summary: CASE WHEN e.summary_ar IS NULL AND e.summary_fr IS NULL AND e.summary_en IS NULL THEN null ELSE {ar: e.summary_ar, fr: e.summary_fr, en: e.summary_en} END, date: {phrase: e.datePhrase, precision: coalesce(e.datePrecision, 'UNKNOWN'), earliest: e.dateEarliest, latest: e.dateLatest, edtf: e.dateEdtf, year: CASE WHEN e.dateEarliest IS NOT NULL AND left(e.dateEarliest, 4) = left(e.dateLatest, 4) THEN toInteger(left(e.dateEarliest, 4)) END}, status: e.status, statementKinds: coalesce(e.statementKinds, [])}}) AS rows
    }
    RETURN rows, totalCount
;

// ==============================================================================================================
// Query.relation: { relation(id: "rel:heads:person:hammouchi:org:dgsn") { id type since { phrase } until { phrase } description { fr } status from { id name } to { id name } evidence { quote statementKind source { title } } } }

// relation.byId ($: id)
MATCH (a:Entity)-[r:HEADS|PART_OF|LOCATED_IN|CAPITAL_OF|MEMBER_OF|HOSTED|COUNTERS|THREATENS|COOPERATES_WITH|MISHANDLED|AT_ODDS_WITH|MODERNISED {id: $id}]->(b:Entity) RETURN {id: r.id, type: type(r), since: CASE WHEN r.sincePrecision IS NULL AND r.sincePhrase IS NULL THEN null ELSE {phrase: r.sincePhrase, precision: coalesce(r.sincePrecision, 'UNKNOWN'), earliest: r.sinceEarliest, latest: r.sinceLatest, edtf: r.sinceEdtf, year: CASE WHEN r.sinceEarliest IS NOT NULL AND left(r.sinceEarliest, 4) = left(r.sinceLatest, 4) THEN toInteger(left(r.sinceEarliest, 4)) END} END, until: CASE WHEN r.untilPrecision IS NULL AND r.untilPhrase IS NULL THEN null ELSE {phrase: r.untilPhrase, precision: coalesce(r.untilPrecision, 'UNKNOWN'), earliest: r.untilEarliest, latest: r.untilLatest, edtf: r.untilEdtf, year: CASE WHEN r.untilEarliest IS NOT NULL AND left(r.untilEarliest, 4) = left(r.untilLatest, 4) THEN toInteger(left(r.untilEarliest, 4)) END} END, sinceClaimRows: COLLECT { MATCH (ev1:Evidence {factId: r.id})-[:CITES]->(ex2:Excerpt)-[:FROM]->(src3:Source) WHERE ev1.stance = 'SUPPORTS' AND (ev1.claimedSincePhrase IS NOT NULL OR ev1.claimedSinceEdtf IS NOT NULL) WITH ev1, ex2, src3 ORDER BY src3.id, ex2.start, ev1.id LIMIT 10 RETURN {sourceId: src3.id, owner: ev1.dataset = r.dataset, date: {phrase: ev1.claimedSincePhrase, precision: coalesce(ev1.claimedSincePrecision, 'UNKNOWN'), earliest: ev1.claimedSinceEarliest, latest: ev1.claimedSinceLatest, edtf: ev1.claimedSinceEdtf, year: CASE WHEN ev1.claimedSinceEarliest IS NOT NULL AND left(ev1.claimedSinceEarliest, 4) = left(ev1.claimedSinceLatest, 4) THEN toInteger(left(ev1.claimedSinceEarliest, 4)) END}} }, untilClaimRows: COLLECT { MATCH (ev4:Evidence {factId: r.id})-[:CITES]->(ex5:Excerpt)-[:FROM]->(src6:Source) WHERE ev4.stance = 'SUPPORTS' AND (ev4.claimedUntilPhrase IS NOT NULL OR ev4.claimedUntilEdtf IS NOT NULL) WITH ev4, ex5, src6 ORDER BY src6.id, ex5.start, ev4.id LIMIT 10 RETURN {sourceId: src6.id, owner: ev4.dataset = r.dataset, date: {phrase: ev4.claimedUntilPhrase, precision: coalesce(ev4.claimedUntilPrecision, 'UNKNOWN'), earliest: ev4.claimedUntilEarliest, latest: ev4.claimedUntilLatest, edtf: ev4.claimedUntilEdtf, year: CASE WHEN ev4.claimedUntilEarliest IS NOT NULL AND left(ev4.claimedUntilEarliest, 4) = left(ev4.claimedUntilLatest, 4) THEN toInteger(left(ev4.claimedUntilEarliest, 4)) END}} }, description: CASE WHEN r.description_ar IS NULL AND r.description_fr IS NULL AND r.description_en IS NULL THEN null ELSE {ar: r.description_ar, fr: r.description_fr, en: r.description_en} END, status: r.status, from: {id: a.id, names: {ar: a.name_ar, fr: a.name_fr, en: a.name_en}}, to: {id: b.id, names: {ar: b.name_ar, fr: b.name_fr, en: b.name_en}}, evidence: COLLECT { MATCH (ev7:Evidence {factId: r.id})-[:CITES]->(ex8:Excerpt)-[:FROM]->(src9:Source) WITH ev7, ex8, src9 ORDER BY src9.id, ex8.start, ev7.id LIMIT 10 RETURN {excerptId: ex8.id, quote: ex8.quote, start: ex8.start, end: ex8.end, statementKind: ev7.statementKind, stance: ev7.stance, note: ev7.note, source: {id: src9.id, title: src9.title}} }} AS relation LIMIT 1
;

// ==============================================================================================================
// Query.source: { source(id: "source:article") { id title language publisher url published { phrase } contentHash length text excerpts { id quote start end supports { statementKind stance event { id title } relation { id type } participation { id role } } } } }

// source.byId ($: id)
MATCH (s:Source {id: $id}) RETURN {id: s.id, title: s.title, language: toUpper(s.language), publisher: s.publisher, url: s.url, published: CASE WHEN s.publishedPrecision IS NULL AND s.publishedPhrase IS NULL THEN null ELSE {phrase: s.publishedPhrase, precision: coalesce(s.publishedPrecision, 'UNKNOWN'), earliest: s.publishedEarliest, latest: s.publishedLatest, edtf: s.publishedEdtf, year: CASE WHEN s.publishedEarliest IS NOT NULL AND left(s.publishedEarliest, 4) = left(s.publishedLatest, 4) THEN toInteger(left(s.publishedEarliest, 4)) END} END, contentHash: s.contentHash, length: s.length, text: s.text, excerpts: COLLECT { MATCH (sx1:Excerpt)-[:FROM]->(s) WITH sx1 ORDER BY sx1.start, sx1.end DESC, sx1.id LIMIT 500 RETURN {id: sx1.id, quote: sx1.quote, start: sx1.start, end: sx1.end, supports: COLLECT { MATCH (use2:Evidence)-[:CITES]->(sx1) WITH use2 ORDER BY use2.factType, use2.factId, use2.id LIMIT 10 RETURN {statementKind: use2.statementKind, stance: use2.stance, event: COLLECT { MATCH (fe3:Event {id: use2.factId}) WHERE use2.factType = 'EVENT' RETURN {id: fe3.id, type: fe3.type, cameoCode: fe3.cameo, cameoLabel: fe3.cameoLabel, ploverType: fe3.plover, titles: {ar: fe3.title_ar, fr: fe3.title_fr, en: fe3.title_en}, summary: CASE WHEN fe3.summary_ar IS NULL AND fe3.summary_fr IS NULL AND fe3.summary_en IS NULL THEN null ELSE {ar: fe3.summary_ar, fr: fe3.summary_fr, en: fe3.summary_en} END, date: {phrase: fe3.datePhrase, precision: coalesce(fe3.datePrecision, 'UNKNOWN'), earliest: fe3.dateEarliest, latest: fe3.dateLatest, edtf: fe3.dateEdtf, year: CASE WHEN fe3.dateEarliest IS NOT NULL AND left(fe3.dateEarliest, 4) = left(fe3.dateLatest, 4) THEN toInteger(left(fe3.dateEarliest, 4)) END}, status: fe3.status, statementKinds: coalesce(fe3.statementKinds, [])} }[0], relation: COLLECT { MATCH (fa5:Entity)-[fr4:HEADS|PART_OF|LOCATED_IN|CAPITAL_OF|MEMBER_OF|HOSTED|COUNTERS|THREATENS|COOPERATES_WITH|MISHANDLED|AT_ODDS_WITH|MODERNISED {id: use2.factId}]->(fb6:Entity) WHERE use2.factType = 'RELATION' RETURN {id: fr4.id, type: type(fr4)} }[0], participation: COLLECT { MATCH (fa8:Entity)-[fr7:PARTICIPATED_IN {id: use2.factId}]->(fe9:Event) WHERE use2.factType = 'PARTICIPATION' RETURN {id: fr7.id, role: fr7.role, status: fr7.status} }[0]} }} }} AS source
;

// ==============================================================================================================
// Query.sources: { sources(first: 5) { totalCount edges { cursor node { id title language } } pageInfo { hasNextPage } } }

// source.list ($: after, limit)
    CALL () { MATCH (s:Source) RETURN count(s) AS totalCount }
    CALL () {
      MATCH (s:Source)
      WHERE $after IS NULL OR s.id > $after
      WITH s ORDER BY s.id LIMIT $limit
      RETURN collect({key: s.id, node: {id: s.id, title: s.title, language: toUpper(s.language)}}) AS rows
    }
    RETURN rows, totalCount
;

// ==============================================================================================================
// Query.timeline: { timeline(entityId: "org:dgsn", first: 10) { edges { cursor node { roles date { phrase precision } event { id title } } } pageInfo { hasNextPage } } }

// timeline.page ($: entityId, from, to, types, dated, maxMembers, after, limit)
    OPTIONAL MATCH (x:Entity {id: $entityId})
    WITH x, [{node: x, via: 'SELF'}] AS members
    WITH x, members, null AS totalCount
    CALL (x, members) {
      UNWIND members AS member
      WITH member.node AS m
      CALL (m) {
        MATCH ()-[p:PARTICIPATED_IN]->(e:Event)
        WHERE p.timelineKey > m.id + '|' + coalesce($after, '') AND p.timelineKey < m.id + '|~'
        WITH DISTINCT e, p.timelineKey AS timelineKey
        ORDER BY timelineKey LIMIT $limit
        RETURN e, substring(timelineKey, size(m.id) + 1) AS key
      }
      WITH DISTINCT e, key
      ORDER BY key LIMIT $limit
      RETURN collect({key: key, roles: COLLECT { MATCH (x)-[r:PARTICIPATED_IN]->(e) RETURN r.role }, event: {id: e.id, type: e.type, cameoCode: e.cameo, cameoLabel: e.cameoLabel, ploverType: e.plover, titles: {ar: e.title_ar, fr: e.title_fr, en: e.title_en}, summary: CASE WHEN e.summary_ar IS NULL AND e.summary_fr IS NULL AND e.summary_en IS NULL THEN null ELSE {ar: e.summary_ar, fr: e.summary_fr, en: e.summary_en} END, date: {phrase: e.datePhrase, precision: coalesce(e.datePrecision, 'UNKNOWN'), earliest: e.dateEarliest, latest: e.dateLatest, edtf: e.dateEdtf, year: CASE WHEN e.dateEarliest IS NOT NULL AND left(e.dateEarliest, 4) = left(e.dateLatest, 4) THEN toInteger(left(e.dateEarliest, 4)) END}, status: e.status, statementKinds: coalesce(e.statementKinds, [])}}) AS rows
    }
    RETURN null AS entity, rows, totalCount
;

// ==============================================================================================================
// Query.timeline: { timeline(entityId: "country:morocco", includeParts: true, from: "2022-01-01", to: "2025-12-31", types: [OFFICIAL_VISIT], dated: true, first: 10) { totalCount entity { id name } edges { node { roles participants { via roles entity { id name } } event { id title place { name } } } } timelineJs(language: FR) } }

// timeline.page ($: entityId, from, to, types, dated, maxMembers, after, limit)
    OPTIONAL MATCH (x:Entity {id: $entityId})
    
  CALL (x) {
    CALL (x) {
      RETURN x AS m, 0 AS rank, 'SELF' AS via
      UNION
      MATCH (m:Entity)-[:PART_OF*1..3]->(x)
      RETURN DISTINCT m, 1 AS rank, 'PART' AS via
      UNION
      MATCH (m:Entity)-[:PART_OF*0..3]->(:Organization)-[:IN_COUNTRY]->(x:Country)
      RETURN DISTINCT m, 2 AS rank, 'COUNTRY_ORGANIZATION' AS via
    }
    WITH m, rank, via ORDER BY rank
    WITH m, collect(via)[0] AS via, min(rank) AS rank
    ORDER BY rank, m.id LIMIT $maxMembers
    RETURN collect({node: m, via: via}) AS members
  }
    CALL (members) { UNWIND members AS member WITH member.node AS m MATCH (m)-[:PARTICIPATED_IN]->(e) WHERE e.type IN $types AND ($from IS NULL OR e.dateLatest IS NULL OR e.dateLatest >= $from) AND ($to IS NULL OR e.dateEarliest IS NULL OR e.dateEarliest <= $to) AND ($dated IS NULL OR (e.dateEarliest IS NOT NULL OR e.dateLatest IS NOT NULL) = $dated) RETURN count(DISTINCT e) AS totalCount }
    CALL (x, members) {
      UNWIND members AS member
      WITH member.node AS m
      CALL (m) {
        MATCH ()-[p:PARTICIPATED_IN]->(e:Event)
        WHERE p.timelineKey > m.id + '|' + coalesce($after, '') AND p.timelineKey < m.id + '|~' AND e.type IN $types AND ($from IS NULL OR e.dateLatest IS NULL OR e.dateLatest >= $from) AND ($to IS NULL OR e.dateEarliest IS NULL OR e.dateEarliest <= $to) AND ($dated IS NULL OR (e.dateEarliest IS NOT NULL OR e.dateLatest IS NOT NULL) = $dated)
        WITH DISTINCT e, p.timelineKey AS timelineKey
        ORDER BY timelineKey LIMIT $limit
        RETURN e, substring(timelineKey, size(m.id) + 1) AS key
      }
      WITH DISTINCT e, key
      ORDER BY key LIMIT $limit
      RETURN collect({key: key, roles: COLLECT { MATCH (x)-[r:PARTICIPATED_IN]->(e) RETURN r.role }, event: {id: e.id, type: e.type, cameoCode: e.cameo, cameoLabel: e.cameoLabel, ploverType: e.plover, titles: {ar: e.title_ar, fr: e.title_fr, en: e.title_en}, summary: CASE WHEN e.summary_ar IS NULL AND e.summary_fr IS NULL AND e.summary_en IS NULL THEN null ELSE {ar: e.summary_ar, fr: e.summary_fr, en: e.summary_en} END, date: {phrase: e.datePhrase, precision: coalesce(e.datePrecision, 'UNKNOWN'), earliest: e.dateEarliest, latest: e.dateLatest, edtf: e.dateEdtf, year: CASE WHEN e.dateEarliest IS NOT NULL AND left(e.dateEarliest, 4) = left(e.dateLatest, 4) THEN toInteger(left(e.dateEarliest, 4)) END}, status: e.status, statementKinds: coalesce(e.statementKinds, []), place: COLLECT { MATCH (e)-[:OCCURRED_IN]->(place1:Entity) RETURN {id: place1.id, names: {ar: place1.name_ar, fr: place1.name_fr, en: place1.name_en}} }[0], evidence: COLLECT { MATCH (ev2:Evidence {factId: e.id})-[:CITES]->(ex3:Excerpt)-[:FROM]->(src4:Source) WITH ev2, ex3, src4 ORDER BY src4.id, ex3.start, ev2.id LIMIT 10 RETURN {excerptId: ex3.id, quote: ex3.quote, start: ex3.start, end: ex3.end, statementKind: ev2.statementKind, stance: ev2.stance, note: ev2.note, source: {id: src4.id, title: src4.title, language: toUpper(src4.language)}} }}, participants: COLLECT {
      MATCH (pm:Entity)-[:PARTICIPATED_IN]->(e)
      WITH DISTINCT pm
      WITH pm, [i IN range(0, size(members) - 1) WHERE members[i].node = pm][0] AS position
      WHERE position IS NOT NULL
      WITH pm, position ORDER BY position LIMIT 100
      RETURN {entity: {id: pm.id, names: {ar: pm.name_ar, fr: pm.name_fr, en: pm.name_en}}, roles: COLLECT { MATCH (pm)-[pr:PARTICIPATED_IN]->(e) RETURN pr.role }, via: members[position].via}
    }}) AS rows
    }
    RETURN CASE WHEN x IS NULL THEN null ELSE {id: x.id, names: {ar: x.name_ar, fr: x.name_fr, en: x.name_en}} END AS entity, rows, totalCount
;

// ==============================================================================================================
// Query.neighborhood: { neighborhood(entityId: "org:dgsn", depth: 2, limit: 50) { truncated center { id label } nodes { id label distance } edges { id source target type role status } cytoscape(language: AR) } }

// graph.neighborhood ($: entityId, limit, rowsPerLevel)
    MATCH (c:Entity {id: $entityId})
    
      CALL (c) {
        UNWIND [c] AS m
        MATCH (m)-[r:PARTICIPATED_IN|OCCURRED_IN|HEADS|PART_OF|LOCATED_IN|CAPITAL_OF|MEMBER_OF|HOSTED|COUNTERS|THREATENS|COOPERATES_WITH|MISHANDLED|AT_ODDS_WITH|MODERNISED]-(n)
        WITH r, n LIMIT $rowsPerLevel
        RETURN collect({edge: {id: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).id + '/place' ELSE r.id END, source: startNode(r).id, target: endNode(r).id, type: type(r), role: r.role, status: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).status ELSE r.status END, evidence: COLLECT { MATCH (ev1:Evidence {factId: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).id ELSE r.id END})-[:CITES]->(ex2:Excerpt)-[:FROM]->(src3:Source) WITH ev1, ex2, src3 ORDER BY src3.id, ex2.start, ev1.id LIMIT 10 RETURN {excerptId: ex2.id, quote: ex2.quote, start: ex2.start, end: ex2.end, statementKind: ev1.statementKind, stance: ev1.stance, note: ev1.note, source: {id: src3.id, title: src3.title, language: toUpper(src3.language)}} }}, node: CASE WHEN n:Event THEN {id: n.id, nodeType: 'EVENT', entityKind: null, eventType: n.type, labels: {ar: n.title_ar, fr: n.title_fr, en: n.title_en}, date: {phrase: n.datePhrase, precision: coalesce(n.datePrecision, 'UNKNOWN'), earliest: n.dateEarliest, latest: n.dateLatest, edtf: n.dateEdtf, year: CASE WHEN n.dateEarliest IS NOT NULL AND left(n.dateEarliest, 4) = left(n.dateLatest, 4) THEN toInteger(left(n.dateEarliest, 4)) END}, distance: 1} ELSE {id: n.id, nodeType: 'ENTITY', entityKind: n.kind, eventType: null, labels: {ar: n.name_ar, fr: n.name_fr, en: n.name_en}, date: null, distance: 1} END}) AS rows1, collect(DISTINCT n)[..$limit] AS frontier1, count(*) = $rowsPerLevel AS capped1
      } 
      CALL (c, frontier1) {
        UNWIND frontier1 AS m
        MATCH (m)-[r:PARTICIPATED_IN|OCCURRED_IN|HEADS|PART_OF|LOCATED_IN|CAPITAL_OF|MEMBER_OF|HOSTED|COUNTERS|THREATENS|COOPERATES_WITH|MISHANDLED|AT_ODDS_WITH|MODERNISED]-(n)
        WITH r, n LIMIT $rowsPerLevel
        RETURN collect({edge: {id: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).id + '/place' ELSE r.id END, source: startNode(r).id, target: endNode(r).id, type: type(r), role: r.role, status: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).status ELSE r.status END, evidence: COLLECT { MATCH (ev1:Evidence {factId: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).id ELSE r.id END})-[:CITES]->(ex2:Excerpt)-[:FROM]->(src3:Source) WITH ev1, ex2, src3 ORDER BY src3.id, ex2.start, ev1.id LIMIT 10 RETURN {excerptId: ex2.id, quote: ex2.quote, start: ex2.start, end: ex2.end, statementKind: ev1.statementKind, stance: ev1.stance, note: ev1.note, source: {id: src3.id, title: src3.title, language: toUpper(src3.language)}} }}, node: CASE WHEN n:Event THEN {id: n.id, nodeType: 'EVENT', entityKind: null, eventType: n.type, labels: {ar: n.title_ar, fr: n.title_fr, en: n.title_en}, date: {phrase: n.datePhrase, precision: coalesce(n.datePrecision, 'UNKNOWN'), earliest: n.dateEarliest, latest: n.dateLatest, edtf: n.dateEdtf, year: CASE WHEN n.dateEarliest IS NOT NULL AND left(n.dateEarliest, 4) = left(n.dateLatest, 4) THEN toInteger(left(n.dateEarliest, 4)) END}, distance: 2} ELSE {id: n.id, nodeType: 'ENTITY', entityKind: n.kind, eventType: null, labels: {ar: n.name_ar, fr: n.name_fr, en: n.name_en}, date: null, distance: 2} END}) AS rows2, collect(DISTINCT n)[..$limit] AS frontier2, count(*) = $rowsPerLevel AS capped2
      }
    RETURN CASE WHEN c:Event THEN {id: c.id, nodeType: 'EVENT', entityKind: null, eventType: c.type, labels: {ar: c.title_ar, fr: c.title_fr, en: c.title_en}, date: {phrase: c.datePhrase, precision: coalesce(c.datePrecision, 'UNKNOWN'), earliest: c.dateEarliest, latest: c.dateLatest, edtf: c.dateEdtf, year: CASE WHEN c.dateEarliest IS NOT NULL AND left(c.dateEarliest, 4) = left(c.dateLatest, 4) THEN toInteger(left(c.dateEarliest, 4)) END}, distance: 0} ELSE {id: c.id, nodeType: 'ENTITY', entityKind: c.kind, eventType: null, labels: {ar: c.name_ar, fr: c.name_fr, en: c.name_en}, date: null, distance: 0} END AS center, [{rows: rows1, capped: capped1}, {rows: rows2, capped: capped2}] AS levels
;

// ==============================================================================================================
// Query.paths: { paths(fromId: "person:hammouchi", toId: "org:interpol", maxHops: 4, limit: 3, avoidRelationTypes: [THREATENS], roles: [HOST, VISITOR]) { paths { length start { id label } hops { edge { id type role evidence { quote } } node { id label } } } cytoscape } }

// graph.paths ($: fromId, toId, limit, roles, hopCost, candidates)
      MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
      MATCH path = allShortestPaths((a)-[:PARTICIPATED_IN|OCCURRED_IN|HEADS|PART_OF|LOCATED_IN|CAPITAL_OF|MEMBER_OF|HOSTED|COUNTERS|COOPERATES_WITH|MISHANDLED|AT_ODDS_WITH|MODERNISED*..4]-(b))
      WHERE all(r IN relationships(path) WHERE type(r) <> 'PARTICIPATED_IN' OR r.role IN $roles)
      WITH path LIMIT $candidates
      WITH path, reduce(cost = 0, r IN relationships(path) | cost + $hopCost[type(r)]) AS cost, [n IN nodes(path) | n.id] AS ids
      ORDER BY cost, ids
      LIMIT $limit
      RETURN [n IN nodes(path) | CASE WHEN n:Event THEN {id: n.id, nodeType: 'EVENT', entityKind: null, eventType: n.type, labels: {ar: n.title_ar, fr: n.title_fr, en: n.title_en}, date: {phrase: n.datePhrase, precision: coalesce(n.datePrecision, 'UNKNOWN'), earliest: n.dateEarliest, latest: n.dateLatest, edtf: n.dateEdtf, year: CASE WHEN n.dateEarliest IS NOT NULL AND left(n.dateEarliest, 4) = left(n.dateLatest, 4) THEN toInteger(left(n.dateEarliest, 4)) END}, distance: null} ELSE {id: n.id, nodeType: 'ENTITY', entityKind: n.kind, eventType: null, labels: {ar: n.name_ar, fr: n.name_fr, en: n.name_en}, date: null, distance: null} END] AS nodes, [r IN relationships(path) | {id: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).id + '/place' ELSE r.id END, source: startNode(r).id, target: endNode(r).id, type: type(r), role: r.role, status: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).status ELSE r.status END, evidence: COLLECT { MATCH (ev1:Evidence {factId: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).id ELSE r.id END})-[:CITES]->(ex2:Excerpt)-[:FROM]->(src3:Source) WITH ev1, ex2, src3 ORDER BY src3.id, ex2.start, ev1.id LIMIT 10 RETURN {excerptId: ex2.id, quote: ex2.quote, start: ex2.start, end: ex2.end, statementKind: ev1.statementKind, stance: ev1.stance, note: ev1.note, source: {id: src3.id, title: src3.title, language: toUpper(src3.language)}} }}] AS edges
;

// ==============================================================================================================
// Query.search: { search(text: "Hammouchi DGSN", languages: [AR, FR], kinds: [PERSON, ORGANIZATION, EVENT], first: 5) { score matchedText matchedLanguage node { ... on Entity { id kind name } ... on Event { id type title } } } }

// search.ranked ($: query, exact, needles, stopWords, places, languages, kinds, first, candidates)
    CALL () {
      CALL db.index.fulltext.queryNodes('name_search', $exact, {limit: $candidates}) YIELD node, score
      WHERE $languages IS NULL OR node.lang IN $languages
      MATCH (node)-[:NAME_OF]->(t)
      WITH node, score, t, CASE WHEN t:Event THEN 'EVENT' ELSE t.kind END AS kind
      WHERE $kinds IS NULL OR kind IN $kinds
      RETURN collect({node: node, score: score, t: t, kind: kind}) AS exactHits, count(DISTINCT t) >= $first AS exactFills
    }
    CALL (exactHits, exactFills) {
      UNWIND CASE WHEN exactFills THEN exactHits ELSE [] END AS hit
      RETURN hit.node AS node, hit.score AS score, hit.t AS t, hit.kind AS kind
      UNION ALL
      WITH exactFills WHERE NOT exactFills
      CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $candidates}) YIELD node, score
      WHERE $languages IS NULL OR node.lang IN $languages
      MATCH (node)-[:NAME_OF]->(t)
      WITH node, score, t, CASE WHEN t:Event THEN 'EVENT' ELSE t.kind END AS kind
      WHERE $kinds IS NULL OR kind IN $kinds
      RETURN node, score, t, kind
    }
    WITH t, kind, node, score, [i IN range(0, size($needles) - 1) WHERE any(n IN $needles[i] WHERE (' ' + node.keys + ' ') CONTAINS n)] AS hits,
         coalesce(node.wordCount, size([w IN split(node.text, ' ') WHERE w <> '' AND $stopWords[toLower(w)] IS NULL])) AS length
    WITH t, kind, node, score, hits, CASE WHEN length = 0 OR size(hits) >= length THEN 1.0 ELSE toFloat(size(hits)) / length END AS coverage
    ORDER BY size(hits) DESC, coverage DESC, score DESC, node.primary DESC, node.id
    WITH t, kind, collect({name: node, score: score, coverage: coverage}) AS names,
         reduce(found = [], n IN collect(hits) | found + n) AS nameHits
    WITH t, kind, names[0] AS best, nameHits, size([i IN range(0, size($needles) - 1) WHERE i IN nameHits]) AS named
    WITH collect({t: t, kind: kind, best: best, nameHits: nameHits, named: named, byName: named * 100 + CASE WHEN best.coverage = 1.0 THEN 50 ELSE 0 END + best.coverage * 5 + CASE WHEN kind IN $places THEN 0 ELSE 2 END + best.score / (best.score + 1)}) AS rows
    WITH rows, COLLECT { UNWIND rows AS row WITH row.named * 10000 + row.byName AS lowest ORDER BY lowest DESC LIMIT $first RETURN lowest } AS lowest
    WITH rows, CASE WHEN size(lowest) < $first THEN -1.0 ELSE lowest[$first - 1] END AS last
    UNWIND rows AS row
    WITH row.t AS t, row.kind AS kind, row.best AS best, row.nameHits AS nameHits, row.named AS named, row.byName AS byName
    WHERE CASE WHEN kind = 'EVENT' THEN size($needles) ELSE named END * 10000 + byName >= last
    WITH t, kind, best, nameHits, named, byName,
         CASE WHEN kind = 'EVENT' AND named < size($needles) THEN
           reduce(words = ' ' + coalesce(substring(t.dateEarliest, 0, 4), '') + ' ' + coalesce(substring(t.dateLatest, 0, 4), '') + ' ',
                  keys IN COLLECT { MATCH (t)-[:OCCURRED_IN|PARTICIPATED_IN]-(:Entity)<-[:NAME_OF]-(other:Name) RETURN other.keys } | words + keys + ' ')
         ELSE '' END AS context
    WITH t, kind, best, byName,
         CASE WHEN named = size($needles) THEN named
              ELSE size([i IN range(0, size($needles) - 1) WHERE i IN nameHits OR i IN [i IN range(0, size($needles) - 1) WHERE any(n IN $needles[i] WHERE context CONTAINS n)]]) END AS matched
    WITH t, kind, best, matched * 10000 + byName AS rank
    ORDER BY rank DESC, t.id
    LIMIT $first
    RETURN best.name.text AS text, toUpper(best.name.lang) AS language, rank, kind, CASE kind WHEN 'EVENT' THEN {id: t.id, type: t.type, cameoCode: t.cameo, cameoLabel: t.cameoLabel, ploverType: t.plover, titles: {ar: t.title_ar, fr: t.title_fr, en: t.title_en}, summary: CASE WHEN t.summary_ar IS NULL AND t.summary_fr IS NULL AND t.summary_en IS NULL THEN null ELSE {ar: t.summary_ar, fr: t.summary_fr, en: t.summary_en} END, date: {phrase: t.datePhrase, precision: coalesce(t.datePrecision, 'UNKNOWN'), earliest: t.dateEarliest, latest: t.dateLatest, edtf: t.dateEdtf, year: CASE WHEN t.dateEarliest IS NOT NULL AND left(t.dateEarliest, 4) = left(t.dateLatest, 4) THEN toInteger(left(t.dateEarliest, 4)) END}, status: t.status, statementKinds: coalesce(t.statementKinds, [])} ELSE {id: t.id, kind: t.kind, names: {ar: t.name_ar, fr: t.name_fr, en: t.name_en}} END AS node
;

// ==============================================================================================================
// Query.stats: { stats { entityCount eventCount sourceCount relationCount entitiesByKind { kind count } eventsByType { type count } eventsByYear { year count } eventsWithoutYear } }

// stats.totals ($: none)
  CALL () { MATCH (n:Entity) RETURN count(n) AS entityCount }
  CALL () { MATCH (e:Event) RETURN count(e) AS eventCount }
  CALL () { MATCH (s:Source) RETURN count(s) AS sourceCount }
  CALL () { MATCH ()-[r:HEADS|PART_OF|LOCATED_IN|CAPITAL_OF|MEMBER_OF|HOSTED|COUNTERS|THREATENS|COOPERATES_WITH|MISHANDLED|AT_ODDS_WITH|MODERNISED]->() RETURN count(r) AS relationCount }
  CALL () {
    MATCH (n:Entity) WHERE n.kind IS NOT NULL
    WITH n.kind AS kind, count(*) AS count ORDER BY count DESC, kind
    RETURN collect({kind: kind, count: count}) AS entitiesByKind
  }
  CALL () {
    MATCH (e:Event) WHERE e.type IS NOT NULL
    WITH e.type AS type, count(*) AS count ORDER BY count DESC, type
    RETURN collect({type: type, count: count}) AS eventsByType
  }
  CALL () {
    MATCH (e:Event) WHERE e.year IS NOT NULL
    WITH e.year AS year, count(*) AS count ORDER BY year
    WITH collect({year: year, count: count}) AS years
    RETURN years[..500] AS eventsByYear, reduce(dated = 0, y IN years | dated + y.count) AS datedCount
  }
  RETURN entityCount, eventCount, sourceCount, relationCount, entitiesByKind, eventsByType, eventsByYear,
    eventCount - datedCount AS eventsWithoutYear
;

// ==============================================================================================================
// Query.vocabulary: { vocabulary(groups: [EventType]) { group code label(language: AR) } }

// (no Cypher: answered without the database)

// ==============================================================================================================
// GET /export/neighborhood/org:dgsn

// graph.neighborhood ($: entityId, limit, rowsPerLevel)
    MATCH (c:Entity {id: $entityId})
    
      CALL (c) {
        UNWIND [c] AS m
        MATCH (m)-[r:PARTICIPATED_IN|OCCURRED_IN|HEADS|PART_OF|LOCATED_IN|CAPITAL_OF|MEMBER_OF|HOSTED|COUNTERS|THREATENS|COOPERATES_WITH|MISHANDLED|AT_ODDS_WITH|MODERNISED]-(n)
        WITH r, n LIMIT $rowsPerLevel
        RETURN collect({edge: {id: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).id + '/place' ELSE r.id END, source: startNode(r).id, target: endNode(r).id, type: type(r), role: r.role, status: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).status ELSE r.status END, evidence: COLLECT { MATCH (ev1:Evidence {factId: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).id ELSE r.id END})-[:CITES]->(ex2:Excerpt)-[:FROM]->(src3:Source) WITH ev1, ex2, src3 ORDER BY src3.id, ex2.start, ev1.id LIMIT 10 RETURN {excerptId: ex2.id, quote: ex2.quote, start: ex2.start, end: ex2.end, statementKind: ev1.statementKind, stance: ev1.stance, note: ev1.note, source: {id: src3.id, title: src3.title, language: toUpper(src3.language)}} }}, node: CASE WHEN n:Event THEN {id: n.id, nodeType: 'EVENT', entityKind: null, eventType: n.type, labels: {ar: n.title_ar, fr: n.title_fr, en: n.title_en}, date: {phrase: n.datePhrase, precision: coalesce(n.datePrecision, 'UNKNOWN'), earliest: n.dateEarliest, latest: n.dateLatest, edtf: n.dateEdtf, year: CASE WHEN n.dateEarliest IS NOT NULL AND left(n.dateEarliest, 4) = left(n.dateLatest, 4) THEN toInteger(left(n.dateEarliest, 4)) END}, distance: 1} ELSE {id: n.id, nodeType: 'ENTITY', entityKind: n.kind, eventType: null, labels: {ar: n.name_ar, fr: n.name_fr, en: n.name_en}, date: null, distance: 1} END}) AS rows1, collect(DISTINCT n)[..$limit] AS frontier1, count(*) = $rowsPerLevel AS capped1
      }
    RETURN CASE WHEN c:Event THEN {id: c.id, nodeType: 'EVENT', entityKind: null, eventType: c.type, labels: {ar: c.title_ar, fr: c.title_fr, en: c.title_en}, date: {phrase: c.datePhrase, precision: coalesce(c.datePrecision, 'UNKNOWN'), earliest: c.dateEarliest, latest: c.dateLatest, edtf: c.dateEdtf, year: CASE WHEN c.dateEarliest IS NOT NULL AND left(c.dateEarliest, 4) = left(c.dateLatest, 4) THEN toInteger(left(c.dateEarliest, 4)) END}, distance: 0} ELSE {id: c.id, nodeType: 'ENTITY', entityKind: c.kind, eventType: null, labels: {ar: c.name_ar, fr: c.name_fr, en: c.name_en}, date: null, distance: 0} END AS center, [{rows: rows1, capped: capped1}] AS levels
;

// ==============================================================================================================
// GET /export/paths?from=person:hammouchi&to=org:interpol

// graph.paths ($: fromId, toId, limit, roles, hopCost, candidates)
      MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
      MATCH path = allShortestPaths((a)-[:PARTICIPATED_IN|OCCURRED_IN|HEADS|PART_OF|LOCATED_IN|CAPITAL_OF|MEMBER_OF|HOSTED|COUNTERS|THREATENS|COOPERATES_WITH|MISHANDLED|AT_ODDS_WITH|MODERNISED*..4]-(b))
      
      WITH path LIMIT $candidates
      WITH path, reduce(cost = 0, r IN relationships(path) | cost + $hopCost[type(r)]) AS cost, [n IN nodes(path) | n.id] AS ids
      ORDER BY cost, ids
      LIMIT $limit
      RETURN [n IN nodes(path) | CASE WHEN n:Event THEN {id: n.id, nodeType: 'EVENT', entityKind: null, eventType: n.type, labels: {ar: n.title_ar, fr: n.title_fr, en: n.title_en}, date: {phrase: n.datePhrase, precision: coalesce(n.datePrecision, 'UNKNOWN'), earliest: n.dateEarliest, latest: n.dateLatest, edtf: n.dateEdtf, year: CASE WHEN n.dateEarliest IS NOT NULL AND left(n.dateEarliest, 4) = left(n.dateLatest, 4) THEN toInteger(left(n.dateEarliest, 4)) END}, distance: null} ELSE {id: n.id, nodeType: 'ENTITY', entityKind: n.kind, eventType: null, labels: {ar: n.name_ar, fr: n.name_fr, en: n.name_en}, date: null, distance: null} END] AS nodes, [r IN relationships(path) | {id: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).id + '/place' ELSE r.id END, source: startNode(r).id, target: endNode(r).id, type: type(r), role: r.role, status: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).status ELSE r.status END, evidence: COLLECT { MATCH (ev1:Evidence {factId: CASE type(r) WHEN 'OCCURRED_IN' THEN startNode(r).id ELSE r.id END})-[:CITES]->(ex2:Excerpt)-[:FROM]->(src3:Source) WITH ev1, ex2, src3 ORDER BY src3.id, ex2.start, ev1.id LIMIT 10 RETURN {excerptId: ex2.id, quote: ex2.quote, start: ex2.start, end: ex2.end, statementKind: ev1.statementKind, stance: ev1.stance, note: ev1.note, source: {id: src3.id, title: src3.title, language: toUpper(src3.language)}} }}] AS edges
;

// ==============================================================================================================
// GET /export/timeline/org:dgsn

// timeline.page ($: entityId, from, to, types, dated, maxMembers, after, limit)
    OPTIONAL MATCH (x:Entity {id: $entityId})
    WITH x, [{node: x, via: 'SELF'}] AS members
    WITH x, members, null AS totalCount
    CALL (x, members) {
      UNWIND members AS member
      WITH member.node AS m
      CALL (m) {
        MATCH ()-[p:PARTICIPATED_IN]->(e:Event)
        WHERE p.timelineKey > m.id + '|' + coalesce($after, '') AND p.timelineKey < m.id + '|~'
        WITH DISTINCT e, p.timelineKey AS timelineKey
        ORDER BY timelineKey LIMIT $limit
        RETURN e, substring(timelineKey, size(m.id) + 1) AS key
      }
      WITH DISTINCT e, key
      ORDER BY key LIMIT $limit
      RETURN collect({key: key, roles: COLLECT { MATCH (x)-[r:PARTICIPATED_IN]->(e) RETURN r.role }, event: {id: e.id, type: e.type, cameoCode: e.cameo, cameoLabel: e.cameoLabel, ploverType: e.plover, titles: {ar: e.title_ar, fr: e.title_fr, en: e.title_en}, summary: CASE WHEN e.summary_ar IS NULL AND e.summary_fr IS NULL AND e.summary_en IS NULL THEN null ELSE {ar: e.summary_ar, fr: e.summary_fr, en: e.summary_en} END, date: {phrase: e.datePhrase, precision: coalesce(e.datePrecision, 'UNKNOWN'), earliest: e.dateEarliest, latest: e.dateLatest, edtf: e.dateEdtf, year: CASE WHEN e.dateEarliest IS NOT NULL AND left(e.dateEarliest, 4) = left(e.dateLatest, 4) THEN toInteger(left(e.dateEarliest, 4)) END}, status: e.status, statementKinds: coalesce(e.statementKinds, []), place: COLLECT { MATCH (e)-[:OCCURRED_IN]->(place1:Entity) RETURN {id: place1.id, names: {ar: place1.name_ar, fr: place1.name_fr, en: place1.name_en}} }[0], evidence: COLLECT { MATCH (ev2:Evidence {factId: e.id})-[:CITES]->(ex3:Excerpt)-[:FROM]->(src4:Source) WITH ev2, ex3, src4 ORDER BY src4.id, ex3.start, ev2.id LIMIT 10 RETURN {excerptId: ex3.id, quote: ex3.quote, start: ex3.start, end: ex3.end, statementKind: ev2.statementKind, stance: ev2.stance, note: ev2.note, source: {id: src4.id, title: src4.title, language: toUpper(src4.language)}} }}}) AS rows
    }
    RETURN CASE WHEN x IS NULL THEN null ELSE {id: x.id, names: {ar: x.name_ar, fr: x.name_fr, en: x.name_en}} END AS entity, rows, totalCount
;
