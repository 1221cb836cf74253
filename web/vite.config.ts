import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:4000';

// The explorer: a static single-page app in web/dist, served by the API server. No CDN, no inline script
// (the server's CSP is script-src 'self'); in development Vite proxies the API routes to `npm start`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    // Cytoscape with fCoSE is ~600 kB minified (~180 kB gzip) on its own; the budget that matters is the entity
    // page's total, ≤ 300 kB gzip of JS and CSS.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Three kinds of chunks: the app's shared code (loaded by every page), the views with Cytoscape and the
        // sections that draw them (only for pages with a timeline or a graph), and one small chunk per page. The
        // app chunk must not import the views chunk, or every page would load Cytoscape.
        codeSplitting: {
          groups: [
            {
              name: 'views',
              priority: 1,
              test: /node_modules[\\/](cytoscape|cytoscape-fcose|cose-base|layout-base)[\\/]|web[\\/]src[\\/](views|sections)[\\/]/,
            },
            {
              name: 'app',
              priority: 2,
              test: /web[\\/]src[\\/](api|components|hooks|i18n|mapping)[\\/]|src[\\/]domain[\\/]|node_modules[\\/](react|react-dom|scheduler|wouter|regexparam|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/graphql': api, '/export': api, '/graphiql': api },
  },
});
