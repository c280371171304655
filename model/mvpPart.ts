import { z } from 'zod'
import { AsOfSchema, OptionalText, SourcesSchema } from './common'

/** A criterion of the Minimal Viable Prototype: content/mvp-parts/<slug>.md. */
export const MvpPartSchema = z.strictObject({
  title: z.string().trim().min(1),
  order: z.number().int().nonnegative(),
  description: z.string().trim().min(1),
  whyItMatters: OptionalText,
  howToTell: OptionalText,
  asOf: AsOfSchema,
  sources: SourcesSchema,
})
export type MvpPart = z.output<typeof MvpPartSchema>
