/**
 * The import graph's rules (`npm run depcruise`, part of `npm run check`). Layers from the ground
 * up; a module may import its own layer and the ones below it, never one above.
 */
const LAYERS = [
  ['domain', '^src/(domain/|config\\.ts$|logger\\.ts$|random\\.ts$)'],
  ['pure algorithms and formats', '^src/(analytics|exchange|embedded|reader)/'],
  ['storage', '^src/db/'],
  ['credentials', '^src/auth/'],
  ['services', '^src/services/'],
  ['loaders of datasets', '^src/seed/'],
  ['edge', '^src/(http|graphql)/'],
  ['server', '^src/server\\.ts$'],
  ['entry points', '^src/(main\\.ts$|cli/)'],
];

const upward = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `no-upward-from-${name.replace(/\W+/g, '-')}`,
  comment: `${name} must not import a higher layer (${LAYERS.slice(i + 1).map(([n]) => n).join(', ')})`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => `(${p})`).join('|') },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...upward,
    {
      name: 'domain-is-the-kernel',
      comment: 'src/domain imports nothing else of the project',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-unlayered-module',
      comment: 'every module of src/ belongs to a layer above',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/graphql/generated/', ...LAYERS.map(([, p]) => p)] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/graphql/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
