import { z } from 'zod'
import { AsOfSchema, EuroRangeSchema, OptionalText, SourcesSchema, TextList } from './common'
import { refList } from './reference'
import { maturities, toolKinds, valuesOf } from './vocabulary'

/** A toolbox entry: content/tools/<slug>.md; the body is the longer description. */
export const ToolSchema = z.strictObject({
  title: z.string().trim().min(1),
  kind: z.enum(valuesOf(toolKinds)),
  maturity: z.enum(valuesOf(maturities)).optional(),
  summary: OptionalText,
  problem: OptionalText,
  howItWorks: OptionalText,
  steps: TextList,
  costs: z
    .strictObject({
      oneOff: EuroRangeSchema.optional(),
      yearly: EuroRangeSchema.optional(),
      note: OptionalText,
    })
    .optional(),
  roles: z.array(z.strictObject({ role: z.string().trim().min(1), skills: OptionalText })).default([]),
  pitfalls: TextList,
  opportunities: TextList,
  mvpParts: refList('mvp-parts'),
  proeftuinen: refList('proeftuinen'),
  owner: OptionalText,
  asOf: AsOfSchema,
  sources: SourcesSchema,
})
export type Tool = z.output<typeof ToolSchema>
