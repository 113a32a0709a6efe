/** After a dbt deploy: the bundle reads dbt's artifacts and refreshes exactly what dbt rebuilt. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  startSimulator,
  TRIGGER_PATH,
  type Simulator
} from '../../simulator/anymetrics-simulator.js'
import { inputBuilder, readmeInputs } from '../support/inputs.js'
import { expectRefusedBeforeAnyRequest, startingWith } from '../support/refused.js'
import { annotations, runAction } from '../support/run-action.js'

const FIXTURES = resolve(import.meta.dirname ?? '.', '../fixtures/dbt')
const SECRET = 'dbt-deploy-credential-77'
const credentials = { tenantId: 'tn_dbt', authType: 'TOKEN', authValue: SECRET }
/** The API key pair the README's workflow passes: the simulator exchanges it for a TOKEN. */
const keyPair = { tenantId: 'tn_dbt', appId: 'dbt-app', appSecret: 'dbt-app-secret-41c7' }

let simulator: Simulator
let target: string
beforeEach(async () => {
  simulator = await startSimulator({ ...credentials, ...keyPair })
  // dbt's target/ folder: run_results.json with manifest.json beside it
  target = mkdtempSync(join(tmpdir(), 'anymetrics-dbt-target-'))
  copyFileSync(join(FIXTURES, 'run_results.json'), join(target, 'run_results.json'))
  copyFileSync(join(FIXTURES, 'manifest.json'), join(target, 'manifest.json'))
})
afterEach(async () => {
  await simulator.close()
  rmSync(target, { recursive: true, force: true })
})

/** No table named: the tables come from dbt's target/, made afresh for each test. */
const inputsFor = inputBuilder(credentials, () => ({
  'table-name': '',
  'dbt-run-results': join(target, 'run_results.json'),
  datasource: 'starrocks',
  'dbt-select': 'tag:anymetrics',
  partition: '2026-11-24..2026-11-25'
}))

