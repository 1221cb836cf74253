// The GraphQL worker when the API runs from TypeScript sources (npm start, tests). Node 20 does not apply module
// hooks such as `--import tsx` in worker threads, so the worker registers tsx's require hook itself and loads
// graphql-worker.ts through it. Compiled builds load graphql-worker.js directly (see graphql-runner.ts).
require('tsx/cjs/api').register();
module.exports = require('./graphql-worker.ts').default;
