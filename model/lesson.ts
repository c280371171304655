import { z } from 'zod'
import { AsOfSchema, OptionalText, SlugList, SlugSchema, SourcesSchema } from './common'
import { lessonKinds, themes, valuesOf } from './vocabulary'

/** A lesson learned: content/lessons/<slug>.md; the title is the statement, the body may elaborate. */
export const LessonSchema = z
  .strictObject({
    title: z.string().trim().min(1),
    kind: z.enum(valuesOf(lessonKinds)),
    theme: z.enum(valuesOf(themes)).optional(),
    proeftuin: SlugSchema.optional(),
    context: OptionalText,
    evidence: OptionalText,
    tools: SlugList,
    mvpParts: SlugList,
    asOf: AsOfSchema,
    sources: SourcesSchema,
  })
  .refine((l) => l.proeftuin || l.theme, { message: 'een les hoort bij een proeftuin of een thema', path: ['theme'] })
export type LessonInput = z.input<typeof LessonSchema>
export type Lesson = z.output<typeof LessonSchema>
