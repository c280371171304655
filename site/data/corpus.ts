import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { getCollection, type CollectionEntry } from 'astro:content'
import type { ContentCollection } from '../../model/collections'
import { pathOf } from '../../model/routes'
import { readingOrder } from '../lib/guide'
import { byDateDesc, peerCells } from '../lib/peerReviews'
import { buildRelations } from '../lib/relations'

// Everything the pages know, loaded once per build: the documents in display order, the
// connections between them both ways, and when each file last changed.

export type Chapter = CollectionEntry<'guide-chapters'>
export type Tool = CollectionEntry<'tools'>
export type MvpPart = CollectionEntry<'mvp-parts'>
export type Proeftuin = CollectionEntry<'proeftuinen'>
export type Lesson = CollectionEntry<'lessons'>
export type Programme = CollectionEntry<'programmes'>
export type PeerReview = CollectionEntry<'peer-reviews'>
export type Question = CollectionEntry<'questions'>
export type AnyEntry = Chapter | Tool | MvpPart | Proeftuin | PeerReview | Lesson | Programme | Question

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => a.data.title.localeCompare(b.data.title, 'nl')

/** Last commit date of every file under the content directory; the file's mtime when git does not know it. */
const changeDates = (): Map<string, string> => {
  const dates = new Map<string, string>()
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', process.env.SITE_CONTENT_DIR || 'content'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    })
    for (const block of log.split('\0').slice(1)) {
      const [date, ...files] = block.trim().split('\n')
      for (const file of files) if (file && !dates.has(file)) dates.set(file, new Date(date).toISOString())
    }
  } catch {
    // Not a git checkout: fall back to file times below.
  }
  return dates
}

const load = async () => {
  const [chapters, tools, parts, proeftuinen, peerReviews, lessons, programmes, questions] = await Promise.all([
    getCollection('guide-chapters'),
    getCollection('tools'),
    getCollection('mvp-parts'),
    getCollection('proeftuinen'),
    // Empty (no folder, or no files) is fine: the seeds hold no peer review yet.
    getCollection('peer-reviews'),
    getCollection('lessons'),
    getCollection('programmes'),
    getCollection('questions'),
  ])
  const guide = readingOrder(chapters)
  tools.sort(byTitle)
  parts.sort((a, b) => a.data.order - b.data.order || byTitle(a, b))
  proeftuinen.sort(byTitle)
  peerReviews.sort(byDateDesc)
  lessons.sort(byTitle)
  programmes.sort((a, b) => (a.data.kind === b.data.kind ? byTitle(a, b) : a.data.kind === 'kick-off' ? -1 : 1))
  const questionDate = (q: Question) => q.data.publishedAt ?? q.data.answeredAt ?? q.data.askedAt ?? ''
  questions.sort((a, b) => questionDate(b).localeCompare(questionDate(a)) || byTitle(a, b))

  const entries = {
    'guide-chapters': guide.map((o) => o.chapter),
    tools,
    'mvp-parts': parts,
    proeftuinen,
    'peer-reviews': peerReviews,
    lessons,
    programmes,
    questions,
  } satisfies Record<ContentCollection, AnyEntry[]>
  const relations = buildRelations(entries)
  const index = new Map<string, AnyEntry>()
  for (const [collection, list] of Object.entries(entries)) for (const e of list) index.set(`${collection}/${e.id}`, e)

  const dates = changeDates()
  const changedAt = (entry: AnyEntry) => {
    const file = entry.filePath ?? ''
    const known = dates.get(file)
    if (known) return known
    try {
      return statSync(file).mtime.toISOString()
    } catch {
      return new Date(0).toISOString()
    }
  }

  return {
    ...entries,
    guide,
    relations,
    changedAt,
    get: <C extends ContentCollection>(collection: C, id: string) => index.get(`${collection}/${id}`) as Extract<AnyEntry, { collection: C }> | undefined,
    title: (collection: ContentCollection, id: string) => index.get(`${collection}/${id}`)?.data.title ?? id,
    url: (collection: ContentCollection, id: string) => pathOf(collection, id),
    partIds: parts.map((p) => p.id),
    /** What peers said of each proeftuin's MVP parts: the marks of the matrix (site/lib/peerReviews.ts). */
    peerCells: peerCells(peerReviews),
  }
}

let cached: ReturnType<typeof load> | undefined
export const corpus = () => (cached ??= load())
export type Corpus = Awaited<ReturnType<typeof load>>
