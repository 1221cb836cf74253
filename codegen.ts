import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types are generated from the SDL; mappers bind each GraphQL type to the data layer's record type,
// so a resolver that returns the wrong shape fails the typecheck (`npm run typecheck`).
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        useTypeImports: true,
        enumsAsTypes: true,
        immutableTypes: true,
        contextType: '../context.js#Context',
        scalars: { Date: 'string', JSON: 'unknown' },
        mapperTypeSuffix: 'Model',
        mappers: {
          Entity: '../db/records.js#EntityRecord',
          Event: '../db/records.js#EventRecord',
          Relation: '../db/records.js#RelationRecord',
          Participation: '../db/records.js#ParticipationRecord',
          Evidence: '../db/records.js#EvidenceRecord',
          Excerpt: '../db/records.js#ExcerptRecord',
          ExcerptUse: '../db/records.js#ExcerptUseRecord',
          Mention: '../db/records.js#MentionRecord',
          Source: '../db/records.js#SourceRecord',
          SourceConnection: '../db/records.js#SourceConnectionRecord',
          FuzzyDate: '../db/records.js#FuzzyDateRecord',
          VocabularyEntry: '../domain/labels.js#VocabularyEntry',
          EntityConnection: '../db/records.js#EntityConnectionRecord',
          EventConnection: '../db/records.js#EventConnectionRecord',
          TimelineConnection: '../db/records.js#TimelineRecord',
          TimelineEntry: '../db/records.js#TimelineEntryRecord',
          Neighborhood: '../db/records.js#NeighborhoodRecord',
          GraphNode: '../db/records.js#GraphNodeRecord',
          GraphEdge: '../db/records.js#GraphEdgeRecord',
          StatusReason: '../db/records.js#StatusReasonRecord',
          SourceStanding: '../db/records.js#SourceStandingRecord',
          Path: '../db/records.js#PathRecord',
          PathHop: '../db/records.js#PathHopRecord',
          PathsResult: '../db/records.js#PathsRecord',
          SearchHit: '../db/records.js#SearchHitRecord',
          Stats: '../db/records.js#StatsRecord',
        },
      },
    },
    // The explorer's typed operations: web/src/**/*.graphql in, result and variable types plus ready-to-send
    // document strings out (documentMode 'string', so graphql-js stays out of the browser bundle).
    'web/src/__generated__/': {
      documents: ['web/src/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
