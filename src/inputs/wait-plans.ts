/** The materialization plans to wait for (`wait-for-plans`). Pure. */
import { splitList } from './list.js'
import { RuleViolation } from './refusals.js'
import { hasControlCharacters, MAX_FIELD_LENGTH } from './text-rules.js'

/** A plan as the status call names it: by name (planNameList) or by ID (planIdList). */
export interface PlanRef {
  by: 'name' | 'id'
  value: string
  /** As the user wrote it, for every message and output. */
  label: string
}

const ID_PREFIX = 'id:'
/** Each plan is polled on its own; more than this belongs in several steps. */
const MAX_PLANS = 100

/** Plan names, and `id:<plan id>` entries, newline- or comma-separated; duplicates dropped. */
export function parsePlans(text: string): PlanRef[] {
  const plans = new Map<string, PlanRef>()
  for (const entry of splitList(text)) {
    const plan = parsePlan(entry)
    plans.set(`${plan.by}:${plan.value}`, plan)
  }
  if (plans.size > MAX_PLANS) {
    throw new RuleViolation(
      `names ${plans.size} plans; at most ${MAX_PLANS} (split the wait across steps)`
    )
  }
  return [...plans.values()]
}

function parsePlan(entry: string): PlanRef {
  const isId = entry.toLowerCase().startsWith(ID_PREFIX)
  const value = isId ? entry.slice(ID_PREFIX.length).trim() : entry
  if (value === '') throw new RuleViolation('has an id: entry without a plan ID', entry)
  if (hasControlCharacters(value)) {
    throw new RuleViolation('has a plan with control characters', entry)
  }
  if (value.length > MAX_FIELD_LENGTH) {
    throw new RuleViolation(`has a plan longer than ${MAX_FIELD_LENGTH} characters`, entry)
  }
  return { by: isId ? 'id' : 'name', value, label: isId ? `id:${value}` : value }
}
