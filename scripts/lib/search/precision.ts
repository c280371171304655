import type { RelevanceQuery } from './queries'

export interface QueryOutcome {
  query: RelevanceQuery
  top: string[]
  /** Every expected page is in the top 3. */
  hit: boolean
}

/**
 * precision@3 two ways: the share of queries whose expected pages are all in the top 3 (what the
 * test demands), and mean P@3, the share of the top 3 that are expected pages (at most
 * expected/3 per query, so below 1 by construction when a query expects one page).
 */
export const precisionAt3 = (outcomes: QueryOutcome[]) => ({
  queries: outcomes.length,
  hits: outcomes.filter((o) => o.hit).length,
  hitRate: outcomes.filter((o) => o.hit).length / outcomes.length,
  meanP3: outcomes.reduce((sum, o) => sum + o.top.slice(0, 3).filter((p) => o.query.expect.includes(p)).length / 3, 0) / outcomes.length,
})

export const judge = (query: RelevanceQuery, top: string[]): QueryOutcome => ({ query, top, hit: query.expect.every((e) => top.slice(0, 3).includes(e)) })
