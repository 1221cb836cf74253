import { describe, expect, it } from 'vitest';
import { readerExcerpts } from '../../web/src/mapping/source.js';

const names = (en: string) => ({ ar: null, fr: null, en });

describe("the source reader's excerpts", () => {
  it('reads each excerpt with its statement kinds in vocabulary order and links to the facts it supports', () => {
    const [excerpt, mentionOnly] = readerExcerpts([
      {
        id: 'ex:a',
        quote: 'Hammouchi heads the DGSN',
        start: 0,
        end: 24,
        supports: [
          {
            statementKind: 'FORECAST',
            stance: 'SUPPORTS',
            event: { id: 'event:ga', type: 'MULTILATERAL_MEETING', titles: names('General Assembly') },
            relation: null,
            participation: null,
          },
          {
            statementKind: 'REPORTED_FACT',
            stance: 'DISPUTES',
            event: null,
            relation: {
              id: 'rel:1',
              type: 'HEADS',
              from: { id: 'person:h', names: names('Hammouchi') },
              to: { id: 'org:dgsn', names: names('DGSN') },
            },
            participation: null,
          },
          {
            statementKind: 'REPORTED_FACT',
            stance: 'SUPPORTS',
            event: null,
            relation: null,
            participation: {
              id: 'p:1',
              role: 'HOST',
              entity: { id: 'country:ma', names: names('Morocco') },
              event: { id: 'event:ga', titles: names('General Assembly') },
            },
          },
        ],
      },
      { id: 'ex:b', quote: 'DGSN', start: 20, end: 24, supports: [] },
    ]);
    expect(excerpt?.statementKinds).toEqual(['REPORTED_FACT', 'FORECAST']);
    expect(excerpt?.facts.map((fact) => [fact.what, fact.links.map((link) => link.path), fact.disputes])).toEqual([
      [{ group: 'EventType', code: 'MULTILATERAL_MEETING' }, ['/event/event:ga'], false],
      [{ group: 'RelationType', code: 'HEADS' }, ['/entity/person:h', '/entity/org:dgsn'], true],
      [{ group: 'ParticipantRole', code: 'HOST' }, ['/entity/country:ma', '/event/event:ga'], false],
    ]);
    expect(mentionOnly).toMatchObject({ key: 'ex:b', start: 20, end: 24, statementKinds: [], facts: [] });
  });
});
