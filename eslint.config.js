import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The layers of src/, bottom up: trust (with secret-matching) and json (the JSON scanner), side by
 * side and importing neither each other nor anything above → inputs → platform → run → report →
 * the hosts' entries (main, action, cli, index). A module imports only the layers below it, never one above, and never another
 * layer's internals (modules only their own layer uses). Each entry: the files of a layer, and
 * the import paths (as written, relative) that they may not use.
 */
const TOP = ['main.js', 'index.js', 'action.js', 'cli.js']
const ABOVE = {
  trust: ['./inputs/*', './platform/*', './run/*', './report/*', ...TOP.map(file => `./${file}`)],
  json: [
    '../inputs/*',
    '../platform/*',
    '../run/*',
    '../report/*',
    ...TOP.map(file => `../${file}`),
    '../trust.js',
    '../secret-matching.js'
  ],
  inputs: ['../platform/*', '../run/*', '../report/*', ...TOP.map(file => `../${file}`)],
  platform: ['../run/*', '../report/*', ...TOP.map(file => `../${file}`)],
  run: ['../report/*', ...TOP.map(file => `../${file}`)],
  report: TOP.map(file => `../${file}`)
}
/**
 * Modules private to their layer: the layer's own files import them, nothing else does. The JSON
 * scanner (src/json/) is the inputs layer's: inputs alone imports it.
 */
const INTERNALS = ['**/secret-matching.js', '**/platform/http-exchange.js', '**/json/*']

const layer = (files, above, internals = INTERNALS) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: above, message: 'imports go down the layers only (CONTRIBUTING: Design).' },
          { group: internals, message: "another layer's internal module." }
        ].filter(pattern => pattern.group.length > 0)
      }
    ]
  }
})

export const LAYER_RULES = [
  layer(
    ['src/trust.ts', 'src/secret-matching.ts'],
    ABOVE.trust,
    INTERNALS.filter(p => !p.includes('secret-matching'))
  ),
  layer(['src/json/**/*.ts'], ABOVE.json, []),
  layer(
    ['src/inputs/**/*.ts'],
    ABOVE.inputs,
    INTERNALS.filter(p => !p.includes('/json/'))
  ),
  layer(
    ['src/platform/**/*.ts'],
    ABOVE.platform,
    INTERNALS.filter(p => !p.includes('/platform/'))
  ),
  layer(['src/run/**/*.ts'], ABOVE.run),
  layer(['src/report/**/*.ts'], ABOVE.report),
  layer(['src/main.ts', 'src/index.ts', 'src/action.ts', 'src/cli.ts'], [])
]

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.cache/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true }
      ]
    }
  },
  {
    // CommonJS on purpose: the benchmark's baseline and its preloaded probe.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  ...LAYER_RULES,
  {
    files: ['__tests__/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
  },
  prettier
)
