import type { MvpCell, MvpStatus } from './mvp'

/**
 * "Proeftuinen zoals de mijne": the proeftuinen whose MVP profile is closest to a self-scan, with
 * the reasons a person can check ("ook een werkende eCommunity") and what to read next.
 */

export interface Profile {
  id: string
  /** One cell per MVP part, in the order of the parts (see scorecardCells). */
  cells: readonly MvpCell[]
}

export interface LessonOnParts {
  id: string
  proeftuin?: string
  mvpParts: readonly string[]
}

export interface Match {
  id: string
  /** 0…1: how much of what you answered this proeftuin shares; a part it does not describe counts as not shared. */
  score: number
  /** Parts where you and this proeftuin have the same status, in part order. */
  same: { part: string; status: MvpStatus }[]
  /** Parts you miss (absent or in progress) that this proeftuin has present: where you can learn from them. */
  theyHave: string[]
  /** Their lessons on the parts you miss, in the order given. */
  lessons: string[]
}

const rank: Record<MvpStatus, number> = { absent: 0, 'in-progress': 1, present: 2 }

/** 1 for the same status, ½ for one step apart (absent/in progress, in progress/present), 0 for opposite or not described. */
export const agreement = (a: MvpCell, b: MvpCell) => (a === 'unknown' || b === 'unknown' ? 0 : 1 - Math.abs(rank[a] - rank[b]) / 2)

/**
 * Every proeftuin, closest first. The score is the mean agreement over the parts you answered, so
 * a proeftuin that describes few parts cannot look close on one lucky match. Ties: more identical
 * parts first, then the order given. An empty scan gives no matches.
 */
export const rankSimilar = (scan: readonly MvpCell[], partIds: readonly string[], profiles: readonly Profile[], lessons: readonly LessonOnParts[] = []): Match[] => {
  const answered = partIds.filter((_, i) => scan[i] !== 'unknown' && scan[i] !== undefined)
  if (answered.length === 0) return []
  const missing = partIds.filter((_, i) => scan[i] === 'absent' || scan[i] === 'in-progress')
  return profiles
    .map((p, order) => {
      const at = (part: string) => p.cells[partIds.indexOf(part)] ?? 'unknown'
      const mine = (part: string) => scan[partIds.indexOf(part)]
      const total = answered.reduce((n, part) => n + agreement(mine(part), at(part)), 0)
      const same = answered.filter((part) => mine(part) === at(part)).map((part) => ({ part, status: at(part) as MvpStatus }))
      const theyHave = missing.filter((part) => at(part) === 'present')
      const ownLessons = lessons.filter((l) => l.proeftuin === p.id && l.mvpParts.some((part) => missing.includes(part))).map((l) => l.id)
      return { order, match: { id: p.id, score: total / answered.length, same, theyHave, lessons: ownLessons } }
    })
    .sort((a, b) => b.match.score - a.match.score || b.match.same.length - a.match.same.length || a.order - b.order)
    .map(({ match }) => match)
}

/**
 * A part's title as it reads inside a sentence: "Een werkende eCommunity (digitaal wijkplatform)"
 * → "een werkende eCommunity"; `bare` also drops a leading article, for "nog geen …".
 */
export const inSentence = (title: string, { bare = false } = {}) => {
  let s = title.replace(/\s*\([^)]*\)\s*$/, '').trim()
  if (bare) s = s.replace(/^(een|de|het)\s+/i, '')
  // Keep words that are capitalised inside (eCommunity, VraagBaak): only lower a plain capital.
  return /^[A-Z][a-z]*(\s|$)/.test(s) ? s[0].toLowerCase() + s.slice(1) : s
}

/** "ook een werkende eCommunity", "ook in ontwikkeling: een VraagBaak in gebruik", "ook nog geen brede coalitie …". */
export const reason = (status: MvpStatus, title: string) =>
  status === 'present'
    ? `ook ${inSentence(title)}`
    : status === 'in-progress'
      ? `ook in ontwikkeling: ${inSentence(title)}`
      : `ook nog geen ${inSentence(title, { bare: true })}`
