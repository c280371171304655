import { z } from 'zod'
import { AsOfSchema, OptionalText, SourcesSchema, TextList } from './common'
import { refList } from './reference'
import { programmeKinds, timeUnits, valuesOf } from './vocabulary'

/** One phase of a programme; offset and duration count in the programme's unit from its start. */
export const PhaseSchema = z.strictObject({
  name: z.string().trim().min(1),
  offset: z.number().nonnegative(),
  duration: z.number().positive(),
  goal: OptionalText,
  activities: TextList,
  participants: TextList,
  outputs: TextList,
  tools: refList('tools'),
})

/** A programme template: content/programmes/<slug>.md. */
export const ProgrammeSchema = z.strictObject({
  title: z.string().trim().min(1),
  kind: z.enum(valuesOf(programmeKinds)),
  unit: z.enum(valuesOf(timeUnits)),
  goal: OptionalText,
  summary: OptionalText,
  phases: z.array(PhaseSchema).min(1),
  asOf: AsOfSchema,
  sources: SourcesSchema,
})
export type Programme = z.output<typeof ProgrammeSchema>
