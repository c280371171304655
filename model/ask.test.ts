import { describe, expect, it } from 'vitest'
import { AskSchema, fieldErrors } from './ask'

const valid = { title: 'Hoe begin je een VraagBaak in je wijk?', name: 'Bea', email: 'bea@example.org', consent: true, shownAt: 1 }

describe('AskSchema', () => {
  it('accepts a question with empty optional fields and trims the text', () => {
    const parsed = AskSchema.parse({ ...valid, title: `  ${valid.title}  `, context: '', topic: '', website: '' })
    expect(parsed.title).toBe(valid.title)
    expect(parsed.context).toBeUndefined()
    expect(parsed.topic).toBeUndefined()
  })

  it('keeps characters that look like markup but are not', () => {
    expect(AskSchema.parse({ ...valid, title: 'Kost het < 3 uur & is 2 > 1 "waar"?' }).title).toContain('< 3 uur &')
  })

  it('names the field of every error, in Dutch', () => {
    const result = AskSchema.safeParse({ ...valid, title: 'kort', email: 'x' })
    expect(result.success).toBe(false)
    expect(fieldErrors(result.error!)).toEqual([
      { field: 'title', message: 'De vraag moet minstens 15 tekens lang zijn.' },
      { field: 'email', message: 'Vul een geldig e-mailadres in.' },
    ])
  })
})
