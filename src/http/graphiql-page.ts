/**
 * The page at /graphiql: GraphiQL served from this server's own copy of the npm packages (no CDN, works offline),
 * opened on example queries about the article. Its files are listed in graphiql.ts.
 */
const EXAMPLES = [
  {
    name: 'Who heads the DGSN and the DGST',
    query: `# Relations of Abdellatif Hammouchi, each with the quote it rests on
query WhoHeads {
  entity(id: "person:abdellatif-hammouchi") {
    name(language: EN)
    arabic: name(language: AR)
    relations {
      type
      to { id name }
      evidence { quote start end statementKind source { title } }
    }
  }
}`,
  },
  {
    name: "Morocco's timeline",
    query: `# Partial dates stay partial: the phrase, the precision and the bounds
query MoroccoTimeline {
  timeline(entityId: "country:morocco", first: 20) {
    totalCount
    edges {
      node {
        roles
        date { phrase precision earliest latest edtf }
        event { title type cameoCode status statementKinds }
      }
    }
  }
}`,
  },
  {
    name: 'Search in Arabic, French or English',
    query: `query Search {
  search(text: "الانتربول") {
    score
    matchedText
    matchedLanguage
    node { ... on Entity { id kind name } ... on Event { id title } }
  }
}`,
  },
  {
    name: 'Path from Hammouchi to Paris 2024',
    query: `query Path {
  paths(fromId: "person:abdellatif-hammouchi", toId: "major-event:paris-2024-olympics", maxHops: 4) {
    paths {
      length
      start { label }
      hops {
        edge { type role evidence { quote statementKind } }
        node { label nodeType }
      }
    }
  }
}`,
  },
];

export const GRAPHIQL_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Security-cooperation graph · GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/graphiql/assets/graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/assets/react.production.min.js"></script>
  <script src="/graphiql/assets/react-dom.production.min.js"></script>
  <script src="/graphiql/assets/graphiql.min.js"></script>
  <script src="/graphiql/assets/examples.js"></script>
</body>
</html>
`;

export const GRAPHIQL_SCRIPT = `const examples = ${JSON.stringify(EXAMPLES)};
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    defaultTabs: examples.map((example) => ({ query: example.query })),
  }),
);
`;
