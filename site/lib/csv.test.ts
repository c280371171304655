import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

describe('toCsv', () => {
  it('writes a header and rows, comma-separated, with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [['x', 1], ['y', 0]])).toBe('a,b\r\nx,1\r\ny,0\r\n')
  })
  it('quotes fields with commas, quotes or line breaks, and leaves undefined empty', () => {
    expect(toCsv(['t'], [['Een, twee'], ['zei "ja"'], ['regel\nregel'], [undefined]])).toBe('t\r\n"Een, twee"\r\n"zei ""ja"""\r\n"regel\nregel"\r\n\r\n')
  })
})
