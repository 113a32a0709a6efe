/** Generated from action.yml by `npm run docs` (script/docs.js): do not edit. */
export interface InputDoc {
  name: string
  required: boolean
  default: string
  /** The first sentence of its description in action.yml. */
  description: string
}

export const INPUT_DOCS: readonly InputDoc[] = [
  {
    name: 'host',
    required: true,
    default: '',
    description:
      'AnyMetrics address: `host:port` (`http://` is assumed, as the platform documents) or a base URL `http(s)://host[:port][/prefix]`.'
  },
  {
    name: 'tenant-id',
    required: true,
    default: '',
    description:
      'Tenant ID, sent as header `tenant-id` and body field `tenantId` (at most 128 characters).'
  },
  {
    name: 'auth-type',
    required: false,
    default: '',
    description: '`UID`, `TOKEN`, `ACCOUNT` or `APIKEY`, in any letter case; sent upper-case.'
  },
  {
    name: 'auth-value',
    required: false,
    default: '',
    description: 'The credential for `auth-type`.'
  },
  {
    name: 'app-id',
    required: false,
    default: '',
    description:
      "An API key ID, with `app-secret`, instead of `auth-type` and `auth-value`: the action gets a TOKEN from the platform's token endpoint once per run and sends every trigger with it."
  },
  {
    name: 'app-secret',
    required: false,
    default: '',
    description: 'The API key secret for `app-id`.'
  },
  {
    name: 'table-name',
    required: false,
    default: '',
    description:
      'One or more full data-source table names, ``datasource.`catalog.schema`.table``, separated by newlines or commas.'
  },
  {
    name: 'datasource',
    required: false,
    default: '',
    description:
      'Data source name as bound to the platform (e.g. `starrocks`); use with `catalog-schema` and `table`, or with `dbt-run-results`.'
  },
  {
    name: 'catalog-schema',
    required: false,
    default: '',
    description: '`catalog.schema`, with or without backticks (e.g. `default_catalog.sales`).'
  },
  {
    name: 'table',
    required: false,
    default: '',
    description:
      'One or more business table names (e.g. `p_order`), separated by newlines or commas, all in `datasource` and `catalog-schema`.'
  },
  {
    name: 'partition',
    required: false,
    default: 'today',
    description:
      'One or more partitions, separated by newlines or commas: `yyyy-MM-dd`, `today`, `yesterday`, `today-N` (N days before today), or an inclusive range `A..B` of those (`2024-07-01..2024-07-31`, `today-6..today`).'
  },
  {
    name: 'timezone',
    required: false,
    default: 'UTC',
    description:
      'IANA time zone in which `today` and `yesterday` are resolved (e.g. `Asia/Shanghai`).'
  },
  {
    name: 'timeout-seconds',
    required: false,
    default: '30',
    description: 'Time limit for each request, in seconds (fractions allowed, at most 3600).'
  },
  {
    name: 'retries',
    required: false,
    default: '3',
    description:
      'Extra attempts for transient failures (connection refused or reset, DNS, timeout, HTTP 408, 429, 502, 503, 504), with exponential backoff; `0` disables (at most 10).'
  },
  {
    name: 'concurrency',
    required: false,
    default: '4',
    description: 'Most triggers in flight at once (1–32).'
  },
  {
    name: 'fail-fast',
    required: false,
    default: 'false',
    description: 'After the first failure, start no new triggers (those in flight finish).'
  },
  {
    name: 'dry-run',
    required: false,
    default: 'false',
    description:
      '`true`: validate and resolve everything, log and summarise the plan, and send nothing (for runners that cannot reach the platform).'
  },
  {
    name: 'max-triggers',
    required: false,
    default: '1000',
    description:
      'Refuse a plan (tables × partitions) larger than this before sending anything (1–2000); guards against typos such as `2020-01-01..today`.'
  },
  {
    name: 'resume-file',
    required: false,
    default: '',
    description:
      "Path (relative to the workspace) of a file this action owns, for re-runs of a backfill: triggers it records as accepted for the same host, tenant, table and partition are not sent again (status `accepted-earlier`), and it is rewritten at the end of every run with everything accepted so far (and, when waiting, the plans' baselines)."
  },
  {
    name: 'ca-certificate',
    required: false,
    default: '',
    description:
      'PEM certificate(s), as text or the path of a file, trusted in addition to the system CAs: for an HTTPS `host` signed by a company CA.'
  },
  {
    name: 'dbt-run-results',
    required: false,
    default: '',
    description:
      "Path to dbt's `run_results.json` (usually `target/run_results.json`): refresh the tables that run wrote (models, seeds, snapshots with status `success` or `partial success`), besides any named in `table-name` or `table`."
  },
  {
    name: 'dbt-manifest',
    required: false,
    default: '',
    description: "Path to dbt's `manifest.json`; by default the one beside `dbt-run-results`."
  },
  {
    name: 'dbt-select',
    required: false,
    default: '',
    description:
      "Keep only dbt nodes matching these selectors, newline- or comma-separated (several = union): `tag:NAME`, `path:GLOB` (on the node's file path), `resource_type:model`, or a model name."
  },
  {
    name: 'dbt-exclude',
    required: false,
    default: '',
    description: 'Drop dbt nodes matching these selectors (same syntax), after `dbt-select`.'
  },
  {
    name: 'dbt-catalog',
    required: false,
    default: 'default_catalog',
    description:
      'Catalog for dbt nodes that name none (`config.catalog`, or a `database` unlike their schema).'
  },
  {
    name: 'wait-for-plans',
    required: false,
    default: '',
    description:
      'Materialization plans to wait for after the triggers, newline- or comma-separated: plan names, or `id:<plan id>`.'
  },
  {
    name: 'wait-timeout-minutes',
    required: false,
    default: '60',
    description:
      'How long to wait for the plans, in minutes (fractions allowed, at most 350), counted from the end of the triggers.'
  },
  {
    name: 'wait-interval-seconds',
    required: false,
    default: '30',
    description: 'How often each plan that is not fresh yet is polled, in seconds (1 to 600).'
  }
]
