import { describe, expect, it } from 'vitest'
import { agreement, inSentence, rankSimilar, reason, type Profile } from './similar'

const parts = ['kwartiermaker', 'ecommunity', 'vraagbaak', 'brede-coalitie']

const profiles: Profile[] = [
  { id: 'eindhoven', cells: ['present', 'present', 'present', 'present'] },
  { id: 'amersfoort', cells: ['present', 'present', 'in-progress', 'in-progress'] },
  { id: 'roermond', cells: ['unknown', 'absent', 'absent', 'unknown'] },
  { id: 'rotterdam', cells: ['present', 'unknown', 'in-progress', 'in-progress'] },
]

describe('agreement', () => {
  it('is 1 for the same status, ½ for one step apart, 0 for opposite or unknown', () => {
    expect(agreement('present', 'present')).toBe(1)
    expect(agreement('present', 'in-progress')).toBe(0.5)
    expect(agreement('absent', 'in-progress')).toBe(0.5)
    expect(agreement('absent', 'present')).toBe(0)
    expect(agreement('unknown', 'unknown')).toBe(0)
    expect(agreement('present', 'unknown')).toBe(0)
  })
})

describe('rankSimilar', () => {
  it('puts the proeftuin with the same profile first and says which parts it shares', () => {
    const [first, second] = rankSimilar(['present', 'present', 'in-progress', 'absent'], parts, profiles)
    expect(first.id).toBe('amersfoort')
    expect(first.same).toEqual([
      { part: 'kwartiermaker', status: 'present' },
      { part: 'ecommunity', status: 'present' },
      { part: 'vraagbaak', status: 'in-progress' },
    ])
    expect(first.score).toBeCloseTo((1 + 1 + 1 + 0.5) / 4)
    expect(second.id).toBe('eindhoven')
  })

  it('a proeftuin that does not describe a part is not counted as sharing it', () => {
    // Roermond matches the two parts it describes, but says nothing of the other two.
    const ranked = rankSimilar(['absent', 'absent', 'absent', 'absent'], parts, profiles)
    expect(ranked[0].id).toBe('roermond')
    expect(ranked[0].score).toBe(0.5)
    expect(ranked.find((m) => m.id === 'eindhoven')!.score).toBe(0)
  })

  it('scores only the parts you answered', () => {
    const [first] = rankSimilar(['unknown', 'absent', 'unknown', 'unknown'], parts, profiles)
    expect(first).toMatchObject({ id: 'roermond', score: 1, same: [{ part: 'ecommunity', status: 'absent' }] })
  })

  it('names the parts you miss that they have, and their lessons on those parts', () => {
    const lessons = [
      { id: 'coalitie-les', proeftuin: 'eindhoven', mvpParts: ['brede-coalitie'] },
      { id: 'kwartiermaker-les', proeftuin: 'eindhoven', mvpParts: ['kwartiermaker'] },
      { id: 'andermans-les', proeftuin: 'amersfoort', mvpParts: ['brede-coalitie'] },
      { id: 'algemene-les', mvpParts: ['brede-coalitie'] },
    ]
    const eindhoven = rankSimilar(['present', 'present', 'in-progress', 'absent'], parts, profiles, lessons).find((m) => m.id === 'eindhoven')!
    expect(eindhoven.theyHave).toEqual(['vraagbaak', 'brede-coalitie'])
    expect(eindhoven.lessons).toEqual(['coalitie-les'])
  })

  it('breaks ties by the number of identical parts, then by the order given', () => {
    const ranked = rankSimilar(['present', 'in-progress', 'unknown', 'unknown'], parts, [
      { id: 'x', cells: ['in-progress', 'present', 'unknown', 'unknown'] },
      { id: 'y', cells: ['present', 'unknown', 'unknown', 'unknown'] },
      { id: 'z', cells: ['present', 'unknown', 'unknown', 'unknown'] },
    ])
    expect(ranked.map((m) => [m.id, m.score])).toEqual([['y', 0.5], ['z', 0.5], ['x', 0.5]])
  })

  it('an empty scan ranks nothing', () => {
    expect(rankSimilar(['unknown', 'unknown', 'unknown', 'unknown'], parts, profiles)).toEqual([])
    expect(rankSimilar([], parts, profiles)).toEqual([])
  })
})

describe('reasons', () => {
  it('read as Dutch sentences, keeping words capitalised inside', () => {
    expect(reason('present', 'Een werkende eCommunity (digitaal wijkplatform)')).toBe('ook een werkende eCommunity')
    expect(reason('absent', 'Een brede coalitie met een maatschappelijke businesscase')).toBe('ook nog geen brede coalitie met een maatschappelijke businesscase')
    expect(reason('in-progress', 'Een VraagBaak in gebruik')).toBe('ook in ontwikkeling: een VraagBaak in gebruik')
    expect(reason('absent', 'Verbonden bewoners')).toBe('ook nog geen verbonden bewoners')
    expect(inSentence('VraagBaak')).toBe('VraagBaak')
  })
})
