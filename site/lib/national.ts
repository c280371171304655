import { scorecardCells, type MvpCell, type MvpStatus } from './mvp'

/**
 * The national picture: what the scorecards, lessons and tools of all proeftuinen say together,
 * for partners looking for "patronen die om nationale oplossingen vragen" (seed 004).
 */

export interface ScoredProeftuin {
  id: string
  scorecard: readonly { part: string; status?: MvpStatus }[]
  asOf?: string
}

export interface PartCount {
  part: string
  present: number
  inProgress: number
  absent: number
  unknown: number
  /** The proeftuinen counted: always present + inProgress + absent + unknown. */
  total: number
}

/** Per MVP part (in the order of `partIds`), how many proeftuinen have it present, in progress, absent or do not say. */
export const partCounts = (partIds: readonly string[], proeftuinen: readonly ScoredProeftuin[]): PartCount[] => {
  const cells = proeftuinen.map((p) => scorecardCells(p.scorecard.flatMap((r) => (r.status ? [{ part: r.part, status: r.status }] : [])), partIds))
  return partIds.map((part, i) => {
    const column: MvpCell[] = cells.map((c) => c[i])
    const count = (s: MvpCell) => column.filter((c) => c === s).length
    return { part, present: count('present'), inProgress: count('in-progress'), absent: count('absent'), unknown: count('unknown'), total: column.length }
  })
}

/** The distinct asOf dates of the scorecards, oldest first, each with the proeftuinen it holds for; "unknown" last. */
export const asOfDates = (proeftuinen: readonly ScoredProeftuin[]): { asOf: string | undefined; proeftuinen: string[] }[] => {
  const groups = new Map<string | undefined, string[]>()
  for (const p of proeftuinen) groups.set(p.asOf, [...(groups.get(p.asOf) ?? []), p.id])
  return [...groups.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b)))
    .map(([asOf, ids]) => ({ asOf, proeftuinen: ids }))
}

export interface LessonRef {
  id: string
  kind: string
  theme?: string
  proeftuin?: string
  tools: readonly string[]
}

export interface Pattern {
  /** What the lessons share: a theme of the vocabulary, or a tool. */
  by: 'theme' | 'tool'
  key: string
  /** The proeftuinen the lessons come from, at least two, sorted. */
  proeftuinen: string[]
  /** The lessons, in the order given. */
  lessons: string[]
}

/**
 * Themes and tools on which lessons from at least `minProeftuinen` different proeftuinen exist:
 * the lessons that recur across the network. A lesson with no proeftuin is general and says
 * nothing about recurrence, so it is left out. `kinds` narrows to some kinds (e.g. only pitfalls).
 * Most proeftuinen first, then themes before tools, then by key.
 */
export const recurringPatterns = (
  lessons: readonly LessonRef[],
  { minProeftuinen = 2, kinds }: { minProeftuinen?: number; kinds?: readonly string[] } = {},
): Pattern[] => {
  const groups = new Map<string, Pattern>()
  const add = (by: Pattern['by'], key: string, lesson: LessonRef) => {
    const id = `${by}:${key}`
    const group = groups.get(id) ?? { by, key, proeftuinen: [], lessons: [] }
    if (!group.proeftuinen.includes(lesson.proeftuin!)) group.proeftuinen.push(lesson.proeftuin!)
    if (!group.lessons.includes(lesson.id)) group.lessons.push(lesson.id)
    groups.set(id, group)
  }
  for (const lesson of lessons) {
    if (!lesson.proeftuin || (kinds && !kinds.includes(lesson.kind))) continue
    if (lesson.theme) add('theme', lesson.theme, lesson)
    for (const tool of new Set(lesson.tools)) add('tool', tool, lesson)
  }
  return [...groups.values()]
    .filter((g) => g.proeftuinen.length >= minProeftuinen)
    .map((g) => ({ ...g, proeftuinen: [...g.proeftuinen].sort() }))
    .sort((a, b) => b.proeftuinen.length - a.proeftuinen.length || (a.by === b.by ? a.key.localeCompare(b.key) : a.by === 'theme' ? -1 : 1))
}

/** The MVP parts (in the order of `partIds`) that no tool names among the parts it serves. */
export const unservedParts = (partIds: readonly string[], tools: readonly { mvpParts: readonly string[] }[]): string[] => {
  const served = new Set(tools.flatMap((t) => t.mvpParts))
  return partIds.filter((id) => !served.has(id))
}
