import { describe, expect, it } from 'vitest';
import { useTestApi } from '../support/api.js';

// Search as people name things: short forms, press names and several words at once, in Arabic, French and
// English. Each query's intended entity or event must come first. Against the seeded article.

const api = useTestApi();

const SEARCH = `query($text: String!) { search(text: $text, first: 5) { score node { ... on Entity { id } ... on Event { id } } } }`;

const FIRST_RESULTS: readonly (readonly [string, string])[] = [
  // Arabic
  ['أولمبياد باريس', 'major-event:paris-2024-olympics'],
  ['مونديال قطر', 'major-event:2022-fifa-world-cup'],
  ['كأس العالم 2022', 'major-event:2022-fifa-world-cup'],
  ['المخابرات المغربية', 'org:dgst'],
  ['الشرطة المغربية', 'org:dgsn'],
  ['الأمن الوطني', 'org:dgsn'],
  ['الأجهزة الأمنية المغربية', 'org:moroccan-security-services'],
  ['حموشي', 'person:abdellatif-hammouchi'],
  ['الإنتربول', 'org:interpol'],
  ['الجمعية العامة للإنتربول', 'org:interpol-general-assembly'],
  ['المغرب', 'country:morocco'],
  ['قطر', 'country:qatar'],
  ['باريس', 'city:paris'],
  ['مراكش', 'city:marrakech'],
  ['مافيا مرسيليا', 'group:marseille-mafia'],
  // Arabic names of events (event aliases)
  ['تأمين مونديال قطر', 'event:world-cup-2022-security-support'],
  ['تأمين أولمبياد باريس', 'event:paris-2024-security-support'],
  ['أكبر تجمع أمني عالمي', 'event:interpol-ga-93'],
  ['زيارة حموشي لفرنسا', 'event:hammouchi-visit-france'],
  ['إحباط هجمات إرهابية في إسبانيا', 'event:attacks-foiled-spain'],
  // French
  ['Mondial Qatar', 'major-event:2022-fifa-world-cup'],
  ['Coupe du monde au Qatar', 'major-event:2022-fifa-world-cup'],
  ['JO de Paris', 'major-event:paris-2024-olympics'],
  ['Jeux olympiques de Paris', 'major-event:paris-2024-olympics'],
  ['Maroc Interpol 2025', 'event:interpol-ga-93'],
  ['Renseignement marocain', 'org:dgst'],
  ['Police marocaine', 'org:dgsn'],
  ['Sûreté nationale', 'org:dgsn'],
  ['DGST', 'org:dgst'],
  ['du Maroc', 'country:morocco'],
  ['Assemblée générale d\u2019Interpol', 'org:interpol-general-assembly'],
  ['Mafia de Marseille', 'group:marseille-mafia'],
  // French names of events
  ['sécurité du Mondial 2022', 'event:world-cup-2022-security-support'],
  ['sécurité des JO de Paris', 'event:paris-2024-security-support'],
  ['AG Interpol Marrakech', 'event:interpol-ga-93'],
  ['médaille Hammouchi', 'event:hammouchi-french-police-gold-medal'],
  ['attentats déjoués en Espagne', 'event:attacks-foiled-spain'],
  // English
  ['Qatar World Cup', 'major-event:2022-fifa-world-cup'],
  ['Paris Olympics', 'major-event:paris-2024-olympics'],
  ['Moroccan intelligence', 'org:dgst'],
  ['Moroccan police', 'org:dgsn'],
  ['Moroccan security services', 'org:moroccan-security-services'],
  ['Hammouchi', 'person:abdellatif-hammouchi'],
  ['Interpol', 'org:interpol'],
  ['Morocco', 'country:morocco'],
  ['Marrakesh', 'city:marrakech'],
  ['Hammouchi visit France', 'event:hammouchi-visit-france'],
  ['Marseille mafia arrest', 'event:marseille-mafia-leaders-arrest'],
  ['Morocco Interpol 2025', 'event:interpol-ga-93'],
  // English names of events
  ['World Cup 2022 security', 'event:world-cup-2022-security-support'],
  ['Paris Olympics security', 'event:paris-2024-security-support'],
  ['Interpol General Assembly 2025', 'event:interpol-ga-93'],
  ['Hammouchi gold medal', 'event:hammouchi-french-police-gold-medal'],
  ['Interpol bid Morocco', 'event:morocco-selected-to-host-interpol-ga-93'],
];

describe('search by the names people use', () => {
  it('keeps a list of at least 30 such queries in three languages', () => {
    expect(FIRST_RESULTS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(FIRST_RESULTS)('ranks the intended result first for %s', async (text, expected) => {
    const result = await api.run(SEARCH, { text });
    expect(result.errors).toBeUndefined();
    const hits = (result.data as any).search as { score: number; node: { id: string } }[];
    expect(hits[0]?.node.id).toBe(expected);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds an event by an alias from the dataset, saying which name matched', async () => {
    const query = `query($text: String!) { search(text: $text, first: 1) { matchedText matchedLanguage node { ... on Event { id } } } }`;
    const result = await api.run(query, { text: 'تأمين مونديال قطر' });
    expect(result.errors).toBeUndefined();
    expect((result.data as any).search).toEqual([
      { matchedText: 'تأمين مونديال قطر', matchedLanguage: 'AR', node: { id: 'event:world-cup-2022-security-support' } },
    ]);
  });

  it.each(['du', 'de la', 'the of', 'في من', 'Le'])('finds nothing for stop words alone (%s), without a database call', async (text) => {
    const result = await api.run(SEARCH, { text });
    expect(result.errors).toBeUndefined();
    expect((result.data as any).search).toEqual([]);
    expect(result.queries).toBe(0);
  });

  it('does not let a stop word pull in names that only share it', async () => {
    const result = await api.run(SEARCH, { text: 'Mafia du Marseille' });
    const ids = ((result.data as any).search as { node: { id: string } }[]).map((hit) => hit.node.id);
    expect(ids).not.toContain('country:morocco');
    expect(ids).not.toContain('country:qatar');
  });
});
