import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join, relative } from 'node:path'
import { LineCounter, parseDocument, type Document } from 'yaml'
import { z } from 'zod'
import { contentCollections, references, type ContentCollection } from '../../../model/collections'
import { SlugSchema } from '../../../model/common'
import { documentOfPath } from '../../../model/routes'
import { isSafeUrl, unsafeUrlMessage } from '../../../model/safeUrl'
import { parseMarkdown, type MarkdownNode } from './markdown'

export interface ContentDocument {
  collection: ContentCollection
  slug: string
  file: string
  data: Record<string, unknown>
  body: string
}

export interface ContentProblem {
  file: string
  /** 1-based line in the file. */
  line: number
  /** The front matter field (e.g. `scorecard[2].status`), or `file`, `slug`, `frontmatter`, `body`. */
  field: string
  message: string
}

export interface LoadResult {
  documents: ContentDocument[]
  problems: ContentProblem[]
}

export const MAX_BODY_BYTES = 1024 * 1024

const collectionNames = Object.keys(contentCollections) as ContentCollection[]
const dutchErrors = z.locales.nl().localeError

/** `file:line: field: message`, with the file relative to the working directory. */
export const formatProblem = (p: ContentProblem) => `${relative(process.cwd(), p.file)}:${p.line}: ${p.field}: ${p.message}`

/** A file as read: where its front matter and body are, and how to find the line of a field. */
interface ParsedFile {
  collection: ContentCollection
  slug: string
  file: string
  data?: Record<string, unknown>
  body: string
  bodyStartLine: number
  lineOf: (path: readonly PropertyKey[]) => number
}

type Path = readonly PropertyKey[]

/** `scorecard[2].status` for ['scorecard', 2, 'status']. */
export const fieldName = (path: Path) =>
  path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '')

/** The content files of every collection; an .mdx file is reported, never read (MDX runs what it says). */
const files = async (dir: string, problems: ContentProblem[]) => {
  const found: { collection: ContentCollection; file: string; name: string }[] = []
  for (const collection of collectionNames) {
    const folder = join(dir, contentCollections[collection].folder)
    const names = await readdir(folder).catch(() => [] as string[])
    for (const name of names.sort()) {
      if (extname(name) === '.md') found.push({ collection, file: join(folder, name), name })
      else if (extname(name) === '.mdx') {
        problems.push({ file: join(folder, name), line: 1, field: 'file', message: `MDX wordt niet gelezen: content is gewone Markdown (MDX kan code uitvoeren); hernoem het bestand naar ${name.slice(0, -4)}.md en haal JSX, { } en import/export eruit` })
      }
    }
  }
  return found
}

const decodeUtf8 = (bytes: Uint8Array) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** Splits `---\n yaml \n---\n body`; the YAML starts on line 2 of the file. */
const splitFrontMatter = (text: string) => {
  const lines = text.replace(/^\uFEFF/, '').split('\n')
  if (lines[0]?.trimEnd() !== '---') return undefined
  const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---')
  if (end < 0) return undefined
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyStartLine: end + 2 }
}

/** The file line of the deepest existing node on `path`; line 1 (the front matter start) when there is none. */
const lineFinder = (doc: Document, counter: LineCounter) => (path: Path) => {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined
    // A key's own line reads best, so look for the pair in the parent map.
    const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents
    const pair = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items?.find(
      (item) => item.key && typeof item.key === 'object' && item.key.value === path[depth - 1],
    )
    const range = pair?.key?.range ?? node?.range
    if (range) return counter.linePos(range[0]).line + 1
  }
  return 1
}

const readOne = async (
  entry: { collection: ContentCollection; file: string; name: string },
  problems: ContentProblem[],
): Promise<ParsedFile | undefined> => {
  const { collection, file, name } = entry
  const problem = (line: number, field: string, message: string) => problems.push({ file, line, field, message })
  const text = decodeUtf8(await readFile(file))
  if (text === undefined) return void problem(1, 'file', 'bestand is geen geldige UTF-8-tekst')
  const parts = splitFrontMatter(text)
  if (!parts) return void problem(1, 'frontmatter', 'front matter ontbreekt: het bestand moet beginnen met een blok tussen twee regels ---')
  const counter = new LineCounter()
  const doc = parseDocument(parts.yaml, { lineCounter: counter, prettyErrors: true, uniqueKeys: true })
  const parsed: ParsedFile = {
    collection,
    slug: name.slice(0, -extname(name).length),
    file,
    body: parts.body,
    bodyStartLine: parts.bodyStartLine,
    lineOf: lineFinder(doc, counter),
  }
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0].line ?? counter.linePos(error.pos[0]).line
      const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
      problem(line + 1, 'frontmatter', `ongeldige YAML: ${message}`)
    }
    return parsed
  }
  const raw = doc.toJS() ?? {}
  parsed.data = checkSchema(parsed, raw, problems)
  return parsed
}

const checkSchema = (parsed: ParsedFile, raw: unknown, problems: ContentProblem[]) => {
  const result = contentCollections[parsed.collection].schema.safeParse(raw, { error: dutchErrors })
  if (result.success) return result.data as Record<string, unknown>
  for (const issue of result.error.issues) {
    // strictObject reports all unknown keys in one issue on the parent: give each key its own line.
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path]
    for (const path of paths) {
      const missing = issue.code === 'invalid_type' && valueAt(raw, path) === undefined
      const message =
        issue.code === 'unrecognized_keys' ? 'onbekend veld (staat niet in het schema)' : missing ? 'verplicht veld ontbreekt' : issue.message
      problems.push({ file: parsed.file, line: parsed.lineOf(path), field: fieldName(path) || 'frontmatter', message })
    }
  }
  return undefined
}

