import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDatasetFolders, deleteDataset, seedDataset } from '../../src/ingest/index.js';
import { SEED_DATA_DIR } from '../../src/paths.js';
import { useTestApi } from '../support/api.js';

// The real second sources on the 93rd Interpol General Assembly (seed/data/*-ga93-*), cited, not stored, loaded
// over the article: through GraphQL, the refined date, the participation two publishers report and the contested
// count of countries, each value with its source and quote.

const api = useTestApi();
const GA93 = [
  'overviewpress-ga93-welcome',
  'overviewpress-ga93-closing',
  'africanbulletin-ga93-opening',
  'italpress-ga93-opening',
  '21stnews-ga93-closing',
];

beforeAll(async () => {
  for (const name of GA93) await seedDataset(api.executor, join(SEED_DATA_DIR, name), { log: () => undefined });
});

afterAll(async () => {
  for (const name of [...GA93].reverse()) await deleteDataset(api.executor, name);
});

const QUERY = `{
  event(id: "event:interpol-ga-93") {
    date { phrase precision earliest latest }
    dateResolution
    conflicts { field }
    dateClaims { shown date { phrase edtf } source { id publisher stored url } evidence { quote statementKind } }
    participants {
      role status entity { id }
      evidence { quote statementKind attributedTo { id } source { id publisher stored published { edtf } retrieved { edtf } } }
    }
  }
}`;

