import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ProeftuinSchema } from '../../model/proeftuin'
import { QuestionSchema } from '../../model/question'
import { mvpStatuses } from '../../model/vocabulary'
import { fieldRows, type JsonSchema } from './jsonschema'

const rowsOf = (schema: z.ZodType, labels?: Record<string, string>) =>
  fieldRows(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema, labels ? () => labels : undefined)

describe('fieldRows', () => {
  it('walks into lists of objects and names enum values with their Dutch labels', () => {
    const rows = rowsOf(ProeftuinSchema, mvpStatuses)
    expect(rows.find((r) => r.path === 'title')).toEqual({ path: 'title', type: 'tekst', required: true })
    expect(rows.find((r) => r.path === 'scorecard[].part')?.type).toBe('slug (verwijzing)')
    expect(rows.find((r) => r.path === 'scorecard[].status')?.type).toBe('één van: absent (Afwezig), in-progress (In ontwikkeling), present (Aanwezig)')
    expect(rows.find((r) => r.path === 'links[].url')?.type).toBe('URL')
    expect(rows.find((r) => r.path === 'neighbourhood')?.required).toBe(false)
  })
  it('names dates as dates', () => {
    expect(rowsOf(QuestionSchema).find((r) => r.path === 'askedAt')?.type).toBe('datum of tijdstip (ISO 8601)')
  })
})
