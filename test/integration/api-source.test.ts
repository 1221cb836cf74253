import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/paths.js';
import { useTestApi } from '../support/api.js';

// The source reader's question: the whole article with every excerpt and the facts each is evidence for, in one
// request that runs one Cypher query.

const api = useTestApi();
const SOURCE_ID = 'src:article-ma-security';
const ARTICLE = join(PROJECT_ROOT, 'seed', 'data', 'article');

const READER = `query($id: ID!) {
  source(id: $id) {
    text
    excerpts {
      id quote start end
      supports {
        statementKind stance
        event { id title }
        relation { id type from { id name } to { id name } }
        participation { role entity { id name } event { id title } }
      }
    }
  }
}`;

interface Use {
  statementKind: string;
  stance: string;
  event: { id: string; title: string } | null;
  relation: { id: string; type: string; from: { id: string; name: string }; to: { id: string; name: string } } | null;
  participation: { role: string; entity: { id: string; name: string }; event: { id: string; title: string } } | null;
}
interface Excerpt {
  id: string;
  quote: string;
  start: number;
  end: number;
  supports: Use[];
}

/** The statement kinds the dataset cites each excerpt with, from every `{excerpt, kind}` in its fact files. */
async function citedKinds(): Promise<Map<string, string[]>> {
  const kinds = new Map<string, string[]>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.excerpt === 'string' && typeof record.kind === 'string') {
        kinds.set(record.excerpt, [...(kinds.get(record.excerpt) ?? []), record.kind]);
      }
      Object.values(record).forEach(visit);
    }
  };
  for (const file of ['events.yaml', 'relations.yaml']) visit(parse(await readFile(join(ARTICLE, file), 'utf8')));
  return kinds;
}

describe('the source reader', () => {
  it('lists every excerpt of the article in text order, each quote being the text at its code-point offsets, in one Cypher query', async () => {
    const result = await api.run<{ source: { text: string; excerpts: Excerpt[] } }>(READER, { id: SOURCE_ID });
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
    const { text, excerpts } = result.data!.source;

    const file = parse(await readFile(join(ARTICLE, 'excerpts.yaml'), 'utf8')) as { excerpts: { id: string; source: string }[] };
    const expected = file.excerpts.filter((excerpt) => excerpt.source === SOURCE_ID).map((excerpt) => excerpt.id);
    expect(excerpts.map((excerpt) => excerpt.id).sort()).toEqual([...expected].sort());

    const codePoints = Array.from(text);
    for (const excerpt of excerpts) expect(codePoints.slice(excerpt.start, excerpt.end).join('')).toBe(excerpt.quote);
    const order = excerpts.map((excerpt) => [excerpt.start, -excerpt.end]);
    expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });

  it('lists the uses of every excerpt cited as evidence, with their statement kinds, each bearing on exactly one fact', async () => {
    const result = await api.run<{ source: { excerpts: Excerpt[] } }>(READER, { id: SOURCE_ID });
    expect(result.errors).toBeUndefined();
    const cited = await citedKinds();
    expect(cited.size).toBeGreaterThan(0);
    for (const excerpt of result.data!.source.excerpts) {
      expect(excerpt.supports.map((use) => use.statementKind).sort(), excerpt.id).toEqual([...(cited.get(excerpt.id) ?? [])].sort());
      for (const use of excerpt.supports) {
        expect([use.event, use.relation, use.participation].filter((fact) => fact !== null)).toHaveLength(1);
      }
    }

    // Hammouchi's titles are the evidence that he heads both agencies.
    const titles = result.data!.source.excerpts.find((excerpt) => excerpt.id === 'ex:hammouchi-director-general');
    const heads = titles?.supports.flatMap((use) => (use.relation?.type === 'HEADS' ? [use.relation] : [])) ?? [];
    expect(heads.map((relation) => relation.to.id).sort()).toEqual(['org:dgsn', 'org:dgst']);
    expect(heads.every((relation) => relation.from.name === 'Abdellatif Hammouchi')).toBe(true);
  });

  it('names the participant and the event of a participation it supports', async () => {
    const result = await api.run<{ source: { excerpts: Excerpt[] } }>(READER, { id: SOURCE_ID });
    const participations = result.data!.source.excerpts.flatMap((excerpt) =>
      excerpt.supports.flatMap((use) => (use.participation ? [use.participation] : [])),
    );
    expect(participations.length).toBeGreaterThan(0);
    for (const participation of participations) {
      expect(participation.entity.name).not.toBe('');
      expect(participation.event.title).not.toBe('');
    }
  });
});
