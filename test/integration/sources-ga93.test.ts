import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDatasetFolders, deleteDataset, seedDataset } from '../../src/ingest/index.js';
import { SEED_DATA_DIR } from '../../src/paths.js';
import { useTestApi } from '../support/api.js';

// The real second sources on the 93rd Interpol General Assembly (seed/data/*-ga93-*), cited, not stored, loaded
// over the article: through GraphQL, the refined date and the participation two publishers report, each value
// with its source and quote.

const api = useTestApi();
const GA93 = ['overviewpress-ga93-welcome', 'overviewpress-ga93-closing', 'africanbulletin-ga93-opening', 'italpress-ga93-opening'];

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
    expect(ga.conflicts).toEqual([]);
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
});
