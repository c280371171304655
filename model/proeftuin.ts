import { z } from 'zod'
import { AsOfSchema, OptionalText, SourcesSchema, TextList, WebUrlSchema } from './common'
import { ref } from './reference'
import { mvpStatuses, proeftuinStatuses, valuesOf } from './vocabulary'

export const ScorecardRowSchema = z.strictObject({
  part: ref('mvp-parts'),
  // Absent when the sources do not say: the site shows it as unknown.
  status: z.enum(valuesOf(mvpStatuses)).optional(),
  evidence: OptionalText,
})

/** A case description: content/proeftuinen/<slug>.md; the body is its story. */
export const ProeftuinSchema = z.strictObject({
  title: z.string().trim().min(1),
  city: z.string().trim().min(1),
  neighbourhood: OptionalText,
  status: z.enum(valuesOf(proeftuinStatuses)).optional(),
  kwartiermaker: OptionalText,
  summary: OptionalText,
  status2020: OptionalText,
  scorecard: z.array(ScorecardRowSchema).default([]),
  whatWorks: TextList,
  whatDoesNot: TextList,
  links: z.array(z.strictObject({ label: z.string().trim().min(1), url: WebUrlSchema })).default([]),
  asOf: AsOfSchema,
  sources: SourcesSchema,
})
export type Proeftuin = z.output<typeof ProeftuinSchema>
