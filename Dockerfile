# The API image (docker compose builds it): the GraphQL API, the exports and the explorer (web/dist) in one
# Node process. Neo4j runs in its own container (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts are skipped here: `prepare` would generate types and build the explorer before their sources are
# copied; `npm run build` below does both.
RUN npm ci --ignore-scripts
COPY codegen.ts tsconfig.json tsconfig.build.json ./
COPY schema ./schema
COPY src ./src
COPY seed ./seed
COPY web ./web
# Resolver and client types (codegen), the server (tsc → dist/) and the explorer (vite → web/dist/).
RUN npm run build && test -f web/dist/index.html && npm prune --omit=dev

FROM node:20-bookworm-slim
# Production defaults: introspection and GraphiQL off unless GRAPHQL_INTROSPECTION / GRAPHIQL say otherwise.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY schema ./schema
COPY seed/data ./seed/data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/src/index.js"]
