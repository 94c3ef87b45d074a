/**
 * Dependency rules: no import cycles; dependencies point one way
 * (core ← solver-highs ← server | cli; core ← web).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make modules impossible to understand or test alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-a-leaf',
      severity: 'error',
      comment: 'packages/core is the pure engine: it must not import the adapters.',
      from: { path: '^packages/core/' },
      to: { path: '^packages/(cli|server|web)/' },
    },
    {
      name: 'core-takes-a-solver',
      severity: 'error',
      comment:
        "core keeps the solver port; the HiGHS adapter is packages/solver-highs, which only core's tests may import.",
      from: { path: '^packages/core/src/', pathNot: '(\\.test\\.ts$|/test-support/)' },
      // The `highs` package itself lives in node_modules, which this tool leaves out:
      // biome.json's noRestrictedImports forbids it in core's sources.
      to: { path: '^packages/solver-highs/' },
    },
    {
      name: 'solver-adapter-is-an-adapter',
      severity: 'error',
      comment: "packages/solver-highs knows only core's port types and HiGHS, never the apps.",
      from: { path: '^packages/solver-highs/' },
      to: { path: '^packages/(cli|server|web)/' },
    },
    {
      name: 'web-has-no-solver',
      severity: 'error',
      comment: 'The browser never loads HiGHS: optimisation runs on the server.',
      from: { path: '^packages/web/' },
      to: { path: '^packages/solver-highs/' },
    },
    {
      name: 'core-no-node-io',
      severity: 'error',
      comment: 'packages/core does no I/O (tests may).',
      from: { path: '^packages/core/src/', pathNot: '\\.test\\.ts$' },
      to: {
        dependencyTypes: ['core'],
        path: '^(fs|fs/promises|child_process|net|http|https|worker_threads|os|path|process)$',
      },
    },
    {
      name: 'server-layers-one-way',
      severity: 'error',
      comment:
        'Server folders point one way: routes → (engine, jobs) → store → db; auth and http never import each other both ways, nor routes.',
      from: {
        path: '^packages/server/src/(store|db)/',
        pathNot: '(\\.test\\.ts$|/test-support/)',
      },
      to: { path: '^packages/server/src/(routes|http|auth|engine|jobs)/' },
    },
    {
      name: 'http-knows-no-auth',
      severity: 'error',
      comment:
        'http/ is the transport (problems, context, error handler): auth/ builds on it (guards, principals), never the other way; routes/ wires both.',
      from: { path: '^packages/server/src/http/', pathNot: '(\\.test\\.ts$|/test-support/)' },
      to: { path: '^packages/server/src/(auth|routes|engine|jobs)/' },
    },
    {
      name: 'routes-hold-no-connection',
      severity: 'error',
      comment:
        'One request path: a route validates, guards, calls a store/engine command and presents; it opens no transaction and writes no SQL (routes/one-request-path.test.ts also refuses db.kysely).',
      from: {
        path: '^packages/server/src/routes/',
        pathNot: '(\\.test\\.ts$|/test-support/|\\.route-cases\\.ts$)',
      },
      to: { path: '(^kysely$|node_modules/kysely/|^packages/server/src/store/tx\\.ts$)' },
    },
    {
      name: 'jobs-know-no-engine',
      severity: 'error',
      comment:
        'The job queue is generic: the engine hands it handlers (engine/job-runtime.ts), never the other way.',
      from: { path: '^packages/server/src/jobs/', pathNot: '(\\.test\\.ts$|/test-support/)' },
      to: { path: '^packages/server/src/(engine|routes)/' },
    },
    {
      name: 'web-screens-stay-apart',
      severity: 'error',
      comment:
        "A screen folder imports no other screen's files: parts two screens share live in web/src/components (UI) or web/src/app (plain modules).",
      from: { path: '^packages/web/src/screens/([^/]+)/' },
      to: { path: '^packages/web/src/screens/', pathNot: '^packages/web/src/screens/$1/' },
    },
    {
      name: 'web-shared-parts-know-no-screen',
      severity: 'error',
      comment:
        "Shared web parts (components, api, i18n, charts, ...) import no screen; only the app's screen table and router do.",
      from: {
        path: '^packages/web/src/',
        pathNot: '^packages/web/src/(screens/|app/(screens|router|App)\\.tsx?$|main\\.tsx$)',
      },
      to: { path: '^packages/web/src/screens/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/|node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.check.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