const valueAt = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value)

const checkSlugs = (parsed: ParsedFile[], problems: ContentProblem[]) => {
  for (const p of parsed) {
    if (!SlugSchema.safeParse(p.slug).success) {
      problems.push({ file: p.file, line: 1, field: 'slug', message: `bestandsnaam "${p.slug}" is geen geldige slug (kleine letters, cijfers en streepjes)` })
    }
  }
}

const checkBodySize = (p: ParsedFile, problems: ContentProblem[]) => {
  const bytes = Buffer.byteLength(p.body, 'utf8')
  if (bytes <= MAX_BODY_BYTES) return true
  const mb = (bytes / 1024 / 1024).toFixed(1)
  problems.push({ file: p.file, line: p.bodyStartLine, field: 'body', message: `tekst is ${mb} MB (${bytes} bytes); het maximum is 1 MB` })
  return false
}

function* linksOf(node: MarkdownNode): Generator<MarkdownNode> {
  if ((node.type === 'link' || node.type === 'definition') && node.url) yield node
  for (const child of node.children ?? []) yield* linksOf(child)
}

const checkBodyLinks = (p: ParsedFile, tree: MarkdownNode, exists: (c: ContentCollection, slug: string) => boolean, problems: ContentProblem[]) => {
  for (const link of linksOf(tree)) {
    if (!isSafeUrl(link.url!)) {
      const line = (link.position?.start.line ?? 1) + p.bodyStartLine - 1
      problems.push({ file: p.file, line, field: 'body', message: `link naar ${link.url}: ${unsafeUrlMessage}` })
      continue
    }
    const target = documentOfPath(link.url!)
    if (!target || exists(target.collection, target.slug)) continue
    const line = (link.position?.start.line ?? 1) + p.bodyStartLine - 1
    problems.push({ file: p.file, line, field: 'body', message: `link naar ${link.url} wijst naar geen bestaand document (${target.collection}/${target.slug})` })
  }
}

/** Every value at a reference path such as `scorecard[].part`, with its concrete path. */
const valuesAtReference = (data: unknown, spec: string): { path: PropertyKey[]; value: unknown }[] => {
  let found: { path: PropertyKey[]; value: unknown }[] = [{ path: [], value: data }]
  for (const segment of spec.split('.')) {
    const key = segment.replace(/\[\]$/, '')
    const each = segment.endsWith('[]')
    found = found.flatMap(({ path, value }) => {
      const next = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
      if (next === undefined) return []
      // `scorecard[]` walks each item; a plain list of slugs (tools: [a, b]) is walked the same way.
      if (each || Array.isArray(next)) {
        return Array.isArray(next) ? next.map((item, i) => ({ path: [...path, key, i], value: item })) : []
      }
      return [{ path: [...path, key], value: next }]
    })
  }
  return found
}

const checkReferences = (p: ParsedFile, exists: (c: ContentCollection, slug: string) => boolean, problems: ContentProblem[]) => {
  for (const [spec, target] of Object.entries(references[p.collection])) {
    for (const { path, value } of valuesAtReference(p.data, spec)) {
      if (typeof value !== 'string' || exists(target, value)) continue
      problems.push({ file: p.file, line: p.lineOf(path), field: fieldName(path), message: `verwijst naar "${value}", maar ${target} heeft geen document met die slug` })
    }
  }
}

/**
 * Reads every content/<folder>/*.md of every collection and checks all of them before returning,
 * so a caller can refuse to write anything when `problems` is not empty.
 */
export const loadContent = async (dir: string): Promise<LoadResult> => {
  const problems: ContentProblem[] = []
  const parsed: ParsedFile[] = []
  // A mistyped folder is no empty corpus: reading it as one would report "nothing changed", and
  // an import with --prune would delete everything.
  const folders = Object.values(contentCollections).map((c) => c.folder)
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) {
    problems.push({ file: dir, line: 1, field: 'map', message: 'deze map bestaat niet' })
    return { documents: [], problems }
  }
  if (!(await Promise.all(folders.map((f) => stat(join(dir, f)).catch(() => undefined)))).some((s) => s?.isDirectory())) {
    problems.push({ file: dir, line: 1, field: 'map', message: `geen contentmap: verwacht minstens een van ${folders.map((f) => `${f}/`).join(', ')}` })
    return { documents: [], problems }
  }
  for (const entry of await files(dir, problems)) {
    const p = await readOne(entry, problems)
    if (p) parsed.push(p)
  }
  checkSlugs(parsed, problems)
  const slugs = new Set(parsed.map((p) => `${p.collection}/${p.slug}`))
  const exists = (collection: ContentCollection, slug: string) => slugs.has(`${collection}/${slug}`)
  for (const p of parsed) {
    if (p.data) checkReferences(p, exists, problems)
    if (!checkBodySize(p, problems)) continue
    checkBodyLinks(p, parseMarkdown(p.body), exists, problems)
  }
  const order = (c: ContentCollection) => collectionNames.indexOf(c)
  const documents = parsed
    .filter((p): p is ParsedFile & { data: Record<string, unknown> } => p.data !== undefined)
    .map(({ collection, slug, file, data, body }) => ({ collection, slug, file, data, body }))
    .sort((a, b) => order(a.collection) - order(b.collection) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
  return { documents, problems }
}
