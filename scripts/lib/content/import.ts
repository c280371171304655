import { existsSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'
import { contentCollections, importOrder, type ContentCollection } from '../../../model/collections'
import { formatProblem, loadContent, type ContentDocument, type ContentProblem } from './load'
import { unsupportedConstructs } from './constructs'
import { currentDocuments, type CurrentDocument } from './current'
import { imagesOf, imagesToPlaceholders, MEDIA_FOLDER, placeholdersToImages, standaloneImageCount, uploadNodesOf } from './media'
import { editorConfigOf, markdownToLexical, normaliseMarkdown, roundTripFailure, toMarkdown, type LexicalState } from './richText'
import { canonicalData, schemaKeys } from './serialize'
import { dateKeysOf, dateText } from '../../../model/common'
import { toPayloadData } from './toPayload'

/** Dependency order: a document is written after the documents it points to. */

/** Hooks may skip work for imports (mails, site rebuilds, stamps): the import rebuilds itself. */
export const importContext = { importing: true, skipRebuild: true, skipMail: true }

export interface ImportOptions {
  dir: string
  /** Delete CMS documents that are not in the source (default: only report them). */
  prune?: boolean
  /** Progress lines (default: none). */
  log?: (line: string) => void
}

export interface ImportReport {
  /** `file:line: field: message` lines; when there are any, nothing was written. */
  problems: string[]
  added: string[]
  updated: string[]
  unchanged: string[]
  /** `collection/slug` of published CMS documents that are not in the source. */
  notInSource: string[]
  pruned: string[]
  mediaAdded: string[]
}

interface Prepared {
  doc: ContentDocument
  /** The body with images swapped for upload placeholders of the given media ids. */
  lexical: (mediaId: (file: string, alt: string) => string | number) => LexicalState | null
}

const key = (collection: string, slug: string) => `${collection}/${slug}`

/** Where the body starts in the file (1-based line), to report body problems at their file line. */
const bodyStartLine = async (doc: ContentDocument) => {
  const text = (await readFile(doc.file, 'utf8')).replace(/\r\n?/g, '\n')
  return text.split('\n').length - doc.body.split('\n').length + 1
}

/**
 * Checks that the body can live in the editor: every image stands on its own line and exists in
 * media/, and markdown → Lexical → markdown gives back the same text. What would not come back is
 * refused here with the construct named, never dropped on the way.
 */
const prepareBody = async (payload: Payload, dir: string, doc: ContentDocument, problems: ContentProblem[]): Promise<Prepared | undefined> => {
  const editorConfig = editorConfigOf(payload, doc.collection)
  const markdown = normaliseMarkdown(doc.body)
  const lexical: Prepared['lexical'] = (mediaId) => (markdown ? markdownToLexical(imagesToPlaceholders(markdown, mediaId), editorConfig) : null)
  if (!markdown) return { doc, lexical }
  const leading = doc.body.replace(/\r\n?/g, '\n').match(/^\n*/)![0].length
  const start = (await bodyStartLine(doc)) + leading
  const problem = (line: number, message: string) => problems.push({ file: doc.file, line: start + line - 1, field: 'body', message })
  const lines = markdown.split('\n')
  let ok = true
  for (const { line, construct } of unsupportedConstructs(markdown)) {
    problem(line, `${construct}: kan niet in de editor (Lexical) en wordt niet geïmporteerd; schrijf het als gewone opmaak`)
    ok = false
  }
  for (const image of imagesOf(markdown)) {
    if (!/^!\[[^\]]*\]\([^)\s]+\)$/.test(lines[image.line - 1].trim())) {
      problem(image.line, `afbeelding ${image.url} staat midden in een alinea; de editor kan een afbeelding alleen als eigen regel bewaren`)
      ok = false
    } else if (!image.file) {
      problem(image.line, `afbeelding ${image.url} moet naar ${'/media/<bestand>'} wijzen (het bestand in ${MEDIA_FOLDER}/ naast de content)`)
      ok = false
    } else if (!existsSync(join(dir, MEDIA_FOLDER, image.file))) {
      problem(image.line, `afbeelding ${image.url}: bestand ${join(MEDIA_FOLDER, image.file)} bestaat niet`)
      ok = false
    }
  }
  if (!ok) return undefined
  // A stand-in id per file is enough to see whether the text survives the editor.
  const files = new Map<string, { n: number; alt: string }>()
  const fake = (file: string, alt: string) => {
    if (!files.has(file)) files.set(file, { n: files.size + 1, alt })
    return files.get(file)!.n
  }
  const state = lexical(fake)!
  const byN = new Map([...files].map(([file, { n, alt }]) => [String(n), { file, alt }]))
  const back = placeholdersToImages(toMarkdown(state, editorConfig), (id) => byN.get(id))
  const failure = roundTripFailure(markdown, back)
  if (failure) {
    problem(
      failure.line,
      `${failure.construct}: kan niet zonder verlies in de editor (Lexical); bron «${failure.source}», komt terug als «${failure.result}»`,
    )
    return undefined
  }
  if (uploadNodesOf(state).length !== standaloneImageCount(markdown)) {
    problem(1, 'een afbeelding komt niet als afbeelding in de editor')
    return undefined
  }
  return { doc, lexical }
}

/** The front matter and body as the CMS would export them, to decide "unchanged". */
const canonicalSource = (doc: ContentDocument) =>
  JSON.stringify([canonicalData(contentCollections[doc.collection].schema, normaliseDates(doc.collection, doc.data)), normaliseMarkdown(doc.body)])

const normaliseDates = (collection: ContentCollection, data: Record<string, unknown>) => {
  const dateKeys = dateKeysOf(contentCollections[collection].schema)
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, dateKeys.includes(k) && typeof v === 'string' ? dateText(v) : v]))
}


