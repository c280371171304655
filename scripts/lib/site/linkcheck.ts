import { readdir, readFile } from 'node:fs/promises'
import { Parser } from 'htmlparser2'
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

const LINK_TAGS = new Set(['a', 'link', 'script', 'img', 'form', 'source', 'iframe', 'area'])
const LINK_ATTRIBUTES = ['href', 'src', 'action']

/** Reads a page's ids and internal links with an HTML parser (entities decoded, script content skipped). */
export const parsePage = (path: string, html: string, siteOrigin: string): Page => {
  const ids = new Set<string>()
  const links: Link[] = []
  const parser = new Parser({
    onopentag(name, attributes) {
      for (const id of [attributes.id, attributes.name]) if (id !== undefined) ids.add(id)
      if (!LINK_TAGS.has(name)) return
      for (const attribute of LINK_ATTRIBUTES) {
        const href = attributes[attribute]
        if (href === undefined || /^(mailto|tel|javascript|data|blob):/i.test(href)) continue
        const url = new URL(href, `${siteOrigin}${path}`)
        if (url.origin !== siteOrigin) continue
        const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined
        links.push({ href, target: decodeURIComponent(url.pathname), fragment, tag: name })
      }
    },
  })
  parser.end(html)
  return { path, ids, links }
}

/**
 * Every page parsed once, and every file of the site listed once: a link's target is a lookup in
 * that list, not a file-system call per link (at 10,000 documents there are a million links).
 */
export const indexSite = async (dir: string, siteUrl: string): Promise<SiteIndex> => {
  const origin = new URL(siteUrl).origin
  const pages = new Map<string, Page>()
  const files = new Set<string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = join(entry.parentPath, entry.name)
    const rel = `/${relative(dir, file).split(sep).join('/')}`
    files.add(rel)
    if (!entry.name.endsWith('.html')) continue
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel
    pages.set(path, parsePage(path, await readFile(file, 'utf8'), origin))
  }
  const fileExists = (path: string) => files.has(posix.normalize(path))
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
