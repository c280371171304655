import { z } from 'zod'
import { AsOfSchema, OptionalText, SourcesSchema } from './common'
import { ref, refList } from './reference'

/** A chapter of the RoughGuide: content/guide/<slug>.md; the body is the chapter text. */
export const GuideChapterSchema = z.strictObject({
  title: z.string().trim().min(1),
  order: z.number().int().nonnegative(),
  parent: ref('guide-chapters').optional(),
  summary: OptionalText,
  tools: refList('tools'),
  proeftuinen: refList('proeftuinen'),
  mvpParts: refList('mvp-parts'),
  asOf: AsOfSchema,
  sources: SourcesSchema,
})
export type GuideChapter = z.output<typeof GuideChapterSchema>
