import { z } from 'zod'
import { AsOfSchema, DateSchema, OptionalText, SourcesSchema } from './common'
import { refList } from './reference'
import { themes, valuesOf } from './vocabulary'

/**
 * A published question of the meta-VraagBaak: content/questions/<slug>.md; the body is the answer.
 * The asker's name and e-mail have no place here: strictObject refuses them.
 */
export const QuestionSchema = z.strictObject({
  title: z.string().trim().min(1),
  context: OptionalText,
  theme: z.enum(valuesOf(themes)).optional(),
  proeftuinen: refList('proeftuinen'),
  tools: refList('tools'),
  answeredBy: OptionalText,
  askedAt: DateSchema.optional(),
  answeredAt: DateSchema.optional(),
  publishedAt: DateSchema.optional(),
  asOf: AsOfSchema,
  sources: SourcesSchema,
})
export type Question = z.output<typeof QuestionSchema>
