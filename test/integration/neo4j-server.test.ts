import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.js';
import { openTestGraph } from '../support/graph.js';
import { NEO4J_VERSION } from '../../src/local-neo4j/index.js';

const { driver, executor } = openTestGraph();
afterAll(() => driver.close());

describe('the Neo4j server the tests use', () => {
  it('is a real Neo4j of the pinned version', async () => {
    const { records } = await executor.read(
      cypher`CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition`,
    );
    expect(records[0]?.get('name')).toBe('Neo4j Kernel');
    // With NEO4J_TEST_URI another version may be under test; the managed instance is the pinned one.
    if (!process.env.NEO4J_TEST_URI) expect(records[0]?.get('version')).toBe(NEO4J_VERSION);
  });

  it('has the fulltext arabic analyzer, and it analyses Arabic text', async () => {
    const { records } = await executor.read(
      cypher`CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, description WHERE analyzer = $name RETURN analyzer, description`,
      { name: 'arabic' },
    );
    expect(records).toHaveLength(1);
    expect(String(records[0]?.get('description'))).toMatch(/arabic/i);

    // An index with that analyzer finds "الإنتربول" (article + hamza) when asked for the bare "انتربول".
    await executor.write(
      cypher`CREATE FULLTEXT INDEX analyzer_probe IF NOT EXISTS FOR (n:AnalyzerProbe) ON EACH [n.text] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'arabic'}}`,
    );
    try {
      await executor.write(cypher`CREATE (:AnalyzerProbe {text: 'الدورة 93 للجمعية العامة لمنظمة الإنتربول'})`);
      await executor.write(cypher`CALL db.awaitIndexes(60)`);
      const hits = await executor.read(cypher`CALL db.index.fulltext.queryNodes('analyzer_probe', $q) YIELD node RETURN count(node) AS hits`, {
        q: 'انتربول',
      });
      expect(hits.records[0]?.get('hits')).toBe(1);
    } finally {
      await executor.write(cypher`MATCH (n:AnalyzerProbe) DELETE n`);
      await executor.write(cypher`DROP INDEX analyzer_probe IF EXISTS`);
    }
  });

  it('has the schema applied: the name search index is online', async () => {
    const { records } = await executor.read(
      cypher`SHOW INDEXES YIELD name, type, state, options WHERE name = 'name_search' RETURN type, state, options.indexConfig['fulltext.analyzer'] AS analyzer`,
    );
    expect(records[0]?.toObject()).toEqual({ type: 'FULLTEXT', state: 'ONLINE', analyzer: 'whitespace' });
  });
});