describe('the 93rd General Assembly after the second sources', () => {
  it('is loaded by default after the article', async () => {
    const folders = (await defaultDatasetFolders()).map((folder) => folder.slice(SEED_DATA_DIR.length + 1));
    expect(folders[0]).toBe('article');
    expect(folders).toEqual(expect.arrayContaining(GA93));
  });

  it("shows the date refined from the article's year to Overview Press's days, with both values and quotes", async () => {
    const { data, errors } = await api.run(QUERY);
    expect(errors).toBeUndefined();
    const ga = data?.event;
    expect(ga.date).toEqual({ phrase: 'For four days, until November 27', precision: 'INTERVAL', earliest: '2025-11-24', latest: '2025-11-27' });
    expect(ga.dateResolution).toBe('REFINED');
    expect(ga.conflicts).toEqual([{ field: 'QUANTITY' }]);
    const claims = ga.dateClaims.map((c: any) => ({
      source: c.source.id,
      edtf: c.date.edtf,
      phrase: c.date.phrase,
      shown: c.shown,
      quotes: c.evidence.length,
    }));
    expect(claims).toEqual([
      { source: 'src:article-ma-security', edtf: '2025', phrase: 'خلال سنة 2025', shown: false, quotes: 1 },
      { source: 'src:overviewpress-ga93-welcome', edtf: '2025-11-24/2025-11-27', phrase: 'For four days, until November 27', shown: true, quotes: 1 },
    ]);
    const cited = ga.dateClaims[1];
    expect(cited.source).toMatchObject({ publisher: 'Overview Press', stored: false, url: expect.stringContaining('overviewpress.com') });
    expect(cited.evidence).toEqual([
      { quote: 'For four days, until November 27, the 196 delegations gathered in Marrakech', statementKind: 'REPORTED_FACT' },
    ]);
  });

  it('shows Hammouchi hosting it as corroborated by two publishers, each with its quote', async () => {
    const { data } = await api.run(QUERY);
    const host = data?.event.participants.find((p: any) => p.role === 'HOST' && p.entity.id === 'person:abdellatif-hammouchi');
    expect(host.status).toBe('CORROBORATED');
    expect(host.evidence.map((e: any) => [e.source.publisher, e.quote])).toEqual([
      [
        'African Bulletin',
        'Abdellatif Hammouchi, Director General of National Security and Territorial Surveillance (DGSN-DGST), opened the 93rd Interpol General Assembly in Marrakech',
      ],
      ['Overview Press', 'Abdellatif Hammouchi, director of the DGSN-DGST division, greeted the delegations'],
    ]);
  });

  it("refines Hammouchi's part from Italpress's and Overview Press's PARTICIPANT to HOST, shown once, with every source's role and quote", async () => {
    const { data, errors } = await api.run(`{
      event(id: "event:interpol-ga-93") {
        participantRoles { entity { id } roles resolution claims { role shown source { id publisher } evidence { quote } } }
        conflicts { field }
      }
      timeline(entityId: "person:abdellatif-hammouchi", first: 100) { edges { node { event { id } roles } } }
    }`);
    expect(errors).toBeUndefined();
    const roles = data?.event.participantRoles;
    const hammouchi = roles.find((p: any) => p.entity.id === 'person:abdellatif-hammouchi');
    expect(hammouchi).toMatchObject({ roles: ['HOST'], resolution: 'REFINED' });
    expect(hammouchi.claims.map((c: any) => [c.role, c.source.publisher, c.shown, c.evidence.map((e: any) => e.quote)])).toEqual([
      [
        'HOST',
        'African Bulletin',
        true,
        [
          'Abdellatif Hammouchi, Director General of National Security and Territorial Surveillance (DGSN-DGST), opened the 93rd Interpol General Assembly in Marrakech',
        ],
      ],
      ['HOST', 'Overview Press', true, ['Abdellatif Hammouchi, director of the DGSN-DGST division, greeted the delegations']],
      [
        'PARTICIPANT',
        'Italpress',
        false,
        ['The opening ceremony featured addresses by Abdellatif Hammouchi, Director General of National Security and Territorial Surveillance'],
      ],
      [
        'PARTICIPANT',
        'Overview Press',
        false,
        ['In a speech delivered during the closing session of the 93rd General Assembly of the Organization, held in Marrakech, Hammouchi added'],
      ],
    ]);
    // The article and 21stnews both make Interpol the organiser; the article alone makes Morocco host and organiser.
    expect(roles.find((p: any) => p.entity.id === 'org:interpol')).toMatchObject({ roles: ['ORGANISER'], resolution: 'AGREED' });
    expect(roles.find((p: any) => p.entity.id === 'country:morocco')).toMatchObject({ roles: ['HOST', 'ORGANISER'], resolution: 'SINGLE' });
    // No source contradicts another's role: the only conflict is the count of countries.
    expect(data?.event.conflicts).toEqual([{ field: 'QUANTITY' }]);
    const entry = data?.timeline.edges.find((e: any) => e.node.event.id === 'event:interpol-ga-93');
    expect(entry.node.roles).toEqual(['HOST']);
  });

  it("keeps the DGSN's and DGST's part as Hammouchi's claim", async () => {
    const { data } = await api.run(QUERY);
    const services = data?.event.participants.filter((p: any) => p.role === 'CONTRIBUTOR' && ['org:dgsn', 'org:dgst'].includes(p.entity.id));
    expect(services).toHaveLength(2);
    for (const part of services) {
      expect(part.evidence).toEqual([
        expect.objectContaining({ statementKind: 'ATTRIBUTED_CLAIM', attributedTo: { id: 'person:abdellatif-hammouchi' } }),
      ]);
    }
  });

  it("puts the General Assembly in the security services' timeline with their parts, after the World Cup and Paris 2024, saying who took part", async () => {
    const { data, errors } = await api.run(`{
      timeline(entityId: "org:moroccan-security-services", includeParts: true, first: 100) {
        edges { node { event { id } date { earliest } participants { entity { id } roles via } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const entries = data?.timeline.edges.map((edge: any) => edge.node);
    const order = ['event:world-cup-2022-security-support', 'event:paris-2024-security-support', 'event:interpol-ga-93'];
    expect(entries.map((entry: any) => entry.event.id).filter((id: string) => order.includes(id))).toEqual(order);
    const ga = entries.find((entry: any) => entry.event.id === 'event:interpol-ga-93');
    expect(ga.date.earliest).toBe('2025-11-24');
    expect(ga.participants).toEqual([
      { entity: { id: 'org:dgsn' }, roles: ['CONTRIBUTOR'], via: 'PART' },
      { entity: { id: 'org:dgst' }, roles: ['CONTRIBUTOR'], via: 'PART' },
    ]);
  });

  it("shows the countries contested: Italpress's 196 against 21stnews's 179, each with its source and quote, the range spanning both", async () => {
    const { data, errors } = await api.run(`{
      event(id: "event:interpol-ga-93") {
        place { id }
        placeResolution
        placeClaims { source { publisher } }
        quantities { unit resolution value { phrase min max } claims { shown quantity { phrase min max } source { publisher } } }
        conflicts {
          field unit
          values { value quantity { phrase min max } source { id publisher url } evidence { quote statementKind } }
        }
      }
    }`);
    expect(errors).toBeUndefined();
    const ga = data?.event;
    expect(ga.conflicts).toEqual([
      {
        field: 'QUANTITY',
        unit: 'COUNTRIES',
        values: [
          {
            value: '179',
            quantity: { phrase: '179 countries', min: 179, max: 179 },
            source: {
              id: 'src:21stnews-ga93-closing',
              publisher: '21stnews',
              url: 'https://21stnews.online/interpols-93rd-general-assembly-closes-in-marrakech-with-major',
            },
            evidence: [
              {
                quote: 'The gathering brought together more than 800 delegates from 179 countries, including 82 police chiefs',
                statementKind: 'REPORTED_FACT',
              },
            ],
          },
          {
            value: '196',
            quantity: { phrase: '196 member countries', min: 196, max: 196 },
            source: {
              id: 'src:italpress-ga93-opening',
              publisher: 'Italpress',
              url: 'https://www.italpress.com/93rd-interpol-general-assembly-kicks-off-in-marrakech',
            },
            evidence: [
              {
                quote: 'bringing together senior officials and police chiefs from the Organisation’s 196 member countries',
                statementKind: 'REPORTED_FACT',
              },
            ],
          },
        ],
      },
    ]);
    // Delegations, delegates and police chiefs are other units: each stands alone, none is weighed against countries.
    expect(ga.quantities.map((q: any) => [q.unit, q.resolution, q.value])).toEqual([
      ['COUNTRIES', 'CONFLICT', { phrase: null, min: 179, max: 196 }],
      ['DELEGATIONS', 'SINGLE', { phrase: 'the 196 delegations', min: 196, max: 196 }],
      ['DELEGATES', 'SINGLE', { phrase: 'more than 800 delegates', min: 801, max: null }],
      ['POLICE_CHIEFS', 'SINGLE', { phrase: '82 police chiefs', min: 82, max: 82 }],
    ]);
    expect(ga.quantities[0].claims.every((c: any) => !c.shown)).toBe(true);
    // Every source places it in Marrakech.
    expect(ga.place).toEqual({ id: 'city:marrakech' });
    expect(ga.placeResolution).toBe('AGREED');
    expect(ga.placeClaims.map((c: any) => c.source.publisher).sort()).toEqual(
      ['21stnews', 'African Bulletin', 'Italpress', 'Overview Press', 'Overview Press', null].sort(),
    );
  });
});
