import { describe, expect, it } from 'vitest';
import { ingestStatements } from '../../src/db/ingest/index.js';

/**
 * Every statement the loader runs, in full, in a committed file (__snapshots__/ingest-statements.cypher): a change
 * to any of them fails this test until the file is updated (`npx vitest run -u`), so the new Cypher is reviewed
 * like code, in the diff of that file.
 */
const statements = Object.entries(ingestStatements());

describe('the loader statements', () => {
  it('are the reviewed text', async () => {
    const file = statements.map(([name, text]) => `// ${name}\n${text.replace(/^\n/, '')}\n;\n`).join('\n');
    await expect(file).toMatchFileSnapshot('./__snapshots__/ingest-statements.cypher');
  });

  it('take every value as a parameter, from a closed set', () => {
    const parameters = new Set(statements.flatMap(([, text]) => text.match(/\$[A-Za-z]+/g) ?? []));
    expect([...parameters].sort()).toEqual([
      '$dataset',
      '$detach',
      '$ids',
      '$keys',
      '$kindLabels',
      '$load',
      '$rows',
      '$seq',
      '$token',
      '$undo',
      '$wikidata',
    ]);
  });
});
