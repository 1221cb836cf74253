import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DatasetError, validateDataset, type DatasetFileText, type DatasetProblem, type SourceFile } from '../../src/ingest/index.js';
import { nameRows } from '../../src/ingest/rows.js';

/**
 * Dataset validation without Neo4j or the file system: the fixture dataset (test/fixtures/seed/mini) is read once
 * into memory, edited there, and handed to `validateDataset` as texts. test/integration/seed.test.ts checks the
 * same mistakes end to end (nothing is written); here each one is checked on its own, fast.
 */

const FIXTURE = new URL('../fixtures/seed/mini/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURE), 'utf8');
const FILES = { 'facts.yaml': fixture('facts.yaml'), 'source.yaml': fixture('source.yaml') };
const SOURCE_TEXT = fixture('source.txt');

type Yaml = Record<string, any>;

interface Variant {
  /** Edits of the parsed YAML files, by file name. */
  readonly edit?: (files: Record<string, Yaml>) => void;
  /** More files (name → text), after the fixture's. */
  readonly extra?: Record<string, string>;
  /** Source text files by path (default: the fixture's source.txt). */
  readonly sourceFiles?: ReadonlyMap<string, SourceFile>;
}

/** The fixture, edited, as validation input. */
function input({ edit, extra = {}, sourceFiles = new Map([['source.txt', { text: SOURCE_TEXT }]]) }: Variant = {}) {
  const parsed = Object.fromEntries(Object.entries(FILES).map(([file, text]) => [file, parse(text) as Yaml]));
  edit?.(parsed);
  const files: DatasetFileText[] = [
    ...Object.entries(parsed).map(([file, content]) => ({ file, text: edit ? stringify(content) : FILES[file as keyof typeof FILES] })),
    ...Object.entries(extra).map(([file, text]) => ({ file, text })),
  ];
  return { id: 'fx-mini', folder: '/datasets/fx-mini', files, sourceFiles };
}

/** The problems validation refuses the variant with (it must throw a DatasetError). */
function problemsOf(variant: Variant): readonly DatasetProblem[] {
  try {
    validateDataset(input(variant));
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems;
  }
  throw new Error('the dataset was accepted');
}

const problem = (file: string, path: string, message: RegExp) => expect.objectContaining({ file, path, message: expect.stringMatching(message) });

describe('validating a dataset', () => {
  it('accepts the fixture, with every list located by file and path and source offsets in code points', () => {
    const dataset = validateDataset(input());
    expect(dataset).toMatchObject({ id: 'fx-mini', folder: '/datasets/fx-mini', files: ['facts.yaml', 'source.yaml'] });
    expect([dataset.sources.length, dataset.excerpts.length, dataset.entities.length, dataset.events.length, dataset.relations.length]).toEqual([
      1, 9, 8, 3, 3,
    ]);
    const [source] = dataset.sources;
    // The last line ("Share this post") is chrome; the shield emoji counts as two code points, not three units.
    expect(source?.text?.endsWith('Observers call the police reliable.')).toBe(true);
    expect(source?.length).toBe(Array.from(source?.text ?? '').length);
    expect(source?.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(dataset.excerpts[3]).toMatchObject({ file: 'source.yaml', path: 'excerpts[3]', spec: { start: 154, end: 234 } });
    expect(dataset.events.find((event) => event.spec.id === 'event:fx-medal-2022')?.date).toMatchObject({
      precision: 'HALF_YEAR',
      earliest: '2022-07-01',
      latest: '2022-12-31',
    });
  });

  it('finds a source text relative to the file that declares it', () => {
    const nested = input();
    const files = nested.files.map((f) =>
      f.file === 'source.yaml' ? { ...f, file: 'sources/source.yaml', text: f.text.replace('file: source.txt', 'file: ../source.txt') } : f,
    );
    expect(validateDataset({ ...nested, files }).files).toEqual(['facts.yaml', 'sources/source.yaml']);
  });
});

/** One mistake each, as test/integration/seed.test.ts makes them, and the one problem it must be reported as. */
const MISTAKES: Array<{ name: string; variant: Variant; expected: ReturnType<typeof problem> }> = [
  {
    name: 'a dangling reference',
    variant: { edit: (f) => void (f['facts.yaml']!.events[0].participants[0].entity = 'org:fx-nobody') },
    expected: problem(
      'facts.yaml',
      'events[0].participants[0].entity',
      /"org:fx-nobody" does not match any id in the dataset \(expected an entity id\)/,
    ),
  },
  {
    name: 'a wrong offset',
    variant: {
      edit: (f) => {
        f['source.yaml']!.excerpts[2].start += 1;
        f['source.yaml']!.excerpts[2].end += 1;
      },
    },
    expected: problem(
      'source.yaml',
      'excerpts[2].start',
      /at \[90, 152\) is "osted .*2024\.", not the quote .*; the quote occurs at \[89, 151\): fix start and end/,
    ),
  },
  {
    name: 'a quote differing by one character',
    variant: { edit: (f) => void (f['source.yaml']!.excerpts[1].quote = f['source.yaml']!.excerpts[1].quote.replace('Ada', 'Ida')) },
    expected: problem('source.yaml', 'excerpts[1].quote', /first difference at offset 76: the quote has "I" where the text has "A".*occurs nowhere/),
  },
  {
    name: 'an impossible date (2024-02-30)',
    variant: { edit: (f) => void (f['facts.yaml']!.events[0].date.value = '2024-02-30') },
    expected: problem('facts.yaml', 'events[0].date.value', /"2024-02-30" is not a calendar date: 2024-02 has 29 days/),
  },
  {
    name: 'an excerpt past the end of its source',
    variant: { edit: (f) => void (f['source.yaml']!.excerpts[3].end = 4000) },
    expected: problem('source.yaml', 'excerpts[3].end', /end 4000 is past the end of the source text \(392 code points\)/),
  },
  {
    name: 'a duplicate id',
    variant: { extra: { 'more.yaml': stringify({ entities: [{ id: 'org:fx-police', kind: 'ORGANIZATION', names: { en: 'Police again' } }] }) } },
    expected: problem('more.yaml', 'entities[0].id', /duplicate id "org:fx-police": already declared at facts\.yaml: entities\[2\]\.id/),
  },
  {
    name: 'a quote that shows an invisible character',
    variant: { edit: (f) => void (f['source.yaml']!.excerpts[5].quote = f['source.yaml']!.excerpts[5].quote.replace('\u00A0', ' ')) },
    expected: problem('source.yaml', 'excerpts[5].quote', /the quote has " " where the text has "\\u00A0"/),
  },
];

describe('a dataset with a mistake', () => {
  it.each(MISTAKES)('is refused for $name, naming file and path', ({ variant, expected }) => {
    const problems = problemsOf(variant);
    expect(problems).toEqual([expected]);
  });

  it('reports every schema and syntax problem of every file at once', () => {
    const problems = problemsOf({
      edit: (f) => {
        f['facts.yaml']!.entities[0].kind = 'PLANET';
        f['facts.yaml']!.entities[1].colour = 'blue';
        delete f['facts.yaml']!.events[1].title;
      },
      extra: { 'broken.yaml': 'entities: []\nevents: []\nentities: []\n', 'broken.json': '{"entities": [\n  1,\n}' },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        problem('facts.yaml', 'entities[0].kind', /PERSON/),
        problem('facts.yaml', 'entities[1].colour', /unknown field "colour"/),
        problem('facts.yaml', 'events[1].title', /./),
        problem('broken.yaml', 'line 3, column 1', /invalid YAML: Map keys must be unique/),
        problem('broken.json', 'line 3, column 1', /invalid JSON: /),
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('reports every problem across files at once, each with its file and path', () => {
    const problems = problemsOf({
      edit: (f) => {
        const facts = f['facts.yaml']!;
        facts.events[0].participants[0].entity = 'org:fx-nobody';
        facts.events[0].participants.push({ ...facts.events[0].participants[1] });
        facts.events[1].date.value = '2023-13';
        facts.events[2].date.phrase = 'in December 2022';
        facts.events[2].evidence.push({ excerpt: 'ex:fx-ministry', kind: 'EVALUATION' });
        facts.entities[1].country = 'city:fx-fixtown';
        facts.relations[0].evidence[0].excerpt = 'src:fx-gazette';
        f['source.yaml']!.sources[0].file = 'missing.txt';
      },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        problem('facts.yaml', 'events[0].participants[0].entity', /does not match any id/),
        problem('facts.yaml', 'events[0].participants[2]', /lists "person:fx-ada-example" as PARTICIPANT again \(already at participants\[1\]\)/),
        problem('facts.yaml', 'events[1].date.value', /month 13/),
        problem('facts.yaml', 'events[2].date.phrase', /"in December 2022" does not occur in any of the event's evidence quotes/),
        problem('facts.yaml', 'events[2].evidence[2].excerpt', /cites "ex:fx-ministry" again \(already at evidence\[1\]\)/),
        problem('facts.yaml', 'entities[1].country', /"city:fx-fixtown" is an entity of kind CITY .*not COUNTRY/),
        problem('facts.yaml', 'relations[0].evidence[0].excerpt', /"src:fx-gazette" is a source .*not an excerpt/),
        problem('source.yaml', 'sources[0].file', /cannot read the source text missing\.txt: no such file/),
      ]),
    );
    expect(problems).toHaveLength(8);
  });

  it('gives an event its aliases as searchable names beside its titles', () => {
    const dataset = validateDataset(
      input({
        edit: (files) => {
          files['facts.yaml']!['events'][0].aliases = [
            { text: 'Fixture forum', lang: 'en' },
            { text: 'منتدى فيكستوريا', lang: 'ar' },
          ];
        },
      }),
    );
    const names = [...nameRows(dataset)].filter((row) => row.props.ownerId === 'event:fx-security-forum-2024');
    expect(names.map((row) => [row.props.text, row.props.lang, row.props.primary, row.ownerIsEvent])).toEqual([
      ['منتدى فيكستوريا الأمني الأول', 'ar', true, true],
      ['Premier forum de sécurité de Fixturie', 'fr', true, true],
      ['First Fixture Security Forum', 'en', true, true],
      ['Fixture forum', 'en', false, true],
      ['منتدى فيكستوريا', 'ar', false, true],
    ]);
    expect(names.find((row) => row.props.text === 'Fixture forum')?.props.keys).toBe('fixture forum');
  });

  it('refuses an event alias listed twice in one language, and a malformed one', () => {
    const problems = problemsOf({
      edit: (files) => {
        files['facts.yaml']!['events'][0].aliases = [
          { text: 'Fixture forum', lang: 'en' },
          { text: 'Fixture forum', lang: 'fr' },
          { text: 'Fixture forum', lang: 'en' },
        ];
        files['facts.yaml']!['events'][1].aliases = [{ text: 'Fixture raid', lang: 'de' }];
      },
    });
    expect(problems).toEqual([problem('facts.yaml', 'events[1].aliases[0].lang', /ar.*fr.*en|Invalid option/i)]);
    const repeated = problemsOf({
      edit: (files) => {
        files['facts.yaml']!['events'][0].aliases = [
          { text: 'Fixture forum', lang: 'en' },
          { text: 'Fixture forum', lang: 'fr' },
          { text: 'Fixture forum', lang: 'en' },
        ];
      },
    });
    expect(repeated).toEqual([problem('facts.yaml', 'events[0].aliases[2]', /repeats the en alias "Fixture forum" \(already at aliases\[0\]\)/)]);
  });

  it('refuses a CREDITED participant resting on a reported fact', () => {
    let index = -1;
    const problems = problemsOf({
      edit: (files) => {
        const participants = files['facts.yaml']!['events'][0].participants as Yaml[];
        index = participants.push({ ...participants[0], role: 'CREDITED', evidence: [participants[0]!['evidence'][0]] }) - 1;
      },
    });
    expect(problems).toEqual([
      problem('facts.yaml', `events[0].participants[${index}].evidence[0].kind`, /a CREDITED participant rests on an EVALUATION or ATTRIBUTED_CLAIM/),
    ]);
  });

  it('refuses one source giving an entity two roles that cannot both hold, and allows two that can', () => {
    let index = -1;
    const problems = problemsOf({
      edit: (files) => {
        const participants = files['facts.yaml']!['events'][0].participants as Yaml[];
        index = participants.push({ ...participants[0], role: 'VISITOR' }) - 1;
      },
    });
    expect(problems).toEqual([
      problem(
        'facts.yaml',
        `events[0].participants[${index}].role`,
        /"org:fx-police" cannot be both HOST \(participants\[0\]\) and VISITOR of one event/,
      ),
    ]);
    const compatible = validateDataset(
      input({
        edit: (files) => {
          const participants = files['facts.yaml']!['events'][0].participants as Yaml[];
          participants.push({ ...participants[0], role: 'ORGANISER' });
        },
      }),
    );
    expect(compatible.events[0]?.spec.participants.map((p) => p.role)).toEqual(['HOST', 'PARTICIPANT', 'ORGANISER']);
  });

  it('names the reason a source text could not be read', () => {
    const problems = problemsOf({ sourceFiles: new Map([['source.txt', { error: 'EACCES: permission denied' }]]) });
    // Without the text no excerpt can be checked, so the one problem is the source's.
    expect(problems).toEqual([problem('source.yaml', 'sources[0].file', /cannot read the source text source\.txt: EACCES: permission denied/)]);
  });
});

/** A source cited, not stored: its quotes, with no offsets, and one more piece of evidence for the forum. */
const CITED = `
sources:
  - id: src:fx-cited
    language: en
    title: Forum opens in Fixtown
    publisher: Fixture Wire
    url: https://example.org/fx-forum
    published: { value: "2024-03-04" }
    retrieved: { value: "2026-12-02" }
excerpts:
  - id: ex:fx-cited-forum
    source: src:fx-cited
    quote: The security forum opened on Monday 4 March 2024 in Fixtown
`;

describe('a source cited, not stored', () => {
  const cited = (edit?: (cited: Yaml) => void): Variant => {
    const content = parse(CITED) as Yaml;
    edit?.(content);
    return {
      extra: { 'cited.yaml': stringify(content) },
      edit: (files) => {
        files['facts.yaml']!.events[0].evidence.push({ excerpt: 'ex:fx-cited-forum', kind: 'REPORTED_FACT' });
      },
    };
  };

  it('is accepted with its quotes and no text, hash, length or offsets', () => {
    const dataset = validateDataset(input(cited()));
    const source = dataset.sources.find((s) => s.spec.id === 'src:fx-cited');
    expect(source).toMatchObject({ text: null, contentHash: null, length: null, retrieved: { edtf: '2026-12-02', precision: 'DAY' } });
    expect(dataset.excerpts.find((e) => e.spec.id === 'ex:fx-cited-forum')?.spec).not.toHaveProperty('start');
  });

  it('needs the url it was read at and the date it was retrieved', () => {
    const problems = problemsOf(
      cited((c) => {
        delete c.sources[0].url;
        delete c.sources[0].retrieved;
      }),
    );
    expect(problems).toEqual([
      problem('cited.yaml', 'sources[0].url', /give the url it was read at/),
      problem('cited.yaml', 'sources[0].retrieved', /give the date it was retrieved/),
    ]);
  });

  it('refuses offsets, a blank quote, padding and a quote over the limit', () => {
    const long = 'word '.repeat(121).trim();
    const problems = problemsOf(
      cited((c) => {
        c.excerpts.push({ id: 'ex:fx-cited-offsets', source: 'src:fx-cited', start: 0, end: 3, quote: 'The' });
        c.excerpts.push({ id: 'ex:fx-cited-blank', source: 'src:fx-cited', quote: '   ' });
        c.excerpts.push({ id: 'ex:fx-cited-padded', source: 'src:fx-cited', quote: ' The forum ' });
        c.excerpts.push({ id: 'ex:fx-cited-long', source: 'src:fx-cited', quote: long });
      }),
    );
    expect(problems).toEqual([
      problem('cited.yaml', 'excerpts[1].start', /is cited, not stored: its quotes have no offsets/),
      problem('cited.yaml', 'excerpts[2].quote', /must not be blank/),
      problem('cited.yaml', 'excerpts[3].quote', /starts or ends with white space/),
      problem('cited.yaml', 'excerpts[4].quote', /is 604 code points long: a quote of a cited-only source is at most 600/),
    ]);
  });

  it('still needs the offsets of a quote from a stored text', () => {
    const problems = problemsOf({ edit: (files) => delete files['source.yaml']!.excerpts[0].start });
    expect(problems).toEqual([problem('source.yaml', 'excerpts[0].start', /has a text: give the quote's start and end offsets/)]);
  });

  it('still needs a date phrase to occur in the evidence', () => {
    const problems = problemsOf(
      cited((c) => {
        c.events = [
          {
            id: 'event:fx-cited-forum',
            type: 'MULTILATERAL_MEETING',
            title: { en: 'Forum' },
            date: { phrase: '5 March 2024', value: '2024-03-05' },
            participants: [{ entity: 'city:fx-fixtown', role: 'HOST', evidence: [{ excerpt: 'ex:fx-cited-forum', kind: 'REPORTED_FACT' }] }],
            evidence: [{ excerpt: 'ex:fx-cited-forum', kind: 'REPORTED_FACT' }],
          },
        ];
      }),
    );
    expect(problems).toEqual([problem('cited.yaml', 'events[0].date.phrase', /"5 March 2024" does not occur in any of the event's evidence quotes/)]);
  });
});
