import type { z } from 'zod'
import { GuideChapterSchema } from './guideChapter'
import { LessonSchema } from './lesson'
import { MvpPartSchema } from './mvpPart'
import { ProeftuinSchema } from './proeftuin'
import { ProgrammeSchema } from './programme'
import { QuestionSchema } from './question'
import { ToolSchema } from './tool'

/**
 * The content collections: their folder under content/, their Payload slug and their front matter
 * schema. Import, export and the site all walk this one table.
 */
export const contentCollections = {
  'guide-chapters': { folder: 'guide', schema: GuideChapterSchema },
  tools: { folder: 'tools', schema: ToolSchema },
  'mvp-parts': { folder: 'mvp-parts', schema: MvpPartSchema },
  proeftuinen: { folder: 'proeftuinen', schema: ProeftuinSchema },
  lessons: { folder: 'lessons', schema: LessonSchema },
  programmes: { folder: 'programmes', schema: ProgrammeSchema },
  questions: { folder: 'questions', schema: QuestionSchema },
} as const satisfies Record<string, { folder: string; schema: z.ZodType }>

export type ContentCollection = keyof typeof contentCollections

/**
 * Front matter fields that name other documents, and the collection they point into.
 * Paths use [] for "every item of this array".
 */
export const references: Record<ContentCollection, Record<string, ContentCollection>> = {
  'guide-chapters': { parent: 'guide-chapters', tools: 'tools', proeftuinen: 'proeftuinen', mvpParts: 'mvp-parts' },
  tools: { mvpParts: 'mvp-parts', proeftuinen: 'proeftuinen' },
  'mvp-parts': {},
  proeftuinen: { 'scorecard[].part': 'mvp-parts', 'peerReviews[].by': 'proeftuinen' },
  lessons: { proeftuin: 'proeftuinen', tools: 'tools', mvpParts: 'mvp-parts' },
  programmes: { 'phases[].tools': 'tools' },
  questions: { proeftuinen: 'proeftuinen', tools: 'tools' },
}
