import { describe, expect, it } from 'vitest'
import { peerCells, peerRow, reviewsOf, verdictSummary, type ReviewDoc } from './peerReviews'

const review = (id: string, about: string, by: string, date: string, verdicts: ReviewDoc['data']['verdicts']): ReviewDoc => ({ id, data: { about, by, date, verdicts } })

const reviews: ReviewDoc[] = [
  review('oud', 'westerpark', 'roermond', '2019-03-01', [
    { part: 'ecommunity', verdict: 'agree' },
    { part: 'vraagbaak', verdict: 'agree' },
  ]),
  review('nieuw', 'westerpark', 'zwolle', '2020-01-15', [
    { part: 'vraagbaak', verdict: 'doubt', comment: 'Wie beantwoordt de vragen?' },
    { part: 'fitknip', verdict: 'agree' },
  ]),
  review('terug', 'roermond', 'westerpark', '2019-06-01', [{ part: 'ecommunity', verdict: 'doubt' }]),
  review('leeg', 'zwolle', 'westerpark', '2019-06-01', []),
]

describe('reviewsOf', () => {
  it('splits the reviews a proeftuin received from those it gave, newest first', () => {
    const { received, given } = reviewsOf(reviews, 'westerpark')
    expect(received.map((r) => r.id)).toEqual(['nieuw', 'oud'])
    // Same day: by id, so the order does not depend on the files.
    expect(given.map((r) => r.id)).toEqual(['leeg', 'terug'])
  })
  it('a proeftuin nobody reviewed and that reviewed nobody has none of either', () => {
    expect(reviewsOf(reviews, 'heerlen')).toEqual({ received: [], given: [] })
  })
})

describe('peerCells', () => {
  const cells = peerCells(reviews)
  it('marks a part every peer agrees on as agreed, with who said so', () => {
    expect(cells.get('westerpark')?.get('ecommunity')).toEqual({ mark: 'agree', verdicts: [{ review: 'oud', by: 'roermond', verdict: 'agree' }] })
  })
  it('marks a part as doubted as soon as one peer doubts it, though another agrees', () => {
    const cell = cells.get('westerpark')?.get('vraagbaak')
    expect(cell?.mark).toBe('doubt')
    expect(cell?.verdicts.map((v) => `${v.by}:${v.verdict}`)).toEqual(['zwolle:doubt', 'roermond:agree'])
  })
  it('keeps the verdicts on a proeftuin apart from the ones it gave', () => {
    expect(cells.get('roermond')?.get('ecommunity')?.mark).toBe('doubt')
    expect(cells.get('roermond')?.get('vraagbaak')).toBeUndefined()
  })
  it('a review without verdicts marks no cell', () => {
    expect(cells.get('zwolle')?.size ?? 0).toBe(0)
  })
  it('no reviews, no marks', () => {
    expect(peerCells([]).size).toBe(0)
  })
})

describe('peerRow', () => {
  it('gives the marks in the order of the parts, undefined where no peer judged', () => {
    const row = peerRow(peerCells(reviews), 'westerpark', ['fitknip', 'ecommunity', 'vraagbaak', 'wijkplatform'])
    expect(row.map((c) => c?.mark)).toEqual(['agree', 'agree', 'doubt', undefined])
    expect(peerRow(peerCells(reviews), 'heerlen', ['fitknip'])).toEqual([undefined])
  })
})

describe('verdictSummary', () => {
  it('counts agreement and doubt in Dutch, singular and plural', () => {
    expect(verdictSummary([{ verdict: 'agree' }, { verdict: 'agree' }, { verdict: 'doubt' }])).toBe('eens over 2 onderdelen, twijfel over 1 onderdeel')
    expect(verdictSummary([{ verdict: 'doubt' }])).toBe('twijfel over 1 onderdeel')
    expect(verdictSummary([])).toBe('')
  })
})
