/**
 * The layers of src/, top to bottom. A module may import its own layer and the layers below it,
 * never one above; and no import cycles at all. `npm run lint:deps` prints what breaks a rule;
 * tests/unit/architecture.test.ts fails on it. README "Architecture" explains each layer.
 */
export const LAYERS = [
  // Processes start here: command lines, and the HTTP listener they start.
  { name: 'entry', paths: ['^src/cli/', '^src/server[.]ts$'] },
  // The HTTP surface: Yoga assembled with its plugins and the plain routes (exports, health, explore).
  { name: 'http', paths: ['^src/http/', '^src/yoga[.]ts$'] },
  // The GraphQL layer: types, resolvers, loaders, page limits, the per-request context.
  { name: 'graphql', paths: ['^src/schema/', '^src/resolvers/', '^src/builder[.]ts$', '^src/context[.]ts$'] },
  // The store: Cypher and transactions on Neo4j, the local Neo4j it may start, the worker thread that
  // runs the ingestion engine, and App, the long-lived bundle of them.
  {
    name: 'store',
    paths: ['^src/store/', '^src/neo4j/', '^src/app[.]ts$', '^src/ingest/(engine-thread|propose-worker)[.]ts$'],
  },
  // The domain: records, time, keys, spans; the pure ingestion engine; search text rules; the seed format.
  {
    name: 'domain',
    paths: ['^src/model/', '^src/search/', '^src/seed/', '^src/ingest/(?!(engine-thread|propose-worker)[.]ts$)'],
  },
  // Used everywhere, importing nothing of ours.
  { name: 'base', paths: ['^src/(config|errors|logger)[.]ts$'] },
];

const either = (paths) => paths.join('|');

const layerRules = LAYERS.slice(1).flatMap((lower, i) =>
  LAYERS.slice(0, i + 1).map((upper) => ({
    name: `${lower.name}-not-to-${upper.name}`,
    comment: `The ${lower.name} layer is below the ${upper.name} layer and must not import it.`,
    severity: 'error',
    from: { path: either(lower.paths) },
    to: { path: either(upper.paths) },
  })),
);

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import cycles make load order matter and layers meaningless.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'not-to-dev-dep',
      comment: 'What src/ runs must be in dependencies: production installs leave devDependencies out.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-non-package-json',
      comment: 'A package used but not declared in package.json works only by accident.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve to a file.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
