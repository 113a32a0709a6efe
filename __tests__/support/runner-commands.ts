/**
 * Reads stdout as the GitHub runner does and lists the workflow commands it would act on:
 * lines split on CR, LF or CRLF; `::name` at the start of a trimmed line; `##[name` anywhere.
 */
export interface RunnerCommand {
  name: string
  line: string
  /** The `##[name` form, which the action never uses. */
  legacy: boolean
}

export function runnerCommands(stdout: string): RunnerCommand[] {
  const commands: RunnerCommand[] = []
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const modern = /^::([^\s:]*)/.exec(line.trim())
    if (modern) commands.push({ name: modern[1]!, line, legacy: false })
    for (const legacy of line.matchAll(/##\[([^\]\s;]*)/g)) {
      commands.push({ name: legacy[1]!, line, legacy: true })
    }
  }
  return commands
}

/** The commands the action itself issues through @actions/core. */
const OWN_COMMANDS = new Set([
  'add-mask',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup'
])

/** Commands the action never issues: any legacy one, or one it has no use for. */
export function foreignCommands(stdout: string): RunnerCommand[] {
  return runnerCommands(stdout).filter(command => command.legacy || !OWN_COMMANDS.has(command.name))
}

/** How many commands of each name the runner would see. */
export function commandCounts(stdout: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { name } of runnerCommands(stdout)) counts[name] = (counts[name] ?? 0) + 1
  return counts
}
