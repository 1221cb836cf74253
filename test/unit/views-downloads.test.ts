import { describe, expect, it } from 'vitest';
import { dateText, label } from '../../src/domain/labels.js';
import { csvField, eventsToCsv, timelineToCsv } from '../../web/src/views/csv.js';
import { graphToGexf } from '../../web/src/views/gexf.js';
import { graphToGraphml } from '../../web/src/views/graphml.js';
import type { GraphElements, TimelineItem } from '../../web/src/views/types.js';

const XSS = '<img src=x onerror=alert(1)>';

const item = (overrides: Partial<TimelineItem> = {}): TimelineItem => ({
  eventId: 'event:a',
  title: 'Visit',
  type: 'OFFICIAL_VISIT',
  status: 'REPORTED',
  statementKinds: ['REPORTED_FACT', 'FORECAST'],
  roles: ['VISITOR'],
  date: { precision: 'HALF_YEAR', earliest: '2022-07-01', latest: '2022-12-31', phrase: 'نهاية سنة 2022', phraseLanguage: 'ar' },
  ...overrides,
});

/** A strict RFC 4180 reader: quoted fields with doubled quotes, CRLF record ends. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          field += text[i];
          i += 1;
        }
      }
      if (text[i] !== ',' && text.slice(i, i + 2) !== '\r\n') throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (text.slice(i, i + 2) === '\r\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (text[i] === '"' || text[i] === '\n' || text[i] === '\r') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
      field += text[i];
      i += 1;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
}

describe('CSV downloads', () => {
  it('start with a UTF-8 byte order mark and end every record with CRLF', () => {
    const csv = timelineToCsv([item()], 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quote commas, quotes and line breaks so that every row keeps its columns (RFC 4180)', () => {
    const tricky = 'A, "quoted"\nsecond line\r\nthird';
    const csv = timelineToCsv([item({ title: tricky }), item({ eventId: 'event:b', title: 'plain' })], 'en');
    const rows = readCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    expect(rows[1]?.[1]).toBe(tricky);
    expect(csv).toContain('"A, ""quoted""\nsecond line\r\nthird"');
    expect(csvField('no special characters')).toBe('no special characters');
  });

  it('keep Arabic text as it is, with the header in the reader language', () => {
    const title = 'زيارة عبد اللطيف حموشي إلى فرنسا، مع "الشرطة الوطنية"';
    const csv = timelineToCsv([item({ title })], 'ar');
    const [header, row] = readCsv(csv.slice(1));
    expect(header?.[0]).toBe('معرّف الحدث');
    expect(row?.[1]).toBe(title);
    expect(row?.[3]).toBe('نهاية سنة 2022');
  });

  it('give each code in its own column next to its label, and the bounds as they are', () => {
    const [header, row] = readCsv(timelineToCsv([item()], 'fr').slice(1));
    const column = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(column('Code de précision')).toBe('HALF_YEAR');
    expect(column('Au plus tôt')).toBe('2022-07-01');
    expect(column('Au plus tard')).toBe('2022-12-31');
    expect(column('Code du type')).toBe('OFFICIAL_VISIT');
    expect(column('Codes des natures')).toBe('REPORTED_FACT FORECAST');
    expect(column('Codes des rôles')).toBe('VISITOR');
    expect(column('Précision de la date')).toBe(label('DatePrecision', 'HALF_YEAR', 'fr'));
    expect(column("Type d'événement")).toBe(label('EventType', 'OFFICIAL_VISIT', 'fr'));
    expect(column('Date')).toBe(dateText(item().date, 'fr'));
    expect(column("Type d'événement")).not.toBe('OFFICIAL_VISIT');
  });

  it('leave an unknown date empty, never invent one', () => {
    const [header, row] = readCsv(
      timelineToCsv([item({ date: { precision: 'UNKNOWN', earliest: null, latest: null, phrase: 'مؤخرا' } })], 'en').slice(1),
    );
    expect(row?.[header?.indexOf('Earliest') ?? -1]).toBe('');
    expect(row?.[header?.indexOf('Latest') ?? -1]).toBe('');
    expect(row?.[header?.indexOf('Date as the source says') ?? -1]).toBe('مؤخرا');
  });

  it('defuse text a spreadsheet would run as a formula', () => {
    const [, row] = readCsv(eventsToCsv([item({ title: '=HYPERLINK("http://x")' })], 'en').slice(1));
    expect(row?.[1]).toBe('\'=HYPERLINK("http://x")');
  });
});

/** A well-formedness check of the XML we write: one root, tags balanced, attributes quoted, references valid. */
function readXml(xml: string): { root: string; count: (tag: string) => number; attributes: Record<string, string>[] } {
  let rest = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*/, '');
  const tag = /^<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)>/;
  const badReference = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/;
  const decode = (text: string) =>
    text
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const stack: string[] = [];
  const counts = new Map<string, number>();
  const attributes: Record<string, string>[] = [];
  let root = '';
  while (rest.length > 0) {
    const text = /^[^<]+/.exec(rest);
    if (text) {
      if (badReference.test(text[0])) throw new Error(`bad reference in text ${text[0]}`);
      if (stack.length === 0 && text[0].trim() !== '') throw new Error('text outside the root');
      rest = rest.slice(text[0].length);
      continue;
    }
    const match = tag.exec(rest);
    if (!match) throw new Error(`not well-formed at: ${rest.slice(0, 60)}`);
    const [whole, closing, name = '', attributeText = '', selfClosing] = match;
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong element`);
    } else {
      if (stack.length === 0) {
        if (root) throw new Error('a second root element');
        root = name;
      }
      if (badReference.test(attributeText)) throw new Error(`bad reference in ${whole}`);
      const pairs = [...attributeText.matchAll(/([\w.:-]+)="([^"]*)"/g)].map(([, key = '', value = '']) => [key, decode(value)] as const);
      if (new Set(pairs.map(([key]) => key)).size !== pairs.length) throw new Error(`repeated attribute in ${whole}`);
      attributes.push({ '#tag': name, ...Object.fromEntries(pairs) });
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (!selfClosing) stack.push(name);
    }
    rest = rest.slice(whole.length);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  return { root, count: (name) => counts.get(name) ?? 0, attributes };
}

const graph: GraphElements = {
  nodes: [
    {
      data: {
        id: 'org:dgsn',
        label: 'DGSN',
        label_ar: 'المديرية العامة للأمن الوطني',
        label_fr: 'DGSN',
        label_en: 'DGSN',
        nodeType: 'ENTITY',
        kind: 'ORGANIZATION',
        distance: 0,
      },
    },
    { data: { id: 'person:x&y', label: XSS, label_en: XSS, nodeType: 'ENTITY', kind: 'PERSON', distance: 1 } },
    {
      data: {
        id: 'event:visit',
        label: 'Visit',
        label_en: 'Visit "to France"',
        nodeType: 'EVENT',
        kind: 'OFFICIAL_VISIT',
        distance: 1,
        date: 'نهاية سنة 2022',
        dateEarliest: '2022-07-01',
        dateLatest: '2022-12-31',
        datePrecision: 'HALF_YEAR',
      },
    },
  ],
  edges: [
    {
      data: {
        id: 'event:visit/VISITOR/org:dgsn',
        source: 'org:dgsn',
        target: 'event:visit',
        type: 'PARTICIPATED_IN',
        role: 'VISITOR',
        status: 'REPORTED',
        evidence: [
          { quote: 'قال "حموشي" <b>\n&', start: 1, end: 9, statementKind: 'REPORTED_FACT', stance: 'SUPPORTS', sourceId: 'src:a', sourceTitle: null },
        ],
      },
    },
    { data: { id: `rel:${XSS}`, source: 'person:x&y', target: 'org:dgsn', type: 'HEADS', status: 'DISPUTED', evidence: [] } },
  ],
};

describe('GraphML download', () => {
  const xml = graphToGraphml(graph, 'ar');
  const doc = readXml(xml);

  it('is well-formed GraphML with every node and edge, directed', () => {
    expect(doc.root).toBe('graphml');
    expect(doc.count('node')).toBe(3);
    expect(doc.count('edge')).toBe(2);
    expect(doc.attributes.find((a) => a['#tag'] === 'graph')?.['edgedefault']).toBe('directed');
  });

  it('declares label, kind, type, role and status for nodes and edges before using them', () => {
    const keys = doc.attributes.filter((a) => a['#tag'] === 'key');
    const declared = (target: string) => keys.filter((k) => k['for'] === target).map((k) => k['attr.name']);
    expect(declared('node')).toEqual(expect.arrayContaining(['label', 'kind', 'type']));
    expect(declared('edge')).toEqual(expect.arrayContaining(['label', 'type', 'role', 'status']));
    const used = [...xml.matchAll(/<data key="([^"]+)"/g)].map(([, id]) => id);
    expect(used.every((id) => keys.some((k) => k['id'] === id))).toBe(true);
    expect(xml.indexOf('<key')).toBeLessThan(xml.indexOf('<graph '));
  });

  it('escapes markup in labels, ids and quotes', () => {
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc.attributes.some((a) => a['#tag'] === 'edge' && a['id'] === `rel:${XSS}`)).toBe(true);
    expect(doc.attributes.some((a) => a['#tag'] === 'node' && a['id'] === 'person:x&y')).toBe(true);
  });

  it('labels nodes in the reader language (Arabic kept as it is)', () => {
    expect(xml).toContain('<data key="n_label">المديرية العامة للأمن الوطني</data>');
  });
});

describe('GEXF download', () => {
  const xml = graphToGexf(graph, 'en', '2025-01-01');
  const doc = readXml(xml);

  it('is well-formed GEXF 1.3 with every node and edge', () => {
    expect(doc.root).toBe('gexf');
    const gexf = doc.attributes[0];
    expect(gexf?.['version']).toBe('1.3');
    expect(gexf?.['xmlns']).toBe('http://gexf.net/1.3');
    expect(doc.count('node')).toBe(3);
    expect(doc.count('edge')).toBe(2);
    expect(doc.attributes.find((a) => a['#tag'] === 'graph')?.['defaultedgetype']).toBe('directed');
  });

  it('declares every attribute value it uses, node and edge apart', () => {
    const declared = (target: 'node' | 'edge') => {
      const start = xml.indexOf(`<attributes class="${target}"`);
      const block = xml.slice(start, xml.indexOf('</attributes>', start));
      return [...block.matchAll(/<attribute id="([^"]+)"/g)].map(([, id]) => id);
    };
    expect(declared('node')).toEqual(expect.arrayContaining(['kind_code', 'node_type']));
    expect(declared('edge')).toEqual(expect.arrayContaining(['edge_type', 'role', 'status']));
    const nodesPart = xml.slice(xml.indexOf('<nodes>'), xml.indexOf('</nodes>'));
    const edgesPart = xml.slice(xml.indexOf('<edges>'), xml.indexOf('</edges>'));
    for (const [part, target] of [
      [nodesPart, 'node'],
      [edgesPart, 'edge'],
    ] as const) {
      const used = [...part.matchAll(/<attvalue for="([^"]+)"/g)].map(([, id]) => id);
      expect(used.length).toBeGreaterThan(0);
      expect(used.every((id) => declared(target).includes(id))).toBe(true);
    }
  });

  it('escapes labels and keeps the line breaks of quotes as character references', () => {
    expect(xml).not.toContain('<img');
    const person = doc.attributes.find((a) => a['#tag'] === 'node' && a['id'] === 'person:x&y');
    expect(person?.['label']).toBe(XSS);
    expect(doc.attributes.find((a) => a['#tag'] === 'node' && a['id'] === 'event:visit')?.['label']).toBe('Visit "to France"');
    const quotes = doc.attributes.find((a) => a['#tag'] === 'attvalue' && a['for'] === 'quotes');
    expect(quotes?.['value']).toBe('قال "حموشي" <b>\n&');
  });

  it('drops characters XML cannot hold instead of writing a broken file', () => {
    const broken: GraphElements = {
      nodes: [{ data: { id: 'n\u0001', label: 'bell\u0007 \ud800 end', nodeType: 'ENTITY', kind: 'PERSON' } }],
      edges: [],
    };
    expect(() => readXml(graphToGexf(broken, 'en'))).not.toThrow();
    expect(graphToGexf(broken, 'en')).toContain('label="bell  end"');
  });
});
