import type { z } from 'zod'
import { GuideChapterSchema } from './guideChapter'
import { LessonSchema } from './lesson'
import { MvpPartSchema } from './mvpPart'
import { PeerReviewSchema } from './peerReview'
import { ProeftuinSchema } from './proeftuin'
import { ProgrammeSchema } from './programme'
import { QuestionSchema } from './question'
import { referencesOf } from './reference'
import { ToolSchema } from './tool'

/** What the model says of one content collection; everything else about it is derived. */
export interface CollectionModel {
  /** Its folder under content/: one Markdown file per document, named by its slug. */
  folder: string
  /** Where its pages live on the site: `<route>/<slug>/`. */
  route: string
  /** How the site names it, in Dutch: one document, a list of them, and its section in the menu and breadcrumbs. */
  labels: { one: string; many: string; section: string }
  /**
   * Its front matter, with references marked on the fields (reference.ts). The Markdown body is
   * the Payload field `body` of every collection, and a document is public when its `_status` is
   * `published` (Payload's drafts), for every collection alike (publication.ts).
   */
  schema: z.ZodType
}

/**
 * The content collections, keyed by their Payload slug, in the order the site lists them.
 * Import, export, the CMS and the site all walk this one table.
 */
export const contentCollections = {
  'guide-chapters': { folder: 'guide', route: '/gids', labels: { one: 'Hoofdstuk', many: 'Hoofdstukken uit de RoughGuide', section: 'RoughGuide' }, schema: GuideChapterSchema },
  tools: { folder: 'tools', route: '/toolbox', labels: { one: 'Tool', many: 'Tools', section: 'Toolbox' }, schema: ToolSchema },
  'mvp-parts': { folder: 'mvp-parts', route: '/mvp', labels: { one: 'MVP-onderdeel', many: 'MVP-onderdelen', section: 'MVP' }, schema: MvpPartSchema },
  proeftuinen: { folder: 'proeftuinen', route: '/proeftuinen', labels: { one: 'Proeftuin', many: 'Proeftuinen', section: 'Proeftuinen' }, schema: ProeftuinSchema },
  'peer-reviews': { folder: 'peer-reviews', route: '/peer-reviews', labels: { one: 'Peer review', many: 'Peer reviews', section: 'Proeftuinen' }, schema: PeerReviewSchema },
  lessons: { folder: 'lessons', route: '/lessen', labels: { one: 'Les', many: 'Lessen', section: 'Lessen' }, schema: LessonSchema },
  programmes: { folder: 'programmes', route: '/programmas', labels: { one: 'Programma', many: "Programma's", section: "Programma's" }, schema: ProgrammeSchema },
  questions: { folder: 'questions', route: '/vraagbaak', labels: { one: 'Vraag', many: 'Vragen uit de VraagBaak', section: 'VraagBaak' }, schema: QuestionSchema },
} as const satisfies Record<string, CollectionModel>

export type ContentCollection = keyof typeof contentCollections

export const collectionNames = Object.keys(contentCollections) as ContentCollection[]

/**
 * Front matter fields that name other documents, and the collection they point into, read off
 * the schemas. Paths use [] for "every item of this array".
 */
export const references = Object.fromEntries(
  collectionNames.map((c) => {
    const found = referencesOf(contentCollections[c].schema)
    for (const [path, target] of Object.entries(found)) {
      if (!(target in contentCollections)) throw new Error(`model: ${c}.${path} verwijst naar een onbekende collectie "${target}"`)
    }
    return [c, found]
  }),
) as Record<ContentCollection, Record<string, ContentCollection>>

/**
 * The order an import creates collections in: every collection after the ones it references
 * (a collection's references to itself are resolved within it), else in the site's order.
 */
export const importOrder: ContentCollection[] = (() => {
  const order: ContentCollection[] = []
  const dependsOn = (c: ContentCollection) => Object.values(references[c]).filter((t) => t !== c)
  while (order.length < collectionNames.length) {
    const next = collectionNames.find((c) => !order.includes(c) && dependsOn(c).every((t) => order.includes(t)))
    if (!next) throw new Error('model/collections.ts: the references between collections form a cycle')
    order.push(next)
  }
  return order
})()