/**
 * Imports a content folder into the CMS: checks every file first (and writes nothing when one is
 * wrong), then upserts by slug in dependency order and publishes what it writes.
 */
export async function importContent(payload: Payload, options: ImportOptions): Promise<ImportReport> {
  const log = options.log ?? (() => {})
  const report: ImportReport = { problems: [], added: [], updated: [], unchanged: [], notInSource: [], pruned: [], mediaAdded: [] }

  log(`Lezen en controleren: ${options.dir}`)
  const { documents, problems } = await loadContent(options.dir)
  const prepared: Prepared[] = []
  for (const doc of documents) {
    const p = await prepareBody(payload, options.dir, doc, problems)
    if (p) prepared.push(p)
  }
  if (problems.length > 0) {
    problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
    report.problems = problems.map(formatProblem)
    return report
  }
  log(`${documents.length} documenten in orde`)

  const current = await currentDocuments(payload, { draft: true })
  const sourceKeys = new Set(documents.map((d) => key(d.collection, d.slug)))
  const changed: { p: Prepared; existing?: CurrentDocument }[] = []
  for (const collection of importOrder) {
    for (const p of prepared.filter((x) => x.doc.collection === collection)) {
      const existing = current.get(collection, p.doc.slug)
      const k = key(collection, p.doc.slug)
      if (existing && existing.raw._status === 'published' && existing.canonical() === canonicalSource(p.doc)) report.unchanged.push(k)
      else {
        changed.push({ p, existing })
        ;(existing ? report.updated : report.added).push(k)
      }
    }
  }
  // Only published documents can be missing from a source: an export writes nothing else. Drafts
  // never published and the moderation queue are the CMS's own work in progress, never pruned.
  for (const doc of (await currentDocuments(payload, { published: true })).all()) {
    if (!sourceKeys.has(key(doc.collection, doc.slug))) report.notInSource.push(key(doc.collection, doc.slug))
  }
  if (changed.length === 0 && !(options.prune && report.notInSource.length > 0)) return report

  const req = await createLocalReq({ context: importContext }, payload)
  const shouldCommit = await initTransaction(req)
  try {
    const mediaId = await mediaResolver(payload, options.dir, req, report)
    const ids = new Map(current.all().map((d) => [key(d.collection, d.slug), d.id]))
    const idOf = (collection: string, slug: string) => ids.get(key(collection, slug))
    const pending: { p: Prepared }[] = []
    let done = 0
    for (const { p, existing } of changed) {
      const { collection, slug } = p.doc
      const id = await writeOne(payload, req, p, idOf, mediaId, existing?.id)
      ids.set(key(collection, slug), id.id)
      if (id.pending) pending.push({ p })
      done++
      if (done % 10 === 0 || done === changed.length) log(`Geschreven: ${done}/${changed.length}`)
    }
    // Second pass: references into the own collection (guide parent, peer reviews) to documents written after.
    for (const { p } of pending) await writeOne(payload, req, p, idOf, mediaId, idOf(p.doc.collection, p.doc.slug))
    if (options.prune) {
      for (const k of report.notInSource) {
        const doc = current.all().find((d) => key(d.collection, d.slug) === k)!
        await payload.delete({ collection: doc.collection as CollectionSlug, id: doc.id, req, context: importContext })
        report.pruned.push(k)
      }
    }
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
  return report
}

/** Finds or creates the media document of each image file (by file name), during the write phase. */
const mediaResolver = async (payload: Payload, dir: string, req: PayloadRequest, report: ImportReport) => {
  const { docs } = await payload.find({ collection: 'media', limit: 0, pagination: false, depth: 0, req })
  const byFile = new Map(docs.map((d) => [d.filename!, d]))
  return async (file: string, alt: string) => {
    const filePath = join(dir, MEDIA_FOLDER, file)
    const existing = byFile.get(file)
    if (existing) {
      const sameFile = existing.filesize === statSync(filePath).size
      if (existing.alt !== alt || !sameFile) {
        const updated = await payload.update({ collection: 'media', id: existing.id, data: { alt }, ...(sameFile ? {} : { filePath }), req, context: importContext })
        byFile.set(file, updated)
      }
      return existing.id
    }
    const created = await payload.create({ collection: 'media', data: { alt }, filePath, req, context: importContext })
    byFile.set(created.filename ?? file, created)
    report.mediaAdded.push(file)
    return created.id
  }
}

const writeOne = async (
  payload: Payload,
  req: PayloadRequest,
  p: Prepared,
  idOf: (collection: string, slug: string) => number | string | undefined,
  mediaId: (file: string, alt: string) => Promise<string | number>,
  existingId: number | string | undefined,
) => {
  const { collection, slug } = p.doc
  const config = payload.collections[collection as CollectionSlug].config
  const schema = contentCollections[collection].schema
  const { data, pending } = toPayloadData(config.fields, p.doc.data, idOf, schemaKeys(schema))
  // Media ids are resolved before the (synchronous) markdown conversion.
  const ids = new Map<string, string | number>()
  for (const image of imagesOf(normaliseMarkdown(p.doc.body))) if (image.file) ids.set(image.file, await mediaId(image.file, image.alt))
  const body = p.lexical((file) => ids.get(file)!)
  const full: Record<string, unknown> = { ...data, slug, body }
  full._status = 'published'
  const args = { collection: collection as CollectionSlug, data: full as never, req, context: importContext, depth: 0, draft: false } as const
  const doc = existingId === undefined ? await payload.create(args) : await payload.update({ ...args, id: existingId })
  return { id: doc.id, pending }
}
