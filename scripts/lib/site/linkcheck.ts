import { existsSync, statSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join, posix, relative, sep } from 'node:path'

// A link check over a built site, in the manner of the Astro docs' scripts/lint-linkcheck.ts:
// every page is read once, then small checks look at each internal link. Links to other sites
// are not followed (that would need the network); links to the site's own URL are internal.

export interface Page {
  /** URL path of the page, e.g. /toolbox/vraagbaak/ or /404.html */
  path: string
  ids: Set<string>
  links: Link[]
}

export interface Link {
  /** The attribute as written (entities decoded). */
  href: string
  /** Where it points, as a URL path without query or fragment. */
  target: string
  fragment?: string
  tag: string
}

export interface LinkProblem {
  page: string
  href: string
  check: string
  message: string
}

export interface SiteIndex {
  dir: string
  pages: Map<string, Page>
  fileExists: (path: string) => boolean
}

/** A check looks at one internal link and returns a message when it is wrong. */
export interface LinkCheckRule {
  name: string
  check(link: Link, site: SiteIndex): string | undefined
}

const decodeEntities = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[e]!)

/** The HTML file a path is served from, or undefined. */
const htmlFileOf = (target: string) => (target.endsWith('/') ? `${target}index.html` : target.endsWith('.html') ? target : undefined)

export class TargetExists implements LinkCheckRule {
  name = 'target-exists'
  check(link: Link, site: SiteIndex) {
    const file = link.target.endsWith('/') ? `${link.target}index.html` : link.target
    if (site.fileExists(file)) return undefined
    if (site.fileExists(`${link.target}/index.html`)) return undefined // reported by TrailingSlash
    return `${link.target} bestaat niet`
  }
}

export class TrailingSlash implements LinkCheckRule {
  name = 'trailing-slash'
  check(link: Link, site: SiteIndex) {
    if (!link.target.endsWith('/') && !site.fileExists(link.target) && site.fileExists(`${link.target}/index.html`)) {
      return `${link.target} mist de slash aan het eind (de site gebruikt ${link.target}/)`
    }
    return undefined
  }
}

export class AnchorExists implements LinkCheckRule {
  name = 'anchor-exists'
  check(link: Link, site: SiteIndex) {
    if (!link.fragment) return undefined
    const file = htmlFileOf(link.target)
    const page = file && site.pages.get(file === '/index.html' ? '/' : file.replace(/index\.html$/, ''))
    if (!page) return undefined // the target itself is checked by TargetExists
    return page.ids.has(link.fragment) ? undefined : `#${link.fragment} bestaat niet op ${page.path}`
  }
}

export const defaultRules: LinkCheckRule[] = [new TargetExists(), new TrailingSlash(), new AnchorExists()]

const LINK_TAGS = /<(a|link|script|img|form|source|iframe|area)\b([^>]*)>/gi
const ATTR = /\s(href|src|action)="([^"]*)"/gi
const ID = /\s(?:id|name)="([^"]*)"/gi

/** Reads a page's ids and internal links. */
export const parsePage = (path: string, html: string, siteOrigin: string): Page => {
  const ids = new Set<string>()
  // Content of <script> (JSON-LD, module code) holds no elements.
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (m) => m.slice(0, m.indexOf('>') + 1))
  for (const m of markup.matchAll(ID)) ids.add(decodeEntities(m[1]))
  const links: Link[] = []
  for (const tag of markup.matchAll(LINK_TAGS)) {
    for (const attr of tag[2].matchAll(ATTR)) {
      const href = decodeEntities(attr[2])
      if (/^(mailto|tel|javascript|data|blob):/i.test(href)) continue
      const url = new URL(href, `${siteOrigin}${path}`)
      if (url.origin !== siteOrigin) continue
      const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined
      links.push({ href, target: decodeURIComponent(url.pathname), fragment, tag: tag[1].toLowerCase() })
    }
  }
  return { path, ids, links }
}

export const indexSite = async (dir: string, siteUrl: string): Promise<SiteIndex> => {
  const origin = new URL(siteUrl).origin
  const pages = new Map<string, Page>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = join(entry.parentPath, entry.name)
    const rel = `/${relative(dir, file).split(sep).join('/')}`
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel
    pages.set(path, parsePage(path, await readFile(file, 'utf8'), origin))
  }
  const fileExists = (path: string) => {
    const file = join(dir, ...posix.normalize(path).split('/'))
    return file.startsWith(dir) && existsSync(file) && statSync(file).isFile()
  }
  return { dir, pages, fileExists }
}

export const checkLinks = async (dir: string, options: { siteUrl: string; rules?: LinkCheckRule[] }) => {
  const site = await indexSite(dir, options.siteUrl)
  const rules = options.rules ?? defaultRules
  const problems: LinkProblem[] = []
  let links = 0
  for (const page of [...site.pages.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    for (const link of page.links) {
      links++
      for (const rule of rules) {
        const message = rule.check(link, site)
        if (message) problems.push({ page: page.path, href: link.href, check: rule.name, message })
      }
    }
  }
  return { pages: site.pages.size, links, problems }
}

export const formatLinkProblem = (p: LinkProblem) => `${p.page}: <${p.href}> ${p.message} [${p.check}]`
