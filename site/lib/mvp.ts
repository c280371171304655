import type { mvpStatuses } from '../../model/vocabulary'

export type MvpStatus = keyof typeof mvpStatuses
/** A part with no row in a scorecard is not absent: the case does not say. */
export type MvpCell = MvpStatus | 'unknown'

/** The seeds' bar: a proeftuin should meet "meer dan 3/4 van het MVP". */
export const MVP_BAR = 0.75

/** Proeftuinen per page of the MVP matrix: all of today's, and a bounded page at hundreds. */
export const MATRIX_COLUMNS = 12
export const matrixPages = (proeftuinen: number, size = MATRIX_COLUMNS) => ({ size, count: Math.max(1, Math.ceil(proeftuinen / size)) })

export interface MvpShare {
  total: number
  present: number
  inProgress: number
  absent: number
  unknown: number
  /** present / total; 0 when there are no parts. */
  share: number
  /** More than three quarters present (strictly more, as the seeds say). */
  meetsBar: boolean
}

/** The status of every part, in the order of `partIds`. */
export const scorecardCells = (rows: readonly { part: string; status: MvpStatus }[], partIds: readonly string[]): MvpCell[] => {
  const byPart = new Map(rows.map((r) => [r.part, r.status]))
  return partIds.map((id) => byPart.get(id) ?? 'unknown')
}

/** How much of the MVP is present. Only "present" counts towards the share. */
export const mvpShare = (cells: readonly MvpCell[]): MvpShare => {
  const count = (s: MvpCell) => cells.filter((c) => c === s).length
  const total = cells.length
  const present = count('present')
  const share = total === 0 ? 0 : present / total
  return { total, present, inProgress: count('in-progress'), absent: count('absent'), unknown: count('unknown'), share, meetsBar: share > MVP_BAR }
}

/** A whole percentage for people: 0.7499 → "75%" would misstate the bar, so round down. */
export const percent = (share: number) => `${Math.floor(share * 100 + 1e-9)}%`

/** Symbols that differ by shape, so the matrix reads in greyscale too. */
export const cellSymbols: Record<MvpCell, string> = {
  present: '●',
  'in-progress': '◐',
  absent: '○',
  unknown: '?',
}
