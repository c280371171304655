import { describe, expect, it } from 'vitest'
import { docs, seedText, textOf } from './corpus'

// Every number a document states (a year, a date, an amount, a count) must be in one of the seed
// texts it lists as its sources: a number that is in no listed seed was invented or is uncited.
const numbersIn = (text: string) => new Set(text.match(/(?<![\w.,-])\d+(?:[.,]\d+)?(?![\w])/g) ?? [])

describe('numbers in the corpus', () => {
  it('every seed number a document states appears in a seed it lists', () => {
    const missing = docs.flatMap((d) => {
      const sources = (d.data.sources ?? []) as string[]
      const seeds = numbersIn(sources.map(seedText).join('\n').replace(/(\d)x(\d)/g, '$1 x $2'))
      return [...numbersIn(textOf(d))].filter((n) => !seeds.has(n)).map((n) => `${d.file}: ${n}`)
    })
    expect(missing).toEqual([])
  })
})
