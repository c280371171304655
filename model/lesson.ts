import { z } from 'zod'
import { AsOfSchema, OptionalText, SourcesSchema } from './common'
import { ref, refList } from './reference'
import { lessonKinds, themes, valuesOf } from './vocabulary'

/** A lesson learned: content/lessons/<slug>.md; the title is the statement, the body may elaborate. */
export const LessonSchema = z
  .strictObject({
    title: z.string().trim().min(1),
    kind: z.enum(valuesOf(lessonKinds)),
    theme: z.enum(valuesOf(themes)).optional(),
    proeftuin: ref('proeftuinen').optional(),
    context: OptionalText,
    evidence: OptionalText,
    tools: refList('tools'),
    mvpParts: refList('mvp-parts'),
    asOf: AsOfSchema,
    sources: SourcesSchema,
  })
  .refine((l) => l.proeftuin || l.theme, { message: 'een les hoort bij een proeftuin of een thema', path: ['theme'] })
export type Lesson = z.output<typeof LessonSchema>