describe('refresh after a dbt deploy', () => {
  it('runs the README example as written (with dbt target/ in a temporary folder)', async () => {
    const inputs = readmeInputs('dbt', simulator, keyPair)
    expect(inputs['dbt-run-results']).toBe('target/run_results.json')
    const run = await runAction({ ...inputs, 'dbt-run-results': join(target, 'run_results.json') })
    expect(run.exitCode).toBe(0)
    expect(simulator.requests.filter(request => request.path === TRIGGER_PATH)).toHaveLength(3)
    expect(run.stdout).toMatch(/^today in Asia\/Shanghai is \d{4}-\d{2}-\d{2}$/m)
  })

  it('refreshes the selected tables dbt wrote, for every partition, and shows the mapping', async () => {
    const run = await runAction(inputsFor(simulator))
    expect(run.exitCode).toBe(0)
    const sent = simulator.requests.map(r => `${r.body.tableName} ${r.body.tablePartition}`).sort()
    expect(sent).toEqual(
      [
        'starrocks.`default_catalog.sales`.events',
        'starrocks.`default_catalog.sales`.orders',
        'starrocks.`iceberg_catalog.lake`.lake_orders'
      ].flatMap(table => [`${table} 2026-11-24`, `${table} 2026-11-25`])
    )
    expect(run.stdout).toContain('::group::dbt: 3 nodes to refresh, 10 skipped')
    expect(run.stdout).toContain('model.shop.orders → starrocks.`default_catalog.sales`.orders')
    expect(run.stdout).toContain('model.shop.refunds: skipped, status error: nothing was written')
    expect(run.summary).toContain('### From dbt')
    expect(run.summary).toContain(
      '| `model.shop.lake_orders` | `` starrocks.`iceberg_catalog.lake`.lake_orders `` |'
    )
    expect(run.summary).toContain('<details><summary>10 dbt nodes skipped</summary>')
    expect(run.outputs['succeeded-count']).toBe('6')
  })

  it('joins the tables named in table-name, without duplicates', async () => {
    const run = await runAction(
      inputsFor(simulator, {
        'table-name':
          'starrocks.`default_catalog.sales`.orders, starrocks.`default_catalog.sales`.p_extra',
        partition: '2026-11-25'
      })
    )
    expect(run.exitCode).toBe(0)
    expect(simulator.requests.map(r => r.body.tableName)).toHaveLength(4)
  })

  it('with dry-run, shows the mapping and the plan and sends nothing', async () => {
    const run = await runAction(inputsFor(simulator, { 'dry-run': 'true', 'dbt-select': '' }))
    expect(run.exitCode).toBe(0)
    expect(simulator.requests).toHaveLength(0)
    expect(run.stdout).toContain('::group::dbt: 8 nodes to refresh, 5 skipped')
    expect(run.summary).toContain('**16 triggers planned**')
    expect(run.summary).toContain('### From dbt')
  })

  it('reads a dbt Fusion v20 manifest given by dbt-manifest', async () => {
    const run = await runAction(
      inputsFor(simulator, {
        'dbt-manifest': join(FIXTURES, 'manifest-fusion-v20.json'),
        'dry-run': 'true'
      })
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('::group::dbt: 3 nodes to refresh, 10 skipped')
  })

  it('passes with a notice when dbt rebuilt nothing selected', async () => {
    // refunds is in the manifest, but dbt's run of it failed: skipped, and the log says why.
    const run = await runAction(inputsFor(simulator, { 'dbt-select': 'refunds' }))
    expect(run.exitCode).toBe(0)
    expect(simulator.requests).toHaveLength(0)
    expect(annotations(run.stdout, 'notice')).toEqual([
      '::notice::Nothing to refresh: no table was named, and no dbt node maps to one'
    ])
    expect(run.stdout).toContain('model.shop.refunds: skipped, status error: nothing was written')
    expect(run.outputs).toMatchObject({ success: 'false', results: '[]' })
  })

  it('fails on a dbt-select term that matches no node of the manifest, naming the nearest', async () => {
    // The manifest's tag is anymetrics: a typo that once passed green, refreshing nothing.
    const run = await runAction(inputsFor(simulator, { 'dbt-select': 'tag:anymetric' }))
    const line =
      'Input "dbt-select" has tag:anymetric, which matches no node of the manifest; nearest: tag:anymetrics'
    expectRefusedBeforeAnyRequest(run, simulator, [line])
    expect(annotations(run.stdout, 'notice')).toEqual([])
    expect(run.outputs['error-message']).toBe(line)
    // The summary's markdown escapes the colons.
    expect(run.summary).toContain(
      'Input "dbt-select" has tag\\:anymetric, which matches no node of the manifest; nearest\\: tag\\:anymetrics'
    )
  })
})

describe('artifacts that cannot be used fail with one error before any request', () => {
  const refused = async (overrides: Record<string, string>, message: string) => {
    const run = await runAction(inputsFor(simulator, overrides))
    expectRefusedBeforeAnyRequest(run, simulator, [startingWith(message)])
  }

  it('a missing run_results file', async () => {
    await refused(
      { 'dbt-run-results': join(target, 'nope.json') },
      'Input "dbt-run-results" names a file that cannot be read (ENOENT); got "'
    )
  })

  it('invalid JSON in the manifest', async () => {
    writeFileSync(join(target, 'manifest.json'), '{ "nodes": ')
    await refused(
      {},
      'Input "dbt-manifest" is not valid JSON at byte 11 (line 1, column 12): the text ends where a value was expected; got "'
    )
  })

  it('a manifest version it does not read', async () => {
    writeFileSync(
      join(target, 'manifest.json'),
      JSON.stringify({
        metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v11.json' },
        nodes: {}
      })
    )
    await refused(
      {},
      'Input "dbt-manifest" is manifest v11; this action reads manifest v12 and v20'
    )
  })

  it('a run_results node the manifest does not have', async () => {
    writeFileSync(
      join(target, 'manifest.json'),
      JSON.stringify({
        metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/manifest/v12.json' },
        nodes: {}
      })
    )
    await refused(
      {},
      'Input "dbt-manifest" has no node seed.shop.country_codes (nor 11 more) that run_results names'
    )
  })

  it('no datasource', async () => {
    await refused({ datasource: '' }, 'Input "datasource" is required with dbt-run-results')
  })
})
