import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

// The corpus as files, read directly (no site build, no CMS): the checks here are about the words
// in content/ and the seed texts they were written from.
// CONTENT_DIR lets the same checks run over another copy of the corpus (an older commit, a fork).
export const contentDir = process.env.CONTENT_DIR ?? join(import.meta.dirname, '../../content')
export const seedsDir = join(import.meta.dirname, '../../../shared/seeds')

export interface Doc {
  /** "tools/vraagbaak.md" */
  file: string
  data: Record<string, unknown>
  body: string
}

export const docs: Doc[] = readdirSync(contentDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(contentDir, dir.name))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => {
        const [, front, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(join(contentDir, dir.name, f), 'utf8'))!
        return { file: `${dir.name}/${f}`, data: parse(front) as Record<string, unknown>, body }
      }),
  )

const seedCache = new Map<string, string>()
export const seedText = (name: string): string => {
  if (!seedCache.has(name)) seedCache.set(name, readFileSync(join(seedsDir, name), 'utf8'))
  return seedCache.get(name)!
}
export const allSeeds = (): string[] => readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()

/** Every string a document states in its front matter (nested), except the fields that are not prose. */
export const frontMatterStrings = (value: unknown, skip = new Set(['sources', 'asOf', 'url'])): string[] => {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap((v) => frontMatterStrings(v, skip))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (skip.has(k) ? [] : frontMatterStrings(v, skip)))
  return []
}

/** Markdown → plain words: link targets, emphasis marks and heading marks go. */
export const plain = (md: string): string =>
  md
    .replace(/^\s*\d+\.\s/gm, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[*_`#>[\]]/g, ' ')
    .replace(/\s+/g, ' ')

/** Everything a document says to a reader, field by field: front matter prose and the body. */
export const textsOf = (d: Doc): string[] => [...frontMatterStrings(d.data), d.body].map(plain)
export const textOf = (d: Doc): string => textsOf(d).join('\n')
