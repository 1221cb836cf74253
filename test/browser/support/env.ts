import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../src/paths.js';

/** The environment variables through which the global setup tells the tests where its servers listen. */
export const ENV = {
  /** The explorer over the seeded graph; lets the third-party origin embed /embed/* and fetch /export/*. */
  explorer: 'BROWSER_TEST_EXPLORER_URL',
  /** The same explorer with no embedding or CORS origin configured. */
  closed: 'BROWSER_TEST_CLOSED_URL',
  /** The same explorer over a Neo4j that is down. */
  down: 'BROWSER_TEST_DOWN_URL',
  /** The third-party page's origin (another port, so another origin). */
  thirdParty: 'BROWSER_TEST_THIRD_PARTY_ORIGIN',
} as const;

export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test-results', 'screenshots');

export function serverUrl(name: keyof typeof ENV): string {
  const value = process.env[ENV[name]];
  if (!value) throw new Error(`${ENV[name]} is not set: run the browser tests with \`npx playwright test\` (its global setup starts the servers)`);
  return value;
}

/** The entity, the pair of entities and the country the embeds show. */
export const EMBEDDED = {
  timeline: '/embed/timeline/country:morocco',
  graph: '/embed/graph/person:abdellatif-hammouchi',
  path: '/embed/path?from=person:abdellatif-hammouchi&to=major-event:paris-2024-olympics',
  export: '/export/timeline/country:morocco',
} as const;

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const withLang = (path: string) => `${path}${path.includes('?') ? '&' : '?'}lang=en`;

/**
 * The third-party site's pages: `/host?api=<explorer>` embeds the explorer the way the "copy embed code" snippet
 * does and fetches an export from a script, writing the outcome into #fetch-result ("ok <events>" or the error);
 * `/snippet?html=<snippet>` publishes a snippet as given, like a newsroom pasting it into an article.
 */
export function thirdPartyPage(url: URL): string | undefined {
  const api = url.searchParams.get('api');
  const snippet = url.searchParams.get('html');
  if (url.pathname === '/host' && api) return hostPage(api);
  if (url.pathname === '/snippet' && snippet) return page('A newsroom article', `<p>Our article.</p>\n${snippet}`);
  return undefined;
}

const page = (title: string, body: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title></head>
<body>
<h1>${title}</h1>
${body}
</body>
</html>`;

function hostPage(api: string): string {
  const frame = (id: string, path: string) =>
    `<iframe id="${id}" title="${id}" src="${attribute(api + withLang(path))}" width="900" height="520"></iframe>`;
  return page(
    'A newsroom page embedding the explorer',
    `${frame('timeline', EMBEDDED.timeline)}
${frame('graph', EMBEDDED.graph)}
${frame('path', EMBEDDED.path)}
<p>Export: <output id="fetch-result">pending</output></p>
<script>
fetch(${JSON.stringify(api + EMBEDDED.export)})
  .then(async (response) => {
    if (!response.ok) return 'status ' + response.status;
    const body = await response.json();
    return 'ok ' + (Array.isArray(body.events) ? body.events.length : -1);
  })
  .catch((error) => 'error ' + error.message)
  .then((text) => { document.getElementById('fetch-result').textContent = text; });
</script>`,
  );
}
