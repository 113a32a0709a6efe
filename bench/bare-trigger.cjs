// The cold-start baseline: the least a trigger can be. One node:http POST from a CommonJS file,
// one output line, nothing else.
const http = require('node:http')
const fs = require('node:fs')

const env = process.env
const body = JSON.stringify({
  tableName: env['INPUT_TABLE-NAME'],
  tenantId: env['INPUT_TENANT-ID'],
  tablePartition: env.INPUT_PARTITION
})
const request = http.request(`${env.INPUT_HOST}/anymetrics/api/v1/scheduler/task/trigger`, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    'tenant-id': env['INPUT_TENANT-ID'],
    'auth-type': env['INPUT_AUTH-TYPE'],
    'auth-value': env['INPUT_AUTH-VALUE']
  }
})
request.on('response', response => {
  let text = ''
  response.on('data', chunk => (text += chunk))
  response.on('end', () =>
    fs.appendFileSync(String(env.GITHUB_OUTPUT), `success=${JSON.parse(text).succeed}\n`)
  )
})
request.end(body)
