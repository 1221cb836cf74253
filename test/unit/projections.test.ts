import { describe, expect, it } from 'vitest';
import { Projector, variable } from '../../src/db/projections.js';
import { treeOf } from '../../src/selection.js';

// The projections read from Neo4j only what the selection needs: unselected names and aliases of entities
// nested by the hundred (relation ends, neighbours) would otherwise dominate the answer.

const e = variable('e');

describe('Projector', () => {
  it('projects only the selected scalars of an entity, and its relation ends by id alone', () => {
    const projection = new Projector().entity(e, treeOf('id', 'relations.from.id', 'relations.to.id', 'relations.type'));
    expect(projection).not.toContain('aliases');
    expect(projection).not.toContain('name_en');
    expect(projection).not.toContain('wikidata');
    expect(projection).not.toContain('description');
    expect(projection).not.toContain('since');
    expect(projection).toContain('type: type(rel');
    expect(projection).toMatch(/from: \{id: relFrom\d+\.id\}/);
  });

  it('reads the names for `name` as well as `names`, and the Wikidata id for `wikidataUrl`', () => {
    const projection = new Projector().entity(e, treeOf('name', 'wikidataUrl'));
    expect(projection).toContain('names: {ar: e.name_ar, fr: e.name_fr, en: e.name_en}');
    expect(projection).toContain('wikidataId: e.wikidata');
    expect(projection).not.toContain('kind:');
  });

  it('projects every scalar of an object asked for as a whole (an empty or absent selection)', () => {
    for (const projection of [new Projector().entity(e, treeOf()), new Projector().entity(e, undefined)]) {
      for (const part of ['kind:', 'names:', 'aliases:', 'description:', 'wikidataId:', 'cameoActorCode:']) {
        expect(projection).toContain(part);
      }
      expect(projection).not.toContain('relations:');
    }
  });

  it("keeps a source's large text out unless `text` itself is selected", () => {
    expect(new Projector().source(variable('s'), treeOf())).not.toContain('text:');
    expect(new Projector().source(variable('s'), treeOf('text'))).toContain('text: s.text');
    expect(new Projector().source(variable('s'), treeOf('title'))).toBe('{id: s.id, title: s.title}');
  });
});
