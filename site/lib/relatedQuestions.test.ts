import { describe, expect, it } from 'vitest'
import { relatedQuestions } from './relatedQuestions'

const q = (id: string, theme: string | undefined, tools: string[] = [], proeftuinen: string[] = []) => ({ id, theme, tools, proeftuinen })

describe('relatedQuestions', () => {
  const all = [q('a', 'ict', ['vraagbaak']), q('b', 'ict'), q('c', 'mvp', ['vraagbaak']), q('d', 'mvp'), q('e', undefined, [], ['rotterdam'])]
  it('puts a shared tool or proeftuin before a shared theme, and leaves out questions that share nothing', () => {
    expect(relatedQuestions(all, 'a')).toEqual(['c', 'b'])
  })
  it('never lists the question itself, and nothing for an unknown one', () => {
    expect(relatedQuestions(all, 'e')).toEqual([])
    expect(relatedQuestions(all, 'x')).toEqual([])
  })
})
