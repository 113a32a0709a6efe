#!/usr/bin/env node
// @ts-check
/**
 * Builds dist/index.js, the file runners execute, with esbuild: one CommonJS file (an ES-module
 * entry that imports node:http makes Node 24 load its internal undici, about 66 ms), wrapped
 * near 100 characters a line so that check-dist diffs can be reviewed, and dist/licenses.txt with the
 * licence of every package the bundle contains. The same file is the command line's engine:
 * dist/cli.js, a few lines, requires it (docs/decisions/0011-one-bundle-two-entries.md).
 *
 *   node script/build.js            build into dist/
 *   node script/build.js --out DIR  build into DIR (check-dist compares it with dist/)
 */
// Why one CommonJS bundle by esbuild: docs/decisions/0003-commonjs-bundle.md
import { chmodSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'

const root = resolve(import.meta.dirname, '..')
const outIndex = process.argv.indexOf('--out')
const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1] ?? '') : join(root, 'dist')

/**
 * @actions/core imports its OIDC client at the top, which loads @actions/http-client's index and
 * undici with it; the action uses neither. These packages have no side effects at load, so
 * telling esbuild so lets it drop every module the action does not use.
 * @type {import('esbuild').Plugin}
 */
const sideEffectFreeToolkit = {
  name: 'side-effect-free-toolkit',
  setup(builder) {
    builder.onResolve({ filter: /^@actions\// }, async args => {
      if (args.pluginData === 'resolving') return undefined
      const resolved = await builder.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving'
      })
      return { ...resolved, sideEffects: false }
    })
  }
}

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/index.ts'],
  outfile: join(outDir, 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  // Shorter names, simpler syntax and no indentation keep the bundle under 100 kB (with the
  // wait for fresh plans and the hardened trust boundary it was 137 kB with whitespace kept);
  // lines are wrapped near 100 characters, so a check-dist diff still shows lines, not a blob.
  minifySyntax: true,
  minifyIdentifiers: true,
  minifyWhitespace: true,
  lineLimit: 100,
  metafile: true,
  logLevel: 'warning',
  plugins: [sideEffectFreeToolkit]
})

// The bundle is CommonJS whatever the project's package.json says.
writeFileSync(join(outDir, 'package.json'), '{ "type": "commonjs" }\n')
// The command line (package.json's bin): the engine once, in index.js, shared with the action.
const cliEntry = join(outDir, 'cli.js')
writeFileSync(
  cliEntry,
  `#!/usr/bin/env node
'use strict'
// anymetrics-refresh on the command line: the engine is index.js, which the action runs too.
require('./index.js').runCli({ version: () => require('../package.json').version })
`
)
chmodSync(cliEntry, 0o755)
writeFileSync(join(outDir, 'licenses.txt'), licenses(Object.keys(result.metafile.inputs)))

/** The licence texts of the packages whose files went into the bundle. */
function licenses(/** @type {string[]} */ inputs) {
  const packages = [
    ...new Set(
      inputs
        .map(input => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1])
        .filter(name => name !== undefined)
    )
  ].sort()
  return packages
    .map(name => {
      const dir = join(root, 'node_modules', name)
      const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
      const file = readdirSync(dir).find(entry => /^licen[sc]e/i.test(entry))
      const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `${license}`
      return `${name}@${version} (${license})\n\n${text}\n`
    })
    .join('\n---\n\n')
}
