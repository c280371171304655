import { z } from 'zod'
import { AsOfSchema, OptionalText, SlugList, SlugSchema, SourcesSchema } from './common'

/** A chapter of the RoughGuide: content/guide/<slug>.md; the body is the chapter text. */
export const GuideChapterSchema = z.strictObject({
  title: z.string().trim().min(1),
  order: z.number().int().nonnegative(),
  parent: SlugSchema.optional(),
  summary: OptionalText,
  tools: SlugList,
  proeftuinen: SlugList,
  mvpParts: SlugList,
  asOf: AsOfSchema,
  sources: SourcesSchema,
})
export type GuideChapterInput = z.input<typeof GuideChapterSchema>
export type GuideChapter = z.output<typeof GuideChapterSchema>
