import { describe, expect, it } from 'vitest'
import { allSeeds, docs, seedText, textsOf } from './corpus'

// One home per fact: a sentence of 12 words or more told word for word in two documents is a fact
// retold instead of linked. Quotes from the seeds are allowed to recur (they are the sources' words).
const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim()
const sentences = (text: string) => text.split(/(?<=[.!?;:])\s+|\n+/).map(normalise).filter((s) => s.split(' ').length >= 12)

describe('repetition in the corpus', () => {
  it('no sentence of 12 words or more appears word for word in two documents, seed quotes aside', () => {
    const seeds = normalise(allSeeds().map(seedText).join('\n'))
    const where = new Map<string, Set<string>>()
    for (const d of docs) for (const s of textsOf(d).flatMap(sentences)) where.set(s, (where.get(s) ?? new Set()).add(d.file))
    const repeated = [...where].filter(([s, files]) => files.size > 1 && !seeds.includes(s)).map(([s, files]) => `${[...files].join(' + ')}: "${s}"`)
    expect(repeated).toEqual([])
  })
})
