/** Raw inputs as the runner hands them over: every input present, blank unless given. */
import { INPUT_NAMES, type RawInputs } from '../../src/inputs/parse-inputs.js'

/** One table, a token, a host: the least a run needs, with `overrides` on top. */
export function rawInputs(overrides: Partial<RawInputs> = {}): RawInputs {
  const blank = Object.fromEntries(INPUT_NAMES.map(name => [name, ''])) as RawInputs
  return {
    ...blank,
    host: 'anymetrics.internal:8083',
    'tenant-id': 'tn_597771',
    'auth-type': 'token',
    'auth-value': 'top-secret-credential',
    'table-name': 'starrocks.`default_catalog.schema`.p_order',
    ...overrides
  }
}
