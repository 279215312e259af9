/** Every query the explorer sends, with the answer types derived from them. */
import type { ResultOf } from 'gql.tada';
import { graphql } from './graphql.js';

const TemporalFields = graphql(`
  fragment TemporalFields on Temporal {
    iso precision qualifier estimated basis timezone start end relativePhrase
  }
`);

const EntityRefFields = graphql(`
  fragment EntityRefFields on Entity { id key name kind }
`);

export const RelationshipFields = graphql(
  `
  fragment RelationshipFields on Relationship {
    id key type category status summary
    source { ...EntityRefFields }
    target { ...EntityRefFields }
    when { ...TemporalFields }
    until { ...TemporalFields }
    deadline { ...TemporalFields }
    amount { amount currency bound }
  }
`,
  [EntityRefFields, TemporalFields],
);

export const NeighbourhoodQuery = graphql(
  `
  query ExploreNeighbourhood($key: String!) {
    neighborhood(key: $key, depth: 1, limit: 200) {
      nodes { ...EntityRefFields description aliases }
      relationships { ...RelationshipFields }
      truncated
    }
  }
`,
  [EntityRefFields, RelationshipFields],
);

export const RelationshipQuery = graphql(
  `
  query ExploreRelationship($id: ID!) {
    node(id: $id) {
      ... on Relationship {
        ...RelationshipFields
        channel
        cameo { code label }
        evidence {
          start end quote sha256
          document {
            key title url publisher reliability reliabilityReason
            publishedOn { ...TemporalFields }
          }
        }
      }
    }
  }
`,
  [RelationshipFields, TemporalFields],
);

export const SearchQuery = graphql(
  `
  query ExploreSearch($text: String!) {
    search(text: $text, first: 8) { score entity { ...EntityRefFields } }
  }
`,
  [EntityRefFields],
);

export const PressuresQuery = graphql(
  `
  query ExplorePressures {
    pressures { ...RelationshipFields }
  }
`,
  [RelationshipFields],
);

export const PathsQuery = graphql(
  `
  query ExplorePaths($from: String!, $to: String!, $timeRespecting: Boolean!, $during: DateRange) {
    paths(from: $from, to: $to, timeRespecting: $timeRespecting, during: $during, maxHops: 4, first: 8) {
      length
      nodes { ...EntityRefFields }
      relationships { ...RelationshipFields }
    }
  }
`,
  [EntityRefFields, RelationshipFields],
);

export type Relationship = ResultOf<typeof RelationshipFields>;
export type Temporal = NonNullable<Relationship['when']>;
export type EntityRef = Relationship['source'];
export type Entity = ResultOf<typeof NeighbourhoodQuery>['neighborhood']['nodes'][number];
export type RelationshipDetail = Relationship & Extract<NonNullable<ResultOf<typeof RelationshipQuery>['node']>, { evidence: unknown }>;
export type Evidence = RelationshipDetail['evidence'][number];
export type GraphPath = ResultOf<typeof PathsQuery>['paths'][number];
export type SearchHit = ResultOf<typeof SearchQuery>['search'][number];
