import type { peerVerdicts } from '../../model/vocabulary'
import { countOf } from './format'

// Peer reviews on the site: which reviews a proeftuin received and gave, and what the peers said
// of each part of its scorecard (the marks in the MVP matrix). Pure, so it is tested on fixtures.

export type PeerVerdict = keyof typeof peerVerdicts

export interface ReviewDoc {
  id: string
  data: {
    about: string
    by: string
    date: string
    verdicts: readonly { part: string; verdict: PeerVerdict; comment?: string }[]
  }
}

/** Newest first; on the same day by id, so the order never depends on the file system. */
export const byDateDesc = (a: ReviewDoc, b: ReviewDoc) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)

/** The reviews of this proeftuin (received) and the reviews it wrote of others (given), newest first. */
export const reviewsOf = <R extends ReviewDoc>(reviews: readonly R[], proeftuin: string) => ({
  received: reviews.filter((r) => r.data.about === proeftuin).sort(byDateDesc),
  given: reviews.filter((r) => r.data.by === proeftuin).sort(byDateDesc),
})

/** One peer's verdict on one part of one proeftuin. */
export interface CellVerdict {
  review: string
  by: string
  verdict: PeerVerdict
}

/**
 * What peers said of one cell of the matrix: `doubt` as soon as one peer doubts (disagreement
 * must not drown in agreement), `agree` when every peer that judged the part agrees.
 */
export type PeerMark = PeerVerdict

export interface PeerCell {
  mark: PeerMark
  verdicts: CellVerdict[]
}

/**
 * The reviewed cells, keyed by proeftuin and then MVP part. A review that judges the same part
 * twice counts once per verdict; parts or proeftuinen not in the corpus are left to the caller.
 */
export const peerCells = (reviews: readonly ReviewDoc[]): Map<string, Map<string, PeerCell>> => {
  const cells = new Map<string, Map<string, PeerCell>>()
  for (const r of [...reviews].sort(byDateDesc)) {
    const row = cells.get(r.data.about) ?? new Map<string, PeerCell>()
    cells.set(r.data.about, row)
    for (const v of r.data.verdicts) {
      const cell = row.get(v.part) ?? { mark: 'agree', verdicts: [] }
      cell.verdicts.push({ review: r.id, by: r.data.by, verdict: v.verdict })
      if (v.verdict === 'doubt') cell.mark = 'doubt'
      row.set(v.part, cell)
    }
  }
  return cells
}

/** The peer mark of every part, in the order of `partIds` (undefined: no peer judged it). */
export const peerRow = (cells: Map<string, Map<string, PeerCell>>, proeftuin: string, partIds: readonly string[]): (PeerCell | undefined)[] =>
  partIds.map((part) => cells.get(proeftuin)?.get(part))

/** Symbols that differ by shape from each other and from the status symbols (● ◐ ○ ?). */
export const peerSymbols: Record<PeerMark, string> = {
  agree: '✓',
  doubt: '!',
}

/** How the legend and screen readers name a mark. */
export const peerMarkLabels: Record<PeerMark, string> = {
  agree: 'Door een andere proeftuin gereviewd: eens',
  doubt: 'Door een andere proeftuin gereviewd: twijfel',
}

/** How many of a review's verdicts agree and doubt: "eens over 3 onderdelen, twijfel over 1 onderdeel"; '' when none. */
export const verdictSummary = (verdicts: readonly { verdict: PeerVerdict }[]) => {
  const agree = verdicts.filter((v) => v.verdict === 'agree').length
  const doubt = verdicts.length - agree
  const parts = (n: number) => countOf(n, 'onderdeel', 'onderdelen')
  return [agree > 0 ? `eens over ${parts(agree)}` : '', doubt > 0 ? `twijfel over ${parts(doubt)}` : ''].filter(Boolean).join(', ')
}
